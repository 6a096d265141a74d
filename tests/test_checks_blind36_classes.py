"""The classes a new blind corpus (blind36) showed, in sentences written for this file.

blind36 was measured once, before any change it prompted (generic P 1.00 / R 0.81, pushy
P 1.00 / R 1.00, 56 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- The words of an organisation's acronym are the organisation's (« les personnes âgées »
  in a letter to an EHPAD, « la petite enfance » to a CPE): they cite nothing.
- One common word of a longer name, even capitalised (« Lyon » of « l'Hôtel-Dieu de
  Lyon »), is not the name; two of its words are (« à Rive-Sud »).
"""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context

CARE_HOME = build_context(
    "fr_FR",
    role__title="aide-soignante de nuit",
    company={"name": "EHPAD Les Tilleuls", "facts": []},
    topics=[{"subject": "les transmissions de nuit"}],
    commitments=[],
    debrief={"since": ["J'ai suivi une formation sur les chutes des personnes âgées."]},
)


def _codes(text: str, kind: str, context: st.InterviewContext) -> set[str]:
    return {f.code for f in st.check(text, context, kind=kind).errors}


def _letter(body: str) -> str:
    return f"Bonjour Madame,\n\n{body}\n\nBien cordialement,\n\nHugo Martin"


def test_the_words_of_the_organisations_acronym_cite_nothing() -> None:
    body = (
        "Merci pour notre entretien. J'aime le contact avec les personnes âgées et je serais "
        "fière de rejoindre votre équipe."
    )
    assert "generic.no_concrete_element" in _codes(_letter(body), "thank_you", CARE_HOME)


def test_the_interviews_own_words_still_do() -> None:
    body = "Merci pour notre entretien et pour vos explications sur les transmissions de nuit."
    assert "generic.no_concrete_element" not in _codes(_letter(body), "thank_you", CARE_HOME)


HOSPITAL = build_context(
    "fr_FR",
    topics=[{"subject": "le service de nuit"}],
    commitments=[],
    company={"name": "Clinique du Parc", "facts": []},
    debrief={
        "highlights": ["six ans aux urgences de l'Hôtel-Dieu de Lyon", "un stage à Rive-Sud Santé"]
    },
)


def test_one_common_word_of_a_longer_name_is_not_the_name() -> None:
    body = "Le milieu hospitalier de Lyon est exigeant, et votre clinique y a toute sa place."
    assert "generic.no_concrete_element" in _codes(_letter(body), "reminder", HOSPITAL)


def test_two_words_of_the_name_are() -> None:
    body = "Mon ancienne superviseure à Rive-Sud accepte d'être contactée comme référence."
    assert "generic.no_concrete_element" not in _codes(_letter(body), "reminder", HOSPITAL)
