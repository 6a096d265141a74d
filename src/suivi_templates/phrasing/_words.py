"""Small word helpers the phrasing modules share."""

from __future__ import annotations

import re
from typing import Literal

from suivi_templates.formatting import elides

Article = Literal["le", "la", "les", "l'"]

_DETERMINERS = frozenset(
    """
    le la les l un une des du de au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs plusieurs quelques certains certaines chaque tout toute tous toutes
    deux trois quatre cinq six sept huit neuf dix
    """.split()
)
_PRONOUN_STARTS = frozenset(
    "je j nous on il elle ils elles mon ma mes notre nos ce cette ces le la les l un une".split()
)

_OPENING_WORDS = _PRONOUN_STARTS | _DETERMINERS
# Numbers people write out in notes (« six ans », « trois hottes »).
_NUMBER_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"


# « la », « le », « les », « l’ » before a name or a noun phrase.
_LEADING_ARTICLE = re.compile(r"^(?:l['’]|la |le |les )", re.IGNORECASE)


def _first(text: str) -> str:
    match = re.match(r"[^\s'’]+['’]?", text)
    return match.group(0) if match else ""


def _bare(word: str) -> str:
    return word.casefold().rstrip("'’")


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
