"""The sixth pass read a long text's words in C rather than word by word: the words written
with a capital, the context's words found in the text, and the anchors counted in a long
text's sample give exactly what the per-word loops gave."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.checks import anchors
from suivi_templates.checks.base import Target
from suivi_templates.checks.concrete import _capitalised

_WORD_PIECES = [*" ,.'’-_\n", "Élise", "élise", "Zoé", "ÉTÉ", "a", "B", "ǅ", "ß", "1", "x_Y"]
word_texts = st.lists(st.sampled_from(_WORD_PIECES), max_size=40).map("".join)


def _capitalised_word_by_word(target: Target) -> frozenset[str]:
    """The former loop: each word's first letter read with a slice of the text."""
    pieces = target.pieces
    starts = itertools.islice(itertools.accumulate(map(len, pieces)), 0, None, 2)
    return frozenset(
        word
        for word, start in zip(pieces[1::2], starts, strict=False)
        if target.text[start : start + 1].isupper()
    )


@settings(max_examples=500)
@given(word_texts)
def test_the_capitalised_words_read_in_c_are_those_read_word_by_word(text: str) -> None:
    target = Target(text)
    assert _capitalised(target) == _capitalised_word_by_word(target)


@given(st.lists(st.sampled_from(["vous", "ou", "reponse", "x", " "]), max_size=30))
def test_the_counts_in_a_long_texts_sample_are_counted_once_and_right(words: list[str]) -> None:
    text = "".join(words) * 3
    counts = anchors._seen(text)[2]
    for anchor in ("vous", "ou", "reponse", "absent"):
        assert counts[anchor] == text.count(anchor, 0, anchors._SAMPLE)
    assert anchors._seen(text)[2] is counts
