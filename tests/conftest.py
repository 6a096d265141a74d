"""Shared fixtures: the bundled examples and a factory of varied, valid contexts.

Hypothesis profiles: ``ci`` (chosen when the ``CI`` variable is set) derandomizes every
property test, so that a failure in CI is the same failure on any machine; ``dev`` (the
default) explores randomly and remembers failing examples; ``long`` (``HYPOTHESIS_PROFILE=long``)
tries many more examples before a release. A test's own ``@settings(max_examples=…)`` wins
over the profile's.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import settings

import suivi_templates as st
from suivi_templates import EXAMPLES, InterviewContext
from suivi_templates.names import civility_of_notes

ContextFactory = Callable[..., InterviewContext]

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.register_profile("long", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def load_script(name: str) -> ModuleType:
    """The module of ``scripts/<name>.py`` (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def corpus_context(file: str, key: str) -> InterviewContext:
    """The context ``key`` of ``tests/contexts/<file>.json``, typed by other hands."""
    raw = json.loads((SCRIPTS.parent / "tests" / "contexts" / f"{file}.json").read_text("utf-8"))
    return InterviewContext.model_validate(raw[key])


def packet_drafts(file: str, key: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each kind's subject and body for ``key`` on the day its blind reader saw it, and the
    reasons of the kinds refused (``scripts/read_packets.py``, as the reads were made)."""
    found, refused = load_script("read_packets").drafts_of({key: corpus_context(file, key)})
    drafts = {d["kind"]: f"{d['subject'] or ''}\n{d['body']}" for d in found}
    return drafts, {r["kind"]: r["reason"] for r in refused}


def planned_draft(ctx: InterviewContext, kind: str) -> tuple[date, str]:
    """The day and body of the first ``kind`` draft the plan made at the interview writes."""
    steps = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in steps.steps if kind in s.draft_kinds)
    return step.on, st.render(kind, steps.context_on(step, ctx), sent_on=step.on).body


def thank_you_as_sent(ctx: InterviewContext) -> str:
    """The thank-you's body as sent: on the day the history says, else on the plan's day."""
    sent = [entry.on for entry in ctx.history if entry.kind == "thank_you"]
    if not sent:
        return planned_draft(ctx, "thank_you")[1]
    return st.render("thank_you", ctx.model_copy(update={"history": []}), sent_on=sent[0]).body


def build_context(locale: str = "fr_CA", **changes: Any) -> InterviewContext:
    """The bundled example of ``locale``, with dotted-path changes (``candidate__gender="m"``)."""
    data = copy.deepcopy(EXAMPLES[locale])
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = data
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return InterviewContext.model_validate(data)


def thanks_also(body: str, written: str) -> bool:
    """Whether a thank-you thanks the others present as ``written`` after « Mes remerciements
    vont aussi » (« à M. Fortin et à Mme El Amrani »), or in its other form, « Je remercie
    également M. Fortin et Mme El Amrani »."""
    plain = re.sub(
        r"(^|, | et )(à |au |aux )",
        lambda m: m[1] + {"à ": "", "au ": "le ", "aux ": "les "}[m[2]],
        written,
    )
    return f"Mes remerciements vont aussi {written}" in body or (
        f"Je remercie également {plain}" in body
    )


def notes_civility(ctx: InterviewContext) -> str | None:
    """The civility the notes' pronouns say (« il a insisté »), as the drafts guess it."""
    said = civility_of_notes(ctx.notes_on_the_person_met)
    return said[0] if said else None


@pytest.fixture(params=sorted(EXAMPLES))
def example(request: pytest.FixtureRequest) -> InterviewContext:
    """Each bundled example context, one per locale."""
    return InterviewContext.model_validate(EXAMPLES[request.param])


@pytest.fixture
def make_context() -> ContextFactory:
    """A factory of contexts derived from the bundled examples."""
    return build_context


@pytest.fixture(params=sorted(st.EXAMPLES))
def locale(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def data(locale: str) -> dict[str, Any]:
    """The example context of ``locale`` as JSON-ready data (a fresh deep copy)."""
    return st.InterviewContext.model_validate(st.EXAMPLES[locale]).model_dump(mode="json")


@pytest.fixture
def context(data: dict[str, Any]) -> st.InterviewContext:
    return st.InterviewContext.model_validate(data)


@pytest.fixture
def quebec() -> st.InterviewContext:
    return st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"])


@pytest.fixture
def thank_you(quebec: st.InterviewContext) -> st.Draft:
    return st.render("thank_you", quebec)


@pytest.fixture(scope="session")
def ctx() -> st.InterviewContext:
    """The design's example context: Camille Roy (f), Julie Tremblay, Coopérative Horizon, fr_CA."""
    return st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)


@pytest.fixture(scope="session")
def ctx_fr() -> st.InterviewContext:
    """The example context moved to France, with a candidate of gender m."""
    data = dict(st.EXAMPLE_CONTEXT)
    data["locale"] = "fr_FR"
    data["candidate"] = {**data["candidate"], "gender": "m", "name": "Hugo Martin"}
    return st.InterviewContext.model_validate(data)
