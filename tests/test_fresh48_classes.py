"""The faults fresh48 showed at first contact, in contexts written for this file.

fresh48 was measured once, before any change it prompted (docs/verifications.md): one
wrong refusal, one detector alarm, and what the drafts of read 133 showed.

- A name in capitals after a single capital and a hyphen (« I-CAR ») is not a shout.
- « dès que je l'ai » in a promise says the item is awaited: it is promised « dès
  réception » once, and one awaits the permit, not « une copie de mon permis ».
- A call does not say « encore » twice (« pas encore reçu », « encore plus envie »).
- Notes as typed: « heures sup », « période de rush », « insta », « compos », « la
  biosecurite », « Audioprothésiste D.E. »; a topic headed by a law or an agreement (« Loi
  16 », « Entente MAPAQ-Ville ») takes its article; « la liste », « le chèque ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import role_as_said, topic_phrase

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def test_a_hyphenated_name_in_capitals_is_not_a_shout() -> None:
    context = build_context(
        "fr_CA",
        # Sent, not handed over: a thank-you no longer says what was brought (read 166).
        commitments=[{"promise": "lui envoyer mes certifs I-CAR (aluminium)", "done": True}],
    )
    draft = st.render("thank_you", context)
    assert "I-CAR" in draft.body
    codes = {f.code for f in st.check("Mes certifications I-CAR sont à jour.").findings}
    assert "pushy.shouting" not in codes
    shouted = st.check("C’est TRÈS IMPORTANT pour moi.", kind="reminder").findings
    assert "pushy.shouting" in {f.code for f in shouted}


def test_a_promise_kept_on_receipt_says_it_once_and_awaits_the_item_itself() -> None:
    promise = {"promise": "lui envoyer une copie de mon permis de l'OEQ dès que je l'ai"}
    context = build_context(
        "fr_CA", commitments=[promise], debrief__since=[], debrief__impressions=None
    )
    thanks = st.render("thank_you", context).body
    assert thanks.count("dès") == 1
    assert "dès réception" in thanks
    later = build_context(
        "fr_CA",
        commitments=[promise],
        history=_THANKED,
        debrief__since=[],
        debrief__impressions=None,
    )
    reminder = st.render("reminder", later, sent_on=date(2026, 12, 7)).body
    assert "Je n’ai pas encore reçu mon permis de l’OEQ" in reminder
    assert "je vous en enverrai une copie dès réception" in reminder
    assert "ci-joint" not in reminder


def test_a_call_with_an_awaited_item_and_news_says_encore_once() -> None:
    fact = "L'école ouvre un point de service à Saint-Romuald en janvier."
    context = build_context(
        "fr_CA",
        commitments=[{"promise": "lui envoyer mon dossier de conduite quand je le reçois"}],
        company__facts=[fact],
        debrief__since=[],
        history=_THANKED,
        next_steps={"decision_by": "2026-11-27", "channel": "phone"},
    )
    script = st.render("phone_script", context, sent_on=date(2026, 12, 7)).body
    assert "pas encore reçu" in script
    assert script.count("encore") == 1


def test_notes_typed_in_shorthand_are_written_out() -> None:
    context = build_context(
        "fr_FR",
        debrief__to_add="Pour les heures sup, je suis dispo les samedis en période de rush.",
        commitments=[
            {
                "promise": "lui envoyer le lien de mon compte insta avec mes compos",
                "done": True,
                "link": "https://www.instagram.com/exemple/",
            }
        ],
    )
    body = st.render("thank_you", context).body
    assert "heures supplémentaires" in body
    assert "période de pointe" in body
    assert "compte Instagram avec mes compositions" in body
    assert "rush" not in body


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Loi 16 : fonds de prévoyance, carnet d’entretien", "la Loi 16"),
        ("Entente MAPAQ-Ville", "l’Entente MAPAQ-Ville"),
        ("Plan Nord", "le Plan Nord"),
        ("Power BI", "Power BI"),
        ("liste d'attente en SAD, 340 usagers", "la liste d'attente en SAD"),
        ("précarité énergétique, chèque énergie", "la précarité énergétique et le chèque énergie"),
    ],
)
def test_a_topic_takes_the_article_its_head_wants(typed: str, written: str) -> None:
    assert topic_phrase(typed) == written


def test_a_state_diploma_and_a_compound_are_written_as_french_writes_them() -> None:
    assert role_as_said("Audioprothésiste D.E. (H/F) – CDI 35h", "f") == "audioprothésiste DE"
    topic = {"subject": "biosecurite (grippe aviaire)", "note": "douche obligatoire"}
    body = st.render("thank_you", build_context("fr_CA", topics=[topic])).body
    assert "biosécurité" in body
