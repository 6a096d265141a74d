"""What the tests of unseen phrasings share (tests/test_checks_unseen_*.py).

Each phrasing is checked inside a letter that names a topic of the interview, so that only
the phrasing itself can make it pushy or generic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

import suivi_templates as st
from conftest import build_context

CA = build_context("fr_CA")
FR = build_context("fr_FR")
TOPIC = {
    "fr_CA": " Notre échange sur la migration vers SAP m’a marquée.",
    "fr_FR": " Notre échange sur le nouvel outil de facturation m’a marqué.",
}


def pushy_codes(text: str, ctx: st.InterviewContext, kind: str) -> set[str]:
    """The pushy error codes of ``text`` followed by a sentence naming a topic."""
    report = st.check(text + TOPIC[ctx.locale], ctx, kind=kind)
    return {f.code for f in report.errors if f.family == "pushy"}


def by_class(batch: Mapping[str, Sequence[tuple[Any, ...]]]) -> list[Any]:
    """The cases of a batch keyed by class, as parameters named « class-n »."""
    return [
        pytest.param(*case, id=f"{name}-{n}")
        for name, cases in batch.items()
        for n, case in enumerate(cases)
    ]
