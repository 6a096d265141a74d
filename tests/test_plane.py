"""The word class spelled out over the Basic Multilingual Plane: the same characters."""

from __future__ import annotations

import re

from suivi_templates.checks import tokenizer
from suivi_templates.checks.plane import in_bmp, word_ranges

# Each character of the plane (lone surrogates too), alone and in runs.
_PLANE = "".join(map(chr, range(0x10000)))
_TEXTS = (_PLANE, " ".join(_PLANE))


def test_the_spelled_out_word_class_holds_every_word_character_of_the_plane() -> None:
    for text in _TEXTS:
        assert tokenizer._bmp_split().split(text) == tokenizer._WORD_SPLIT.split(text)


def test_the_spelled_out_separator_class_holds_every_separator_of_the_plane() -> None:
    spelled = re.compile(f"[^{word_ranges()}]")
    for text in _TEXTS:
        assert [m.start() for m in spelled.finditer(text)] == [
            m.start() for m in re.finditer(r"[\W_]", text)
        ]


def test_a_text_is_within_the_plane_unless_a_character_is_past_it() -> None:
    assert all(map(in_bmp, ["", "l'été – œ \ud800\uffff"]))
    assert not any(map(in_bmp, ["un 𝐀 mathématique", "\U00010000"]))
