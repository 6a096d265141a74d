"""Shared fixtures, and a hook for the doctests collected under ``src/``.

While ``rendering.render`` is still a stub on a branch (it raises ``NotImplementedError``),
the package docstring's rendering example cannot run; it is skipped until rendering lands,
and runs again as soon as ``render`` works.
"""

from __future__ import annotations

import pytest

import suivi_templates as st


def _render_is_stub() -> bool:
    ctx = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    try:
        st.render("thank_you", ctx)
    except NotImplementedError:
        return True
    except Exception:
        return False
    return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the package docstring example while ``render`` is a stub."""
    if not _render_is_stub():
        return
    for item in items:
        if item.name == "suivi_templates":
            item.add_marker(pytest.mark.skip(reason="rendering.render est encore un bouchon"))


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
