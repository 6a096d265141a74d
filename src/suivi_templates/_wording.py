"""French wording shared by the planner's notes and the timing checks' messages.

Dates and times in prose (french-conventions §2) and each locale's vocabulary (§1).
``prose_day`` and ``prose_hour`` mirror ``formatting.prose_date`` and
``formatting.prose_time``; once that module is on this branch they should call it.
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date

from suivi_templates.models import Locale

__all__ = ["COLON", "NBSP", "WORDS", "of_day", "prose_day", "prose_hour"]

NBSP = "\u00a0"
COLON = f"{NBSP}:"
"""A colon with its no-break space before, in both locales (conventions §2)."""

WORDS: dict[Locale, dict[str, str]] = {
    "fr_CA": {
        "email": "courriel",
        "the_interview": "l'entrevue",
        "call": "Appel de suivi",
        "voicemail": "dans sa boîte vocale",
    },
    "fr_FR": {
        "email": "mail",
        "the_interview": "l'entretien",
        "call": "Relance téléphonique",
        "voicemail": "sur sa messagerie",
    },
}
"""The words a note needs, per locale: courriel / entrevue in Québec, mail / entretien in France."""


def prose_day(day: date, locale: Locale) -> str:
    """Write ``day`` in prose: « le lundi 1er juin 2026 » (no-break space before the month)."""
    weekday, number, month, year = format_date(day, "EEEE d MMMM y", locale=locale).split(" ")
    return f"le {weekday} {'1er' if number == '1' else number}{NBSP}{month} {year}"


def of_day(day: date, locale: Locale) -> str:
    """Write ``day`` after « du »: « du jeudi 19 novembre 2026 »."""
    return "du " + prose_day(day, locale).removeprefix("le ")


def prose_hour(moment: time) -> str:
    """Write ``moment`` in prose: « 17 h », « 17 h 30 »."""
    minutes = f"{NBSP}{moment.minute:02d}" if moment.minute else ""
    return f"{moment.hour}{NBSP}h{minutes}"
