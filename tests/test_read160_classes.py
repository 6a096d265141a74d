"""What read 160 found in the drafts of fresh62, in contexts written here.

Read 160 measured e4af438 once, before any change it prompted (docs/verifications.md):
« jusqu'a l'essayage », « …verrier vers transmission », « je vous ferai parvenir dans les
prochains jours une copie de ma carte dès que je la retrouve ».
"""

from __future__ import annotations

from datetime import date

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
    assert "ma carte ASP construction dès que je la retrouve." in thanks
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
