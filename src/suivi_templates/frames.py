"""Reports, findings and plans as pandas ``DataFrame`` tables, for notebooks and batches.

pandas is an optional extra (``pip install "suivi-templates[tableaux]"``), imported only
when a table is asked for, never at ``import suivi_templates``. ``CheckReport.to_frame()``,
``Finding.to_frame()`` and ``FollowUpPlan.to_frame()`` call these functions.

>>> import suivi_templates as st
>>> report = st.check("J'attends votre réponse au plus vite.")
>>> report.to_frame()[["code", "severity", "line", "column"]]
                       code severity  line  column
0  pushy.waiting_for_answer    error     1       1
1            pushy.pressure    error     1      25
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from suivi_templates.errors import TablesUnavailable

if TYPE_CHECKING:
    from suivi_templates.checks.report import CheckReport, Finding
    from suivi_templates.planner import FollowUpPlan

__all__ = ["FINDING_COLUMNS", "STEP_COLUMNS", "findings_frame", "plan_frame", "report_frame"]

FINDING_COLUMNS = (
    "code",
    "family",
    "severity",
    "where",
    "line",
    "column",
    "excerpt",
    "message",
    "suggestion",
)
STEP_COLUMNS = ("on", "not_before", "kind", "channel", "status", "rules", "note")


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise TablesUnavailable() from None


def findings_frame(findings: Iterable[Finding]) -> Any:
    """One row per finding, in the order given, with the columns of ``FINDING_COLUMNS``."""
    rows = [{column: getattr(f, column) for column in FINDING_COLUMNS} for f in findings]
    return _pandas().DataFrame(rows, columns=list(FINDING_COLUMNS))


def report_frame(report: CheckReport) -> Any:
    """The findings of a report, one per row (an empty table when it found nothing)."""
    return findings_frame(report.findings)


def plan_frame(plan: FollowUpPlan) -> Any:
    """The steps of a plan, one per row: day, earliest time, kind, channel, status, rules."""
    rows = [
        {
            "on": step.on,
            "not_before": step.not_before,
            "kind": step.kind,
            "channel": step.channel,
            "status": step.status,
            "rules": ", ".join(step.rules),
            "note": step.note,
        }
        for step in plan.steps
    ]
    return _pandas().DataFrame(rows, columns=list(STEP_COLUMNS))
