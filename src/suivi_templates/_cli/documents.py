"""The texts that ``verifier`` reads: a text file with an « Objet : » line, or an e-mail.

A :class:`Document` keeps the subject and the body apart (the checks take them apart) and
knows where each sits in the document as a person sees it, so that a finding reports the
line and column an editor shows: the subject is on line 1, after « Objet : ».

An ``.eml`` file is read as an e-mail: its decoded subject and its decoded text part are
checked, not the raw, encoded file. Its lines are counted in the same layout as a text
file (« Objet : … », a blank line, then the body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from pathlib import Path

from suivi_templates._cli.common import UsageError, decode, read_bytes
from suivi_templates.checks import Finding
from suivi_templates.display import line_column

__all__ = ["Document", "Position", "read_document"]

_SUBJECT_LINE = re.compile(
    r"\A[ \t]*Objet[ \t\u00a0]*:[ \t\u00a0]*(?P<subject>[^\n]*)\n(?:[ \t]*\n)?"
)


@dataclass(frozen=True)
class Position:
    """Where a finding starts and ends, 1-based, as editors count (None: whole text)."""

    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Document:
    """One text to check: its name, subject (or None), body, and their places."""

    name: str
    text: str
    subject: str | None
    body: str
    body_offset: int
    subject_column: int
    """1-based column of the subject's first character on line 1."""

    def position(self, finding: Finding) -> Position:
        """The finding's start and end in the document (subject findings on line 1)."""
        if finding.span is None:
            return Position()
        start, end = finding.span
        if finding.where == "subject":
            return Position(1, self.subject_column + start, 1, self.subject_column + end)
        line, column = line_column(self.text, self.body_offset + start)
        end_line, end_column = line_column(self.text, self.body_offset + end)
        return Position(line, column, end_line, end_column)


def _text_document(name: str, text: str) -> Document:
    match = _SUBJECT_LINE.match(text)
    if match is None:
        return Document(name, text, None, text, 0, 1)
    subject = match.group("subject").rstrip()
    return Document(
        name, text, subject.strip(), text[match.end() :], match.end(), match.start("subject") + 1
    )


def _email_document(name: str, data: bytes) -> Document:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        subject = str(message.get("Subject") or "").strip() or None
        part = message.get_body(preferencelist=("plain",))
        body = part.get_content() if part is not None else None
    except Exception as error:  # the e-mail parser's errors are many and undocumented
        raise UsageError(
            f"{name} : courriel illisible ({type(error).__name__}) ; enregistrez-le de nouveau "
            "depuis votre logiciel de courriel, ou collez son texte dans un fichier .txt"
        ) from None
    if not isinstance(body, str):
        raise UsageError(f"{name} : ce courriel n’a pas de partie texte à vérifier")
    body = body.replace("\r\n", "\n")
    head = f"Objet\u00a0: {subject}\n\n" if subject else ""
    return Document(name, head + body, subject, body, len(head), len("Objet\u00a0: ") + 1)


def read_document(path: str) -> Document:
    """Read ``path`` (``-`` for standard input) as a text file, or as an e-mail (``.eml``)."""
    name = "-" if path == "-" else path
    data = read_bytes(Path(path) if path != "-" else "-", "texte à vérifier")
    if path.lower().endswith(".eml"):
        return _email_document(name, data)
    return _text_document(name, decode(data, "l’entrée standard" if path == "-" else path))
