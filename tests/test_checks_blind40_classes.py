"""The classes the blind corpus blind40 showed, in sentences written for this file.

blind40 was measured once, before any change it prompted (generic P 1.00 / R 0.94, pushy
P 0.93 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A common word that starts like a word of the context (« utilisateur », « utilisabilité »)
  does not cite it; a word said otherwise (« planifier » for « la planification ») still does.
- « disponible pour un autre entretien » offers a next round here; an interview elsewhere is
  still leverage.
- What the trade puts to the test (« une pierre qui met ma patience à l'épreuve ») is a
  quality; the recruiter's silence doing it is impatience.
- A customer order's « dernier délai » is the employer's work, not an ultimatum.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

STUDIO = build_context(
    "fr_CA",
    role__title="designer UX",
    company={"name": "Studio Nordet", "facts": []},
    topics=[
        {"subject": "les tests d'utilisabilité avec des personnes aînées"},
        {"subject": "la planification des sprints"},
    ],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def _codes(text: str, context: st.InterviewContext, kind: str = "thank_you") -> set[str]:
    return {f.code for f in st.check(text, context, kind=kind).errors}


def test_a_common_word_that_starts_like_a_topic_word_does_not_cite_it() -> None:
    letter = (
        "Bonjour Monsieur,\n\nMerci pour notre échange. La conception centrée sur l'utilisateur "
        "est ma passion, et je serais heureuse de me joindre à votre équipe.\n\nCordialement,\n"
        "Alex Morin"
    )
    assert "generic.no_concrete_element" in _codes(letter, STUDIO)


def test_a_word_said_otherwise_still_cites_the_topic() -> None:
    letter = (
        "Bonjour Monsieur,\n\nMerci pour notre échange. Votre façon de planifier chaque sprint "
        "avec l'équipe m'a plu, et je serais heureuse de me joindre à vous.\n\nCordialement,\n"
        "Alex Morin"
    )
    assert "generic.no_concrete_element" not in _codes(letter, STUDIO)


PLUMBING = build_context(
    "fr_CA",
    role__title="plombière",
    company={"name": "Tuyauterie Boréal inc.", "facts": []},
    topics=[{"subject": "le réseau de gicleurs de l'usine"}],
)


@pytest.mark.parametrize(
    ("sentence", "leverage"),
    [
        ("Je demeure très intéressée et disponible pour un autre entretien.", False),
        ("Je serais ravie de revenir pour une autre rencontre avec l'équipe.", False),
        ("J'ai un autre entretien vendredi, et une offre m'attend ailleurs.", True),
        ("Disponible pour un autre entretien chez un concurrent, je dois me décider.", True),
    ],
)
def test_another_interview_here_is_not_leverage(sentence: str, leverage: bool) -> None:
    letter = (
        "Bonjour Madame,\n\nJe fais un suivi de notre entrevue sur le réseau de gicleurs de "
        f"l'usine. {sentence}\n\nCordialement,\nAudrey Lachance"
    )
    assert ("pushy.leverage" in _codes(letter, PLUMBING, "reminder")) is leverage


STONE = build_context(
    "fr_FR",
    role__title="tailleuse de pierre",
    company={"name": "Atelier Lithos Patrimoine", "facts": []},
    topics=[{"subject": "la pierre de Comblanchien"}],
)


@pytest.mark.parametrize(
    ("sentence", "code", "fires"),
    [
        ("C'est une pierre qui met ma patience à l'épreuve.", "pushy.impatience", False),
        ("Votre silence met ma patience à l'épreuve.", "pushy.impatience", True),
        (
            "Vous avez la commande de balustres à livrer, dernier délai fin mars.",
            "pushy.pressure",
            False,
        ),
        ("Vendredi, dernier délai pour me répondre.", "pushy.pressure", True),
    ],
)
def test_what_the_trade_puts_to_the_test_is_no_pressure(
    sentence: str, code: str, fires: bool
) -> None:
    letter = (
        "Bonjour Monsieur,\n\nMerci pour l'entretien sur la pierre de Comblanchien. "
        f"{sentence}\n\nBien cordialement,\nLéa Fontaine"
    )
    assert (code in _codes(letter, STONE)) is fires
