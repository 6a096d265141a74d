"""What read 139 found in the drafts of fresh51, in contexts written for this file.

Read 139 measured the end state of a session once, before any change it prompted
(docs/verifications.md).

- « dès que le CFA me la renvoie » says the item is awaited, as « dès que je l'ai » does, and
  is not pasted after « dès réception ».
- « soins à domicile vs en chambre funéraire » gave « l'en chambre funéraire ».
"""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import topic_phrase

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def test_an_item_someone_else_will_send_back_is_awaited_and_said_once() -> None:
    promise = {"promise": "lui envoyer une copie de mon BTM dès que le CFA me la renvoie"}
    thanks = st.render("thank_you", build_context("fr_FR", commitments=[promise])).body
    assert "dès réception" in thanks
    assert "renvoie" not in thanks
    later = build_context(
        "fr_FR", commitments=[promise], history=_THANKED, debrief__since=[], company__facts=[]
    )
    reminder = st.render("reminder", later, sent_on=date(2026, 12, 7)).body
    assert "Je n’ai pas encore reçu mon BTM" in reminder
    assert "renvoie" not in reminder


def test_a_choice_of_places_repeats_the_noun_it_qualifies() -> None:
    assert topic_phrase("soins à domicile vs en chambre funéraire ?") == (
        "le choix entre les soins à domicile et les soins en chambre funéraire"
    )
    assert topic_phrase("le four à bois vs le four électrique") == (
        "le choix entre le four à bois et le four électrique"
    )


def test_a_second_noun_takes_its_article_even_with_a_complement() -> None:
    """Read aloud at the end of the session: « sur la levée de doute et lien avec la police
    nationale », then, cut for a call, « la levée de doute et lien »."""
    topic = topic_phrase("levée de doute et lien avec la police nationale")
    assert topic == "la levée de doute et le lien avec la police nationale"
