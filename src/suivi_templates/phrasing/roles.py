"""A role title as a letter or a call says it, not as the job advertisement printed it.

People paste the advert's title: « clerc de notaire / rédactrice d'actes (H/F) »,
« enseignant·e en adaptation scolaire (remplacement long terme, 80 %) », « répartitrice —
centre de contrôle opérationnel ». Read aloud, « (H/F) » and « · » cannot be said, and in a
letter they read as pasted: a blind reader marked down 23 drafts of 74 for it (read 57).
"""

from __future__ import annotations

import re
from functools import lru_cache

from suivi_templates.models import Gender

# « (H/F) », « H/F », « (F/H/X) », « h/f » : the advert's legal mention, never said.
_GENDER_MENTION = re.compile(r"\s*\(?\b[HFhf]\s*/\s*[HFhf](?:\s*/\s*[XNxn])?\b\)?")
# A word with its feminine ending after a dot or in brackets: « enseignant·e »,
# « conseiller·ère », « technicien(ne) », « agent.e ».
_INCLUSIVE = re.compile(r"(\w+)(?:[·•.]|\()(e|ne|le|se|ère|euse|rice|trice)(?:[·•.]?s)?\)?(?=\W|$)")
# What follows a spaced dash or sits in parentheses is the advert's detail (a unit, a
# contract, a rate): « — centre de contrôle », « (CDI) », « (remplacement, 80 %) ».
_DETAIL = re.compile(r"\s+[—–-]\s+.*$|\s*\([^()]*\)")


def _agreed(match: re.Match[str], gender: Gender, spoken: bool) -> str:
    base, ending = match.group(1), match.group(2)
    if gender == "m":
        return base
    if gender == "n":
        # Written, the form the person typed; aloud « ouvrier·ère » cannot be said, and the
        # base form alone read as misgendering (read 58): both, as inclusive speech says them.
        return f"{base} ou {_feminine(base, ending)}" if spoken else match.group(0)
    return _feminine(base, ending)


def _feminine(base: str, ending: str) -> str:
    if ending == "ère" and base.endswith("er"):
        return base[:-2] + "ère"
    if ending in ("euse", "rice") and base.endswith("eur"):
        return base[:-3] + ending
    if ending == "trice" and base.endswith("teur"):
        return base[:-4] + "trice"
    if ending == "se" and base.endswith("x"):
        return base[:-1] + "se"
    return base + ending


def _one_of_a_pair(left: str, right: str, gender: Gender) -> str | None:
    """« conseiller / conseillère »: the form that agrees, when the two are one word's forms."""
    if left[:5].casefold() != right[:5].casefold():
        return None
    masculine, feminine = sorted((left, right), key=len)
    if gender == "f":
        return feminine
    return masculine if gender == "m" else None


@lru_cache(maxsize=1024)
def role_as_said(title: str, gender: Gender, spoken: bool = False) -> str:
    """The title without the advert's marks, agreed with the candidate when it says how.

    >>> role_as_said("clerc de notaire / rédactrice d'actes (H/F)", "f")
    "clerc de notaire et rédactrice d'actes"
    >>> role_as_said("enseignant·e en adaptation scolaire (remplacement long terme, 80 %)", "f")
    'enseignante en adaptation scolaire'
    >>> role_as_said("répartitrice — centre de contrôle opérationnel", "f")
    'répartitrice'
    >>> role_as_said("conseiller / conseillère en sécurité financière", "m")
    'conseiller en sécurité financière'
    >>> role_as_said("technicien(ne) de laboratoire F/H", "f")
    'technicienne de laboratoire'
    >>> role_as_said("aide-cuisinière", "f"), role_as_said("chargé·e de projet", "n")
    ('aide-cuisinière', 'chargé·e de projet')
    >>> role_as_said("Formateur FLE", "m"), role_as_said("Infirmiere de bloc", "f")
    ('formateur FLE', 'infirmière de bloc')
    >>> role_as_said("conseillere en emploi", "f")
    'conseillère en emploi'
    >>> role_as_said("Scrum Master", "f")
    'Scrum Master'
    >>> role_as_said("ouvrier·ère agricole saisonnier·ère", "n", spoken=True)
    'ouvrier ou ouvrière agricole saisonnier ou saisonnière'
    """
    text = _GENDER_MENTION.sub("", title)
    text = _INCLUSIVE.sub(lambda match: _agreed(match, gender, spoken), text)
    text = _DETAIL.sub("", text).strip()
    left, slash, right = text.partition("/")
    if slash:
        left, right = left.strip(), right.strip()
        first_word = right.split()[0] if right.split() else ""
        pair = _one_of_a_pair(left.split()[-1] if left.split() else "", first_word, gender)
        if pair is not None and len(left.split()) == 1:
            text = " ".join([pair, *right.split()[1:]])
        elif left and right:
            text = f"{left} et {right}"
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;")
    return _as_common_noun(text) or title.strip()


# « infirmiere », « conseillere » : no French title ends in « -ere » without its accent.
_MISSING_GRAVE = re.compile(r"(?<=\w)ere(s?)\b")


def _as_common_noun(title: str) -> str:
    """A title is a common noun in running text: « poste de formateur FLE ».

    Not « de Formateur FLE »; a name of two capitalised words (« Scrum Master ») keeps its
    capitals.
    """
    text = _MISSING_GRAVE.sub(r"ère\1", title)
    words = text.split()
    if words and words[0][:1].isupper() and words[0][1:].islower():
        second = words[1] if len(words) > 1 else ""
        if not (second[:1].isupper() and second[1:].islower()):
            text = text[:1].lower() + text[1:]
    return text
