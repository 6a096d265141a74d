"""suivi_templates: French follow-up drafts after a job interview, checked and planned.

>>> import suivi_templates as st
>>> ctx = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
>>> draft = st.render("thank_you", ctx)
>>> draft.kind, draft.locale, draft.report.passed
('thank_you', 'fr_CA', True)
"""

from suivi_templates.batch import render_many
from suivi_templates.checks import CheckReport, Finding, check, check_many, checks
from suivi_templates.debrief import debrief
from suivi_templates.errors import (
    CalendarUnavailable,
    CheckConfigError,
    ContextMismatch,
    ConverterMissing,
    DebriefFileProblem,
    DebriefIncomplete,
    DraftRejected,
    FlatKeyProblem,
    HeaderInjection,
    MissingContext,
    MissingTimeZoneData,
    NotAnEmail,
    NothingToExport,
    OutputExists,
    SuiviError,
    TablesUnavailable,
    TemplateProblem,
    UnknownCheck,
    UnknownKind,
    UnknownLocale,
)
from suivi_templates.examples import EXAMPLE_CONTEXT, EXAMPLES
from suivi_templates.flat import context_from_flat
from suivi_templates.ical import export_ics
from suivi_templates.models import InterviewContext
from suivi_templates.planner import FollowUpPlan, Step, Stopped, plan
from suivi_templates.rendering import KINDS, Draft, TemplateLimits, render

__all__ = [
    "EXAMPLES",
    "EXAMPLE_CONTEXT",
    "KINDS",
    "CalendarUnavailable",
    "CheckConfigError",
    "CheckReport",
    "ContextMismatch",
    "ConverterMissing",
    "DebriefFileProblem",
    "DebriefIncomplete",
    "Draft",
    "DraftRejected",
    "Finding",
    "FlatKeyProblem",
    "FollowUpPlan",
    "HeaderInjection",
    "InterviewContext",
    "MissingContext",
    "MissingTimeZoneData",
    "NotAnEmail",
    "NothingToExport",
    "OutputExists",
    "Step",
    "Stopped",
    "SuiviError",
    "TablesUnavailable",
    "TemplateLimits",
    "TemplateProblem",
    "UnknownCheck",
    "UnknownKind",
    "UnknownLocale",
    "check",
    "check_many",
    "checks",
    "context_from_flat",
    "debrief",
    "export_ics",
    "plan",
    "render",
    "render_many",
]
