"""A reminder with nothing new names what the notes say lies ahead (``phrasing.event_ahead``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import packet_drafts
from suivi_templates.phrasing import event_ahead
from suivi_templates.typography import MONTHS

_HELD = date(2026, 11, 12)
_SENT = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("Wonderware, migration prévue en 2027", "la migration prévue en 2027"),
        ("il a insisté, audit du CWB en fevrier", "l’audit du CWB en février"),
        ("elle en a parlé longtemps, migration en janvier", "la migration en janvier"),
        ("nouvel appareil en février", "le nouvel appareil en février"),
        ("gros audit client en mars, elle stresse", "le gros audit client en mars"),
        ("renouvellement en avril 2027", "le renouvellement en avril 2027"),
    ],
)
def test_a_thing_ahead_is_named_with_its_article(note: str, said: str) -> None:
    assert event_ahead(note, _HELD, _SENT) == said


@pytest.mark.parametrize(
    "note",
    [
        # Past on the sending day: this November, last September.
        "rush en novembre, 150 unités",
        "nouvelle machine arrivée en octobre",
        "oui, migration terminée en septembre",
        # A clause with its verb, a quantity, a state: nothing to name.
        "une quarantaine d'étudiants du Maroc arrivent en janvier",
        "l'équipe migre vers Python en 2027",
        "ils changent de module en mars",
        "jusqu'à 15 par jour en août",
        "c'est leur gros enjeu, gros enjeu en mai",
        "eau à 8 degrés en juin, elle a insisté",
        # Too far to be a step the team prepares.
        "les microbilles interdites en 2031",
        "bassin = 1,2 M de litres",
    ],
)
def test_what_is_past_or_no_thing_is_not_named(note: str) -> None:
    assert event_ahead(note, _HELD, _SENT) is None


@given(month=st.sampled_from(MONTHS.split("|")), sent=st.dates(date(2026, 11, 1), date(2028, 1, 1)))
def test_a_month_named_is_always_after_the_sending_month(month: str, sent: date) -> None:
    """Whatever the day of sending, a month alone is named only while it is still to come."""
    found = event_ahead(f"audit en {month}", _HELD, sent)
    number = MONTHS.split("|").index(month) + 1
    year = _HELD.year + (number < _HELD.month)
    assert (found is not None) == ((year, number) > (sent.year, sent.month))


def _reminder(corpus: str, key: str) -> str:
    return packet_drafts(corpus, key)[0]["reminder"]


def test_a_reminder_with_nothing_new_names_the_thing_ahead() -> None:
    """« Je me projette mieux dans ce poste depuis notre échange sur… » averaged 2.67 in 46
    reminders (reads 330 to 366); the hand named what lay ahead (pair reads 375 to 378)."""
    body = _reminder("fresh115", "dm08-tofu-production")
    assert "l’hygiène et la salubrité MAPAQ, avec l’audit en janvier" in body
    assert "projet" not in body


def test_a_misfortune_is_no_draw_of_the_post() -> None:
    """« Ce poste m'attire toujours autant, notamment pour la fermeture d'une classe »."""
    body = _reminder("fresh117", "do21-affaires-scolaires")
    assert "pour la fermeture" not in body
    assert "en particulier la fermeture" not in body


def test_a_strain_is_not_the_draw_of_the_post() -> None:
    """« en particulier les délais serrés sur la série jeunesse, avec la livraison en mars »."""
    body = _reminder("fresh62", "bl03-bruiteur-foley")
    assert "à l’approche de la livraison en mars" in body
    assert "délais serrés" not in body
