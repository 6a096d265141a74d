"""What the interview context says, as words the checks can look for.

Two uses, both from the issue: words that come from the context (a topic the interviewer
raised, the company's name in capitals) never count against the candidate, so they are
masked before the pushy and style checks run; and the topics, commitments, highlights and
company facts are what a personalised draft mentions (R2, R3, R9, R14).

>>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
>>> words = ContextWords.of(InterviewContext.model_validate(EXAMPLE_CONTEXT))
>>> words.items[0].keys
('migration', 'system', 'comptabl', 'sap')
>>> from suivi_templates.checks.text import fold
>>> masked = words.mask(fold("URGENT : la migration du système comptable, Coopérative Horizon"))
>>> masked
'urgent : la ##############################, ########### #######'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from suivi_templates.checks.text import (
    GAP,
    STOPWORDS,
    WORD,
    fold,
    key_words,
    mask_spans,
    stem,
    tokens,
)
from suivi_templates.models import InterviewContext

__all__ = ["ContextWords", "Item", "mask_addresses"]

_ADDRESS = re.compile(
    r"[^\s@<>()]{1,64}@[^\s@<>()]{1,255}|\bhttps?://[^\s<>]{1,2000}|\bwww\.[^\s<>]{1,2000}"
)

# Every address holds "@", "://" or "www." and no whitespace, so it lies inside one of the
# whitespace-delimited tokens holding one of them. Searching those tokens only finds the
# same spans as searching the whole text, in linear time (from each position of a long
# word, _ADDRESS would read up to 64 characters ahead looking for an "@").
_ADDRESS_TOKEN = re.compile(r"(?<!\S)(?=\S*?(?:@|://|www\.))\S++")


def _address_spans(folded: str) -> Iterator[tuple[int, int]]:
    for token in _ADDRESS_TOKEN.finditer(folded):
        for match in _ADDRESS.finditer(folded, token.start(), token.end()):
            yield match.span()


@dataclass(frozen=True)
class Item:
    """One concrete element of the interview: a topic, a commitment, a highlight, a fact."""

    kind: str
    text: str
    keys: tuple[str, ...]
    proper: frozenset[str]
    """Keys written with a capital in the context (« SAP », « Laval »): one is enough."""


def _proper_keys(text: str) -> frozenset[str]:
    """Words that identify an item on their own: names, acronyms, codes (« SAP », « 9100 »)."""
    found = set()
    for index, match in enumerate(re.finditer(rf"{WORD}+", text)):
        word = match.group()
        folded = fold(word)
        if folded in STOPWORDS:
            continue
        is_code = any(c.isdigit() for c in word) and len(word) >= 3
        if is_code or (index > 0 and word[:1].isupper() and len(word) >= 2):
            found.add(stem(folded))
    return frozenset(found)


def _phrase_regex(words: list[str]) -> str:
    """A folded phrase, each word allowed a short inflection, words joined by gaps."""
    return GAP.join(re.escape(w) + rf"{WORD}{{0,4}}" for w in words)


@dataclass(frozen=True)
class ContextWords:
    """The words of one context, prepared once per check run."""

    names: frozenset[str]
    """Folded words of the company's, the interviewer's and the candidate's names."""
    role: tuple[str, ...]
    """Key stems of the role title."""
    items: tuple[Item, ...]
    _mask: re.Pattern[str] | None

    @classmethod
    def of(cls, context: InterviewContext) -> ContextWords:
        """Prepare the words of ``context``.

        Prepared once per set of words: ``render`` checks a body and its subject, and a
        batch renders several kinds for one context (this compiles a regex per context).
        """
        return _prepared(
            (context.company.name, context.interviewer.name, context.candidate.name),
            context.role.title,
            tuple((t.subject, t.note) for t in context.topics),
            tuple(c.promise for c in context.commitments),
            tuple(context.debrief.highlights)
            + tuple(context.debrief.since)
            + tuple(s for s in (context.debrief.struck_by, context.debrief.to_add) if s),
            tuple(context.company.facts),
        )

    @classmethod
    def _prepare(
        cls,
        people: tuple[str, str, str],
        role_title: str,
        topics: tuple[tuple[str, str | None], ...],
        promises: tuple[str, ...],
        highlights: tuple[str, ...],
        facts: tuple[str, ...],
    ) -> ContextWords:
        names = frozenset(
            word
            for phrase in people
            for word in (m.group() for m in tokens(fold(phrase)))
            if len(word) >= 2 and word not in STOPWORDS
        )
        # Words of the names and of the role are in every letter to this company: they
        # never prove that a draft talks about a topic of the interview.
        common = {stem(m.group()) for p in (*people, role_title) for m in tokens(fold(p))}
        sources = [("topic", subject) for subject, _ in topics]
        sources += [("note", note) for _, note in topics if note]
        sources += [("commitment", promise) for promise in promises]
        sources += [("highlight", h) for h in highlights]
        sources += [("fact", f) for f in facts]
        items = tuple(
            Item(
                kind,
                text,
                tuple(k for k in key_words(text) if k not in common),
                _proper_keys(text) - common,
            )
            for kind, text in sources
        )
        branches: set[str] = set()
        for word in names:
            branches.add(re.escape(word))
        role_words = [m.group() for m in tokens(fold(role_title))]
        if role_words:
            branches.add(_phrase_regex(role_words))
        for item in items:
            # Mask with all the item's key words (names and role included), so that a topic
            # « la relance des clients sans réponse » masks « clients sans réponse » but never
            # « réponse » alone.
            keys = [k for k in key_words(item.text) if len(k) >= 3]
            if len(keys) == 1:
                branches.add(re.escape(keys[0]) + rf"{WORD}{{0,4}}")
            if len(keys) >= 2:
                # A run of two or more of the item's key words, in any order, with up to two
                # short words between them: « le traitement des dossiers urgents » masks
                # « dossiers urgents » and « traitement de dossiers », not « urgent » alone.
                key = "(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
                key += rf"){WORD}{{0,4}}"
                between = rf"(?:{GAP}{WORD}{{1,4}}){{0,2}}{GAP}"
                branches.add(rf"{key}(?:{between}{key}){{1,8}}")
        pattern = None
        if branches:
            ordered = sorted(branches, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(ordered) + r")\b")
        return cls(names, key_words(role_title), items, pattern)

    def mask(self, folded: str) -> str:
        """Mask the context's words (and any e-mail address or URL) in a folded text."""
        spans = list(_address_spans(folded))
        if self._mask is not None:
            spans.extend(m.span() for m in self._mask.finditer(folded))
        return mask_spans(folded, spans)


@lru_cache(maxsize=256)
def _prepared(*words: Any) -> ContextWords:
    return ContextWords._prepare(*words)


def mask_addresses(folded: str) -> str:
    """Mask e-mail addresses and URLs only (when there is no context)."""
    return mask_spans(folded, _address_spans(folded))
