"""suivi_templates: French follow-up drafts after a job interview, checked and planned.

>>> import suivi_templates as st
>>> ctx = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
>>> draft = st.render("thank_you", ctx)
>>> draft.kind, draft.locale, draft.report.passed
('thank_you', 'fr_CA', True)
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "render_many": "batch",
    **dict.fromkeys(("CheckReport", "Finding", "check", "check_many", "checks"), "checks"),
    "debrief": "debrief",
    **dict.fromkeys(
        (
            "CalendarUnavailable",
            "CheckConfigError",
            "ContextMismatch",
            "ConverterMissing",
            "DebriefFileProblem",
            "DebriefIncomplete",
            "DraftRejected",
            "FlatKeyProblem",
            "HeaderInjection",
            "MissingContext",
            "MissingTimeZoneData",
            "NotAnEmail",
            "NothingToExport",
            "OutputExists",
            "SuiviError",
            "TablesUnavailable",
            "TemplateProblem",
            "UnknownCheck",
            "UnknownKind",
            "UnknownLocale",
        ),
        "errors",
    ),
    **dict.fromkeys(("EXAMPLE_CONTEXT", "EXAMPLES"), "examples"),
    "context_from_flat": "flat",
    "export_ics": "ical",
    "InterviewContext": "models",
    **dict.fromkeys(("FollowUpPlan", "Step", "Stopped", "plan"), "planner"),
    **dict.fromkeys(("KINDS", "Draft", "TemplateLimits", "render"), "rendering"),
}
"""The module that defines each public name: loaded on first use of the name (PEP 562).

``import suivi_templates`` loads none of them (pydantic models, Jinja2, Babel, the checks'
rule data): a script pays only for what it uses, e.g. ``st.InterviewContext`` alone."""

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package, whose public functions ``checks`` and ``debrief`` keep their names.

    Importing the subpackage ``suivi_templates.checks`` (or ``.debrief``) would bind the
    subpackage to the package's attribute of the same name, hiding the function that
    ``st.checks`` names; the function is then looked up by ``__getattr__`` instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_SHADOWED = frozenset({"checks", "debrief"})
sys.modules[__name__].__class__ = _Package
