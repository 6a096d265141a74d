"""The classes the blind corpus blind43 showed, in sentences written for this file.

blind43 was measured once, before any change it prompted (generic P 0.98 / R 0.98, pushy
P 0.95 / R 1.00, 53 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A regulator named as the source of a notice, a standard or a directive (« l'avis de
  Transports Canada ») is no other employer; an organisation one would join still is.
- « urgent » after a noun of the work (« les dépannages urgents ») qualifies the work; after
  what a pushy draft wants (« une réponse urgente ») or a verb (« c'est urgent »), it presses.
- A denied need (« Pas besoin de me rappeler en urgence ») presses nobody.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

GARAGE = build_context(
    "fr_CA",
    role__title="technicien en pneus de véhicules lourds",
    company={"name": "Pneus Chaudière-Beauce", "facts": []},
    topics=[{"subject": "le rappel d'un lot de pneus"}],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def _codes(sentence: str, kind: str = "reminder") -> set[str]:
    letter = (
        "Bonjour Madame,\n\nJe repense à notre échange sur le rappel d'un lot de pneus. "
        f"{sentence}\n\nAu plaisir,\nCamille Roy"
    )
    return {f.code for f in st.check(letter, GARAGE, kind=kind).errors}


@pytest.mark.parametrize(
    "sentence",
    [
        "En lisant l'avis de Transports Canada sur le rappel, j'ai repensé à notre entrevue.",
        "En relisant les normes de Transports Québec sur le gonflage, j'ai repensé à l'atelier.",
        "L'alerte de Transports Canada sur ce lot m'a rappelé notre échange.",
    ],
)
def test_a_regulators_notice_names_no_other_employer(sentence: str) -> None:
    assert "generic.foreign_name" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je serais heureux de rejoindre l'équipe de Pneus Laurentides.",
        "Je serais fier de travailler chez Transports Canada.",
    ],
)
def test_an_organisation_to_join_is_another_employer(sentence: str) -> None:
    assert "generic.foreign_name" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci pour votre réponse rapide ; la hausse des dépannages urgents doit vous occuper.",
        "Merci de votre retour : avec les appels de service urgents, l'hiver est chargé.",
        "Pas besoin de me rappeler en urgence : un courriel me convient très bien.",
    ],
)
def test_urgency_of_the_work_or_denied_does_not_press(sentence: str) -> None:
    assert "pushy.pressure" not in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'attends une réponse urgente de votre part.",
        "J'ai besoin d'une décision urgente sur ma candidature.",
        "C'est devenu très urgent : merci de me répondre.",
        "Merci de me rappeler en urgence.",
    ],
)
def test_urgency_asked_of_the_recruiter_presses(sentence: str) -> None:
    assert "pushy.pressure" in _codes(sentence)
