"""docs/regles.md and docs/conventions.md: every rule has its anchor, every check its link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import suivi_templates as st
from suivi_templates.rules import RULES

DOCS = Path(__file__).parents[1] / "docs"


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def test_regles_md_states_every_rule_under_its_anchor():
    text = read("regles.md")

    for number in range(1, 24):
        assert f'<a id="r{number}"></a>\n### R{number} — ' in text
    assert set(RULES) == {f"R{number}" for number in range(1, 24)}


def test_verifications_md_links_every_check_to_its_rules():
    rows = {
        match.group(1): match.group(2)
        for match in re.finditer(
            r"^\| `([a-z_]+\.[a-z_]+)` \| \w+ \| ([^|]+) \|", read("verifications.md"), re.MULTILINE
        )
    }

    for check in st.checks():
        linked = set(re.findall(r"\[(R\d+)\]\(regles\.md#r\d+\)", rows[check.code]))
        assert set(check.rules) <= linked, check.code
        if not check.rules:
            assert "(conventions.md)" in rows[check.code], check.code


@pytest.mark.parametrize("name", ["regles.md", "conventions.md", "verifications.md"])
def test_links_resolve_to_files_and_anchors(name: str):
    text = read(name)
    for target, anchor in re.findall(r"\]\(([^)#:]+)(?:#([^)]*))?\)", text):
        assert (DOCS / target).exists(), target
        if anchor:
            assert f'<a id="{anchor}"></a>' in read(target), f"{target}#{anchor}"


def test_conventions_md_names_the_salutations_the_library_uses():
    text = read("conventions.md")

    for form in (
        "« Bonjour Madame, »",
        "« Bonjour Monsieur, »",
        "« Bonjour Julie Tremblay, »",
        "« Bonjour Madame de Villiers »",
    ):
        assert form in text
    assert "Jamais « Madame Tremblay, » seul" in text
