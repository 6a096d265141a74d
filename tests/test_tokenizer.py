"""One tokenisation of a draft, with spans that map back exactly into the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as hs

from suivi_templates.checks import tokenizer
from suivi_templates.checks.plane import in_bmp
from suivi_templates.checks.text import fold
from suivi_templates.checks.tokenizer import pieces, tokenize, word_forms


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def test_hyphenated_words_are_one_token_with_their_pieces() -> None:
    (token,) = tokenize("garde-forestière")
    assert token.kind == "word"
    assert token.parts == ("garde", "forestiere")
    assert "garde-forestiere" in word_forms("La garde-forestière")
    assert {"garde", "forestiere"} <= word_forms("La garde-forestière")


def test_elisions_are_tokens_of_their_own_with_either_apostrophe() -> None:
    assert _kinds("l'équipe") == [("l'", "elision"), ("équipe", "word")]
    assert _kinds("L’ÉTS") == [("L’", "elision"), ("ÉTS", "acronym")]
    assert _kinds("qu’il") == [("qu’", "elision"), ("il", "word")]
    assert _kinds("aujourd'hui") == [("aujourd'hui", "word")]


def test_short_words_in_capitals_are_acronyms_accented_or_not() -> None:
    assert [k for _, k in _kinds("ÉTS CÉGEP UQÀM SAP URGENTISSIME")] == [
        "acronym",
        "acronym",
        "acronym",
        "acronym",
        "word",
    ]


def test_numbers_addresses_and_urls_are_single_tokens() -> None:
    text = "Écrivez à julie.roy@horizon.example ou voyez https://horizon.example/a?b=1, 3,5 %"
    assert _kinds(text)[2:] == [
        ("julie.roy@horizon.example", "address"),
        ("ou", "word"),
        ("voyez", "word"),
        ("https://horizon.example/a?b=1", "address"),
        ("3,5", "number"),
    ]


@given(hs.text(alphabet="aéÉ-'’ .,@:/0123456789xyzTS\u00a0\n", max_size=80))
def test_every_span_maps_back_to_its_text_and_fold(text: str) -> None:
    folded = fold(text)
    previous_end = 0
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert folded[token.start : token.end] == token.folded
        assert token.start >= previous_end
        previous_end = token.end


_LONG = tokenizer._SPELLED_OUT


@given(hs.text(alphabet="ae œ_'-,1٣\u0301\u2013\U0001d400\ud800", max_size=40))
def test_a_long_text_is_split_as_the_category_class_splits_it(text: str) -> None:
    # A character past U+FFFF (a mathematical « 𝐀 ») keeps the category class: the same split.
    long = text + "x" * _LONG
    assert pieces(long) == tokenizer._WORD_SPLIT.split(long)
    assert in_bmp(long) is ("\U0001d400" not in text)
