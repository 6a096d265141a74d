"""French formatting for templates: dates, times, lists, phone numbers, elision, articles.

Every function here is a Jinja2 filter or global (see ``rendering.py``); templates never
hand-write elision or date formats, so French correctness is done once, here.

>>> prose_date(date(2026, 6, 1), "fr_FR")
'lundi 1er\\xa0juin 2026'
>>> prose_time(time(17, 30))
'17\\xa0h\\xa030'
>>> de("analyste financière")
'd’analyste financière'
>>> de("Hachette")
'de Hachette'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time
from functools import lru_cache

from babel.dates import format_date
from babel.lists import format_list

from suivi_templates._memo import per_phrase
from suivi_templates.models import Company, Locale

__all__ = [
    "a",
    "company_name",
    "day_reference",
    "de",
    "elides",
    "fix_elision",
    "of_person",
    "phone_number",
    "prose_date",
    "prose_list",
    "prose_time",
    "que",
    "second_person",
    "short_date",
    "sur",
    "weekday",
]

NBSP = "\u00a0"

# Words whose initial h is aspirated: no elision before them (« de Hachette », « le héros »).
# A word list reads better as text than as a hundred-line literal.
_ASPIRATED_H = frozenset(
    """
    hache hachette hachis haie haine hall halle halles halte hamac hamburger haras hargne
    hameau hamster hanche hand handball handicap hayon
    hangar hanter happer harcèlement harceler hardi hareng haricot harnais harpe harpiste hasard
    hâte hausse hauss haut haute hautes hauts hautbois hautboïste hauteur havre hennir hérisson
    hernie
    héron
    héros hêtre
    hibou hiérarchie hippie hisser hocher hockey hollande hollandais homard hongrie
    hongrois honte hoquet horde hors hotte houblon houille housse hublot huer huit
    huitième humer hurler hutte hyène honda hyundai huawei hachette harley hasbro
    hewlett heineken hilton home hub hearst hacker hackathon hardware holding hotline hotliner
    hull
    harnacheur harnacheuse harpon halage hameçon hanneton hachoir houle houx hurlement head
    """.split()
)
# Words starting with a vowel letter that still take no elision (« le onze », « de Yamaha »).
_NO_ELISION = frozenset("onze onzième oui ouistiti ouate yacht yaourt yoga yoyo yamaha".split())
_VOWELS = frozenset("aeiouâàäéèêëîïôöûùüœæ")


def _first_word(text: str) -> str:
    match = re.match(r"[^\s'’\-]+", text.strip())
    return match.group(0) if match else ""


def _fold(text: str) -> str:
    return text.casefold()


@per_phrase
def elides(following: str) -> bool:
    """Whether ``de``, ``que``, ``le`` … elide before ``following`` (« d'Horizon »).

    A word starting with a vowel elides; so does one with a mute h. An aspirated h
    (« Hachette ») and a y before a vowel (« Yamaha ») do not.

    >>> elides("Horizon"), elides("Hachette"), elides("Yves"), elides("Yamaha")
    (True, False, True, False)
    >>> elides("Hautes Terres Bio"), elides("Hauts-de-France"), elides("Haras du Pin")
    (False, False, False)
    >>> elides("home stager")  # read 275: « poste d'home stager »
    False
    >>> elides("hautboïste solo")  # read 295: « poste d'hautboïste »
    False
    >>> elides("Hull")  # fresh153: « l'Hôpital d'Hull »
    False
    >>> elides("haies de cèdres"), elides("hiboux"), elides("huiles")
    (False, False, True)
    >>> elides("harnacheuse"), elides("Head of Customer Care")  # read 380
    (False, False)
    """
    word = _fold(_first_word(following))
    if not word or word in _NO_ELISION:
        return False
    first = word[0]
    if first == "h":
        # « tailleur de haies » : the plural too (read 382: « tailleur d'haies de cèdres »).
        singular = word[:-1] if word.endswith(("s", "x")) else word
        return singular not in _ASPIRATED_H and not any(
            word.startswith(stem) for stem in _ASPIRATED_H if len(stem) >= 5
        )
    if first == "y":
        return len(word) > 1 and word[1] not in _VOWELS
    return first in _VOWELS or unicodedata.normalize("NFD", first)[0] in "aeiou"


# fix_elision asks about every word after « de », « je », « que »… of every draft.
_elides = lru_cache(maxsize=8192)(elides)


def _elide(word: str, following: str) -> str:
    if _elides(following):
        return f"{word[:-1]}’{following}"
    return f"{word} {following}"


def de(following: str) -> str:
    """``de`` + a noun phrase, contracted or elided (« du traitement », « d'analyste »).

    >>> de("le traitement des dossiers"), de("les délais"), de("la migration")
    ('du traitement des dossiers', 'des délais', 'de la migration')
    >>> de("les toilettes et les transferts"), a("la paie ou le planning")
    ('des toilettes et des transferts', 'à la paie ou au planning')
    >>> de("la façon dont l’équipe gère les quarts et les congés")
    'de la façon dont l’équipe gère les quarts et les congés'
    >>> de("FAST card et le passage aux douanes"), a("Excel et la paie")
    ('de FAST card et du passage aux douanes', 'à Excel et à la paie')
    >>> de("la santé-sécurité sur scène et l’accrochage")
    'de la santé-sécurité sur scène et de l’accrochage'
    >>> de("la conduite des métiers à tisser et le rattachage des fils")
    'de la conduite des métiers à tisser et du rattachage des fils'
    >>> de("la stratification, la poussière et l’aspiration")
    'de la stratification, de la poussière et de l’aspiration'
    >>> de("écoutant ou écoutante"), de("technicien ou technicienne")
    ('d’écoutant ou d’écoutante', 'de technicien ou technicienne')
    """
    return _with_preposition("de", following)


def of_person(name: str) -> str:
    """``de`` + a person's name, elided but never contracted (« d'Erwan Le Bihan »).

    >>> of_person("Erwan Le Bihan"), of_person("Le Goff"), of_person("Julie Roy")
    ('d’Erwan Le Bihan', 'de Le Goff', 'de Julie Roy')
    """
    return _elide("de", name)


def sur(topic: str) -> str:
    """« sur » + a topic, or « à propos de » when the topic has its own « sur ».

    « notre discussion sur les chantiers commerciaux sur la Rive-Sud » said « sur » twice
    (read 74).

    >>> sur("la plonge"), sur("les chantiers commerciaux sur la Rive-Sud")
    ('sur la plonge', 'à propos des chantiers commerciaux sur la Rive-Sud')
    """
    if re.search(r"\bsur\b", topic):
        return "à propos " + de(topic)
    return f"sur {topic}"


def a(following: str) -> str:
    """``à`` + a noun phrase, contracted (« au traitement », « aux délais », « à l'équipe »)."""
    return _with_preposition("à", following)


_ARTICLE = re.compile(r"^(?:(les|le|la)\s+|(l['’]))(?=\w)", re.IGNORECASE)


def _with_preposition(preposition: str, phrase: str) -> str:
    match = _ARTICLE.match(phrase)
    if match is None:
        head = _elide(preposition, phrase) if preposition == "de" else f"à {phrase}"
        # « d'écoutant ou écoutante » : the elided « de » is said again (read 177).
        if head != f"de {phrase}" and preposition == "de":
            head = _ELIDED_DOUBLET.sub(r"\1d’", head, count=1)
        # « de FAST card et le passage aux douanes » : the second member still takes the
        # preposition (pair read 115), « de FAST card et du passage aux douanes ».
        return _second_member_too(preposition, head, len(head) - len(phrase))
    article = (match.group(1) or "l'").lower()
    head = _CONTRACTIONS[(preposition, article)]
    return _second_member_too(preposition, head + phrase[match.end() :], len(head))


def _second_member_too(preposition: str, text: str, start: int) -> str:
    """``text`` with the preposition on its second member, after a short first one.

    Only a member that follows a plain noun phrase: in « la façon dont l’équipe gère les
    quarts et les congés », « les congés » belongs to the clause.
    """
    second = _SECOND_MEMBER.search(text, start)
    if second is None or len(text[start : second.start()].split()) > _FIRST_MEMBER_WORDS:
        return text
    if _CLAUSE.search(text, start, second.start()):
        return text
    # « de la stratification, de la poussière et de l'aspiration » : every member of a list
    # that ends on « et » (pair read 221: « de la stratification, la poussière et de… »).
    listed = list(_LISTED_MEMBER.finditer(text, start, second.start()))
    if any(_CLAUSE.search(m.group(0)) for m in listed):
        listed = []
    for member in reversed([*listed, second]):
        contracted = _CONTRACTIONS[(preposition, (member.group(2) or "l'").lower())]
        text = text[: member.start()] + member.group(1) + contracted + text[member.end() :]
    return text


# « de la conduite des métiers à tisser et du rattachage des fils » (read 170): longer, the
# first member may hold a clause the second belongs to.
_FIRST_MEMBER_WORDS = 6
# « des toilettes et les transferts » : the preposition is repeated on each member (read 90).
_SECOND_MEMBER = re.compile(r"(\s(?:et|ou)\s)(?:(les|le|la)\s|(l['’]))(?=\w)")
_LISTED_MEMBER = re.compile(r"(,\s)(?:(les|le|la)\s|(l['’]))(?=\w)")
# « sur scène », bare, is part of its noun: « de la santé-sécurité sur scène et de
# l'accrochage » (read 119); « sur le tri et l'emballage » governs both.
_CLAUSE = re.compile(
    # « les tournées chez les restaurateurs et les bouchers » (read 312: « et aux bouchers »).
    r"\b(?:dont|qui|que|qu['’]|où|pour|avec|entre|chez|auprès)\b"
    r"|\bsur\s+(?:les?|la|l['’]|une?|des|[mts](?:on|a|es)|leurs?|vos|votre|nos|notre|ce|cet|cette|ces)\b",
    re.IGNORECASE,
)


def que(following: str) -> str:
    """``que`` + ``following``, elided when French requires it (« qu'Horizon »)."""
    return _elide("que", following)


# An elided first word, then « ou » and a second word that takes the elision too.
_ELIDED_DOUBLET = re.compile(r"^(d['’]\S+ ou )(?=[aeiouyàâéèêëîïôûh])", re.IGNORECASE)
_CONTRACTIONS = {
    ("de", "le"): "du ",
    ("de", "les"): "des ",
    ("à", "le"): "au ",
    ("à", "les"): "aux ",
    ("de", "la"): "de la ",
    ("à", "la"): "à la ",
    ("de", "l'"): "de l’",
    ("à", "l'"): "à l’",
}


def company_name(company: Company, preposition: str = "") -> str:
    """The company's name with its article, contracted after ``de`` or ``à``.

    >>> company_name(Company(name="Coopérative Horizon", article="la"), "de")
    'de la Coopérative Horizon'
    >>> company_name(Company(name="Groupe Alpha", article="le"), "à")
    'au Groupe Alpha'
    >>> company_name(Company(name="Horizon"), "de")
    'd’Horizon'
    """
    if company.article is None:
        if preposition == "de":
            return de(company.name)
        return f"{preposition} {company.name}".strip()
    if not preposition:
        article = "l’" if company.article == "l'" else f"{company.article} "
        return article + company.name
    return _CONTRACTIONS[(preposition, company.article)] + company.name


@lru_cache(maxsize=4096)
def _format_date(day: date, pattern: str, locale: Locale) -> str:
    # Babel parses the pattern and looks the locale up on every call: a draft asks for the
    # same few dates several times, and a batch for the same few hundred.
    return format_date(day, pattern, locale=locale)


def prose_date(day: date, locale: Locale, *, year: bool = True) -> str:
    """A date for running text: « jeudi 19 novembre 2026 », « lundi 1er juin 2026 ».

    The article « le » is the template's: « le {{ date(d) }} ». A no-break space keeps the
    day and the month together; ``year=False`` suits speech (« jeudi 19 novembre »).
    """
    weekday, month = _format_date(day, "EEEE|MMMM", locale).split("|")
    ordinal = "1er" if day.day == 1 else str(day.day)
    text = f"{weekday} {ordinal}{NBSP}{month}"
    return f"{text} {day.year}" if year else text


def day_reference(day: date, sent_on: date, locale: Locale) -> str:
    """How a letter sent on ``sent_on`` names ``day``: « hier », « jeudi », « le 19 novembre ».

    >>> day_reference(date(2026, 11, 19), date(2026, 11, 20), "fr_CA")
    'hier'
    >>> day_reference(date(2026, 11, 20), date(2026, 11, 23), "fr_CA")  # after a weekend
    'vendredi'
    >>> day_reference(date(2026, 11, 19), date(2026, 12, 1), "fr_FR")
    'le 19\xa0novembre'

    Past the weekend and more than three days back, « mercredi » written on a Tuesday
    would be tomorrow (read 77): « mercredi dernier ».

    >>> day_reference(date(2027, 1, 29), date(2027, 2, 3), "fr_FR")
    'vendredi dernier'
    """
    days = (sent_on - day).days
    if days == 1:
        return "hier"
    if days == 0:
        return "aujourd’hui"
    if days >= 7 or days < 0:
        return f"le {short_date(day, locale)}"
    if days > 3 and day.weekday() > sent_on.weekday():
        return f"{weekday(day, locale)} dernier"
    return weekday(day, locale)


def weekday(day: date, locale: Locale) -> str:
    """The day of the week alone, as a next-day letter says it: « jeudi »."""
    return _format_date(day, "EEEE", locale)


def short_date(day: date, locale: Locale) -> str:
    """A date without its year, for subject lines: « 19 novembre »."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number}{NBSP}{_format_date(day, 'MMMM', locale)}"


def prose_time(moment: time) -> str:
    """A time for running text in both locales: « 17 h », « 17 h 30 », « 9 h 05 »."""
    text = f"{moment.hour}{NBSP}h"
    return text + (f"{NBSP}{moment.minute:02d}" if moment.minute else "")


def prose_list(items: Iterable[str], locale: Locale) -> str:
    """« A, B et C », with Babel's list patterns for the locale."""
    return format_list(list(items), locale=locale)


def phone_number(number: str, locale: Locale, spoken: bool = False) -> str:
    """A phone number as the locale writes it, with no-break spaces.

    A number typed with spaces keeps its groups: whoever typed it knows how it is written
    (« 0692 45 67 89 » in La Réunion, « +33 6… » from abroad). A run of bare digits is
    grouped the way the locale writes it, and so are the usual forms written with other
    separators, which a letter does not keep (pair read 342: « 819-555-0148 », « (418)
    555-0102 », « 06.39.98.27.63 » left as typed, where the hand wrote « 819 555-0148 »):

    >>> phone_number("5145550142", "fr_CA")
    '514\\xa0555-0142'
    >>> phone_number("+33612345678", "fr_FR")
    '+33\\xa06\\xa012\\xa034\\xa056\\xa078'
    >>> phone_number("0692456789", "fr_FR")
    '0692\\xa045\\xa067\\xa089'
    >>> phone_number("(514) 555-0142", "fr_CA"), phone_number("819-555-0148", "fr_CA")
    ('514\\xa0555-0142', '819\\xa0555-0148')
    >>> phone_number("06.39.98.27.63", "fr_FR"), phone_number("06-39-98-27-63", "fr_FR")
    ('06\\xa039\\xa098\\xa027\\xa063', '06\\xa039\\xa098\\xa027\\xa063')

    An extension stays:

    >>> phone_number("819 555-0110, poste 412", "fr_CA")
    '819\\xa0555-0110, poste\\xa0412'

    Dictated (``spoken``), a number of the country is said as one dials it there: « +33 6… »
    is « 06… », « +594 694… » in Guyane « 0694… » (read 170):

    >>> phone_number("+594 694 12 34 56", "fr_FR", spoken=True)
    '0694\\xa012\\xa034\\xa056'

    The trunk « (0) » written after the country code is not dialled from abroad, nor said at
    home; a number of metropolitan France is said in pairs, even when it starts as an
    overseas prefix does (read 177: « +33 (0)6 39 98 33 18 » dictated as typed):

    >>> phone_number("+33 (0)6 39 98 33 18", "fr_FR", spoken=True)
    '06\\xa039\\xa098\\xa033\\xa018'
    """
    main, _, extension = number.partition(" poste ")
    if extension:
        said = phone_number(main.rstrip(","), locale, spoken)
        return f"{said}, poste{NBSP}{extension.strip()}"
    typed = number.strip()
    if spoken and (national := _national(typed, locale)):
        typed = national
    if re.fullmatch(r"\+?\d+", typed):
        typed = _grouped_digits(typed, locale)
    elif locale == "fr_CA" and (north := _NORTH_AMERICAN.fullmatch(typed)):
        typed = f"{north[1]} {north[2]}-{north[3]}"
    elif locale == "fr_FR" and _FRENCH_IN_PAIRS.fullmatch(typed):
        typed = re.sub(r"[.-]", " ", typed)
    return re.sub(r" +", NBSP, typed)


# « (418) 555-0102 », « 819-555-0148 », « 819.555.0148 »: the Office québécois de la langue
# française writes « 819 555-0148 ».
_NORTH_AMERICAN = re.compile(r"\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]?(\d{4})")
# « 06.39.98.27.63 », « 06-39-98-27-63 »: pairs joined by dots or hyphens, written with spaces.
_FRENCH_IN_PAIRS = re.compile(r"0\d([.-])\d{2}(?:\1\d{2}){3}")


# The country codes dialled as « 0 » at home: France and its overseas departments.
_FRENCH_CODES = ("33", "262", "269", "590", "594", "596")


def _national(typed: str, locale: Locale) -> str | None:
    """The number's digits as dialled within its country, or None for a foreign one."""
    digits = re.sub(r"[\s.()-]", "", typed.replace("(0)", ""))
    if not re.fullmatch(r"(?:\+|00)\d+", digits):
        return None
    digits = digits.removeprefix("+").removeprefix("00")
    if locale == "fr_CA":
        return digits[1:] if digits.startswith("1") and len(digits) == 11 else None
    code = next((c for c in _FRENCH_CODES if digits.startswith(c)), None)
    national = "0" + digits[len(code) :] if code else ""
    if len(national) != 10:
        return None
    # « 06 39… » from +33 is a mobile of metropolitan France, not Mayotte's « 0639 ».
    return " ".join(national[i : i + 2] for i in range(0, 10, 2)) if code == "33" else national


# Overseas departments write their mobile and fixed prefixes as one group: « 0692 45 67 89 ».
# « 0639 » is Mayotte's, and metropolitan France's « 06 39 » too: typed bare, the second
# reads more often (pair read 179: « 0639 98 15 02 » for a number in Lille).
_OVERSEAS_PREFIXES = ("0262", "0269", "0590", "0594", "0596", "069")


def _grouped_digits(typed: str, locale: Locale) -> str:
    """A number typed as bare digits, grouped as the locale writes it; other lengths kept."""
    if locale == "fr_CA":
        national, country = typed[-10:], typed[:-10]
        if not national.isdigit() or country not in ("", "1", "+1"):
            return typed
        return f"{country} {national[:3]} {national[3:6]}-{national[6:]}".lstrip()
    if typed.startswith("+33") and len(typed) == 12:
        return "+33 " + typed[3] + " " + " ".join(typed[i : i + 2] for i in range(4, 12, 2))
    if len(typed) == 10 and typed.startswith("0"):
        if typed.startswith(_OVERSEAS_PREFIXES):
            return typed[:4] + " " + " ".join(typed[i : i + 2] for i in range(4, 10, 2))
        return " ".join(typed[i : i + 2] for i in range(0, 10, 2))
    return typed


_THIRD_PERSON = re.compile(r"^(?:lui|leur)\s+", re.IGNORECASE)
_TOLD_BARE = re.compile(
    r"^(confirmer|préciser|indiquer)(?=\s+(?:mes\s+(?:dates|disponibilités)"
    r"|ma\s+(?:présence|venue|disponibilité)|si)\b)",
    re.IGNORECASE,
)
# « me renseigner sur la formation et lui dire les dates » (pair read 221: copied as noted).
_THIRD_PERSON_LATER = re.compile(
    r"(\b(?:et|puis)\s+)(?:lui|leur)\s+(?=[a-zà-ÿ]+(?:er|ir|re)\b)", re.IGNORECASE
)
# « revenir vers elle avec le nom… », « auprès d'elle »: written to her (read 102).
_TOWARDS_THEM = re.compile(r"\b(?:(vers)\s+|auprès\s+d(?:e\s+|['’]))(?:lui|elle|eux|elles)\b")


_COME_BACK_WITH = re.compile(
    r"^revenir\s+(?:vers|auprès\s+d['’]?e?)\s*(?:elle|lui|eux|elles|vous)\s+avec\s+", re.I
)


@per_phrase
def second_person(promise: str) -> str:
    """A promise noted about the interviewer, addressed to them: « lui transmettre » → « vous … ».

    >>> second_person("lui transmettre mon analyse")
    'vous transmettre mon analyse'
    >>> second_person("envoyer deux références")
    'envoyer deux références'
    >>> second_person("leur envoyer une fiche sur un manuscrit de leur choix")
    'vous envoyer une fiche sur un manuscrit de votre choix'
    >>> second_person("revenir vers elle avec le nom de mon maître de stage")
    'vous communiquer le nom de mon maître de stage'
    >>> second_person("confirmer mes dates pour une visite du service")
    'vous confirmer mes dates pour une visite du service'
    >>> second_person("me renseigner sur la formation BR et lui dire les dates")
    'me renseigner sur la formation BR et vous dire les dates'

    « revenir vers vous » is the calque the conventions advise against (read 164: « je compte
    revenir vers vous avec mes disponibilités de janvier »): what it brings is communicated.
    """
    promise = _COME_BACK_WITH.sub("vous communiquer ", promise, count=1)
    addressed = _THIRD_PERSON.sub("vous ", promise, count=1)
    # « confirmer mes dates pour la visite » is confirmed to them: « vous confirmer… ».
    addressed = _TOLD_BARE.sub(r"vous \1", addressed, count=1)
    addressed = _THIRD_PERSON_LATER.sub(r"\1vous ", addressed)
    addressed = _TOWARDS_THEM.sub(
        lambda found: "vers vous" if found.group(1) else "auprès de vous", addressed
    )
    addressed = _SO_THAT_THEY.sub(_so_that_you, addressed)
    return your_possessives(addressed)


# « lui apporter une ceinture pour qu'elle voie mon serrage », read by her (read 324: « pour
# qu'elle voie mon serrage », in a letter to « vous »).
_SO_THAT_THEY = re.compile(r"\bpour\s+qu['’](?:il|elle)s?\s+([^\W\d_]+)", re.IGNORECASE)
_SUBJUNCTIVE_TO_YOU = {
    "voie": "voyiez", "voient": "voyiez", "croie": "croyiez", "croient": "croyiez",
    "ait": "ayez", "aient": "ayez", "soit": "soyez", "soient": "soyez",
    "aille": "alliez", "aillent": "alliez", "prenne": "preniez", "prennent": "preniez",
    "vienne": "veniez", "viennent": "veniez", "sache": "sachiez", "sachent": "sachiez",
    "veuille": "vouliez", "veuillent": "vouliez",
}  # fmt: skip


def _so_that_you(found: re.Match[str]) -> str:
    """« pour qu'elle voie » said to her: « pour que vous voyiez ».

    >>> second_person("lui apporter une ceinture pour qu'elle voie mon serrage")
    'vous apporter une ceinture pour que vous voyiez mon serrage'
    >>> second_person("lui envoyer un extrait pour qu'il puisse juger")
    'vous envoyer un extrait pour que vous puissiez juger'
    """
    verb = found.group(1)
    said = _SUBJUNCTIVE_TO_YOU.get(verb.casefold())
    if said is None and verb.endswith(("e", "ent")):
        said = verb.removesuffix("nt").removesuffix("e") + "iez"
    return f"pour que vous {said}" if said else found.group(0)


def your_possessives(text: str) -> str:
    """What is theirs, said to them: « un manuscrit de leur choix » → « de votre choix ».

    A promise is noted about the recruiters and read by them (read 57).

    >>> your_possessives("une fiche sur un manuscrit de leur choix, pour leurs auteurs")
    'une fiche sur un manuscrit de votre choix, pour vos auteurs'
    >>> your_possessives("Leur roman figure dans la sélection.")
    'Votre roman figure dans la sélection.'
    >>> your_possessives("Leur livre est sélectionné ; et leur envoyer le devis")
    'Votre livre est sélectionné ; et leur envoyer le devis'
    """
    return _THEIR.sub(_your, text)


_THEIR = re.compile(r"(?:(?<=\s)|^)([Ll]eurs?)(\s+)(\w+)")
_AUXILIARIES = frozenset("a ai as avons avez ont ai été".split())


# Nouns that end like an infinitive (pair read 233: « leur livre « Pains du monde » »).
_NOUNS_LIKE_VERBS = frozenset(
    "livre livres centre chiffre offre titre nombre ordre membre dossier atelier métier"
    " quartier chantier fichier cahier calendrier avenir loisir plaisir désir savoir-faire"
    " carrière clientèle équipe"
    # English nouns of the trades (read 236: « refaire le son de leur trailer »).
    " trailer teaser flyer poster planner manager leader player folder sticker server"
    " scanner".split()
)


def _your(match: re.Match[str]) -> str:
    """« leurs dossiers » → « vos dossiers », « leur choix » → « votre choix ».

    Not a verb's pronoun: « et leur envoyer », « leur ai dit ».
    """
    word, space, following = match.groups()
    if word.lower() == "leur" and (
        following in _AUXILIARIES
        or (following.endswith(("er", "ir", "re")) and following.lower() not in _NOUNS_LIKE_VERBS)
    ):
        return match.group(0)
    yours = "vos" if word.lower() == "leurs" else "votre"
    return f"{yours.capitalize() if word[0] == 'L' else yours}{space}{following}"


# A word of two letters at least: « de A à Z » names a letter and keeps its « de ».
# « \b(de|que|je|me|te|se|ne|jusque|lorsque|puisque) » tried at every position: written so
# that ``re`` skips in C to the letters that can start one of the words (the class holds
# every character that ``re.IGNORECASE`` matches with them, « ſ » too), then checks the
# word boundary and the rest of the word (same matches: ``tests/test_fast_paths.py``).
_ELIDABLE = re.compile(
    r"((?-i:[DdQqJjMmTtSsſNnLlPp])(?<![\w·].)(?:(?<=d)e|(?<=q)ue|(?<=j)e|(?<=m)e|(?<=t)e|(?<=s)e"
    r"|(?<=n)e|(?<=j)usque|(?<=l)orsque|(?<=p)uisque)) ([^\W\d_][\w\-]+)",
    re.IGNORECASE,
)


def fix_elision(text: str, protected: Iterable[str] = ()) -> str:
    """Elide ``de``, ``que``, ``je`` … before a vowel or a mute h, anywhere in ``text``.

    Templates may then write « poste de {{ role.title }} » whatever the title. Names in
    ``protected`` are left alone (« Maria de Oliveira »), and so is a capitalised word before
    a name inside a sentence: « Me Olivier Besson » is Maître Besson (it read « M’Olivier »
    in contexts nobody here wrote, read 57), « Mme De Oliveira » keeps her particle.

    >>> fix_elision("poste de analyste, que Horizon, Marie de Almeida", ["Marie de Almeida"])
    'poste d’analyste, qu’Horizon, Marie de Almeida'
    >>> fix_elision("mon maître de stage : Me Olivier Besson. De Ottawa, je pars.")
    'mon maître de stage : Me Olivier Besson. D’Ottawa, je pars.'
    >>> fix_elision("infirmier·ère clinicien·ne au CIUSSS")
    'infirmier·ère clinicien·ne au CIUSSS'

    A name said without its article or legal form keeps what it writes unelided (read 170:
    « aux Forêts Nordiques d'Hearst » for « Les Forêts Nordiques de Hearst ltée »):

    >>> fix_elision("aux Forêts Nordiques de Hearst", ["Les Forêts Nordiques de Hearst ltée"])
    'aux Forêts Nordiques de Hearst'
    """
    pieces = {piece for name in protected if name for piece in _unelided_in(name)}
    # Each character a name covers, marked once: a text that repeats a name thousands of
    # times is read in one pass, not once per elision.
    shielded = bytearray(len(text))
    for piece in pieces:
        for match in re.finditer(re.escape(piece), text):
            shielded[match.start() : match.end()] = b"\x01" * (match.end() - match.start())

    def elide(match: re.Match[str]) -> str:
        if shielded[match.start()]:
            return match.group(0)
        word, following = match.group(1), match.group(2)
        if word[0].isupper() and following[0].isupper() and not _opens_sentence(text, match):
            return match.group(0)
        return _elide(word, following) if _elides(following) else match.group(0)

    return _ELIDABLE.sub(elide, text)


def _unelided_in(name: str) -> list[str]:
    """The name itself, and each « de Hearst » it writes without elision."""
    return [name, *(match.group(0) for match in _ELIDABLE.finditer(name))]


def _opens_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` starts the text, a line or a sentence (after « . », « ! », « ? »)."""
    before = text[: match.start()].rstrip(" \u00a0\u202f")
    return not before or before[-1] in ".!?\n«"
