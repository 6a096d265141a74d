"""The plan's promises (R3): which are sent on a day of their own, when, and their notes.

A promise to send later (``commitments[].due``, asked by the debrief) becomes a
``commitment`` step of :func:`suivi_templates.plan`: by its date (the business day before
when it falls on a day off), never before ``today``, one step per day. A promise due by the
day of a planned thank-you goes with the thank-you instead. The planner builds the steps
from :class:`PlannedPromise` and places the next follow-up after them (R16).

>>> from datetime import date
>>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
>>> promise = {"promise": "lui transmettre mon analyse", "due": "2026-11-28"}  # a Saturday
>>> ctx = InterviewContext.model_validate(dict(EXAMPLE_CONTEXT, commitments=[promise]))
>>> (planned,), with_thank_you = planned_promises(ctx, date(2026, 11, 19), thank_you_on=None)
>>> planned.on, planned.status, planned.promises, with_thank_you
(datetime.date(2026, 11, 27), 'planned', ('lui transmettre mon analyse',), [])
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from suivi_templates._wording import COLON, NBSP, WORDS, prose_day
from suivi_templates.business_days import next_business_day, on_or_after
from suivi_templates.models import Commitment, InterviewContext, Locale
from suivi_templates.phrasing import attachable
from suivi_templates.schedule import kept_by_thanks, promise_day, promises_to_send

__all__ = [
    "PlannedPromise",
    "commitments_sentence",
    "planned_promises",
    "still_owed",
    "with_thank_you_sentence",
]


@dataclass(frozen=True)
class PlannedPromise:
    """One day of promises to send: the fields of its ``commitment`` step."""

    on: date
    rule_date: date
    status: Literal["planned", "due", "overdue"]
    note: str
    rules: tuple[str, ...]
    promises: tuple[str, ...]


def _quoted(commitments: list[Commitment]) -> str:
    quoted = [f"«{NBSP}{c.promise}{NBSP}»" for c in commitments]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " et " + quoted[-1]


def _recalled(context: InterviewContext) -> list[Commitment]:
    """The open promises without a day of their own."""
    dated = promises_to_send(context)
    return [c for c in context.open_commitments if c not in dated]


def commitments_sentence(context: InterviewContext) -> str:
    """Recall the open promises without a day of their own, in a plan's first step (R3)."""
    recalled = _recalled(context)
    if not recalled:
        return ""
    quoted = ", ".join(f"«{NBSP}{c.promise}{NBSP}»" for c in recalled)
    sentence = f"Tenez aussi votre engagement (R3){COLON} {quoted}."
    # Contact details cannot be attached: given in words, the thank-you gives them at once.
    if any(not (c.attachment or c.link or c.details or attachable(c.promise)) for c in recalled):
        sentence += (
            " Écrivez les coordonnées promises dans le champ details de la promesse"
            f"{COLON} le remerciement les donnera aussitôt."
        )
    # A thank-you in the history is taken to have kept what was at hand, unless the notes say
    # it was left out (read 123): only the person knows, and the drafts follow the notes.
    if any(kept_by_thanks(context, c) for c in recalled):
        sentence += (
            " Les brouillons suivants la tiennent pour tenue par votre remerciement"
            f"{COLON} si vous l'y avez oubliée, dites-le dans debrief.impressions (« oublié de "
            "joindre… au remerciement »), et le prochain message l'enverra."
        )
    return sentence


def planned_promises(
    context: InterviewContext, today: date, *, thank_you_on: date | None
) -> tuple[list[PlannedPromise], list[Commitment]]:
    """Plan the promises to send later, one per day in order, and those for the thank-you.

    ``thank_you_on`` is the day of the plan's thank-you step, if it has one: a promise due
    by then goes with it. A date already past moves to today (or the next business day),
    overdue; without a thank-you step, no promise comes before the day after the interview.
    """
    locale = context.locale
    earliest = on_or_after(today, locale)
    if thank_you_on is None:
        earliest = max(earliest, next_business_day(context.interview.date, locale))
    by_day: dict[date, list[Commitment]] = {}
    with_thank_you: list[Commitment] = []
    for commitment in promises_to_send(context):
        assert commitment.due is not None  # promises_to_send keeps dated promises only
        on = max(promise_day(commitment.due, locale), earliest)
        if thank_you_on is not None and on <= thank_you_on:
            with_thank_you.append(commitment)
        else:
            by_day.setdefault(on, []).append(commitment)
    planned = [
        _planned(context, on, promised, today=today, first=thank_you_on is None and not rank)
        for rank, (on, promised) in enumerate(sorted(by_day.items()))
    ]
    return planned, with_thank_you


def _planned(
    context: InterviewContext, on: date, promised: list[Commitment], *, today: date, first: bool
) -> PlannedPromise:
    locale = context.locale
    dues = sorted({c.due for c in promised if c.due is not None})
    rule_date = promise_day(dues[0], locale)
    status: Literal["planned", "due", "overdue"] = (
        "overdue" if rule_date < today else ("due" if on == today else "planned")
    )
    engagement = "vos engagements" if len(promised) > 1 else "votre engagement"
    sentences = [
        f"Envoi promis par {WORDS[locale]['email']} {prose_day(on, locale)}{COLON} "
        f"tenez {engagement}, {_quoted(promised)} (R3)."
    ]
    listed = " et ".join(prose_day(due, locale) for due in dues)
    if status == "overdue":
        them = "les" if len(promised) > 1 else "le"
        when = "aujourd'hui" if on == today else prose_day(on, locale)
        sentences.append(
            f"La date annoncée, {listed}, est passée{COLON} envoyez-{them} dès {when}, "
            "avec un mot bref sur le retard."
        )
    elif rule_date != dues[0]:
        sentences.append(f"C'est le dernier jour ouvrable avant la date annoncée, {listed}.")
    elif status == "due":
        sentences.append("À faire aujourd'hui.")
    sentences.append(
        f"Quelques lignes qui rappellent {WORDS[locale]['the_interview']} suffisent, avec le "
        "document joint. Une fois l'envoi fait, notez la promesse comme tenue (done = true)"
        f"{COLON} la relance ne joindra pas le document une seconde fois."
    )
    if first and (recall := commitments_sentence(context)):
        sentences.append(recall)
    return PlannedPromise(
        on=on,
        rule_date=rule_date,
        status=status,
        note=" ".join(sentences),
        rules=("R3",),
        promises=tuple(c.promise for c in promised),
    )


def with_thank_you_sentence(promised: list[Commitment], locale: Locale) -> str:
    """Say in the thank-you's note that the promises due by its day go with it (R3)."""
    dues = " et ".join(prose_day(d, locale) for d in sorted({c.due for c in promised if c.due}))
    return (
        f"Vous avez annoncé {_quoted(promised)} pour {dues}, au plus tard le jour de ce "
        f"remerciement{COLON} joignez-{'les' if len(promised) > 1 else 'le'} au remerciement "
        "(champ attachment) plutôt que de l'annoncer pour plus tard (R3)."
    )


def still_owed(context: InterviewContext) -> str:
    """Recall, after a stop's note, the promises still to send by their date (R3)."""
    listed = ", ".join(
        f"«{NBSP}{c.promise}{NBSP}» d'ici {prose_day(c.due, context.locale)}"
        for c in promises_to_send(context)
        if c.due
    )
    return f" Envoyez tout de même ce que vous avez promis (R3){COLON} {listed}." if listed else ""
