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
