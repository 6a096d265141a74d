"""What the blind reads of fresh116 and fresh117 found at first contact (reads 275 and 276, at
f7d9a89); mended at the end of the session, not re-read."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import tutoiement_of_another
from suivi_templates.phrasing import role_as_said


def test_back_from_the_holidays_and_a_span_typed_without_accent_are_waited_for() -> None:
    """« on se reparle au retour des fêtes » and « d'ici 6 a 8 semaines »: five follow-ups at
    1 in read 275, sent before either."""
    for notes, first_day in (
        ("elle a dit « on se reparle au retour des fêtes »", date(2027, 1, 8)),
        ("résultats du concours d'ici 6 a 8 semaines", date(2027, 1, 2)),
    ):
        ctx = build_context(
            "fr_CA",
            interview={"date": "2026-11-06"},
            next_steps={"channel": "email"},
            history=[{"kind": "thank_you", "on": "2026-11-07"}],
            debrief__impressions=notes,
        )
        steps = st.plan(ctx, today=date(2026, 11, 7)).steps
        follow_ups = [s for s in steps if s.kind != "commitment"]
        assert follow_ups, notes
        assert all(s.on >= first_day for s in follow_ups), notes


def test_a_tu_noted_after_a_colleague_and_a_comma_is_the_colleague_s() -> None:
    """« Erwan, le technicien (on s'est tutoyés) »: four drafts said « tu » to the physician
    who led the interview (read 276: at 2)."""
    notes = [
        "Entretien avec le Dr Kerhervé, Mme Le Floch et Erwan, le technicien (on s'est tutoyés)"
    ]
    assert tutoiement_of_another(notes, "Pierre-Yves Kerhervé")


def test_an_english_title_keeps_its_h_and_its_case() -> None:
    """« poste d'home stager » and « BID manager » (read 275: six drafts)."""
    assert role_as_said("BID MANAGER H/F – CDI – marchés publics IT", "m") == "bid manager"
    ctx = build_context("fr_FR", role__title="home stager / styliste immobilier(ère)")
    assert "poste de home stager" in st.render("thank_you", ctx).body
