"""Findings and reports: the values the checks return (never exceptions).

A :class:`Finding` says what is wrong (``message``, citing the rule), where (``span`` into
the body, or into the subject line when ``where == "subject"``; ``line`` and ``column``
for people), and what to write instead (``suggestion``). Its ``fingerprint`` identifies
it in a way that survives edits elsewhere in the text, so that one finding can be accepted
without silencing its code everywhere (``check(..., accept=[finding])``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["CheckReport", "Finding", "Part", "Severity"]

Severity = Literal["error", "warning"]
Part = Literal["body", "subject"]
"""Which text a finding points into: the draft's body or its subject line."""

_SEVERITY_FR = {"error": "erreur", "warning": "avertissement"}

SUBJECT_LEAD = "Dans l'objet : "
"""How the message of a finding about the subject line starts."""


class Finding(BaseModel):
    """One problem found in a text: what, where, which rule, and what to write instead."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    where: Part = "body"
    """``"body"``: ``span`` points into the checked text; ``"subject"``: into the subject."""
    excerpt: str = ""
    """The text under ``span`` (empty when the finding is about the whole text)."""
    occurrence: int = 1
    """1 for the first finding of this code on this excerpt, 2 for the second…"""
    line: int | None = None
    """1-based line of the span's start in its text (None without span)."""
    column: int | None = None
    """1-based column of the span's start in its line (None without span)."""

    @property
    def family(self) -> str:
        """The part of the code before the dot: ``generic``, ``pushy``, ``timing`` or ``style``."""
        return self.code.partition(".")[0]

    @property
    def fingerprint(self) -> str:
        """A stable identity: code, part, excerpt (case, accents, spaces ignored), occurrence.

        Spans move when the text is edited; the fingerprint does not, so it is what
        ``accept`` compares. The n-th finding of one code on the same words gets ``#n``.

        >>> Finding(code="pushy.pressure", severity="error", message="…",
        ...         excerpt="Au plus  VITE").fingerprint
        'pushy.pressure:au plus vite'
        >>> Finding(code="pushy.pressure", severity="error", message="…", where="subject",
        ...         excerpt="au plus vite", occurrence=2).fingerprint
        'pushy.pressure:objet:au plus vite#2'
        """
        from suivi_templates.checks.text import fold

        words = " ".join(fold(self.excerpt).split())
        part = "objet:" if self.where == "subject" else ""
        suffix = f"#{self.occurrence}" if self.occurrence > 1 else ""
        return f"{self.code}:{part}{words}{suffix}"

    def to_frame(self) -> Any:
        """The finding as a one-row pandas ``DataFrame`` (the ``tableaux`` extra)."""
        from suivi_templates import frames  # pandas is optional: imported on use

        return frames.findings_frame([self])

    def describe(self) -> str:
        """One French line for a person: where, code, severity, message, suggestion."""
        if self.where == "subject":
            place = "objet"
        elif self.line is not None:
            place = f"ligne {self.line}, colonne {self.column}"
        else:
            place = "ensemble du texte"
        text = f"{place} — {self.code} ({_SEVERITY_FR[self.severity]}) : {self.message}"
        if self.suggestion:
            text += f" → {self.suggestion}"
        return text


class CheckReport(BaseModel):
    """Every finding about one text; ``passed`` is False iff one of them is an error.

    Findings are sorted: those in the subject first, then by position in the body, then
    those about the whole text (no span).
    """

    model_config = ConfigDict(frozen=True)

    text: str
    findings: tuple[Finding, ...] = ()
    subject: str | None = None
    accepted: tuple[Finding, ...] = ()
    """Findings that ``accept`` silenced, kept so that nothing disappears unseen."""

    @property
    def passed(self) -> bool:
        """True when no finding has severity ``error``."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity ``warning``."""
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def codes(self) -> frozenset[str]:
        """The codes of every finding."""
        return frozenset(f.code for f in self.findings)

    def error_advice(self) -> list[str]:
        """Each error once, with what to do and its code: « … Relancez par un appel… [code] ».

        The subject and the body often break the same rule with the same message.
        """
        said: dict[tuple[str, str], str] = {}
        for finding in self.errors:
            message = finding.message.removeprefix(SUBJECT_LEAD)
            advice = f" {finding.suggestion}" if finding.suggestion else ""
            said.setdefault((finding.code, message), f"{message}{advice} [{finding.code}]")
        return list(said.values())

    def __str__(self) -> str:
        if not self.findings:
            return "Aucun problème relevé."
        verdict = "Refusé" if not self.passed else "Accepté avec avertissements"
        errors, warnings = len(self.errors), len(self.warnings)
        lines = [
            f"{verdict} : {errors} erreur{'s' if errors > 1 else ''}, "
            f"{warnings} avertissement{'s' if warnings > 1 else ''}."
        ]
        lines.extend(f"- {f.describe()}" for f in self.findings)
        return "\n".join(lines)

    def to_frame(self) -> Any:
        """The findings as a pandas ``DataFrame``, one per row (the ``tableaux`` extra)."""
        from suivi_templates import frames  # pandas is optional: imported on use

        return frames.report_frame(self)

    def _repr_html_(self) -> str:
        from suivi_templates import display  # display formats reports: import it on use

        return display.report_html(self)

    def _repr_markdown_(self) -> str:
        from suivi_templates import display

        return display.report_markdown(self)
