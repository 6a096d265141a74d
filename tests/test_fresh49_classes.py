"""The faults fresh49 showed at first contact, in contexts written for this file.

fresh49 was measured once, before any change it prompted (docs/verifications.md): no
exception, no wrong refusal, two detector alarms, and what its drafts showed.

- A call does not say « envoie » twice (« je vous l'envoie dès réception… Je vous envoie
  aussi », « je vous envoie par SMS… Je vous envoie aussi »).
- « lui texter une photo de ma carte » is a sending promise, by text.
- « le cours privés », « mon DEC en environnement, hygiène et sécurité (…), m'a préparée »,
  « plaquiste qualifié n3p2 », « diffusion & production », « insisté à propos de »,
  « pour les sec 3 ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import as_subject, channel_besides_email, role_as_said, topic_phrase

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def test_a_call_with_an_awaited_item_and_another_to_send_says_envoie_once() -> None:
    promises = [
        {"promise": "lui envoyer mon attestation d'inscription quand je l'aurai"},
        {"promise": "lui envoyer l'atelier que j'ai monté", "attachment": "atelier.pdf"},
    ]
    context = build_context(
        "fr_CA",
        commitments=promises,
        company__facts=[],
        debrief__since=[],
        debrief__impressions="Oublié de joindre l'atelier au courriel de remerciement.",
        history=_THANKED,
        next_steps={"decision_by": "2026-11-27", "channel": "phone"},
    )
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "pas encore reçu mon attestation" in script
    assert "atelier" in script
    assert script.count("envoie") + script.count("enverrai") == 1


def test_a_promise_to_text_sends_by_text() -> None:
    assert channel_besides_email("lui texter une photo de ma carte ASP") == "par texto"
    promise = {"promise": "lui texter une photo de ma carte ASP Construction"}
    body = st.render("thank_you", build_context("fr_CA", commitments=[promise])).body
    assert "vous envoie aujourd’hui par texto une photo de ma carte ASP Construction" in body
    assert "texter" not in body


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("cours privés en anglais ?", "les cours privés en anglais"),
        ("cours du soir", "le cours du soir"),
        ("processus internes", "les processus internes"),
        ("temps partiel", "le temps partiel"),
    ],
)
def test_a_noun_the_same_in_both_numbers_agrees_with_its_adjective(
    typed: str, written: str
) -> None:
    assert topic_phrase(typed) == written


def test_titles_and_assets_as_a_letter_writes_them() -> None:
    assert role_as_said("PLAQUISTE QUALIFIÉ N3P2 (H/F) - CDI 39h", "m") == "plaquiste qualifié N3P2"
    assert role_as_said("Chargé de diffusion & de production", "m") == (
        "chargé de diffusion et de production"
    )
    listed = "mon DEC en environnement, hygiène et sécurité au travail (Cégep de Matane)"
    assert as_subject(listed) == listed
    aside = "mes trois ans chez un notaire, surtout en immobilier"
    assert as_subject(aside) == aside + ","


def test_one_insists_on_a_topic_even_one_with_its_own_sur() -> None:
    topic = {"subject": "réduire la démarque sur le frais", "note": "elle a insisté, 3,1 %"}
    context = build_context(
        "fr_FR",
        topics=[topic],
        debrief__highlights=["cinq ans comme adjoint au rayon frais, démarque réduite de moitié"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", context).body
    assert "insisté à propos" not in body
    assert "la façon de réduire la démarque sur le frais" in body


def test_quebec_school_years_are_written_out() -> None:
    promise = {"promise": "lui envoyer l'atelier que j'ai monté pour les sec 3", "done": True}
    promise["attachment"] = "atelier.pdf"
    body = st.render("thank_you", build_context("fr_CA", commitments=[promise])).body
    assert "pour les élèves de secondaire 3" in body


# What read 135 found in the drafts of fresh49.


def test_company_news_dated_in_brackets_is_not_told_before_its_day() -> None:
    fact = "L'ARS a autorisé l'ouverture d'une unité pour enfants autistes (arrêté du 24 novembre)"
    context = build_context(
        "fr_FR", company__facts=[fact], debrief__since=[], commitments=[], history=_THANKED
    )
    before = st.render("reminder", context, sent_on=date(2026, 11, 23)).body
    after = st.render("reminder", context, sent_on=date(2026, 11, 30)).body
    assert "unité pour enfants autistes" not in before
    assert "unité pour enfants autistes" in after


def test_news_of_what_takes_effect_later_is_told_now() -> None:
    fact = "La coop a annoncé sa fusion avec Agrimax Génétique, effective le 1er janvier 2027."
    context = build_context(
        "fr_CA", company__facts=[fact], debrief__since=[], commitments=[], history=_THANKED
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "fusion avec Agrimax" in body


def test_an_asset_with_a_decimal_comma_closes_no_aside() -> None:
    asset = "la baisse de la démarque de 4,2 % à 2,6 % sur mon rayon"
    assert as_subject(asset) == asset


def test_a_voicemail_says_its_interest_in_a_neutral_register() -> None:
    for gender in ("f", "m", "n"):
        context = build_context("fr_FR", candidate__gender=gender, commitments=[])
        body = st.render("voicemail", context, sent_on=date(2026, 12, 7)).body
        assert "Ça m’intéresse" not in body


def test_an_initiative_is_welcomed_without_a_promise_to_take_part() -> None:
    fact = "La station installe un nouveau télésiège débrayable pour la saison 2027."
    context = build_context(
        "fr_CA",
        company__facts=[fact],
        debrief__since=[],
        debrief__highlights=[],
        commitments=[],
        history=_THANKED,
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "télésiège" in body
    assert "contribuerais" not in body
    assert "prendrais volontiers part" not in body
    assert "belle nouvelle" in body or "excellente nouvelle" in body


def test_an_ill_the_interviewer_dwelt_on_is_not_given_importance() -> None:
    topic = {"subject": "climat scolaire, harcèlement : programme pHARe", "note": "il a insisté"}
    for name in ("Léa Roy", "Inès Kaci", "Marc Côté", "Noé Blais"):
        context = build_context("fr_FR", topics=[topic], candidate__name=name)
        body = st.render("thank_you", context).body
        assert "importance que vous accordez au climat scolaire et au harcèlement" not in body


def test_an_item_that_waits_for_leave_to_share_is_never_said_attached() -> None:
    promise = {"promise": "lui envoyer un rapport d'audit anonymisé de mon alternance"}
    notes = "faut que je demande l'accord de mon ancien boss avant d'envoyer le rapport"
    thanks = build_context("fr_FR", commitments=[promise], debrief__impressions=notes)
    assert (
        "dès que j’en aurai l’autorisation, je vous ferai parvenir"
        in st.render("thank_you", thanks).body
    )
    later = build_context(
        "fr_FR",
        commitments=[promise],
        debrief__impressions=notes,
        debrief__since=[],
        company__facts=[],
        history=_THANKED,
    )
    reminder = st.render("reminder", later, sent_on=date(2026, 12, 7)).body
    assert "ci-joint" not in reminder
    assert "J’attends encore l’autorisation de vous transmettre un rapport d’audit" in reminder


def test_a_trial_done_on_the_day_is_thanked_for_by_its_name() -> None:
    notes = "essai de 2h derrière le comptoir, ça a super bien été"
    body = st.render("thank_you", build_context("fr_CA", debrief__impressions=notes)).body
    assert "l’essai derrière le comptoir" in body
    assert "rrière" not in body.replace("derrière", "")


def test_details_that_say_the_item_s_scope_are_not_said_twice() -> None:
    promise = {
        "promise": "lui texter mes dispos pour les fins de semaine de décembre",
        "details": "toutes les fins de semaine de décembre, sauf le samedi 26",
    }
    body = st.render("thank_you", build_context("fr_CA", commitments=[promise])).body
    assert body.count("fins de semaine de décembre") == 1
