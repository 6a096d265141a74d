"""Sparse search: a phrase union tried on a long text only near its rarest words.

A 1 MB text holds « vous » and « pour » thousands of times, so the anchors of most unions
(:mod:`.anchors`) are everywhere, and each union read every word of the text (~25 ms a
pass, plus what its alternatives read at each word). Yet each alternative also needs
rarer words (:mod:`.literals`): « deuxieme » or « troisieme » in « pour la deuxieme
fois ». Per text, each alternative takes the need that costs least: the fewest
occurrences, weighed by how many places before each one a match may start.

Every match of the union is a match of one of its alternatives, so it starts

- where a word that starts the alternative's matches lies, or
- at most ``before`` characters ahead of an occurrence of one of its words, just after a
  character that is not a letter (what the union's leading lookbehind asks).

Each such place is tried with the union's scanner on the whole text, from left to right,
each match resuming after the previous one: the matches are exactly those of
``union.finditer(text)``. When the needs would cost more than a pass over the text, the
caller makes that pass instead.

A few alternatives can hold only words that are everywhere (« vous », « jour », « si »)
and cost most of a union's needs. Those are left to a pass of their own union, which finds
every place where one of them matches: a pass of a few alternatives costs about two thirds
of a pass of the whole union (it still stops at every separator), and the others are
still searched near their rare words. Unions that read the same text share that pass
(:func:`_heavy_starts`): each pass pays the floor of stopping at every separator.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property, lru_cache
from itertools import accumulate

from suivi_templates.checks.dispatch import dispatching
from suivi_templates.checks.firstwords import opening_words
from suivi_templates.checks.literals import Branches, Choice, Literal, choice_of
from suivi_templates.checks.live import BOUNDARY, SEPARATOR, TAIL
from suivi_templates.checks.plane import in_bmp, word_ranges

__all__ = ["masked_from", "sparse_matches"]

_POINT = 1.1
"""Cost of finding one occurrence and trying the union there, in µs."""
_PER_SEPARATOR = 0.6
"""Cost of trying the union after one separator in a range before an occurrence (one
character in five in a letter, every one in a run of punctuation)."""
_FIND = 0.0007
"""Cost of looking for a word in each character of the text (0.7 ms a MB)."""
_PASS = 0.04
"""What a pass of a union costs per character, in the units above (one is 0.7 to 1.4 µs):
15 to 40 ms a MB, depending less on how many alternatives the union has than on how
often the text holds the words they start with."""
_HEAVY = 1 / 25
"""An alternative whose needs cost more than this share of a pass is left to a pass."""
_REST_PASS = 0.6
"""What a pass of a few alternatives costs at least, as a share of a pass (it goes from
separator to separator as any pass): 24 to 30 ms for one to three alternatives on the MB
of letters, 39 to 50 ms for the 9 to 19 heavy ones of ``pushy.pressure`` or
``pushy.reproach`` (~70 and ~80 ms for a pass of their whole union), when :data:`_PASS`
estimates ~42 ms."""
_RESTS = 32
"""Unions of heavy alternatives kept compiled (which ones are heavy depends on the text)."""
_PARTNERS = 8
"""How many unions that left alternatives to a pass are remembered, to share the next."""
_TEXTS = 4
"""Texts whose words are remembered (the body and subject, folded and masked)."""
_WORD_BYTES = b"'-"
_ASCII_WORDS = bytes(
    c if c < 128 and (chr(c).isalnum() or c in _WORD_BYTES) else 0x20 for c in range(256)
)
"""Every byte but ASCII letters, digits, apostrophes and hyphens becomes a space."""
_COUNTABLE = re.compile(r"[A-Za-z0-9'-]+")
_INFINITE = float("inf")
_LATIN_1 = re.compile(r"[\x00-\x3e\x40-\xff]*")
"""Words that lie in a text where they lie in its Latin-1 copy (no « ? », see below)."""
_Bodies = tuple[tuple[str, int], ...]
"""A union's alternatives as compiled, with their flags."""
_Needed = tuple[set[Literal], list[int]]
"""The literals to look up, and the alternatives (by index) left to a pass of their own."""


class _Counts:
    """The words of one long text with their counts, to tell how often a word is there.

    The words are the runs of ASCII letters, digits, apostrophes and hyphens of its UTF-8
    bytes, read in C: a need made of those (all but a few) is in the text exactly when it
    is inside one of them, and their counts give how often it is there (as part of a word
    too).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        spaced = text.encode("utf-8").translate(_ASCII_WORDS)
        counts = Counter(spaced.split())
        # The share of characters that are no part of a word (overstated by accents).
        self.separators = spaced.count(b" ") / max(len(spaced), 1)
        self._words = b"\n".join(counts).decode("ascii")
        self._starts = list(accumulate((len(word) + 1 for word in counts), initial=0))
        self._counts = list(counts.values())
        self._found: dict[str, int] = {}

    def count(self, word: str) -> int:
        """How often ``word`` is in the text, as a word or inside one."""
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = self._count(word)
        return found

    def _count(self, word: str) -> int:
        if not _COUNTABLE.fullmatch(word):
            return self.text.count(word)
        total, position = 0, self._words.find(word)
        while position >= 0:
            # Each word that holds it once, however often (a run of 1 MB of « a » is one).
            index = bisect_right(self._starts, position) - 1
            end = self._starts[index + 1] - 1
            total += self._counts[index] * self._words.count(word, position, end)
            position = self._words.find(word, end)
        return total


class _Text:
    """What is read of one long text: how often words are there, and where they lie.

    The counts only choose where to look: counts that are never lower (those of the text
    a masked text was made from) give the same matches.
    """

    def __init__(self, text: str, counts: _Counts | None = None) -> None:
        self.text = text
        self._counts = _Counts(text) if counts is None else counts
        self.separators = self._counts.separators
        self.count = self._counts.count
        self._places: dict[str, list[int]] = {}
        self._narrow: str | None = None
        self._plans: dict[tuple[_Bodies, bool], _Needed | None] = {}
        self._passes: list[tuple[int, frozenset[str], list[int]]] = []

    @cached_property
    def bmp(self) -> bool:
        """True when the text is within the Basic Multilingual Plane (:mod:`.plane`)."""
        return in_bmp(self.text)

    def plan(self, bodies: _Bodies, may_split: bool) -> _Needed | None:
        """:func:`_needed` for a union's alternatives, chosen once per text.

        A plan depends on the words looked up so far: a union planned early, to share a
        pass (:func:`_heavy_starts`), keeps that plan, whose heavy alternatives the pass
        was made for.
        """
        key = (bodies, may_split)
        if key not in self._plans:
            choices = [_choice(body, flags) for body, flags in bodies]
            self._plans[key] = _needed(choices, self, may_split)
        return self._plans[key]

    def passed(self, heavy: Sequence[str], flags: int) -> list[int] | None:
        """The starts found by a pass made for all of ``heavy`` (and more), if one was made."""
        for passed_flags, bodies, starts in self._passes:
            if passed_flags == flags and bodies.issuperset(heavy):
                return starts
        return None

    def remember_pass(self, bodies: Iterable[str], flags: int, starts: list[int]) -> None:
        """Keep the starts of a pass made for the alternatives ``bodies``."""
        self._passes.append((flags, frozenset(bodies), starts))

    def looked_up(self, word: str) -> bool:
        """True when the places of ``word`` are known (no more pass over the text)."""
        return word in self._places

    def places(self, word: str) -> list[int]:
        """Where ``word`` starts in the text, every occurrence (remembered)."""
        found = self._places.get(word)
        if found is None:
            found = self._places[word] = (
                _occurrences(self._searched(word), word) if self.count(word) else []
            )
        return found

    def _searched(self, word: str) -> str:
        """The text to look ``word`` up in: the same places, read faster.

        A text with a few characters past Latin-1 (« œ », « – ») is stored with two bytes a
        character, and each pass over it reads twice as much (~1.3 against ~0.8 ms a MB).
        Those characters become « ? », which keeps every character's place: a Latin-1 word
        without « ? » lies exactly where it lay.
        """
        if self._narrow is None:
            self._narrow = self.text.encode("latin-1", "replace").decode("latin-1")
        return self._narrow if _LATIN_1.fullmatch(word) else self.text


def _occurrences(text: str, word: str) -> list[int]:
    """Every place where ``word`` starts in ``text``, overlapping ones included.

    A regex finds them in C; it skips the occurrences that overlap the previous one,
    which only a word that starts as it ends (« nene ») can have.
    """
    if any(word[:size] == word[-size:] for size in range(1, len(word))):
        found, position = [], text.find(word)
        while position >= 0:
            found.append(position)
            position = text.find(word, position + 1)
        return found
    return [match.start() for match in re.finditer(re.escape(word), text)]


_SEEN: dict[int, _Text] = {}
_MASKED: dict[int, tuple[str, str]] = {}
"""Masked texts, by identity, with the text each was made from (see :func:`masked_from`)."""


def masked_from(masked: str, text: str) -> None:
    """Tell that ``masked`` is ``text`` with characters replaced by ``#``.

    Masking never adds a word: every word is in the masked text at most as often as in
    ``text``. A long text searched in both is then counted once (~30 ms a MB).
    """
    if masked is text:
        return  # nothing was masked: the text is read once anyway
    if len(_MASKED) >= _TEXTS:
        _MASKED.clear()
    _MASKED[id(masked)] = (masked, text)


def _read(text: str) -> _Text:
    """The words of ``text``, read once for the few texts of a check."""
    found = _SEEN.get(id(text))
    if found is None or found.text is not text:
        if len(_SEEN) >= _TEXTS:
            _SEEN.clear()
        source = _MASKED.get(id(text))
        counts = _read(source[1])._counts if source is not None and source[0] is text else None
        found = _SEEN[id(text)] = _Text(text, counts)
    return found


@cache
def _choice(body: str, flags: int) -> Choice:
    return choice_of(body, flags)


class _Plan:
    """The literals chosen so far for one union in one text, and what they cost.

    Alternatives share words (« je », « vous »): a literal already chosen costs nothing
    to the next alternative that needs it.
    """

    def __init__(self, text: _Text) -> None:
        self.text = text
        self.chosen: set[Literal] = set()
        self.cost = 0.0

    def take(self, choice: Choice) -> None:
        self.add(*self.cheapest(choice))

    def add(self, cost: float, literals: list[Literal]) -> None:
        self.cost += cost
        self.chosen.update(literals)

    def cheapest(self, choice: Choice) -> tuple[float, list[Literal]]:
        """The need of ``choice`` that costs least, as the literals to look up."""
        best: tuple[float, list[Literal]] = (_INFINITE, [])
        for need in choice.needs:
            if isinstance(need, Literal):
                found = (self._literal_cost(need), [need])
            else:
                found = self._all_branches(need, best[0])
            if found[0] < best[0]:
                best = found
                if not best[0]:
                    break  # a word the text lacks, or one chosen already: nothing to pay
        return best

    def _all_branches(self, need: Branches, limit: float) -> tuple[float, list[Literal]]:
        """One need per branch: the cheapest of each, given up past ``limit``."""
        total, literals = 0.0, []
        for branch in need.branches:
            cost, found = self.cheapest(branch)
            total += cost
            if total >= limit:
                return _INFINITE, []
            literals.extend(found)
        return total, literals

    def _literal_cost(self, literal: Literal) -> float:
        if literal in self.chosen:
            return 0.0
        count = self.text.count(literal.word)
        if not count:
            return 0.0
        per_place = _POINT + literal.before * self.text.separators * _PER_SEPARATOR
        found = 0.0 if self.text.looked_up(literal.word) else len(self.text.text) * _FIND
        return found + count * per_place


def _needed(choices: Sequence[Choice], text: _Text, may_split: bool = True) -> _Needed | None:
    """The literals to look up, and the alternatives left to a pass of their own.

    Every alternative near its words when that costs less than a pass; else, when
    ``may_split``, the heavy ones (see :data:`_HEAVY`), if not all, left to a pass of
    their own union, which costs no more than a pass of the whole union, when the others
    cost little enough; else (None) a pass of the whole union.
    """
    budget = len(text.text) * _PASS
    plan = _Plan(text)
    for choice in choices:
        plan.take(choice)
        if plan.cost >= budget:
            return _split(choices, text, budget) if may_split else None
    return plan.chosen, []


def _split(choices: Sequence[Choice], text: _Text, budget: float) -> _Needed | None:
    """The literals of the light alternatives and the heavy ones; None if it does not pay."""
    light = _Plan(text)
    heavy: list[int] = []
    for index, choice in enumerate(choices):
        cost, literals = light.cheapest(choice)
        if cost > budget * _HEAVY:
            heavy.append(index)
        else:
            light.add(cost, literals)
            if light.cost >= budget * (1 - _REST_PASS):
                return None
    return (light.chosen, heavy) if len(heavy) < len(choices) else None


def _places(literals: Iterable[Literal], text: _Text) -> tuple[set[int], list[tuple[int, int]]]:
    """The places where a match may start, and the ranges ``(low, high)`` where it may."""
    points: set[int] = set()
    ranges: list[tuple[int, int]] = []
    for literal in literals:
        places = text.places(literal.word)
        if literal.before == 0:
            points.update(places)
        else:
            ranges.extend((max(0, p - literal.before), p) for p in places)
    return points, _merged(ranges)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges that overlap or touch, as one."""
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _separator(bmp: bool) -> str:
    """What precedes the start of a match past the text's start (the union's lookbehind).

    For a text within the Basic Multilingual Plane (``bmp``), the class spelled out
    (:mod:`.plane`): a pass that tries every character for one reads each in one lookup
    (the shared pass of heavy alternatives on the MB of letters: ~47 → ~36 ms; the ranges'
    separators: ~49 → ~43 ms).
    """
    return f"[^{word_ranges()}]" if bmp else SEPARATOR


@cache
def _openings(bodies: _Bodies, bmp: bool) -> tuple[re.Pattern[str], int]:
    """The separators after which a union's match may start, and how far they look ahead.

    A match starts with one of its alternative's first words (:mod:`.firstwords`), or
    with a digit (« \\d{1,2} fois »): the separators followed by none of them are skipped
    in C, not tried one by one (in the MB of letters, 60 to 99 % of the separators for
    most unions). A union with an alternative that may start otherwise (« {mot} ») may
    start after any separator.
    """
    separator = _separator(bmp)
    words: set[str] = set()
    digit = False
    for body, flags in bodies:
        first = None if flags & re.IGNORECASE else opening_words(body)
        if first is None:
            return re.compile(separator), 0
        words.update(first.exact, first.prefixes)
        digit = digit or first.digit
    starts = [r"\d"] if digit else []
    if words:
        alternatives = "|".join(map(re.escape, sorted(words)))
        starts.append(dispatching(f"(?:{alternatives})") or alternatives)
    lookahead = "|".join(starts)
    return re.compile(f"{separator}(?={lookahead})"), max(map(len, words), default=1)


def _in_ranges(
    union: re.Pattern[str],
    scanner: re.Pattern[str],
    openings: tuple[re.Pattern[str], int],
    text: str,
    ranges: Iterable[tuple[int, int]],
) -> Iterator[int]:
    """The places of ``ranges`` where the union matches (most ranges have none).

    The separators are looked for up to the longest first word past a range, so that the
    lookahead sees the whole word after the range's last separator (a separator past the
    range is one more place, tried as the others).
    """
    opening, ahead = openings
    for low, high in ranges:
        if low == 0 and union.match(text, 0) is not None:
            yield 0
        for separator in opening.finditer(text, max(low - 1, 0), high + ahead):
            if scanner.match(text, separator.start()) is not None:
                yield separator.end()


def sparse_matches(
    union: re.Pattern[str], scanner: re.Pattern[str], bodies: Sequence[tuple[str, int]], text: str
) -> Iterator[re.Match[str]] | None:
    """The matches of ``union.finditer(text)``, or None when a full pass is cheaper.

    ``bodies`` are the union's alternatives as compiled, with their flags; ``scanner`` is
    the union led by a separator (:func:`~suivi_templates.checks.live.word_start`).
    """
    alternatives = tuple(bodies)
    # A numbered group is numbered otherwise in the union of a few alternatives: a
    # backreference would point elsewhere there.
    may_split = not union.groups
    read = _read(text)
    needed = read.plan(alternatives, may_split)
    if needed is None:
        return None
    literals, heavy = needed
    if heavy:
        _partner(alternatives, union.flags, may_split)
    heavy_bodies = [bodies[i][0] for i in heavy]
    openings = _openings(alternatives, read.bmp)
    return _split_matches(union, scanner, openings, heavy_bodies, literals, text)


_LATELY: dict[_Bodies, tuple[int, bool]] = {}
"""Unions that left alternatives to a pass of their own lately: their flags, and whether
they may split (see :func:`_heavy_starts`)."""


def _partner(bodies: _Bodies, flags: int, may_split: bool) -> None:
    """Remember a union that left alternatives to a pass, to share the next text's."""
    if bodies not in _LATELY and len(_LATELY) >= _PARTNERS:
        _LATELY.clear()
    _LATELY[bodies] = (flags, may_split)


def _split_matches(
    union: re.Pattern[str],
    scanner: re.Pattern[str],
    openings: tuple[re.Pattern[str], int],
    heavy: Sequence[str],
    literals: Iterable[Literal],
    text: str,
) -> Iterator[re.Match[str]]:
    """The union's matches: near ``literals``, and wherever a ``heavy`` alternative matches.

    The union matches at a place exactly when one of its alternatives does: the ``literals``
    are those of every alternative but the ``heavy`` ones, which a pass of their own union
    finds everywhere they match.
    """
    read = _read(text)
    points, ranges = _places(literals, read)
    starts = points.union(_in_ranges(union, scanner, openings, text, ranges))
    if heavy:
        starts.update(_heavy_starts(read, heavy, union.flags))
    return _verified(union, scanner, text, sorted(starts))


def _heavy_starts(read: _Text, heavy: Sequence[str], flags: int) -> list[int]:
    """Every place where one of the ``heavy`` alternatives matches, and maybe more.

    The unions that left alternatives to a pass on earlier texts (``pushy.reproach`` and
    ``pushy.pressure`` read the same masked text) are planned on this one too, and one pass
    finds the places of all their heavy alternatives: each pass pays the floor of stopping
    at every separator (~25 ms a MB). A union then tries a few places where only another
    union's alternative matches: it matches there exactly when one of its own does, so
    its matches are the same.
    """
    found = read.passed(heavy, flags)
    if found is None:
        bodies = dict.fromkeys(heavy)
        for partner, (partner_flags, may_split) in _LATELY.items():
            needed = read.plan(partner, may_split) if partner_flags == flags else None
            if needed is not None:
                bodies.update(dict.fromkeys(partner[i][0] for i in needed[1]))
        rest = _rest(tuple(bodies), flags, read.bmp)
        found = list(_every_start(*rest, read.text))
        read.remember_pass(bodies, flags, found)
    return found


@lru_cache(maxsize=_RESTS)
def _rest(
    bodies: tuple[str, ...], flags: int, bmp: bool
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The union of a few alternatives, and its scanner rewritten to pick them by letter.

    Its separator is spelled out for a text within the plane (:func:`_separator`), unless
    the union ignores case or reads ASCII only: the class would then hold other characters.
    """
    body = f"(?:{'|'.join(bodies)}){TAIL}"
    fast = dispatching(body)
    separator = _separator(bmp and not flags & (re.IGNORECASE | re.ASCII))
    return (
        re.compile(BOUNDARY + body, flags),
        re.compile(separator + (body if fast is None else fast), flags),
    )


def _every_start(union: re.Pattern[str], scanner: re.Pattern[str], text: str) -> Iterator[int]:
    """Every place where ``union`` matches, overlapping matches included.

    Each search resumes one character after the previous match's start: a match of the
    whole union may start inside one of these (their union has fewer alternatives).
    """
    if union.match(text) is not None:
        yield 0
    found = scanner.search(text)
    while found is not None:
        yield found.start() + 1
        found = scanner.search(text, found.start() + 1)


def _verified(
    union: re.Pattern[str], scanner: re.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """The union's matches at ``starts``, leftmost first, each after the previous one.

    The scanner (the union led by a separator) rules most places out at a third of the
    cost of the union, whose lookbehind is tried first: the union matches at ``p > 0``
    exactly when the scanner matches at ``p - 1``.
    """
    resume = 0
    for start in starts:
        if start < resume or (start and scanner.match(text, start - 1) is None):
            continue
        match = union.match(text, start)
        if match is not None:
            yield match
            resume = match.end()
