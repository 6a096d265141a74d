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

_BUDGET = 250
"""At most this many alternatives once distributed (the rest stay as written).

250 distributes every leading group of the largest rule union (``pushy.reproach``: 22 of
its alternatives stayed behind a group at 100, each tried in full at every word): the
eleven rule passes over 1 MB of letters take ~350 ms instead of ~520; more buys nothing.
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
    """Regex text for the ordered alternation of ``sequences``, dispatching on letters."""
    parts: list[str] = []
    segment: list[_Sequence] = []
    for sequence in _flattened(sequences, budget):
        if sequence and sequence[0][0] is sre_constants.LITERAL:
            segment.append(sequence)
            continue
        parts.extend(_grouped(segment, budget))
        segment = []
        parts.append(_unparse(sequence))
    parts.extend(_grouped(segment, budget))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _flattened(sequences: list[_Sequence], budget: list[int]) -> list[_Sequence]:
    """The sequences, in order of trial, with their leading choices distributed."""
    found: list[_Sequence] = []
    pending = list(reversed(sequences))
    while pending:
        sequence = pending.pop()
        options = _options(sequence) if budget[0] > 0 else None
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
        # Tails distributed from one group share its continuation: written once, after.
        shared = _common_suffix(tails)
        heads = [tail[: len(tail) - shared] for tail in tails]
        suffix = _unparse(tails[0][len(tails[0]) - shared :])
        parts.append(_literal(letter) + _alternation(heads, budget) + suffix)
    return parts


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
