"""The follow-up planner: what to send, when and how, after one interview.

``plan(context, today=...)`` reads the context and its history of contacts and returns a
:class:`FollowUpPlan`: the remaining :class:`Step` values (thank-you, reminder, phone
call), or why nothing more should be sent (:class:`Stopped`). The date rules live here and
only here; the ``timing.*`` checks call the same functions (``contacts``,
``thank_you_window``, ``earliest_follow_up``) so a plan and a check never disagree.

Rules (``docs/follow-up-rules.md``; the French walk-through is ``docs/planification.md``):

- R7: thank-you by email on the next business day after the interview; still in time up
  to the 2nd business day (the « 48 h »). Later, it is still planned (overdue) until the
  first reminder is due; from then on the reminder does both jobs.
- R12: first reminder on the first business day after ``decision_by``; without a date,
  14 days after the interview (7 for a short process), moved to a business day.
- R18, R19: the phone call 7 calendar days after the first reminder, from 17:00, on a
  Monday to Thursday that does not touch a public holiday (French conventions §7).
- R17: the thank-you plus two follow-ups, never more; R11: ``no_contact`` means nothing;
  a reply stops the plan. R13: the reminder uses the process's channel.
- Never two contacts too close: a follow-up waits at least ``MIN_GAP`` business days after
  the last contact, so a late thank-you never pulls a reminder earlier than the rules allow.

>>> from datetime import date
>>> from suivi_templates.models import EXAMPLE_CONTEXT, InterviewContext
>>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)
>>> p = plan(ctx, today=date(2026, 11, 20))
>>> [(s.kind, s.on.isoformat(), s.channel, s.status) for s in p.steps]
[('reminder', '2026-11-30', 'email', 'planned'), ('phone_call', '2026-12-07', 'phone', 'planned')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

from babel.dates import format_date
from pydantic import BaseModel, ConfigDict

from suivi_templates.business_days import (
    add_business_days,
    holidays_between,
    local_today,
    next_business_day,
    on_or_after,
    time_zone,
)
from suivi_templates.errors import SuiviError
from suivi_templates.models import Channel, HistoryEntry, InterviewContext, Locale

if TYPE_CHECKING:
    from os import PathLike

    from suivi_templates.rendering import Draft

__all__ = [
    "CALL_DELAY",
    "CALL_TIME",
    "DEFAULT_DELAY",
    "FOLLOW_UP_LIMIT",
    "MIN_GAP",
    "SHORT_DELAY",
    "THANK_YOU_WINDOW",
    "Contact",
    "ContextMismatch",
    "Earliest",
    "FollowUpPlan",
    "Step",
    "Stopped",
    "Timeline",
    "contacts",
    "earliest_follow_up",
    "plan",
    "thank_you_window",
]

THANK_YOU_WINDOW = 2
"""R7's « 48 h », counted in business days after the interview (Friday → Tuesday)."""
DEFAULT_DELAY = timedelta(days=14)
"""R12: the first reminder's delay after the interview when no decision date was given."""
SHORT_DELAY = timedelta(days=7)
"""R12: the same delay when the process was announced as short."""
CALL_DELAY = timedelta(days=7)
"""R18: the phone call comes a week (calendar days) after the first reminder."""
CALL_TIME = time(17, 0)
"""R19: call from 17 h, when the person is easier to reach past a switchboard."""
MIN_GAP = 4
"""Business days a follow-up waits after the last contact: the shortest gap the rules give
in an ordinary week (thank-you on J+1, short-process reminder on J+7), never less."""
FOLLOW_UP_LIMIT = 2
"""R17: at most two follow-ups after the thank-you."""

StepKind = Literal["thank_you", "reminder", "phone_call"]
Status = Literal["planned", "due", "overdue"]
StopReason = Literal["no_contact", "reply_received", "limit_reached"]

_DRAFTS_BY_CHANNEL: dict[Channel, tuple[str, ...]] = {
    "email": ("reminder",),
    "phone": ("phone_script", "voicemail"),  # R21: one voicemail if nobody answers
}

_WORDS: dict[Locale, dict[str, str]] = {
    "fr_CA": {
        "email": "courriel",
        "the_interview": "l'entrevue",
        "call": "Appel de suivi",
        "voicemail": "dans sa boîte vocale",
    },
    "fr_FR": {
        "email": "mail",
        "the_interview": "l'entretien",
        "call": "Relance téléphonique",
        "voicemail": "sur sa messagerie",
    },
}

NBSP = "\u00a0"
_THURSDAY = 3
_SATURDAY = 5


# --- History ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """One contact made: a thank-you, a reminder, or a call (with or without voicemail)."""

    kind: StepKind
    on: date
    channel: Channel


@dataclass(frozen=True)
class Timeline:
    """The history read as the rules count it: thank-you, follow-ups, last reply."""

    thank_you: Contact | None
    follow_ups: tuple[Contact, ...]
    reply_on: date | None

    @property
    def last_contact(self) -> date | None:
        """Return the date of the latest contact, if any."""
        dates = [c.on for c in self.follow_ups]
        if self.thank_you is not None:
            dates.append(self.thank_you.on)
        return max(dates, default=None)


def contacts(context: InterviewContext, extra: Iterable[HistoryEntry] = ()) -> Timeline:
    """Read the history (plus ``extra`` entries, e.g. a draft about to be sent) as contacts.

    The history may be in any order. Calls and voicemails of the same day are one contact
    (R21: one message when nobody answers). The first contact, when it is a thank-you, is
    the thank-you; every later contact is a follow-up that counts towards R17's limit.

    >>> from suivi_templates.models import EXAMPLE_CONTEXT, InterviewContext
    >>> data = dict(EXAMPLE_CONTEXT, history=[
    ...     {"kind": "voicemail", "on": "2026-12-08", "channel": "phone"},
    ...     {"kind": "phone_call", "on": "2026-12-08", "channel": "phone"},
    ...     {"kind": "thank_you", "on": "2026-11-20"},
    ... ])
    >>> timeline = contacts(InterviewContext.model_validate(data))
    >>> timeline.thank_you.on, [(c.kind, c.on.isoformat()) for c in timeline.follow_ups]
    (datetime.date(2026, 11, 20), [('phone_call', '2026-12-08')])
    """
    entries = sorted([*context.history, *extra], key=lambda entry: entry.on)
    made: list[Contact] = []
    call_days: set[date] = set()
    replies: list[date] = []
    for entry in entries:
        if entry.kind == "reply_received":
            replies.append(entry.on)
        elif entry.kind in ("phone_call", "voicemail"):
            if entry.on not in call_days:
                call_days.add(entry.on)
                made.append(Contact("phone_call", entry.on, "phone"))
        elif entry.kind == "thank_you":
            made.append(Contact("thank_you", entry.on, entry.channel))
        else:
            made.append(Contact("reminder", entry.on, entry.channel))
    if made and made[0].kind == "thank_you":
        return Timeline(made[0], tuple(made[1:]), max(replies, default=None))
    return Timeline(None, tuple(made), max(replies, default=None))


# --- Date rules (shared with the timing checks) ----------------------------------------


def thank_you_window(context: InterviewContext) -> tuple[date, date]:
    """Return the thank-you's ideal day and its last day in time (R7).

    The ideal day is the next business day after the interview; the last is the
    ``THANK_YOU_WINDOW``-th business day after it, R7's « 48 h » read in business days
    so that a Friday interview is still thanked on Tuesday.

    >>> from suivi_templates.models import EXAMPLE_CONTEXT, InterviewContext
    >>> thank_you_window(InterviewContext.model_validate(EXAMPLE_CONTEXT))  # Thursday
    (datetime.date(2026, 11, 20), datetime.date(2026, 11, 23))
    """
    held, locale = context.interview.date, context.locale
    return (
        next_business_day(held, locale),
        add_business_days(held, THANK_YOU_WINDOW, locale),
    )


Basis = Literal["decision_by", "default", "short", "after_reminder"]


@dataclass(frozen=True)
class Earliest:
    """The earliest day a follow-up may be made, and what the rules base it on."""

    on: date
    """The earliest allowed day: a business day, after both the rule and the gap."""
    rule_on: date
    """The rule's own day (R12 or R18), before the gap after the last contact."""
    basis: Basis
    """What ``rule_on`` counts from: the decision date, the interview, or the reminder."""
    since: date
    """The date ``basis`` refers to."""
    gap_from: date | None
    """The last contact, when the ``MIN_GAP`` floor moved ``on`` past ``rule_on``."""


def earliest_follow_up(
    context: InterviewContext,
    slot: int,
    *,
    last_contact: date | None,
    first_follow_up: date | None = None,
) -> Earliest:
    """Return the earliest day of follow-up number ``slot`` (0: the reminder, 1: the call).

    Slot 0 follows R12, slot 1 follows R18 (``first_follow_up`` is then required). Either
    way the day is at least ``MIN_GAP`` business days after ``last_contact``.

    >>> from suivi_templates.models import EXAMPLE_CONTEXT, InterviewContext
    >>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)  # decision by Sat 28 Nov
    >>> earliest_follow_up(ctx, 0, last_contact=date(2026, 11, 20)).on
    datetime.date(2026, 11, 30)
    >>> earliest_follow_up(ctx, 0, last_contact=date(2026, 11, 27)).on  # a late thank-you
    datetime.date(2026, 12, 3)
    """
    locale = context.locale
    basis: Basis
    if slot == 0:
        decision = context.next_steps.decision_by
        if decision is not None:
            basis, since = "decision_by", decision
            rule_on = next_business_day(decision, locale)
        else:
            short = context.next_steps.short_process
            basis, since = ("short" if short else "default"), context.interview.date
            rule_on = on_or_after(since + (SHORT_DELAY if short else DEFAULT_DELAY), locale)
    elif slot == 1:
        if first_follow_up is None:
            raise ValueError("first_follow_up est requis pour la deuxième relance (R18)")
        basis, since = "after_reminder", first_follow_up
        rule_on = on_or_after(first_follow_up + CALL_DELAY, locale)
    else:
        raise ValueError(f"au plus {FOLLOW_UP_LIMIT} relances après le remerciement (R17)")
    if last_contact is not None:
        floor = add_business_days(last_contact, MIN_GAP, locale)
        if floor > rule_on:
            return Earliest(floor, rule_on, basis, since, last_contact)
    return Earliest(rule_on, rule_on, basis, since, None)


def _good_call_day(day: date, locale: Locale) -> date:
    """Return the first day from ``day`` that suits a call: Monday to Thursday, no holiday near.

    French conventions §7: avoid Friday afternoons and the days around a public holiday
    (which also covers French *ponts*). Looks two weeks ahead at most.
    """
    candidate = on_or_after(day, locale)
    for _ in range(10):
        around = holidays_between(
            candidate - timedelta(days=2), candidate + timedelta(days=1), locale
        )
        off_days = [day for day, _ in around if day.weekday() < _SATURDAY]
        if candidate.weekday() <= _THURSDAY and not off_days:
            return candidate
        candidate = next_business_day(candidate, locale)
    return on_or_after(day, locale)


# --- Values ----------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Step(_Frozen):
    """One contact to make: what, on which day, by which channel, from what time, and why."""

    kind: StepKind
    """``thank_you``, ``reminder`` or ``phone_call`` (the history's vocabulary)."""
    on: date
    """The day to do it: never before the plan's ``today``."""
    channel: Channel
    not_before: time | None = None
    """Earliest time of day, in the locale's time zone (17:00 for calls, R19)."""
    note: str
    """Why this step and this date, in French, citing the rules."""
    status: Status = "planned"
    """``planned`` (later), ``due`` (today, or still in time) or ``overdue``."""
    rule_date: date
    """The day the rules give; earlier than ``on`` when the step is overdue."""
    rules: tuple[str, ...] = ()
    """The rule ids this step applies, e.g. ``("R12", "R13")``."""

    @property
    def draft_kinds(self) -> tuple[str, ...]:
        """Return the kinds of draft this step needs, in the order they are used.

        >>> Step(kind="phone_call", on=date(2026, 12, 7), channel="phone", note="",
        ...      rule_date=date(2026, 12, 7)).draft_kinds
        ('phone_script', 'voicemail')
        """
        if self.kind == "thank_you":
            return ("thank_you",)
        return _DRAFTS_BY_CHANNEL[self.channel]

    def render(self, context: InterviewContext) -> tuple[Draft, ...]:
        """Render this step's drafts for ``context`` with :func:`suivi_templates.render`."""
        from suivi_templates.rendering import render  # rendering imports the checks

        return tuple(render(kind, context) for kind in self.draft_kinds)


class Stopped(_Frozen):
    """Why nothing more should be sent: what happened, which rules, what to do instead."""

    reason: StopReason
    note: str
    rules: tuple[str, ...]

    def __str__(self) -> str:
        return self.note


class ContextMismatch(SuiviError, ValueError):  # noqa: N818 - the package's naming
    """A plan used with the context of another interview."""

    def __init__(self, expected: str, given: str) -> None:
        self.expected = expected
        self.given = given
        super().__init__(
            f"Ce plan a été calculé pour {expected}, pas pour {given} : "
            "passez le contexte qui a servi à plan(), ou recalculez le plan."
        )


class FollowUpPlan(_Frozen):
    """The remaining follow-ups of one interview, or why there are none (``stopped``)."""

    locale: Locale
    interview_date: date
    today: date
    """The day the plan was computed for; no step is before it."""
    steps: tuple[Step, ...] = ()
    stopped: Stopped | None = None

    @property
    def next_step(self) -> Step | None:
        """Return the first step to do, or None when the plan is stopped."""
        return self.steps[0] if self.steps else None

    def check_context(self, context: InterviewContext) -> None:
        """Raise :class:`ContextMismatch` unless ``context`` is the one this plan is for."""
        expected = f"{self.locale}, {self.interview_date.isoformat()}"
        given = f"{context.locale}, {context.interview.date.isoformat()}"
        if expected != given:
            raise ContextMismatch(expected, given)

    def render(self, context: InterviewContext) -> tuple[Draft, ...]:
        """Render the drafts of every step, in order, each kind once.

        With the default email channel and no history, that is the four drafts:
        thank-you, reminder, phone script and voicemail.
        """
        self.check_context(context)
        from suivi_templates.rendering import render  # rendering imports the checks

        kinds: dict[str, None] = {}
        for step in self.steps:
            kinds.update(dict.fromkeys(step.draft_kinds))
        return tuple(render(kind, context) for kind in kinds)

    def to_ics(
        self,
        context: InterviewContext,
        path: str | PathLike[str] | None = None,
        *,
        overwrite: bool = False,
        include_drafts: bool = True,
        stamp: datetime | None = None,
    ) -> bytes:
        """Export this plan as iCalendar (see :func:`suivi_templates.ical.export_ics`)."""
        from suivi_templates.ical import export_ics

        return export_ics(
            self,
            context,
            path,
            overwrite=overwrite,
            include_drafts=include_drafts,
            stamp=stamp,
        )


# --- French notes ----------------------------------------------------------------------


def _day(day: date, locale: Locale) -> str:
    """Write ``day`` in prose: « le lundi 1er juin 2026 » (no-break space before the month)."""
    weekday, number, month, year = format_date(day, "EEEE d MMMM y", locale=locale).split(" ")
    return f"le {weekday} {'1er' if number == '1' else number}{NBSP}{month} {year}"


def _of(day: date, locale: Locale) -> str:
    """Write ``day`` after « du »: « du jeudi 19 novembre 2026 »."""
    return "du " + _day(day, locale).removeprefix("le ")


def _hour(moment: time) -> str:
    """Write ``moment`` in prose: « 17 h », « 17 h 30 »."""
    minutes = f"{NBSP}{moment.minute:02d}" if moment.minute else ""
    return f"{moment.hour}{NBSP}h{minutes}"


COLON = f"{NBSP}:"
"""A colon with its no-break space before, in both locales (conventions §2)."""


class _Note:
    """Sentences and rule ids gathered while a step is planned."""

    def __init__(self, first: str, *rules: str) -> None:
        self.sentences = [first]
        self.rules = set(rules)

    def add(self, sentence: str, *rules: str) -> None:
        if sentence:
            self.sentences.append(sentence)
        self.rules.update(rules)

    def text(self) -> str:
        return " ".join(self.sentences)

    def rule_ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.rules, key=lambda rule: int(rule[1:])))


def _skipped_holidays(start: date, chosen: date, locale: Locale) -> str:
    """Name the weekday holidays after ``start`` and before ``chosen``, if any."""
    found = [
        (day, name)
        for day, name in holidays_between(start, chosen - timedelta(days=1), locale)
        if day.weekday() < _SATURDAY
    ]
    if not found:
        return ""
    listed = ", ".join(f"{_day(day, locale)} ({name})" for day, name in found)
    label = "Jours fériés évités" if len(found) > 1 else "Jour férié évité"
    return f"{label}{COLON} {listed}."


def _late_sentence(on: date, today: date, locale: Locale) -> str:
    when = "aujourd'hui" if on == today else _day(on, locale)
    return f"Cette date est passée{COLON} à faire dès {when}."


def _commitments_sentence(context: InterviewContext) -> str:
    quoted = ", ".join(f"«{NBSP}{c.promise}{NBSP}»" for c in context.open_commitments)
    return f"Tenez aussi votre engagement (R3){COLON} {quoted}."


# --- The planner -----------------------------------------------------------------------


def plan(context: InterviewContext, *, today: date | None = None) -> FollowUpPlan:
    """Plan the follow-ups still to make after the interview of ``context``.

    Args:
        context: the interview, its announced next steps and the history of contacts.
        today: the day the plan is for (a ``datetime`` is read in the locale's time
            zone); by default, today in Montréal (fr_CA) or Paris (fr_FR). Steps whose
            day has passed are moved to ``today`` (or the next business day) and marked
            ``overdue``; no step is ever planned before ``today``.

    Returns:
        The remaining steps in order, or an empty plan whose ``stopped`` says why.

    """
    locale = context.locale
    today = _resolve_today(today, locale)
    timeline = contacts(context)

    def stop(reason: StopReason, note: str, *rules: str) -> FollowUpPlan:
        return FollowUpPlan(
            locale=locale,
            interview_date=context.interview.date,
            today=today,
            stopped=Stopped(reason=reason, note=note, rules=rules),
        )

    if context.next_steps.no_contact:
        return stop("no_contact", _no_contact_note(), "R11", "R23")
    if timeline.reply_on is not None:
        return stop("reply_received", _reply_note(context, timeline.reply_on), "R22")
    if len(timeline.follow_ups) >= FOLLOW_UP_LIMIT:
        return stop("limit_reached", _limit_note(context, timeline), "R17", "R23")

    steps: list[Step] = []
    last = timeline.last_contact
    first_follow_up = timeline.follow_ups[0].on if timeline.follow_ups else None
    folded_thank_you = False
    if timeline.thank_you is None and not timeline.follow_ups:
        thank_you = _thank_you_step(context, today)
        if thank_you is None:
            folded_thank_you = True
        else:
            steps.append(thank_you)
            last = thank_you.on
    for slot in range(len(timeline.follow_ups), FOLLOW_UP_LIMIT):
        step = _follow_up_step(
            context,
            slot,
            today=today,
            last_contact=last,
            first_follow_up=first_follow_up,
            folded_thank_you=folded_thank_you and slot == 0,
            first_step=not steps,
        )
        steps.append(step)
        last = step.on
        if slot == 0:
            first_follow_up = step.on
    return FollowUpPlan(
        locale=locale, interview_date=context.interview.date, today=today, steps=tuple(steps)
    )


def _resolve_today(today: date | None, locale: Locale) -> date:
    if today is None:
        return local_today(locale)
    if isinstance(today, datetime):
        if today.tzinfo is None:
            return today.date()
        return today.astimezone(time_zone(locale)).date()
    if not isinstance(today, date):
        raise TypeError(f"today doit être une date, pas {type(today).__name__}")
    return today


def _thank_you_step(context: InterviewContext, today: date) -> Step | None:
    """Build the thank-you step, or None once it is too late for a thank-you on its own.

    Up to the window's last day (R7's 48 h) it is on time; after that it is still worth
    sending, marked overdue, until the first reminder is due: from then on the reminder
    thanks and follows up in one message, which keeps R17's count.
    """
    locale = context.locale
    words = _WORDS[locale]
    ideal, last_day = thank_you_window(context)
    if today > last_day and today >= earliest_follow_up(context, 0, last_contact=None).on:
        return None
    on = max(ideal, on_or_after(today, locale))
    status: Status
    why = (
        f"le jour ouvrable qui suit {words['the_interview']} "
        f"{_of(context.interview.date, locale)} (R7)"
    )
    if today <= ideal:
        status = "due" if on == today else "planned"
        note = _Note(
            f"Remerciement par {words['email']} {_day(ideal, locale)}, {why}{COLON} "
            f"ni le jour même, ni plus de 48{NBSP}h après.",
            "R7",
        )
        note.add(_skipped_holidays(context.interview.date, ideal, locale))
        if status == "due":
            note.add("À faire aujourd'hui.")
    elif today <= last_day:
        status = "due" if on == today else "planned"
        when = "aujourd'hui" if on == today else _day(on, locale)
        note = _Note(
            f"Remerciement par {words['email']} {when}{COLON} le jour idéal était "
            f"{_day(ideal, locale)}, {why}, et c'est encore dans les 48{NBSP}h.",
            "R7",
        )
    else:
        status = "overdue"
        when = "aujourd'hui" if on == today else _day(on, locale)
        note = _Note(
            f"Remerciement par {words['email']} en retard{COLON} il était prévu "
            f"{_day(ideal, locale)}, {why}. Un remerciement tardif vaut mieux que rien tant "
            f"que la relance n'est pas due{COLON} envoyez-le dès {when}, bref, sans vous "
            "excuser longuement.",
            "R7",
        )
    if context.open_commitments:
        note.add(_commitments_sentence(context), "R3")
    return Step(
        kind="thank_you",
        on=on,
        channel="email",
        note=note.text(),
        status=status,
        rule_date=ideal,
        rules=note.rule_ids(),
    )


def _follow_up_step(
    context: InterviewContext,
    slot: int,
    *,
    today: date,
    last_contact: date | None,
    first_follow_up: date | None,
    folded_thank_you: bool,
    first_step: bool,
) -> Step:
    locale = context.locale
    words = _WORDS[locale]
    earliest = earliest_follow_up(
        context, slot, last_contact=last_contact, first_follow_up=first_follow_up
    )
    channel: Channel = context.next_steps.channel if slot == 0 else "phone"
    rule_date = _good_call_day(earliest.on, locale) if channel == "phone" else earliest.on
    on = max(rule_date, on_or_after(today, locale))
    status: Status = "overdue" if rule_date < today else ("due" if on == today else "planned")
    kind: StepKind = "reminder" if slot == 0 else "phone_call"
    exact = rule_date == earliest.rule_on
    if kind == "reminder":
        how = f"par {words['email']}" if channel == "email" else "par téléphone"
        note = _Note(
            f"Relance {how} {_day(rule_date, locale)}{COLON} "
            + _reminder_reason(context, earliest, exact),
            "R12",
        )
        if channel == "phone":
            note.add(
                f"Par téléphone, comme le reste du processus (R13), à partir de "
                f"{_hour(CALL_TIME)} (R19).",
                "R13",
                "R19",
            )
        else:
            note.add("Par écrit, comme le reste du processus (R13).", "R13")
        if folded_thank_you:
            note.add(
                f"Le remerciement n'est pas parti et il est trop tard pour l'envoyer seul "
                f"(R7){COLON} remerciez en une phrase au début de cette relance.",
                "R7",
            )
    else:
        after = "une semaine" if exact else "un peu plus d'une semaine"
        note = _Note(
            f"{words['call']} {_day(rule_date, locale)}, à partir de {_hour(CALL_TIME)}{COLON} "
            f"{after} après la relance {_of(earliest.since, locale)} restée sans réponse "
            "(R18), en fin d'après-midi pour joindre directement la personne rencontrée (R19).",
            "R18",
            "R19",
        )
    if earliest.gap_from is not None:
        note.add(
            f"Ce jour laisse au moins {MIN_GAP} jours ouvrables après votre dernier contact, "
            f"{_day(earliest.gap_from, locale)}, pour ne pas enchaîner les messages (R16).",
            "R16",
        )
    if channel == "phone" and rule_date != earliest.on:
        note.add(
            "Le vendredi et les jours qui touchent un jour férié se prêtent mal à un appel, "
            "d'où ce jour."
        )
    if channel == "phone":
        note.add(
            f"Si personne ne répond, laissez un seul message {words['voicemail']} (R21).", "R21"
        )
    if kind == "phone_call":
        note.add(
            "C'est le dernier suivi (R17). Si on vous demande vos références, c'est bon signe, "
            "mais ce n'est pas encore une offre (R22).",
            "R17",
            "R22",
        )
    if status == "overdue":
        note.add(_late_sentence(on, today, locale))
    elif status == "due":
        note.add("À faire aujourd'hui.")
    if first_step and context.open_commitments:
        note.add(_commitments_sentence(context), "R3")
    return Step(
        kind=kind,
        on=on,
        channel=channel,
        not_before=CALL_TIME if channel == "phone" else None,
        note=note.text(),
        status=status,
        rule_date=rule_date,
        rules=note.rule_ids(),
    )


def _reminder_reason(context: InterviewContext, earliest: Earliest, exact: bool) -> str:
    locale = context.locale
    interview = _WORDS[locale]["the_interview"]
    since = earliest.since
    if earliest.basis == "decision_by":
        first = "le premier jour ouvrable " if exact else ""
        return f"{first}après la date de décision annoncée, {_day(since, locale)} (R12)."
    if earliest.basis == "short":
        return (
            f"le processus a été annoncé comme court, on attend donc au moins une semaine "
            f"après {interview} {_of(since, locale)} (R12)."
        )
    return (
        f"aucune date de décision n'a été annoncée, on attend donc au moins deux semaines "
        f"après {interview} {_of(since, locale)} (R12)."
    )


def _no_contact_note() -> str:
    return (
        "L'entreprise a demandé aux candidats de ne pas la contacter pendant le processus"
        f"{COLON} n'envoyez rien, ni remerciement, ni relance, ni appel (R11). Elle vous "
        "recontactera si votre candidature est retenue. Continuez vos recherches d'ici là (R23)."
    )


def _reply_note(context: InterviewContext, reply_on: date) -> str:
    return (
        f"Une réponse est arrivée {_day(reply_on, context.locale)}{COLON} le plan de relances "
        "s'arrête là. Répondez-y si elle attend une réponse, au rythme de la personne qui "
        "recrute. Une demande de références est bon signe, mais ce n'est pas une offre (R22)."
    )


def _limit_note(context: InterviewContext, timeline: Timeline) -> str:
    locale = context.locale
    dates = " et ".join(_day(c.on, locale) for c in timeline.follow_ups[:FOLLOW_UP_LIMIT])
    return (
        f"Deux relances ont déjà été faites ({dates}){COLON} n'en faites pas d'autre, un "
        "contact de plus passerait pour de l'insistance (R17). Ne prenez pas ce silence "
        "personnellement et continuez de postuler ailleurs. Une entreprise qui veut vous "
        "recruter vous recontactera, même des semaines plus tard (R23)."
    )
