"""What the blind read 212 found in fresh84 (measured at 5de950a, once)."""

from __future__ import annotations

import pytest

from suivi_templates import phrasing
from suivi_templates.formatting import elides
from suivi_templates.models import Company
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.shorthand import written_register
from suivi_templates.phrasing.typed import as_written


@pytest.mark.parametrize(
    ("name", "of"),
    [
        # D012: « l'équipe de Salaisons de L'Alta Rocca ».
        ("Salaisons de L'Alta Rocca", "des Salaisons de L'Alta Rocca"),
        # D045: « l'équipe d'OFPRA ».
        ("OFPRA", "de l’OFPRA"),
        # D065: « l'équipe de Studios Érable Noir ».
        ("Studios Érable Noir", "des Studios Érable Noir"),
    ],
)
def test_an_organisation_named_by_a_common_noun_takes_its_article(name: str, of: str) -> None:
    assert organisation(Company(name=name)).of == of


def test_handball_s_h_is_aspirated() -> None:
    """« les jeunes de l'école d'hand » (D017)."""
    assert not elides("hand")


def test_hours_of_service_are_spaced() -> None:
    """« le service de 192h eqTD » (D002)."""
    assert written_register("service de 192h eqTD") == "service de 192 h eqTD"


def test_a_closing_sigh_is_the_writer_s() -> None:
    """« j'ai reçu mon diplôme du BMA, enfin » (D047, D068)."""
    assert as_written("J'ai reçu mon diplôme du BMA le 30 novembre, enfin !") == (
        "J'ai reçu mon diplôme du BMA le 30 novembre"
    )


def test_the_diploma_received_is_the_certificate_promised() -> None:
    """« Je n'ai pas encore reçu mon attestation du BMA », then « j'ai reçu mon diplôme du
    BMA » (D047)."""
    news = "J'ai reçu mon diplôme du BMA le 30 novembre"
    assert phrasing.names_item(news, "mon attestation de réussite du BMA")
    assert not phrasing.names_item(news, "mon attestation de stage")


def test_a_contact_s_role_is_said_once() -> None:
    """« ma chargée de programmes : Mme Sophie Kessler, chargée de programmes » (D029)."""
    details = "Mme Sophie Kessler, chargée de programmes, ARTE France, s.kessler@arte.example"
    assert phrasing.role_alone(details, "le contact de ma chargée de programmes") == (
        "Mme Sophie Kessler, ARTE France, s.kessler@arte.example"
    )


def test_a_word_every_trade_says_is_no_link() -> None:
    """« la formation interne deux ans : la taille de 40 pierres facettées en formation m'y a
    préparée » (D042)."""
    subjects = ["la formation interne deux ans", "la taille facettée sur machine Ultra Tec"]
    assert phrasing.answered_topic("la taille de 40 pierres facettées en formation", subjects) == 1
