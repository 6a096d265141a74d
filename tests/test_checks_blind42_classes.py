"""The classes the blind corpus blind42 showed, in sentences written for this file.

blind42 was measured once, before any change it prompted (generic P 0.98 / R 0.90, pushy
P 1.00 / R 1.00, 55 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A kind's acronym alone (« l'équipe de la PUI », the hospital's own pharmacy) names no
  other employer; a kind with a name (« l'équipe du CHU de Nantes ») still does.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

HOSPITAL = build_context(
    "fr_FR",
    role__title="préparatrice en pharmacie hospitalière",
    company={"name": "Centre hospitalier de Montluçon", "facts": []},
    topics=[{"subject": "la reconstitution des chimiothérapies"}],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


def _foreign(sentence: str) -> bool:
    letter = (
        f"Bonjour Madame,\n\nMerci pour notre échange sur la reconstitution des "
        f"chimiothérapies. {sentence}\n\nBien cordialement,\nLéa Martin"
    )
    found = st.check(letter, HOSPITAL, kind="thank_you").errors
    return "generic.foreign_name" in {f.code for f in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Je serais heureuse de rejoindre l'équipe de la PUI.",
        "Je serais ravie de rejoindre l'équipe du CH.",
    ],
)
def test_a_kinds_acronym_alone_names_no_other_employer(sentence: str) -> None:
    assert not _foreign(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je serais heureuse de rejoindre l'équipe du CHU de Nantes.",
        "Je serais ravie de rejoindre l'équipe de la Pharmacie Lafayette.",
    ],
)
def test_a_kind_with_a_name_is_another_employer(sentence: str) -> None:
    assert _foreign(sentence)
