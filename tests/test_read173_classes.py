"""What the final blind read 173 found in fresh70 (measured at 84412da, once)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_a_question_typed_c_est_comment_asks_about_its_noun() -> None:
    """« notre discussion sur le c'est comment le partage des tips » (two drafts at 2)."""
    assert phrasing.topic_phrase("c'est comment le partage des tips?") == "le partage des tips"


def test_tips_are_pay_and_never_the_point_a_thank_you_keeps() -> None:
    """« …et sur l'argent en plus : il faut choisir un autre sujet (le rush du samedi soir) »."""
    ctx = build_context(
        "fr_CA",
        topics=[
            {"subject": "c'est comment le partage des tips?"},
            {"subject": "rush du samedi soir"},
        ],
        debrief={},
        commitments=[],
    )
    body = st.render("thank_you", ctx).body
    assert "tips" not in body
    assert "rush du samedi soir" in body


def test_a_statement_of_grades_typed_without_its_accent_is_written() -> None:
    """« releve de notes » in two drafts; « la relève » is left as typed."""
    assert phrasing.as_written("mon releve de notes") == "mon relevé de notes"
    assert phrasing.as_written("un releve d'emploi") == "un relevé d'emploi"
    assert phrasing.as_written("la releve de nuit") == "la releve de nuit"


def test_a_hyphenated_acronym_company_is_its_own_name() -> None:
    """« rejoindre l'équipe de l'AP-HP » refused as « « AP-HP » n'est pas AP-HP »: the name
    known whole, cut at its hyphen into pieces too short to be known (found with the
    closings of this session, in fresh.json)."""
    ctx = build_context("fr_FR", company={"name": "AP-HP"})
    report = st.check(
        "Bonjour Madame,\n\nMerci pour notre échange sur le tutorat des nouveaux. Je serais "
        "ravi de rejoindre l’équipe de l’AP-HP.\n\nHugo Martin",
        ctx,
        kind="thank_you",
    )
    assert [f.excerpt for f in report.findings if f.code == "generic.foreign_name"] == []
