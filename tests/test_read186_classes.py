"""What the blind read 186 found in fresh75 (measured at 3981e35, once)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context


def test_a_maitre_named_so_in_the_notes_is_greeted_maitre() -> None:
    """« Me Philippe-Henri Van Hove », commissaire-priseur: « Bonjour Monsieur » (D032)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Me Philippe-Henri Van Hove",
        interviewer__civility=None,
        interviewer__title="associé gérant",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Maître,")
    assert "Bonjour Maître Van Hove," in st.render("phone_script", ctx).body


def test_an_auctioneer_is_greeted_maitre() -> None:
    ctx = build_context("fr_FR", interviewer__title="commissaire-priseur, associé gérant")
    assert st.render("thank_you", ctx).body.startswith("Bonjour Maître,")


def test_a_mayor_is_greeted_by_the_office_on_the_telephone_too() -> None:
    """« Il faudrait "Monsieur le Maire" » (D019, D055: a call and a voicemail)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Bernard Faure-Brac",
        interviewer__civility="Monsieur",
        interviewer__title="maire",
    )
    assert "Bonjour Monsieur le Maire," in st.render("phone_script", ctx).body
    assert st.render("voicemail", ctx).body.startswith("Bonjour Monsieur le Maire,")
