"""What read 160 found in the drafts of fresh62, in contexts written here.

Read 160 measured e4af438 once, before any change it prompted (docs/verifications.md):
« jusqu'a l'essayage », « …verrier vers transmission », « je vous ferai parvenir dans les
prochains jours une copie de ma carte dès que je la retrouve ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_jusqu_a_takes_its_accent() -> None:
    assert phrasing.as_written("du moulage jusqu'a l'essayage") == "du moulage jusqu'à l'essayage"


def test_an_arrow_after_de_is_a_detail_not_a_change() -> None:
    topic = "départ en retraite de l'actuel verrier -> transmission"
    assert "vers" not in phrasing.as_written(topic)


def test_a_promise_that_says_when_is_not_dated_twice_nor_sent_today() -> None:
    promise = "lui envoyer une copie de ma carte ASP construction dès que je la retrouve"
    ctx = build_context(
        "fr_CA", commitments=[{"promise": promise}], next_steps={"channel": "phone"}, history=[]
    )
    thanks = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    assert "ma carte ASP construction dès que je l’aurai retrouvée." in thanks
    assert "prochains jours" not in thanks
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 7)).body
    assert "aujourd’hui même" not in call


def test_news_the_company_announced_before_the_interview_is_no_news() -> None:
    """Read 160: « (annonce du 30 novembre) » under an interview of 2 December."""
    fact = "L'Œil Aérien a décroché le contrat des ponts de la Côte-Nord (annonce du 30 novembre)"
    assert phrasing.told_before(fact, date(2026, 12, 2))
    ctx = build_context(
        "fr_CA",
        interview={"date": "2026-12-02", "mode": "video"},
        next_steps={"decision_by": "2026-12-11", "channel": "email"},
        company__facts=[fact],
        history=[{"kind": "thank_you", "on": "2026-12-03", "channel": "email"}],
    )
    assert "Côte-Nord" not in st.render("reminder", ctx, sent_on=date(2026, 12, 14)).body


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("SCAPHANDRIER CLASSE II MENTION B (H/F) - CDI", "scaphandrier classe II mention B"),
        ("EQUIPIER(E) POLYVALENT(E) H/F - CDI 20H", "équipière polyvalente"),
        (
            "Commis-affûteur de patins (étudiant, temps partiel soirs) – 16,10$/h",
            "commis-affûteur de patins",
        ),
    ],
)
def test_titles_as_typed(typed: str, said: str) -> None:
    assert phrasing.role_as_said(typed, "f" if "EQUIPIER" in typed else "m") == said


@pytest.mark.parametrize(
    ("name", "spoken"),
    [
        ("frédéric «fred» poulin", "Frédéric Poulin"),
        ("Jean-Sébastien (J-S) Leclerc", "Jean-Sébastien Leclerc"),
    ],
)
def test_a_name_is_asked_for_without_its_nickname(name: str, spoken: str) -> None:
    ctx = build_context(
        "fr_CA", interviewer={"name": name, "civility": "Monsieur", "title": "gérant"}
    )
    body = st.render("phone_script", ctx, sent_on=date(2026, 12, 7)).body
    assert f"Pourrais-je parler à Monsieur {spoken}, s’il vous plaît" in body.replace("\u202f", " ")


def test_a_given_name_and_an_initial_are_not_read_back_to_front() -> None:
    ctx = build_context("fr_FR", interviewer={"name": "Kevin M.", "title": "manager"})
    body = st.render("phone_script", ctx, sent_on=date(2026, 5, 20)).body
    assert "M. Kevin" not in body
    assert "Bonjour Monsieur Kevin" not in body


def test_a_vietnamese_middle_name_tells_the_civility() -> None:
    ctx = build_context("fr_FR", interviewer={"name": "Nguyen Thi Lan", "title": "responsable"})
    assert st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body.startswith("Bonjour Madame,")


def test_a_note_after_a_spaced_dash_is_not_the_topic() -> None:
    assert phrasing.topic_phrase("port d'arme - formation ENPQ") == "le port d'arme"


def test_a_role_after_a_length_takes_comme() -> None:
    assert phrasing.asset("7 ans directrice adjointe d'un EHPAD") == (
        "mes sept ans comme directrice adjointe d'un EHPAD"
    )


def test_a_second_interview_set_holds_the_follow_ups_back() -> None:
    """Read 160: two calls asked « où en est le processus » before the second interview."""
    held = date(2026, 11, 13)
    notes = ["Visite par Mme Lambert. 2e entretien avec ma femme le 10/12."]
    assert phrasing.announced_day(notes, held) == date(2026, 12, 10)


def test_contact_details_passed_on_are_named() -> None:
    promise = "lui passer les coordonnées de mon ancien patron"
    assert phrasing.promised_item(promise) == "les coordonnées de mon ancien patron"
    assert phrasing.promised_item("lui passer un coup de fil lundi") is None


def test_a_thank_you_call_does_not_say_it_liked_a_hard_topic() -> None:
    """Read 160: « J'ai bien aimé notre échange sur les vols de truffes la nuit »."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "vols de truffes la nuit", "note": "il en a parlé longtemps"}],
        next_steps={"channel": "phone"},
        history=[],
    )
    body = st.render("phone_script", ctx, sent_on=date(2026, 5, 8)).body
    assert "bien aimé" not in body
    assert "vols de truffes la nuit m’a été très utile" in body


def test_a_company_fact_is_said_to_the_company() -> None:
    fact = "La compagnie est programmée au Festival d'Avignon off 2027."
    assert phrasing.to_its_own(fact).startswith("votre compagnie est programmée")
    assert phrasing.to_its_own("la Coop Val-Nature a ouvert") == "la Coop Val-Nature a ouvert"


def test_a_non_binary_foley_artist_names_the_post_by_its_activity() -> None:
    """Read 160: « bruiteur ou bruiteuse », said three times in a call."""
    title = "Bruiteur·euse (artiste foley) – projets télé et longs métrages, contractuel"
    assert phrasing.field_of_post(title, "n", True) == "de bruitage"
