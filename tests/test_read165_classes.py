"""What fresh66 showed at first contact (read 165 measured 0d3f6a4 once, before any change)."""

from __future__ import annotations

import re
from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_two_promises_to_come_do_not_say_when_twice() -> None:
    """« …dans les prochains jours. Je compte vous dire dans les prochains jours si… »."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {"promise": "lui envoyer l'autorisation signée de mes parents"},
            {"promise": "lui dire si je peux faire la formation le 13 décembre"},
        ],
    )
    body = st.render("thank_you", ctx).body
    assert body.count("dans les prochains jours") == 1
    assert "Je compte aussi vous dire si je peux faire la formation le 13\u00a0décembre." in body


def test_a_point_led_by_a_colon_keeps_one_stop() -> None:
    ctx = build_context(
        "fr_CA",
        debrief__to_add="Pour la migration vers SAP : j'ai l'habitude d'un autre module.",
    )
    body = st.render("thank_you", ctx).body
    assert ":," not in body


def test_a_call_does_not_repeat_the_news_a_reminder_told_beside_a_kept_promise() -> None:
    """fresh66: the reminder told the new salon (its news only said the CAP came); the call too."""
    ctx = build_context(
        "fr_FR",
        company__facts=["L'Atelier ouvre un 2e salon à Montreuil en février"],
        commitments=[{"promise": "lui envoyer une copie de mon CAP"}],
        debrief__since=["J'ai reçu le 3 décembre mon diplôme du CAP."],
        history=[
            {"kind": "thank_you", "on": "2026-05-08", "channel": "email"},
            {"kind": "reminder", "on": "2026-12-04", "channel": "email"},
        ],
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 14)).body
    assert "Montreuil" not in call


@pytest.mark.parametrize(
    ("note", "by"),
    [
        ("Réponse après la réunion du conseil de fabrique du 15 décembre.", date(2026, 12, 15)),
        ("Il rappelle en février quand il aura ses contrats.", date(2027, 2, 28)),
    ],
)
def test_an_answer_announced_after_a_meeting_or_within_a_month_is_waited_for(
    note: str, by: date
) -> None:
    assert phrasing.announced_day([note], date(2026, 11, 12)) == by


def test_the_office_of_the_person_written_to_is_not_thanked_as_someone_else() -> None:
    notes = "Entretien 1h avec Mme la Maire et M. Chaix (DGS)."
    assert phrasing.others_met(notes, "Élisabeth Moreau-Lanza") == ["M. Chaix"]
    assert phrasing.others_met("Jury : Mme Roy et M. Lemaire.", "Roy") == ["M. Lemaire"]


def test_a_yes_that_repeats_the_question_is_said_as_a_yes() -> None:
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui faire savoir si je peux travailler le mercredi et le jeudi",
                "done": True,
                "details": "mercredi et jeudi toute la journée",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "le mercredi et le jeudi\u00a0: oui, toute la journée." in body


def test_slang_of_a_note_takes_a_letter_s_register() -> None:
    said = phrasing.as_written("J'ai kiffé l'ambiance, voici mon compte Insta")
    assert said == "J’ai beaucoup aimé l'ambiance, voici mon compte Instagram"


def test_a_day_put_first_takes_its_comma() -> None:
    news = "Depuis le 1er décembre j'interviens à l'EHPAD de Plouzané."
    assert phrasing.timeless(news) == "Depuis le 1er décembre, j'interviens à l'EHPAD de Plouzané."


def test_an_anniversary_is_congratulated() -> None:
    """One ahead is an initiative to join, not yet a success (read 170)."""
    assert phrasing.news_kind("Le Village a fêté ses 50 ans en novembre.") == "succes"
    assert phrasing.news_kind("Le Village fêtera ses 50 ans en 2027.") == "initiative"


def test_a_voicemail_of_a_non_binary_candidate_asks_politely() -> None:
    """« Ce poste me tient toujours à cœur : où en est le processus ? » read abrupt."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="n",
        history=[{"kind": "thank_you", "on": "2026-05-08", "channel": "email"}],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 5, 27)).body
    assert re.search(
        r"[Pp]ourriez-vous me dire où en est le processus|j’aimerais savoir où vous en êtes", body
    )
    assert "à cœur\u00a0: où en est" not in body
