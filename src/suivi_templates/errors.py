"""Exceptions raised by ``suivi_templates``.

Every misuse other than invalid context data raises a subclass of :class:`SuiviError`;
invalid context data raises :class:`pydantic.ValidationError`, which names the field.
Each subclass also inherits the matching built-in exception, so callers may catch
either, and keeps the offending value as an attribute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from suivi_templates.checks.report import CheckReport

__all__ = [
    "CheckConfigError",
    "DraftRejected",
    "SuiviError",
    "TemplateProblem",
    "UnknownCheck",
    "UnknownKind",
    "UnknownLocale",
]


class SuiviError(Exception):
    """Base class of every error the library raises on misuse."""


class UnknownKind(SuiviError, LookupError):
    """A draft kind with no template, e.g. ``render("merci", ctx)``."""

    def __init__(self, kind: str, available: tuple[str, ...]) -> None:
        self.kind = kind
        self.available = available
        super().__init__(
            f"Type de brouillon inconnu : {kind!r}. Types disponibles : {', '.join(available)}."
        )


class UnknownLocale(SuiviError, LookupError):
    """A locale the library has no templates for."""

    def __init__(self, locale: str, available: tuple[str, ...]) -> None:
        self.locale = locale
        self.available = available
        super().__init__(
            f"Paramètre régional inconnu : {locale!r}. "
            f"Utilisez l'un de ceux-ci : {', '.join(available)}."
        )


class TemplateProblem(SuiviError, ValueError):
    """A template that cannot be loaded or rendered, with its name and line when known."""

    def __init__(self, message: str, *, template: str | None, line: int | None = None) -> None:
        self.template = template
        self.line = line
        where = ""
        if template:
            where = f"Gabarit {template!r}" + (f", ligne {line}" if line else "") + " : "
        super().__init__(where + message)


class DraftRejected(SuiviError, ValueError):
    """``render`` produced a draft that its own checks reject; ``.report`` says why."""

    def __init__(self, report: CheckReport) -> None:
        self.report = report
        errors = [f for f in report.findings if f.severity == "error"]
        details = "; ".join(f"{f.code} : {f.message}" for f in errors)
        super().__init__(f"Brouillon refusé par les vérifications ({details}).")


class UnknownCheck(SuiviError, LookupError):
    """A check code or family that the registry does not know, e.g. in ``config``."""

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(
            f"Vérification inconnue : {code!r}. Codes et familles connus : {', '.join(known)}."
        )


class CheckConfigError(SuiviError, ValueError):
    """A ``config`` level or an ``accept`` value that ``check`` cannot use."""

    def __init__(self, message: str, *, value: object) -> None:
        self.value = value
        super().__init__(message)
