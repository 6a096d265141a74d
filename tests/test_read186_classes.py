"""What the blind read 186 found in fresh75 (measured at 3981e35, once)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

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


def test_impressions_typed_over_several_lines_are_read_as_sentences() -> None:
    """Two of 24 contexts were refused: notes on two lines, or over 400 characters."""
    ctx = build_context(
        "fr_CA",
        debrief__impressions="- Visite de la salle des familles\n\n- 28 nov : décision fin janvier",
    )
    assert ctx.debrief.impressions == (
        "Visite de la salle des familles. 28 nov : décision fin janvier."
    )
    long = build_context("fr_CA", debrief__impressions="Très bon accueil. " * 60)
    assert long.debrief.impressions is not None
    assert len(long.debrief.impressions) > 1000
    assert st.render("thank_you", long).body


def test_impressions_still_have_a_limit_and_refuse_controls() -> None:
    with pytest.raises(ValidationError, match="1200"):
        build_context("fr_CA", debrief__impressions="a" * 1201)
    with pytest.raises(ValidationError, match="contrôle"):
        build_context("fr_CA", debrief__impressions="Visite\x07 faite")
