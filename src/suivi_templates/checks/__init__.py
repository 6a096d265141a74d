"""Checks that reject generic and pushy drafts, and explain why."""

from __future__ import annotations

from datetime import date

from suivi_templates.checks.report import CheckReport, Finding, Severity
from suivi_templates.models import InterviewContext

__all__ = ["CheckReport", "Finding", "Severity", "check"]


def check(
    text: str,
    context: InterviewContext | None = None,
    *,
    kind: str | None = None,
    subject: str | None = None,
    today: date | None = None,
) -> CheckReport:
    """Check ``text`` (a draft's body) and return every finding."""
    return CheckReport(text=text)
