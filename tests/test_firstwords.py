"""The first words of a phrase alternative: every match starts with one of them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.checks import anchors
from suivi_templates.checks.firstwords import first_words
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
