"""What the blind read 214 found in fresh85 (measured at 2c79354, once)."""

from __future__ import annotations

import pytest

from suivi_templates.formatting import elides
from suivi_templates.phrasing.roles import role_as_said
from suivi_templates.tutoiement import with_tu


@pytest.mark.parametrize(
    ("title", "gender", "said"),
    [
        # D003, D029, D046, D078: « délégué du procureur de la république ».
        (
            "Délégué·e du procureur de la République (H/F) – vacations",
            "m",
            "délégué du procureur de la République",
        ),
        # D021, D036, D057, D070: « poste d'ambassadeur … porté-à-porte » for Mariam.
        (
            "AMBASSADEUR(DRICE) DE COLLECTE DE FONDS PORTE-À-PORTE - 20 À 35H/SEM",
            "f",
            "ambassadrice de collecte de fonds porte-à-porte",
        ),
    ],
)
def test_a_title_keeps_its_institution_and_its_compound(title: str, gender: str, said: str) -> None:
    assert role_as_said(title, gender) == said  # type: ignore[arg-type]


def test_a_harpist_s_h_is_aspirated() -> None:
    """« poste d'harpiste » (D001, D002)."""
    assert not elides("harpiste")


@pytest.mark.parametrize(
    ("vous", "tu"),
    [
        # D037: « que tu jumeles ».
        ("que vous jumelez les arbitres", "que tu jumelles les arbitres"),
        ("que vous préférez le matin", "que tu préfères le matin"),
        ("que vous présentez les dossiers", "que tu présentes les dossiers"),
        ("si vous envoyez la liste", "si tu envoies la liste"),
        ("quand vous levez le filet", "quand tu lèves le filet"),
    ],
)
def test_a_verb_said_with_tu_is_conjugated(vous: str, tu: str) -> None:
    assert with_tu(vous) == tu
