"""The delay the person met announced, as the candidate noted it (« on se reparle… »)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from suivi_templates.typography import WEEKDAYS

_DAY = f"(?:{WEEKDAYS})"
_NUMBER = r"(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|huit|dix|quinze)"
# « dans 3-4 semaines », « sous une semaine »: the span, its longest end counted (read 150).
_SPAN = rf"(?:dans|sous|d['’]ici) {_NUMBER}(?:\s*(?:-|à|ou)\s*{_NUMBER})? (?:jours?|semaines?)"
# Who will answer, then when: « il a dit on se reparle la semaine prochaine », « elle
# rappelle les candidats d'ici vendredi », « réponse dans deux semaines » (read 98: a call
# planned before the week the recruiter had announced, the delay noted only here).
_ANNOUNCED = re.compile(
    r"\b(?:on se (?:reparle|rappelle|recontacte)|(?:ils?|elles?|on)\s+(?:me\s+|nous\s+|les\s+)?"
    r"(?:rappel\w*|recontact\w*|revien\w*|répond\w*|repond\w*|donner\w*|tranch\w*|décid\w*"
    r"|decid\w*)|r[ée]ponse|d[ée]cision|r[ée]sultats?"
    # « M. Moreau rappelle fin de semaine prochaine » : the person met, named (read 152).
    r"|(?<!je )(?<!j’)(?<!j')rappell?e(?:ra|nt|ront)?)"
    # The span before « d'ici 3 » : « d'ici 3-4 semaines » is a span (read 152).
    rf"[^.;!?]{{0,40}}?\b(?:{_SPAN}|la semaine prochaine|semaine prochaine|d['’]ici (?:la fin de la"
    rf" semaine|{_DAY}|\d+|lundi prochain|la fin du mois)"
    r"|avant (?:no[eë]l|les f[eê]tes|la fin du mois|la fin de la semaine)"
    rf"|{_DAY}(?: prochain)?|fin (?:de la semaine|du mois))\b",
    re.IGNORECASE,
)


def announced_day(notes: Iterable[str], interview: date) -> date | None:
    """The day by which the notes say the answer comes, counted from the ``interview``.

    The plan waits for it when no ``decision_by`` was noted (read 150: a reminder sent two
    weeks after « Résultats du concours dans 3-4 semaines », a call before « Il rappelle la
    semaine prochaine » was over).

    >>> held = date(2026, 12, 2)  # a Wednesday
    >>> announced_day(["Il rappelle la semaine prochaine."], held)
    datetime.date(2026, 12, 11)
    >>> announced_day(["Résultats du concours dans 3-4 semaines."], held)
    datetime.date(2026, 12, 30)
    >>> announced_day(["Process court, réponse sous une semaine."], held)
    datetime.date(2026, 12, 9)
    >>> announced_day(["elle rappelle les candidats d'ici vendredi"], held)
    datetime.date(2026, 12, 4)
    >>> announced_day(["il a insisté sur la cadence, pic le vendredi"], held) is None
    True
    >>> announced_day(["Résultats du concours par courriel d'ici 3-4 semaines."], held)
    datetime.date(2026, 12, 30)
    >>> announced_day(["M. Moreau rappelle fin de semaine prochaine."], held)
    datetime.date(2026, 12, 11)
    >>> announced_day(["je rappelle la semaine prochaine"], held) is None
    True
    >>> announced_day(["Réponse dans 99999999999 semaines"], held) is None  # no OverflowError
    True
    >>> announced_day(["Réponse dans 400 jours"], held) is None
    True
    """
    said = announced_delay(notes)
    if said is None:
        return None
    if (span := _SPAN_COUNT.search(said)) is not None:
        count = _count(span["most"] or span["least"])
        days = count * (7 if span["unit"][0] in "sS" else 1)
        # Half a year and more is no delay to wait for, but a typo or a test of the limits.
        return interview + timedelta(days=days) if days <= _LONGEST_WAIT else None
    if _NEXT_WEEK.search(said):
        return interview + timedelta(days=11 - interview.weekday())  # its Friday
    if (day := _WEEKDAY.search(said)) is not None:
        ahead = (_WEEKDAYS.index(day[0].lower()) - interview.weekday()) % 7
        return interview + timedelta(days=ahead or 7)
    return None


_LONGEST_WAIT = 183
_WORD_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
_WORD_COUNTS |= {"huit": 8, "dix": 10, "quinze": 15}
_SPAN_COUNT = re.compile(
    rf"(?:dans|sous|d['’]ici) (?P<least>{_NUMBER})(?:\s*(?:-|à|ou)\s*(?P<most>{_NUMBER}))? "
    r"(?P<unit>jours?|semaines?)",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(r"\bsemaine prochaine\b", re.IGNORECASE)
_WEEKDAY = re.compile(_DAY, re.IGNORECASE)
_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_COUNTS[word.lower()]


def announced_delay(notes: Iterable[str]) -> str | None:
    """The words of the notes that announce when the answer comes, or None.

    >>> announced_delay(["Bonne vibe. Il a dit on se reparle la semaine prochaine."])
    'on se reparle la semaine prochaine'
    >>> announced_delay(["elle a insisté sur les quarts", "Réponse dans deux semaines"])
    'Réponse dans deux semaines'
    >>> announced_delay(["il a insisté sur la cadence, pic le vendredi"]) is None
    True
    """
    for note in notes:
        found = _ANNOUNCED.search(note)
        if found is not None:
            return found.group(0)
    return None
