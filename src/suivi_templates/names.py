"""Family names: which words of a full name follow « Madame » or « Monsieur ».

A greeting with a misspelt surname is the worst error a follow-up can make, so the rule is
conservative. The family name starts at the first particle after the given name (« de »,
« du », « des », « d’ », « le », « la », « van », « von », « di », « da », « dos »…), which
covers French, Belgian, Dutch, Breton, Italian, Spanish and Portuguese names; a name of two
words gives its last word. A longer name with no particle is ambiguous (« Marie Claude
Dubois », « María José García López », « Nguyen Thi Mai »): the whole name is kept, and
``interviewer.family_name`` says the exact surname when it matters.

>>> family_name("Hélène de Villiers"), family_name("Paul Van Damme"), family_name("Marc Le Goff")
('de Villiers', 'Van Damme', 'Le Goff')
>>> family_name("Jean de La Fontaine-Roy"), family_name("Pierre-Yves d’Arcy")
('de La Fontaine-Roy', 'd’Arcy')
>>> family_name("Julie Tremblay"), family_name("Nguyen Thi Mai")
('Tremblay', 'Nguyen Thi Mai')
"""

from __future__ import annotations

import re

__all__ = ["PARTICLES", "family_name", "without_civility", "written_name"]

PARTICLES = frozenset(
    """
    de du des d' d’ le la les van von der den ter ten het vander vanden da di del della
    dei degli do dos das ben bin ibn el al mac mc saint sainte st ste
    """.split()
)
"""Words that open a family name after the given names (compared case-insensitively)."""


def _is_particle(word: str) -> bool:
    folded = word.casefold()
    return folded in PARTICLES or folded.startswith(("d'", "d’"))


def family_name(full_name: str) -> str:
    """The family name of ``full_name``, as it follows a civility (« Madame de Villiers »)."""
    words = full_name.split()
    if len(words) <= 2:
        return words[-1]
    for index, word in enumerate(words[1:], start=1):
        if _is_particle(word):
            return " ".join(words[index:])
    return full_name


# Particles French usage writes with a capital when the name is typed in full (« Marc Le
# Goff », « Saint-Pierre »): the others stay lowercase inside a name.
_CAPITALISED_PARTICLES = frozenset("le la les saint sainte st ste mac mc".split())
_WORD = re.compile(r"[^\W\d_]+")


def written_name(name: str) -> str:
    """A name typed all in lowercase or in capitals, with its capitals.

    « Bonjour Madame gagnon » and « Christelle PERRIN » at the front desk read as typed on
    a form (read 65). A particle stays lowercase; a name typed with its capitals is kept.

    >>> written_name("steve gagnon"), written_name("Christelle PERRIN")
    ('Steve Gagnon', 'Christelle Perrin')
    >>> written_name("antoine de la roche-fontenay"), written_name("Pierre-Luc Van Houtte")
    ('Antoine de La Roche-Fontenay', 'Pierre-Luc Van Houtte')
    >>> written_name("Hélène d’Aubigné")
    'Hélène d’Aubigné'
    """

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        if not (word.islower() or (word.isupper() and len(word) > 1)):
            return word
        inside = match.start() > 0 and word.islower()
        # « d » is the particle « d’ » cut at its apostrophe: « Madame d’Aubigné ».
        particle = word == "d" or _is_particle(word)
        if inside and particle and word not in _CAPITALISED_PARTICLES:
            return word
        return word.capitalize()

    return _WORD.sub(written, name)


# « Mme Chantal Dion » typed with her civility (read 63): a name of two words at least follows.
_TYPED_CIVILITY = re.compile(
    r"^(?:Mme|Mlle|M\.|Mr\.?|Madame|Monsieur|Me|Maître|Dre?|Docteure?)\.?\s+(?=\S+\s+\S)"
)


def without_civility(name: str) -> str:
    """The name without a civility typed before it: « Mme Chantal Dion » → « Chantal Dion ».

    >>> without_civility("Mme Chantal Dion"), without_civility("Me Olivier Besson")
    ('Chantal Dion', 'Olivier Besson')
    >>> without_civility("Madame Dion")
    'Madame Dion'
    """
    return _TYPED_CIVILITY.sub("", name)
