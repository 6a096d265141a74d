"""French typography of a whole draft, per locale, applied last and idempotently.

fr_FR (Imprimerie nationale): narrow no-break space (U+202F) before ``; ! ?``, no-break
space (U+00A0) before ``:`` and inside « ». fr_CA (OQLF): no space before ``; ! ?``,
U+00A0 before ``:`` and inside « ». Both: typographic apostrophe, « … » for an ellipsis.
URLs, email addresses and clock values (``17:30``) are left as they are.

>>> fix_typography("Merci ! Objet: l'entrevue", "fr_FR")
'Merci\\u202f! Objet\\xa0: l’entrevue'
>>> fix_typography("Merci ! Objet: l'entrevue", "fr_CA")
'Merci! Objet\\xa0: l’entrevue'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from suivi_templates.models import Locale

__all__ = ["fix_typography"]

NBSP = "\u00a0"
NNBSP = "\u202f"
_ANY_SPACE = "[ \u00a0\u202f\t]*"
_NO_SPACE_BEFORE = "(?<![ \u00a0\u202f\t])"

# Spans that typography must not touch: URLs, email addresses, clock values and ratios
# (« l'échelle 1:6 », read 328: « 1 :6 »). A URL scheme
# and an address's parts are bounded by the lengths real ones have (RFC 5321: 64 characters
# before "@", 255 after): from each position the regex then looks ahead a bounded distance,
# so a long run without a match costs linear time, not quadratic.
_URL = r"[a-z][a-z0-9+.\-]{0,31}://\S+"
_ADDRESS = r"[^\s@]{1,64}@[^\s@]{1,255}\.\w+"
_CLOCK_OR_RATIO = r"\b\d{1,4}:\d{1,4}\b"
# The same alternation without the alternatives a token cannot match (no "://", no "@"):
# leftmost-first, it finds the same spans, without their bounded look-ahead at each position.
_PROTECTED_IN_TOKEN = {
    (url, address): re.compile(
        "|".join(
            p for p, used in ((_URL, url), (_ADDRESS, address), (_CLOCK_OR_RATIO, True)) if used
        ),
        re.IGNORECASE,
    )
    for url in (False, True)
    for address in (False, True)
}
_PROTECTED = _PROTECTED_IN_TOKEN[True, True]

# Each protected span holds "@" or ":" and no whitespace: it lies inside one of the
# whitespace-delimited tokens that hold "@" or ":". Searching those tokens only finds the
# same spans as searching the whole text, in linear time.
_MARKED_TOKEN = re.compile(r"(?<!\S)[^\s@:]*+[@:]\S*+")


def _protected_spans(text: str) -> Iterator[re.Match[str]]:
    if "@" not in text and ":" not in text:
        return  # every marked token holds one (most letters have neither)
    for token in _MARKED_TOKEN.finditer(text):
        start, end = token.span()
        has_url = text.find("://", start, end) >= 0
        pattern = _PROTECTED_IN_TOKEN[has_url, text.find("@", start, end) >= 0]
        yield from pattern.finditer(text, start, end)


_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], str]
"""A pattern, its replacement, and the characters one of which every match holds ("" for
none): a rule whose characters are all absent is skipped, as most are on a letter (each
pattern starts with a lookbehind, which ``re`` tries at every position)."""

_DIGITS = "0123456789"
# A pattern that starts with a lookbehind is tried at every position of the text; one that
# starts with a character (the apostrophe, the space after a digit) lets ``re`` skip in C
# to the next one, and reads what the lookbehind read from there: same matches
# (``tests/test_fast_paths.py``).
_COMMON: tuple[_Rule, ...] = (
    (re.compile(r"'(?<=\w')(?=\w)"), "’", "'"),
    (re.compile(r"\.\.\."), "…", "."),
    # A name that ends on its own full stop ends the sentence too: « …notaires inc.. » (read 57).
    (re.compile(r"\.\.(?!\.)"), ".", "."),
    (re.compile(r"(?<=\S)" + _ANY_SPACE + ":"), NBSP + ":", ":"),
    (re.compile("«" + _ANY_SPACE), "«" + NBSP, "«"),
    # Only from the start of a run of spaces: a long run not followed by « » » is then
    # scanned once, not once per position.
    (re.compile(_NO_SPACE_BEFORE + _ANY_SPACE + "»"), NBSP + "»", "»"),
)
_HIGH_PUNCTUATION = re.compile(r"(?<=[^\s;!?])" + _ANY_SPACE + r"(?=[;!?])")
# What the person typed keeps its numbers whole at the end of a line: « 12 000 $ »,
# « 4 % », « 22 h à 6 h » (OQLF; Imprimerie nationale sets digit groups with a thin space).
_DIGIT_GROUP = re.compile(r" (?<=\d ) *(?=\d{3}(?:\D|$))")
# A length or a weight, too: « l’échafaudage 15 m », « 25 kg » (Grammalecte, fresh87).
_UNIT: _Rule = (
    re.compile(r" (?<=\d ) *(?=[%$€]|(?:millions?|milliards?|mille|k?m|[cm]m|kg|m[²³])(?!\w))"),
    NBSP,
    _DIGITS,
)
_HOURS: _Rule = (
    re.compile(r" (?<=\d ) *h(?: +(?=\d)|\b)"),
    lambda m: NBSP + "h" + (NBSP if m.group(0).endswith(" ") else ""),
    _DIGITS,
)
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS.split("|"), start=1)}
"""A month's number by its French name in lowercase: « mars » → 3."""
"""The month names, as a regex alternation (« …le 20 novembre »)."""
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
"""The days of the week, as a regex alternation (« d'ici vendredi »)."""
# A date typed in a note is set as the library sets its own: « le 20 novembre ». The day
# (« 20 », « 1er ») starts a word: its first digit, then no word character before it.
_DAY_MONTH: _Rule = (
    re.compile(rf"(\d(?<!\w\d)(?:\d|(?<=1)er)?) +(?=(?:{MONTHS})\b)"),
    "\\1" + NBSP,
    _DIGITS,
)
_BY_LOCALE: dict[Locale, tuple[_Rule, ...]] = {
    "fr_FR": ((_HIGH_PUNCTUATION, NNBSP, ";!?"), (_DIGIT_GROUP, NNBSP, _DIGITS), _UNIT, _HOURS),
    "fr_CA": ((_HIGH_PUNCTUATION, "", ";!?"), (_DIGIT_GROUP, NBSP, _DIGITS), _UNIT, _HOURS),
}

_RULES = {locale: (*_COMMON, _DAY_MONTH, *rules) for locale, rules in _BY_LOCALE.items()}
"""Every rule of a locale, in the order they apply."""

_SPACE_RUNS = re.compile(r" {2,}")
_EDGE_SPACES = re.compile(r"^[ \t]+|(?<![ \t])[ \t]+$", re.MULTILINE)
_BLANK_LINE_RUNS = re.compile(r"\n{3,}")


def _apply(rules: tuple[_Rule, ...], text: str) -> str:
    for pattern, replacement, needs in rules:
        if not needs or any(map(text.__contains__, needs)):
            text = pattern.sub(replacement, text)
    return text


def _has_edge_spaces(text: str) -> bool:
    """A space or tab at the start or end of a line: what ``_EDGE_SPACES`` removes."""
    return (
        text.startswith((" ", "\t"))
        or text.endswith((" ", "\t"))
        or any(map(text.__contains__, (" \n", "\t\n", "\n ", "\n\t")))
    )


def _outside_protected(text: str, fix: Callable[[str], str]) -> str:
    pieces: list[str] = []
    last = 0
    for match in _protected_spans(text):
        pieces.append(fix(text[last : match.start()]))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(fix(text[last:]))
    return "".join(pieces)


def fix_typography(text: str, locale: Locale) -> str:
    """Return ``text`` with the locale's typography; applying it twice changes nothing."""
    rules = _RULES[locale]
    text = _outside_protected(text, lambda piece: _apply(rules, piece))
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if _has_edge_spaces(text):
        text = _EDGE_SPACES.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_LINE_RUNS.sub("\n\n", text)
    return text.strip("\n")
