"""timing.* checks: each fires on a bad date and stays quiet on a near miss (R7, R11, R12, R17).

They share the planner's date rules, so sending each step of a plan on its day never fires.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hyp

import suivi_templates as st
from planner_contexts import make_context
from suivi_templates.checks.base import Check, Target
from suivi_templates.checks.timing import TIMING_CHECKS

CHECKS = {check.code: check for check in TIMING_CHECKS}
ERRORS = [check for check in TIMING_CHECKS if check.severity == "error"]
NOV = 11


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


@dataclass(frozen=True)
class Example:
    code: str
    fires: bool
    kind: str | None
    today: date | None
    context: dict[str, Any]
    expect: tuple[str, ...] = ()  # fragments of the message or suggestion when it fires

    def target(self) -> Target:
        return Target("Bonjour", make_context(**self.context), kind=self.kind, today=self.today)


THANKED = ("thank_you", d(NOV, 20))
EXAMPLES = [
    # --- late thank-you (R7): the window ends on the 2nd business day after the interview
    Example("timing.late_thank_you", True, "thank_you", d(NOV, 24), {}, ("R7", "jeudi 3")),
    Example("timing.late_thank_you", False, "thank_you", d(NOV, 23), {}),
    Example("timing.late_thank_you", False, "thank_you", d(NOV, 20), {}),
    Example("timing.late_thank_you", True, "thank_you", d(12, 4), {}, ("trop tard",)),
    Example("timing.late_thank_you", False, "reminder", d(12, 4), {}),
    Example(  # Québec: 24 June is off, so Friday 26 is still in time …
        "timing.late_thank_you", False, "thank_you", d(6, 26), {"interview": d(6, 23)}
    ),
    Example(  # … but not in France
        "timing.late_thank_you",
        True,
        "thank_you",
        d(6, 26),
        {"interview": d(6, 23), "locale": "fr_FR"},
        ("entretien",),
    ),
    # --- early reminder (R12, R18, and the gap after the last contact)
    Example(
        "timing.early_reminder",
        True,
        "reminder",
        d(NOV, 27),
        {"decision_by": d(NOV, 28), "history": [THANKED]},
        ("R12", "Attendez le lundi 30\u00a0novembre 2026."),
    ),
    Example(
        "timing.early_reminder",
        True,
        "reminder",
        d(NOV, 28),
        {"decision_by": d(NOV, 28), "history": [THANKED]},
    ),
    Example(
        "timing.early_reminder",
        False,
        "reminder",
        d(NOV, 30),
        {"decision_by": d(NOV, 28), "history": [THANKED]},
    ),
    Example("timing.early_reminder", True, "reminder", d(12, 2), {}, ("deux semaines",)),
    Example("timing.early_reminder", False, "reminder", d(12, 3), {}),
    Example(
        "timing.early_reminder",
        True,
        "reminder",
        d(NOV, 25),
        {"short_process": True},
        ("une semaine",),
    ),
    Example("timing.early_reminder", False, "reminder", d(NOV, 26), {"short_process": True}),
    Example(
        "timing.early_reminder",
        True,
        "phone_script",
        d(12, 4),
        {"history": [THANKED, ("reminder", d(NOV, 30))]},
        ("R18", "Appel", "Attendez le lundi 7\u00a0décembre 2026."),
    ),
    Example(
        "timing.early_reminder",
        False,
        "voicemail",
        d(12, 7),
        {"history": [THANKED, ("reminder", d(NOV, 30))]},
    ),
    Example(  # a late thank-you on Friday 27: four business days before any reminder
        "timing.early_reminder",
        True,
        "reminder",
        d(NOV, 30),
        {"decision_by": d(NOV, 28), "history": [("thank_you", d(NOV, 27))]},
        ("dernier contact", "Attendez le jeudi 3\u00a0décembre 2026."),
    ),
    Example(
        "timing.early_reminder",
        False,
        "reminder",
        d(12, 3),
        {"decision_by": d(NOV, 28), "history": [("thank_you", d(NOV, 27))]},
    ),
    Example(  # the reminder already logged today is this draft, not a first reminder
        "timing.early_reminder",
        False,
        "reminder",
        d(12, 3),
        {"history": [THANKED, ("reminder", d(12, 3))]},
    ),
    Example("timing.early_reminder", False, "thank_you", d(NOV, 20), {}),
    # --- too many reminders (R17): the thank-you plus two follow-ups, never more
    Example(
        "timing.too_many_reminders",
        True,
        "reminder",
        d(12, 15),
        {"history": [THANKED, ("reminder", d(12, 3)), ("phone_call", d(12, 10), "phone")]},
        ("R17", "R23"),
    ),
    Example(
        "timing.too_many_reminders",
        False,
        "phone_script",
        d(12, 10),
        {"history": [THANKED, ("reminder", d(12, 3))]},
    ),
    Example(  # the voicemail of a call already logged today is the same contact (R21)
        "timing.too_many_reminders",
        False,
        "voicemail",
        d(12, 10),
        {"history": [THANKED, ("reminder", d(12, 3)), ("phone_call", d(12, 10), "phone")]},
    ),
    Example(
        "timing.too_many_reminders",
        True,
        "phone_script",
        d(12, 17),
        {"history": [("reminder", d(12, 3)), ("reminder", d(12, 10))]},
    ),
    Example(
        "timing.too_many_reminders",
        True,
        "thank_you",
        d(12, 17),
        {"history": [THANKED, ("reminder", d(12, 3)), ("reminder", d(12, 10))]},
    ),
    # --- no contact (R11): any contact, whatever the date
    Example("timing.no_contact", True, "thank_you", d(NOV, 20), {"no_contact": True}, ("R11",)),
    Example("timing.no_contact", True, None, None, {"no_contact": True}),
    Example("timing.no_contact", False, "thank_you", d(NOV, 20), {}),
    # --- channel (R13): a written reminder in a process held by phone
    Example("timing.wrong_channel", True, "reminder", None, {"channel": "phone"}, ("R13",)),
    Example("timing.wrong_channel", False, "reminder", None, {}),
    Example("timing.wrong_channel", False, "phone_script", None, {"channel": "phone"}),
    Example("timing.wrong_channel", False, "thank_you", None, {"channel": "phone"}),
    # --- a person met who is deaf (R13): written to, never called
    Example(
        "timing.not_by_voice",
        True,
        "phone_script",
        None,
        {"impressions": "en visio avec interprète, elle est sourde"},
        ("R13", "sourde", "par écrit"),
    ),
    Example(
        "timing.not_by_voice", True, "voicemail", None, {"impressions": "elle est malentendante"}
    ),
    Example("timing.not_by_voice", False, "reminder", None, {"impressions": "elle est sourde"}),
    Example(
        "timing.not_by_voice",
        False,
        "phone_script",
        None,
        {"impressions": "ateliers pour des enfants sourds"},
    ),
    # --- after a voicemail (R21): no more calls, no second message
    Example(
        "timing.after_voicemail",
        True,
        "voicemail",
        d(12, 10),
        {"history": [THANKED, ("phone_call", d(12, 3), "phone"), ("voicemail", d(12, 3), "phone")]},
        ("R21", "R23", "3\u00a0décembre"),
    ),
    Example(
        "timing.after_voicemail",
        True,
        "phone_script",
        d(12, 10),
        {"history": [THANKED, ("voicemail", d(12, 3), "phone")]},
    ),
    Example(  # the voicemail logged today is this one
        "timing.after_voicemail",
        False,
        "voicemail",
        d(12, 3),
        {"history": [THANKED, ("phone_call", d(12, 3), "phone"), ("voicemail", d(12, 3), "phone")]},
    ),
    Example(  # a call answered by the front desk, no message left: calling again is fine
        "timing.after_voicemail",
        False,
        "phone_script",
        d(12, 10),
        {"history": [THANKED, ("phone_call", d(12, 3), "phone")]},
    ),
    Example("timing.after_voicemail", False, "voicemail", d(12, 3), {"history": [THANKED]}),
    # --- after a reply (R22, R23): the next message answers it; no relance, no call
    Example(
        "timing.after_reply",
        True,
        "phone_script",
        d(12, 10),
        {"history": [THANKED, ("reminder", d(12, 3)), ("reply_received", d(12, 4))]},
        ("R22", "4\u00a0décembre", "Répondez plutôt"),
    ),
    Example(
        "timing.after_reply",
        True,
        "reminder",
        None,
        {"history": [THANKED, ("reply_received", d(11, 27))]},
    ),
    Example(  # a reply logged after the day of this reminder does not make it late
        "timing.after_reply",
        False,
        "reminder",
        d(12, 3),
        {"history": [THANKED, ("reply_received", d(12, 4))]},
    ),
    Example(  # thanking stays right after a reply, even a refusal
        "timing.after_reply",
        False,
        "thank_you",
        d(11, 20),
        {"history": [("reply_received", d(11, 20))]},
    ),
    # --- a thank-you after a follow-up (R7, R17): it would come out of order (read 68)
    Example(
        "timing.thank_you_after_follow_up",
        True,
        "thank_you",
        None,
        {"history": [("voicemail", d(11, 28), "phone")]},
        ("R7", "28 novembre", "N'envoyez pas"),
    ),
    Example(
        "timing.thank_you_after_follow_up",
        True,
        "thank_you",
        d(12, 8),
        {"history": [("reminder", d(12, 3))]},
    ),
    Example(  # the thank-you of the history, drafted on its day, comes before the reminder
        "timing.thank_you_after_follow_up",
        False,
        "thank_you",
        d(11, 20),
        {"history": [THANKED, ("reminder", d(12, 3))]},
    ),
    Example(  # undated, the thank-you the history records is drafted on its own day
        "timing.thank_you_after_follow_up",
        False,
        "thank_you",
        None,
        {"history": [THANKED, ("reminder", d(12, 3))]},
    ),
    Example("timing.thank_you_after_follow_up", False, "reminder", None, {"history": [THANKED]}),
    Example(  # a call the day after the interview was the thanks: no e-mail after it (read 92)
        "timing.thank_you_after_follow_up",
        True,
        "thank_you",
        None,
        {"history": [("phone_call", d(11, 20), "phone")]},
        ("Un appel", "20\u00a0novembre", "tenait lieu de remerciement", "N'envoyez pas"),
    ),
    Example(  # a thank-you the history notes by phone was said, not written (read 94)
        "timing.thank_you_after_follow_up",
        True,
        "thank_you",
        None,
        {"history": [("thank_you", d(11, 20), "phone")]},
        ("Un appel", "tenait lieu de remerciement"),
    ),
    Example(  # dated: the call came before this thank-you
        "timing.thank_you_after_follow_up",
        True,
        "thank_you",
        d(11, 20),
        {"history": [("phone_call", d(11, 20), "phone")]},
    ),
]


def example_id(example: Example) -> str:
    return f"{example.code}-{'fires' if example.fires else 'quiet'}-{example.kind}-{example.today}"


@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_example(example: Example) -> None:
    hits = list(CHECKS[example.code].find(example.target()))
    assert bool(hits) is example.fires, [h.message for h in hits]
    for hit in hits:
        assert hit.span is None
        assert hit.suggestion
        assert "(R" in hit.message
        text = f"{hit.message} {hit.suggestion}"
        for fragment in example.expect:
            assert fragment in text


def test_every_timing_check_has_examples_that_fire_and_that_stay_quiet() -> None:
    for code in CHECKS:
        outcomes = {e.fires for e in EXAMPLES if e.code == code}
        assert outcomes == {True, False}, code


def test_codes_severities_and_docs() -> None:
    assert [(c.code, c.severity) for c in TIMING_CHECKS] == [
        ("timing.late_thank_you", "warning"),
        ("timing.early_reminder", "error"),
        ("timing.too_many_reminders", "error"),
        ("timing.no_contact", "error"),
        ("timing.wrong_channel", "warning"),
        ("timing.not_by_voice", "error"),
        ("timing.after_voicemail", "warning"),
        ("timing.after_reply", "warning"),
        ("timing.thank_you_after_follow_up", "warning"),
    ]
    for check in TIMING_CHECKS:
        assert check.family == "timing"
        assert "R" in check.doc


@pytest.mark.parametrize("check", TIMING_CHECKS, ids=lambda c: c.code)
def test_quiet_without_context(check: Check) -> None:
    assert list(check.find(Target("Bonjour", None, kind="reminder", today=d(12, 25)))) == []


@pytest.mark.parametrize("code", ["timing.late_thank_you", "timing.early_reminder"])
def test_date_checks_are_quiet_without_today(code: str) -> None:
    context = make_context(history=[THANKED, ("reminder", d(12, 3)), ("reminder", d(12, 10))])
    for kind in ("thank_you", "reminder", "phone_script"):
        assert list(CHECKS[code].find(Target("x", context, kind=kind, today=None))) == []


@pytest.mark.parametrize("kind", ["reminder", "phone_script", "voicemail"])
def test_a_third_follow_up_is_one_too_many_even_without_its_day(kind: str) -> None:
    """Read 66: a call drafted after a reminder and a call (no day given) was scored 1."""
    check = CHECKS["timing.too_many_reminders"]
    two = make_context(
        history=[THANKED, ("reminder", d(12, 3)), ("phone_call", d(12, 10), "phone")]
    )
    assert list(check.find(Target("x", two, kind=kind, today=None)))
    one = make_context(history=[THANKED, ("reminder", d(12, 3))])
    assert not list(check.find(Target("x", one, kind=kind, today=None)))


def test_no_contact_silences_the_other_timing_checks() -> None:
    context = make_context(no_contact=True)
    target = Target("Bonjour", context, kind="reminder", today=d(NOV, 21))
    fired = [c.code for c in TIMING_CHECKS if list(c.find(target))]
    assert fired == ["timing.no_contact"]


# --- One source of truth: sending each step on its day never fires ---------------------


@settings(max_examples=150, deadline=None)
@given(
    locale=hyp.sampled_from(["fr_CA", "fr_FR"]),
    interview=hyp.dates(min_value=date(2025, 1, 1), max_value=date(2029, 12, 31)),
    decision=hyp.none() | hyp.integers(min_value=0, max_value=40),
    short=hyp.booleans(),
    channel=hyp.sampled_from(["email", "phone"]),
    late=hyp.integers(min_value=-3, max_value=30),
)
def test_following_the_plan_never_fires_a_timing_error(
    locale: str, interview: date, decision: int | None, short: bool, channel: str, late: int
) -> None:
    options: dict[str, Any] = {
        "locale": locale,
        "interview": interview,
        "decision_by": None if decision is None else interview + timedelta(days=decision),
        "short_process": short,
        "channel": channel,
    }
    history: list[tuple[str, date, str]] = []
    plan = st.plan(make_context(**options), today=interview + timedelta(days=late))
    for step in plan.steps:
        context = make_context(**options, history=history)
        for kind in step.draft_kinds:
            target = Target("Bonjour", context, kind=kind, today=step.on)
            errors = [
                c.code for c in TIMING_CHECKS if c.severity == "error" and list(c.find(target))
            ]
            assert errors == [], (step, kind)
        history.append((step.kind, step.on, step.channel))
    # … and one more contact after the plan is always one too many, or too early.
    if plan.steps and len(plan.steps) >= 2:
        context = make_context(**options, history=history)
        after = plan.steps[-1].on + timedelta(days=30)
        target = Target("Bonjour", context, kind="reminder", today=after)
        assert list(CHECKS["timing.too_many_reminders"].find(target))


@settings(max_examples=100, deadline=None)
@given(
    interview=hyp.dates(min_value=date(2025, 1, 1), max_value=date(2029, 12, 31)),
    decision=hyp.none() | hyp.integers(min_value=0, max_value=40),
)
def test_the_day_before_the_planned_reminder_is_early(
    interview: date, decision: int | None
) -> None:
    options: dict[str, Any] = {
        "interview": interview,
        "decision_by": None if decision is None else interview + timedelta(days=decision),
        "history": [("thank_you", interview + timedelta(days=1))],
    }
    context = make_context(**options)
    reminder = st.plan(context, today=interview).steps[0]
    day_before = Target("x", context, kind="reminder", today=reminder.on - timedelta(days=1))
    assert list(CHECKS["timing.early_reminder"].find(day_before))
