"""What the blind read 216 found in fresh86 (measured at 2c79354, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import tutoiement_invited
from suivi_templates.phrasing.announced import announced_day, decided_at_a_sitting


def test_a_tu_returned_is_read_past_a_negation_of_another_sentence() -> None:
    """« la DDPP a pas répondu. on s'est tutoyés à la fin » : « Bonjour Monsieur » (D023)."""
    assert tutoiement_invited(["la DDPP a pas répondu. on s'est tutoyés à la fin."])


def test_a_tu_said_back_is_returned() -> None:
    """« il m'a tutoyé direct, moi aussi » : « Bonjour Jean-Marc » then « vous » (D024, D061)."""
    assert tutoiement_invited(["il m'a tutoyé direct, moi aussi"])
    ctx = build_context(
        "fr_FR",
        interviewer__name="Hoarau Jean-Marc",
        interviewer__civility="Monsieur",
        debrief__impressions="il m'a tutoyé direct, moi aussi",
    )
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Jean-Marc,")
    assert "\nBien à toi,\n" in body
    assert " vous " not in body


def test_a_general_assembly_s_month_is_waited_for() -> None:
    """« décision après l'AG de février » : a call and a reminder on 2 December (D046, D049);
    « AG en juin » said of the governance is no delay."""
    held = date(2026, 11, 3)
    assert announced_day(["décision après l'AG de février"], held) == date(2027, 2, 28)
    assert decided_at_a_sitting(["décision après l'AG de février"])
    assert announced_day(["1 personne = 1 voix, AG en juin"], held) is None
