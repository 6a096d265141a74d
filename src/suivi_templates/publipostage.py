"""Mail merge: the rows of a CSV or JSON Lines file, and the files their drafts go to.

A CSV file has one context per row, its columns named by dotted paths (see
:mod:`suivi_templates.flat`); commas, semicolons (spreadsheets set in French) and tabs
are recognised. A JSON Lines file has one context per line, as JSON. Each row keeps its
line number in the file, so that an error names the line a person can open.

>>> import io
>>> rows = list(csv_rows(io.StringIO("candidate.name;company.name\\nCamille Roy;Horizon\\n")))
>>> rows[0].line, rows[0].data["candidate"]
(2, {'name': 'Camille Roy'})
>>> draft_file_name(2, "Coopérative Horizon", ".eml")
'0002-cooperative-horizon.eml'
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from suivi_templates.errors import FlatKeyProblem
from suivi_templates.flat import unflatten

__all__ = ["Row", "csv_rows", "draft_file_name", "jsonl_rows"]


@dataclass(frozen=True)
class Row:
    """One context of the file: its line number, and its data or why it cannot be read."""

    line: int
    data: dict[str, Any] | None = None
    problem: str | None = None


def csv_rows(stream: IO[str]) -> Iterator[Row]:
    """The rows of a CSV file whose header names dotted paths, as nested data."""
    sample = stream.readline()
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    header = next(csv.reader([sample], dialect))
    reader = csv.DictReader(stream, fieldnames=header, dialect=dialect)
    while True:
        line = reader.line_num + 2  # the header was line 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Row(line, problem=f"CSV illisible ({error})")
            return
        if None in record:
            yield Row(line, problem="plus de cellules que de colonnes dans l’en-tête")
            continue
        try:
            yield Row(line, data=unflatten(record))
        except FlatKeyProblem as error:
            yield Row(line, problem=str(error))


def jsonl_rows(stream: IO[str]) -> Iterator[Row]:
    """The rows of a JSON Lines file: one context (a JSON object) per non-blank line."""
    for line, text in enumerate(stream, 1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield Row(line, problem=f"JSON invalide, colonne {error.colno} ({error.msg})")
            continue
        except RecursionError:
            yield Row(line, problem="données imbriquées trop profondément")
            continue
        except ValueError:
            yield Row(line, problem="un nombre a trop de chiffres")
            continue
        if not isinstance(data, dict):
            yield Row(line, problem="chaque ligne doit être un objet JSON { … }")
            continue
        yield Row(line, data=data)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "brouillon"


def draft_file_name(line: int, company: str, suffix: str) -> str:
    """``0002-cooperative-horizon.eml``: the row's line, then the company, in ASCII."""
    return f"{line:04d}-{_slug(company)}{suffix}"
