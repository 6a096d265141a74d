"""Small word helpers the phrasing modules share."""

from __future__ import annotations

import re
from typing import Literal

from suivi_templates.formatting import elides

Article = Literal["le", "la", "les", "l'"]
Person = Literal["nous", "vous"]

_DETERMINERS = frozenset(
    """
    le la les l un une des du de au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs plusieurs quelques certains certaines chaque tout toute tous toutes
    deux trois quatre cinq six sept huit neuf dix
    """.split()
)
# « Vous m'avez invité… », the person met's own deed told to them, after « Depuis, » (read 304:
# « Depuis, Tu m'as invité »).
_PRONOUN_STARTS = frozenset(
    "je j nous vous tu on il elle ils elles mon ma mes notre nos ce cette ces le la les l un "
    "une".split()
)

_OPENING_WORDS = _PRONOUN_STARTS | _DETERMINERS
# Numbers people write out in notes (« six ans », « trois hottes »).
_NUMBER_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"


# The endings of a noun that names a job (« coordonnatrice », « technicien », « analyste »).
_JOB_NOUN_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "ogue", "ète")

# « la », « le », « les », « l’ » before a name or a noun phrase.
# « si il me prend », « s'il me garde », « si je suis retenue » : what happens only if hired,
# a step not set (``visits``) and a person not yet met (``present``) (reads 339 and 344).
_IF_HIRED = (
    r"\bs(?:i\s+il|['’]il|i\s+elle|i\s+on|i\s+je)\s+(?:me\s+(?:prend|garde|retient|choisit)"
    r"|suis\s+(?:pris|retenu|choisi|sélectionné)e?)\b|\bsi\s+(?:je\s+suis\s+)?retenue?\b"
    # « elle rappelle les candidats retenus d'ici 3 semaines pour un essai au lac » (read 381:
    # « fixer une date pour l'essai » presumed the candidate chosen).
    r"|\b(?:candidate?s|personnes|finalistes)\s+(?:retenue?s|sélectionnée?s|choisie?s)\b"
)
_LEADING_ARTICLE = re.compile(r"^(?:l['’]|la |le |les )", re.IGNORECASE)


def _first(text: str) -> str:
    match = re.match(r"[^\s'’]+['’]?", text)
    return match.group(0) if match else ""


def _bare(word: str) -> str:
    # U+2063 marks a « votre » kept plural when the draft says « tu » (``tutoiement``): the
    # word is still « votre » (read 236: « J'ai appris que Votre jeu Sillage… »).
    return word.casefold().rstrip("'’\u2063")


def _is_acronym(word: str) -> bool:
    """« DES », « CAP », « BTS2 »: two capitals at least (« L’ », « J’ » are elisions)."""
    return sum(c.isalpha() for c in word) > 1 and word.isupper()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_article(article: Article, phrase: str) -> str:
    if article == "les":
        return f"les {phrase}"
    if elides(phrase):
        return f"l’{phrase}"
    return f"{article} {phrase}"


# A verb of the notes in the third person singular, and the same with « nous » and « vous ».
_IRREGULAR_PLURALS = {
    "a": ("avons", "avez"), "avait": ("avions", "aviez"), "aura": ("aurons", "aurez"),
    "est": ("sommes", "êtes"), "était": ("étions", "étiez"), "sera": ("serons", "serez"),
    "va": ("allons", "allez"), "vient": ("venons", "venez"), "fait": ("faisons", "faites"),
    "peut": ("pouvons", "pouvez"), "pourrait": ("pourrions", "pourriez"),
    "doit": ("devons", "devez"), "sait": ("savons", "savez"), "veut": ("voulons", "voulez"),
    "obtient": ("obtenons", "obtenez"), "devient": ("devenons", "devenez"),
    "prend": ("prenons", "prenez"), "reçoit": ("recevons", "recevez"),
    "construit": ("construisons", "construisez"), "célèbre": ("célébrons", "célébrez"),
    "rachète": ("rachetons", "rachetez"), "achète": ("achetons", "achetez"),
    "étend": ("étendons", "étendez"), "déploie": ("déployons", "déployez"),
    "travaille": ("travaillons", "travaillez"),
}  # fmt: skip
_SECOND_GROUP = frozenset(
    "agrandit investit élargit réunit choisit enrichit établit accomplit franchit".split()
)
_FUTURE = re.compile(
    r"(?!(?:opéra|caméra|extra|ultra|mantra|cobra|zébra|tantra|aura)\b)[^\W\d_]{2,}ra",
    re.IGNORECASE,
)


def _to_person(verb: str, person: Person) -> str | None:
    """``verb`` said with ``person`` instead of « il » or « on »; None when it is not sure.

    The irregular verbs of notes are listed; the regular endings follow: the imperfect, the
    future, the second group listed, the first group in the present. A first-group present
    whose stem changes (« gère », « appelle », « emploie ») gives None rather than a guess.

    >>> _to_person("servait", "nous"), _to_person("recrute", "vous"), _to_person("fera", "nous")
    ('servions', 'recrutez', 'ferons')
    >>> _to_person("lance", "nous"), _to_person("agrandit", "vous"), _to_person("gère", "nous")
    ('lançons', 'agrandissez', None)
    """
    verb = verb.casefold()
    nous = person == "nous"
    if verb in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[verb][0 if nous else 1]
    if verb in _SECOND_GROUP:
        return verb[:-1] + ("ssons" if nous else "ssez")
    if verb.endswith("ait") and len(verb) > 5:
        return verb[:-3] + ("ions" if nous else "iez")
    if _FUTURE.fullmatch(verb):
        return verb[:-1] + ("ons" if nous else "ez")
    if len(verb) < 4 or not verb.endswith("e") or "è" in verb:
        return None
    if verb.endswith(("elle", "ette", "ie", "ye")):
        return None
    stem = verb[:-1]
    if not nous:
        return stem + "ez"
    if stem.endswith("g"):
        return stem + "eons"
    return stem[:-1] + "çons" if stem.endswith("c") else stem + "ons"


# « Ils vont », « ils font » said to them: the irregular third persons plural of the notes.
_TO_YOU = {
    "vont": "allez", "ont": "avez", "sont": "êtes", "font": "faites", "peuvent": "pouvez",
    "doivent": "devez", "reçoivent": "recevez", "veulent": "voulez", "savent": "savez",
}  # fmt: skip


def _they_to_you(verb: str) -> str | None:
    """« fêtent » → « fêtez », « viennent » → « venez »; None for a stem that changes."""
    verb = verb.casefold()
    if verb in _TO_YOU:
        return _TO_YOU[verb]
    if "è" in verb:  # « achètent » → « achetez »: not guessed
        return None
    return verb[:-6] + "enez" if verb.endswith("ennent") else verb[:-3] + "ez"
