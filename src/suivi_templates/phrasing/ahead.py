"""What the notes say lies ahead for the team: « migration prévue en janvier », « audit en mars ».

A reminder with no news said « Je me projette mieux dans ce poste depuis notre échange sur… »:
46 reminders of reads 330 to 366 averaged 2.67. When the notes held nothing new, the hand
wrote of a concrete thing ahead that the person met had spoken of (« Le poste m'intéresse
toujours autant, tout comme le montage de l'exposition en février », hand drafts of pair
reads 375 to 378). Only a noun phrase noted with its month or year is taken, and only while
that month is still to come on the day the reminder is sent.
"""

from __future__ import annotations

import re
from datetime import date

from suivi_templates.phrasing.topics import _is_action_noun, topic_phrase
from suivi_templates.phrasing.typed import _is_participle, accents_restored, is_er_verb
from suivi_templates.typography import MONTH_NUMBERS, MONTHS

__all__ = ["event_ahead"]

_CLAUSES = re.compile(r"[^,;:\n.!?()]+")
# The noun phrase, then its month or its year: « refonte en janvier », « passage de Carl
# Source à SAP PM en 2027 », « renouvellement en avril 2027 ». Bounded, as a note is typed.
_NOTED_AHEAD = re.compile(
    rf"^(?P<what>[^\W\d_][\w’'-]*(?:\s+[\w’'/-]+){{0,7}}?)\s+(?:en|pour|dès)\s+"
    rf"(?:(?P<month>{MONTHS})(?:\s+(?P<year>20\d\d))?|(?P<year_alone>20\d\d))$",
    re.IGNORECASE,
)
# Who does what (« il vise 40 % », « ils changent de module en mars », « elle forme en
# janvier »): a clause with its verb is no noun phrase to name.
_NOT_A_NOUN_PHRASE = re.compile(
    r"(?<![\w’'-])(?:il|elle|ils|elles|on|je|j|tu|nous|vous|c|ça|ca|qui|que|qu|si|pas|est|sont"
    r"|a|ont|va|vont|sera|seront|fait|font|peut|doit|veut|part|voir|bcp|qqch|env|tel|ok|etc"
    # « jusqu'à 15 par jour en août », « seulement en juillet »: how much or when, not what.
    r"|jusqu|beaucoup|seulement|surtout|toujours|encore|déjà)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# « nouvelle machine arrivée en octobre », « budget voté en février »: a participle may tell
# what is done; only « prévu » and « attendu » say it is still ahead.
_STILL_TO_COME = ("prévu", "attendu")
# « une quarantaine d'étudiants arrivent en janvier », « l'équipe migre vers Python » : after a
# determiner a note goes on with its verb.
_DETERMINERS = re.compile(
    r"^(?:(?:un|une|le|la|les|des|du|leur|leurs|ce|cette|ces)(?![\w-])|l['’])"
)
# What is done on a day: « la migration », « l'audit », « la refonte »; not a state noted with
# its month (« gros enjeu en mai », « l'eau à 8 degrés en juin », « la grosse période »).
_EVENT_NOUNS = frozenset(
    """audit refonte mise livraison dépôt départ ouverture réouverture salon campagne chantier
    projet tournée tournoi festival expo exposition saison récolte résidence réunion achat
    arrivée visite visites agrément go-live kiosque contrat contrats dossier dossiers appel
    fusion entrée""".split()
)
_NEW = frozenset("nouveau nouvel nouvelle nouveaux nouvelles".split())
_BEFORE_THE_NOUN = frozenset(
    "gros grosse premier première premiers premières prochain prochaine".split()
)
# A year further than that is a plan, not a step the team is preparing (« interdites en 2031 »).
_YEARS_AHEAD = 2


def event_ahead(note: str | None, interview: date, sent_on: date | None) -> str | None:
    """The first thing the note says is due after ``sent_on``'s month, as a noun phrase.

    >>> held, sent = date(2026, 11, 12), date(2026, 12, 7)
    >>> event_ahead("Wonderware, migration prévue en 2027", held, sent)
    'la migration prévue en 2027'
    >>> event_ahead("il a insisté, audit du CWB en fevrier", held, sent)
    'l’audit du CWB en février'
    >>> event_ahead("achetée en septembre, il en est fier", held, sent) is None
    True
    >>> event_ahead("rush en novembre, 150 unités", held, sent) is None
    True
    """
    if not note or sent_on is None:
        return None
    for clause in _CLAUSES.findall(accents_restored(note)):
        found = _NOTED_AHEAD.match(clause.strip())
        if found is None or not _names_a_thing(found["what"]):
            continue
        if _still_ahead(found, interview, sent_on):
            return topic_phrase(found[0])
    return None


def _names_a_thing(what: str) -> bool:
    """« migration prévue », « audit du CWB »: a common noun first, and no verb after it."""
    head, *rest = what.split()
    words = [w.casefold() for w in what.split()]
    while words[:1] and words[0] in _BEFORE_THE_NOUN:
        words = words[1:]
    event = bool(words) and (
        words[0] in _NEW or words[0] in _EVENT_NOUNS or _is_action_noun(words[0])
    )
    return (
        event
        and len(head) > 2
        and head[:1].islower()
        and _DETERMINERS.match(what.casefold()) is None
        and not (head.casefold().endswith("er") and is_er_verb(head))
        and not _is_participle(head)
        and not any(_is_participle(w) and not w.startswith(_STILL_TO_COME) for w in rest)
        and _NOT_A_NOUN_PHRASE.search(what) is None
    )


def _still_ahead(found: re.Match[str], interview: date, sent_on: date) -> bool:
    """A month after the sending day's month; a month alone is the next one from the interview."""
    if found["year_alone"]:
        return sent_on.year < int(found["year_alone"]) <= sent_on.year + _YEARS_AHEAD
    month = MONTH_NUMBERS[found["month"].casefold()]
    if found["year"]:
        year = int(found["year"])
        if year > sent_on.year + _YEARS_AHEAD:
            return False
    else:
        year = interview.year + (month < interview.month)
    return (year, month) > (sent_on.year, sent_on.month)
