"""Which interview a text identifies: the person met, the role or company, the day (R9, R20).

A short call or a reminder must say which interview it follows; these tests read the draft's
tokens against the context, and are shared by the ``generic`` checks.
"""

from __future__ import annotations

import re
from datetime import date

from suivi_templates.addressing import office_form
from suivi_templates.checks.base import Target
from suivi_templates.checks.concrete import _key_found, _token_forms
from suivi_templates.checks.organisations import _ORG_HEADS
from suivi_templates.checks.text import GAP, STOPWORDS, fold, key_words, tokens
from suivi_templates.models import InterviewContext
from suivi_templates.typography import MONTHS

__all__ = [
    "addresses_the_person_met",
    "names_role_or_company",
    "names_the_person_met",
    "recalls_decision_date",
    "says_when_met",
    "spoken_day",
]


def names_the_person_met(target: Target) -> bool:
    """The draft names the person met, by surname or by first name (« Bonjour Julie »).

    Or by the office they are greeted by (« Bonjour Madame la Présidente », « ma Sœur »).
    """
    context = target.context
    assert context is not None
    words, prefixes = _token_forms(target)
    office = office_form(context)
    names = [
        context.interviewer.surname,
        *_first_names(context),
        *([office.split()[-1]] if office else []),
    ]
    keys = [
        k
        for phrase in names
        for k in (m.group() for m in tokens(fold(phrase)))
        if k not in STOPWORDS and len(k) >= 3
    ]
    return any(_key_found(k, words, prefixes) for k in keys)


def names_role_or_company(target: Target) -> bool:
    """The draft names the role (a word of four letters or more, or its acronym) or the company."""
    context = target.context
    assert context is not None
    words, prefixes = _token_forms(target)
    keys = [
        k
        for k in (m.group() for m in tokens(fold(context.company.name)))
        if k not in STOPWORDS and k not in _ORG_HEADS and len(k) >= 3
    ]
    acronyms = {fold(a) for a in re.findall(r"\b[A-ZÀ-Ý]{2,6}\b", context.role.title)}
    role = [k for k in key_words(context.role.title) if len(k) >= 4 or k in acronyms]
    return any(_key_found(k, words, prefixes) for k in (*keys, *role))


def _first_names(context: InterviewContext) -> list[str]:
    """The interviewer's first name(s): the name without its surname (« Marie-Ève »)."""
    name, surname = context.interviewer.name, context.interviewer.surname
    given = name[: name.casefold().rfind(surname.casefold())] if surname else name
    return [part for part in given.split() if part[:1].isupper()]


def addresses_the_person_met(target: Target) -> bool:
    """The draft names the person met (surname or first name) or greets them by civility.

    « Madame, » alone is the formal address to a known reader in French; « Bonjour, »
    is written to anyone, even when the role follows.
    """
    context = target.context
    assert context is not None
    civility = context.interviewer.civility
    opening = target.folded.lstrip()[:40]
    if civility and re.match(rf"(?:bonjour{GAP})?{fold(civility)}\s*,", opening):
        return True
    return names_the_person_met(target)


def spoken_day(day: date) -> str:
    """« 17 novembre », for a suggestion."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS.split('|')[day.month - 1]}"


_MONTHS = fold(MONTHS).split("|")
"""The month names as a folded text writes them (« fevrier », « aout »)."""


# « 30 nov. », as notes and call scripts abbreviate the month (blind10).
_SHORT_MONTHS = "janv|fevr|avr|juil|sept|oct|nov|dec".split("|")


def names_the_day(target: Target, day: date) -> bool:
    """The draft names this day: « 17 novembre », « 17 nov. », « le 17 », « 17/11 »."""
    number = "1er|1" if day.day == 1 else str(day.day)
    month = _MONTHS[day.month - 1]
    short = next((m for m in _SHORT_MONTHS if month.startswith(m)), month)
    pattern = (
        rf"(?<!\d)(?:{number})(?:{GAP}|\u00a0)+(?:{month}|{short}\.?)(?![^\W_])"
        rf"|(?<![^\W_])(?:le|du|au|avant le|vers le|autour du){GAP}(?:{number})(?!\d)"
        rf"|(?<!\d)0?{day.day}/0?{day.month}(?!\d)"
    )
    return re.search(pattern, target.folded) is not None


def recalls_decision_date(target: Target) -> bool:
    """A reminder that names the decision date the recruiter announced (R1, R12)."""
    context = target.context
    if context is None or context.next_steps.decision_by is None:
        return False
    return names_the_day(target, context.next_steps.decision_by)


_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
# When the meeting was, said relatively; it must stand next to a word of the meeting, so
# that « un message hier » does not date the interview.
_MET = r"(?:rencontr|entrevue|entretien|vu|vue|parle|echange|discute|rendez-vous|visio|appel)"
_RELATIVE_DAY = re.compile(
    rf"(?<![^\W_]){_MET}\w{{0,6}}(?:{GAP}\S+){{0,4}}?{GAP}"
    rf"(?:hier|avant-hier|ce{GAP}matin|cet{GAP}apres-midi"
    rf"|(?:la{GAP})?semaine{GAP}(?:derniere|passee)|(?:{'|'.join(_WEEKDAYS)}){GAP}(?:dernier|passe))"
    rf"(?![^\W_])"
    rf"|(?<![^\W_])(?:hier|avant-hier|(?:la{GAP})?semaine{GAP}(?:derniere|passee)"
    rf"|(?:{'|'.join(_WEEKDAYS)}){GAP}(?:dernier|passe)),?{GAP}(?:\S+{GAP}){{0,4}}?{_MET}"
)


def names_which_application(target: Target) -> bool:
    """A draft that asks about an application says which: the role, the company, a dated step.

    « au sujet de ma candidature » fits every application the candidate has made; « le
    poste de souffleuse », « chez Verrerie Lalonde » or « jeudi à 17 h 30 » (an appointment
    set with the person met) does not (blind30). A message that asks about none (« je
    voulais vous remercier ») is tied to the meeting by the name of the person met.
    """
    if not _ABOUT_AN_APPLICATION.search(target.folded):
        return True
    return names_role_or_company(target) or bool(_DATED_STEP.search(target.folded))


_ABOUT_AN_APPLICATION = re.compile(
    r"(?<![^\W_])(?:candidature|processus|dossier|ou en (?:est|etait|sont|etaient))(?![^\W_])"
)


_DATED_STEP = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(_WEEKDAYS)})(?![^\W_])"
    r"|(?<![^\W_])\d{1,2}[ \u00a0\u202f]?h(?![^\W\d_])"
)


def says_when_met(target: Target) -> bool:
    """A spoken draft says when the interview was (R20).

    Its day (« le 17 novembre », « 17/11 »), its weekday (« mardi »), or a relative time
    next to the meeting (« entrevue d'hier », « rencontrés la semaine dernière »). Or the day
    of the second interview it follows (« à la suite de mon deuxième entretien du 9 décembre »:
    read 339, a voicemail to a priest greeted « mon Père » that the check refused).
    """
    context = target.context
    assert context is not None
    held = context.interview.date
    if names_the_day(target, held) or _SECOND_ON_A_DAY.search(target.folded):
        return True
    weekday = _WEEKDAYS[held.weekday()]
    for said in re.finditer(rf"(?<![^\W_]){weekday}(?![^\W_])", target.folded):
        if not _CALLED_ON.search(target.folded, max(0, said.start() - 40), said.start()):
            return True
    return _RELATIVE_DAY.search(target.folded) is not None


_SECOND_ON_A_DAY = re.compile(
    r"(?<![^\W_])(?:deuxieme|2e|seconde?) (?:entretien|entrevue|rencontre) du \d{1,2}(?!\d)"
)
# A weekday that says when the candidate called or wrote is not the interview's: « J'ai
# appelé lundi, mardi pis mercredi » (blind44, a call that named nothing of the interview).
_CALLED_ON = re.compile(
    r"(?<![^\W_])(?:appele|telephone|ecrit|envoye|relance|rappele|laisse \S+ message"
    r"|laisse un message|messages?|courriels?)(?: \S+){0,2}"
    r"(?:,? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:et|pis|puis))?)*,? $"
)
