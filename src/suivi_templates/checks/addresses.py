"""E-mail addresses and links in a folded text: where they are, and the text without them.

The masking of :mod:`.contextwords` hides them with the context's words (an address is
never a word the candidate chose), and a promise's details lose them before their words
are read.

>>> mask_addresses("ecrire a jean@ex.fr ou voir www.ex.fr, merci")
'ecrire a ########## ou voir ########## merci'
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from suivi_templates.checks.text import mask_spans

__all__ = ["address_spans", "mask_addresses"]

_ADDRESS = re.compile(
    r"[^\s@<>()]{1,64}@[^\s@<>()]{1,255}|\bhttps?://[^\s<>]{1,2000}|\bwww\.[^\s<>]{1,2000}"
)

# Every address holds "@", "://" or "www." and no whitespace, so it lies inside one of the
# whitespace-delimited tokens holding one of them. Searching those tokens only finds the
# same spans as searching the whole text, in linear time (from each position of a long
# word, _ADDRESS would read up to 64 characters ahead looking for an "@").
_MARK = re.compile(r"@|://|www\.")
_RUN_END = re.compile(r"\S*")
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def address_spans(folded: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_ADDRESS.finditer(folded)``, searched in the tokens that hold a mark.

    The tokens are found from their marks, which ``re`` finds in C: reading every
    whitespace for a token ahead cost ~19 ms on a megabyte of letters, where the marks
    are a few hundred.
    """
    if "@" not in folded and "://" not in folded and "www." not in folded:
        return
    token_end = 0
    for mark in _MARK.finditer(folded):
        at = mark.start()
        if at < token_end:
            continue  # another mark of the token just searched
        # The token starts after the last whitespace before its mark: the previous token's
        # end is one (or the text starts there).
        before = _UP_TO_LAST_SPACE.match(folded, token_end, at)
        token_start = before.end() if before else token_end
        token_end = _run_end(folded, at)
        yield from _addresses_in(folded, token_start, token_end)


def _run_end(folded: str, start: int) -> int:
    """Where the run of non-whitespace characters from ``start`` ends."""
    run = _RUN_END.match(folded, start)
    return run.end() if run else start


_LOCAL_PART = 64
"""The longest run before « @ » that _ADDRESS reads (``{1,64}``)."""
_NEVER = sys.maxsize


def _addresses_in(folded: str, low: int, high: int) -> Iterator[tuple[int, int]]:
    """The spans of ``_ADDRESS.finditer(folded, low, high)``, without the hopeless positions.

    A match starts at most 64 characters before the first « @ » that follows its start, or
    on « http » or « www. »: no match starts before the earliest of these from the current
    position, so the search starts there (same leftmost match). In a long word with a far
    « @ » (8 192 letters glued to « x@x@… » in the benchmark), _ADDRESS read 64 characters
    from each position: 1 MB adversarial, 141 → 58 ms.
    """
    position = low
    at = http = www = -1
    while position < high:
        # Each next occurrence is looked for again only once the search has passed it.
        if at <= position:
            at = _find(folded, "@", position + 1, high)
        if http < position:
            http = _find(folded, "http", position, high)
        if www < position:
            www = _find(folded, "www.", position, high)
        start = min(max(position, at - _LOCAL_PART), http, www)
        match = _ADDRESS.search(folded, start, high) if start < high else None
        if match is None:
            return
        yield match.span()
        position = match.end()


def _find(text: str, part: str, low: int, high: int) -> int:
    found = text.find(part, low, high)
    return found if found >= 0 else _NEVER


def mask_addresses(folded: str) -> str:
    """Mask e-mail addresses and URLs only (when there is no context)."""
    return mask_spans(folded, address_spans(folded))
