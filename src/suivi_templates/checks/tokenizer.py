"""One tokenisation of a draft, with offsets into the original text.

Every check that compares words (the context's own words, role titles, names, acronyms)
reads these tokens, so that a word is cut the same way everywhere: a hyphenated word
(« aide-cuisinière », « génie-conseil ») is one token whose :attr:`Token.parts` are its
pieces; an elision (« l' », « qu' ») is a token of its own, whatever the apostrophe;
e-mail addresses and URLs are single tokens; a word in capitals, accented or not
(« ÉTS », « CÉGEP »), is an acronym when it is short.

>>> [(t.text, t.kind) for t in tokenize("L’ÉTS et l'aide-cuisinière, 2 024 $ : julie@x.org")]
... # doctest: +NORMALIZE_WHITESPACE
[('L’', 'elision'), ('ÉTS', 'acronym'), ('et', 'word'), ("l'", 'elision'),
 ('aide-cuisinière', 'word'), ('2', 'number'), ('024', 'number'), ('julie@x.org', 'address')]
>>> tokenize("aide-cuisinière")[0].parts
('aide', 'cuisiniere')
>>> text = "Bonjour Madame CÔTÉ"
>>> token = tokenize(text)[-1]
>>> text[token.start : token.end], token.folded
('CÔTÉ', 'cote')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from suivi_templates.checks.plane import in_bmp, word_ranges
from suivi_templates.checks.text import WORD, fold

__all__ = [
    "Token",
    "TokenKind",
    "pieces",
    "token_pattern",
    "tokenize",
    "tokenize_once",
    "word_forms",
]

TokenKind = Literal["word", "acronym", "number", "elision", "address"]

_ELIDED = r"(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’\u02bc]"
_LETTERS = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_HYPHEN = r"[\-\u2010\u2011]"
# An address: no whitespace and an « @ », « :// » or « www. » (bounded lengths).
_ADDRESS = (
    r"(?P<address>[^\s@<>()\[\]\"«»,;]{1,64}@[^\s@<>()\[\]\"«»,;]{1,255}(?<![.!?:])"
    r"|\b(?:https?://|www\.)[^\s<>\"«»]{1,2000}(?<![.,;:!?)]))"
)
_OTHERS = (
    rf"(?P<elision>(?<!{_ALNUM}){_ELIDED}(?={_LETTERS}))"
    rf"|(?P<number>\d+(?:[.,]\d+)*(?!{_LETTERS}))"
    # A word, its hyphenated pieces and inner apostrophes included (« aujourd'hui »).
    rf"|(?P<word>{_ALNUM}+(?:(?:{_HYPHEN}|['’](?={_LETTERS}{{2}})){_ALNUM}+){{0,8}})"
)
_TOKEN = re.compile(f"{_ADDRESS}|{_OTHERS}")
# The same three branches read from their first letter or digit, which each of them starts
# with: ``re`` then skips in C from one to the next, where a pattern led by a group was
# tried at every position (half the time on a letter). Empty groups name the branch taken
# (``lastgroup``); the elision's lookbehind moves past the letter it reads, and each of its
# words is told by that letter. Same tokens (tests/test_fast_paths.py).
_AFTER_FIRST = r"(?<![^\W_].)"
_TOKEN_WITHOUT_ADDRESS = re.compile(
    rf"{_ALNUM}(?:"
    rf"(?P<elision>){_AFTER_FIRST}(?i:(?<=[cdjlmnst])|(?<=q)u|(?<=j)usqu|(?<=l)orsqu"
    rf"|(?<=p)uisqu|(?<=q)uoiqu|(?<=p)resqu)['’\u02bc](?={_LETTERS})"
    rf"|(?P<number>)(?<=\d)\d*(?:[.,]\d+)*(?!{_LETTERS})"
    rf"|(?P<word>){_ALNUM}*(?:(?:{_HYPHEN}|['’](?={_LETTERS}{{2}})){_ALNUM}+){{0,8}})"
)
_ADDRESS_MARKS = ("@", "://", "www.")
"""Every address holds one of these: a text without them is read without the address branch."""
_PIECES = re.compile(r"[\-']")
_ACRONYM_MAX = 6
"""Words in capitals up to this length are acronyms (« ÉTS », « CÉGEP », « CIUSSS »)."""


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its span in the original text, its text, folded form and kind."""

    start: int
    end: int
    text: str
    folded: str
    kind: TokenKind

    @property
    def parts(self) -> tuple[str, ...]:
        """The folded pieces of a hyphenated word (the word alone when it has none)."""
        if self.kind != "word":
            return (self.folded,)
        return tuple(p for p in _PIECES.split(self.folded) if p)

    @property
    def capitalised(self) -> bool:
        """True when the token starts with a capital letter."""
        return self.text[:1].isupper()


def tokenize(text: str) -> tuple[Token, ...]:
    """Every token of ``text``, in order, with spans into ``text`` itself.

    The last texts are remembered: several checks read the same draft.
    """
    return _tokenize(text)


def tokenize_once(text: str) -> tuple[Token, ...]:
    """:func:`tokenize` for a text that one check alone reads, not remembered.

    Remembering it would push the drafts themselves out of the memory the checks share.
    """
    folded = fold(text)
    found: list[Token] = []
    for match in token_pattern(text).finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        word = match.group()
        if kind == "word" and _is_acronym(word):
            kind = "acronym"
        found.append(Token(start, end, word, folded[start:end], kind))  # type: ignore[arg-type]
    return tuple(found)


_tokenize = lru_cache(maxsize=64)(tokenize_once)


def token_pattern(text: str) -> re.Pattern[str]:
    """The token pattern, without its address branch when ``text`` cannot hold an address.

    That branch is tried first at every position and reads up to 64 characters ahead each
    time (a third of the tokenisation of a letter); where no address can be, the other
    branches alone find the same tokens.
    """
    if any(mark in text for mark in _ADDRESS_MARKS):
        return _TOKEN
    return _TOKEN_WITHOUT_ADDRESS


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= _ACRONYM_MAX and all(c.isupper() for c in letters)


@lru_cache(maxsize=1024)
def word_forms(text: str) -> frozenset[str]:
    """The folded words of ``text``: each hyphenated word whole and in its pieces.

    >>> sorted(word_forms("Chargé de projet back-office"))
    ['back', 'back-office', 'charge', 'de', 'office', 'projet']
    """
    forms: set[str] = set()
    for token in tokenize(text):
        if token.kind in ("word", "acronym", "number"):
            forms.add(token.folded)
            forms.update(token.parts)
    return frozenset(forms)


_WORD_SPLIT = re.compile(rf"({WORD}+)")
_SPELLED_OUT = 32_768
"""Texts at least this long are split with the word class spelled out (:mod:`.plane`)."""


def pieces(folded: str) -> list[str]:
    """A folded text split at its words, in C: separators at even indexes, words at odd ones.

    A long text within the Basic Multilingual Plane is split with the word class spelled
    out (:mod:`.plane`; 1 MB of letters: ~60 → ~44 ms), into the same pieces.

    >>> pieces(fold("l’été, déjà"))
    ['', 'l', "'", 'ete', ', ', 'deja', '']
    """
    if len(folded) >= _SPELLED_OUT and in_bmp(folded):
        return _bmp_split().split(folded)
    return _WORD_SPLIT.split(folded)


@cache
def _bmp_split() -> re.Pattern[str]:
    """``_WORD_SPLIT`` for a text within the Basic Multilingual Plane, compiled once."""
    return re.compile(f"([{word_ranges()}]+)")
