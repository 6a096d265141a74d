"""Snapshot of every check report on the test corpora, to prove a speed change changes nothing.

    python benchmarks/reports_snapshot.py save before.json
    python benchmarks/reports_snapshot.py compare before.json

The reports of ``check`` on every draft of ``tests/corpus``, ``tests/blind3`` to
``tests/blind6`` and ``tests/heldout``, on the hand-written drafts of ``tests/contexts``, on
the rendered drafts of ``tests/contexts`` (every kind, or the refusal's report), on the
thank-you letters of 300 varied contexts of the benchmark, on the benchmark's texts
(letters and adversarial, 64 KB each), and of ``check_many`` per corpus: code, severity,
span, part, excerpt, occurrence, message and suggestion of every finding.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import suivi_templates as st

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
CORPORA = ("corpus", "heldout", "blind3", "blind4", "blind5", "blind6")
TODAY = date(2026, 12, 1)


def _report(report: st.CheckReport) -> list[Any]:
    return [
        [f.code, f.severity, f.span, f.where, f.excerpt, f.occurrence, f.message, f.suggestion]
        for f in (*report.findings, *report.accepted)
    ]


def _contexts(folder: Path) -> dict[str, st.InterviewContext]:
    data = json.loads((folder / "contexts.json").read_text("utf-8"))
    return {name: st.InterviewContext.model_validate(value) for name, value in data.items()}


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def reports() -> dict[str, Any]:
    """Every report, keyed by where its text comes from."""
    out: dict[str, Any] = {}
    for name in CORPORA:
        contexts = _contexts(TESTS / name)
        pairs = []
        for draft in _lines(TESTS / name / "drafts.jsonl"):
            ctx = contexts[draft["context"]]
            report = st.check(
                draft["text"], ctx, kind=draft["kind"], subject=draft.get("subject"), today=TODAY
            )
            out[f"{name}/{draft['id']}"] = _report(report)
            pairs.append((draft["text"], ctx))
        many = st.check_many(pairs, today=TODAY)
        out[f"{name}/check_many"] = [_report(r) for r in many]
    contexts = _contexts(TESTS / "contexts")
    for i, draft in enumerate(_lines(TESTS / "contexts" / "handwritten.jsonl")):
        ctx = contexts[draft["context"]]
        report = st.check(
            draft["body"], ctx, kind=draft["kind"], subject=draft.get("subject"), today=TODAY
        )
        out[f"contexts/handwritten/{i}"] = _report(report)
    for name, ctx in sorted(contexts.items()):
        for kind in st.KINDS:
            out[f"contexts/{name}/{kind}"] = _rendered(kind, ctx)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run as bench

    for i, data in enumerate(bench.varied_contexts(300)):
        out[f"varied/{i}"] = _rendered("thank_you", st.InterviewContext.model_validate(data))
    example = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    for label, text in (
        ("letters", bench.letter_text(64 * 1024)),
        ("adversarial", bench.adversarial_text(64 * 1024)),
    ):
        out[f"bench/{label}"] = _report(st.check(text, example, kind="thank_you", today=TODAY))
    return out


def _rendered(kind: str, ctx: st.InterviewContext) -> Any:
    try:
        draft = st.render(kind, ctx)
    except st.MissingContext as error:
        return ["missing", str(error)]
    except st.DraftRejected as error:
        return ["rejected", _report(error.report)]
    report = st.check(draft.body, ctx, kind=kind, subject=draft.subject, today=TODAY)
    return [draft.subject, draft.body, _report(draft.report), _report(report)]


def main(argv: list[str]) -> int:
    action, path = argv
    now = json.loads(json.dumps(reports()))
    if action == "save":
        Path(path).write_text(json.dumps(now, ensure_ascii=False, indent=1), "utf-8")
        print(f"{len(now)} entries saved to {path}")
        return 0
    before = json.loads(Path(path).read_text("utf-8"))
    differ = [key for key in sorted(before.keys() | now.keys()) if before.get(key) != now.get(key)]
    for key in differ[:20]:
        print(f"DIFFERS {key}\n  before: {before.get(key)}\n  now:    {now.get(key)}")
    print(f"{len(now)} entries, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
