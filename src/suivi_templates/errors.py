"""Exceptions raised by ``suivi_templates``.

Every misuse other than invalid context data raises a subclass of :class:`SuiviError`;
invalid context data raises :class:`pydantic.ValidationError`, which names the field.
Each subclass also inherits the matching built-in exception, so callers may catch
either, and keeps the offending value as an attribute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from suivi_templates.checks.report import CheckReport

__all__ = [
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
]


class SuiviError(Exception):
    """Base class of every error the library raises on misuse.

    Errors pickle with their attributes (``render_many`` sends them back from its worker
    processes), although their constructors take values rather than the message.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[SuiviError], args: tuple[Any, ...], state: dict[str, Any]) -> SuiviError:
    # BaseException.__new__ sets ``args`` (the message) without running the subclass's
    # __init__; the attributes (``.report``, ``.field``…) and any ``__notes__`` follow.
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


def did_you_mean(word: str, known: tuple[str, ...]) -> str:
    """« Vouliez-vous dire « thank_you » ? » for a near miss among ``known``, else ""."""
    from rapidfuzz import fuzz, process  # only on an error, never at import

    best = process.extractOne(word, known, scorer=fuzz.ratio, score_cutoff=70)
    return f" Vouliez-vous dire {best[0]!r} ?" if best else ""


class UnknownKind(SuiviError, LookupError):
    """A draft kind with no template, e.g. ``render("merci", ctx)``."""

    def __init__(self, kind: str, available: tuple[str, ...]) -> None:
        self.kind = kind
        self.available = available
        super().__init__(
            f"Type de brouillon inconnu : {kind!r}. Types disponibles : {', '.join(available)}."
            + did_you_mean(kind, available)
        )


class UnknownLocale(SuiviError, LookupError):
    """A locale the library has no templates for."""

    def __init__(self, locale: str, available: tuple[str, ...]) -> None:
        self.locale = locale
        self.available = available
        super().__init__(
            f"Paramètre régional inconnu : {locale!r}. "
            f"Utilisez l'un de ceux-ci : {', '.join(available)}." + did_you_mean(locale, available)
        )


class MissingContext(SuiviError, ValueError):
    """A draft needs a context field that is empty, e.g. the candidate's phone for a voicemail."""

    def __init__(self, field: str, purpose: str) -> None:
        self.field = field
        self.purpose = purpose
        super().__init__(f"Le champ {field} est vide : renseignez-le dans le contexte ({purpose}).")


class TemplateProblem(SuiviError, ValueError):
    """A template that cannot be loaded or rendered, with its name, file and line when known.

    ``template`` is the loader's name (``fr_CA/thank_you.j2``), ``path`` the file it was read
    from (an app's own folder or the built-in one), ``line`` the line in that file.
    """

    def __init__(
        self,
        message: str,
        *,
        template: str | None,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        self.template = template
        self.line = line
        self.path = path
        where = ""
        if template:
            where = f"Gabarit {template!r}"
            if path:
                where += f" ({path})"
            if line:
                where += f", ligne {line}"
            where += " : "
        super().__init__(where + message)


class DraftRejected(SuiviError, ValueError):
    """``render`` produced a draft that its own checks reject; ``.report`` says why."""

    def __init__(self, report: CheckReport) -> None:
        self.report = report
        advice = " ; ".join(report.error_advice())
        super().__init__(f"Brouillon refusé par les vérifications : {advice}")


class NotAnEmail(SuiviError, ValueError):
    """A spoken draft (phone script, voicemail: no subject) asked to become an email."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(
            f"Le brouillon {kind!r} n’a pas d’objet : c’est un texte à dire, pas un courriel. "
            "Rédigez un type écrit (thank_you ou reminder) pour l’envoyer par courriel."
        )


class HeaderInjection(SuiviError, ValueError):
    """A header value that could add headers of its own: a line break, an encoded word.

    ``reason`` is ``"line_break"``, ``"encoded_word"`` (``=?utf-8?q?…?=``, which some
    Python versions decode into new headers) or ``"read_back"`` (the written message does
    not parse back into exactly the headers meant).
    """

    def __init__(self, header: str, value: str, reason: str = "line_break") -> None:
        self.header = header
        self.value = value
        self.reason = reason
        why = {
            "line_break": "contient un saut de ligne ({value!r}) : retirez-le, un en-tête de "
            "courriel tient sur une seule ligne.",
            "encoded_word": "contient un mot encodé « =?…?= » ({value!r}) : retirez-le, "
            "la bibliothèque encode elle-même les accents.",
            "read_back": "ne se relit pas tel qu’il a été écrit ({value!r}) : le courriel "
            "n’est pas produit ; vérifiez les noms, adresses et l’objet.",
        }[reason]
        super().__init__(f"L’en-tête {header} " + why.format(value=value))


class OutputExists(SuiviError, FileExistsError):
    """An output file that already exists and was not to be overwritten."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"Le fichier {path} existe déjà : choisissez un autre nom, ou demandez de "
            "l’écraser (overwrite=True, ou --ecraser en ligne de commande)."
        )


class UnknownCheck(SuiviError, LookupError):
    """A check code or family that the registry does not know, e.g. in ``config``."""

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(
            f"Vérification inconnue : {code!r}.{did_you_mean(code, known)} "
            f"Codes et familles connus : {', '.join(known)}."
        )


class CheckConfigError(SuiviError, ValueError):
    """A ``config`` level or an ``accept`` value that ``check`` cannot use."""

    def __init__(self, message: str, *, value: object) -> None:
        self.value = value
        super().__init__(message)


class MissingTimeZoneData(SuiviError, LookupError):
    """The system has no time-zone database (e.g. Windows without ``tzdata``)."""

    def __init__(self, zone: str) -> None:
        self.zone = zone
        super().__init__(
            f"Fuseau horaire {zone!r} introuvable : installez les données de fuseaux "
            "horaires (pip install tzdata) ou passez today= explicitement."
        )


class ContextMismatch(SuiviError, ValueError):
    """A plan used with the context of another interview."""

    def __init__(self, expected: str, given: str) -> None:
        self.expected = expected
        self.given = given
        super().__init__(
            f"Ce plan a été calculé pour {expected}, pas pour {given} : "
            "passez le contexte qui a servi à plan(), ou recalculez le plan."
        )


class CalendarUnavailable(SuiviError, ImportError):
    """The ``icalendar`` library, from the ``calendrier`` extra, is not installed."""

    def __init__(self) -> None:
        super().__init__(
            "L'export iCalendar demande la bibliothèque icalendar : "
            'pip install "suivi-templates[calendrier]"',
            name="icalendar",
        )


class NothingToExport(SuiviError, ValueError):
    """The plan has no step: an iCalendar file needs at least one event (RFC 5545)."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(f"Aucune étape à exporter : {why}")


class FlatKeyProblem(SuiviError, ValueError):
    """A column of a flat row (CSV, DataFrame) that is not a usable dotted path."""

    def __init__(self, key: str, why: str) -> None:
        self.key = key
        self.why = why
        super().__init__(
            f"Colonne {key!r} : {why}. Nommez les colonnes par leur chemin dans le contexte, "
            "p. ex. candidate.name ou topics.0.subject."
        )


class TablesUnavailable(SuiviError, ImportError):
    """pandas, from the ``tableaux`` extra, is not installed (``to_frame``)."""

    def __init__(self) -> None:
        super().__init__(
            "Les tableaux (to_frame) demandent la bibliothèque pandas : "
            'pip install "suivi-templates[tableaux]"',
            name="pandas",
        )


class DebriefIncomplete(SuiviError, ValueError):
    """Debrief answers that do not make a valid context yet; ``.hints`` says what to fix."""

    def __init__(self, hints: list[str]) -> None:
        self.hints = hints
        lines = "\n".join(f"  - {hint}" for hint in hints)
        super().__init__(f"Le débriefing est à compléter :\n{lines}")


class ConverterMissing(SuiviError, LookupError):
    """No program to turn the debrief sheet into a PDF (pandoc or LibreOffice)."""

    def __init__(self, tried: tuple[str, ...]) -> None:
        self.tried = tried
        super().__init__(
            f"Aucun convertisseur PDF trouvé ({', '.join(tried)}) : installez pandoc ou "
            "LibreOffice, ou demandez la fiche en Markdown (.md) pour l’imprimer vous-même."
        )


class DebriefFileProblem(SuiviError, ValueError):
    """A debrief file to resume that cannot be read, or an output that will not do."""
