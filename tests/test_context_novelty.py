"""A context never seen is prepared from what other contexts share: the lookups that make it
cheap (keys by first letter, items and word forms read once per text, name words once
per name) say exactly what the former per-context lookups said."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as hs

from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
from suivi_templates.checks import base, contextwords, foreign_name, organisations
from suivi_templates.checks.contextwords import ContextWords
from suivi_templates.checks.tokenizer import word_forms

_TOPICS = [
    "Migration du système comptable vers SAP",
    "Relance des clients sans réponse",
    "Horizon et ses coopératives",
    "Le traitement des dossiers urgents",
    "Analyse financière",
    "Sécurité",
]
_WORDS = [
    "migration", "migrations", "systeme", "systemes", "comptable", "comptables", "sap",
    "relance", "relances", "clients", "client", "reponse", "horizon", "horizons", "analyste",
    "analystes", "financiere", "traitement", "dossiers", "urgent", "securite", "s", "sa",
    "cooperative", "cooperatives", "tremblay", "julie", "vous", "a", "an", "ana",
]  # fmt: skip


def _context(topics: list[str], title: str) -> InterviewContext:
    data = copy.deepcopy(EXAMPLE_CONTEXT)
    data["topics"] = [{"subject": topic} for topic in topics]
    data["role"]["title"] = title
    return InterviewContext.model_validate(data)


def _former_match(words: ContextWords, word: str) -> tuple[bool, bool, bool, frozenset[int]] | None:
    """The former lookup: the word cut of up to four letters, looked up in per-kind tables."""
    single: set[str] = set()
    runs: dict[str, set[int]] = {}
    for index, item in enumerate(words.items):
        keys = [k for k in contextwords.key_words(item.text) if len(k) >= 3]
        if len(keys) == 1:
            single.add(keys[0])
        for key in keys if len(keys) >= 2 else ():
            runs.setdefault(key, set()).add(index)
    if word[:3] not in words.prefixes and word[:2] not in words.prefixes:
        return None
    stems = [word[: len(word) - cut] for cut in range(min(5, len(word)))]
    items = frozenset().union(*(runs[base] for base in stems if base in runs))
    name = word in words.names
    one = not single.isdisjoint(stems)
    role_start = bool(words.role_words) and words.role_words[0] in stems
    if not (name or one or role_start or items):
        return None
    return name, one, role_start, items


@settings(max_examples=300)
@given(
    hs.lists(hs.sampled_from(_TOPICS), max_size=4),
    hs.sampled_from(["Analyste financière", "Agente de sécurité", "Sapeur", "A"]),
    hs.sampled_from(_WORDS),
)
def test_a_word_is_what_the_former_lookup_said(topics: list[str], title: str, word: str) -> None:
    words = ContextWords.of(_context(topics, title))
    found = words._match(word)
    expected = _former_match(words, word)
    assert (None if found is None else tuple(found)) == expected


def test_contexts_share_an_item_that_names_no_one() -> None:
    one = ContextWords.of(_context(["Relance des clients sans réponse"], "Analyste"))
    other = ContextWords.of(_context(["Relance des clients sans réponse"], "Comptable"))
    assert one.items[0] is other.items[0]
    assert one.items[0].keys == contextwords.key_words("Relance des clients sans réponse")


def test_an_item_that_names_the_company_drops_the_names_keys() -> None:
    words = ContextWords.of(_context(["Horizon et ses coopératives"], "Analyste"))
    assert "horizon" in contextwords.key_words("Horizon et ses coopératives")
    assert "horizon" not in words.items[0].keys


def test_the_word_forms_of_a_context_are_those_of_its_texts() -> None:
    context = _context(_TOPICS[:2], "Aide-cuisinière")
    texts = tuple(base.context_texts(context))
    expected = frozenset(w for text in texts for w in word_forms(text))
    assert organisations._words_of(texts) == expected


def test_the_name_words_of_a_person_are_read_once() -> None:
    assert foreign_name._name_words("Marie-Ève D'Amour") == {"marie-eve", "marie", "eve", "amour"}
    assert foreign_name._name_words("Marie-Ève", whole=True) == {"marie-eve"}
    assert foreign_name._name_words("Julie Roy") is foreign_name._name_words("Julie Roy")
