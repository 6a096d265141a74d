"""The linear searches for protected spans and addresses find exactly what the plain regexes
find: typography and the checks' masking behave as before, only in linear time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.checks.contextwords import _ADDRESS, _address_spans
from suivi_templates.typography import _PROTECTED, _protected_spans

# Letters, digits and every character that starts, ends or breaks a protected span.
_PIECES = [*"abcwXYZ019 @:/.-_+'’()<>\t\n\u00a0\u202f«»!?;h", "://", "@x.fr", "www.", "http"]
texts = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=500)
@given(texts)
def test_marked_tokens_give_the_same_protected_spans(text: str) -> None:
    expected = [m.span() for m in _PROTECTED.finditer(text)]
    assert [m.span() for m in _protected_spans(text)] == expected


@settings(max_examples=500)
@given(texts)
def test_marked_tokens_give_the_same_address_spans(text: str) -> None:
    assert list(_address_spans(text)) == [m.span() for m in _ADDRESS.finditer(text)]


def test_urls_addresses_and_clock_values_are_found() -> None:
    text = "Voir https://ex.org/a:b, écrire à jean@ex.fr à 17:30 ; note: 3:45, www.ex.fr."
    assert [m.group() for m in _protected_spans(text)] == [
        "https://ex.org/a:b,",
        "jean@ex.fr",
        "17:30",
        "3:45",
    ]
    assert [text[a:b] for a, b in _address_spans(text)] == [
        "https://ex.org/a:b,",
        "jean@ex.fr",
        "www.ex.fr.",
    ]
