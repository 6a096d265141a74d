"""Live alternatives: a letter tries only the alternatives of a phrase union it may hold.

A rule family is one union of many alternatives (« j'exige », « au plus tard le »…), and
the regex engine tries every one of them at every word of the text. A letter holds the
anchors (:mod:`.anchors`) of a tenth of them, typically; the others cannot match anywhere.
Each live alternative finds its own next match; the leftmost of these is where the union
matches next, and the union's own match there (its first alternative, in order, that
matches) is the one a full pass yields. The matches are those of ``union.finditer``.
An alternative whose anchors are there but none of whose first words
(:mod:`.firstwords`) is a word of the letter cannot match either, and is not tried.

>>> import re
>>> union = re.compile(f"{BOUNDARY}(?:au plus vite|plus|tard){TAIL}")
>>> alternatives = Alternatives([Part("au plus vite", frozenset({"vite"}), 0),
...     Part("plus", frozenset({"plus"}), 0), Part("tard", frozenset({"tard"}), 0)])
>>> alternatives.live("au plus vite, mais plus tard") is None  # all live: one full pass
True
>>> live = alternatives.live("plus, encore plus")
>>> [sorted(part.anchors or ()) for part in live]
[['plus']]
>>> [m.group() for m in live_matches(union, live, "plus, encore plus")]
['plus', 'plus']
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from suivi_templates.checks.firstwords import FirstWords, first_words

__all__ = ["BOUNDARY", "SEPARATOR", "TAIL", "Alternatives", "Part", "live_matches", "word_start"]

BOUNDARY = r"(?<![^\W_])"
"""How a phrase pattern starts (:func:`~suivi_templates.checks.text.phrases`): at a word."""
TAIL = r"(?:(?<=')|(?![^\W_]))"
"""How a phrase pattern ends: at the end of a word, or after an elided one (« au sein d' »)."""
SEPARATOR = r"[\W_]"
"""The character before a word: what the boundary's lookbehind accepts (or the text's start)."""

_SHARE = 3
"""A letter tries the alternatives one by one when at most a third of them may match."""
_IN_WORD_LIMIT = 100_000
_CACHED_WORD = 40
"""Words longer than this are read again each time rather than remembered."""
_TEXTS = 4
"""Texts whose anchors are remembered (the body and subject, folded and masked)."""


@dataclass(frozen=True)
class _Known:
    """The anchors of every indexed union, and what was read with them.

    Replaced whole when a union brings new anchors (never changed in place): a thread
    still reading the old one stores into caches nobody reads any more, never a set of
    anchors short of the new ones.
    """

    universe: frozenset[str] = frozenset()
    starts: frozenset[str] = frozenset()
    """The first three letters of every anchor: where in a word an anchor may start."""
    longest: int = 0
    """The length of the longest anchor (no longer piece of a word can be one)."""
    in_word: dict[str, frozenset[str]] = field(default_factory=dict)
    """The anchors that a word contains, by word (letters reuse most of their words)."""
    present: dict[int, tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=dict)
    """The anchors and the words of the last few texts, by the text's identity."""


_KNOWN = _Known()
_LEARNING = threading.Lock()
_WORD = re.compile(r"\w+")


def word_start(
    pattern: re.Pattern[str], scanner: re.Pattern[str], text: str, position: int, high: int
) -> int | None:
    """Where ``pattern`` next matches at or after ``position``, found by its ``scanner``.

    ``pattern`` starts with :data:`BOUNDARY` and never matches an empty string; its scanner
    is the same pattern led by :data:`SEPARATOR`. A lookbehind is tried at every position;
    the separator is a character set the engine skips to in C. Past the text's start,
    ``pattern`` matches at ``p`` exactly when the scanner matches at ``p - 1``.
    """
    if position == 0 and pattern.match(text, 0, high) is not None:
        return 0
    return _after_separator(scanner, text, position, high)


def _after_separator(scanner: re.Pattern[str], text: str, position: int, high: int) -> int | None:
    """Where the next word start that ``scanner`` finds lies, from ``position`` on.

    ``scanner`` is led by :data:`SEPARATOR`: its match starts one character before the word
    (never at the text's start, which no separator precedes).
    """
    found = scanner.search(text, max(position - 1, 0), high)
    return None if found is None else found.start() + 1


_UNREAD = object()
"""A :class:`Part` whose first words are not read yet (most are never live)."""


class Part:
    """One alternative of a phrase union: its anchors, and itself as a pattern (compiled once)."""

    __slots__ = ("_body", "_first", "_flags", "_scanner", "anchors")

    def __init__(self, body: str, anchors: frozenset[str] | None, flags: int) -> None:
        self._body = body
        self._flags = flags
        self._scanner: re.Pattern[str] | None = None
        self._first: FirstWords | object | None = _UNREAD
        self.anchors = anchors

    @property
    def source(self) -> tuple[str, int]:
        """The alternative as compiled in its union, and the union's flags."""
        return self._body, self._flags

    def may_start(self, words: frozenset[str]) -> bool:
        """False when no word of a text (``words``) can start this alternative's match."""
        found = self._first
        if found is _UNREAD:
            found = self._first = _first_words(self._body, self._flags)
        return found is None or found.meet(words)  # type: ignore[attr-defined]

    def starts(self, text: str, words: frozenset[str]) -> list[int] | None:
        """Where in ``text`` this alternative may match: where one of its first words starts.

        ``words`` are the text's words. None when the alternative has no first words (it
        may then match anywhere).
        """
        found = self._first
        if found is _UNREAD:
            found = self._first = _first_words(self._body, self._flags)
        if found is None:
            return None
        first = cast(FirstWords, found)
        opening = set(first.exact.intersection(words))
        if first.prefixes:
            opening.update(word for word in words if word.startswith(first.prefixes))
        return sorted(p for word in opening for p in _word_at(text, word))

    def first(self, text: str, position: int, starts: list[int] | None = None) -> int | None:
        """Where this alternative first matches at or after ``position``, as in its union.

        Only the scanner (led by :data:`SEPARATOR`) is compiled: each alternative compiles
        the first time a letter makes it live, which a letter never seen pays (~1.5 ms a
        pattern). At the text's start, where no separator precedes, the scanner reads the
        text after a space, which the boundary's lookbehind takes for the start. With
        ``starts`` (:meth:`starts`), only those places are tried: a search would try the
        alternative after every separator of the text.
        """
        scanner = self._scanner
        if scanner is None:
            scanner = self._scanner = re.compile(f"{SEPARATOR}(?:{self._body}){TAIL}", self._flags)
        if starts is None:
            if position == 0 and scanner.match(" " + text) is not None:
                return 0
            return _after_separator(scanner, text, position, len(text))
        for start in itertools.islice(starts, bisect.bisect_left(starts, position), None):
            if start == 0:
                if scanner.match(" " + text) is not None:
                    return 0
            elif scanner.match(text, start - 1) is not None:
                return start
        return None


@cache
def _first_words(body: str, flags: int) -> FirstWords | None:
    """The first words of an alternative, parsed on first use (most are never live)."""
    return None if flags & re.IGNORECASE else first_words(body)


def _learn(anchors: frozenset[str]) -> None:
    """Add the anchors of a newly indexed union: words and texts are then read again."""
    global _KNOWN
    with _LEARNING:
        known = _KNOWN
        if anchors <= known.universe:
            return
        universe = known.universe | anchors
        _KNOWN = _Known(universe, frozenset(a[:3] for a in universe), max(map(len, universe)))


def _anchors_inside(word: str, known: _Known) -> frozenset[str]:
    """The known anchors that ``word`` contains, read from where an anchor may start."""
    size = len(word)
    return frozenset(
        piece
        for start in range(size - 2)
        if word[start : start + 3] in known.starts
        for end in range(start + 3, min(size, start + known.longest) + 1)
        if (piece := word[start:end]) in known.universe
    )


def _present(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The anchors that occur in ``text`` and its words, remembered for the last few texts.

    An anchor is made of word characters, so each occurrence lies inside one word of the
    text: the anchors of the text are those of its words, each word read once. The words
    are the runs of letters and digits (``_`` splits them, as it ends a phrase).
    """
    known = _KNOWN
    entry = known.present.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1], entry[2]
    runs = set(_WORD.findall(text))
    in_word = known.in_word
    # Each word's anchors, looked up in C; only words never read before are read here.
    insides = list(map(in_word.get, runs))
    if None in insides:
        for n, word in enumerate(runs):
            if insides[n] is None:
                insides[n] = inside = _anchors_inside(word, known)
                # Letters reuse their words; a long run of letters (hostile input) is not kept.
                if len(word) <= _CACHED_WORD:
                    if len(in_word) >= _IN_WORD_LIMIT:
                        in_word.clear()
                    in_word[word] = inside
    present: frozenset[str] = frozenset().union(*cast("list[frozenset[str]]", insides))
    if "_" in text:
        words = frozenset(piece for run in runs for piece in run.split("_") if piece)
    else:
        words = frozenset(runs)
    if len(known.present) >= _TEXTS:
        known.present.clear()
    known.present[id(text)] = (text, present, words)
    return present, words


def _word_at(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (a run of letters and digits)."""
    found: list[int] = []
    size = len(word)
    position = text.find(word)
    while position >= 0:
        after = position + size
        if (position == 0 or not text[position - 1].isalnum()) and (
            after == len(text) or not text[after].isalnum()
        ):
            found.append(position)
        position = text.find(word, position + 1)
    return found


class Alternatives:
    """The alternatives of one phrase union, in order, and which of them each anchor opens."""

    __slots__ = ("_always", "_anchors", "_by_anchor", "parts")

    def __init__(self, parts: Iterable[Part]) -> None:
        self.parts = tuple(parts)
        self._always = tuple(n for n, part in enumerate(self.parts) if part.anchors is None)
        by_anchor: dict[str, list[int]] = {}
        for n, part in enumerate(self.parts):
            for anchor in part.anchors or ():
                by_anchor.setdefault(anchor, []).append(n)
        self._by_anchor = {anchor: tuple(numbers) for anchor, numbers in by_anchor.items()}
        self._anchors = frozenset(by_anchor)
        _learn(self._anchors)

    def live(self, text: str) -> list[Part] | None:
        """The alternatives that may match in ``text``; None when too many for one by one."""
        anchors, words = _present(text)
        opened = self._anchors.intersection(anchors)
        if not opened and not self._always:
            return []  # the common case: none of this union's anchors is in the text
        numbers = set(self._always)
        by_anchor = self._by_anchor
        for anchor in opened:
            numbers.update(by_anchor[anchor])
        parts = self.parts
        # An alternative can match only where the text has one of its first words.
        kept = sorted(n for n in numbers if parts[n].may_start(words))
        if len(kept) * _SHARE > len(parts):
            return None
        return [parts[n] for n in kept]


def live_matches(
    union: re.Pattern[str], live: Sequence[Part], text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``union`` in ``text`` when only the ``live`` alternatives can match."""
    if not live:
        return
    words = _present(text)[1]
    places = [part.starts(text, words) for part in live]
    nexts = [part.first(text, 0, at) for part, at in zip(live, places, strict=True)]
    while True:
        starts = [start for start in nexts if start is not None]
        if not starts:
            return
        match = union.match(text, min(starts))
        if match is None:  # pragma: no cover - an alternative matches only where its union does
            raise AssertionError(f"an alternative and its union disagree at {min(starts)}")
        yield match
        position = max(match.end(), match.start() + 1)
        for k, start in enumerate(nexts):
            if start is not None and start < position:
                nexts[k] = live[k].first(text, position, places[k])
