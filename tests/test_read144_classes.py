"""What read 144 found in the drafts of fresh53, in contexts written for this file.

Read 144 measured the end state of a session once, before any change it prompted
(docs/verifications.md).

- « vins nature et orange » gave « les vins nature et l'orange » (the fruit).
- « Carnaval de Québec » gave « notre échange sur Carnaval de Québec ».
- « quelles plantes conseiller pour un balcon ? » gave « les plantes conseiller ».
- « internat ? — non, externat seulement » was the reminder's topic (« m'a confortée »).
- « le test sur route est le 14 décembre », spoken without its day, ended on « est. ».
- « la rappeler lundi pour dire si… » gave « voici ce que je vous ai promis : » and, on the
  voicemail, « je vous confirme : je préfère… ».
- Pair read 145: a topic said alone (« Je retiens en particulier notre discussion sur… »),
  then « …m'a préparée à ces fonctions » with the interest, were two stock frames; a task
  of the post the person met insisted on and the asset now make one sentence, as the hand
  writes it.
"""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import topic_phrase


def test_an_adjective_coordinated_after_its_noun_takes_no_article() -> None:
    for typed in ("vins nature et orange", "vins nature/orange", "vins nature / orange"):
        assert topic_phrase(typed) == "les vins nature et orange"
    assert topic_phrase("gardes 24 h / rythme") == "les gardes 24 h et le rythme"


def test_an_event_named_by_a_common_noun_takes_its_article() -> None:
    ctx = build_context("fr_CA", topics=[{"subject": "Carnaval de Québec : pic de demandes"}])
    body = st.render("thank_you", ctx).body
    assert "Carnaval de Québec" in body
    assert "sur Carnaval" not in body
    assert "de Carnaval" not in body


def test_which_things_to_do_are_the_things_to_do() -> None:
    assert topic_phrase("quelles plantes conseiller pour un balcon plein nord?") == (
        "les plantes à conseiller pour un balcon plein nord"
    )
    assert topic_phrase("quels sont vos délais de paiement") == "vos délais de paiement"


_THANKED = [{"kind": "thank_you", "on": "2026-11-04", "channel": "email"}]


def test_a_topic_the_notes_answer_no_is_not_the_letters_topic() -> None:
    topics = [
        {"subject": "internat ?", "note": "non, externat seulement"},
        {"subject": "gestion des absences sur Pronote"},
    ]
    ctx = build_context(
        "fr_FR",
        topics=topics,
        interview__date="2026-11-03",
        history=_THANKED,
        debrief__since=[],
        company__facts=[],
        commitments=[],
    )
    for kind in ("thank_you", "reminder"):
        assert "internat" not in st.render(kind, ctx, sent_on=date(2026, 11, 25)).body


def test_a_day_that_is_the_news_stays_when_spoken() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-10-22",
        history=[{"kind": "thank_you", "on": "2026-10-23", "channel": "email"}],
        next_steps={"decision_by": "2026-11-30", "channel": "phone"},
        debrief__since=[
            "J'ai réussi mon examen théorique le 20 novembre, le test sur route est le 14 décembre."
        ],
    )
    script = st.render("phone_script", ctx, sent_on=date(2026, 12, 1)).body
    assert "le test sur route est le 14" in script
    assert "est." not in script


def test_an_answer_promised_by_a_call_is_given_as_an_answer() -> None:
    promise = {
        "promise": "la rappeler lundi pour dire si je prends le poste du matin ou de l'après-midi",
        "details": "je préfère le poste du matin, 6h-13h",
    }
    ctx = build_context("fr_FR", commitments=[promise])
    script = st.render("phone_script", ctx).body
    assert "ce que je vous ai promis" not in script
    assert "Vous m’aviez demandé si je prends le poste du matin" in script
    voicemail = st.render("voicemail", ctx).body
    assert "je vous confirme\u00a0: je préfère" not in voicemail


def test_a_task_topic_and_an_asset_make_one_sentence_in_the_thank_you() -> None:
    ctx = build_context(
        "fr_CA",
        topics=[
            {"subject": "pesée des véhicules lourds au poste de contrôle", "note": "il a insisté"}
        ],
        debrief__highlights=["8 ans comme répartitrice en transport lourd"],
        debrief__struck_by=None,
        debrief__to_add=None,
        candidate__gender="f",
    )
    body = st.render("thank_you", ctx).body
    # Since reads 287 and 288: the topic in its sentence, the asset with the interest.
    sentence = next(p for p in body.split("\n\n") if "répartitrice" in p)
    assert sentence == body.split("\n\n")[-3]
    assert "pesée des véhicules lourds" in body
    assert "pesée des véhicules lourds" not in sentence
    assert "préparée à ces fonctions" not in body


def test_going_home_is_a_condition_not_what_an_asset_prepared_for() -> None:
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "retour à la maison aux deux semaines"}],
        debrief__highlights=["8 ans de longue distance sans accident"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    assert not re.search(r"retour à la maison[^.]*m’y ont", body)


def test_a_family_name_typed_first_in_capitals_is_the_one_said() -> None:
    """fresh54, at first contact: « NGUYEN Van Thanh » was greeted « Monsieur Nguyen Van
    Thanh », « Van » read as a particle."""
    ctx = build_context(
        "fr_FR", interviewer__name="NGUYEN Van Thanh", interviewer__civility="Monsieur"
    )
    assert st.render("voicemail", ctx).body.startswith("Bonjour Monsieur Nguyen,")
