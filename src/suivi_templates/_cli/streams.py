"""Standard streams that never crash the command line.

A terminal or a pipe may not encode French (``PYTHONIOENCODING=ascii``, a ``C`` locale on
an old system): accents then fall back to their base letters and French quotes to ``"``,
instead of a ``UnicodeEncodeError``. A reader may close the pipe early
(``suivi-templates exemple | head -c 10``): the command then stops quietly.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
import unicodedata

from suivi_templates._cli.common import USAGE

__all__ = ["closed_output", "tolerant_streams"]

_HANDLER = "suivi_templates.ascii"
_PLAIN = {
    "«": '"',
    "»": '"',
    "’": "'",
    "–": "-",
    "—": "-",
    "…": "...",
    "•": "*",
    "═": "=",
    "─": "-",
}


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    pieces = []
    for character in text:
        if character in _PLAIN:
            pieces.append(_PLAIN[character])
        elif character.isspace():
            pieces.append(" ")
        else:
            base = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode()
            pieces.append(base or "?")
    return "".join(pieces), error.end


def tolerant_streams() -> None:
    """Let stdout and stderr write French on any encoding, degrading to plain ASCII."""
    try:
        codecs.lookup_error(_HANDLER)
    except LookupError:
        codecs.register_error(_HANDLER, _plain)
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "«é»\u202f".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors=_HANDLER)


def closed_output() -> int:
    """The reader closed standard output: say so on stderr, silence what is left, exit 2."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # a stream without a file descriptor (a test's capture): nothing to flush
    with contextlib.suppress(OSError):
        print(
            "suivi-templates : la sortie a été fermée avant la fin (tube interrompu)",
            file=sys.stderr,
        )
    return USAGE
