"""The classes a fifteenth blind corpus (blind21) showed, in sentences written for this file.

blind21 was measured once, before any change it prompted (generic P 0.97 / R 0.86, pushy
P 0.98 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Its two false
alarms are two classes, each checked both ways.

- « Rien d'urgent » reassures; « rien de plus urgent » insists.
- A number written as an ordinal in the context (« 50e anniversaire ») is named by the same
  number said otherwise (« les 50 ans de la bibliothèque »).
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

CTX = build_context("fr_CA")
CALLER = "Bonjour, ici Camille Roy, au sujet du poste. "


def _codes(text: str, context: st.InterviewContext = CTX) -> set[str]:
    return {f.code for f in st.check(CALLER + text, context, kind="voicemail").errors}


@pytest.mark.parametrize(
    "calm",
    [
        "Rien d'urgent, rappelez-moi quand cela vous conviendra.",
        "Rien de pressé : rappelez-moi quand vous aurez un moment.",
    ],
)
def test_nothing_urgent_reassures(calm: str) -> None:
    assert "pushy.pressure" not in _codes(calm)


def test_nothing_more_urgent_insists() -> None:
    assert "pushy.pressure" in _codes("Il n'y a rien de plus urgent : rappelez-moi.")


LIBRARY = build_context(
    "fr_CA",
    topics=[{"subject": "le catalogue jeunesse"}],
    commitments=[],
    company__facts=["25e anniversaire de la coopérative en 2027 : programmation spéciale."],
    debrief={"highlights": []},
)
SPOKEN = "Je suis toujours intéressée, et j'ai hâte de voir la programmation des 25 ans. Merci!"


def test_an_ordinal_of_the_context_is_named_by_its_number() -> None:
    assert "generic.no_concrete_element" not in _codes(SPOKEN, LIBRARY)


def test_another_number_does_not_name_it() -> None:
    other = SPOKEN.replace("25 ans", "30 ans")
    assert "generic.no_concrete_element" in _codes(other, LIBRARY)
