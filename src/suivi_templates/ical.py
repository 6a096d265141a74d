"""Calendar export: a follow-up plan as an iCalendar file (RFC 5545).

Needs the optional extra ``calendrier`` (``pip install "suivi-templates[calendrier]"``),
which installs ``icalendar``; it is imported only when a calendar is exported.

Each step becomes one ``VEVENT`` rather than a ``VTODO``: every calendar application
shows events, while to-dos are ignored on import by several (Google Agenda, Outlook) and
land in a separate list in others, away from the day they belong to. Email steps are
all-day events (free time, ``TRANSP:TRANSPARENT``); calls start at 17:00 in the locale's
time zone (R19), with their ``VTIMEZONE``. The description holds the step's note and, by
default, its drafts, rendered through :meth:`Step.render`.

UIDs depend only on the interview (locale, date, company, interviewer, role) and the
step's kind (and, for a promise sent later, what it sends), hashed so that they carry no
personal data: re-exporting an updated plan updates the same events instead of adding
new ones.

The file is written only where the caller asks, atomically (a temporary file in the same
folder, then a rename), readable by its owner only, and never over an existing file
unless ``overwrite=True``.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from suivi_templates.business_days import time_zone
from suivi_templates.errors import CalendarUnavailable, NothingToExport, OutputExists
from suivi_templates.models import InterviewContext
from suivi_templates.output import write_file

if TYPE_CHECKING:
    from suivi_templates.planner import FollowUpPlan, Step
    from suivi_templates.rendering import Draft

__all__ = [
    "OutputExists",
    "export_ics",
]

PRODID = "-//suivi_templates//Plan de suivi//FR"
CALL_LENGTH = timedelta(minutes=30)

_SUMMARIES = {
    "fr_CA": {
        ("thank_you", "email"): "Remerciement par courriel",
        ("thank_you", "phone"): "Remerciement par téléphone",
        ("reminder", "email"): "Relance par courriel",
        ("reminder", "phone"): "Relance par téléphone",
        ("phone_call", "phone"): "Appel de suivi",
        ("commitment", "email"): "Envoi promis par courriel",
    },
    "fr_FR": {
        ("thank_you", "email"): "Remerciement par mail",
        ("thank_you", "phone"): "Remerciement par téléphone",
        ("reminder", "email"): "Relance par mail",
        ("reminder", "phone"): "Relance par téléphone",
        ("phone_call", "phone"): "Relance téléphonique",
        ("commitment", "email"): "Envoi promis par mail",
    },
}

_DRAFT_LABELS = {
    "thank_you": "Remerciement",
    "reminder": "Relance",
    "phone_script": "Script d'appel",
    "voicemail": "Message vocal, si personne ne répond (R21)",
}


def export_ics(
    plan: FollowUpPlan,
    context: InterviewContext,
    path: str | os.PathLike[str] | None = None,
    *,
    overwrite: bool = False,
    include_drafts: bool = True,
    stamp: datetime | None = None,
) -> bytes:
    """Export ``plan`` as iCalendar bytes, and write them to ``path`` when given.

    Args:
        plan: the plan computed by :func:`suivi_templates.plan` for ``context``.
        context: the same context; it names the events and renders the drafts.
        path: where to write the file; nothing is written when None.
        overwrite: replace ``path`` if it exists (otherwise :class:`OutputExists`).
        include_drafts: put each step's drafts in its description.
        stamp: the ``DTSTAMP`` of every event (default: now, in UTC); pass one for
            reproducible output.

    Returns:
        The calendar, encoded as RFC 5545 requires (UTF-8, CRLF line ends).

    Raises:
        CalendarUnavailable: if the ``calendrier`` extra is not installed.
        NothingToExport: if the plan is stopped.
        ContextMismatch: if ``context`` is not the plan's interview.
        OutputExists: if ``path`` exists and ``overwrite`` is False.

    """
    try:
        import icalendar
    except ImportError:
        raise CalendarUnavailable() from None
    plan.check_context(context)
    if not plan.steps:
        raise NothingToExport(str(plan.stopped) if plan.stopped else "le plan est vide.")

    stamp = datetime.now(UTC) if stamp is None else stamp.astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Suivi – {context.company.name}")
    for step in plan.steps:
        event = icalendar.Event()
        event.add("uid", _uid(context, step))
        event.add("dtstamp", stamp)
        event.add("summary", _summary(context, step))
        if step.not_before is None:
            event.add("dtstart", step.on)
            event.add("dtend", step.on + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        else:
            start = datetime.combine(step.on, step.not_before, tzinfo=time_zone(context.locale))
            event.add("dtstart", start)
            event.add("dtend", start + CALL_LENGTH)
        event.add("description", _description(plan, context, step, include_drafts))
        event.add("categories", ["Recherche d'emploi"])
        calendar.add_component(event)
    add_timezones = getattr(calendar, "add_missing_timezones", None)
    if add_timezones is not None:  # icalendar >= 6.1; older versions keep TZID alone
        first, last = plan.steps[0].on, plan.steps[-1].on
        add_timezones(date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    data: bytes = calendar.to_ical()
    if path is not None:
        write_file(path, data, overwrite=overwrite)
    return data


def _uid(context: InterviewContext, step: Step) -> str:
    key = "|".join(
        (
            context.locale,
            context.interview.date.isoformat(),
            context.company.name,
            context.interviewer.name,
            context.role.title,
            step.kind,
            *step.promises,  # two promises sent on different days are two events
        )
    )
    return hashlib.sha256(key.encode()).hexdigest()[:32] + "@suivi-templates"


def _summary(context: InterviewContext, step: Step) -> str:
    what = _SUMMARIES[context.locale][(step.kind, step.channel)]
    late = "En retard – " if step.status == "overdue" else ""
    return f"{late}{what} – {context.company.name}"


def _description(
    plan: FollowUpPlan, context: InterviewContext, step: Step, include_drafts: bool
) -> str:
    parts = [step.note]
    if include_drafts:
        parts.extend(_draft_text(draft) for draft in step.render(plan.context_on(step, context)))
    return "\n\n".join(parts)


def _draft_text(draft: Draft) -> str:
    label = _DRAFT_LABELS.get(draft.kind, draft.kind)
    if draft.subject is None:
        return f"— {label} —\n\n{draft.body}"
    return f"— {label} —\n\nObjet\u00a0: {draft.subject}\n\n{draft.body}"
