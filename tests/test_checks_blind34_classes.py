"""The classes a new blind corpus (blind34) showed, in sentences written for this file.

blind34 was measured once, before any change it prompted (generic P 1.00 / R 0.64, pushy
P 0.96 / R 1.00, 54 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A call script's notes to oneself (« - Remercier, rester courte!! ») are read by no one:
  their marks are no shouting; the same marks in what is said are.
- A line of the debriefing whose other key word is the role's (« six ans d'harmonisation
  en atelier » for an « harmoniste ») is not cited by its one word left (« votre atelier »).
"""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context

CTX = build_context("fr_CA")
CALL = "Bonjour Madame Tremblay, Camille Roy à l'appareil, pour la migration vers SAP.\n"


def _codes(text: str, kind: str = "phone_script", context: st.InterviewContext = CTX) -> set[str]:
    return {f.code for f in st.check(text, context, kind=kind).errors}


def test_marks_in_a_note_to_oneself_are_no_shouting() -> None:
    assert "pushy.shouting" not in _codes(CALL + "- Remercier, rester courte!!\n")


def test_the_same_marks_in_what_is_said_are() -> None:
    assert "pushy.shouting" in _codes(CALL + "J'attends votre réponse!!\n")


def test_a_debriefing_line_is_not_cited_by_the_one_word_the_role_left() -> None:
    context = build_context(
        "fr_FR",
        role__title="harmoniste",
        company={"name": "Manufacture d'orgues Kervella", "facts": []},
        topics=[{"subject": "le relevage de l'orgue de Dole"}],
        commitments=[],
        debrief={"highlights": ["six ans d'harmonisation en atelier"]},
    )
    letter = (
        "Bonjour Madame,\n\nJe vous remercie pour notre entretien au sujet du poste "
        "d'harmoniste. L'exigence de votre atelier m'a marquée.\n\nBien cordialement,\n"
        "Camille Roy"
    )
    assert "generic.no_concrete_element" in _codes(letter, "thank_you", context)
