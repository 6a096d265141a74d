"""Runs of a context's key words in a text: what the masking of :mod:`.contextwords` reads.

A text's words are split once (:class:`Words`); each word that may be a context's word
is looked up once (:class:`Match`, by its first letters: :func:`keys_by_start`); key words of
one item that follow each other form a run, masked whole (:func:`run_end`).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

__all__ = ["Match", "Words", "glued", "inflects", "keys_by_start", "run_end"]


class Words:
    """The words of a folded text, split once in C: words, what separates them, offsets."""

    def __init__(self, parts: list[str]) -> None:
        self.words = parts[1::2]
        self._separators = parts[0::2]
        self._offsets = list(itertools.accumulate(map(len, parts)))

    def start(self, index: int) -> int:
        """Where word ``index`` starts in the text."""
        return self._offsets[2 * index]

    def end(self, index: int) -> int:
        """Where word ``index`` ends in the text."""
        return self._offsets[2 * index + 1]

    def joined(self, index: int) -> bool:
        """True when word ``index`` and the next are parts of one phrase (spaces, ' or -)."""
        between = self._separators[index + 1]
        return bool(between) and not between.strip(_GAP)


class Match(NamedTuple):
    """What a word of a text is to a context: a name, a key alone, the role's start, items."""

    name: bool
    single: bool
    role_start: bool
    items: frozenset[int]


_NO_ITEMS: frozenset[int] = frozenset()


_SINGLE = Match(name=False, single=True, role_start=False, items=_NO_ITEMS)
"""The key of an item that has only one (most keys of a context): one object for all."""


def keys_by_start(
    single: set[str], runs: dict[str, set[int]], role_start: str | None
) -> dict[str, list[tuple[str, Match]]]:
    """What each key stem of a context is, filed by its first three letters (``ContextWords.keys``).

    A word holds only the keys it starts with: filed by one letter, a word was compared with
    every key of that letter (a dozen in a context of long notes).
    """
    starts: dict[str, list[tuple[str, Match]]] = {}
    for key, items in runs.items():
        match = Match(False, key in single, key == role_start, frozenset(items))
        starts.setdefault(key[:3], []).append((key, match))
    for key in single.difference(runs):
        match = _SINGLE if key != role_start else _SINGLE._replace(role_start=True)
        starts.setdefault(key[:3], []).append((key, match))
    if role_start is not None and role_start not in single and role_start not in runs:
        match = Match(False, False, True, _NO_ITEMS)
        starts.setdefault(role_start[:3], []).append((role_start, match))
    return starts


_GAP = " '-"
"""What may separate two words of one phrase (nothing else is left once they are stripped)."""
_MAX_RUN = 9
"""At most this many key words in one run (the former pattern's bound)."""
_MAX_BETWEEN = 2
"""Short words (1 to 4 letters) allowed between two key words of one run."""


def glued(folded: str, start: int, end: int) -> bool:
    """True inside an identifier (« nom_cabinet »): not the context's word."""
    return folded[start - 1 : start] == "_" or folded[end : end + 1] == "_"


def inflects(word: str, base: str) -> bool:
    """True when ``word`` is ``base`` with up to four more letters (« analystes »)."""
    return word.startswith(base) and len(word) - len(base) <= 4


def _next_key(
    words: Words, matches: dict[int, Match | None], index: int, items: frozenset[int]
) -> tuple[int, frozenset[int]] | None:
    """The next key word of one of ``items`` after ``index``, past short words, or None."""
    # Read in place rather than through Words.joined: each word of each run asks.
    read, separators = words.words, words._separators
    for ahead in range(index + 1, min(index + _MAX_BETWEEN + 2, len(read))):
        between = separators[ahead]
        if not between or between.strip(_GAP):
            return None  # not joined to the word before it (Words.joined)
        following = matches.get(ahead)
        if following is not None and (shared := items & following.items):
            return ahead, shared
        if len(read[ahead]) > 4:
            return None
    return None


def run_end(words: Words, matches: dict[int, Match | None], first: int) -> int | None:
    """The last word of a run of two or more key words of one item, from ``first``.

    « le traitement des dossiers urgents » masks « dossiers urgents » and « traitement de
    dossiers », not « urgent » alone: key words of one item, in any order, with up to two
    short words between them, never across punctuation.
    """
    start = matches[first]
    assert start is not None
    items = start.items
    last, count = first, 1
    while count < _MAX_RUN:
        found = _next_key(words, matches, last, items)
        if found is None:
            break
        last, items = found
        count += 1
    return last if count >= 2 else None
