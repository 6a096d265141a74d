"""The date rules of the follow-ups, shared by the planner and the timing checks.

One source of truth: :func:`suivi_templates.plan` places its steps with these functions
and the ``timing.*`` checks judge a draft's date with the same ones, so a plan and a
check never disagree. Days are counted with :mod:`suivi_templates.business_days`.

- R7: thank-you on the next business day after the interview; still in time up to the
  ``THANK_YOU_WINDOW``-th business day (R7's « 48 h », read in business days).
- R12: first follow-up on the first business day after ``decision_by``; without a date,
  14 days after the interview (7 for a short process), moved to a business day.
- R18: the second follow-up (the call) 7 calendar days after the first.
- R16: whatever the rule says, a follow-up waits ``MIN_GAP`` business days after the last
  contact, so a late thank-you never pulls a reminder earlier than the rules allow.
- R17: at most ``FOLLOW_UP_LIMIT`` follow-ups after the thank-you.
- R3: a promise to send later (``commitments[].due``) is kept by its date, on the last
  business day on or before it; sending it is a contact, but not a follow-up of R17.
- R19 and docs/planification.md (« Les étapes »): calls from 17:00, Monday to Thursday,
  away from holidays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from suivi_templates.business_days import (
    add_business_days,
    holidays_between,
    next_business_day,
    on_or_after,
    on_or_before,
)
from suivi_templates.models import Channel, Commitment, HistoryEntry, InterviewContext, Locale
from suivi_templates.phrasing.announced import (
    announced_day,
    calls_back,
    decided_at_a_sitting,
    fixed_day,
    meeting_day,
    second_interview_day,
)
from suivi_templates.phrasing.promises import (
    awaited,
    channel_besides_email,
    forgotten_item,
    left_out,
    names_word,
    said_on_receipt,
)

__all__ = [
    "CALL_DELAY",
    "CALL_TIME",
    "DEFAULT_DELAY",
    "FOLLOW_UP_LIMIT",
    "MIN_GAP",
    "SHORT_DELAY",
    "THANK_YOU_WINDOW",
    "Contact",
    "ContactKind",
    "Earliest",
    "Timeline",
    "contacts",
    "earliest_follow_up",
    "good_call_day",
    "kept_by_thanks",
    "promise_day",
    "promises_to_send",
    "reply_received",
    "sent_by_another_channel",
    "thank_you_window",
    "thanks_by_phone",
    "voicemail_left",
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

ContactKind = Literal["thank_you", "reminder", "phone_call"]
"""A contact as the rules count it (a voicemail belongs to its call)."""

_THURSDAY = 3
_SATURDAY = 5


# --- History ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """One contact made: a thank-you, a reminder, or a call (with or without voicemail)."""

    kind: ContactKind
    on: date
    channel: Channel


@dataclass(frozen=True)
class Timeline:
    """The history read as the rules count it: thank-you, follow-ups, last reply."""

    thank_you: Contact | None
    follow_ups: tuple[Contact, ...]
    reply_on: date | None

    @property
    def thanked_by_phone(self) -> Contact | None:
        """The thanks said by phone: a call in R7's window, or a thank-you noted « phone »."""
        first = self.thank_you
        return first if first is not None and "phone" in (first.kind, first.channel) else None

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
    (R21: one message when nobody answers). The first contact, when it is a thank-you or a
    call within R7's window, is the thank-you; every later contact is a follow-up that
    counts towards R17's limit.

    >>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
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
    if made and (made[0].kind == "thank_you" or _thanks_by_phone(context, made[0])):
        return Timeline(made[0], tuple(made[1:]), max(replies, default=None))
    return Timeline(None, tuple(made), max(replies, default=None))


def _thanks_by_phone(context: InterviewContext, first: Contact) -> bool:
    """A call in R7's window, before any message, is the contact after the interview.

    The person thanked, or kept a promise (« lui dire si je suis libre mardi »), by phone the
    next day; counted as a follow-up, it set the call script on that day, asking where the
    process stood (read 75: three scripts scored 1).
    """
    window = add_business_days(context.interview.date, THANK_YOU_WINDOW, context.locale)
    return first.kind == "phone_call" and first.on <= window


def thanks_by_phone(context: InterviewContext, on: date) -> bool:
    """Whether a call on ``on`` would be the first contact after the interview, in R7's window.

    Such a call thanks, and keeps what was promised for the next day (« lui confirmer ma
    dispo pour la journée d'essai »); asking where the process stood the day after the
    interview read as pressure (read 76: three scripts scored 1 or 2).
    """
    before = [e for e in context.history if e.on < on and e.kind != "reply_received"]
    return (
        not before
        and on >= context.interview.date
        and _thanks_by_phone(context, Contact("phone_call", on, "phone"))
    )


def reply_received(context: InterviewContext, on_or_before: date | None = None) -> date | None:
    """The last day the history records a reply (on or before ``on_or_before``, if given).

    After it the follow-ups stop: the next message answers the reply, it does not ask where
    the process stands.
    """
    last = None if on_or_before is None else on_or_before + timedelta(days=1)
    return _last_logged(context, "reply_received", last)


def voicemail_left(context: InterviewContext, before: date | None = None) -> date | None:
    """The last day the history records a voicemail (before ``before``, if given).

    R21: the message left is enough; the plan stops and the library drafts no call after it.
    """
    return _last_logged(context, "voicemail", before)


def _last_logged(context: InterviewContext, kind: str, before: date | None) -> date | None:
    days = [e.on for e in context.history if e.kind == kind and (before is None or e.on < before)]
    return max(days, default=None)


def thank_you_window(context: InterviewContext) -> tuple[date, date]:
    """Return the thank-you's ideal day and its last day in time (R7).

    The ideal day is the next business day after the interview; the last is the
    ``THANK_YOU_WINDOW``-th business day after it, R7's « 48 h » read in business days
    so that a Friday interview is still thanked on Tuesday.

    >>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
    >>> thank_you_window(InterviewContext.model_validate(EXAMPLE_CONTEXT))  # Thursday
    (datetime.date(2026, 11, 20), datetime.date(2026, 11, 23))
    """
    held, locale = context.interview.date, context.locale
    return (
        next_business_day(held, locale),
        add_business_days(held, THANK_YOU_WINDOW, locale),
    )


def promises_to_send(context: InterviewContext) -> list[Commitment]:
    """Return the promises sent on a day of their own (R3): open, dated, not attached or linked.

    A promise attached to the thank-you or given as a link is kept by the thank-you itself;
    a promise marked ``done`` is kept already.
    """
    return [
        commitment
        for commitment in context.open_commitments
        if commitment.due is not None and not commitment.attachment and not commitment.link
    ]


def kept_by_thanks(context: InterviewContext, commitment: Commitment) -> bool:
    """Whether the thank-you the history records kept this promise, its item being at hand.

    It did, unless the notes say the item was left out (read 123: « Oublié de donner les
    coordos de Josée dans le courriel de remerciement!! », and a call said « je vous ai
    transmis les coordonnées »). A promise noted ``done`` needs no guess. An item promised
    by text or by post went the day the thank-you said it did.
    """
    if commitment.done or not any(entry.kind == "thank_you" for entry in context.history):
        return False
    if left_out_of_thanks(context, commitment):
        return False
    if sent_by_another_channel(context, commitment):
        return True
    return bool(commitment.attachment or commitment.link or commitment.details)


def sent_by_another_channel(context: InterviewContext, commitment: Commitment) -> bool:
    """Whether the thank-you sent the item by another channel the day it went, as it said.

    « Comme promis, je vous envoie aujourd'hui par texto une photo de ma carte » was promised
    « aujourd'hui » again in the call a week later (read 312: eg12).
    """
    notes = [note for note in (context.debrief.impressions, context.debrief.to_add) if note]
    return (
        channel_besides_email(commitment.promise) is not None
        and not said_on_receipt(commitment.promise)
        and not awaited(notes, commitment.promise)
    )


def left_out_of_thanks(
    context: InterviewContext, commitment: Commitment, *, forgotten: bool = False
) -> bool:
    """Whether the notes say a recorded thank-you left this promise's item out.

    Even a promise noted ``done``: « Oublié de mettre les coordos des références dans le
    courriel de remerciement » beside ``done`` is a slip the next message repairs (read 131:
    two reminders never gave the details). With ``forgotten``, only a slip the notes call
    one (« oublié »), not an item that was not ready.
    """
    # … or sent another way, when the notes say it was forgotten: « oublié de lui texter la
    # carte ASP quand je l'ai appelé pour le remercier » (read 351: the calls after said
    # nothing of it); « pas encore envoyé la photo », typed before the thank-you, is not.
    at_hand = commitment.attachment or commitment.link or commitment.details
    if not at_hand:
        if not channel_besides_email(commitment.promise):
            return False
        forgotten = True
    if not any(entry.kind == "thank_you" for entry in context.history):
        return False
    notes = [note for note in (context.debrief.impressions, context.debrief.to_add) if note]
    given = commitment.details or commitment.attachment
    if not left_out(notes, commitment.promise, given, forgotten=forgotten):
        return False
    # « Oublié de joindre le relevé au mail de merci, je l'ai envoyé à part le 12 » : repaired
    # already (fresh163: a reminder sent it again, with an apology).
    if any(_SENT_APART.search(note) for note in notes):
        return False
    # « Oublié de joindre le rapport de stage » beside « le nom de ma directrice de stage »:
    # the report only (read 352: the name, given in the thank-you, was given again).
    item = forgotten_item(notes)
    if item is None or names_word(f"{commitment.promise} {given or ''}", item):
        return True
    return not any(names_word(other.promise, item) for other in context.commitments)


_SENT_APART = re.compile(
    r"\bje\s+(?:l['’]|les\s+)ai\s+(?:r?envoy|transmis|fait\s+parvenir|mailé|texté)\w*"
    r"\s+(?:à\s+part|séparément|ensuite|après|depuis|le\s+lendemain|le\s+\d)",
    re.IGNORECASE,
)
"""A slip the notes say was repaired by a message of its own: « je l'ai envoyé à part le 12 »."""


def promise_day(due: date, locale: Locale) -> date:
    """Return the day to send a promised item « by ``due`` »: ``due`` or the business day before.

    >>> promise_day(date(2026, 11, 28), "fr_CA")  # a Saturday
    datetime.date(2026, 11, 27)
    """
    return on_or_before(due, locale)


Basis = Literal["decision_by", "default", "short", "after_reminder", "meeting", "second_interview"]
Grace = Literal["calls_back", "sitting"] | None


@dataclass(frozen=True)
class Earliest:
    """The earliest day a follow-up may be made, and what the rules base it on."""

    on: date
    """The earliest allowed day: a business day, after both the rule and the gap."""
    rule_on: date
    """The rule's own day (R12 or R18), before the gap after the last contact."""
    basis: Basis
    """What ``rule_on`` counts from: the decision date, the interview, the reminder, or a
    meeting fixed after the interview."""
    since: date
    """The date ``basis`` refers to."""
    gap_from: date | None
    """The last contact, when the ``MIN_GAP`` floor moved ``on`` past ``rule_on``."""
    grace: Grace = None
    """Why a decision day was given ``CALL_BACK_GRACE`` more days: the person met will call,
    or a body decides at a sitting; None otherwise."""


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

    >>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
    >>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)  # decision by Sat 28 Nov
    >>> earliest_follow_up(ctx, 0, last_contact=date(2026, 11, 20)).on
    datetime.date(2026, 11, 30)
    >>> earliest_follow_up(ctx, 0, last_contact=date(2026, 11, 27)).on  # a late thank-you
    datetime.date(2026, 12, 3)
    """
    locale = context.locale
    basis: Basis
    # A delay only the notes give (« Il rappelle la semaine prochaine ») is waited for too.
    notes = context.notes_on_the_person_met
    # The later of the decision noted and the delay the notes give: « pas avant la
    # mi-décembre », beside a decision_by of 30 November, was called on the 10th (read 183).
    said = announced_day(notes, context.interview.date)
    noted_by = context.next_steps.decision_by
    decision = max(noted_by, said) if noted_by and said else noted_by or said
    # A step the notes fix later than the decision noted is waited for by every follow-up:
    # a reminder early leaves the announced delay to run (read 161: a call on 3 December
    # after « Résultats dans 4 à 6 semaines » from 10 November), and a call the day before
    # « séance simu prévue le 10 décembre » (read 166), a reminder the day of « 2e entretien
    # prévu le 14 décembre » or a call the day of « nous rencontrer à la clinique le 15
    # décembre », noted since (read 177), asked where the process stood.
    noted = [*notes, *context.debrief.since]
    fixed = fixed_day(noted, context.interview.date)
    if fixed is not None and (decision is None or fixed > decision):
        decision = fixed
    told_later: Grace = (
        "calls_back" if calls_back(notes) else "sitting" if decided_at_a_sitting(notes) else None
    )
    after_decision = _after_decision(decision, locale, told_later is not None) if decision else None
    if slot == 0:
        if decision is not None and after_decision is not None:
            basis, since = "decision_by", decision
            rule_on = after_decision
        else:
            short = context.next_steps.short_process
            basis, since = ("short" if short else "default"), context.interview.date
            rule_on = on_or_after(since + (SHORT_DELAY if short else DEFAULT_DELAY), locale)
    elif slot == 1:
        if first_follow_up is None:
            raise ValueError("first_follow_up est requis pour la deuxième relance (R18)")
        basis, since = "after_reminder", first_follow_up
        rule_on = on_or_after(first_follow_up + CALL_DELAY, locale)
        if decision is not None and after_decision is not None and after_decision > rule_on:
            basis, since = "decision_by", decision
            rule_on = after_decision
    else:
        raise ValueError(f"au plus {FOLLOW_UP_LIMIT} relances après le remerciement (R17)")
    # A meeting fixed ahead (a second interview, a visit) is a new step of the process: no
    # one asks where it stands before a week has passed after it (read 177: a reminder the
    # day after « 2e entretien prévu le 14 décembre », a call the day after the visit).
    meeting = meeting_day(noted, context.interview.date)
    # … but not one the answer comes weeks before: « réponse avant Noël », « sans doute une
    # journée d'essai en avril » follows the answer (fresh162: calls in May, both scored 1).
    if meeting is not None and decision is not None and meeting > decision + AFTER_THE_ANSWER:
        meeting = None
    # After a second interview, nothing said of the answer: the two weeks of R12 again, as
    # after the first (read 248: reminders a week after it, « R12 : 14 jours »).
    # A process said to be short keeps its week after the second interview too (fresh109:
    # « on va vite, réponse la semaine du 7 » and an on-site interview on the 8th).
    second = (
        meeting is not None
        and meeting == second_interview_day(noted, context.interview.date)
        and not context.next_steps.short_process
    )
    wait = DEFAULT_DELAY if second else SHORT_DELAY
    if meeting is not None and on_or_after(meeting + wait, locale) > rule_on:
        basis, since = ("second_interview" if second else "meeting"), meeting
        rule_on = on_or_after(meeting + wait, locale)
    # Not in the year-end break either: « réponse avant Noël » was followed by a reminder on
    # 28 December (fresh58), when offices are closed or short-staffed.
    rule_on = _after_year_end_break(rule_on, locale)
    grace = told_later if basis == "decision_by" else None
    if last_contact is not None:
        floor = _after_year_end_break(add_business_days(last_contact, MIN_GAP, locale), locale)
        if floor > rule_on:
            return Earliest(floor, rule_on, basis, since, last_contact, grace)
    return Earliest(rule_on, rule_on, basis, since, None, grace)


AFTER_THE_ANSWER = timedelta(days=21)
"""How long after the answer announced a meeting noted is one the answer decides on."""


CALL_BACK_GRACE = 5
"""Business days left after the decision day to a person who said they would call, or to
a body that decides at a sitting: a week. Three read as pressure too (read 300: « relancer
trois jours après le CA du 15 est un peu pressé »)."""


def _after_decision(decision: date, locale: Locale, told_later: bool) -> date:
    """The first day a follow-up may go after the ``decision`` day.

    The next business day; when the person met said they would call, or a body decides at
    a sitting, a few days more: a call the day after « Décision au CA du 16 décembre, il
    m'appellera » read as pressure (read 186), and so did a call the day after « Décision
    après le bureau municipal du 8 décembre » (read 195).
    """
    if told_later:
        return add_business_days(decision, CALL_BACK_GRACE, locale)
    return next_business_day(decision, locale)


def _after_year_end_break(day: date, locale: Locale) -> date:
    """``day``, or the first business day after the year-end break when it falls in it."""
    if not _in_year_end_break(day):
        return day
    return on_or_after(date(day.year + (day.month == 12), 1, 3), locale)


def good_call_day(day: date, locale: Locale) -> date:
    """Return the first day from ``day`` that suits a call: Monday to Thursday, no holiday near.

    docs/planification.md (« Les étapes »): avoid Friday afternoons and the days around a
    public holiday (which also covers French *ponts*). Looks two weeks ahead at most.
    """
    candidate = on_or_after(day, locale)
    for _ in range(15):
        if (
            candidate.weekday() <= _THURSDAY
            and not _touches_holiday(candidate, locale)
            and not _in_year_end_break(candidate)
        ):
            return candidate
        candidate = next_business_day(candidate, locale)
    return on_or_after(day, locale)


def _touches_holiday(day: date, locale: Locale) -> bool:
    """Whether the weekday before or after ``day`` is a public holiday.

    Over a weekend: the Monday after a Friday holiday (« lundi 28 décembre » after Christmas)
    is the day after it (read 74).
    """
    before, after = day - timedelta(days=1), day + timedelta(days=1)
    while before.weekday() >= _SATURDAY:
        before -= timedelta(days=1)
    while after.weekday() >= _SATURDAY:
        after += timedelta(days=1)
    return bool(holidays_between(before - timedelta(days=1), after, locale))


def _in_year_end_break(day: date) -> bool:
    """From 22 December to 2 January, offices close or run short-staffed: no calls.

    The conventions count the year-end slowdown among the poor days for a call; a reader
    moved a call of Monday 28 December to January (read 74), another one of Wednesday
    23 December, « veille de congés » (read 102).
    """
    return (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2)
