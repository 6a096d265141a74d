"""The reminders of reads 275 and 276 and pair reads 273, 277 and 278 (measured by reads 279
and 280): the hand asks where things stand and whether what it sent came; the program
pasted a topic and the CV in one mould."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as hs

import suivi_templates as st
from conftest import build_context, corpus_context
from suivi_templates.phrasing import as_sent


def _reminder_of_the_plan(ctx: st.InterviewContext) -> str:
    plan = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in plan.steps if s.kind == "reminder")
    return st.render("reminder", plan.context_on(step, ctx), sent_on=step.on).body


def test_a_reminder_asks_whether_what_was_sent_apart_came() -> None:
    """Pair read 278: « pas un mot de la figurine envoyée par la poste le 11 décembre »; the
    hand wrote « J'espère que la figurine peinte… vous est bien parvenue », read as a formula
    in its turn (reads 307 to 313): the reminder recalls it (« Je commenterai volontiers avec
    vous… » read stiff and presumptuous in read 340)."""
    body = _reminder_of_the_plan(corpus_context("fresh117", "do16-figurines-atelier"))
    assert "Je vous ai fait parvenir le 11\u00a0décembre la figurine peinte chez moi" in body
    assert "ci-joint" not in body
    assert "Comme promis" not in body
    tu = _reminder_of_the_plan(corpus_context("fresh117", "do08-camion-bouffe"))
    assert "Je t’ai fait parvenir le 9\u00a0décembre le menu test de trois plats" in tu


def test_what_the_thank_you_kept_is_not_asked_after() -> None:
    """Due before the thank-you left, it went with it: nothing was sent apart."""
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-10"},
        history=[{"kind": "thank_you", "on": "2026-11-12"}],
        commitments=[
            {"promise": "lui envoyer mon portfolio", "done": True, "due": "2026-11-11"},
            {"promise": "lui donner le nom de ma tutrice", "done": True, "due": "2026-11-20",
             "details": "Mme Anne Roux, 06 12 34 56 78"},
        ],
    )  # fmt: skip
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "J’espère" not in body


def test_a_reminder_with_nothing_new_offers_the_topic_and_asks_where_things_stand() -> None:
    """Reads 275 and 276: « J'ai apprécié notre échange sur la cadence. Le poste m'intéresse
    toujours autant, et j'aimerais apporter à votre équipe mes six ans… », fifteen times; pair
    read 273: five reminders that never asked where the process stood; pair reads 317 and
    318: the question in every program reminder, in none by hand. Some ask, some do not."""
    asked = 0
    for seed in range(8):
        ctx = build_context(
            "fr_CA",
            interview={"date": f"2026-11-{seed + 2:02d}"},
            topics=[{"subject": "la cadence : 6 figurines/jour"}, {"subject": "la crue"}],
            history=[{"kind": "thank_you", "on": f"2026-11-{seed + 3:02d}"}],
            company__facts=[],
            commitments=[],
            debrief__since=[],
            debrief__highlights=["mes six ans de peinture sur commande"],
        )  # fmt: skip
        body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
        assert "J’ai apprécié notre échange" not in body
        assert "J’ai repensé" not in body
        asked += len(re.findall(r"(?i)où en est|a-t-il avancé", body))
        offers = ("disponible", "disposition", "volontiers", "n’hésitez pas")
        assert sum(body.count(offer) for offer in offers) == 1, body
    assert 0 < asked < 8


@given(hs.text(alphabet="unedsabcç 23", max_size=30))
def test_what_was_sent_never_reads_as_one_among_others(item: str) -> None:
    sent = as_sent(item.strip())
    assert not sent.lower().startswith(("un ", "une ", "des "))
