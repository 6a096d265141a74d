"""What a check is: a small function over the checked text that yields hits.

Each family module (``generic``, ``pushy``, ``timing``, ``style``) declares a tuple of
:class:`Check`; the registry concatenates them at import. A check function receives a
:class:`Target` and yields :class:`Hit` values; the registry turns them into
:class:`~suivi_templates.checks.report.Finding` with the check's code and severity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from suivi_templates.checks.report import Severity
from suivi_templates.models import InterviewContext, Locale

__all__ = ["Check", "Hit", "Target"]


@dataclass(frozen=True)
class Target:
    """The text under check and what is known about it."""

    text: str
    context: InterviewContext | None = None
    kind: str | None = None
    subject: str | None = None
    today: date | None = None

    @property
    def locale(self) -> Locale | None:
        """The context's locale, when there is a context."""
        return self.context.locale if self.context else None


@dataclass(frozen=True)
class Hit:
    """One place where a check fires: French message (citing the rule) and suggestion."""

    message: str
    suggestion: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Check:
    """A registered check: dotted code, default severity, and the function that finds hits."""

    code: str
    severity: Severity
    find: Callable[[Target], Iterable[Hit]]

    @property
    def family(self) -> str:
        """``generic``, ``pushy``, ``timing`` or ``style``."""
        return self.code.partition(".")[0]

    @property
    def doc(self) -> str:
        """The check function's docstring: what it looks for and which rule it applies."""
        return (self.find.__doc__ or "").strip()
