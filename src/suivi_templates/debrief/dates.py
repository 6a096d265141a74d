"""Reading the dates a person types: 2026-11-28, 28/11/2026, 28 novembre, vendredi prochain.

A full date is read at once. A relative one (« vendredi prochain », « dans deux semaines »)
is counted from the interview (or from today, for the interview itself) and then proposed
for confirmation, never taken silently: « vendredi prochain » said on a Thursday may mean the
next day or the Friday after.

>>> from datetime import date
>>> session = Session(today=date(2026, 11, 20))
>>> session.answers["interview.date"] = date(2026, 11, 19)
>>> decision_date("28/11/2026", session), decision_date("28 novembre", session)
(datetime.date(2026, 11, 28), datetime.date(2026, 11, 28))
>>> try:
...     decision_date("vendredi prochain", session)
... except Hint as hint:
...     print(hint.proposal)
2026-11-20
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from suivi_templates.debrief.answers import Hint, Session, clean
from suivi_templates.formatting import prose_date

__all__ = ["decision_date", "due_date", "interview_date"]


_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
_WEEKDAYS = {
    name: index
    for index, name in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?$")
_WRITTEN = re.compile(
    r"^(?:(?:le|au)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(\d{1,2})(?:er)?\s+([a-zéû]+)\.?(?:\s+(\d{4}))?$"
)
_RELATIVE_DAY = re.compile(
    r"^(?:(?:le|ce|d'ici)\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(prochain|suivant|dernier))?$"
)
_IN_WEEKS = re.compile(
    r"^(?:dans|d'ici)\s+(une|un|deux|trois|quatre|\d{1,2})\s+(semaines?|jours?)$"
)
_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4}
_DATE_HINT = "Écrivez la date ainsi : 2026-11-28, 28/11/2026 ou 28 novembre."


def _calendar_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Hint(f"Cette date n'existe pas ({day}/{month}/{year}). {_DATE_HINT}") from None


def _absolute(text: str, reference: date, forward: bool) -> date | None:
    """A date written in full or without its year (the year that puts it on the right side)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    year: int | None
    numeric = _NUMERIC.match(text)
    written = _WRITTEN.match(text)
    if numeric:
        day, month = int(numeric.group(1)), int(numeric.group(2))
        if month > 12 >= day:
            raise Hint(
                f"Le jour vient avant le mois : {month:02d}/{day:02d}, pas {text}. {_DATE_HINT}"
            )
        year = int(numeric.group(3)) if numeric.group(3) else None
        if year is not None and year < 100:
            year += 2000
    elif written and written.group(2).rstrip(".") in _MONTHS:
        day, month = int(written.group(1)), _MONTHS[written.group(2).rstrip(".")]
        year = int(written.group(3)) if written.group(3) else None
    else:
        return None
    if year is not None:
        return _calendar_date(year, month, day)
    candidate = _calendar_date(reference.year, month, day)
    if forward and candidate < reference:
        candidate = _calendar_date(reference.year + 1, month, day)
    if not forward and candidate > reference:
        candidate = _calendar_date(reference.year - 1, month, day)
    return candidate


def _relative(text: str, reference: date, forward: bool) -> date | None:
    """Relative dates: « vendredi prochain », « jeudi dernier », « dans deux semaines »."""
    if text in {"aujourd'hui", "aujourdhui", "ce jour"}:
        return reference
    if text == "hier":
        return reference - timedelta(days=1)
    if text == "avant-hier":
        return reference - timedelta(days=2)
    if text in {"demain", "le lendemain"}:
        return reference + timedelta(days=1)
    if text in {
        "la semaine prochaine",
        "semaine prochaine",
        "d'ici la fin de la semaine prochaine",
    }:
        return reference + timedelta(days=7 + 4 - reference.weekday())
    weeks = _IN_WEEKS.match(text)
    if weeks:
        count = _COUNTS.get(weeks.group(1)) or int(weeks.group(1))
        return reference + timedelta(days=count * (7 if weeks.group(2).startswith("s") else 1))
    day = _RELATIVE_DAY.match(text)
    if day:
        wanted = _WEEKDAYS[day.group(1)]
        if day.group(2) == "dernier" or not forward:
            return reference - timedelta(days=(reference.weekday() - wanted - 1) % 7 + 1)
        return reference + timedelta(days=(wanted - reference.weekday() - 1) % 7 + 1)
    return None


def _read_date(text: str, reference: date, forward: bool, relative_to: str) -> date:
    text = clean(text, 60).lower().replace("’", "'")
    exact = _absolute(text, reference, forward)
    if exact is not None:
        return exact
    guessed = _relative(text, reference, forward)
    if guessed is None:
        raise Hint(f"Date illisible (« {text} »). {_DATE_HINT}")
    # A relative date is read, then confirmed: « vendredi prochain » is ambiguous in French.
    other = ""
    if "prochain" in text:
        other = (
            f" (le premier qui suit ; si c'était celui de la semaine d'après, écrivez "
            f"{guessed + timedelta(days=7):%d/%m/%Y})"
        )
    raise Hint(
        f"« {text} » compté à partir {relative_to} donne le "
        f"{prose_date(guessed, 'fr_CA')}{other} : appuyez sur Entrée pour confirmer, ou "
        "écrivez la date.",
        proposal=guessed.isoformat(),
    )


def interview_date(text: str, session: Session) -> date:
    """The interview's date: today or before (a debrief follows the interview)."""
    day = _read_date(text, session.today, forward=False, relative_to="d'aujourd'hui")
    if day > session.today:
        raise Hint(
            f"Le {prose_date(day, 'fr_CA')} est à venir : le débriefing se fait après "
            "l'entrevue. Vérifiez l'année."
        )
    if day < session.today - timedelta(days=366):
        raise Hint("Cette date remonte à plus d'un an : vérifiez l'année.")
    return day


def _after_interview(text: str, session: Session, what: str) -> date:
    held = session.answers.get("interview.date", session.today)
    day = _read_date(text, held, forward=True, relative_to=f"de l'entrevue ({held:%d/%m/%Y})")
    if day < held:
        raise Hint(f"{what} ne peut précéder l'entrevue du {prose_date(held, 'fr_CA')}.")
    if day > held + timedelta(days=366):
        raise Hint(f"{what} tombe plus d'un an après l'entrevue : vérifiez l'année.")
    return day


def decision_date(text: str, session: Session) -> date:
    """The announced decision date, after the interview (R1, R12)."""
    return _after_interview(text, session, "La date de décision")


def due_date(text: str, session: Session) -> date:
    """When a promised item that is not ready yet will be sent."""
    return _after_interview(text, session, "La date d'envoi")
