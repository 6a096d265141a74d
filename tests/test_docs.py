"""The user docs stay true: generated tables are current, samples parse, links resolve.

The ``>>>`` examples of docs/*.md run as doctests (pytest's ``--doctest-glob=*.md``).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

import suivi_templates as st
from suivi_templates.fields import context_fields, fields_markdown

DOCS = Path(__file__).parents[1] / "docs"
START = "<!-- début du tableau généré : ne pas modifier à la main -->"
END = "<!-- fin du tableau généré -->"


def blocks(name: str, language: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_contexte_md_lists_every_field_as_the_model_describes_it():
    text = (DOCS / "contexte.md").read_text(encoding="utf-8")
    table = text.split(START)[1].split(END)[0].strip()

    assert table == fields_markdown(), (
        "docs/contexte.md is out of date: replace the generated table with "
        "suivi_templates.fields.fields_markdown()"
    )
    for field in context_fields():
        assert f"`{field.path}`" in table


def test_every_context_field_has_a_french_description():
    missing = [field.path for field in context_fields() if not field.description]
    assert missing == []


def test_contexte_md_json_and_toml_samples_are_the_same_valid_context():
    (sample_json,) = blocks("contexte.md", "json")
    (sample_toml,) = blocks("contexte.md", "toml")

    from_json = st.InterviewContext.model_validate(json.loads(sample_json))
    from_toml = st.InterviewContext.model_validate(tomllib.loads(sample_toml))

    assert from_json == from_toml == st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)


@pytest.mark.parametrize(
    "path",
    [
        DOCS / name
        for name in ("guide.md", "contexte.md", "CHANGELOG.md", "verifications.md", "securite.md")
    ]
    + [DOCS / "planification.md", DOCS.parent / "README.md"],
    ids=lambda path: path.name,
)
def test_links_between_docs_resolve(path: Path):
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
        assert (path.parent / target).exists(), target


def test_verifications_md_lists_every_registered_check():
    text = (DOCS / "verifications.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", text, flags=re.MULTILINE))
    assert listed == {check.code for check in st.checks()}


def test_guide_anchors_match_its_headings():
    text = (DOCS / "guide.md").read_text(encoding="utf-8")
    headings = {
        re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")
        for h in re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    }
    for anchor in re.findall(r"\]\(#([^)]+)\)", text):
        assert anchor in headings, anchor
