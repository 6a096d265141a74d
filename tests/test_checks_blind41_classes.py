"""The classes the blind corpus blind41 showed, in sentences written for this file.

blind41 was measured once, before any change it prompted (generic P 1.00 / R 0.96, pushy
P 0.95 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- Thanks for an answer already given are praise, not pressure, even when the thanks come
  first and the answer second (« Merci pour la visite, et pour votre retour si rapide ») or
  when the answer is to what the candidate sent (« votre réponse rapide à ma candidature
  m'a permis de… »); an answer still hoped for (« j'espère votre réponse rapide à mon
  courriel ») presses.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

ATELIER = build_context(
    "fr_FR",
    role__title="menuisière d'agencement",
    company={"name": "Atelier Boisvif", "facts": []},
    topics=[{"subject": "la pose des cuisines en site occupé"}],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def _pressure(sentence: str) -> bool:
    letter = (
        f"Bonjour Madame,\n\n{sentence} La pose des cuisines en site occupé m'a beaucoup "
        "intéressée.\n\nBien cordialement,\nLou Garnier"
    )
    return "pushy.pressure" in {f.code for f in st.check(letter, ATELIER, kind="thank_you").errors}


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci pour la visite de l'atelier, et pour votre retour si rapide.",
        "Je vous remercie pour l'entretien de lundi et pour votre réponse très rapide.",
        "Votre réponse rapide à ma candidature m'a permis de prévoir ce rendez-vous.",
        "Votre retour rapide à mon courriel m'a fait plaisir.",
    ],
)
def test_thanks_for_an_answer_already_given_are_not_pressure(sentence: str) -> None:
    assert not _pressure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'espère votre réponse rapide à mon courriel.",
        "Je compte sur votre retour rapide à ma candidature.",
        "Merci d'avance, et pour votre réponse rapide je vous serais reconnaissante.",
        "J'espère une réponse rapide à ma candidature.",
    ],
)
def test_an_answer_still_hoped_for_quickly_is_pressure(sentence: str) -> None:
    assert _pressure(sentence)
