"""What the last blind read, 175, found in fresh71 (measured at a024456, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_news_with_its_day_put_first_is_said_in_a_voicemail() -> None:
    """« Depuis, . Pourriez-vous… » : the news « Le 28 novembre, j'ai terminé… » left a hole."""
    ctx = build_context(
        "fr_FR",
        debrief__since=[
            "Le 28 novembre, j'ai terminé le module d'électroérosion à fil au GRETA : je peux "
            "donc programmer les découpes."
        ],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 12, 3)).body
    assert "Depuis, ." not in body
    assert phrasing.headline(ctx.debrief.since[0]) == (
        "J'ai terminé le module d'électroérosion à fil au GRETA."
    )


def test_of_two_delays_said_the_plan_waits_for_the_later() -> None:
    """« Ils appellent en février pour confirmer, réponse au courant de l'hiver » : a reminder
    on 2 February and a call on the 9th, before the call announced (three drafts at 2)."""
    notes = ["Ils appellent en février pour confirmer, réponse au courant de l'hiver."]
    assert phrasing.announced_day(notes, date(2026, 11, 19)) == date(2027, 2, 28)


def test_a_topic_typed_ca_marche_comment_asks_about_its_noun() -> None:
    """« notre discussion sur le ça marche comment la formation NADCA »."""
    assert phrasing.topic_phrase("ça marche comment la formation NADCA?") == "la formation NADCA"


def test_a_question_lead_typed_over_and_over_is_read_without_recursion() -> None:
    """Hostile input: « c'est quoi » two thousand times raised RecursionError."""
    assert phrasing.topic_phrase("c'est quoi " * 2000 + "le quota de palettes") == (
        "le quota de palettes"
    )
