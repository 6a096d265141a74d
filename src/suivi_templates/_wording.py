"""French wording shared by the planner's notes and the timing checks' messages.

Dates and times in prose come from ``formatting`` (one source for every French date);
this module adds the article and each locale's vocabulary (docs/conventions.md, « Vocabulaire »).
"""

from __future__ import annotations

from datetime import date

from suivi_templates.formatting import NBSP, prose_date, prose_time
from suivi_templates.models import Locale

__all__ = ["COLON", "NBSP", "WORDS", "of_day", "prose_day", "prose_hour"]

COLON = f"{NBSP}:"
"""A colon with its no-break space before, in both locales (conventions, « Typographie »)."""

WORDS: dict[Locale, dict[str, str]] = {
    "fr_CA": {
        "email": "courriel",
        "the_interview": "l'entrevue",
        "call": "Appel de suivi",
        "voicemail": "dans sa boîte vocale",
        "front_desk": "la réception",
    },
    "fr_FR": {
        "email": "mail",
        "the_interview": "l'entretien",
        "call": "Relance téléphonique",
        "voicemail": "sur sa messagerie",
        "front_desk": "le standard",
    },
}
"""The words a note needs, per locale: courriel / entrevue in Québec, mail / entretien in France."""


def prose_day(day: date, locale: Locale) -> str:
    """Write ``day`` in prose: « le lundi 1er juin 2026 » (no-break space before the month)."""
    return f"le {prose_date(day, locale)}"


def of_day(day: date, locale: Locale) -> str:
    """Write ``day`` after « du »: « du jeudi 19 novembre 2026 »."""
    return "du " + prose_day(day, locale).removeprefix("le ")


prose_hour = prose_time
