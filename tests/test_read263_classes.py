"""What the blind reads of fresh110 and fresh111 found (reads 263 and 264, at 296afc0)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import role_as_said
from suivi_templates.phrasing.announced import announced_day


def test_student_life_is_a_field_not_who_is_hired() -> None:
    """« coordonnatrice à la vie » for « Coordonnateur·trice à la vie étudiante » (read 263:
    four drafts at 2); « vendeur renfort noël étudiant » still drops who is hired."""
    title = "Coordonnateur·trice à la vie étudiante (poste régulier, 35 h/sem.)"
    assert role_as_said(title, "f") == "coordonnatrice à la vie étudiante"
    assert role_as_said("vendeur renfort noel CDD etudiant 20h/sem", "m") == "vendeur renfort noel"


def test_no_answer_before_a_month_is_waited_for() -> None:
    """« Pas de réponse avant février » : two calls on 30 November (read 263)."""
    notes = ["Pas de réponse avant février, ils attendent le budget de l'aéroport"]
    assert announced_day(notes, date(2026, 11, 10)) == date(2027, 2, 1)
    ctx = build_context(
        "fr_CA",
        interview={"date": "2026-11-10", "mode": "phone"},
        next_steps={"channel": "phone"},
        history=[{"kind": "thank_you", "on": "2026-11-11"}],
        debrief__impressions=notes[0],
    )
    assert all(step.on >= date(2027, 2, 1) for step in st.plan(ctx, today=date(2026, 11, 11)).steps)
