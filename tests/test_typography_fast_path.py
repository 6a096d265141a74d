"""The linear search for protected spans finds exactly what the plain regex finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.typography import _PROTECTED, _protected_spans

# Letters, digits and every character that starts, ends or breaks a protected span.
_ALPHABET = st.sampled_from([*"abcXYZ019 @:/.-_+'’\t\n\u00a0\u202f«»!?;h", "://", "@x.fr"])


@settings(max_examples=500)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_marked_tokens_give_the_same_spans_as_the_whole_text(text: str) -> None:
    expected = [m.span() for m in _PROTECTED.finditer(text)]
    assert [m.span() for m in _protected_spans(text)] == expected


def test_urls_addresses_and_clock_values_are_found() -> None:
    text = "Voir https://ex.org/a:b, écrire à jean@ex.fr à 17:30 ; note: 3:45."
    assert [m.group() for m in _protected_spans(text)] == [
        m.group() for m in _PROTECTED.finditer(text)
    ]
    assert [m.group() for m in _protected_spans(text)] == [
        "https://ex.org/a:b,",
        "jean@ex.fr",
        "17:30",
        "3:45",
    ]
