"""The classes the blind corpus blind44 showed, in sentences written for this file.

blind44 was measured once, before any change it prompted (generic P 1.00 / R 0.98, pushy
P 0.95 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- « Sinon » that offers to call back at a better moment opens a call politely; « sinon » that
  announces what the candidate will do without an answer still presses.
- Another process the candidate withdrew from is no lever; another offer that waits for an
  answer still is.
- A weekday says when the interview was, unless it says when the candidate called or wrote
  (« J'ai appelé lundi »): a call that names nothing else follows no interview.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

DISPATCH = build_context(
    "fr_CA",
    role__title="répartiteur en transport scolaire",
    company={"name": "Centre de services scolaire de la Rivière-Noire", "facts": []},
    interviewer={"name": "Luc Du Berger", "civility": "Monsieur"},
    interview={"date": "2026-11-16", "mode": "phone"},
    topics=[{"subject": "les parents fâchés quand l'autobus est en retard"}],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def _codes(text: str, kind: str = "phone_script") -> set[str]:
    return {f.code for f in st.check(text, DISPATCH, kind=kind).errors}


def _call(sentence: str) -> str:
    return (
        "Bonjour Monsieur Du Berger, ici Alex Roy. On s'est parlé le 16 novembre pour la "
        "répartition en transport scolaire. Avez-vous deux minutes? "
        f"{sentence} Je repense à ce que vous disiez sur les parents fâchés quand l'autobus "
        "est en retard. Merci, bonne journée!"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinon je peux vous rappeler à un meilleur moment.",
        "Sinon, je pourrais vous rappeler demain matin.",
    ],
)
def test_an_offer_to_call_back_later_does_not_press(sentence: str) -> None:
    assert "pushy.pressure" not in _codes(_call(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Répondez-moi vendredi, sinon je chercherai ailleurs.",
        "Sinon je peux vous rappeler tous les jours jusqu'à ce que vous répondiez.",
    ],
)
def test_sinon_that_announces_a_consequence_still_presses(sentence: str) -> None:
    assert "pushy.pressure" in _codes(_call(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai retiré ma candidature dans un autre processus, parce que c'est ce poste qui "
        "m'intéresse.",
        "Je me suis retiré d'un autre processus : c'est ici que je veux travailler.",
    ],
)
def test_a_process_left_behind_is_no_lever(sentence: str) -> None:
    assert "pushy.leverage" not in _codes(_call(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Une autre entreprise attend ma réponse, alors j'aimerais connaître votre décision.",
        "Un autre employeur m'a fait une offre et attend ma réponse vendredi.",
    ],
)
def test_another_offer_waiting_is_still_a_lever(sentence: str) -> None:
    assert "pushy.leverage" in _codes(_call(sentence))


# The interview of DISPATCH was on a Monday.
NOTHING_BUT_CALLS = (
    "Oui, allô, c'est encore moi, Alex. J'ai appelé lundi, mardi pis mercredi. "
    "Est-ce que vous avez pris une décision?"
)


def test_the_day_one_called_does_not_date_the_interview() -> None:
    assert "generic.no_concrete_element" in _codes(NOTHING_BUT_CALLS, "voicemail")


def test_the_weekday_of_the_interview_still_dates_it() -> None:
    text = "Bonjour, ici Alex Roy. On s'est parlé lundi : je reste très intéressé. Merci!"
    assert "generic.no_concrete_element" not in _codes(text, "voicemail")
