"""What pair read 134 told apart in the reminders of fresh48, in contexts written for this file.

Pair read 134 was measured once, before any change it prompted (docs/verifications.md).

- A reminder does not open on « ma candidature », and its opening and the first new
  element make one paragraph.
- Company news is not tied to a topic by « ce qui fait écho à… »; an asset that shares its
  words follows it. Not after congratulations: « …pourraient vous être utiles pour vos
  prochains projets » after a prize read as filler (pair read 254).
- A reminder with nothing new says one topic: the asset tied to it, then the interest.
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]
_NEWS = "La Coopérative Horizon a remporté le prix de la coopérative de l’année en Montérégie."


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
@pytest.mark.parametrize("seed", range(6))
def test_a_reminder_opens_on_the_interview_and_the_post(locale: str, seed: int) -> None:
    context = build_context(
        locale,
        candidate__name=f"Camille Roy{'-Tremblay' * (seed % 2)}",
        interview__date=f"2026-11-{10 + seed}",
        history=[{"kind": "thank_you", "on": f"2026-11-{11 + seed}", "channel": "email"}],
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    opening = body.split("\n\n")[1]
    assert "ma candidature" not in opening
    assert "poste" in opening.split(".")[0]


def test_company_news_is_followed_by_what_the_candidate_would_bring() -> None:
    context = build_context(
        "fr_CA",
        company__facts=[_NEWS],
        debrief__since=[],
        debrief__highlights=["six ans de comptabilité dans une coopérative agricole"],
        commitments=[],
        history=_THANKED,
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "fait écho" not in body
    assert "toutes mes félicitations" in body
    assert "prochains projets" not in body


def test_a_reminder_with_nothing_new_says_one_topic_with_its_asset() -> None:
    topics = [
        {"subject": "les élèves TSA en ULIS"},
        {"subject": "la cantine et le temps périscolaire"},
    ]
    context = build_context(
        "fr_FR",
        topics=topics,
        company__facts=[],
        debrief__since=[],
        debrief__highlights=["deux ans d’animation périscolaire à Roubaix"],
        commitments=[],
        history=_THANKED,
    )
    body = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "périscolaire à Roubaix m’y ont préparée" in body or "Roubaix" in body
    assert "ULIS" not in body


def test_a_thank_you_says_its_asset_with_its_interest_in_one_sentence() -> None:
    highlights = ["deux étés comme technicienne en contrôle qualité chez un transformateur"]
    context = build_context("fr_CA", debrief__highlights=highlights, debrief__struck_by=None)
    body = st.render("thank_you", context).body
    # Since reads 287 and 288, with the interest, in the closing sentence: never tied to a
    # topic by a colon, nor « …m'ont préparée à ces fonctions » (a mould); never alone.
    sentence = next(p for p in body.split("\n\n") if "deux étés comme technicienne" in p)
    assert sentence == body.split("\n\n")[-3]
    assert "préparée" not in sentence
    assert "intéress" in sentence or "heureuse" in sentence


def test_a_promise_sent_by_text_is_sent_the_same_day_and_an_aside_that_qualifies_stays() -> None:
    promises = [
        {"promise": "lui envoyer une photo de ma carte de compétence CCQ par texto"},
        {"promise": "lui envoyer un exemple de procès-verbal que j’ai rédigé (anonymisé)"},
    ]
    body = st.render("thank_you", build_context("fr_CA", commitments=promises)).body
    assert "vous envoie aujourd’hui par texto une photo de ma carte de compétence CCQ." in body
    assert "procès-verbal que j’ai rédigé, anonymisé" in body
