"""``import suivi_templates`` loads nothing heavy; every public name still works (PEP 562)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import suivi_templates as st


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_bare_import_loads_no_submodule_nor_dependency() -> None:
    code = (
        "import sys, suivi_templates\n"
        "print(sorted(m for m in sys.modules if m.startswith(('suivi_templates.', 'pydantic', "
        "'jinja2', 'babel'))))"
    )
    assert _run(code) == "[]"


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in st.__all__:
        assert getattr(st, name) is not None, name
    assert set(st.__all__) <= set(dir(st))


def test_the_functions_checks_and_debrief_keep_their_names_after_their_subpackages_load() -> None:
    code = (
        "import suivi_templates as st\n"
        "import suivi_templates.checks.registry, suivi_templates.debrief.engine\n"
        "print(callable(st.checks), callable(st.debrief), st.checks.__module__)"
    )
    assert _run(code) == "True True suivi_templates.checks"


def test_an_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        st.no_such_name  # type: ignore[attr-defined]  # noqa: B018
