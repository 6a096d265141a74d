"""Anchors: literal words without which a phrase pattern cannot match, to skip it cheaply.

Most drafts are polite: most phrase patterns find nothing. Each alternative of a pattern
has a literal word that every match contains (« insister » in « je me permets
d'insister », any of « impatient », « attends » for a group of alternatives). A pattern
whose anchors are all absent from the text is not run at all; a substring test costs a
fraction of a regex pass. An alternative without a literal word of three letters or more
gives its pattern no anchor: that pattern always runs.

>>> sorted(anchors_of(["(?:je me permets d'|je dois )insister", "j'exige"]))
['exige', 'insister']
>>> sorted(anchors_of(["(?:ma|votre) (?:decision|reponse)s? rapide"]))
['rapide']
>>> sorted(anchors_of(["(?:reponse|decision)s?"]))
['decision', 'reponse']
>>> anchors_of(["\\\\d+ h"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from suivi_templates.checks.dispatch import dispatching
from suivi_templates.checks.live import (
    BOUNDARY,
    SEPARATOR,
    TAIL,
    Alternatives,
    Part,
    live_matches,
    word_start,
)
from suivi_templates.checks.sparse import sparse_matches

__all__ = ["anchors_of", "finditer_near", "may_match", "remember"]

_MIN_LENGTH = 3
_SPLIT = re.compile(r"[^\w]+")
# Keyed by the pattern's id, the pattern kept alive beside its entry: hashing a compiled
# pattern hashes its whole compiled code each time (20 µs for a rule family's union).
_ALTERNATIVES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
_BODIES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
_INDEXES: dict[int, tuple[re.Pattern[str], _Index]] = {}
_DISPATCHED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_MAX_WIDTH = 2000
"""Patterns that can match more than this are searched whole (no window)."""
_LOOKAROUND = 80
"""Characters a lookahead or lookbehind of a phrase pattern may read past its match."""
_SHORT = 5000
"""Texts up to this length are searched whole when an anchor is there (no windows)."""
_SPARSE = 32_768
"""Texts longer than this are searched near each alternative's rarest words (:mod:`.sparse`);
in a shorter one, choosing those words costs more (~6 ms a check) than the windows."""
_SAMPLE = 65_536
"""Characters at the start of a long text that are read first to spot common anchors."""
_SEEN_TEXTS = 4
"""Texts whose anchor occurrences are remembered (the body and subject, folded and masked)."""
_SEEN: dict[int, tuple[str, dict[str, list[int] | None], dict[str, int]]] = {}
_COMMON = frozenset(
    """
    avec aux ces cette dans des est ete etre les mais mes mon nos notre nous par pas plus pour
    que qui sur son ses tout tres une vos votre vous avoir faire bien comme ici avant apres
    merci poste entrevue entretien equipe suis serai serais reste avais etais sous vers lors
    deja encore aussi dont ait aucun aucune
    """.split()
)
"""Words of every letter: weak anchors, chosen only when a pattern offers no other."""


def anchors_of(alternatives: Iterable[str]) -> frozenset[str] | None:
    """The anchors of a pattern made of ``alternatives``, or None when one has none."""
    found: set[str] = set()
    for alternative in alternatives:
        try:
            parsed = sre_parser.parse(alternative)
        except re.error:
            return None
        anchors = _sequence_anchors(list(parsed))
        if anchors is None:
            return None
        found |= anchors
    return frozenset(found)


def _sequence_anchors(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best anchors of a sequence: a literal word, or a mandatory group's anchors.

    Every match of the sequence contains each candidate; the rarest one is kept: fewest
    words found in every letter (« vous », « pour »), then fewest anchors, then longest.
    """
    words: list[str] = []
    run: list[str] = []
    candidates: list[frozenset[str]] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        words.extend(_SPLIT.split("".join(run)))
        run = []
        if op is sre_constants.SUBPATTERN:
            inner = _sequence_anchors(list(value[3]))
            if inner is not None:
                candidates.append(inner)
        elif op is sre_constants.BRANCH:
            branches = [_sequence_anchors(list(branch)) for branch in value[1]]
            if all(b is not None for b in branches):
                candidates.append(frozenset().union(*(b for b in branches if b is not None)))
    words.extend(_SPLIT.split("".join(run)))
    candidates.extend(frozenset({w}) for w in words if len(w) >= _MIN_LENGTH)
    if not candidates:
        return None
    return min(candidates, key=_cost)


def _cost(anchors: frozenset[str]) -> tuple[int, int, int]:
    common = sum(1 for a in anchors if a in _COMMON)
    return common, len(anchors), -min(len(a) for a in anchors)


@dataclass(frozen=True)
class _Index:
    anchors: frozenset[str] | None
    width: int | None
    """The longest match, plus room for lookarounds; None when unbounded or too long."""
    scanner: re.Pattern[str] | None
    """The pattern with its leading word boundary read as a separator (see :func:`_scan`)."""
    alternatives: Alternatives | None = None
    """Each alternative of a phrase union alone (see :mod:`.live`); None for others."""


def remember(
    pattern: re.Pattern[str], alternatives: Iterable[str], bodies: Iterable[str] = ()
) -> re.Pattern[str]:
    """Record the alternatives of a compiled pattern (parsed on first use); return it.

    ``bodies`` are the alternatives as compiled when ``pattern`` is a phrase union
    (:func:`~suivi_templates.checks.text.phrases`): a letter then tries only those whose
    anchors it holds.
    """
    _ALTERNATIVES[id(pattern)] = (pattern, tuple(alternatives))
    compiled = tuple(bodies)
    if compiled:
        _BODIES[id(pattern)] = (pattern, compiled)
    return pattern


def _index(pattern: re.Pattern[str]) -> _Index:
    entry = _INDEXES.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    recorded = _ALTERNATIVES.get(id(pattern))
    alternatives = recorded[1] if recorded is not None and recorded[0] is pattern else None
    anchors = anchors_of(alternatives) if alternatives is not None else None
    parsed = sre_parser.parse(pattern.pattern)
    shortest, longest = parsed.getwidth()
    width = longest + _LOOKAROUND if longest <= _MAX_WIDTH else None
    scanner = None
    # The boundary must start every match: not one branch of a top-level alternation.
    leads = parsed.data[0][0] is sre_constants.ASSERT_NOT
    if pattern.pattern.startswith(BOUNDARY) and leads and shortest > 0:
        rest = pattern.pattern[len(BOUNDARY) :]
        scanner = re.compile(SEPARATOR + rest, pattern.flags)
    # Tried one by one, alternatives find where the union matches next: never an empty match.
    live = _alternatives(pattern, alternatives) if shortest else None
    found = _Index(anchors, width, scanner, live)
    _INDEXES[id(pattern)] = (pattern, found)
    return found


def _alternatives(
    pattern: re.Pattern[str], alternatives: tuple[str, ...] | None
) -> Alternatives | None:
    """The alternatives of a phrase union, each with its anchors; None for other patterns."""
    recorded = _BODIES.get(id(pattern))
    if alternatives is None or recorded is None or recorded[0] is not pattern:
        return None
    bodies = recorded[1]
    if pattern.pattern != f"{BOUNDARY}(?:{'|'.join(bodies)}){TAIL}":
        return None
    return Alternatives(
        Part(body, anchors_of([alternative]), pattern.flags)
        for alternative, body in zip(alternatives, bodies, strict=True)
    )


def _scan(
    pattern: re.Pattern[str], index: _Index, text: str, low: int, high: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, low, high)``, found faster, the same ones.

    Each match starts where :func:`~suivi_templates.checks.live.word_start` finds it; the
    match itself is then taken from ``pattern`` (same groups).
    """
    scanner = index.scanner
    if scanner is not None and high - low > _SHORT:
        scanner = _dispatched(scanner)
    if scanner is None:
        yield from pattern.finditer(text, low, high)
        return
    position = low
    while (start := word_start(pattern, scanner, text, position, high)) is not None:
        match = pattern.match(text, start, high)
        if match is None:  # pragma: no cover - the scanner and the pattern are one pattern
            raise AssertionError(f"scanner and pattern disagree at {start}")
        yield match
        position = match.end()


def _dispatched(scanner: re.Pattern[str]) -> re.Pattern[str]:
    """The scanner rewritten to pick alternatives by letter (:mod:`.dispatch`), built once.

    Only passes over long texts use it: it runs a union 2 to 5 times faster, but compiles
    several times slower than the plain scanner (a letter would not repay it).
    """
    entry = _DISPATCHED.get(id(scanner))
    if entry is not None and entry[0] is scanner:
        return entry[1]
    body = dispatching(scanner.pattern[len(SEPARATOR) :])
    fast = scanner if body is None else re.compile(SEPARATOR + body, scanner.flags)
    _DISPATCHED[id(scanner)] = (scanner, fast)
    return fast


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when none of the pattern's anchors is in ``text``: the pattern cannot match."""
    anchors = _index(pattern).anchors
    return anchors is None or any(map(text.__contains__, anchors))


def finditer_near(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, searched only around its anchors.

    Every match holds an anchor and is at most ``width`` long, so it lies in the window of
    ``width`` characters on each side of that anchor; windows that meet are merged, so the
    matches are those of a full pass. Without anchors or a bounded width: a full pass.
    """
    index = _index(pattern)
    if len(text) <= _SHORT:
        # A letter: only its live alternatives (windows would cost more than they save).
        if index.alternatives is None:
            if index.anchors is None or any(map(text.__contains__, index.anchors)):
                yield from _scan(pattern, index, text, 0, len(text))
        elif (live := index.alternatives.live(text)) is not None:
            yield from live_matches(pattern, live, text)
        else:
            yield from _scan(pattern, index, text, 0, len(text))
        return
    if len(text) > _SPARSE and index.alternatives is not None and index.scanner is not None:
        sources = [part.source for part in index.alternatives.parts]
        found = sparse_matches(pattern, _dispatched(index.scanner), sources, text)
        if found is not None:
            yield from found
            return
    if index.anchors is None or index.width is None:
        yield from _scan(pattern, index, text, 0, len(text))
        return
    windows = _windows(text, index.anchors, index.width)
    if windows is None:
        yield from _scan(pattern, index, text, 0, len(text))
        return
    for low, high in windows:
        yield from _scan(pattern, index, text, low, high)


def _windows(text: str, anchors: frozenset[str], width: int) -> list[tuple[int, int]] | None:
    """Merged windows around every anchor occurrence; None when they would cover most text."""
    budget = len(text) // (4 * width) + 1
    if len(text) > 2 * _SAMPLE:
        # The anchors' count in a sample at the start foretells a pass over most of the
        # text: then no anchor is looked for in the whole text (a pass each).
        sampled = sum(map(_seen(text)[2].__getitem__, anchors))
        if sampled * len(text) > 2 * budget * _SAMPLE:
            return None
    found: list[tuple[int, int]] = []
    for anchor in anchors:
        starts = _occurrences(text, anchor, budget)
        if starts is None:
            return None
        found.extend((start, len(anchor)) for start in starts)
        if len(found) > budget:
            return None
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, size in found:
        low, high = max(0, start - width), min(len(text), start + size + width)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _seen(text: str) -> tuple[str, dict[str, list[int] | None], dict[str, int]]:
    """What is remembered of ``text``: where anchors start, and their counts in its sample."""
    key = id(text)
    entry = _SEEN.get(key)
    if entry is None or entry[0] is not text:
        if len(_SEEN) >= _SEEN_TEXTS:
            _SEEN.clear()
        entry = _SEEN[key] = (text, {}, _SampleCounts(text))
    return entry


class _SampleCounts(dict[str, int]):
    """How often each anchor occurs in a text's first ``_SAMPLE`` characters, counted once.

    The unions share anchors (« vous », « reponse »): counted once per text, not per union.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def __missing__(self, anchor: str) -> int:
        found = self[anchor] = self._text.count(anchor, 0, _SAMPLE)
        return found


def _occurrences(text: str, anchor: str, budget: int) -> list[int] | None:
    """Where ``anchor`` starts in ``text`` (None past ``budget``), remembered per text.

    Patterns share anchors (« vous », « reponse »): each is looked for once per text.
    """
    known = _seen(text)[1]
    if anchor in known:
        starts = known[anchor]
        return None if starts is None or len(starts) > budget else starts
    starts = None
    # On a long text, a sample at its start tells most common anchors at once: a word
    # found in every letter is everywhere (a pass over the whole text is then wasted).
    common = len(text) > 2 * _SAMPLE and _seen(text)[2][anchor] * len(text) > (2 * budget * _SAMPLE)
    if not common and text.count(anchor) <= budget:
        starts = []
        position = text.find(anchor)
        while position >= 0:
            starts.append(position)
            position = text.find(anchor, position + 1)
    known[anchor] = starts
    return starts
