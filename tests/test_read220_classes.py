"""What the blind read 220 found in fresh88 (measured at e7f824a, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import usual_order, written_name
from suivi_templates.phrasing.announced import announced_day


def test_initials_then_the_whole_family_name_give_the_order() -> None:
    """« Saint-Aimé Rose-Hélène », rh.saintaime@ : « Bonjour Saint-Aimé Rose-Hélène »
    (D031, D038)."""
    assert usual_order("Saint-Aimé Rose-Hélène", "rh.saintaime@cacem.example") == (
        "Rose-Hélène Saint-Aimé"
    )


def test_an_orthodontist_is_a_doctor_in_quebec() -> None:
    """« Bonjour Madame, » to an orthodontist (D021, D026, D042)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Nguyen Thi Lan",
        interviewer__civility="Madame",
        interviewer__title="orthodontiste propriétaire",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Docteure,")


def test_a_name_typed_with_its_capitals_keeps_them() -> None:
    """« Ji-Woo » in her own signature, typed « Park Ji-woo » (D005, D035)."""
    assert written_name("Park Ji-woo") == "Park Ji-woo"


def test_a_delay_thought_over_or_guessed_after_an_arrow_is_waited_for() -> None:
    """« Il réfléchit jusqu'à Noël » (D017), « on se reparle après les fêtes -> janvier? »
    (D045): follow-ups before either."""
    held = date(2026, 11, 26)
    assert announced_day(["Il réfléchit jusqu'à Noël"], held) == date(2026, 12, 24)
    assert announced_day(["on se reparle après les fêtes -> janvier?"], held) == date(2027, 1, 31)
