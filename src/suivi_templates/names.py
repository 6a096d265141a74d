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

__all__ = ["PARTICLES", "family_name"]

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
