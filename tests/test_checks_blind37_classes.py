"""The classes a new blind corpus (blind37) showed, in sentences written for this file.

blind37 was measured once, before any change it prompted (generic P 1.00 / R 0.85, pushy
P 0.97 / R 0.97, 55 of 56 good drafts accepted: docs/verifications.md). Each class is
checked both ways.

- A diploma's name typed in capitals as printed on it (« la MC BOULANGERIE SPÉCIALISÉE »,
  « un CAP CUISINE ») is not shouting; a demand in capitals after it still is.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

BAKERY = build_context(
    "fr_FR",
    role__title="boulanger",
    company={"name": "Le Fournil des Halles", "facts": []},
    topics=[{"subject": "le pain au levain"}],
)


def _shouts(text: str) -> bool:
    report = st.check(text, BAKERY, kind="thank_you")
    return any(f.code == "pushy.shouting" for f in report.errors)


@pytest.mark.parametrize(
    "sentence",
    [
        "P.-S. J'ai aussi un CAP PÂTISSIER, obtenu en 2019.",
        "J'ai passé le BP BOULANGER l'an dernier, après ma MC BOULANGERIE SPÉCIALISÉE.",
    ],
)
def test_a_diplomas_name_in_capitals_is_not_shouting(sentence: str) -> None:
    assert not _shouts(f"Merci pour l'entretien sur le pain au levain. {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai mon CAP. MERCI DE ME RÉPONDRE VITE.",
        "Mon BP BOULANGER est à jour, J'ATTENDS UNE RÉPONSE URGENTE.",
    ],
)
def test_a_demand_in_capitals_after_a_diploma_still_shouts(sentence: str) -> None:
    assert _shouts(f"Merci pour l'entretien sur le pain au levain. {sentence}")
