"""What the candidate was shown on the day: a visit, a trial, a practical test.

The hand thanks for them (« Merci pour l'entretien d'hier et pour la visite de la gare de
départ »); pair read 130 found the program never did, in thirteen pairs of thirty-five.
Only what the notes tell as done is thanked for: « Visite du chantier proposée » or « essai
samedi ?? » is still to come.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from suivi_templates.formatting import prose_date, short_date
from suivi_templates.models import Locale
from suivi_templates.phrasing._words import _IF_HIRED
from suivi_templates.phrasing.announced import NOTE_LINES, meeting_day, second_interview_day
from suivi_templates.phrasing.shorthand import numbers_in_words
from suivi_templates.typography import MONTH_NUMBERS, MONTHS, WEEKDAYS

__all__ = ["shown_on_site", "step_held", "step_to_set", "trial_offered", "trial_thanked"]

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]?")
# A word of a place or thing shown: « l'unité du 3e étage », « la stabulation ».
_WORD = r"[^\W_][\w’'-]*"
# A second word that says what the place is (« l'unité protégée », « le garage souterrain »),
# not how it felt (« des serres, très chaud », « de l'étable ok »).
_NOT_OF_THE_PLACE = (
    r"et|ou|où|avec|pendant|apres|après|avant|ca|ça|il|elle|on|pas|super|tres|très|bon|bonne|lol"
    r"|ok|de|d|du|des|au|aux|a|à|sous|dans|vers|chez|en|pour|sur|chaud|froid|puis|mais|le|la|les"
    r"|un|une"
)
_VISIT = re.compile(
    # « visite de toute la residence » : the whole place (read 247: « la visite de toute. »).
    rf"\bvisite\s+(du|de\s+la|de\s+l['’]|des|de)\s*((?:tou(?:te|tes|s|t)\s+(?:l[ea]s?\s+|l['’]\s*))?{_WORD}"
    rf"(?:\s+(?!(?:{_NOT_OF_THE_PLACE})\b)[^\W\d_][\w’'-]*)?"
    rf"(?:\s+(?:du|de\s+la|des)\s+{_WORD})?)",
    re.IGNORECASE,
)
_MADE_TO_VISIT = re.compile(
    # « Elle m'a montré l'atelier » (read 152).
    # « il m'a fait visiter les 3 salles de soins » : the count goes with its noun (read 235:
    # « la visite des trois. »).
    rf"\bm['’]\s*(?:a|ont)\s+(?:fait\s+visiter|montré)\s+(l['’]|le\s+|la\s+|les\s+)\s*"
    rf"((?:(?:\d{{1,2}}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?{_WORD})",
    re.IGNORECASE,
)
_TRIAL = re.compile(
    # « essai de 2h derrière le comptoir » : its length is not its name (read 135), and
    # « de » is a word, not the start of « derrière » (« l’essai de rrière »).
    r"\bessai\s+(?:(?:de\s+\d+\s*h\w*|d['’]une\s+heure)\s+)?"
    r"(de(?=\s)|en(?=\s)|au(?=\s)|d['’]|sur(?=\s)|derrière(?=\s))\s*((?:(?:(?:le|la|les)\s+|l['’]\s*)"
    # « essai sur la 60 pieds » : the boom lift by its height, never « l'essai sur la. » (read
    # 280); an article alone is no name.
    r"(?:\d{1,3}\s+)?)?(?!(?:une?|deux|trois|quelques|demi|le|la|les)\b)[^\W\d_][\w’'-]*"
    # « essai de mise en broche » : the noun's own complement (read 180: « l'essai de mise »).
    r"(?:(?<=mise)\s+en\s+[^\W\d_][\w’'-]*)?)|\bjourn[ée]e\s+d['’]\s*essai\b"
    r"|\b(?:test|essai)\s+pratique\b"
    # « Essai sur une chaise de cuisine » : a thing worked on, not a length (read 152).
    r"|\bessai\s+(sur)\s+((?:une?)\s+[^\W\d_][\w’'-]*)",
    re.IGNORECASE,
)
# The exercises of the day, which the hand thanks for too (pair read 149: « Merci de m’avoir
# reçue hier, ainsi que pour le cas pratique de codage », « pour la mise en situation avec
# l’harmonie »): named with their subject's first word, never with their length.
_EXERCISE = re.compile(
    r"\b(?:(?<!de\s)(?P<bare>mise\s+en\s+situation|cas\s+pratique)"
    r"|(?P<kind>test|exercice)\s+(?P<what>écrit|technique|(?:de\s+|d['’]\s*)(?!\d|une?\b|quelques\b)"
    r"[^\W\d_][\w’'-]*(?:\s+(?:écrit|oral|technique)\b)?"
    # « test de vision des couleurs », « test de lecture de plan » (pair read 333: « le test
    # de vision », an eye test).
    r"(?:\s+(?:des|du|de)\s+(?!\d|(?:une?|deux|trois|quatre|cinq|six|dix|quinze|vingt|trente"
    r"|quelques|plusieurs)\b)[^\W\d_][\w’'-]*)?))",
    re.IGNORECASE,
)
# « Journée d’essai faite le 17 » : a day, but past (fresh49).
_DONE = re.compile(r"\b(?:faite?s?|effectuée?s?|réalisée?s?|passée?s?)\b", re.IGNORECASE)
# What is still to come, or unsure: a day ahead, a proposal, a question.
_AHEAD = re.compile(
    r"\?|\b(?:propos[ée]e?s?|prévue?s?|prevue?s?|aurait|aura|possible|peut-être|demain"
    r"|prochaine?|confirmée?|à venir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|le\s+\d{1,2}\b|pour\s+un\s+essai|veut|voudrait|revenir|revienne|refaire"
    r"|à\s+rendre|à\s+remettre|maison|étape"
    # « Test de conduite à prévoir » (read 169: thanked for a test still to come).
    # Typed without its accent: « journee d'essai, date a fixer » (read 357: thanked for it).
    r"|[àa]\s+(?:prévoir|prevoir|planifier|fixer|organiser|caler|confirmer|déterminer|definir"
    r"|définir)|\brappeler\s+pour"
    # « Il m'a parlé d'un 2e entretien avec mise en situation » (pair read 151).
    r"|parlé\s+d|(?:2e|2ème|deuxième|second|seconde)\s+(?:entretien|entrevue|tour|rencontre)"
    # « ensuite mise en situation en personne si je passe » (read 292: thanked for it).
    r"|ensuite|si\s+je\s+(?:passe|suis\s+retenue?|suis\s+pris[e]?)|si\s+(?:ça|ca)\s+passe)",
    re.IGNORECASE,
)
# « Visite de la stabulation + essai de traite », and so once « + » is written « et ».
# Planned, for every part of the sentence: not a weekday or a date, which may be the interview's.
_PLANNED = re.compile(r"\b(?:prévue?s?|prevue?s?|propos[ée]e?s?|à venir|à prévoir)\b", re.I)
_PARTS = re.compile(
    r"\s*\+\s*|,\s*|\s+puis\s+|\s+et\s+(?=(?:la\s+|une\s+|l['’]\s*|un\s+)?(?:visite|essai|test|journ))",
    re.IGNORECASE,
)
_OF_ARTICLE = {"l'": "de l’", "l’": "de l’", "le": "du", "la": "de la", "les": "des"}


# « Journée d'essai faite le 19/11 », « visite du chantier le 2 décembre » : a day named.
# « essai sur machine le samedi 5 décembre -> fait » (read 316: thanked for in the letter of
# 24 November).
_ON_DAY = re.compile(
    rf"\ble\s+(?:(?:{WEEKDAYS})\s+)?(\d{{1,2}})(?:er)?(?:\s*/\s*(\d{{1,2}})\b|\s+({MONTHS})\b)?",
    re.IGNORECASE,
)


def _on_another_day(part: str, held: date | None) -> bool:
    """Whether ``part`` dates what it tells to another day than the interview's.

    The notes are often typed later: « Journée d'essai faite le 19/11 », under an interview
    of 6 November, was thanked for in the letter of the 7th (read 158).
    """
    found = _ON_DAY.search(part)
    if found is None or held is None:
        return False
    month = int(found[2]) if found[2] else MONTH_NUMBERS.get((found[3] or "").lower())
    return int(found[1]) != held.day or (month is not None and month != held.month)


def shown_on_site(
    impressions: str | None, *, remote: bool = False, held: date | None = None
) -> list[str]:
    """The visits and trials the notes tell as done, as a thank-you names them.

    >>> shown_on_site("Visite de la stabulation + essai de traite. Mme Van Hecke tres gentille")
    ['la visite de la stabulation', 'l’essai de traite']
    >>> shown_on_site("Très bonne entrevue. Elle m'a fait visiter l'entrepôt. Salaire pas discuté.")
    ['la visite de l’entrepôt']
    >>> shown_on_site("il m'a fait visiter les 3 salles de soins")  # read 235
    ['la visite des 3 salles']
    >>> shown_on_site("journée d'essai + entretien. service du midi ok")
    ['la journée d’essai']
    >>> shown_on_site("Elle m'a montré l'atelier. Essai sur une chaise de cuisine, ça a bien été.")
    ['la visite de l’atelier', 'l’essai sur une chaise']
    >>> shown_on_site("Réponse cette semaine. Test de conduite à prévoir.")
    []
    >>> shown_on_site("Première étape, ensuite mise en situation à Ottawa si je passe")
    []
    >>> shown_on_site("Visite du chantier de Trélazé proposée. Essai en cuisine samedi??")
    []
    >>> shown_on_site("visite de l'unité protégée, bon contact ; visite du 3e étage")
    ['la visite de l’unité protégée', 'la visite du 3e étage']
    >>> shown_on_site("essai sur le porteur avec lui ; essai d'une heure en boutique")
    ['l’essai sur le porteur', 'l’essai en boutique']
    >>> shown_on_site("Visite de la stabulation et essai de traite.")
    ['la visite de la stabulation', 'l’essai de traite']
    >>> shown_on_site("Essai en cours avec 8 élèves, 45 min (alegrías)")
    ['le cours d’essai']
    >>> shown_on_site("Essai pratique de 2h à l'établi : démontage d'un calibre.")
    ['l’essai pratique']
    >>> shown_on_site("essai de 2h derrière le comptoir, ça a super bien été")
    ['l’essai derrière le comptoir']
    >>> shown_on_site("Journée d'essai faite le 17 : arrachage et mise en jauge")
    ['la journée d’essai']
    >>> shown_on_site(None)
    []

    What the notes date to another day than the interview's (``held``) came later:

    >>> shown_on_site("Visite de l'atelier + essai au chalumeau (raccord en T) ok. Journée d'essai "
    ...               "faite le 19/11.", held=date(2026, 11, 6))
    ['la visite de l’atelier', 'l’essai au chalumeau']
    >>> shown_on_site("Journée d'essai faite le 17 : arrachage", held=date(2026, 11, 17))
    ['la journée d’essai']

    The exercises of the day too, by their subject, never by their length (pair read 149):

    >>> shown_on_site("Visio 30 min + test d'anglais oral."), shown_on_site("Cas pratique SQL ok")
    (['le test d’anglais oral'], ['le cas pratique'])
    >>> shown_on_site("Test de français écrit de 30 min avant, puis une mise en situation")
    ['le test de français écrit', 'la mise en situation']
    >>> shown_on_site("froid, test dehors 1h"), shown_on_site("test de 30 min en partage d'écran")
    ([], [])
    >>> shown_on_site("Mise en situation écrite à remettre 24h après, prochaine étape = test écrit")
    []
    >>> shown_on_site("Il m'a parlé d'un 2e entretien avec mise en situation sur un lave-linge.")
    []
    >>> shown_on_site("2e entretien prévu le 9 déc sur site avec le manager + test technique")
    []

    An interview held from afar (``remote``) shows no place, but may set an exercise:

    >>> shown_on_site("visite virtuelle de l'usine + cas pratique SQL", remote=True)
    ['le cas pratique']

    A case study and a role play noted side by side are one exercise (pair read 179: « le
    cas pratique et la mise en situation », « c'était la même chose »):

    >>> shown_on_site("Il m'a fait visiter les fours. Essai de mise en broche de harengs.")
    ['la visite des fours', 'l’essai de mise en broche']
    >>> shown_on_site("Cas pratique de 30 min sur un bilan, mise en situation ok.")
    ['le cas pratique']

    What was shown during a visit is part of it:

    >>> shown_on_site("visite de l'atelier + du plateau B. Dominique m'a montré la CNC.")
    ['la visite de l’atelier']

    What one is shown is a visit when it is a place (read 374: « la visite de la pierre »):

    >>> shown_on_site("Thibault m'a montré la pierre 1000/6000"), shown_on_site(
    ...     "Il m'a montré les réserves.")
    ([], ['la visite des réserves'])
    """
    if not impressions:
        return []
    found: list[str] = []
    for sentence in _SENTENCE.findall(impressions):
        # « 2e entretien prévu le 9 déc sur site + test technique » : the test is ahead too
        # (pair read 269: « et pour le test technique », a week before it).
        all_ahead = _PLANNED.search(sentence) and not _DONE.search(sentence)
        for part in _PARTS.split(sentence):
            said = _exercise(part) if remote else _said(part)
            ahead = all_ahead or (_AHEAD.search(part) and not _DONE.search(part))
            ahead = ahead or _on_another_day(part, held)
            same_kind = said in _SITUATIONS and any(seen in _SITUATIONS for seen in found)
            # What was shown during a visit was part of it (read 323: « la visite de l'atelier
            # + du plateau B. Dominique m'a montré la CNC », thanked as two visits).
            same_kind = same_kind or bool(
                _MADE_TO_VISIT.search(part)
                and not _VISIT.search(part)
                and any(seen.startswith("la visite") for seen in found)
            )
            if said and not ahead and said not in found and not same_kind:
                found.append(said)
    return found[:2]


_SITUATIONS = frozenset(("le cas pratique", "la mise en situation"))


def _said(part: str) -> str | None:
    if (visit := _VISIT.search(part)) is not None:
        of = re.sub(r"\s+", " ", visit[1]).replace("'", "’").lower()
        joined = "" if of.endswith("’") else " "
        return f"la visite {of}{joined}{visit[2]}"
    if (made := _MADE_TO_VISIT.search(part)) is not None and _a_place(made):
        article = re.sub(r"\s+", "", made[1]).lower()
        of = _OF_ARTICLE[article]
        return f"la visite {of}{'' if of.endswith('’') else ' '}{made[2]}"
    if (trial := _TRIAL.search(part)) is not None:
        if trial[3] is not None:  # « essai sur une chaise »
            return f"l’essai sur {trial[4]}"
        if trial[1] is None:
            said = trial[0].lower()
            if "journ" in said:
                return "la journée d’essai"
            return "l’essai pratique" if said.startswith("essai") else "le test pratique"
        of = trial[1].replace("'", "’").lower()
        # « Essai en cours avec 8 élèves » is a trial lesson, not a trial under way (read 324).
        if of == "en" and trial[2].casefold() == "cours":
            return "le cours d’essai"
        return f"l’essai {of}{'' if of.endswith('’') else ' '}{trial[2]}"
    return _exercise(part)


def _a_place(made: re.Match[str]) -> bool:
    """Whether what was shown is a place one visits: « la pierre », « le bombardeur » are not.

    « Thibault m'a montré la pierre 1000/6000 » was thanked as « la visite de la pierre »
    (read 374), « la visite du bombardeur » (pair read 376): what one is shown is a visit only
    when it is a place; what one is made to visit always is.
    """
    if "visiter" in made[0].casefold():
        return True
    head = made[2].split()[-1].casefold()
    return head.rstrip("sx") in _PLACES or head in _PLACES


# Places one is shown around, as the notes name them.
_PLACES = frozenset(
    """atelier usine entrepôt entrepot labo laboratoire salle serre bureau locaux local magasin
    boutique chantier ferme étable etable grange cave chai cuisine potager jardin quai hangar
    garage plateau studio scène scene théâtre theatre unité unite service site bâtiment batiment
    cour cabane maternité maternite réserve reserve entrepôts parc pépinière pepiniere érablière
    erabliere cabine pont poste centre classe musée musee galerie bibliothèque bibliotheque
    installation installations abattoir fournil boulangerie laverie chenil écurie ecurie
    piscine terrain verger vignoble cuverie""".split()
)


def _exercise(part: str) -> str | None:
    if (exercise := _EXERCISE.search(part)) is not None:
        if exercise["bare"]:
            bare = re.sub(r"\s+", " ", exercise["bare"]).lower()
            return f"{'la' if bare.startswith('mise') else 'le'} {bare}"
        what = re.sub(r"\s+", " ", exercise["what"]).replace("'", "’")
        what = what.lower() if what.isupper() else what
        what = re.sub(r"^(?i:d’)\s*", "d’", what)
        what = re.sub(r"^(?i:de)\s+", "de ", what)
        return f"{'le test' if exercise['kind'].lower() == 'test' else 'l’exercice'} {what}"
    return None


_TRIAL_DONE = re.compile(
    r"^\s*j['’]ai\s+(?:fait|effectué|réalisé|passé)\s+(?:(?P<before>le\s+(?:\w+\s+)?\d{1,2}(?:er)?\s+\w+)\s+)?"
    r"(?:une|ma|la)\s+(?P<which>(?:deuxième|seconde|première)\s+)?(?P<half>demi-)?journée\s+d['’]essai"
    r"(?:\s+(?P<where>au|en|à|avec|sur)\s+[^,.:;]+?)?"
    r"(?:\s+(?P<after>le\s+(?:\w+\s+)?\d{1,2}(?:er)?\s+\w+))?\s*(?=[,.:;]|$)",
    re.IGNORECASE,
)


def trial_thanked(news: str) -> str | None:
    """A trial day the candidate told as news, as the hand speaks of it: a thank-you.

    Told to the manager who ran it, « J'ai fait une demi-journée d'essai au comptoir le samedi
    21 novembre » was news to nobody (read 146); the hand thanks for it.

    >>> trial_thanked("J'ai fait une demi-journée d'essai au comptoir le samedi 21 novembre.")
    'Merci encore pour la demi-journée d’essai du samedi 21 novembre.'
    >>> trial_thanked("J'ai fait le 1er décembre une deuxième journée d'essai avec l'équipe.")
    'Merci encore pour la deuxième journée d’essai du 1er décembre.'
    >>> trial_thanked("J'ai fait la journée d'essai : j'ai fait les mises bas avec Sylvie.")
    'Merci encore pour la journée d’essai.'
    >>> trial_thanked("Ma journée d'essai est confirmée pour le 9 décembre.") is None
    True
    """
    found = _TRIAL_DONE.match(news)
    if found is None:
        return None
    day = found["after"] or found["before"]
    when = f" du {day.split(maxsplit=1)[1]}" if day else ""
    which = (found["which"] or "").lower()
    return f"Merci encore pour la {which}{found['half'] or ''}journée d’essai{when}."


# A day on site the candidate gave dates for: « lui dire quand je suis dispo pour une journée
# d'essai ». Dates given, the next call settles which (read 177: a call that only asked
# « des nouvelles de ma candidature » while the trial day was still to set).
_TRIAL_DAY = re.compile(
    r"\b(?P<what>(?:demi-)?journ[ée]e\s+d['’]\s*(?:essai|observation)"
    # « lui dire si je suis libre pour l'audition en salle » (read 315: the reminder, after
    # the two days given had passed, said nothing of them).
    # « pour donner un cours d'essai » (read 316: « les dates… pour l'essai »).
    r"|(?:stage|cours)\s+d['’]\s*(?:observation|essai)|essai|audition(?:\s+en\s+salle)?)\b"
    # « mes dispos pour un 2e entretien à Quimper » (pair read 285: the reminder forgot it).
    r"|\b(?P<second>(?:2e|2ème|deuxième|second)\s+(?:entretien|entrevue))\b",
    re.IGNORECASE,
)
_AVAILABILITY = re.compile(
    r"\b(?:dispo\w*|quand je (?:peux|pourrais|suis)|si je suis libre)", re.IGNORECASE
)


def trial_offered(promise: str) -> str | None:
    """The day on site a promise gives dates for, with its article; None for any other.

    >>> trial_offered("lui dire quand je suis dispo pour une journée d'essai")
    'la journée d’essai'
    >>> trial_offered("lui envoyer mes disponibilités pour une journée d'observation")
    'la journée d’observation'
    >>> print(trial_offered("lui envoyer mon rapport d'essai"))
    None
    >>> trial_offered("lui dire mes dispos pour un 2e entretien à Quimper")
    'le deuxième entretien'
    >>> trial_offered("lui dire si je suis libre pour l'audition en salle")
    'l’audition en salle'
    >>> trial_offered("leur faire savoir quand je suis libre pour donner un cours d'essai")
    'le cours d’essai'
    """
    found = _TRIAL_DAY.search(promise)
    if found is None or not _AVAILABILITY.search(promise):
        return None
    if found["second"]:
        interview = found["second"].split()[-1].casefold()
        return "la deuxième entrevue" if interview == "entrevue" else "le deuxième entretien"
    what = re.sub(r"['’]\s*", "’", found["what"].casefold())
    article = (
        "l’" if what[0] in "aeéiou" else "le " if what.startswith(("stage", "cours")) else "la "
    )
    return article + what


# A step the organisation offered and nobody has dated yet (reads 307 and 308: nine drafts
# that asked where the process stood, never offering to set « la demi-journée d'observation,
# date à fixer » or « l'essai de nuit » he was to call about).
_STEP_FEMININE = (
    "demi-journée",
    "journée",
    "observation",
    "visite",
    "rencontre",
    "immersion",
    "audition",
    "dégustation",
    "soirée",
)
_STEP_HEAD = (
    r"(?:demi-journée|journée|essai|observation|visite|immersion|stage|test|shift|audition"
    r"|dégustation"
    # « une soirée de porte-à-porte avec un vendeur » (read 323), not « en soirée ».
    r"|(?<=une\s)soirée|(?<=la\s)soirée"
    # Not the interview itself (« Entretien tel 20 min, il m'a proposé… »).
    r"|(?:entretien|rencontre)(?=\s+(?:physique|en\s+personne|sur\s+place|à|au|aux|avec|chez)\b))"
)
_STEP = re.compile(
    rf"\b(?P<head>{_STEP_HEAD})(?P<rest>(?:\s+(?:d['’]\s*)?[^\W\d_][\w'’-]*|\s+\d\s+jours?){{0,5}})",
    re.IGNORECASE,
)
_STEP_OFFERED = re.compile(
    r"\bpropos\w*|\b[àa]\s+(?:fixer|caler|confirmer|planifier)\b|\bpas\s+(?:encore\s+)?confirmé"
    r"|\bpossible\b|\bveut\s+que\s+je\b|\bm['’]\s*a\s+demandé\s+de\b"
    rf"|\brappel\w*\b[^.;\n]{{0,40}}?\bpour\s+(?:fixer\s+|caler\s+|organiser\s+)?(?:un|une|l['’]|le|la)\s*{_STEP_HEAD}",
    re.IGNORECASE,
)
_FROM_AFAR = re.compile(r"\b(?:en\s+ligne|à\s+distance|en\s+visio\w*|par\s+visio\w*)\b", re.I)
# Dated, it is the meeting the planner waits for; a second interview has its own sentences;
# done, it is thanked for.
_STEP_SETTLED = re.compile(
    rf"\ble\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d|\bdu\s+\d"
    rf"|\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b"
    r"|\bj['’]\s*ai\s+(?:fait|passé)\b",
    re.IGNORECASE,
)
# A second interview offered, not dated: « 2e entretien proposé avec les associés en janvier,
# date à fixer » (read 323: three drafts asked where the process stood instead). Only one
# offered, not one hoped for (« 2e entretien possible si je passe »).
_SECOND_TO_SET = re.compile(
    r"\b(?:2e|2ème|deuxième|second)\s+(?P<noun>entretien|entrevue)\b(?P<rest>[^.;\n]*)", re.I
)
# « lui faire savoir quand je suis libre pour rencontrer le CA » (read 339: the days given,
# then « je peux venir à la date qui vous conviendra »).
_DAYS_GIVEN = re.compile(
    r"\b(?:dispo\w*|quand je suis libre|libre pour)\b[^.;\n]{0,40}?"
    r"\b(?:entretien|entrevue|rencontrer|rencontre|revoir)\b",
    re.I,
)
_IF_TAKEN = re.compile(_IF_HIRED, re.IGNORECASE)
_IF_SECOND = re.compile(r"\bsi\s+(?:(?:un|une|le|la)\s+)?(?:2e|2ème|deuxième|second)", re.I)
_SECOND_OFFERED = re.compile(r"\bpropos\w*|\b[àa]\s+(?:fixer|caler|planifier)\b", re.IGNORECASE)
# Where the step's own words end: its time (« mi-décembre », « en janvier »), its status.
_STEP_ENDS = re.compile(
    rf"^(?:propos\w*|fixer|caler|confirmer|planifier|date|dates|dès|avant|après|apres|ici|pendant"
    rf"|quand|semaine|prochaine|prochain|début|fin|mi-\w+|demain|bientôt|sûrement|probablement"
    rf"|peut-être|possible|pas|si|et|ou|mais|car|pour|qui|que|il|elle|on|je|ok|lol|{MONTHS}"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$",
    re.IGNORECASE,
)
# Small words that belong to the step only when words of it follow (« à l'atelier », not
# « à fixer »; « sur la route », not « la semaine »).
# « un essai d'une semaine en janvier » : not « l'essai d'une » (read 324).
_STEP_LINKS = re.compile(
    r"^(?:à|a|en|le|la|les|l['’]|de|du|des|d['’]|sur|au|aux|un|une)$", re.IGNORECASE
)


def _step_words(rest: str) -> list[str]:
    words: list[str] = []
    pending: list[str] = []
    for word in re.findall(r"[dl]['’]|[^\s'’]+(?:['’][^\s'’]+)*", rest):
        bare = word.strip("'’")
        if _STEP_ENDS.match(bare):
            break
        if _STEP_LINKS.match(word):
            pending.append(word)
            continue
        words += [*pending, word]
        pending = []
    return words


def step_to_set(
    notes: str | None,
    told: tuple[str, ...] = (),
    *,
    interview: date | None = None,
    sent_on: date | None = None,
) -> str | None:
    """The step the notes say the organisation offered, still to set, with its article.

    ``told`` holds what else the context says (news since, promises): a step it names is
    dated or done there.

    >>> step_to_set("elle m'a proposé une demi-journée d'observation, date à fixer")
    'la demi-journée d’observation'
    >>> step_to_set("il rappelle lundi ou mardi pour un essai de nuit")
    'l’essai de nuit'
    >>> step_to_set("il rappelle fin de la semaine prochaine pour un entretien physique à Nantes")
    'l’entretien physique à Nantes'
    >>> step_to_set("une journée d'accompagnement sur la route mi-décembre ?? pas confirmé")
    'la journée d’accompagnement sur la route'
    >>> step_to_set("Entretien tel 20 min, il m'a proposé de venir voir un chantier -> essai ??")
    'l’essai'
    >>> step_to_set("Il va me rappeler pour que je fasse une soirée de porte-à-porte, date à fixer")
    'la soirée de porte-à-porte'
    >>> print(step_to_set("Horaires en soirée possibles"))
    None
    >>> step_to_set("Peut-être un essai d'une semaine en janvier, à confirmer")
    'l’essai'
    >>> step_to_set("audition en salle proposée, date à fixer (mi-décembre)")
    'l’audition en salle'
    >>> print(step_to_set("Test Excel à faire en ligne la semaine prochaine, date à confirmer."))
    None

    A step whose month has gone by when the message leaves is no longer to set (read 327: « une
    journée d'essai en février, date à fixer », offered again in March):

    >>> print(step_to_set("une journée d'essai en février, date à fixer",
    ...                   interview=date(2026, 11, 12), sent_on=date(2027, 3, 8)))
    None
    >>> step_to_set("2e entretien proposé avec les associés en janvier, date à fixer")
    'le deuxième entretien avec les associés'
    >>> step_to_set("elle m'a proposé une deuxième entrevue en personne avec 2 membres du CA")
    'la deuxième entrevue en personne avec deux membres du CA'
    >>> step_to_set("2e entretien au cabinet « d'ici 2 semaines », date à fixer")
    'le deuxième entretien au cabinet'
    >>> [step_to_set(n) for n in ("2e entrevue possible si je passe", "2e entretien le 9 déc",
    ...                           "visite du simulateur proposée si 2e entretien")]
    [None, None, None]

    Not a step done, dated, or told since; not one only hoped for:

    >>> [step_to_set(n) for n in ("Essai en cuisine ok", "Journée d'essai proposée -> essai le "
    ...  "10 décembre", "il rappelle pour me dire si je passe au test physique")]
    [None, None, None]
    >>> print(step_to_set("Visite du chantier proposée", ("J'ai fait la visite du chantier.",)))
    None
    >>> print(step_to_set("2e entretien proposé sur place, date à fixer",
    ...                   ("lui envoyer mes dispos pour un entretien sur place mardi 10",)))
    None
    >>> step_to_set("Visite des fosses, mains gelées!! Il m'a proposé une journée d'essai")
    'la journée d’essai'
    >>> print(step_to_set("elle rappelle les candidats retenus d'ici 3 semaines pour un essai"))
    None
    """
    for line in NOTE_LINES.split(notes or ""):
        if _STEP_SETTLED.search(line) or not _STEP_OFFERED.search(line):
            continue
        if interview and sent_on and (bound := meeting_day([line], interview)) and bound < sent_on:
            continue
        if second := _SECOND_TO_SET.search(line):
            # « visite du simulateur proposée si 2e entretien » : the visit hangs on it.
            if (
                not _SECOND_OFFERED.search(line)
                or _FROM_AFAR.search(line)
                or _IF_SECOND.search(line)
                # « 2e entrevue avec le client minier si je suis retenue, date à fixer » (read
                # 356: « fixer une date pour la deuxième entrevue » presumed her chosen).
                or _IF_TAKEN.search(line)
            ):
                return None
            # Told since (« invité à une deuxième entrevue le 10 décembre »): it is set; or
            # the days were given for it (read 331: « mes dispos pour un entretien sur place »,
            # then « je peux venir à la date qui vous conviendra »).
            if any(_SECOND_TO_SET.search(other) or _DAYS_GIVEN.search(other) for other in told):
                return None
            noun = second["noun"].casefold()
            head = "le deuxième entretien" if noun == "entretien" else "la deuxième entrevue"
            # Up to its first stop: « au cabinet "d'ici 2 semaines" » (fresh80) is a time.
            rest = re.split(r"[,\"«»()?!:]", second["rest"])[0]
            rest = re.sub(r"^\s*propos\w*", "", rest, flags=re.IGNORECASE)
            # Whole, or not at all: « avec 2 » lost « membres du CA » (read 328).
            words = _step_words(rest)
            step = " ".join([head, *(words if len(words) <= 8 else [])]).replace("'", "’")
            # « avec le chef d’unité » (fresh163: « le chef d’ unité »).
            return numbers_in_words(re.sub(r"([dl]’) ", r"\1", step))
        # « Test Excel à faire en ligne » : nowhere to come to (read 320: « je peux venir »);
        # « rappelle les candidats retenus pour un essai » : not offered to the candidate yet
        # (read 381: « fixer une date pour l'essai au lac » presumed her chosen).
        if _FROM_AFAR.search(line) or _IF_TAKEN.search(line):
            continue
        found = _STEP.search(line)
        if found is None or _PIECE_OF_TRIAL.search(line):
            continue
        head = found["head"].casefold()
        if any(head in other.casefold() for other in told):
            return None
        return _with_article(head, _step_words(found["rest"]))
    return None


def _with_article(head: str, words: list[str]) -> str:
    """« la demi-journée d’observation », « l’essai de nuit »: the step with its article.

    A small count is written in words, as a letter writes it (« l’essai de deux jours »).
    """
    step = re.sub(r"([dl]['’]) ", r"\1", " ".join([head, *words])).replace("'", "’")
    step = numbers_in_words(step)
    feminine = head.split()[0] in _STEP_FEMININE
    return ("l’" if head[0] in "aeéiou" else "la " if feminine else "le ") + step


# What follows the step's name, not part of it: who comes, what it is for (« visite de mon
# domicile prevue le 10 decembre par l'equipe »).
_DAY_LONG = re.compile(r"d['’]\s*une\s+((?:demi-)?journée)\b", re.IGNORECASE)
_STEP_HELD_ENDS = re.compile(
    r"^(?:prévue?s?|prevue?s?|avec|par|calée?s?|fixée?s?|faite?s?|effectuée?s?|passée?s?)$", re.I
)


_TWO_DAYS = re.compile(r"\b\d{1,2}(?:er)?\s+(?:et|au)\s+(?:le\s+)?\d{1,2}\b", re.IGNORECASE)


def step_held(
    notes: Iterable[str],
    interview: date,
    sent_on: date | None,
    locale: Locale = "fr_CA",
    last_sent: date | None = None,
    accepted: Iterable[str] = (),
) -> str | None:
    """The visit or trial the notes fix after the interview and before ``sent_on``, thanked for.

    The plan waits a week after it; the reminder then asked where the process stood without a
    word on the home visit or the trial day just made (reads 311 and 312: ef23, eg17).
    A second interview has its own sentences; a meeting with no name (« on se revoit le 9 »)
    is not thanked for.

    >>> step_held(["visite de mon domicile prevue le 10 decembre par l'equipe"],
    ...           date(2026, 11, 12), date(2026, 12, 17))
    'Merci pour la visite de mon domicile du 10\xa0décembre.'
    >>> step_held(["Essai d'une journée prévu le jeudi 10 décembre sur la ligne de laminage"],
    ...           date(2026, 11, 16), date(2026, 12, 18))
    'Merci pour la journée d’essai du 10\xa0décembre.'
    >>> step_held(["Dégustation prévue le 9 décembre chez elle : 2 entrées + 1 dessert"],
    ...           date(2026, 11, 25), date(2026, 12, 16))
    'Merci pour la dégustation du 9\xa0décembre.'
    >>> step_held(["essai samedi 12 décembre sur place"], date(2026, 11, 27), date(2026, 12, 21))
    'Merci pour l’essai du 12\xa0décembre.'
    >>> print(step_held(["essai samedi 12 décembre sur place"], date(2026, 11, 27),
    ...                 date(2026, 12, 11)))
    None
    >>> print(step_held(["2e entretien calé le 9 décembre"], date(2026, 11, 23),
    ...                 date(2026, 12, 20)))
    None
    >>> step_held(["Tél 15 min. Journée d'essai faite le 17 : arrachage"], date(2026, 11, 9),
    ...           date(2026, 11, 30))
    'Merci pour la journée d’essai du 17\xa0novembre.'
    >>> step_held(["Essai de 2 jours fait le 1er et le 2 décembre"], date(2026, 11, 13),
    ...           date(2026, 12, 16))
    'Merci pour l’essai de deux jours.'
    >>> step_held(["essai samedi 12 décembre sur place"], date(2026, 11, 27), date(2026, 12, 21),
    ...           last_sent=date(2026, 12, 14))
    'Merci encore pour l’essai du 12\xa0décembre.'
    >>> print(step_held(["on se revoit fin janvier pour une journée en binôme"],
    ...                 date(2026, 11, 17), date(2027, 2, 15)))
    None
    >>> print(step_held(["journée d'essai payée samedi 12 décembre si il me prend"],
    ...                 date(2026, 11, 27), date(2026, 12, 21)))
    None
    >>> print(step_held(["Intaille d'essai déposée en main propre le 27 novembre."],
    ...                 date(2026, 11, 6), date(2026, 12, 21)))
    None
    >>> print(step_held(["Elle m'a proposé un essai de cannage à l'atelier le 14 décembre"],
    ...                 date(2026, 11, 25), date(2027, 1, 5)))
    None
    >>> step_held(["essai à l'atelier proposé pour le 6 novembre ??"], date(2026, 11, 4),
    ...           date(2026, 11, 20), accepted=["lui dire si je peux faire un essai le 6"])
    'Merci pour l’essai à l’atelier du 6\xa0novembre.'
    """
    if sent_on is None:
        return None
    # Offered, it may not have been held: « Elle m'a proposé un essai de cannage le 14
    # décembre », never answered (read 357: « Merci pour l'essai… du 14 décembre », at 1).
    # An answer given (``accepted``: « lui dire si je peux faire un essai le 6 », kept) settles
    # the step it names.
    answered = " ".join(accepted).casefold()
    lines = [line for note in notes for line in NOTE_LINES.split(note)]
    held = [
        line
        for line in lines
        if not _ONLY_OFFERED.search(line)
        or _SETTLED.search(line)
        or ((named := _STEP.search(line)) is not None and named["head"].casefold() in answered)
    ]
    for day, step, over_two_days in _steps_fixed(held, interview):
        if day >= sent_on:
            continue
        # « encore » once a message has thanked for it (read 331: « Merci encore pour l'essai »
        # in the first message after it).
        thanks = "Merci encore" if last_sent and last_sent >= day else "Merci"
        # « Essai de 2 jours fait le 1er et le 2 décembre » : not the day of its end.
        if over_two_days:
            return f"{thanks} pour {step}."
        return f"{thanks} pour {step} du {short_date(day, locale)}."
    return None


def step_ahead(
    notes: Iterable[str], interview: date, sent_on: date | None, locale: Locale = "fr_CA"
) -> str | None:
    """The visit or trial the notes fix after ``sent_on``, said as the candidate will be there.

    The thank-you said nothing of « essai sur le chantier du clocher de Saint-Benoît prévu
    jeudi 10 décembre » (read 332); the hand writes that it will be there.

    >>> step_ahead(["essai sur le chantier du clocher prévu jeudi 10 décembre"],
    ...            date(2026, 11, 30), date(2026, 12, 1))
    'Je viendrai le jeudi 10\xa0décembre pour l’essai sur le chantier du clocher.'
    >>> print(step_ahead(["essai sur le chantier prévu jeudi 10 décembre"], date(2026, 11, 30),
    ...                  date(2026, 12, 14)))
    None
    >>> print(step_ahead(["2e entretien calé le 9 décembre"], date(2026, 11, 23),
    ...                  date(2026, 11, 24)))
    None
    """
    if sent_on is None:
        return None
    # Noted done (« Journée d'essai faite le 19/11 »), it may have been set after the
    # thank-you: the notes were typed later (read 158).
    lines = [line for note in notes for line in NOTE_LINES.split(note)]
    for day, step, over_two_days in _steps_fixed(
        [line for line in lines if not _NOTED_DONE.search(line)], interview
    ):
        if day > sent_on and not over_two_days:
            return f"Je viendrai le {prose_date(day, locale, year=False)} pour {step}."
    return None


# « Intaille d'essai déposée en main propre le 27 novembre » : a piece made for the trial,
# handed over, not a trial (read 348: « Merci encore pour l'essai déposée en main propre » in
# four drafts); « cours d'essai » is one.
_PIECE_OF_TRIAL = re.compile(
    r"\b(?:intailles?|pièces?|plaques?|échantillons?|coupons?|éprouvettes?|maquettes?"
    r"|prototypes?|soudures?|gravures?|planches?|dessins?)\s+d['’]essai\b",
    re.IGNORECASE,
)
_ONLY_OFFERED = re.compile(r"\bpropos\w*", re.IGNORECASE)
_SETTLED = re.compile(
    r"\b(?:accept\w*|confirm\w*|calée?s?|fixée?s?|prévue?s?|prevue?s?|faite?s?|ok)\b", re.I
)
_NOTED_DONE = re.compile(rf"{_DONE.pattern}|->\s*(?:fait|ok)\b", re.IGNORECASE)


def _steps_fixed(notes: Iterable[str], interview: date) -> Iterator[tuple[date, str, bool]]:
    """Each visit or trial the notes date: its day, its name, and whether it takes two days.

    Two days: « Essai de 2 jours fait le 1er et le 2 décembre ».
    """
    lines = (line for note in notes for line in NOTE_LINES.split(note))
    for line in lines:
        # « journée d'essai payée samedi 12 décembre si il me prend » : only if hired (read
        # 339: « Je viendrai le samedi 12 décembre », then « Merci pour la journée d'essai »).
        if _IF_TAKEN.search(line):
            continue
        day = meeting_day([line], interview)
        # A day the notes name, not a bound (« on se revoit fin janvier »: the 31st).
        if day is None or not re.search(rf"\b{day.day}(?:er)?\b", line):
            continue
        # A second interview has its own sentences, even one held only if chosen (read 327:
        # « Merci encore pour l'entretien sur place du 14 décembre »).
        if second_interview_day([line], interview) == day or _SECOND_TO_SET.search(line):
            continue
        found = _STEP.search(line)
        if found is None or _PIECE_OF_TRIAL.search(line):
            continue
        head = found["head"].casefold()
        words = _step_words(found["rest"])
        words = words[: next((i for i, w in enumerate(words) if _STEP_HELD_ENDS.match(w)), None)]
        # « Essai d'une journée prévu le jeudi 10 décembre » : the trial day (read 315).
        if head == "essai" and (day_long := _DAY_LONG.match(" ".join(words))):
            head, words = f"{day_long[1].casefold()} d’essai", words[len(day_long[0].split()) :]
        while words and _STEP_LINKS.match(words[-1]):
            words.pop()
        yield day, _with_article(head, words), bool(_TWO_DAYS.search(line))
