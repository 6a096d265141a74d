"""Inclusive job titles as adverts type them: « enseignant·e », « technicien(ne) »."""

from __future__ import annotations

import re

# A word with its feminine ending after a dot or in brackets: « enseignant·e »,
# « conseiller·ère », « technicien(ne) », « agent.e ».
# The closing bracket is the ending's only when it opened one: in « (contractuel·le) » it
# closes the detail (read 92: « directrice de plateau (contractuelle », unclosed).
# « FR/EN/ES » are languages, not « EN » and its feminine (fresh161: « FR/ENE »).
INCLUSIVE = re.compile(
    r"\b(?!(?-i:[A-Z]{1,3}/[A-Z]))(\w+)(?:[·•./]| ?(\())"
    r"(?P<ending>e|ne|le|te|se|sse|ère|euse|drice|rice|trice|ve|ive|fe|que)"
    r"(?:[·•.]?s)?"
    r"(?(2)\)s?)(?=\W|$)",
    re.IGNORECASE,
)


# A feminine ending that replaces the end of the base: (base's end, typed ending, feminine).
_REPLACED = (
    ("eur", "se", "euse"),  # « développeur·se »
    ("eur", "euse", "euse"),
    ("eur", "rice", "rice"),  # « animateur·rice »
    ("teur", "trice", "trice"),
    ("deur", "drice", "drice"),  # « Ambassadeur(drice) » (read 214: « poste d'ambassadeur »)
    ("er", "ère", "ère"),  # « conseiller·ère »
    ("et", "te", "ette"),  # « Cadet(te) policier(ère) » (read 210: « cadet policière »)
    ("x", "se", "se"),  # « heureux·se »
    ("f", "ve", "ve"),  # « administratif(ve) »
    ("if", "ive", "ive"),  # « administratif·ive »
    ("c", "que", "que"),  # « public·que » (read 166: « écrivaine public·que » said aloud)
)


def feminine_of_word(base: str, typed_ending: str) -> str:
    """« enseignant » + « e », « conseiller » + « ère » → « conseillère », in the base's case."""
    ending, folded = typed_ending.lower(), base.lower()
    word = next(
        (
            base[: -len(cut)] + replacing
            for cut, typed, replacing in _REPLACED
            if ending == typed and folded.endswith(cut)
        ),
        base + ending,
    )
    return word.upper() if base.isupper() else word


def feminine_title(title: str) -> str:
    """The title with each inclusive word in its feminine.

    >>> feminine_title("Vice-recteur·trice aux études")
    'Vice-rectrice aux études'
    >>> feminine_title("Conseiller(ère) en emploi"), feminine_title("Écrivain·e public·que")
    ('Conseillère en emploi', 'Écrivaine publique')
    >>> feminine_title("Cadet(te) policier(ère)")
    'Cadette policière'
    """
    return INCLUSIVE.sub(
        lambda match: feminine_of_word(match.group(1), match.group("ending")), title
    )
