"""Fixtures shared by the test modules: the bundled example contexts, per locale."""

from __future__ import annotations

from typing import Any

import pytest

import suivi_templates as st


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
