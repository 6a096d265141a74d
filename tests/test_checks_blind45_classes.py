"""The classes the blind corpus blind45 showed, in sentences written for this file.

blind45 was measured once, before any change it prompted (generic P 1.00 / R 0.96, pushy
P 0.95 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- Insisting on a point of the trade, as the person met did, stresses it; insisting on an
  answer still presses.
- A safety rule's « dernière chance », quoted or « avant l'accident », is no ultimatum.
- A shorter word the role's starts with is the role said otherwise (« la cuisine » for a
  « cuisinier »): it cites no item of the interview.
- « la Résidence Les Glycines » names another home than the ÉHPAD of the interview.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context


def _pressure(sentence: str) -> bool:
    return "pushy.pressure" in {f.code for f in st.check(sentence, None, kind="reminder").errors}


@pytest.mark.parametrize(
    "sentence",
    [
        "Je tiens à insister, comme vous, sur un protocole d'urgence clair au rucher.",
        "Je tiens à insister sur la sécurité des élèves allergiques aux piqûres.",
    ],
)
def test_insisting_on_a_point_of_the_trade_does_not_press(sentence: str) -> None:
    assert not _pressure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je tiens à insister sur l'urgence de votre réponse.",
        "Je tiens à insister sur ma candidature.",
        "Je me permets d'insister.",
    ],
)
def test_insisting_on_an_answer_still_presses(sentence: str) -> None:
    assert _pressure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je dis à mes collègues que le panneau, c'est « la dernière chance » avant l'accident.",
        "Ce contrôle au bout du parcours, c'est la dernière chance avant l'impact.",
    ],
)
def test_a_safety_rules_last_chance_is_no_ultimatum(sentence: str) -> None:
    assert not _pressure(sentence)


def test_a_last_chance_given_to_the_recruiter_still_presses() -> None:
    assert _pressure("C'est votre dernière chance de me répondre.")


CPE = build_context(
    "fr_CA",
    role__title="cuisinier en CPE",
    company={"name": "CPE Les Petits Mélèzes", "facts": []},
    interviewer={"name": "Julie Gagnon", "civility": "Madame"},
    interview={"date": "2026-11-24", "mode": "in_person"},
    history=[],
    topics=[{"subject": "le menu sans arachides, noix ni sésame"}],
    commitments=[
        {"promise": "lui dire mes disponibilités pour la journée d'essai en cuisine"},
    ],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def test_the_roles_own_word_cites_nothing_of_the_interview() -> None:
    call = (
        "Bonjour, c'est Karim. Je vous appelle pour savoir où en est ma candidature. J'aime la "
        "cuisine pis le travail d'équipe, et je suis disponible. Merci, bonne journée!"
    )
    codes = {f.code for f in st.check(call, CPE, kind="phone_script").errors}
    assert "generic.no_concrete_element" in codes


def test_the_promise_said_in_its_words_is_still_cited() -> None:
    call = (
        "Bonjour, c'est Karim. Pour la journée d'essai en cuisine, je suis disponible lundi "
        "et mardi. Merci, bonne journée!"
    )
    codes = {f.code for f in st.check(call, CPE, kind="phone_script").errors}
    assert "generic.no_concrete_element" not in codes


EHPAD = build_context(
    "fr_FR",
    role__title="animatrice-coordinatrice de la vie sociale",
    company={"name": "ÉHPAD Les Tilleuls", "facts": []},
)


@pytest.mark.parametrize("home", ["la Résidence Les Glycines", "le Foyer Saint-Jean"])
def test_another_home_is_another_employer(home: str) -> None:
    letter = (
        "Bonjour,\n\nJe me permets de vous relancer concernant ma candidature au poste "
        f"d'animatrice à {home}.\n\nBien cordialement,\nSandrine"
    )
    codes = {f.code for f in st.check(letter, EHPAD, kind="reminder").errors}
    assert "generic.foreign_name" in codes


def test_the_home_of_the_interview_is_not_another() -> None:
    letter = (
        "Bonjour,\n\nJe me permets de vous relancer concernant ma candidature au poste "
        "d'animatrice à l'ÉHPAD Les Tilleuls.\n\nBien cordialement,\nSandrine"
    )
    codes = {f.code for f in st.check(letter, EHPAD, kind="reminder").errors}
    assert "generic.foreign_name" not in codes
