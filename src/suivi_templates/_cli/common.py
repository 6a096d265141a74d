"""What every subcommand shares: French usage errors, reading files, loading a context.

Everything read here is hostile input: a file may be missing, a folder, binary, huge,
nested a hundred thousand levels deep, or hold numbers of five thousand digits. Each case
becomes a :class:`UsageError` whose French message names the file or the field; the
command line turns it into exit status 2.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from suivi_templates.errors import SuiviError
from suivi_templates.fields import explain
from suivi_templates.models import InterviewContext

if TYPE_CHECKING:
    from typing import TypeAlias

    from suivi_templates.rendering import Draft

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    """What a subcommand module's ``register`` receives: the parser's subcommands."""

__all__ = [
    "MAX_INPUT_BYTES",
    "REJECTED",
    "USAGE",
    "UsageError",
    "context_problems",
    "day",
    "decode",
    "email_bytes",
    "load_context",
    "os_error",
    "package_version",
    "parse_data",
    "read_bytes",
    "read_text",
    "validate_context",
]

USAGE = 2
REJECTED = 1

MAX_INPUT_BYTES = 2_000_000
"""A context or a text to check is a few kilobytes: refuse what cannot be one."""

# A date outside these years is a typo (0001-01-01, 9999-12-30), never an interview; near
# the ends of Python's calendar, the planner's date arithmetic would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2199

_OS_ERRORS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EISDIR: "c’est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n’est pas un dossier",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ELOOP: "trop de liens symboliques (boucle ?)",
    errno.EEXIST: "le fichier existe déjà",
    errno.EINVAL: "nom de fichier invalide",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.EIO: "erreur d’entrée-sortie du disque",
}


def package_version() -> str:
    """The installed version of suivi-templates (``--version``, SARIF)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("suivi-templates")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "inconnue"


class UsageError(Exception):
    """A problem the user can fix: printed as one French message, exit status 2."""


def os_error(error: OSError, action: str, path: object) -> UsageError:
    """An ``OSError`` in French: what was being done, on which file, and why it failed."""
    reason = _OS_ERRORS.get(error.errno or 0)
    if reason is None:
        code = errno.errorcode.get(error.errno or 0, "inconnue")
        reason = f"erreur du système ({code})"
    return UsageError(f"impossible {action} {path} : {reason}")


def day(text: str) -> date:
    """An argparse type: a date written AAAA-MM-JJ, in the calendar a plan can use."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide ({text[:40]!r}) : écrivez-la AAAA-MM-JJ, p. ex. 2026-11-20"
        ) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"date hors limites ({text}) : choisissez une année entre {FIRST_YEAR} et {LAST_YEAR}"
        )
    return value


def read_bytes(path: Path | str, what: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path`` (``-``: standard input), at most ``limit`` of them."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name: object = "l’entrée standard"
    else:
        name = path
        if "\0" in str(path):
            raise UsageError(f"nom de {what} invalide (caractère nul) : {str(path)!r}")
        try:
            with open(path, "rb") as stream:
                data = stream.read(limit + 1)
        except FileNotFoundError:
            raise UsageError(f"{what} introuvable : {path}") from None
        except OSError as error:
            raise os_error(error, "de lire", path) from None
    if len(data) > limit:
        raise UsageError(
            f"{name} est trop volumineux pour un {what} ({limit // 1_000_000} Mo au plus)"
        )
    return data


def decode(data: bytes, name: object) -> str:
    """UTF-8 text, with or without a byte-order mark; no NUL (a binary file)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"{name} n’est pas un texte en UTF-8 (octet invalide à la position {error.start}) : "
            "enregistrez-le en UTF-8"
        ) from None
    if "\0" in text:
        raise UsageError(f"{name} contient un caractère nul : est-ce un fichier binaire ?")
    return text


def read_text(path: Path | str, what: str, limit: int = MAX_INPUT_BYTES) -> str:
    """The UTF-8 text of ``path`` (``-``: standard input)."""
    name = "l’entrée standard" if str(path) == "-" else path
    return decode(read_bytes(path, what, limit), name)


def _integer(digits: str) -> int | str:
    # A huge integer stays text, so that validation names the field it was given for.
    return int(digits) if len(digits) <= 100 else digits


def parse_data(text: str, name: object, toml: bool) -> Any:
    """JSON or TOML data, with a French error naming the file (and line) when it is not."""
    try:
        if toml:
            return tomllib.loads(text)
        return json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{name}, ligne {error.lineno}, colonne {error.colno} : JSON invalide "
            f"({error.msg}) ; vérifiez les guillemets, virgules et accolades autour"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{name} n’est pas un TOML valide : {error}") from None
    except RecursionError:
        raise UsageError(
            f"{name} : données imbriquées trop profondément ; un contexte a quelques niveaux"
        ) from None
    except ValueError:  # e.g. an integer of more than 4,300 digits
        raise UsageError(
            f"{name} : un nombre a trop de chiffres ; écrivez les dates AAAA-MM-JJ et les "
            "numéros de téléphone entre guillemets"
        ) from None


def _strings_and_dates(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings_and_dates(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings_and_dates(item, f"{path}[{index}]")
    elif isinstance(value, str | date):
        yield path, value


def context_problems(context: InterviewContext) -> list[str]:
    """What the model lets through but no real interview holds: control characters, year 1."""
    problems = []
    for path, value in _strings_and_dates(context.model_dump(), ""):
        if isinstance(value, str) and any(ord(c) < 32 or ord(c) == 127 for c in value):
            problems.append(f"{path} : contient un caractère de contrôle ; retirez-le.")
        elif isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
            problems.append(
                f"{path} : date hors limites ({value.isoformat()}) ; l’année doit être "
                f"entre {FIRST_YEAR} et {LAST_YEAR}."
            )
    return problems


def validate_context(data: Any, name: object) -> InterviewContext:
    """Validate context data; every problem, in French, in one :class:`UsageError`."""
    try:
        context = InterviewContext.model_validate(data)
    except ValidationError as error:
        problems = explain(error)
    except RecursionError:
        problems = ["données imbriquées trop profondément."]
    else:
        problems = context_problems(context)
        if not problems:
            return context
    lines = "\n".join(f"  - {line}" for line in problems)
    raise UsageError(f"le contexte {name} est à corriger :\n{lines}")


def load_context(path: Path | str) -> InterviewContext:
    """Read a context from a ``.json`` or ``.toml`` file (``-``: JSON on standard input)."""
    name = "l’entrée standard" if str(path) == "-" else path
    text = read_text(path, "fichier de contexte")
    data = parse_data(text, name, toml=str(path).lower().endswith(".toml"))
    return validate_context(data, name)


def _refused_address(draft: Draft) -> str:
    """Which address of the context the ``email`` package refuses, as a field path."""
    from email.errors import MessageError
    from email.headerregistry import Address

    for field, contact in (
        ("candidate.email", draft.context.candidate),
        ("interviewer.email", draft.context.interviewer),
    ):
        try:
            Address(display_name=contact.name, addr_spec=contact.email or "a@b.c")
        except (ValueError, TypeError, IndexError, MessageError):
            return field
    return "candidate.email ou interviewer.email"


def email_bytes(draft: Draft) -> bytes:
    """The draft as the bytes of an ``.eml`` file; an address e-mail refuses names its field."""
    from email.errors import MessageError

    from suivi_templates.emails import eml_bytes

    try:
        # The library's own bytes: long accented names are never refolded, and the headers
        # are read back and checked (issue 9).
        return eml_bytes(draft)
    except SuiviError:
        raise
    except (ValueError, TypeError, IndexError, MessageError):
        field = _refused_address(draft)
        raise UsageError(
            f"{field} : adresse refusée par le format des courriels ; corrigez-la "
            "(forme attendue : prenom.nom@exemple.org, sans accent ni point double)"
        ) from None
