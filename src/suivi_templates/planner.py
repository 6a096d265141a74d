"""The follow-up planner: what to send, when and how, after one interview.

``plan(context, today=...)`` reads the context and its history of contacts and returns a
:class:`FollowUpPlan`: the remaining :class:`Step` values (thank-you, reminder, phone
call), or why nothing more should be sent (:class:`Stopped`). The dates come from
:mod:`suivi_templates.schedule`, which the ``timing.*`` checks use too; this module adds
the choices that belong to a plan (French walk-through: ``docs/planification.md``):

- ``today``: no step is ever before it. A step whose rule date has passed moves to today
  (or the next business day) and is marked ``overdue``; later steps follow from there.
- A thank-you past R7's window stays in the plan, overdue, until the first reminder is
  due; from then on the reminder thanks and follows up in one message (R17's count).
- R13: the reminder uses the process's channel; a phone step starts at 17:00 (R19) on a
  good calling day and comes with its voicemail (R21).
- Stops: ``no_contact`` (R11), a reply received, or R17's limit (with R23's advice).
- Notes in the locale's French, citing rule ids; an open commitment is recalled (R3).
- R3: a promise to send later (``commitments[].due``) is a ``commitment`` step of its own,
  by its date and before the next follow-up, which waits the usual gap after it (R16); one
  due by the thank-you's day is attached to the thank-you instead, and the note says so.

>>> from datetime import date
>>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
>>> ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)
>>> p = plan(ctx, today=date(2026, 11, 20))
>>> [(s.kind, s.on.isoformat(), s.channel, s.status) for s in p.steps]
[('reminder', '2026-11-30', 'email', 'planned'), ('phone_call', '2026-12-07', 'phone', 'planned')]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from suivi_templates import formatting, phrasing
from suivi_templates._wording import COLON, NBSP, WORDS, of_day, prose_day, prose_hour
from suivi_templates.business_days import holidays_between, local_today, on_or_after, time_zone
from suivi_templates.errors import ContextMismatch
from suivi_templates.models import Channel, HistoryEntry, InterviewContext, Locale, as_context
from suivi_templates.names import (
    civility_of_given_name,
    civility_of_notes,
    civility_of_title,
    said_deaf,
    without_civility,
)
from suivi_templates.plan_promises import (
    commitments_sentence,
    planned_promises,
    still_owed,
    with_thank_you_sentence,
)
from suivi_templates.schedule import (
    CALL_TIME,
    FOLLOW_UP_LIMIT,
    MIN_GAP,
    Earliest,
    Timeline,
    contacts,
    earliest_follow_up,
    good_call_day,
    sent_by_another_channel,
    thank_you_window,
    voicemail_left,
)

if TYPE_CHECKING:
    from os import PathLike

    from suivi_templates.rendering import Draft

__all__ = [
    "FollowUpPlan",
    "Step",
    "StepKind",
    "Stopped",
    "plan",
]

StepKind = Literal["thank_you", "reminder", "phone_call", "commitment"]
Status = Literal["planned", "due", "overdue"]
StopReason = Literal["no_contact", "reply_received", "limit_reached", "voicemail_left"]

_DRAFTS_BY_CHANNEL: dict[Channel, tuple[str, ...]] = {
    "email": ("reminder",),
    "phone": ("phone_script", "voicemail"),  # R21: one voicemail if nobody answers
}

_SATURDAY = 5


# --- Values ----------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Step(_Frozen):
    """One contact to make: what, on which day, by which channel, from what time, and why."""

    kind: StepKind
    """``thank_you``, ``reminder`` or ``phone_call`` (the history's vocabulary), or
    ``commitment``: send what was promised by its date (R3)."""
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
    promises: tuple[str, ...] = ()
    """What a ``commitment`` step sends: the promises, as written in the context."""

    @property
    def draft_kinds(self) -> tuple[str, ...]:
        """Return the kinds of draft this step needs, in the order they are used.

        >>> Step(kind="phone_call", on=date(2026, 12, 7), channel="phone", note="",
        ...      rule_date=date(2026, 12, 7)).draft_kinds
        ('phone_script', 'voicemail')
        """
        if self.kind == "commitment":
            # The message that sends what was promised; contact details are the person's
            # to write, so they have no draft.
            return ("commitment",) if any(map(phrasing.attachable, self.promises)) else ()
        if self.kind == "thank_you" and self.channel == "email":
            return ("thank_you",)
        return _DRAFTS_BY_CHANNEL[self.channel]

    def render(self, context: InterviewContext) -> tuple[Draft, ...]:
        """Render this step's drafts for ``context`` with :func:`suivi_templates.render`."""
        from suivi_templates.rendering import render  # rendering imports the checks

        return tuple(render(kind, context, sent_on=self.on) for kind in self.draft_kinds)


class Stopped(_Frozen):
    """Why nothing more should be sent: what happened, which rules, what to do instead."""

    reason: StopReason
    note: str
    rules: tuple[str, ...]

    def __str__(self) -> str:
        return self.note


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

    def check_context(self, context: InterviewContext | Mapping[str, Any]) -> None:
        """Raise :class:`ContextMismatch` unless ``context`` is the one this plan is for."""
        context = as_context(context)
        expected = f"{self.locale}, {self.interview_date.isoformat()}"
        given = f"{context.locale}, {context.interview.date.isoformat()}"
        if expected != given:
            raise ContextMismatch(expected, given)

    def render(self, context: InterviewContext | Mapping[str, Any]) -> tuple[Draft, ...]:
        """Render the drafts of every step, in order, each kind once.

        With the default email channel and no history, that is the four drafts:
        thank-you, reminder, phone script and voicemail. ``context`` may be the context's
        JSON-ready data, as :func:`plan` takes it.
        """
        context = as_context(context)
        self.check_context(context)
        from suivi_templates.rendering import render  # rendering imports the checks

        # Each kind once, dated by the first step that sends it (« hier » in a thank-you).
        kinds: dict[str, Step] = {}
        for step in self.steps:
            for kind in step.draft_kinds:
                kinds.setdefault(kind, step)
        return tuple(
            render(kind, self.context_on(step, context), sent_on=step.on)
            for kind, step in kinds.items()
        )

    def context_on(
        self, step: Step, context: InterviewContext | Mapping[str, Any]
    ) -> InterviewContext:
        """Return ``context`` as it stands on ``step``'s day: promises sent before, kept.

        The plan's earlier e-mail reminder is recorded in ``history``: a call after it does
        not tell its news again as new. A reminder drafted from the plan must not attach
        again, or apologise for, what a ``commitment`` step of this plan sends earlier, nor
        give again what its thank-you gave (R3).
        """
        context = as_context(context)
        # The day each went: the step's, not the day it was due (pair read 326: « que je vous
        # ai fait parvenir le 28 novembre », sent on Friday the 27th).
        sent_apart = {
            promise: earlier.on
            for earlier in self.steps
            if earlier.kind == "commitment" and earlier.on < step.on
            for promise in earlier.promises
        }
        sent = set(sent_apart)
        # The plan's thank-you keeps what is at hand (a file, a link, details in words): a
        # later message must not send it again. A thank-you already in the history may have
        # left it out, so only ``done`` says it went.
        with_thanks: set[str] = set()
        if any(earlier.kind == "thank_you" and earlier.on < step.on for earlier in self.steps):
            # … and what it said it sends by text or by post that day (read 312: eg12). It went
            # with the thank-you, not apart on its due date (read 352: « mes attestations, que
            # je vous ai fait parvenir le 9 décembre », after a thank-you that had attached
            # them).
            with_thanks = {
                c.promise
                for c in context.commitments
                if c.in_hand or sent_by_another_channel(context, c)
            } - set(sent_apart)
            sent |= with_thanks
        # An e-mail reminder attaches or gives what is still owed: the call after it recalls
        # it sent, it does not promise to send it « aujourd'hui même » nor read it out again.
        if any(
            e.kind == "reminder" and e.channel == "email" and e.on < step.on for e in self.steps
        ):
            sent |= {
                c.promise
                for c in context.commitments
                if c.in_hand or phrasing.attachable(c.promise)
            }
        # A reminder of this plan sent before the step's day is history by then: a call after
        # it does not tell its news again as new (read 114: ten calls and voicemails did).
        recorded = {(entry.kind, entry.on) for entry in context.history}
        written = [
            HistoryEntry(kind="reminder", on=earlier.on, channel="email")
            for earlier in self.steps
            if earlier.kind == "reminder"
            and earlier.channel == "email"
            and earlier.on < step.on
            and ("reminder", earlier.on) not in recorded
        ]
        if written:
            history = sorted([*context.history, *written], key=lambda entry: entry.on)
            context = context.model_copy(update={"history": history})
        if not sent:
            return context
        kept = [
            c.model_copy(
                update={
                    "done": True,
                    "due": None if c.promise in with_thanks else sent_apart.get(c.promise, c.due),
                }
            )
            if c.promise in sent
            else c
            for c in context.commitments
        ]
        return context.model_copy(update={"commitments": kept})

    def to_ics(
        self,
        context: InterviewContext | Mapping[str, Any],
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
            as_context(context),
            path,
            overwrite=overwrite,
            include_drafts=include_drafts,
            stamp=stamp,
        )

    def to_frame(self) -> Any:
        """The steps as a pandas ``DataFrame``, one per row (the ``tableaux`` extra)."""
        from suivi_templates import frames  # pandas is optional: imported on use

        return frames.plan_frame(self)

    def _repr_html_(self) -> str:
        from suivi_templates import display  # display imports this module's neighbours

        return display.plan_html(self)

    def _repr_markdown_(self) -> str:
        from suivi_templates import display

        return display.plan_markdown(self)


# --- French notes ----------------------------------------------------------------------


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
    listed = ", ".join(f"{prose_day(day, locale)} ({name})" for day, name in found)
    label = "Jours fériés évités" if len(found) > 1 else "Jour férié évité"
    return f"{label}{COLON} {listed}."


def _late_thanks(message: str) -> str:
    return (
        f"Le remerciement n'est pas parti et il est trop tard pour l'envoyer seul "
        f"(R7){COLON} remerciez en une phrase au début de {message}."
    )


def _late_sentence(on: date, today: date, locale: Locale) -> str:
    when = "aujourd'hui" if on == today else prose_day(on, locale)
    return f"Cette date est passée{COLON} à faire dès {when}."


# --- The planner -----------------------------------------------------------------------


def plan(
    context: InterviewContext | Mapping[str, Any], *, today: date | None = None
) -> FollowUpPlan:
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
    context = as_context(context)
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
    # A promise outlives the follow-ups: it is still owed after a reply or the last call.
    owed = still_owed(context)
    if timeline.reply_on is not None:
        note = f"{_reply_note(context, timeline.reply_on)}{owed}"
        return stop("reply_received", note, *(("R3",) if owed else ()), "R22")
    if len(timeline.follow_ups) >= FOLLOW_UP_LIMIT:
        note = f"{_limit_note(context, timeline)}{owed}"
        return stop("limit_reached", note, *(("R3",) if owed else ()), "R17", "R23")
    if (left := voicemail_left(context)) is not None:
        note = f"{_voicemail_note(context, left)}{owed}"
        return stop("voicemail_left", note, *(("R3",) if owed else ()), "R21", "R23")

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
    promised, with_thank_you = planned_promises(
        context, today, thank_you_on=last if steps else None
    )
    if with_thank_you:
        steps[0] = _with_sentence(steps[0], with_thank_you_sentence(with_thank_you, locale), "R3")
    promise_steps = [
        Step(kind="commitment", channel="email", **asdict(promise)) for promise in promised
    ]
    if folded_thank_you and promise_steps:
        # The first message after the interview thanks, whatever it carries (R7).
        promise_steps[0] = _with_sentence(promise_steps[0], _late_thanks("ce message"), "R7")
        folded_thank_you = False
    steps.extend(promise_steps)
    promise_days = {step.on for step in promise_steps}
    # A call made first, in a process run in writing: the next follow-up is written (R18).
    called_on = next((c.on for c in timeline.follow_ups if c.kind == "phone_call"), None)
    if context.next_steps.channel != "email":
        called_on = None
    if promise_steps:
        last = max(promise_steps[-1].on, last or promise_steps[-1].on)
    for slot in range(len(timeline.follow_ups), FOLLOW_UP_LIMIT):
        step = _follow_up_step(
            context,
            slot,
            today=today,
            last_contact=last,
            first_follow_up=first_follow_up,
            folded_thank_you=folded_thank_you and slot == 0,
            first_step=not steps,
            promise_days=promise_days,
            called_on=called_on,
        )
        steps.append(step)
        last = step.on
        if slot == 0:
            first_follow_up = step.on
    return FollowUpPlan(
        locale=locale, interview_date=context.interview.date, today=today, steps=tuple(steps)
    )


def _with_sentence(step: Step, sentence: str, rule: str) -> Step:
    """The same step, its note ending with ``sentence`` and its rules with ``rule``."""
    rules = sorted({*step.rules, rule}, key=lambda rule_id: int(rule_id[1:]))
    return step.model_copy(update={"note": f"{step.note} {sentence}", "rules": tuple(rules)})


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
    words = WORDS[locale]
    # No address for the person met, in a process run by phone: the thank-you is a call
    # (R13; read 85 scored five such e-mails 1 or 2, « pas de courriel pantoute »).
    by_phone = context.interviewer.email is None and context.next_steps.channel == "phone"
    means = "par téléphone" if by_phone else f"par {words['email']}"
    ideal, last_day = thank_you_window(context)
    if today > last_day and today >= earliest_follow_up(context, 0, last_contact=None).on:
        return None
    on = max(ideal, on_or_after(today, locale))
    status: Status
    why = (
        f"le jour ouvrable qui suit {words['the_interview']} "
        f"{of_day(context.interview.date, locale)} (R7)"
    )
    if today <= ideal:
        status = "due" if on == today else "planned"
        note = _Note(
            f"Remerciement {means} {prose_day(ideal, locale)}, {why}{COLON} "
            f"ni le jour même, ni plus de 48{NBSP}h après.",
            "R7",
        )
        note.add(_skipped_holidays(context.interview.date, ideal, locale))
        if status == "due":
            note.add("À faire aujourd'hui.")
    elif today <= last_day:
        status = "due" if on == today else "planned"
        when = "aujourd'hui" if on == today else prose_day(on, locale)
        note = _Note(
            f"Remerciement {means} {when}{COLON} le jour idéal était "
            f"{prose_day(ideal, locale)}, {why}, et c'est encore dans les 48{NBSP}h.",
            "R7",
        )
    else:
        status = "overdue"
        when = "aujourd'hui" if on == today else prose_day(on, locale)
        note = _Note(
            f"Remerciement {means} en retard{COLON} il était prévu "
            f"{prose_day(ideal, locale)}, {why}. Un remerciement tardif vaut mieux que rien tant "
            f"que la relance n'est pas due{COLON} envoyez-le dès {when}, bref, sans vous "
            "excuser longuement.",
            "R7",
        )
    if recall := commitments_sentence(context):
        note.add(recall, "R3")
    if not context.topics:
        # « ne note que les sujets abordés » to a context with none (fresh69).
        note.add(
            f"Le contexte ne note aucun sujet abordé (topics){COLON} sans au moins un, la "
            "bibliothèque ne rédige ni le remerciement ni la relance, qui ressembleraient à une "
            "lettre envoyée à tous. Notez un ou deux points précis de l'entrevue.",
            "R9",
        )
    elif not _own_sentences(context):
        note.add(
            f"Le contexte ne note que les sujets abordés{COLON} le remerciement ne pourra guère "
            "que les nommer. Ajoutez une phrase à vous, ce qui vous a frappé "
            "(debrief.struck_by), ce que vous voulez ajouter (debrief.to_add) ou un atout pour "
            "ce poste (debrief.highlights), ou répondez aux questions de "
            f"«{NBSP}suivi-templates debrief{NBSP}».",
            "R9",
        )
    if stumble := _stumble_hint(context):
        note.add(stumble, "R10")
    # The greeting and the export are an e-mail's: a call needs neither.
    if not by_phone and (civility := _civility_hint(context)):
        note.add(civility)
    if by_phone:
        note.add(
            f"Aucune adresse de {words['email']} {formatting.of_person(context.interviewer.name)} "
            "et le processus "
            f"se fait par téléphone{COLON} remerciez par un appel (le script dit «{NBSP}Appel "
            f"de remerciement{NBSP}»), avec un message vocal si personne ne répond.",
            "R13",
        )
        if number_hint := _number_hint(context, words["front_desk"]):
            note.add(number_hint, "R19")
    elif context.interviewer.email is None:
        note.add(
            f"Aucune adresse de {words['email']} {formatting.of_person(context.interviewer.name)} "
            "dans le "
            f"contexte{COLON} demandez-la {formatting.a(words['front_desk'])}, ou envoyez le "
            "remerciement à l'adresse générale de l'organisation, à son attention.",
            "R7",
        )
    if context.candidate.email is None and not by_phone:
        # Without it the .eml export (its From) refuses the draft: say so the day it is planned.
        note.add(
            f"Votre propre adresse de {words['email']} n'est pas dans le contexte "
            f"(candidate.email){COLON} ajoutez-la pour exporter le brouillon en "
            f"{words['email']} prêt à envoyer.",
            "R7",
        )
    return Step(
        kind="thank_you",
        on=on,
        channel="phone" if by_phone else "email",
        note=note.text(),
        status=status,
        rule_date=ideal,
        rules=note.rule_ids(),
    )


def _own_sentences(context: InterviewContext) -> bool:
    """The context holds something of the candidate's own for a thank-you to say (R9, R10)."""
    debrief = context.debrief
    return bool(debrief.struck_by or debrief.to_add or debrief.highlights or context.commitments)


def _follow_up_step(
    context: InterviewContext,
    slot: int,
    *,
    today: date,
    last_contact: date | None,
    first_follow_up: date | None,
    folded_thank_you: bool,
    first_step: bool,
    promise_days: set[date],
    called_on: date | None,
) -> Step:
    locale = context.locale
    words = WORDS[locale]
    earliest = earliest_follow_up(
        context, slot, last_contact=last_contact, first_follow_up=first_follow_up
    )
    # A person met the notes say is deaf is not called: every follow-up is written.
    deaf = said_deaf(context.notes_on_the_person_met, context.interviewer.name)
    written = slot == 0 or called_on is not None or deaf
    channel: Channel = "email" if deaf else context.next_steps.channel if written else "phone"
    rule_date = good_call_day(earliest.on, locale) if channel == "phone" else earliest.on
    on = max(rule_date, on_or_after(today, locale))
    status: Status = "overdue" if rule_date < today else ("due" if on == today else "planned")
    kind: StepKind = "reminder" if written else "phone_call"
    exact = rule_date == earliest.rule_on
    if kind == "reminder" and slot > 0 and called_on is not None:
        note = _Note(
            f"Relance par {words['email']} {prose_day(rule_date, locale)}{COLON} vous avez "
            f"déjà appelé {prose_day(called_on, locale)} ; le processus se mène par écrit, la "
            "relance suivante se fait donc par écrit (R13), une semaine après l'appel (R18).",
            "R13",
            "R18",
        )
    elif kind == "reminder" and slot > 0:
        # Written in place of the call (a person met who is deaf): R18 sets its day.
        note = _Note(
            f"Deuxième relance par {words['email']} {prose_day(rule_date, locale)}{COLON} la "
            "première est restée sans réponse, on attend une semaine (R18).",
            "R18",
        )
        note.add(_WRITTEN_TO_THE_DEAF, "R13")
    elif kind == "reminder":
        how = f"par {words['email']}" if channel == "email" else "par téléphone"
        note = _Note(
            f"Relance {how} {prose_day(rule_date, locale)}{COLON} "
            + _reminder_reason(context, earliest, exact),
            "R12",
        )
        if channel == "phone":
            note.add(
                f"Par téléphone, comme le reste du processus (R13), à partir de "
                f"{prose_hour(CALL_TIME)} (R19).",
                "R13",
                "R19",
            )
        elif deaf:
            note.add(_WRITTEN_TO_THE_DEAF, "R13")
        else:
            note.add("Par écrit, comme le reste du processus (R13).", "R13")
        if folded_thank_you:
            note.add(_late_thanks("cette relance"), "R7")
    elif earliest.basis in ("meeting", "second_interview"):
        note = _Note(
            f"{words['call']} {prose_day(rule_date, locale)}, à partir de "
            f"{prose_hour(CALL_TIME)}{COLON} " + _after_meeting(earliest, locale),
            "R12",
            "R19",
        )
    elif earliest.basis == "decision_by":
        # The reminder went before the delay announced: the call waits for the delay (R12).
        note = _Note(
            f"{words['call']} {prose_day(rule_date, locale)}, "
            f"à partir de {prose_hour(CALL_TIME)}{COLON} la relance est restée sans réponse "
            f"(R18), mais le délai annoncé court jusqu'au "
            f"{prose_day(earliest.since, locale).removeprefix('le ')} "
            "(R12) ; en fin d'après-midi pour joindre directement la personne rencontrée (R19).",
            "R12",
            "R18",
            "R19",
        )
    else:
        after = "une semaine" if exact else "un peu plus d'une semaine"
        note = _Note(
            f"{words['call']} {prose_day(rule_date, locale)}, "
            f"à partir de {prose_hour(CALL_TIME)}{COLON} "
            f"{after} après la relance {of_day(earliest.since, locale)} restée sans réponse "
            "(R18), en fin d'après-midi pour joindre directement la personne rencontrée (R19).",
            "R18",
            "R19",
        )
    if earliest.gap_from is not None and earliest.gap_from in promise_days:
        note.add(
            f"Elle attend au moins {MIN_GAP} jours ouvrables après l'envoi promis "
            f"{of_day(earliest.gap_from, locale)}, pour ne pas enchaîner les messages (R3, R16).",
            "R3",
            "R16",
        )
    elif earliest.gap_from is not None:
        note.add(
            f"Ce jour laisse au moins {MIN_GAP} jours ouvrables après votre dernier contact, "
            f"{prose_day(earliest.gap_from, locale)}, pour ne pas enchaîner les messages (R16).",
            "R16",
        )
    if channel == "phone" and rule_date != earliest.on:
        note.add(
            "Le vendredi, les jours qui touchent un jour férié et ceux du 22 décembre au "
            "2 janvier se prêtent mal à un appel, d'où ce jour."
        )
    if channel == "phone":
        note.add(
            f"Si personne ne répond, laissez un seul message {words['voicemail']} (R21).", "R21"
        )
        if number_hint := _number_hint(context, words["front_desk"]):
            note.add(number_hint, "R19")
    if kind == "phone_call":
        note.add(
            "C'est le dernier suivi (R17). Si on vous demande vos références, c'est bon signe, "
            "mais ce n'est pas encore une offre (R22).",
            "R17",
            "R22",
        )
    if (later := _news_after(context, on)) is not None:
        note.add(
            f"La nouvelle «{NBSP}{later.rstrip(' .')}{NBSP}» est datée d'après ce jour{COLON} "
            "le brouillon ne la dit pas. "
            "Si vous relancez après cette date, refaites le plan ce jour-là pour qu'elle y "
            "figure (R14).",
            "R14",
        )
    if kind == "reminder" and (advice := _news_advice(context, on)):
        note.add(advice, "R14")
    if status == "overdue":
        note.add(_late_sentence(on, today, locale))
    elif status == "due":
        note.add("À faire aujourd'hui.")
    if first_step and (recall := commitments_sentence(context)):
        note.add(recall, "R3")
    if first_step and (civility := _civility_hint(context)):
        note.add(civility)
    if slot == 0 and (delay := _delay_hint(context)):
        note.add(delay, "R12")
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


def _number_hint(context: InterviewContext, front_desk: str) -> str | None:
    """A call to plan with no number for the person met: say where to find one.

    Nineteen calls and voicemails of read 89 lost a point each to a context with no number:
    the reader's first question was whom to dial.
    """
    if context.interviewer.phone is not None:
        return None
    return (
        f"Le contexte n'a pas le numéro {formatting.of_person(context.interviewer.name)} "
        "(interviewer.phone)"
        f"{COLON} demandez son poste {formatting.a(front_desk)} ou au numéro général de "
        "l'organisation, et notez-le."
    )


def _news_after(context: InterviewContext, day: date) -> str | None:
    """The first news of the context dated after ``day``, which a draft of that day holds back.

    The candidate's (``debrief.since``) and the organisation's (``company.facts``) alike.
    """
    held = context.interview.date
    news = [*context.debrief.since, *context.company.facts]
    return next((n for n in news if not phrasing.told_by(n, held, day)), None)


def _news_advice(context: InterviewContext, day: date) -> str | None:
    """What the reminder of ``day`` lacks, if anything: a fact, or what it changes (R14).

    The library never ties a fact to the job by itself (a stock « un atout de plus » reads as
    a model); a fact dropped in as typed was the first tell of pair read 50 (28 reminders).
    Only news the reminder can tell counts: news dated later has its own note.
    """
    debrief = context.debrief
    held = context.interview.date
    told = [
        news
        for news in debrief.since
        if phrasing.told_by(news, held, day) and not phrasing.offered_by_them(news)
    ]
    if told:
        news = told[0]
        if phrasing.FOR_THE_EMPLOYER.search(news):
            return None
        return (
            f"La relance dira votre nouvelle «{NBSP}{news.rstrip('.')}{NBSP}» sans ce qu'elle "
            f"change pour l'employeur{COLON} ajoutez-le dans debrief.since (par exemple "
            f"«{NBSP}…{NBSP}: je pourrai donc assurer seule les quarts de nuit{NBSP}»)."
        )
    if context.company.facts or debrief.highlights[1:] or _news_after(context, day):
        return None
    return (
        f"Le contexte n'a rien de nouveau pour la relance{COLON} notez un fait depuis "
        f"{WORDS[context.locale]['the_interview']} et ce qu'il change pour l'employeur "
        "(debrief.since) ou une nouvelle de l'organisation (company.facts), sinon elle ne "
        "fera que redire votre intérêt."
    )


_WRITTEN_TO_THE_DEAF = (
    "Par écrit : les notes disent que la personne rencontrée est sourde, un appel ne la "
    "joindrait pas (R13)."
)


def _reminder_reason(context: InterviewContext, earliest: Earliest, exact: bool) -> str:
    locale = context.locale
    interview = WORDS[locale]["the_interview"]
    since = earliest.since
    if earliest.grace == "calls_back":
        return (
            f"quelques jours ouvrables après la date de décision annoncée, "
            f"{prose_day(since, locale)}, puisque la personne rencontrée a dit qu'elle vous "
            "contacterait (R12)."
        )
    if earliest.grace == "sitting":
        return (
            f"quelques jours ouvrables après la réunion qui doit décider, "
            f"{prose_day(since, locale)}, le temps que sa décision vous soit communiquée (R12)."
        )
    if earliest.basis == "decision_by":
        first = "le premier jour ouvrable " if exact else ""
        return f"{first}après la date de décision annoncée, {prose_day(since, locale)} (R12)."
    if earliest.basis in ("meeting", "second_interview"):
        return _after_meeting(earliest, locale)
    if earliest.basis == "short":
        return (
            f"le processus a été annoncé comme court, on attend donc au moins une semaine "
            f"après {interview} {of_day(since, locale)} (R12)."
        )
    return (
        f"aucune date de décision n'a été annoncée, on attend donc au moins deux semaines "
        f"après {interview} {of_day(since, locale)} (R12)."
    )


def _after_meeting(earliest: Earliest, locale: Locale) -> str:
    if earliest.basis == "second_interview":
        return (
            f"une deuxième rencontre est prévue d'après vos notes, "
            f"{prose_day(earliest.since, locale)}{COLON} sans délai annoncé après elle, on "
            "attend deux semaines avant de demander où en est le processus (R12)."
        )
    # « au plus tard » : « on se revoit fin janvier » counts from the 31st, not a day fixed.
    return (
        f"une nouvelle rencontre est prévue d'après vos notes, au plus tard "
        f"{prose_day(earliest.since, locale)}{COLON} "
        "on attend une semaine après elle avant de demander où en est le processus (R12)."
    )


def _no_contact_note() -> str:
    return (
        "L'entreprise a demandé aux candidats de ne pas la contacter pendant le processus"
        f"{COLON} n'envoyez rien, ni remerciement, ni relance, ni appel (R11). Elle vous "
        "recontactera si votre candidature est retenue. Continuez vos recherches d'ici là (R23)."
    )


def _reply_note(context: InterviewContext, reply_on: date) -> str:
    return (
        f"Une réponse est arrivée {prose_day(reply_on, context.locale)}{COLON} le plan de relances "
        "s'arrête là. Répondez-y si elle attend une réponse, au rythme de la personne qui "
        "recrute. Une demande de références est bon signe, mais ce n'est pas une offre (R22)."
    )


def _delay_hint(context: InterviewContext) -> str | None:
    """A delay announced in the notes only: the plan cannot wait for a day it does not know.

    Read 98: « Il a dit on se reparle la semaine prochaine », in the impressions; the call
    was planned before that week.
    """
    if context.next_steps.decision_by is not None:
        return None
    notes = context.notes_on_the_person_met
    said = phrasing.announced_delay(notes)
    if said is None:
        return None
    day = phrasing.announced_day(notes, context.interview.date)
    waited = (
        f"le plan attend jusqu'au {prose_day(day, context.locale).removeprefix('le ')}"
        if day is not None
        else "le plan ne sait pas le compter"
    )
    return (
        f"Vos notes disent «{NBSP}{said}{NBSP}»{COLON} {waited}. Notez le jour exact dans "
        "next_steps.decision_by, pour que le plan attende le délai annoncé (R12)."
    )


def _stumble_hint(context: InterviewContext) -> str | None:
    """An answer the impressions say went wrong, and nothing noted to complete it.

    Pair read 107: the hand completes the answer the debrief says was missed (« La réponse
    ratée complétée… c'est le levier le plus souvent oublié »); a program cannot guess what the
    candidate would have said. A ``to_add`` that only says the answer was missed is left out
    of the thank-you, and the note asks for what completes it.
    """
    to_add = context.debrief.to_add
    if to_add is not None and phrasing.only_missed(to_add):
        return (
            f"Votre ajout (debrief.to_add) dit seulement «{NBSP}{to_add.strip().rstrip('.')}"
            f"{NBSP}»{COLON} le remerciement ne le reprend pas. Écrivez plutôt en une phrase ce "
            "que vous auriez voulu répondre, ou ce que vous avez appris depuis."
        )
    if to_add is not None:
        return None
    stumble = phrasing.stumbled_answer(context.debrief.impressions)
    if stumble is None:
        return None
    return (
        f"Vos impressions notent «{NBSP}{stumble}{NBSP}»{COLON} pour compléter cette réponse, "
        "écrivez en une phrase à vous ce que vous auriez voulu dire (debrief.to_add). Le "
        "remerciement la reprendra."
    )


def _civility_hint(context: InterviewContext) -> str | None:
    """Without a civility, the drafts greet by the full name: say so, and how to change it.

    « Bonjour Yves Bérubé, » is neutral but less usual; readers 49 to 51 marked it down in 9
    to 15 drafts each, expecting « Bonjour Monsieur, » from someone met in person.
    """
    if context.interviewer.civility is not None or civility_of_title(context.interviewer.title):
        return None  # a feminine title (« directrice ») says « Madame »
    name = context.interviewer.name
    guessed = civility_of_given_name(without_civility(name), context.interviewer.email)
    why = "d'après le prénom"
    if guessed is None and (said := civility_of_notes(context.notes_on_the_person_met)):
        guessed, words = said
        why = f"d'après vos notes («{NBSP}{words}{NBSP}»)"
    if guessed is not None:
        return (
            f"La civilité {formatting.of_person(name)} n'est pas notée "
            f"(interviewer.civility){COLON} les brouillons disent «{NBSP}{guessed}{NBSP}», "
            f"{why}. Si c'est faux, notez la bonne civilité."
        )
    return (
        f"La civilité {formatting.of_person(name)} n'est pas notée "
        f"(interviewer.civility){COLON} les courriels commencent par "
        f"«{NBSP}Bonjour {name},{NBSP}», une formule neutre mais moins usuelle. "
        f"Si vous la connaissez, ajoutez «{NBSP}Madame{NBSP}» ou «{NBSP}Monsieur{NBSP}»."
    )


def _voicemail_note(context: InterviewContext, left: date) -> str:
    """After a voicemail, no more calls: three blind readers scored the next one 1 or 2."""
    return (
        f"Vous avez laissé un message {WORDS[context.locale]['voicemail']} "
        f"{prose_day(left, context.locale)}{COLON} il suffit, ne rappelez pas (R21). Ne "
        "prenez pas ce silence personnellement et continuez de postuler ailleurs. Une "
        "entreprise qui veut vous recruter vous recontactera, même des semaines plus tard "
        "(R23)."
    )


def _limit_note(context: InterviewContext, timeline: Timeline) -> str:
    locale = context.locale
    dates = " et ".join(prose_day(c.on, locale) for c in timeline.follow_ups[:FOLLOW_UP_LIMIT])
    return (
        f"Deux relances ont déjà été faites ({dates}){COLON} n'en faites pas d'autre, un "
        "contact de plus passerait pour de l'insistance (R17). Ne prenez pas ce silence "
        "personnellement et continuez de postuler ailleurs. Une entreprise qui veut vous "
        "recruter vous recontactera, même des semaines plus tard (R23)."
    )
