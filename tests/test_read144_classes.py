"""What read 144 found in the drafts of fresh53, in contexts written for this file.

Read 144 measured the end state of a session once, before any change it prompted
(docs/verifications.md).

- « vins nature et orange » gave « les vins nature et l'orange » (the fruit).
- « Carnaval de Québec » gave « notre échange sur Carnaval de Québec ».
- « quelles plantes conseiller pour un balcon ? » gave « les plantes conseiller ».
"""

from __future__ import annotations

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
