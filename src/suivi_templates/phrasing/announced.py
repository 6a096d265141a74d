"""The delay the person met announced, as the candidate noted it (« on se reparle… »)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from suivi_templates.typography import WEEKDAYS

_DAY = f"(?:{WEEKDAYS})"
_NUMBER = r"(?:\d+|deux|trois|quatre|cinq|six|huit|dix|quinze)"
# Who will answer, then when: « il a dit on se reparle la semaine prochaine », « elle
# rappelle les candidats d'ici vendredi », « réponse dans deux semaines » (read 98: a call
# planned before the week the recruiter had announced, the delay noted only here).
_ANNOUNCED = re.compile(
    r"\b(?:on se (?:reparle|rappelle|recontacte)|(?:ils?|elles?|on)\s+(?:me\s+|nous\s+|les\s+)?"
    r"(?:rappel\w*|recontact\w*|revien\w*|répond\w*|repond\w*|donner\w*|tranch\w*|décid\w*"
    r"|decid\w*)|r[ée]ponse|d[ée]cision)"
    r"[^.;!?]{0,40}?\b(?:la semaine prochaine|semaine prochaine|d['’]ici (?:la fin de la semaine"
    rf"|{_DAY}|\d+|lundi prochain|la fin du mois)|dans {_NUMBER} (?:jours?|semaines?)"
    r"|avant (?:no[eë]l|les f[eê]tes|la fin du mois|la fin de la semaine)"
    rf"|{_DAY}(?: prochain)?|fin (?:de la semaine|du mois))\b",
    re.IGNORECASE,
)


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
