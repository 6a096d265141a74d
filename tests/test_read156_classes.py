"""What read 156 found in the drafts of fresh59, in contexts written here.

Read 156 measured this session's end state (66d0226) once, before any change it prompted
(docs/verifications.md): « la cycle de l'azote », « la bien-être animal », and « Bonjour
Monsieur » to « Réjean « Bill » Lapointe », who had said « tu » to the candidate.
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


@pytest.mark.parametrize(
    ("typed", "said"), [("cycle de l'azote", "le cycle"), ("bien-être animal", "le bien-être")]
)
def test_masculine_nouns_in_e_take_their_article(typed: str, said: str) -> None:
    assert phrasing.topic_phrase(typed).startswith(said)


def test_a_nickname_in_quotes_is_what_the_person_is_called() -> None:
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Réjean « Bill » Lapointe", "title": "propriétaire"},
        debrief__impressions="Il m'a tutoyée tout de suite, super relax.",
    )
    assert ctx.interviewer.surname == "Lapointe"
    assert st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body.startswith("Bonjour Bill,\n")
    formal = build_context(
        "fr_CA",
        interviewer={"name": "Réjean « Bill » Lapointe", "title": "propriétaire"},
        debrief__impressions="Il a été très formel.",
    )
    script = st.render("phone_script", formal, sent_on=date(2026, 5, 20)).body
    assert "Bonjour Monsieur Lapointe" in script


def test_what_follows_a_question_in_a_topic_is_a_note_on_it() -> None:
    """Read 156: « le fait de patrouiller seule? radio et la satellite »."""
    assert phrasing.topic_phrase("patrouiller seule ? radio / satellite") == (
        "le fait de patrouiller seule"
    )


def test_news_that_says_its_month_keeps_the_opening() -> None:
    """Read 156: « Depuis notre entrevue du 5 novembre, j'ai suivi en novembre le cours… »."""
    ctx = build_context(
        "fr_CA",
        company__facts=[],
        debrief__since=["J'ai suivi en novembre le cours de l'ACIA sur l'étiquetage."],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "Depuis notre entrevue du" not in body
    assert "’ai suivi en novembre le cours" in body
