"""What the blind read 192 found in fresh77 (measured at e0c1ffb, once)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_appelle_moi_and_a_nickname_greet_by_the_nickname() -> None:
    """« Il m'a dit appelle-moi Gus » : « Monsieur Doucet », « Salutations distinguées » (D030,
    D034, D050); « appelle moi direct » is a way to reach him, not a first name."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Augustin (Gus) Doucet",
        interviewer__civility="Monsieur",
        debrief__impressions="Il m'a dit appelle-moi Gus, très direct.",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Gus,")
    direct = build_context(
        "fr_CA",
        interviewer__name="Jean-Guy Lavoie",
        interviewer__civility="Monsieur",
        debrief__impressions="Il a dit appelle moi direct si t'as des questions.",
    )
    assert st.render("thank_you", direct).body.startswith("Bonjour Monsieur,")


def test_je_lai_is_written_je_l_ai() -> None:
    """« Pour LabVIEW, je lai utilisé 2 ans » (D061)."""
    assert phrasing.as_written("je lai utilisé 2 ans") == "je l’ai utilisé deux ans"


def test_a_lawyer_typed_me_but_met_as_board_chair_is_greeted_by_civility() -> None:
    """« Me Philippe-Antoine Lévesque », « président du conseil d'administration »: the new
    « Me » rule of read 186 greeted him « Maître » (the fresh77 detectors saw it)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Me Philippe-Antoine Lévesque",
        interviewer__civility="Monsieur",
        interviewer__title="président du conseil d'administration",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Monsieur,")
