"""What the blind read 183 found in fresh74 (measured at 3140915, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def _first_follow_up(ctx: st.InterviewContext, today: date) -> date:
    return next(step.on for step in st.plan(ctx, today=today).steps if step.kind != "commitment")


def test_a_delay_the_notes_give_later_than_the_decision_noted_is_waited_for() -> None:
    """« Il a dit pas avant la mi-décembre », beside a decision_by of 30 November: two calls
    on 10 December."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-18",
        next_steps__decision_by="2026-11-30",
        next_steps__short_process=False,
        debrief__impressions="Il a dit pas avant la mi-décembre à cause du pic Black Friday.",
        history=[{"kind": "thank_you", "on": "2026-11-19", "channel": "email"}],
    )
    assert _first_follow_up(ctx, date(2026, 11, 25)) > date(2026, 12, 15)


def test_a_day_announced_without_its_month_is_waited_for() -> None:
    """« Elle rappelle avant le spectacle de Noël du 12 » : a call on the 10th."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-26",
        next_steps__decision_by=None,
        next_steps__short_process=True,
        next_steps__channel="phone",
        debrief__impressions="Elle rappelle avant le spectacle de Noël du 12 normalement.",
        history=[{"kind": "thank_you", "on": "2026-11-27", "channel": "email"}],
    )
    assert _first_follow_up(ctx, date(2026, 11, 30)) > date(2026, 12, 12)


def test_a_permit_passed_but_not_delivered_is_not_sent() -> None:
    """« Je vous envoie aujourd'hui une copie de mon permis C », the permit « dès réception du
    titre »: the only draft at 1."""
    ctx = build_context(
        "fr_FR",
        commitments=[{"promise": "lui envoyer une copie de mon permis C dès que je l'ai"}],
        debrief__since=[
            "J'ai réussi le 2 décembre l'examen pratique du permis C : je pourrai donc conduire "
            "le camion traceur dès réception du titre."
        ],
        history=[{"kind": "thank_you", "on": "2026-11-09", "channel": "email"}],
    )
    for kind in ("voicemail", "phone_script"):
        body = st.render(kind, ctx, sent_on=date(2026, 12, 7)).body
        assert "vous envoie" not in body


def test_a_result_achieved_once_prepared_for_nothing() -> None:
    """« une démarque ramenée de 3,8 % à 2,2 % en 18 mois m'y a préparé »."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "démarque connue/inconnue", "note": "il en a parlé longtemps"}],
        debrief__highlights=[
            "6 ans comme manager du rayon boucherie",
            "une démarque ramenée de 3,8 % à 2,2 % en 18 mois",
        ],
        debrief__since=[],
        company__facts=[],
        commitments=[],
        history=[{"kind": "thank_you", "on": "2026-11-05", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 11, 23)).body
    assert "m’y a préparé" not in body


def test_after_a_call_in_a_process_run_in_writing_the_next_follow_up_is_written() -> None:
    """A call made first, then the plan proposed a second call: « deuxième appel sans
    relance écrite alors que le processus passe par courriel (R18) » (read 183, two drafts)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-13",
        next_steps__decision_by="2026-11-27",
        next_steps__channel="email",
        history=[
            {"kind": "thank_you", "on": "2026-11-16", "channel": "email"},
            {"kind": "phone_call", "on": "2026-11-30", "channel": "phone"},
        ],
    )
    (step,) = st.plan(ctx, today=date(2026, 12, 5)).steps
    assert (step.kind, step.channel) == ("reminder", "email")
    assert "lundi 30\xa0novembre" in step.note
    assert "R18" in step.rules


def test_in_a_process_run_by_phone_a_call_follows_a_call() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-13",
        next_steps__decision_by="2026-11-27",
        next_steps__channel="phone",
        history=[
            {"kind": "thank_you", "on": "2026-11-16", "channel": "email"},
            {"kind": "phone_call", "on": "2026-11-30", "channel": "phone"},
        ],
    )
    (step,) = st.plan(ctx, today=date(2026, 12, 5)).steps
    assert step.kind == "phone_call"
