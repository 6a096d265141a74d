"""Hostile text and files: typography without quadratic paths, no clobbered file, French errors."""

from __future__ import annotations

import os
import re
import typing
from collections.abc import Callable
from pathlib import Path

import pydantic
import pydantic_core.core_schema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_

import suivi_templates as st
from suivi_templates.fields import _reason, explain
from suivi_templates.output import write_file
from suivi_templates.typography import fix_typography

# --- Typography: the linear pass gives the former output on real text --------------------

NBSP, NNBSP = "\u00a0", "\u202f"
_ANY_SPACE = "[ \u00a0\u202f\t]*"
# The former pass, kept as the reference (quadratic on long runs without a match).
_OLD_PROTECTED = re.compile(
    r"[a-z][a-z0-9+.\-]*://\S+|[^\s@]+@[^\s@]+\.\w+|\b\d{1,2}:\d{2}\b", re.IGNORECASE
)
_OLD_TOKEN = re.compile(r"(?<!\S)[^\s@:]*+[@:]\S*+")
_OLD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<=\w)'(?=\w)"), "’"),
    (re.compile(r"\.\.\."), "…"),
    (re.compile(r"(?<=\S)" + _ANY_SPACE + ":"), NBSP + ":"),
    (re.compile("«" + _ANY_SPACE), "«" + NBSP),
    (re.compile(_ANY_SPACE + "»"), NBSP + "»"),
]
_OLD_HIGH = re.compile(r"(?<=[^\s;!?])" + _ANY_SPACE + r"(?=[;!?])")


def old_fix_typography(text: str, locale: str) -> str:
    rules = [*_OLD_RULES, (_OLD_HIGH, NNBSP if locale == "fr_FR" else "")]

    def fix(piece: str) -> str:
        for pattern, replacement in rules:
            piece = pattern.sub(replacement, piece)
        return piece

    pieces, last = [], 0
    for token in _OLD_TOKEN.finditer(text):
        for match in _OLD_PROTECTED.finditer(text, token.start(), token.end()):
            pieces += [fix(text[last : match.start()]), match.group(0)]
            last = match.end()
    pieces.append(fix(text[last:]))
    text = re.sub(r" {2,}", " ", "".join(pieces))
    text = re.sub(r"^[ \t]+|[ \t]+$", "", text, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


TOKENS = st_.sampled_from(
    [
        "Bonjour",
        "Madame",
        "l'entrevue",
        "Objet:",
        "Objet :",
        "« SAP »",
        "«SAP»",
        "merci !",
        "vraiment ?",
        "oui;",
        "17:30",
        "9:05,",
        "https://exemple.org/a?b=c:d",
        "camille.roy@example.org",
        "(julie@horizon.example)",
        "mailto:rh@x.fr",
        "...",
        "–",
        "\n",
        "\n\n\n",
        "  ",
        "\t",
        NBSP,
        "a:b",
        "x@y",
        "é",
    ]
)
TEXTS = st_.lists(TOKENS, max_size=40).map(lambda tokens: " ".join(tokens))


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, locale=st_.sampled_from(["fr_CA", "fr_FR"]))
def test_the_linear_typography_gives_the_former_output_on_real_text(text: str, locale: str):
    assert fix_typography(text, locale) == old_fix_typography(text, locale)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda n: "a:" * n, lambda n: ("a" + NBSP + ":") * n),
        (lambda n: "a" * n + ":", lambda n: "a" * n + NBSP + ":"),
        (lambda n: "x" + " " * n + "y", lambda n: "x y"),
        (lambda n: "x" + " \t" * n + "\ny", lambda n: "x\ny"),
        (lambda n: "a" * n + "@", lambda n: "a" * n + "@"),
    ],
)
def test_long_runs_without_anchor_are_handled(
    make: Callable[[int], str], expected: Callable[[int], str]
):
    # Formerly 6 s for 40,000 "a:"; benchmarks/run.py measures the growth.
    assert fix_typography(make(40_000), "fr_CA") == expected(40_000)


@pytest.mark.parametrize(
    "text",
    ["A'" * 500 + " TRÈS x", "A-" * 500 + " TRÈS x", "NOTE " + "A’" * 500 + " TRÈS x"],
    ids=["apostrophes", "hyphens", "label"],
)
@pytest.mark.parametrize("kind", ["phone_script", "voicemail", "reminder"])
def test_long_runs_of_capitals_get_a_report(text: str, kind: str):
    # A heading read as « (?:[A-Z']+ *){1,4} » could split a run of capitals anywhere and
    # tried every split before failing on « x »: a phone script of 1 KB never returned.
    context = st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"])
    report = st.check(text, context, kind=kind)
    assert "pushy.shouting" in {f.code for f in report.errors}


# --- Writing without hard links never clobbers another writer ------------------------------


def test_without_hard_links_a_file_created_meanwhile_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "merci.eml"

    def other_writer_then_no_link(source: str, destination: str) -> None:
        # Another process writes the file while this one is between its steps, then this
        # file system turns out to lack hard links.
        Path(destination).write_bytes(b"l'autre brouillon")
        raise OSError("hard links not supported")

    monkeypatch.setattr(os, "link", other_writer_then_no_link)

    with pytest.raises(st.OutputExists):
        write_file(target, b"ce brouillon")

    assert target.read_bytes() == b"l'autre brouillon"
    assert sorted(os.listdir(tmp_path)) == ["merci.eml"]


def test_without_hard_links_the_name_is_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "merci.eml"
    monkeypatch.setattr(os, "link", _no_link)
    real_replace = os.replace

    def racing_replace(source: str, destination: str) -> None:
        # A second writer arrives after the claim: it must fail, not replace the file.
        with pytest.raises(st.OutputExists):
            write_file(target, b"second")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", racing_replace)

    write_file(target, b"premier")

    assert target.read_bytes() == b"premier"
    assert sorted(os.listdir(tmp_path)) == ["merci.eml"]


def _no_link(source: str, destination: str) -> None:
    raise OSError("hard links not supported")


# --- Every pydantic error type reads French --------------------------------------------------

ENGLISH = re.compile(r"\b(should|must|valid|input|field|required|value is|not a)\b", re.I)


@pytest.mark.parametrize("kind", typing.get_args(pydantic_core.core_schema.ErrorType))
def test_every_pydantic_error_type_is_explained_in_french(kind: str):
    detail = {
        "type": kind,
        "loc": ("candidate", "name"),
        "msg": "Input should be a valid string",
        "input": "x",
        "ctx": {"max_length": 3, "min_length": 1, "gt": 0, "expected": "'f' or 'm'"},
    }
    if kind in {"value_error", "assertion_error"}:
        detail["msg"] = "Value error, doit tenir sur une seule ligne"

    reason = _reason(detail)  # type: ignore[arg-type]

    assert reason
    assert not ENGLISH.search(reason), reason


def test_an_invalid_unicode_name_is_explained_in_french(data: dict[str, object]):
    data["candidate"] = {**data["candidate"], "name": "Ca\udcffmille"}  # type: ignore[dict-item]

    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(data)

    (sentence,) = explain(caught.value)
    assert sentence.startswith("candidate.name : contient des caractères")


# --- News and dates read in a linear pass -------------------------------------------------


@pytest.mark.parametrize("space", [" ", "\n", " \t"])
def test_news_helpers_read_long_runs_of_spaces_once(space: str) -> None:
    # An app's template may hand these helpers any text; each was once quadratic here.
    from suivi_templates.phrasing import dated, timeless, undated

    text = "J’ai obtenu" + space * 40_000 + "mon attestation"
    assert not dated(text)
    assert timeless(text) == text
    assert undated(text) == text
    context = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    long_reminder = "Bonjour," + space * 40_000 + "merci."
    assert "generic.nothing_new" in st.check(long_reminder, context, kind="reminder").codes


def test_phrasing_helpers_take_long_hostile_text_in_one_pass() -> None:
    """An app's template may hand these any text: each was recursive or quadratic here."""
    from suivi_templates.phrasing import as_written, own_sentence, topic_phrase
    from suivi_templates.phrasing.typed import title_as_written

    # One bracket after another at the end of a topic: a recursion per bracket once.
    assert topic_phrase("gestion des appels" + " (x)" * 5_000) == "la gestion des appels"
    # A comma before each clause: the text before each comma was split again.
    spliced = own_sentence("j’ai un B1, " * 20_000)
    assert spliced.count(" ; ") == 19_999
    # The word before each arrow, and after each title word, was read from the start.
    assert as_written("R -> " * 20_000 + "Python").endswith("vers Python")
    assert title_as_written("classe 1 " * 20_000).startswith("classe 1 classe 1")
