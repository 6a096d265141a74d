"""The first words of a phrase alternative: every match starts with one of them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.checks import anchors
from suivi_templates.checks.firstwords import first_words, opening_words
from suivi_templates.checks.text import phrases

_ALTERNATIVES = [
    "au plus vite",
    "(?:re)?lancer? (?:vite|encore)",
    "au sein d'",
    "relanc\\w{0,5} encore",
    "aux? (?:plus|moins) tard",
    "(?:une|l'|cette) ?autre fois",
    "d'(?:ici|aujourd'hui)",
    "[sx]ans? (?:doute|x)",
    "(?!auxi)au(?:x|) fait",
]
_PIECES = [*"  '-,.#_x", "au", "aux", "auxi", "plus", "vite", "d'", "sein", "relance", "relancez"]
_PIECES += ["lancer", "encore", "une", "fois", "l'", "autre", "ici", "sans", "xan", "doute", "fait"]
texts = st.lists(st.sampled_from(_PIECES), max_size=15).map("".join)
_WORDS = re.compile(r"[^\W_]+")


@settings(max_examples=500)
@given(st.sampled_from(_ALTERNATIVES), texts)
def test_every_match_starts_with_one_of_the_first_words(alternative: str, text: str) -> None:
    pattern = phrases(alternative)
    (body,) = anchors._BODIES[id(pattern)][1]  # the alternative as compiled
    found = first_words(body)
    assert found is not None
    for match in pattern.finditer(text):
        word = _WORDS.match(text, match.start())
        assert word is not None
        assert word.group() in found.exact or word.group().startswith(found.prefixes)


_DIGIT_ALTERNATIVES = ["(?:deux|\\d{1,2}) fois", "\\d{1,2}e relance", "(?:re)?lance\\d? encore"]
_DIGIT_PIECES = [*_PIECES, "deux", "1", "12", "3e", "٣", "relance", "lance2"]


@settings(max_examples=500)
@given(
    st.sampled_from(_ALTERNATIVES + _DIGIT_ALTERNATIVES),
    st.lists(st.sampled_from(_DIGIT_PIECES), max_size=15).map("".join),
)
def test_every_match_starts_with_an_opening_word_or_a_digit(alternative: str, text: str) -> None:
    # The sparse search tries only the separators followed by one of them (or by « \d »).
    pattern = phrases(alternative)
    (body,) = anchors._BODIES[id(pattern)][1]
    found = opening_words(body)
    assert found is not None
    for match in pattern.finditer(text):
        word = _WORDS.match(text, match.start())
        assert word is not None
        assert (
            word.group() in found.exact
            or word.group().startswith(found.prefixes)
            or (found.digit and re.match(r"\d", word.group()) is not None)
        )


def test_a_digit_is_told_apart_only_by_the_opening_words() -> None:
    assert first_words("(?:deux|\\d{1,2}) fois") is None
    found = opening_words("(?:deux|\\d{1,2}) fois")
    assert found is not None
    assert (sorted(found.exact), found.prefixes, found.digit) == (["deux"], (), True)
    # Letters then a digit: a prefix, as any word that goes on with a class.
    found = opening_words("covid\\d+ encore")
    assert found is not None
    assert (found.exact, found.prefixes, found.digit) == (frozenset(), ("covid",), False)
    assert opening_words("[0-9]{1,2} fois") is None


def test_alternatives_that_may_start_otherwise_have_no_first_words() -> None:
    assert first_words("[^\\W_]{1,25} encore") is None
    assert first_words("\\d{1,2} fois") is None
    assert first_words("(?:#|x) fois") is None
    assert first_words("(?i:vite)") is None


def test_first_words_of_optional_and_repeated_parts() -> None:
    found = first_words("(?:re)?lancer?[ ]encore|vite\\w+")
    assert found is not None
    assert sorted(found.exact) == ["lance", "lancer", "relance", "relancer"]
    assert found.prefixes == ("vite",)
