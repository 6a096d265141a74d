"""The kinds catalogue is the one table of what a kind is, below rendering and checks."""

from __future__ import annotations

import ast
from pathlib import Path

import suivi_templates as st
from suivi_templates import rendering
from suivi_templates.checks.style import LENGTH_LIMITS
from suivi_templates.kinds import CATALOGUE, KINDS, kind_of

CHECKS = Path(st.__file__).parent / "checks"


def test_the_catalogue_lists_the_kinds_that_render() -> None:
    assert KINDS == rendering.KINDS


def test_spoken_kinds_are_not_personal_letters_and_have_shorter_limits() -> None:
    spoken = {name for name, info in CATALOGUE.items() if info.spoken}
    assert spoken == {"phone_script", "voicemail"}
    assert all(not CATALOGUE[name].personal for name in spoken)
    assert kind_of("an app's own kind") == kind_of(None)
    assert LENGTH_LIMITS["voicemail"][0] == CATALOGUE["voicemail"].word_limit


def test_the_checks_import_neither_rendering_nor_the_presenters_at_module_level() -> None:
    for path in CHECKS.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                assert not name.startswith(
                    ("suivi_templates.rendering", "suivi_templates.display")
                ), (path.name, name)
