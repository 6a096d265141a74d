"""What the blind read 214 found in fresh85 (measured at 2c79354, once)."""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
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


def test_a_moment_goes_after_the_thing_promised_not_inside_it() -> None:
    """« je compte vous apporter le collier d'attelage dans les prochains jours que j'ai
    fait pour mon CAP » (pair read 215, P022)."""
    promise = "vous apporter le collier d'attelage que j'ai fait pour mon CAP"
    assert phrasing.timed(promise, "dans les prochains jours") == (
        f"{promise} dans les prochains jours"
    )


def test_a_topic_noted_with_its_colon_takes_no_second_one() -> None:
    """« Nous avons aussi parlé de la caisse : écart toléré : mes trois ans… » (P021)."""
    ctx = build_context(
        "fr_FR",
        topics=[
            {"subject": "arrivées de nuit (vols de LAX et CDG)", "note": "pic entre 4h et 7h"},
            {"subject": "caisse : écart toléré"},
        ],
        debrief__highlights=["3 ans à la réception et à la caisse d'un hôtel 5* de Bora Bora"],
        debrief__struck_by="J'ai trouvé intéressant que vous formiez vos caissiers.",
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    assert "écart toléré :" not in body.replace("\u00a0", " ")
