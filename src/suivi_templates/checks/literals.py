"""Literals: every word a phrase alternative's match must contain, and where it can lie.

:mod:`.anchors` keeps one set of anchors per alternative, chosen once for all texts: a
word that is in every letter (« vous », « pour ») is chosen when the alternative offers no
other, and a long text then runs the whole union over all of its words. An alternative
usually holds several words that every match contains (« pour », « la », « deuxieme » or
« troisieme », « fois »): which one is rarest depends on the text. This module lists them
all, each with how far from the start of a match it can lie, so that a long text can
pick, per alternative, the one it holds least often (:mod:`.sparse`).

A need is a literal word, or one need per branch of a mandatory alternation (every match
holds one of them). A :class:`Choice` lists needs of which *each* is in every match.

>>> choice = choice_of("pour[ ']{1,3}la[ ']{1,3}(?:deuxieme|troisieme)[ ']{1,3}fois", 0)
>>> [(need.word, need.before) for need in choice.needs if isinstance(need, Literal)]
[('pour', 0), ('la', 7), ('fois', 24)]
>>> [[(n.word, n.before) for n in b.needs] for b in choice.needs[2].branches]
[[('deuxieme', 12)], [('troisieme', 12)]]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from suivi_templates.checks.firstwords import first_words

__all__ = ["Branches", "Choice", "Literal", "choice_of"]

_MIN_LENGTH = 2
"""A single letter is in every text, and too costly to look up."""
_MAX_BEFORE = 2000
"""A word that may lie farther than this from the start of a match is not used."""
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"[^\W_]*(?:['-][^\W_]*)+|[^\W_]+")
"""Letters and digits, with the apostrophes and hyphens between or around them."""
_PUNCTUATION = re.compile(r"['-]+")


@dataclass(frozen=True)
class Literal:
    """A word every match contains, at most ``before`` characters after the match starts.

    With ``before == 0``, the match starts where the word lies.
    """

    word: str
    before: int


@dataclass(frozen=True)
class Branches:
    """A mandatory alternation: every match holds a need of one of its ``branches``."""

    branches: tuple[Choice, ...]


@dataclass(frozen=True)
class Choice:
    """Needs of which each is in every match: any one of them is enough to find them all."""

    needs: tuple[Literal | Branches, ...]


def choice_of(body: str, flags: int) -> Choice:
    """The needs of one alternative of a phrase union, as compiled (``body``).

    Its first words (:mod:`.firstwords`) are one more need: a match starts with one. A
    pattern read without case (``re.IGNORECASE``) has no need: its words may be written
    otherwise in the text.
    """
    if flags & re.IGNORECASE:
        return Choice(())
    needs = _needs(list(sre_parser.parse(body)), 0)
    first = first_words(body)
    if first is not None:
        words = sorted({*first.exact, *first.prefixes})
        if words and all(len(word) >= _MIN_LENGTH for word in words):
            branches = (Choice((Literal(word, 0),)) for word in words)
            needs.append(Branches(tuple(branches)))
    return Choice(tuple(needs))


def _needs(items: list[tuple[Any, Any]], before: int) -> list[Literal | Branches]:
    """The needs of a sequence of parsed items that starts at most ``before`` in."""
    widths = [_width(item) for item in items]
    needs: list[Literal | Branches] = []
    start = 0
    while start < len(items):
        op, value = items[start]
        ahead = before + sum(widths[:start])
        if op is sre_constants.LITERAL:
            end = start
            while end < len(items) and items[end][0] is sre_constants.LITERAL:
                end += 1
            needs.extend(_run_words("".join(chr(v) for _, v in items[start:end]), ahead))
            start = end
            continue
        if op is sre_constants.SUBPATTERN:
            needs.extend(_needs(list(value[3]), ahead))
        elif op is sre_constants.BRANCH:
            needs.extend(_branches(items, start, before + sum(widths[: _lead(items, start)])))
        start += 1
    return [need for need in needs if not isinstance(need, Literal) or need.before <= _MAX_BEFORE]


def _lead(items: list[tuple[Any, Any]], branch: int) -> int:
    """Where the literal characters just before item ``branch`` start."""
    lead = branch
    while lead > 0 and items[lead - 1][0] is sre_constants.LITERAL:
        lead -= 1
    return lead


def _branches(items: list[tuple[Any, Any]], branch: int, before: int) -> list[Branches]:
    """The need of the alternation ``items[branch]``, when each of its branches has one.

    The parser moves a prefix the branches share out of them (« j'ai|je » is « j » then
    « 'ai|e »): the literal characters just before go back into each branch.
    """
    lead = items[_lead(items, branch) : branch]
    choices = [Choice(tuple(_needs([*lead, *b], before))) for b in items[branch][1][1]]
    return [Branches(tuple(choices))] if all(choice.needs for choice in choices) else []


def _run_words(run: str, before: int) -> list[Literal]:
    """The words of a run of literal characters, each with its distance to the start.

    A word is a piece of letters, digits, apostrophes and hyphens (« j'ai » is rarer
    than « ai »), and each run of letters and digits inside it.
    """
    found = []
    for piece in _PIECE.finditer(run):
        words = {(piece.start(), piece.group())}
        words.update((m.start(), m.group()) for m in _WORD.finditer(run, *piece.span()))
        for start, word in sorted(words):
            if len(word) >= _MIN_LENGTH and not _PUNCTUATION.fullmatch(word):
                found.append(Literal(word, before + start))
    return found


def _width(item: tuple[Any, Any]) -> int:
    """The most characters ``item`` can read (huge when unbounded)."""
    return int(sre_parser.SubPattern(sre_parser.State(), [item]).getwidth()[1])
