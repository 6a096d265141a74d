"""Benchmark of suivi_templates: rendering, checks, validation, planning, batches, import.

    python benchmarks/run.py                   # --size full: the figures of the README
    python benchmarks/run.py --size tiny       # a few seconds: proves the script still works
    python benchmarks/run.py --json out.json   # default: benchmarks/results/<size>.json

Everything but the import rows is measured in this process: one warm-up call, then
``repeat`` runs of ``number`` calls each (``number`` is calibrated so that a run lasts at
least ``min_time``); a row reports the median of the runs, per call. Ratios come from the
same run. The import rows start fresh interpreters, alternately, and time the import
statement inside each one. See benchmarks/README.md for what each row means.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2

import suivi_templates as st
from suivi_templates import rendering
from suivi_templates.typography import fix_typography

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from strategies import (  # noqa: E402  (the word lists of the hypothesis strategies)
    COMPANIES,
    FACTS,
    FIRST_NAMES,
    HIGHLIGHTS,
    LAST_NAMES,
    PHONES,
    PROMISES,
    ROLES,
    TOPICS,
)

KIND = "thank_you"
SEED = 20261119
LAZY_MODULES = ("holidays", "icalendar", "rapidfuzz", "dask", "pandas")


@dataclass(frozen=True)
class Size:
    repeat: int
    min_time: float
    batch: int
    batch_repeat: int
    """Runs of the one-core batch of validated contexts (the target row); others run once."""
    fresh: int


SIZES = {
    "tiny": Size(repeat=1, min_time=0.0, batch=200, batch_repeat=1, fresh=2),
    "full": Size(repeat=7, min_time=0.2, batch=10_000, batch_repeat=3, fresh=11),
}


@dataclass
class Row:
    id: str
    label: str
    unit: str
    median: float | None = None
    samples: list[float] = field(default_factory=list)
    ratio: float | None = None
    ratio_of: str | None = None
    target: str | None = None
    met: bool | None = None
    note: str | None = None


# --- inputs ------------------------------------------------------------------------------


def varied_contexts(count: int, seed: int = SEED) -> list[dict[str, Any]]:
    """``count`` valid, varied contexts as JSON data, the same for the same seed."""
    rng = random.Random(seed)
    contexts = []
    for _ in range(count):
        locale = rng.choice(["fr_CA", "fr_FR"])
        held = date(2025, 1, 1) + timedelta(days=rng.randrange(4 * 365))
        company, article = rng.choice(COMPANIES)
        decision = rng.choice([None, *range(1, 41)])
        contexts.append(
            {
                "locale": locale,
                "candidate": {
                    "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    "gender": rng.choice("fmn"),
                    "email": f"{rng.choice(LAST_NAMES).lower()}@example.org",
                    "phone": rng.choice(PHONES[locale]),
                },
                "interviewer": {
                    "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    "civility": rng.choice(["Madame", "Monsieur", None]),
                    "email": "rh@entreprise.example",
                },
                "company": {
                    "name": company,
                    "article": article,
                    "facts": rng.sample(FACTS, rng.randint(0, 1)),
                },
                "role": {"title": rng.choice(ROLES)},
                "interview": {
                    "date": held.isoformat(),
                    "mode": rng.choice(["in_person", "video", "phone"]),
                },
                "topics": [{"subject": s} for s in rng.sample(TOPICS, rng.randint(1, 3))],
                "commitments": [
                    {"promise": p, "done": rng.random() < 0.5}
                    for p in rng.sample(PROMISES, rng.randint(0, 2))
                ],
                "next_steps": {
                    "decision_by": None
                    if decision is None
                    else (held + timedelta(days=decision)).isoformat(),
                    "short_process": rng.random() < 0.5,
                },
                "debrief": {"highlights": rng.sample(HIGHLIGHTS, rng.randint(0, 1))},
            }
        )
    return contexts


def letter_text(size: int) -> str:
    """``size`` characters of ordinary letter text: drafts of varied contexts, end to end."""
    pieces, total = [], 0
    for data in varied_contexts(64, seed=SEED + 1):
        ctx = st.InterviewContext.model_validate(data)
        for kind in st.KINDS:
            try:
                body = st.render(kind, ctx).body
            except st.MissingContext:
                continue  # contact details promised and never given: no reminder (R3)
            pieces.append(body)
            total += len(body) + 2
            if total >= size:
                return "\n\n".join(pieces)[:size]
    text = "\n\n".join(pieces)
    return (text * (size // len(text) + 1))[:size]


def adversarial_text(size: int) -> str:
    """``size`` characters built to make regexes backtrack and similarity blow up.

    Long runs of apostrophes, capitals, brackets and punctuation, words without spaces,
    and a phrase repeated thousands of times, interleaved with ordinary letter text.
    """
    blocks = [
        "'" * 4096,
        "’" * 4096,
        "A" * 4096,
        "ÉNORME " * 600,
        "(" * 2048 + "[" * 2048 + "{" * 1024,
        ")" * 2048 + "]" * 2048,
        "!" * 2048 + "?!" * 1024,
        "je me permets de vous relancer " * 200,
        "Madame " * 500,
        "a" * 8192,
        "x@" * 2048,
        "de " * 2000,
        ":" * 2048 + ";" * 2048,
        " " * 4096 + "\n" * 1024,
        letter_text(8192),
    ]
    unit = "".join(blocks)
    return (unit * (size // len(unit) + 1))[:size]


# --- measuring ---------------------------------------------------------------------------


def _run(function: Callable[[], object], number: int) -> float:
    """CPU seconds of ``number`` calls: on a shared machine, time spent waiting for a core
    while other processes run is not counted (wall-clock time would count it)."""
    gc.collect()
    start = time.process_time()
    for _ in range(number):
        function()
    return time.process_time() - start


def _calls_per_run(function: Callable[[], object], size: Size) -> int:
    """Enough calls for a run to last at least ``size.min_time``."""
    number = 1
    while size.min_time and (elapsed := _run(function, number)) < size.min_time:
        number = max(number * 2, int(number * size.min_time / max(elapsed, 1e-9) * 1.1))
    return number


def per_call(function: Callable[[], object], size: Size) -> list[float]:
    """Seconds per call, one value per run, after one warm-up call."""
    function()
    number = _calls_per_run(function, size)
    return [_run(function, number) / number for _ in range(size.repeat)]


def per_call_pair(
    first: Callable[[], object], second: Callable[[], object], size: Size
) -> tuple[list[float], list[float]]:
    """Seconds per call of two functions whose ratio is reported, their runs alternating.

    Both then see the same load of the machine, which changes from minute to minute.
    """
    first()
    second()
    numbers = _calls_per_run(first, size), _calls_per_run(second, size)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(size.repeat):
        for function, number, samples in zip((first, second), numbers, times, strict=True):
            samples.append(_run(function, number) / number)
    return times


def novelty_pair(
    pairs: list[tuple[str, st.InterviewContext]], size: Size
) -> tuple[list[float], list[float]]:
    """Seconds per check of letters whose context is never seen, then of the same ones seen.

    Blocks of :data:`_BLOCK` pairs are taken in turn from ``pairs`` (more contexts than the
    caches hold): each block is checked once, its contexts new, then once more, its contexts
    now known. Both rows check the same letters, so only the context's novelty tells them
    apart (the second pass may also reuse what was read of the letter: the ratio leans, if
    anything, against the new context). The two passes of a block follow each other within
    a tenth of a second: they see the same load of the machine.
    """
    blocks = itertools.cycle(
        [pairs[n : n + _BLOCK] for n in range(0, len(pairs) - _BLOCK + 1, _BLOCK)]
    )

    def check_block(block: list[tuple[str, st.InterviewContext]]) -> float:
        start = time.process_time()
        for body, ctx in block:
            st.check(body, ctx, kind=KIND)
        return time.process_time() - start

    check_block(next(blocks))
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(size.repeat):
        gc.collect()
        spent, calls = [0.0, 0.0], 0
        while calls == 0 or spent[0] < size.min_time:
            block = next(blocks)
            spent[0] += check_block(block)
            spent[1] += check_block(block)
            calls += len(block)
        for samples, seconds in zip(times, spent, strict=True):
            samples.append(seconds / calls)
    return times


def fill(row: Row, samples: list[float], scale: float = 1.0) -> Row:
    row.samples = [s * scale for s in samples]
    row.median = statistics.median(row.samples)
    return row


def bare_jinja(ctx: st.InterviewContext) -> Callable[[], str]:
    """The library's thank-you template rendered by plain Jinja2, as fast as Jinja2 goes.

    A plain ``jinja2.Environment`` (not the library's), with the same loader, options and
    filters, and the same variables (the template needs the library's helpers: ``pick``,
    ``date``, ``by_gender``…) built once, outside the timed calls: ``Template.render``.
    """
    loader = jinja2.FileSystemLoader(rendering._builtin_template_folder())
    env = rendering._configure(jinja2.Environment(**rendering._environment_options(loader)))
    template = env.get_template(f"{ctx.locale}/{KIND}.j2")
    variables = rendering._variables(ctx, KIND)
    expected = str(
        rendering._builtin_environment().get_template(template.name).make_module(variables)
    )
    if template.render(variables) != expected:
        raise AssertionError("bare Jinja2 does not render what the library renders")
    return lambda: template.render(variables)


def batch_rate(
    contexts: list[Any], runs: int, workers: int | None, warm: list[Any]
) -> tuple[list[float], int]:
    """Drafts per second over the whole batch, one value per run; and the failures."""
    list(st.render_many(warm, KIND))
    rates, failed = [], 0
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        failed = sum(not o.ok for o in st.render_many(contexts, KIND, workers=workers))
        rates.append(len(contexts) / (time.perf_counter() - start))
    return rates, failed


# --- import, in fresh processes ----------------------------------------------------------

_TIMED_IMPORT = "import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
IMPORTS = {
    "import_suivi_templates": "import suivi_templates",
    "import_core_deps": "import jinja2, babel.dates, pydantic",
    "import_pydantic_floor": (
        "import jinja2, babel.dates, pydantic; from pydantic import BaseModel, Field; "
        "type('M', (BaseModel,), {'__annotations__': {'x': int}})"
    ),
    "import_first_use": (
        "import suivi_templates as st; st.InterviewContext, st.render, st.check, st.plan"
    ),
}


def fresh_import_times(count: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(count):
        for name, statement in IMPORTS.items():
            out = subprocess.run(
                [sys.executable, "-c", _TIMED_IMPORT.format(statement=statement)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            times[name].append(float(out))
    return times


def import_culprits(top: int = 12) -> list[dict[str, Any]]:
    """The modules with the largest own import time under ``python -X importtime``.

    Measured on the first use of the common names (the bare import loads almost nothing).
    """
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", IMPORTS["import_first_use"]],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    modules = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        modules.append(
            {
                "module": name.strip(),
                "self_ms": int(own) / 1000,
                "cumulative_ms": int(cumulative) / 1000,
            }
        )
    return sorted(modules, key=lambda m: -m["self_ms"])[:top]


def loaded_at_import() -> list[str]:
    code = (
        "import sys, suivi_templates; "
        f"print(' '.join(m for m in {LAZY_MODULES!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return out.split()


# --- the rows ----------------------------------------------------------------------------

TYPOGRAPHY_SIZES = (10_000, 40_000, 160_000)
"""Repetitions of "a:" for the typography rows: a long token without any protected span."""


def typography_rows(size: Size) -> list[Row]:
    """The typography pass on 10,000, 40,000 and 160,000 "a:" (formerly quadratic).

    Each row gives the time per 1,000 characters; its ratio to the smallest size's shows
    the growth (about 1: linear; the former pass gave 4 per quadrupling).
    """
    rows = []
    for count in TYPOGRAPHY_SIZES:
        text = "a:" * count
        row = Row(
            f"typography_{count // 1000}k",
            f"Typographie, {count:,} « a: » (par millier de caractères)".replace(",", "\u202f"),
            "µs/1000 car.",
        )
        fill(row, per_call(lambda text=text: fix_typography(text, "fr_FR"), size), 1e9 / len(text))
        rows.append(row)
    smallest = rows[0].median
    assert smallest is not None
    for row in rows[1:]:
        assert row.median is not None
        row.ratio, row.ratio_of = row.median / smallest, rows[0].id
        row.target, row.met = "linéaire (≤ 1,5×)", row.ratio <= 1.5
    return rows


SECTIONS = {
    "render": ("jinja_bare", "render"),
    "check_text": (
        "check_1kb",
        "check_10kb",
        "check_1mb_letters",
        "check_1mb_adversarial",
        "check_1mb_adversarial_script",
    ),
    "typography": tuple(f"typography_{count // 1000}k" for count in TYPOGRAPHY_SIZES),
    "checks": ("check_known_context", "check_new_context", "check_many_100"),
    "validate": ("validate_json", "plan"),
    "batch": ("batch_1core", "batch_1core_json", "batch_2workers_json"),
    "import": (
        "import_suivi_templates",
        "import_core_deps",
        "import_pydantic_floor",
        "import_first_use",
    ),
}
"""Groups of rows measured together; ``--only`` runs those with a row id that matches."""


def measure(size: Size, only: re.Pattern[str] | None = None) -> tuple[list[Row], dict[str, Any]]:
    example = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    rows: dict[str, Row] = {}

    def add(row: Row) -> Row:
        rows[row.id] = row
        return row

    def wanted(section: str) -> bool:
        return only is None or any(only.search(row_id) for row_id in SECTIONS[section])

    extra: dict[str, Any] = {}
    if wanted("render"):
        render_rows(size, example, add)
    if wanted("check_text"):
        check_text_rows(size, example, add, rows)
    if wanted("typography"):
        for row in typography_rows(size):
            add(row)
    if wanted("checks"):
        checks_rows(size, example, add)
    if wanted("validate"):
        validate_rows(size, example, add)
    if wanted("batch"):
        batch_rows(size, add, rows)
    if wanted("import"):
        import_rows(size, add, rows)
        extra["import_culprits"] = import_culprits()
    return list(rows.values()), extra


def render_rows(size: Size, example: st.InterviewContext, add: Callable[[Row], Row]) -> None:
    """The bare Jinja2 letter, then the library's render of the same letter."""
    bare = add(Row("jinja_bare", "Jinja2 nu : gabarit de remerciement", "µs"))
    full = add(Row("render", "render : rendu + français + vérifications", "µs"))
    bare_times, full_times = per_call_pair(
        bare_jinja(example), lambda: st.render(KIND, example), size
    )
    fill(bare, bare_times, 1e6)
    fill(full, full_times, 1e6)
    assert full.median is not None
    assert bare.median is not None
    full.ratio, full.ratio_of = full.median / bare.median, "jinja_bare"
    full.target, full.met = "≤ 10× (objectif 3×)", full.ratio <= 10


def check_text_rows(
    size: Size, example: st.InterviewContext, add: Callable[[Row], Row], rows: dict[str, Row]
) -> None:
    """``check`` on 1 KB, 10 KB and 1 MB of letters, and on 1 MB of adversarial text."""
    texts = {
        "check_1kb": ("check : 1 Ko de lettre", letter_text(1024)),
        "check_10kb": ("check : 10 Ko de lettres", letter_text(10 * 1024)),
        "check_1mb_letters": ("check : 1 Mo de lettres", letter_text(1024 * 1024)),
        "check_1mb_adversarial": ("check : 1 Mo adverse", adversarial_text(1024 * 1024)),
        # A script's own rules (headings, notes to oneself) read lines a letter never has.
        "check_1mb_adversarial_script": (
            "check : 1 Mo adverse, script d'appel",
            adversarial_text(1024 * 1024),
        ),
    }
    for row_id, (label, text) in texts.items():
        kind = "phone_script" if row_id.endswith("_script") else KIND
        row = add(Row(row_id, label, "ms"))
        fill(
            row,
            per_call(lambda text=text, kind=kind: st.check(text, example, kind=kind), size),
            1e3,
        )
        assert row.median is not None
        per_kb = add(Row(f"{row_id}_per_kb", f"{label}, par Ko", "µs/Ko"))
        per_kb.median = row.median * 1e3 / (len(text) / 1024)
        per_kb.samples = [s * 1e3 / (len(text) / 1024) for s in row.samples]
    for row_id in (
        "check_10kb",
        "check_1mb_letters",
        "check_1mb_adversarial",
        "check_1mb_adversarial_script",
    ):
        per_kb = rows[f"{row_id}_per_kb"]
        assert per_kb.median is not None
        assert rows["check_1kb_per_kb"].median is not None
        per_kb.ratio = per_kb.median / rows["check_1kb_per_kb"].median
        per_kb.ratio_of = "check_1kb_per_kb"
    for row_id in ("check_1mb_letters", "check_1mb_adversarial", "check_1mb_adversarial_script"):
        row = rows[row_id]
        row.target, row.met = "≤ 500 ms", (row.median or 0) <= 500


def validate_rows(size: Size, example: st.InterviewContext, add: Callable[[Row], Row]) -> None:
    """Validating the example context from JSON; planning its follow-ups."""
    as_json = json.dumps(st.EXAMPLE_CONTEXT)
    fill(
        add(Row("validate_json", "Validation d’un contexte JSON", "µs")),
        per_call(lambda: st.InterviewContext.model_validate_json(as_json), size),
        1e6,
    )
    planning = add(Row("plan", "plan : un contexte", "µs"))
    plan = getattr(st, "plan", None)
    if plan is None:
        planning.note = "ignorée : suivi_templates.plan n’existe pas encore"
    else:
        today = example.interview.date + timedelta(days=1)
        fill(planning, per_call(lambda: plan(example, today=today), size), 1e6)


def batch_rows(size: Size, add: Callable[[Row], Row], rows: dict[str, Row]) -> None:
    """``render_many`` on varied contexts: validated, as JSON, and on two processes."""
    data = varied_contexts(size.batch)
    contexts = [st.InterviewContext.model_validate(d) for d in data]
    texts_json = [json.dumps(d) for d in data]
    warm = contexts[:50]
    for row_id, label, items, workers, runs in (
        ("batch_1core", "Lot de contextes validés, 1 cœur", contexts, None, size.batch_repeat),
        ("batch_1core_json", "Lot de contextes JSON, 1 cœur", texts_json, None, 1),
        ("batch_2workers_json", "Lot de contextes JSON, render_many(workers=2)", texts_json, 2, 1),
    ):
        row = add(Row(row_id, f"{label} ({len(items)} brouillons)", "brouillons/s"))
        rates, failed = batch_rate(items, runs, workers, warm)
        fill(row, rates)
        if failed:
            row.note = f"{failed} contextes en erreur"
    one = rows["batch_1core"]
    one.target, one.met = "≥ 5 000/s", (one.median or 0) >= 5000
    two, one_json = rows["batch_2workers_json"], rows["batch_1core_json"]
    assert two.median is not None
    assert one_json.median is not None
    two.ratio, two.ratio_of = two.median / one_json.median, "batch_1core_json"
    two.note = (two.note or "") + "démarrage du pool compris"


def import_rows(size: Size, add: Callable[[Row], Row], rows: dict[str, Row]) -> None:
    """``import suivi_templates`` against its dependencies, in fresh processes."""
    times = fresh_import_times(size.fresh)
    labels = {
        "import_suivi_templates": "import suivi_templates (processus neuf)",
        "import_core_deps": "import jinja2, babel.dates, pydantic (processus neuf)",
        "import_pydantic_floor": "… + pydantic.BaseModel et un modèle (plancher)",
        "import_first_use": "import suivi_templates, puis modèles, render, check et plan",
    }
    for name, samples in times.items():
        fill(add(Row(name, labels[name], "ms")), samples, 1e3)
    ours, deps = rows["import_suivi_templates"], rows["import_core_deps"]
    floor = rows["import_pydantic_floor"]
    assert ours.median is not None
    assert deps.median is not None
    assert floor.median is not None
    ours.ratio, ours.ratio_of = ours.median / floor.median, "import_pydantic_floor"
    ours.target, ours.met = "≤ 1,1×", ours.ratio <= 1.1
    floor.ratio, floor.ratio_of = floor.median / deps.median, "import_core_deps"
    first = rows["import_first_use"]
    assert first.median is not None
    first.ratio, first.ratio_of = first.median / deps.median, "import_core_deps"
    eager = loaded_at_import()
    lazy = add(
        Row(
            "lazy_modules", "Modules chargés à l’import parmi " + ", ".join(LAZY_MODULES), "modules"
        )
    )
    lazy.median, lazy.target, lazy.met = float(len(eager)), "0", not eager
    lazy.note = " ".join(eager) or "aucun : chargés à la première utilisation"


_BLOCK = 32
"""Contexts checked twice in a row for the context rows: fewer than the checks' caches hold."""


def checks_rows(size: Size, example: st.InterviewContext, add: Callable[[Row], Row]) -> None:
    """A check with a context seen before or never seen; check_many at three sizes."""
    contexts, bodies = [], []
    rotation = min(2000, max(400, size.batch))
    for data in varied_contexts(rotation):
        ctx = st.InterviewContext.model_validate(data)
        try:
            bodies.append(st.render(KIND, ctx).body)
        except st.DraftRejected:
            continue
        contexts.append(ctx)
    # Letters differ in cost (how many rule alternatives each may match): both rows check
    # the same letters, each block first with its contexts never seen, then seen.
    label = f"check : lettre, contexte déjà vu (le même bloc de {_BLOCK}, revu)"
    known = add(Row("check_known_context", label, "µs"))
    label = f"check : lettre, contexte jamais vu (blocs de {_BLOCK} parmi {rotation})"
    new = add(Row("check_new_context", label, "µs"))
    new_times, known_times = novelty_pair(list(zip(bodies, contexts, strict=True)), size)
    fill(known, known_times, 1e6)
    fill(new, new_times, 1e6)
    assert known.median is not None
    assert new.median is not None
    new.ratio, new.ratio_of, new.target = new.median / known.median, "check_known_context", "≤ 1,1×"
    new.met = new.ratio <= 1.1
    first: Row | None = None
    for count in (100, 200, 400):
        items = list(zip(bodies[:count], contexts[:count], strict=True))
        row = add(Row(f"check_many_{count}", f"check_many : {count} lettres, par lettre", "ms"))
        runs = max(1, size.repeat // 3)
        batch = functools.partial(st.check_many, items, kind=KIND)
        fill(row, [_run(batch, 1) / count for _ in range(runs)], 1e3)
        if first is None:
            first = row
        else:
            assert row.median is not None
            assert first.median is not None
            row.ratio, row.ratio_of = row.median / first.median, first.id
            row.target, row.met = "≤ 1,3× (linéaire)", row.ratio <= 1.3


# --- report ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": usable,
        "cpu": cpu,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "load_average": load,
        "versions": {
            name: metadata.version(name)
            for name in ("suivi-templates", "jinja2", "babel", "pydantic", "pydantic-core")
        },
    }


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def table(rows: Iterable[Row]) -> str:
    header = ("Mesure", "Médiane", "Unité", "Rapport", "Cible", "")
    lines = [header]
    for row in rows:
        ratio = f"{row.ratio:.2f}× {row.ratio_of}" if row.ratio is not None else ""
        met = "" if row.met is None else ("atteinte" if row.met else "MANQUÉE")
        lines.append((row.label, _number(row.median), row.unit, ratio, row.target or "", met))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [
        " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in lines
    ]
    out.insert(1, "-+-".join("-" * w for w in widths))
    notes = [f"  {row.id} : {row.note}" for row in rows if row.note]
    return "\n".join(out + (["", "Notes :", *notes] if notes else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--json", type=Path, help="default: benchmarks/results/<size>.json")
    parser.add_argument(
        "--only",
        type=re.compile,
        metavar="PATTERN",
        help="only the groups of rows with an id that matches (regex), e.g. 'render|import'",
    )
    args = parser.parse_args(argv)
    size = SIZES[args.size]
    before = machine()
    rows, extra = measure(size, args.only)
    result = {"size": args.size, "machine": before, "rows": [asdict(r) for r in rows], **extra}
    result["load_average_after"] = machine()["load_average"]
    path = args.json or ROOT / "benchmarks" / "results" / f"{args.size}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    info = result["machine"]
    print(f"{info['cpu']}, {info['nproc']} cœurs, Python {info['python']} — taille {args.size}")
    if info["load_average"] is not None:
        print(
            "Charge moyenne sur 1 min, avant / après : "
            f"{info['load_average'][0]:.2f} / {result['load_average_after'][0]:.2f} "
            "(au-delà de 0,5, d’autres processus faussent les chiffres)"
        )
    print(table(rows))
    if "import_culprits" in extra:
        print("\nImport et premier usage, plus longs temps propres (python -X importtime) :")
        for module in extra["import_culprits"][:8]:
            print(f"  {module['self_ms']:7.1f} ms  {module['module']}")
    print(f"\nJSON : {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
