"""suivi_templates: French follow-up drafts after a job interview, checked and planned.

>>> import suivi_templates as st
>>> ctx = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
>>> draft = st.render("thank_you", ctx)
>>> draft.kind, draft.locale, draft.report.passed
('thank_you', 'fr_CA', True)
"""

from suivi_templates.checks import CheckReport, Finding, check, check_many, checks
from suivi_templates.errors import (
    CheckConfigError,
    DraftRejected,
    SuiviError,
    TemplateProblem,
    UnknownCheck,
    UnknownKind,
    UnknownLocale,
)
from suivi_templates.models import EXAMPLE_CONTEXT, InterviewContext
from suivi_templates.rendering import KINDS, Draft, render

__all__ = [
    "EXAMPLE_CONTEXT",
    "KINDS",
    "CheckConfigError",
    "CheckReport",
    "Draft",
    "DraftRejected",
    "Finding",
    "InterviewContext",
    "SuiviError",
    "TemplateProblem",
    "UnknownCheck",
    "UnknownKind",
    "UnknownLocale",
    "check",
    "check_many",
    "checks",
    "render",
]
