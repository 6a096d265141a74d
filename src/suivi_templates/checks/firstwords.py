"""First words: the words a phrase alternative can start with, to skip it where none is.

A phrase pattern (:func:`~suivi_templates.checks.text.phrases`) matches from the start of
a word to the end of one, so the first word of any match is a whole word of the text: the
alternative « (?:pas sure?|doute) que » can only match where the text has « pas » or
« doute ». An alternative whose possible first words are none of the text's words cannot
match anywhere in it, whatever its anchors say.

The first words come from the parsed alternative: exact words (``pas``, ``doute``), and
prefixes for words that go on with a class or a repeat (``relanc\\w{0,5}`` gives every word
that starts with ``relanc``). When an alternative can start otherwise (a digit class, an
arbitrary word ``{mot}``, a character that is not a letter), it has no first words and is
never skipped. :func:`opening_words` tells a digit apart (« \\d{1,2} fois »): the search
of :mod:`.sparse` then looks for a digit too.

>>> sorted(first_words("(?:pas[ ]sure?|doute)[ ]que").exact)
['doute', 'pas']
>>> found = first_words("relanc\\\\w{0,5}|(?:une )?autre")
>>> sorted(found.exact), found.prefixes
(['autre', 'une'], ('relanc',))
>>> first_words("\\\\d{1,2} jours") is None
True
>>> opening_words("(?:deux|\\\\d{1,2}) jours")
FirstWords(exact=frozenset({'deux'}), prefixes=(), digit=True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["FirstWords", "first_words", "opening_words"]

_LIMIT = 500
"""At most this many first words per alternative (more: the alternative is never skipped)."""

_CLOSED, _OPEN, _WILD = 0, 1, 2
"""How a word read so far goes on: it has ended (a separator follows), it goes on with what
follows the item, or it may go on with anything (only its start is known)."""

_Words = frozenset[tuple[str, int]]
_EMPTY: _Words = frozenset({("", _OPEN)})
_ASSERTIONS = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
_DIGIT = "\0"
"""What a digit (``\\d``) adds to a word: no letter is this character."""


class _Unbounded(Exception):
    """Too many first words to be worth a lookup."""


@dataclass(frozen=True)
class FirstWords:
    """The whole words a match can start with, and the starts of the others."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    digit: bool = False
    """True when a match may also start with a digit (only :func:`opening_words` says so)."""

    def meet(self, words: frozenset[str]) -> bool:
        """True when one of ``words`` (a text's words) can start a match."""
        if not self.exact.isdisjoint(words):
            return True
        return bool(self.prefixes) and any(word.startswith(self.prefixes) for word in words)


def first_words(alternative: str) -> FirstWords | None:
    """The first words of a phrase alternative as compiled, or None when it has none."""
    found = opening_words(alternative)
    return None if found is None or found.digit else found


def opening_words(alternative: str) -> FirstWords | None:
    """:func:`first_words`, and whether a match may start with a digit instead.

    A digit is a character class, not a word: only a search that can look for ``\\d``
    where it looks for the words reads it (an alternative that may start with a digit has
    no first words otherwise).
    """
    try:
        found = _sequence(list(sre_parser.parse(alternative)))
    except (_Unbounded, re.error):
        return None
    exact, prefixes, digit = set(), set(), False
    for word, state in found:
        if word.endswith(_DIGIT):
            # Letters then a digit: a word that goes on with anything (only its start known).
            word, state = word[: -len(_DIGIT)], _WILD
            if not word:
                digit = True
                continue
        if not word:
            return None  # it may start with something else than a letter: never skipped
        if state == _WILD:
            prefixes.add(word)
        else:  # a phrase ends at the end of a word: an open word ends there too
            exact.add(word)
    starts = tuple(sorted(prefixes))
    return FirstWords(frozenset(w for w in exact if not w.startswith(starts)), starts, digit)


def _sequence(items: list[tuple[Any, Any]]) -> _Words:
    """The first words of a sequence of parsed items: each item's, followed by the rest's."""
    found: set[tuple[str, int]] = set()
    reading = _EMPTY
    for op, value in items:
        following = _item(op, value)
        going = {word for word, state in reading if state == _OPEN}
        found.update(pair for pair in reading if pair[1] != _OPEN)
        reading = frozenset((word + more, state) for word in going for more, state in following)
        if len(reading) + len(found) > _LIMIT:
            raise _Unbounded
        if not reading:
            break
    return frozenset(found | reading)


def _item(op: Any, value: Any) -> _Words:
    """What one parsed item adds to the word being read."""
    if op is sre_constants.LITERAL:
        char = chr(value)
        return frozenset({(char, _OPEN)}) if _is_letter(char) else frozenset({("", _CLOSED)})
    if op in _ASSERTIONS:
        return _EMPTY  # an assertion reads nothing (what it rules out is ignored)
    if op is sre_constants.SUBPATTERN and not (value[1] or value[2]):
        return _sequence(list(value[3]))
    if op is sre_constants.BRANCH:
        return frozenset().union(*(_sequence(list(branch)) for branch in value[1]))
    if op is sre_constants.IN:
        return _members(value)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return _repeat(*value)
    return frozenset({("", _WILD)})


def _repeat(low: int, high: int, inner: Any) -> _Words:
    """A repeat: its first round ends the word or lets anything follow; none, if optional."""
    once = _sequence(list(inner))
    if high == 1:
        rounds = once
    else:
        rounds = frozenset((word, _WILD if state == _OPEN else state) for word, state in once)
    return rounds | _EMPTY if low == 0 else rounds


def _members(members: list[tuple[Any, Any]]) -> _Words:
    """A character set: its letters, or a word end when none of its members is a letter."""
    if members == [(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)]:
        return frozenset({(_DIGIT, _WILD)})
    if all(op is sre_constants.LITERAL for op, _ in members):
        chars = [chr(code) for _, code in members]
        return frozenset((c, _OPEN) if _is_letter(c) else ("", _CLOSED) for c in chars)
    return frozenset({("", _WILD)})


def _is_letter(char: str) -> bool:
    """A character of a word: what the phrase boundary ``[^\\W_]`` calls a letter."""
    return char.isalnum()
