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

import itertools
import operator
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from suivi_templates.checks.addresses import address_spans, mask_addresses
from suivi_templates.checks.contextruns import (
    NAME,
    Match,
    Words,
    glued,
    inflected_from,
    inflects,
    item_matches,
    key_matches,
    run_end,
)
from suivi_templates.checks.text import (
    CIVILITIES,
    STOPWORDS,
    WORD,
    fold,
    key_words,
    mask_spans,
    stem,
    tokens,
)
from suivi_templates.checks.tokenizer import pieces
from suivi_templates.models import InterviewContext

__all__ = ["ContextWords", "Item"]

# A promise's details give a reference's phone and address: their digits and domain are in
# every letter's signature (« 819 555-… », « @exemple.ca »), not a detail of the interview.
_PHONE_NUMBER = re.compile(r"\+?\d[\d \u00a0.\-]{5,}\d")


def _without_contact(details: str) -> str:
    """``details`` without its phone numbers, e-mail addresses and links."""
    return _PHONE_NUMBER.sub(" ", mask_addresses(details))


@dataclass(frozen=True)
class Item:
    """One concrete element of the interview: a topic, a commitment, a highlight, a fact."""

    kind: str
    text: str
    keys: tuple[str, ...]
    proper: frozenset[str]
    """Keys written with a capital in the context (« SAP », « Laval »): one is enough."""


@lru_cache(maxsize=4096)
def _proper_keys(text: str) -> frozenset[str]:
    """Words that identify an item on their own: names, acronyms, codes (« SAP », « 9100 »)."""
    found = set()
    for index, match in enumerate(re.finditer(rf"{WORD}+", text)):
        word = match.group()
        folded = fold(word)
        # « Maître Hamon » in a promise is named by « Hamon »: « Bonjour Maître » greets the
        # notary met, it does not cite the referee (blind25).
        if folded in STOPWORDS or folded in CIVILITIES:
            continue
        is_code = any(c.isdigit() for c in word) and len(word) >= 3
        # An acronym names the item even first (« DSN », a topic of its own: fresh11).
        is_acronym = len(word) >= 2 and word.isupper()
        if is_code or is_acronym or (index > 0 and word[:1].isupper() and len(word) >= 2):
            found.add(stem(folded))
    return frozenset(found)


_TRADE_SPREAD = 3
"""In how many of a context's items a word must recur to be the trade's, not an item's
(``ContextWords.trade`` counts up to this number with three sets)."""
_NO_TRADE: frozenset[str] = frozenset()


def _trade(parts: tuple[_ItemWords, ...], common: frozenset[str]) -> frozenset[str]:
    """The key words that three or more items share (``ContextWords.trade``)."""
    if len(parts) < _TRADE_SPREAD:
        return _NO_TRADE
    # Each item's own words (a name is no trade word), counted up to three with set
    # operations in C: in one item so far, in two, in three or more.
    once: set[str] = set()
    twice: set[str] = set()
    spread: set[str] = set()
    for part in parts:
        # The names' and the role's words are no item's (:func:`_item`).
        own = part.own if common.isdisjoint(part.own) else part.own - common
        spread |= own & twice
        twice |= own & once
        once |= own
    return frozenset(spread) if spread else _NO_TRADE


# Not frozen: a frozen dataclass sets each field through object.__setattr__, about a
# twentieth of what preparing a new context costs; nothing assigns to it once prepared.
@dataclass
class ContextWords:
    """The words of one context, prepared once per check run."""

    names: frozenset[str]
    """Folded words of the company's, the interviewer's and the candidate's names."""
    items: tuple[Item, ...]
    role_words: tuple[str, ...]
    """Every folded word of the role title, function words included, in order."""
    keys: dict[str, Match]
    """What each key stem is: the first word of the role title, the key of an item that has
    only one (masked alone), the key of items of two or more keys (their indexes: masked in
    runs)."""
    prefixes: frozenset[str]
    """First three letters (or two) of every name, key and role word: a word whose own do
    not appear here is none of them (most words of a text are looked up only here)."""
    trade: frozenset[str]
    """Key words three items or more share: the trade's (« spécimens », « collections »).

    A letter that strings them together could follow any interview in the trade: two of
    them name no item (blind23 to blind25). Counted when the context is prepared: every
    body check reads them, and a cached property paid a lock on each new context."""
    _seen: dict[str, Match | None] = field(default_factory=dict, compare=False, repr=False)
    """What each word of the texts already masked turned out to be."""

    @classmethod
    def of(cls, context: InterviewContext) -> ContextWords:
        """Prepare the words of ``context``.

        Prepared once per set of words (``render`` checks a body and its subject, and a
        batch renders several kinds for one context); no regex is compiled: the text's
        tokens are looked up in sets and dicts.
        """
        return _prepared(
            (context.company.name, context.interviewer.name, context.candidate.name),
            context.role.title,
            tuple((t.subject, t.note) for t in context.topics),
            # The drafts leave out an aside of the promise (« mon carnet de baguage (nb
            # d'oiseaux manipulés par espèce) »): it is no word a draft must cite.
            tuple(_ASIDE.sub("", c.promise) for c in context.commitments)
            + tuple(_without_contact(c.details) for c in context.commitments if c.details),
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
        names = frozenset().union(*map(_identifying_words, people))
        # Words of the names and of the role are in every letter to this company: they
        # never prove that a draft talks about a topic of the interview.
        # Not the advert's detail in brackets, which no draft says: « (CARTE CCQ) » in the
        # title took « carte CCQ » from the promise to text it (fresh157: a reminder that sent
        # it was refused as naming nothing of the interview).
        common = frozenset().union(*map(_stems_of, (*people, _ASIDE.sub("", role_title))))
        # The items' texts and kinds read in C: no comprehension per kind of item.
        notes = tuple(filter(None, map(_SECOND, topics)))
        texts = (*map(_FIRST, topics), *notes, *promises, *highlights, *facts)
        kinds = (
            ("topic",) * len(topics)
            + ("note",) * len(notes)
            + ("commitment",) * len(promises)
            + ("highlight",) * len(highlights)
            + ("fact",) * len(facts)
        )
        # What each item brings is read once per text and place: a new context only joins it.
        parts = tuple(map(_item_words, kinds, texts, range(len(texts))))
        role_words = _folded_words(role_title)
        role_start = role_words[:1]
        return cls(
            names,
            tuple(map(_item, parts, itertools.repeat(common))),
            role_words,
            key_matches(map(_MATCHES, parts), role_start[0] if role_start else None),
            frozenset().union(
                *map(_name_prefixes, people), *map(_PREFIXES, parts), map(_FIRST_THREE, role_start)
            ),
            _trade(parts, common),
        )

    def mask(self, folded: str, split: Words | None = None) -> str:
        """Mask the context's words (and any e-mail address or URL) in a folded text.

        ``split`` is ``Words(pieces(folded))`` when the caller has it already.
        """
        spans = list(address_spans(folded))
        spans.extend(self._spans(folded, Words(pieces(folded)) if split is None else split))
        return mask_spans(folded, spans)

    def _spans(self, folded: str, words: Words) -> Iterator[tuple[int, int]]:
        """The spans of the names, of the role title and of the items' key words."""
        seen = self._seen
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        # Each word is read once per context (most share no prefix with the context's words:
        # remembered as None); the words already read are then looked up in C.
        distinct = set(words.words)
        if fresh := distinct.difference(seen):
            seen.update(dict.fromkeys(fresh))
            for word in self._sharing_a_prefix(list(fresh)):
                seen[word] = self._lookup(word)
        known = set(filter(seen.__getitem__, distinct))
        if not known:
            return
        # The indexes of the known words, found in C: a loop over every word of a long
        # text would cost more than the few matches it yields.
        found_at = itertools.compress(itertools.count(), map(known.__contains__, words.words))
        matches = {i: seen[words.words[i]] for i in found_at}
        for index, found in matches.items():
            assert found is not None
            ends: list[int | None] = []
            if found.name or found.single:
                ends.append(index)
            if found.role_start:
                ends.append(self._role_end(words, index))
            if found.items:
                ends.append(run_end(words, matches, index))
            for end in ends:
                if end is not None and not glued(folded, words.start(index), words.end(end)):
                    yield words.start(index), words.end(end)

    def _sharing_a_prefix(self, fresh: list[str]) -> set[str]:
        """The words of ``fresh`` whose first three (or two) letters are in :attr:`prefixes`.

        Most words of a text share none with the context's words: they are ruled out with
        slices and lookups made in C, as a loop per word cost a new context more than the
        lookups of the few words left.
        """
        contains = self.prefixes.__contains__
        found = set(itertools.compress(fresh, map(contains, map(_FIRST_THREE, fresh))))
        # Two letters only match a prefix of one or two letters (a key, a name that short).
        if min(map(len, self.prefixes), default=3) < 3:
            found.update(itertools.compress(fresh, map(contains, map(_FIRST_TWO, fresh))))
        return found

    def _match(self, word: str) -> Match | None:
        """What a folded word of the text is: a name, a key (inflected by up to 4 letters)."""
        if word[:3] not in self.prefixes and word[:2] not in self.prefixes:
            return None
        return self._lookup(word)

    def _lookup(self, word: str) -> Match | None:
        """:meth:`_match` for a word known to share its first letters with the context's."""
        # A key matches the words it starts, inflected by up to four letters: the word's
        # forms that are keys, found in C (a set of one, for most words).
        keys = self.keys
        forms = keys.keys() & inflected_from(word)
        name = word in self.names
        if not name and len(forms) == 1:
            return keys[forms.pop()]  # most words: one key, shared by every text (no new object)
        if not forms:
            return NAME if name else None  # a name of no item: one object for all
        found = [keys[form] for form in forms]
        return Match(
            name=name,
            single=any(match.single for match in found),
            role_start=any(match.role_start for match in found),
            items=frozenset().union(*(match.items for match in found)),
        )

    def _role_end(self, words: Words, first: int) -> int | None:
        """The index of the last word of the role title read from ``first``, or None."""
        last = first + len(self.role_words) - 1
        if last >= len(words.words):
            return None
        for offset, role_word in enumerate(self.role_words[1:], start=1):
            word = words.words[first + offset]
            if not words.joined(first + offset - 1) or not inflects(word, role_word):
                return None
        return last


_FIRST_THREE = operator.itemgetter(slice(3))
_FIRST_TWO = operator.itemgetter(slice(2))
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_SEEN_LIMIT = 50_000
"""Words remembered per context before the memory is cleared (bounded on any input)."""


# A context's names and title recur across contexts (one company, one interviewer, many
# candidates): each phrase is read once, not once per context.
@lru_cache(maxsize=4096)
def _folded_words(phrase: str) -> tuple[str, ...]:
    """The folded words of ``phrase``, in order."""
    return tuple(m.group() for m in tokens(fold(phrase)))


@lru_cache(maxsize=4096)
def _identifying_words(phrase: str) -> frozenset[str]:
    """The words of a name that can identify it: two letters or more, no function word."""
    return frozenset(w for w in _folded_words(phrase) if len(w) >= 2 and w not in STOPWORDS)


def _item(part: _ItemWords, common: frozenset[str]) -> Item:
    """An item of a context, its keys without the names' and the role's."""
    plain = part.item
    if common.isdisjoint(plain.keys) and common.isdisjoint(plain.proper):
        return plain
    return Item(
        plain.kind,
        plain.text,
        tuple(k for k in plain.keys if k not in common),
        plain.proper - common,
    )


# Contexts share their items (a company's facts, the usual topics and promises), and most
# items name no one: such an item is the same for every context, read once.
@lru_cache(maxsize=4096)
def _plain_item(kind: str, text: str) -> Item:
    return Item(kind, text, key_words(text), _proper_keys(text))


class _ItemWords(NamedTuple):
    """What one item brings to its context's words, whatever the context."""

    item: Item
    """The item, its keys with the names' and the role's (:func:`_item` drops them)."""
    matches: Mapping[str, Match]
    """Its masking keys (:func:`_masking_keys`) and what each is for this item alone."""
    prefixes: frozenset[str]
    """The first three letters of its masking keys (``ContextWords.prefixes``)."""
    own: frozenset[str]
    """Its keys that are not its names (:func:`_trade` counts them across items)."""


# An item is read once per text and place among the context's items (the place tells the
# runs of its key words from another item's), not once per context.
@lru_cache(maxsize=4096)
def _item_words(kind: str, text: str, index: int) -> _ItemWords:
    item = _plain_item(kind, text)
    # Mask with all the item's key words (names and role included), so that a topic « la
    # relance des clients sans réponse » masks « clients sans réponse » but never
    # « réponse » alone.
    keys = _masking_keys(text)
    return _ItemWords(
        item,
        item_matches(keys, index),
        frozenset(map(_FIRST_THREE, keys)),
        frozenset(item.keys).difference(item.proper),
    )


_MATCHES = operator.attrgetter("matches")
_PREFIXES = operator.attrgetter("prefixes")


def _masking_keys(text: str) -> tuple[str, ...]:
    """The key words of an item that mask it (three letters or more)."""
    return tuple(k for k in key_words(text) if len(k) >= 3)


@lru_cache(maxsize=4096)
def _name_prefixes(phrase: str) -> frozenset[str]:
    """The first three (or two) letters of the words of a name (``ContextWords.prefixes``)."""
    return frozenset(map(_FIRST_THREE, _identifying_words(phrase)))


@lru_cache(maxsize=4096)
def _stems_of(phrase: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _folded_words(phrase))


@lru_cache(maxsize=256)
def _prepared(*words: Any) -> ContextWords:
    return ContextWords._prepare(*words)
