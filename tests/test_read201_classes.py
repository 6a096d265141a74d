"""What the blind read 201 found in fresh80 (measured at 2d0f6b2, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates import phrasing
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.present import others_met


def test_au_courant_de_decembre_waits_to_the_month_s_end() -> None:
    """A call on 21 December, a reminder on the 14th, after « ils reviendraient au courant
    de décembre » (D008, D038, D047)."""
    note = "Elle a dit qu'ils reviendraient au courant de décembre"
    assert announced_day([note], date(2026, 11, 20)) == date(2026, 12, 31)


def test_a_month_cut_short_after_a_day_is_written_in_full() -> None:
    """« la pose des balises avant le 15 déc » (D053), « valide jusqua 2028 » (D037)."""
    assert phrasing.as_written("la pose des balises avant le 15 déc") == (
        "la pose des balises avant le 15 décembre"
    )
    assert phrasing.as_written("valide jusqua 2028") == "valide jusqu’à 2028"


def test_a_panel_member_named_after_the_office_is_thanked() -> None:
    """« M. le DGS Thierry Vannier » on a jury of five, not thanked (D059)."""
    notes = "Jury : Mme Charvet (VP culture), M. le DGS Thierry Vannier, Mme Lucie Morand (DRH)"
    assert others_met(notes, "Anne Charvet") == ["M. Vannier", "Mme Morand"]
    assert others_met("Jury : Mme la Maire, M. Rolland", "Christiane Garnier") == ["M. Rolland"]


def test_a_follow_up_after_a_second_interview_starts_from_it() -> None:
    """« 2e entretien calé le 9 décembre avec le DSI », then three follow-ups that named only
    the first interview (D035, D058, D067)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-23",
        interview__mode="video",
        debrief__impressions="2e entretien calé le 9 décembre avec le DSI",
        history=[{"kind": "thank_you", "on": "2026-11-24", "channel": "email"}],
    )
    draft = st.render("reminder", ctx, sent_on=date(2026, 12, 16))
    assert draft.subject is not None
    assert "entretien du 9\u00a0décembre" in draft.subject
    reminder = draft.body
    assert "deuxième entretien du 9\u00a0décembre" in reminder
    assert "en visioconférence" not in reminder
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 16)).body
    assert "à la suite de mon deuxième entretien du 9\u00a0décembre" in voicemail
    before = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "deuxième" not in before


def test_three_members_of_a_panel_are_thanked_as_a_list() -> None:
    """A jury of five: « à M. Vannier et à Mme Morand », M. Bernard forgotten (D059)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Anne Charvet",
        debrief__impressions=(
            "Jury de 5 : Mme Charvet (VP culture), M. le DGS Thierry Vannier, "
            "Mme Lucie Morand (DRH), M. Hugo Bernard (conseiller musique DRAC)"
        ),
    )
    body = st.render("thank_you", ctx).body
    assert thanks_also(body, "à M. Vannier, à Mme Morand et à M. Bernard.")
