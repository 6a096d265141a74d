"""Findings and reports: the values the checks return (never exceptions)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["CheckReport", "Finding", "Severity"]

Severity = Literal["error", "warning"]


class Finding(BaseModel):
    """One problem found in a text: what, where, which rule, and what to write instead."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None

    @property
    def family(self) -> str:
        """The part of the code before the dot: ``generic``, ``pushy``, ``timing`` or ``style``."""
        return self.code.partition(".")[0]


class CheckReport(BaseModel):
    """Every finding about one text; ``passed`` is False iff one of them is an error."""

    model_config = ConfigDict(frozen=True)

    text: str
    findings: tuple[Finding, ...] = ()

    @property
    def passed(self) -> bool:
        """True when no finding has severity ``error``."""
        return not any(f.severity == "error" for f in self.findings)

    def _repr_html_(self) -> str:
        from suivi_templates import display  # display formats reports: import it on use

        return display.report_html(self)

    def _repr_markdown_(self) -> str:
        from suivi_templates import display

        return display.report_markdown(self)
