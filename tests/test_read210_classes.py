"""What the blind read 210 found in fresh83 (measured at 5de950a, once)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as hyp

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.inclusive import feminine_title
from suivi_templates.models import Company
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.news import fact_as_noun, is_anniversary
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.typed import as_written
from suivi_templates.tutoiement import with_tu


def test_a_title_doubling_its_consonant_is_feminine_whole() -> None:
    """« Cadet(te) policier(ère) » said « poste de cadet policière » (D016, D029, D032,
    D067)."""
    assert feminine_title("Cadet(te) policier(ère) – été 2027") == "Cadette policière – été 2027"
    ctx = build_context(
        "fr_CA", role__title="Cadet(te) policier(ère) – été 2027", candidate__gender="f"
    )
    assert "poste de cadette policière" in st.render("thank_you", ctx).subject


def test_a_texter_s_g_is_j_ai() -> None:
    """« Ce que je retiens surtout : le g été surpris par la taille des pièces » (D037)."""
    said = as_written("g ete surpris par la taille des pieces, jusqu'a 2 tonnes", gender="m")
    assert said.startswith("J’ai été surpris par la taille des pièces, jusqu")
    assert as_written("le g du mot") == "le g du mot"


def test_typed_slips_of_which_and_of_the_city_centre() -> None:
    """« la vitesse a laquelle » (D077), « centre ville » (D028)."""
    assert as_written("la vitesse a laquelle ils posent") == "la vitesse à laquelle ils posent"
    assert as_written("les égouts du centre ville") == "les égouts du centre-ville"


@pytest.mark.parametrize(
    ("subject", "phrase"),
    [
        # D049: « vos explications sur la façon de snowmaker et le logiciel de pilotage ».
        ("Snowmaker / logiciel de pilotage", "Snowmaker et le logiciel de pilotage"),
        # D035: « le nombre de vols et saison ».
        ("nb de vols/saison", "nb de vols par saison"),
    ],
)
def test_a_topic_keeps_its_name_and_its_rate(subject: str, phrase: str) -> None:
    assert phrasing.topic_phrase(subject) == phrase


def test_an_anniversary_celebrated_is_no_news() -> None:
    """« J'ai appris que vous avez fêté vos 90 ans » said to the owner (D045)."""
    assert is_anniversary("Le Petit Robinson a fêté ses 90 ans cet été.")


def test_a_figure_jotted_as_a_fact_is_a_noun_phrase() -> None:
    """« J'ai lu avec intérêt que 20 % de gaz vert injecté… », no verb (D051)."""
    fact = "20 % de gaz vert injecté dans le réseau de la métropole lilloise en 2026"
    assert fact_as_noun(fact) == f"les {fact}"


def test_a_fact_the_thank_you_told_is_no_news_in_the_reminder() -> None:
    """The reminder told the 20 % of green gas the thank-you was struck by (D051)."""
    ctx = build_context(
        "fr_FR",
        company__facts=["20 % de gaz vert injecté dans le réseau de la métropole en 2026"],
        debrief__struck_by=(
            "J'ai été frappée par votre engagement sur le biométhane, avec déjà 20 % de gaz "
            "vert injecté dans la métropole."
        ),
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-05", "channel": "email"}],
        next_steps={"channel": "email"},
    )
    assert "gaz vert" not in st.render("reminder", ctx, sent_on=date(2026, 12, 21)).body


@pytest.mark.parametrize(
    ("name", "at"),
    [
        # D054: « chez Administration portuaire de Belledune ».
        ("Administration portuaire de Belledune", "à l’Administration portuaire de Belledune"),
        # D008: « à La CUMA des Bouilleurs du Val de Saire ».
        ("La CUMA des Bouilleurs du Val de Saire", "à la CUMA des Bouilleurs du Val de Saire"),
    ],
)
def test_an_organisation_takes_the_sentence_s_article(name: str, at: str) -> None:
    assert organisation(Company(name=name)).at == at


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # D013, D040: a call on the Tuesday itself after « on vous rappelle lundi ou mardi ».
        ("le chef a dit on vous rappelle lundi ou mardi", date(2026, 12, 8)),
        # D028, D043, D044: reminders in November after « réponse mi décembre ».
        ("elle a dit réponse mi décembre après la CAP", date(2026, 12, 15)),
    ],
)
def test_the_later_day_said_is_waited_for(note: str, day: date) -> None:
    assert announced_day([note], date(2026, 12, 1)) == day


def test_a_call_back_said_to_the_candidate_gets_its_grace() -> None:
    """« on vous rappelle lundi ou mardi » is the person met calling back: the plan waits a
    few business days more, as after « il m'appellera » (D013, D040)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-12-01",
        next_steps={"channel": "phone", "short_process": True},
        history=[{"kind": "thank_you", "on": "2026-12-02", "channel": "email"}],
        debrief__impressions="le chef a dit on vous rappelle lundi ou mardi",
    )
    steps = [s for s in st.plan(ctx, today=date(2026, 12, 2)).steps if s.kind != "commitment"]
    assert steps
    assert all(s.on > date(2026, 12, 10) for s in steps)


def _mutual_tu(**changes: object) -> st.InterviewContext:
    said = {
        "debrief__impressions": "Ben (il a dit appelle-moi Ben) très chaleureux, on s'est tutoyés"
    }
    return build_context(
        "fr_CA",
        interviewer__name="Benoît Mac Kay",
        interviewer__civility="Monsieur",
        **(said | changes),
    )


def test_a_tu_given_back_is_said_in_the_whole_draft() -> None:
    """« Bonjour Benoît, » then « vous » (twelve drafts of read 210), and « J'ai apprécié ta
    façon… » in a letter that said « vous » (D030)."""
    ctx = _mutual_tu(debrief__struck_by="J'ai adoré ta façon de parler du fil.")
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Ben,")
    assert re.search(r"\b(?:vous|votre|vos)\b", body) is None
    assert re.search(r"\bt(?:e |’|on |a |es )", body)
    assert "Bien à toi," in body


def test_a_tu_only_received_keeps_vous() -> None:
    ctx = _mutual_tu(debrief__impressions="Il m'a tutoyé direct.")
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Benoît,")
    assert re.search(r"\b(?:vous|votre)\b", body)


def test_a_call_says_vous_to_whoever_answers_first() -> None:
    body = st.render("phone_script", _mutual_tu(), sent_on=date(2026, 12, 8)).body
    before, _, after = body.partition("\nAvec ")
    assert "s’il vous plaît" in before
    assert re.search(r"\b(?:vous|votre|vos)\b", after) is None


def test_the_organisation_s_news_keeps_its_plural_you() -> None:
    """« J'ai vu que tu as obtenu 6 PREM de plus » said the CISSS's news of the doctor."""
    ctx = _mutual_tu(
        company__facts=["Le Centre a reçu un don de 1,2 M$."],
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
        next_steps={"channel": "email"},
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 21)).body
    assert "votre centre a reçu un don" in body
    assert "Je te" in body or "je t’" in body


@given(hyp.text(alphabet="abcdeéèàu’ .,;!?«»-\nTtMmSs", max_size=80))
def test_a_text_without_vous_is_left_as_it_is(text: str) -> None:
    assert with_tu(text) == text


@given(
    hyp.lists(
        hyp.sampled_from(
            [
                "Je vous remercie.",
                "Vous trouverez ci-joint mon CV.",
                "Pourriez-vous me rappeler ?",
                "J’ai aimé votre accueil et vos explications.",
                "Si vous avez des questions, n’hésitez pas.",
                "Vous vous appelez tous par vos prénoms.",
                "Merci à vous.",
            ]
        ),
        max_size=6,
    )
)
def test_turning_a_draft_to_tu_twice_changes_nothing_more(sentences: list[str]) -> None:
    once = with_tu(" ".join(sentences))
    assert with_tu(once) == once


def test_a_panel_member_named_by_rank_is_thanked() -> None:
    """« agente Mélissa Ouimet », « Cne Mathilde Roux » were not thanked (D039, D067), and
    « Dr Sarah Whitfield » was « le Dr Whitfield » (D026)."""
    assert phrasing.others_met(
        "Jury : col. Le Gall, Cne Mathilde Roux, Mme Ferrand (RH)", "Hervé Le Gall"
    ) == ["la capitaine Roux", "Mme Ferrand"]
    assert phrasing.others_met("Jury : M. Truong + Dr Sarah Whitfield", "Truong Van Hai") == [
        "la Dre Whitfield"
    ]
    assert phrasing.others_met("Avec une agente RH de Moncton et Mme Roy", "Paul Lebrun") == [
        "Mme Roy"
    ]
