"""The classes a new blind corpus (blind33) showed, in sentences written for this file.

blind33 was measured once, before any change it prompted (generic P 0.97 / R 0.66, pushy
P 1.00 / R 1.00, 56 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A trade's business is an organisation too: « la Scierie Dubé », « la Fromagerie Perron ».
- Another employer's offer, told to press, names that employer without pasting a letter.
- « le poste de luthière-réparatrice devait tomber le 26 mars »: the title ends at the verb.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

SAP = " Notre échange sur la migration vers SAP m'a marquée."


def _codes(text: str, kind: str = "thank_you") -> set[str]:
    return {f.code for f in st.check(text + SAP, build_context("fr_CA"), kind=kind).errors}


@pytest.mark.parametrize(
    "text",
    [
        "Mon expérience serait un atout pour la Scierie Dubé.",
        "Je serais heureuse de rejoindre la Fromagerie Perron.",
        "Mon savoir-faire servirait bien la Quincaillerie Beaulieu.",
    ],
)
def test_a_trades_business_of_another_application_is_a_paste(text: str) -> None:
    assert "generic.foreign_name" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai travaillé trois ans à la Scierie Dubé.",
        "La Scierie Dubé m'a fait une offre hier et je dois leur répondre lundi.",
    ],
)
def test_a_past_employer_or_another_offer_is_no_paste(text: str) -> None:
    assert "generic.foreign_name" not in _codes(text, kind="reminder")


def test_the_title_ends_at_the_verb_that_follows_it() -> None:
    text = "La décision pour le poste d'analyste financière devait tomber le 26 novembre."
    assert "generic.foreign_name" not in _codes(text, kind="reminder")
