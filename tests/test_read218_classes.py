"""What the blind read 218 found in fresh87 (measured at e7f824a, once)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing.roles import role_as_said


def test_a_tu_in_brackets_with_another_name_is_not_the_mayor_s() -> None:
    """« le capitaine intérimaire (Martin, on s'est tutoyés) » : the whole letter said « tu »
    to the mayor (D011, D038, D060, all at 1)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Lise Gagnon-Bélanger",
        interviewer__civility="Madame",
        interviewer__title="mairesse",
        debrief__impressions="visite de la caserne avec le capitaine intérimaire (Martin, on "
        "s'est tutoyés)",
    )
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Madame la Mairesse,")
    assert " te " not in body


def test_a_tu_said_of_a_woman_is_not_the_proviseur_s() -> None:
    """« elle parle fort, on s'est tutoyées » of the ship's captain, the proviseur met as
    « il » (D014, D022, D049, D071, all at 1)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="erik van der meulen",
        interviewer__civility=None,
        interviewer__title="proviseur",
        debrief__impressions="Visio avec le proviseur + la capitaine, Maëlle Quéméner\nelle "
        "parle fort, on s'est tutoyées\nil m'a demandé si j'ai le CFBS",
    )
    body = st.render("thank_you", ctx).body
    assert not body.startswith("Bonjour Erik,")
    assert " te " not in body


def test_a_fire_service_is_no_participle() -> None:
    """« directeur du service de sécurité incendié » (D011, D038, D060)."""
    assert role_as_said("Directeur(trice) du Service de sécurité incendie", "m") == (
        "directeur du service de sécurité incendie"
    )
