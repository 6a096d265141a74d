"""The class a sixteenth blind corpus (blind22) showed, in sentences written for this file.

blind22 was measured once, before any change it prompted (generic P 0.94 / R 0.75, pushy
P 1.00 / R 0.98, 54 of 56 good drafts accepted: docs/verifications.md).

- A bracket of a call script that gives a number (« [Appeler après 17 h, demander le poste
  221] ») tells the caller what to do; a slot to fill in (« [poste] », « [XX/XX] ») gives none.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

CTX = build_context("fr_CA")
CALL = "\nBonjour Madame Tremblay, ici Camille Roy : nous nous sommes parlé le 12 novembre."


def _codes(bracket: str) -> set[str]:
    return {f.code for f in st.check(bracket + CALL, CTX, kind="phone_script").errors}


@pytest.mark.parametrize(
    "direction", ["[Appeler après 17 h, demander le poste 221]", "[Poste 4512 : la réception]"]
)
def test_a_bracket_that_gives_a_number_is_a_direction(direction: str) -> None:
    assert "generic.template_residue" not in _codes(direction)


@pytest.mark.parametrize(
    "slot", ["[Nom de l'entreprise]", "[poste]", "[date : XX/XX]", "[XX/XX/2026]"]
)
def test_a_slot_to_fill_in_is_residue(slot: str) -> None:
    assert "generic.template_residue" in _codes(slot)
