"""Runs of a context's key words in a text: what the masking of :mod:`.contextwords` reads.

A text's words are split once (:class:`Words`); each word that may be a context's word
is looked up once (:class:`Match`, by its first letters: :func:`inflected_from`); key words of
one item that follow each other form a run, masked whole (:func:`run_end`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "NAME",
    "Match",
    "Words",
    "glued",
    "inflected_from",
    "inflects",
    "item_matches",
    "key_matches",
    "run_end",
]


class Words:
    """The words of a folded text, split once in C: words, what separates them, offsets."""

    def __init__(self, parts: list[str]) -> None:
        self.words = parts[1::2]
        self._separators = parts[0::2]
        self._offsets = list(itertools.accumulate(map(len, parts)))

    def starts(self) -> list[int]:
        """Where each word starts in the text, in order."""
        return self._offsets[0 : 2 * len(self.words) : 2]

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
_ROLE_START = Match(name=False, single=False, role_start=True, items=_NO_ITEMS)
NAME = Match(name=True, single=False, role_start=False, items=_NO_ITEMS)
"""A word of a name that no item's key makes (most name words): one object for all."""
_MAX_INFLECTION = 4
"""Letters a word may add to a key it inflects (« analystes » for « analyst »)."""


def item_matches(keys: tuple[str, ...], index: int) -> Mapping[str, Match]:
    """What the masking keys of item ``index`` are, for that item alone (never changed).

    The only key of an item is masked alone; the keys of an item of two or more are
    masked in runs of that item's key words (:func:`run_end`).
    """
    if len(keys) == 1:
        return {keys[0]: _SINGLE}
    return dict.fromkeys(keys, _run_match(False, frozenset((index,))))


def key_matches(parts: Iterable[Mapping[str, Match]], role_start: str | None) -> dict[str, Match]:
    """What each key stem of a context is (``ContextWords.keys``), by the key itself.

    ``parts`` are the :func:`item_matches` of its items; a key that two items share is
    masked alone if either has it alone, and in runs of both items' key words. A word is
    then looked up by its own first letters (:func:`inflected_from`): a few lookups in C.
    """
    found: dict[str, Match] = {}
    for part in parts:
        # Most items share no key with the others: theirs are copied in C.
        if found.keys().isdisjoint(part):
            found.update(part)
            continue
        for key, match in part.items():
            known = found.get(key)
            found[key] = match if known is None else _joined(known, match)
    if role_start is not None:
        known = found.get(role_start)
        found[role_start] = _ROLE_START if known is None else known._replace(role_start=True)
    return found


def _joined(one: Match, other: Match) -> Match:
    """What a key of two items is: alone if either has it alone, in the runs of both."""
    single, items = one.single or other.single, one.items | other.items
    return _run_match(single, items) if items else _SINGLE


# Contexts have a few items each: the same few sets of items recur, one object each.
@lru_cache(maxsize=1024)
def _run_match(single: bool, items: frozenset[int]) -> Match:
    return Match(False, single, False, items)


@lru_cache(maxsize=16_384)
def inflected_from(word: str) -> tuple[str, ...]:
    """The keys ``word`` may inflect: itself cut of up to four letters, never empty.

    Context-free: a letter's words recur from one context to the next.
    """
    size = len(word)
    return tuple(word[:end] for end in range(max(1, size - _MAX_INFLECTION), size + 1))


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
    return word.startswith(base) and len(word) - len(base) <= _MAX_INFLECTION


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
