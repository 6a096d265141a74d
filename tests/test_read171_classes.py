"""What the blind read 171 and the pair read 172 found in fresh69 (measured at 1a3b052, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_the_two_languages_of_a_bilingual_post_are_both_said() -> None:
    """« standardiste bilingue français » for « Standardiste bilingue français/néerlandais »
    (four drafts)."""
    title = "Standardiste bilingue français/néerlandais (H/F) - CDI 35h"
    assert (
        phrasing.role_as_said(title, "f", False) == "standardiste bilingue français et néerlandais"
    )


def test_their_news_stays_theirs_after_a_plural_subject() -> None:
    """« J'ai lu avec intérêt que les Jardins de Beaublanc fêteront vos 50 ans ». An
    anniversary is told no more (reads 192 to 201); the same possessive, in other news."""
    ctx = build_context(
        "fr_FR",
        company={
            "name": "Les Jardins de Beaublanc",
            "facts": ["Les Jardins de Beaublanc agrandiront leurs serres en juin 2027"],
        },
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "vos serres" not in body
    assert "leurs serres" in body


def test_donc_after_a_modal_verb_takes_no_comma() -> None:
    """« je peux, donc vous en transmettre une copie »."""
    said = phrasing.as_written(
        "J'ai reçu mon diplôme : je peux donc vous en transmettre une copie."
    )
    assert "peux, donc" not in said


def test_news_that_offers_the_promised_item_does_not_announce_it_twice() -> None:
    """« …: je peux donc vous en transmettre une copie. » then « Comme promis, vous trouverez
    ci-joint une copie de mon diplôme »."""
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui transmettre une copie de mon diplôme d'État dès que je le reçois",
                "done": False,
            }
        ],
        debrief__since=[
            "J'ai reçu le 3 décembre mon diplôme d'État : je peux donc vous en transmettre une "
            "copie."
        ],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert body.count("copie de mon diplôme") + body.count("en transmettre une copie") == 1


def test_a_call_back_after_the_holidays_is_waited_for() -> None:
    """« Elle rappelle après les Fêtes pour une 2e entrevue » : a reminder, a call and a
    voicemail in December (three drafts at 1 or 2)."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-16",
        next_steps={},
        history=[],
        debrief__impressions="Elle rappelle après les Fêtes pour une 2e entrevue sur place.",
    )
    steps = st.plan(ctx, today=ctx.interview.date).steps
    assert all(step.on >= date(2027, 1, 8) for step in steps if step.kind != "thank_you")


def test_an_anniversary_of_a_later_year_is_not_congratulated() -> None:
    """« fête ses 40 ans en 2027 », congratulated in November 2026."""
    assert phrasing.news_kind("L'étude fête ses 40 ans en 2027", date(2026, 11, 10)) != "succes"


def test_an_answer_given_is_not_recalled_without_what_it_said() -> None:
    """« Je vous ai confirmé ma date de disponibilité » « n'a aucun sens pour la
    destinataire »."""
    ctx = build_context(
        "fr_CA",
        commitments=[{"promise": "lui confirmer ma date de disponibilité", "done": True}],
    )
    assert "confirmé ma date" not in st.render("thank_you", ctx).body
