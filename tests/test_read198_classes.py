"""What the blind read 198 found in fresh79 (measured at 1cf20b7, once)."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.models import Company
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.present import others_met
from suivi_templates.phrasing.topics import answered_topic
from suivi_templates.phrasing.visits import shown_on_site


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # D029: a reminder on 3 December after « il me dit ça début décembre ».
        ("il me dit ça début décembre", date(2026, 12, 7)),
        # D069, D071, D074: a reminder in November, a call on 3 December.
        ("réponse au courant du mois de décembre", date(2026, 12, 31)),
        # D021, D048: a call on 2 December while the boss was away until the 5th.
        ("il m'a dit que le patron était à Cognac jusqu'au 5 décembre", date(2026, 12, 5)),
    ],
)
def test_a_delay_said_so_is_waited_for(note: str, day: date) -> None:
    assert announced_day([note], date(2026, 11, 12)) == day


def test_my_own_contract_end_is_no_delay_of_theirs() -> None:
    assert announced_day(["mon contrat va jusqu'au 19 décembre"], date(2026, 11, 12)) is None


def test_trial_dates_past_are_not_said_to_hold() -> None:
    """« Les dates que je vous ai proposées… restent valables » of 8–10 December, on 4
    January; « l'une des dates… vous conviendrait-elle? » on 11 January (D011, D031)."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-16",
        commitments=[
            {
                "promise": "revenir vers elle avec mes disponibilités pour une journée d'essai",
                "done": True,
                "details": "les 8, 9 ou 10 décembre",
            }
        ],
        history=[{"kind": "thank_you", "on": "2026-11-17", "channel": "email"}],
    )
    early = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "restent valables" in early
    late = st.render("reminder", ctx, sent_on=date(2027, 1, 4)).body
    assert "restent valables" not in late
    call = st.render("phone_script", ctx, sent_on=date(2027, 1, 11)).body
    assert "dates que je vous ai proposées" not in call


def test_this_year_of_last_year_is_not_news() -> None:
    """« l'atelier célèbre ses 40 ans cette année », told on 4 January (D031)."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-16",
        company__facts=["L'atelier a obtenu le label EPV cette année."],
        history=[{"kind": "thank_you", "on": "2026-11-17", "channel": "email"}],
    )
    assert "label EPV" in st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "label EPV" not in st.render("reminder", ctx, sent_on=date(2027, 1, 4)).body


def test_a_trial_day_to_confirm_is_not_thanked_for() -> None:
    """« Merci pour… la journée d'essai » noted « à confirmer » (D056)."""
    shown = shown_on_site("Visite du labo\njournée d'essai à confirmer, décision avant Noël")
    assert shown == ["la visite du labo"]


def test_a_fact_typed_as_a_headline_takes_its_article() -> None:
    """« J'ai lu avec intérêt que Séisme de magnitude 4,1… » (D051)."""
    said = phrasing.fact_as_noun("Séisme de magnitude 4,1 près de Maniwaki le 19 novembre")
    assert said == "le séisme de magnitude 4,1 près de Maniwaki le 19 novembre"
    assert phrasing.fact_as_noun("Vous devenez concessionnaire Kubota") is None


def test_a_doubted_name_after_its_function_is_not_thanked() -> None:
    """« M. Saïd » for « M. Ben Saïd (RH) je crois » (D039)."""
    doubted = "Entretien avec Mme Marie-Sainte et M. Ben Saïd (RH) je crois"
    assert others_met(doubted, "Line Marie-Sainte") == []
    assert others_met("Entretien avec Mme Roy et M. Ben Saïd (RH)", "Line Roy") == ["M. Ben Saïd"]


def test_a_parish_takes_its_article() -> None:
    """« l'équipe de Paroisse Plein-Vent » (D030), « de Services de Réponse Capitale » (pair
    read 200)."""
    assert organisation(Company(name="Paroisse Plein-Vent")).of == "de la Paroisse Plein-Vent"
    services = organisation(Company(name="Services de Réponse Capitale"))
    assert services.of == "des Services de Réponse Capitale"


def test_a_hyphenated_noun_takes_its_first_noun_gender() -> None:
    """« notre échange sur la stuc-marbre » (D045)."""
    assert phrasing.topic_phrase("stuc-marbre") == "le stuc-marbre"


def test_a_place_or_the_heating_is_no_link_of_experience() -> None:
    """« sept ans… à l'Hôtel-Dieu de Québec » for « déplacements Hôtel-Dieu de Lévis », ten
    years of posing for « le chauffage des ateliers » (D010, D061)."""
    assert (
        answered_topic(
            "7 ans en chirurgie colorectale à l'Hôtel-Dieu de Québec",
            ["déplacements Hôtel-Dieu de Lévis / Saint-Georges"],
        )
        is None
    )
    assert answered_topic("10 ans de pose pour les ateliers", ["Chauffage des ateliers ?!"]) is None
    assert answered_topic("3 ans de Python", ["Python/R?"]) == 0


def test_the_organisation_s_anniversary_is_no_news_to_it() -> None:
    """« J'ai vu que l'OSSLSJ fêtera ses 50 ans en 2028 » (read 195), « la paroisse fêtera ses
    150 ans… Voilà une belle nouvelle » (D072), « vous fêtez vos 75 ans » (read 195, D024)."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-16",
        company__facts=["La paroisse fêtera ses 150 ans en 2027."],
        history=[{"kind": "thank_you", "on": "2026-11-17", "channel": "email"}],
    )
    for kind in ("reminder", "phone_script"):
        assert "150 ans" not in st.render(kind, ctx, sent_on=date(2026, 12, 1)).body
