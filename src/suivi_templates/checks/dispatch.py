"""Rewrite a phrase pattern so that the regex engine picks its alternatives by letter.

A union of rules has dozens of alternatives, and ``re`` tries each of them at every word
of the text. It skips an alternative cheaply (one comparison, in C) only when that
alternative starts with a literal letter; one that starts with a group such as
``(?:une|l'|cette)`` costs a full attempt. The rewrite distributes such leading groups
and optional parts until every alternative starts with a letter, then groups the
alternatives by that letter, recursively (a trie): at a word, the engine tries only the
alternatives that can start there.

The matches stay the same, in the same order of trial, by four identities of
backtracking regexes: ``(?:a|b)R`` ≡ ``aR|bR``; ``X?R`` ≡ ``XR|R`` (``X??R`` ≡ ``R|XR``);
``[ab]R`` ≡ ``aR|bR``; ``cT|cU`` ≡ ``c(?:T|U)``. Alternatives that start with different
letters never match at the same place, so grouping them by letter keeps, at any place,
the order in which the ones that can match there are tried; an alternative that cannot
be rewritten (``\\d{1,2}``, a lookbehind) splits the list, and nothing moves past it.

Two more keep the rewrite small and the trie deep. ``GT|GU`` ≡ ``G(?:T|U)`` ≡
``G+(?:T|U)`` (possessive) for a gap ``G`` between words (``[ '-]{1,40}``) when ``T`` and
``U`` start with a letter outside it: the gap can only end where its run does. And
consecutive options distributed from one group keep their shared continuation written
once after them (``(?:aR|bR)`` as ``(?:a|b)R``), not once per option.

>>> print(dispatching("(?:une|un|cette) fois|(?:la )?veille"))
(?:un(?:e|)\\ fois|cette\\ fois|la\\ veille|veille)
>>> dispatching("(a|b)") is None
True
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["dispatching"]

_Item = tuple[Any, Any]
_Sequence = tuple[_Item, ...]

_BUDGET = 500
"""At most this many alternatives once distributed (the rest stay as written).

500 distributes every leading group of the largest rule union (``pushy.pressure``, 105
alternatives: three of them stayed behind a group at 400, each tried in full at every
word of the text). Gaps read once and continuations written once per run keep the
rewrite small enough: the twelve unions of a 1 MB check compile in ~3 s, as at 250 before.
"""
_SMALL_SET = 3
"""A leading character set of at most this many letters is split into letters."""


class _Unsupported(Exception):
    """The pattern uses something the rewrite does not write back (groups, flags…)."""


def dispatching(pattern: str) -> str | None:
    """``pattern`` with its alternatives grouped by first letter, or None when not handled.

    Only patterns without capturing groups, backreferences or inline flags are rewritten:
    the rewrite duplicates some parts, which a numbered group cannot survive.
    """
    parsed = sre_parser.parse(pattern)
    if parsed.state.groups > 1 or parsed.state.flags & ~re.UNICODE.value:
        return None
    try:
        return _alternation([tuple(parsed)], [_BUDGET])
    except _Unsupported:
        return None


def _alternation(sequences: list[_Sequence], budget: list[int]) -> str:
    """Regex text for the ordered alternation of ``sequences``, dispatching on letters.

    Consecutive sequences that start with the same gap between words (:func:`_gap_key`)
    share it: the gap is read once, then their continuations are dispatched in turn.
    """
    parts: list[str] = []
    segment: list[_Sequence] = []
    flat = _flattened(sequences, budget)
    keys = [_gap_key(sequence) for sequence in flat]
    position = 0
    while position < len(flat):
        sequence, key = flat[position], keys[position]
        if sequence and sequence[0][0] is sre_constants.LITERAL:
            segment.append(sequence)
            position += 1
            continue
        parts.extend(_grouped(segment, budget))
        segment = []
        if key is None:
            parts.append(_unparse(sequence))
            position += 1
            continue
        end = position + 1
        while end < len(flat) and keys[end] == key:
            end += 1
        rests = _alternation([other[1:] for other in flat[position:end]], budget)
        parts.append(_possessive(sequence[0]) + rests)
        position = end
    parts.extend(_grouped(segment, budget))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _gap_key(sequence: _Sequence) -> str | None:
    """The leading gap of ``sequence`` as text, when it can be read once for many: else None.

    A gap is a greedy repeat of a set of characters that are not letters (``[ '-]{1,40}``).
    When what follows it can only start with a letter outside the set, the gap can only
    end where its run of characters ends: one length, whatever follows. After « vous »,
    forty continuations start with the same gap; tried one by one, each read it again at
    every « vous » of the text. Shared, it is read once, possessively (the engine does not
    try shorter gaps, which cannot match), and the order of trial is unchanged.
    """
    if len(sequence) < 2:
        return None
    op, value = sequence[0]
    if op is not sre_constants.MAX_REPEAT or len(value[2]) != 1:
        return None
    kind, members = value[2][0]
    if kind is not sre_constants.IN or not members:
        return None
    if any(member_op is not sre_constants.LITERAL for member_op, _ in members):
        return None
    chars = {code for _, code in members}
    if any(chr(code).isalnum() for code in chars):
        return None
    for start in _flattened([sequence[1:]], [_BUDGET]):
        if not start or start[0][0] is not sre_constants.LITERAL or start[0][1] in chars:
            return None
    return _unparse(sequence[:1])


def _possessive(gap: _Item) -> str:
    """A gap read once, without giving back (it can only end where its run ends)."""
    return _unparse_item(*gap) + "+"


def _flattened(sequences: list[_Sequence], budget: list[int]) -> list[_Sequence]:
    """The sequences, in order of trial, with their leading choices distributed."""
    found: list[_Sequence] = []
    pending = list(reversed(sequences))
    while pending:
        sequence = pending.pop()
        sharable = _gap_key(sequence) is not None
        options = _options(sequence) if budget[0] > 0 and not sharable else None
        if options is None:
            found.append(sequence)
        else:
            budget[0] -= len(options) - 1
            pending.extend(reversed(options))
    return found


def _options(sequence: _Sequence) -> list[_Sequence] | None:
    """The sequences, in order of trial, that ``sequence`` tries at its first item.

    None when it starts with a literal (nothing to distribute) or with something that
    cannot be split (a repeat, a lookaround, a large character set).
    """
    if not sequence:
        return None
    (op, value), rest = sequence[0], sequence[1:]
    if op is sre_constants.SUBPATTERN and value[0] is None and not (value[1] or value[2]):
        return [tuple(value[3]) + rest]
    if op is sre_constants.BRANCH:
        return [tuple(branch) + rest for branch in value[1]]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[:2] == (0, 1):
        taken = tuple(value[2]) + rest
        return [taken, rest] if op is sre_constants.MAX_REPEAT else [rest, taken]
    if op is sre_constants.IN and _few_letters(value):
        return [((kind, char), *rest) for kind, char in value]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
        return _unrolled(op, value, rest)
    return None


def _few_letters(members: list[_Item]) -> bool:
    """True for a set of a few single characters (``[sx]``): split into its letters."""
    return 0 < len(members) <= _SMALL_SET and all(
        kind is sre_constants.LITERAL for kind, _ in members
    )


def _unrolled(op: Any, value: Any, rest: _Sequence) -> list[_Sequence] | None:
    """``X{m,n}R`` as ``X X{m-1,n-1}R`` when X is one character: same counts, same order.

    The engine then skips the alternative at a glance where X cannot start (``\\d{1,2}``).
    """
    low, high, inner = value
    if len(inner) != 1 or inner[0][0] not in (sre_constants.LITERAL, sre_constants.IN):
        return None
    less = high if high is sre_constants.MAXREPEAT else high - 1
    return [(inner[0], (op, (low - 1, less, inner)), *rest)]


def _grouped(sequences: list[_Sequence], budget: list[int]) -> list[str]:
    """One part per first letter, in order of first appearance (each starts with it)."""
    by_letter: dict[int, list[_Sequence]] = {}
    for sequence in sequences:
        by_letter.setdefault(sequence[0][1], []).append(sequence[1:])
    parts = []
    for letter, tails in by_letter.items():
        if len(tails) == 1:
            parts.append(_literal(letter) + _unparse(tails[0]))
            continue
        runs = [_with_suffix(run, budget) for run in _suffix_runs(tails)]
        parts.append(_literal(letter) + (runs[0] if len(runs) == 1 else f"(?:{'|'.join(runs)})"))
    return parts


def _with_suffix(tails: list[_Sequence], budget: list[int]) -> str:
    """Tails distributed from one group share its continuation: written once, after."""
    shared = _common_suffix(tails)
    heads = [tail[: len(tail) - shared] for tail in tails]
    return _alternation(heads, budget) + _unparse(tails[0][len(tails[0]) - shared :])


def _suffix_runs(tails: list[_Sequence]) -> list[list[_Sequence]]:
    """The tails cut into runs of consecutive ones that share a continuation.

    Written once per run, a long continuation is not copied for every option of the group
    it followed (« (?:quand|date|jour) » before forty words): the rewrite stays small
    enough to distribute every leading group of the largest unions.
    """
    if _common_suffix(tails):
        return [tails]
    runs: list[list[_Sequence]] = [[tails[0]]]
    for tail in tails[1:]:
        if _common_suffix([*runs[-1], tail]):
            runs[-1].append(tail)
        else:
            runs.append([tail])
    # Tails that share nothing with their neighbours stay together, dispatched by letter.
    merged: list[tuple[list[_Sequence], bool]] = []
    for run in runs:
        alone = len(run) == 1
        if alone and merged and merged[-1][1]:
            merged[-1][0].extend(run)
        else:
            merged.append((run, alone))
    return [run for run, _ in merged]


def _common_suffix(tails: list[_Sequence]) -> int:
    """How many trailing items every tail shares (the same parsed items, by identity)."""
    shortest = min(len(tail) for tail in tails)
    count = 0
    while count < shortest and all(tail[-1 - count] is tails[0][-1 - count] for tail in tails):
        count += 1
    return count


_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s",
    sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_NOT_WORD: r"\W",
}
_AT = {
    sre_constants.AT_BEGINNING: "^",
    sre_constants.AT_END: "$",
    sre_constants.AT_BOUNDARY: r"\b",
    sre_constants.AT_NON_BOUNDARY: r"\B",
    sre_constants.AT_BEGINNING_STRING: r"\A",
    sre_constants.AT_END_STRING: r"\Z",
}
_LOOK = {
    (sre_constants.ASSERT, 1): "(?=",
    (sre_constants.ASSERT, -1): "(?<=",
    (sre_constants.ASSERT_NOT, 1): "(?!",
    (sre_constants.ASSERT_NOT, -1): "(?<!",
}


def _literal(code: int) -> str:
    return re.escape(chr(code))


def _unparse(items: _Sequence) -> str:
    """Regex text for parsed items (the subset phrase patterns use)."""
    return "".join(_unparse_item(op, value) for op, value in items)


def _unparse_item(op: Any, value: Any) -> str:
    if op is sre_constants.LITERAL:
        return _literal(value)
    if op is sre_constants.NOT_LITERAL:
        return f"[^{_literal(value)}]"
    if op is sre_constants.ANY:
        return "."
    if op is sre_constants.IN:
        return _unparse_set(value)
    if op is sre_constants.AT:
        return _AT[value]
    if op is sre_constants.BRANCH:
        return "(?:" + "|".join(_unparse(tuple(branch)) for branch in value[1]) + ")"
    if op is sre_constants.SUBPATTERN and value[0] is None and not (value[1] or value[2]):
        return f"(?:{_unparse(tuple(value[3]))})"
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, inner = value
        top = "" if high is sre_constants.MAXREPEAT else str(high)
        lazy = "?" if op is sre_constants.MIN_REPEAT else ""
        return f"(?:{_unparse(tuple(inner))}){{{low},{top}}}{lazy}"
    if (op, value[0] if isinstance(value, tuple) else None) in _LOOK:
        return _LOOK[op, value[0]] + _unparse(tuple(value[1])) + ")"
    raise _Unsupported(op)


def _unparse_set(items: list[_Item]) -> str:
    negated = bool(items) and items[0][0] is sre_constants.NEGATE
    members = []
    for op, value in items[1:] if negated else items:
        if op is sre_constants.LITERAL:
            members.append(_literal(value))
        elif op is sre_constants.RANGE:
            members.append(f"{_literal(value[0])}-{_literal(value[1])}")
        elif op is sre_constants.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            raise _Unsupported(op)
    return "[" + ("^" if negated else "") + "".join(members) + "]"
