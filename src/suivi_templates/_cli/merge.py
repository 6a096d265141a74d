"""``suivi-templates publipostage CONTEXTES --type KIND --sortie DOSSIER``: one draft per row.

Each row of a CSV (columns named by dotted paths) or JSON Lines file becomes a draft,
written as ``.eml`` for e-mail kinds and ``.txt`` for spoken ones, named from the row's
line and the company. A row that cannot make a good draft is reported with its line, the
field and the reason, and the other rows are still written; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from suivi_templates._cli.common import (
    REJECTED,
    UsageError,
    context_problems,
    decode,
    email_bytes,
    os_error,
    read_bytes,
)
from suivi_templates.errors import DraftRejected, SuiviError, UnknownKind
from suivi_templates.fields import explain
from suivi_templates.models import InterviewContext
from suivi_templates.output import write_file
from suivi_templates.publipostage import Row, csv_rows, draft_file_name, jsonl_rows
from suivi_templates.rendering import KINDS, Draft, render

if TYPE_CHECKING:
    from suivi_templates._cli.common import Commands

__all__ = ["register"]

MAX_BATCH_BYTES = 200_000_000
"""About a hundred thousand contexts: split a larger file, or call ``render_many``."""

_PREVIEWS = 3
"""How many drafts a dry run (``--essai``) prints."""


@dataclass
class _Tally:
    written: int = 0
    failed: int = 0


def _read(path: Path) -> io.StringIO:
    return io.StringIO(decode(read_bytes(path, "fichier de contextes", MAX_BATCH_BYTES), path))


def _problems(row: Row) -> tuple[InterviewContext | None, list[str]]:
    if row.problem is not None:
        return None, [row.problem]
    try:
        context = InterviewContext.model_validate(row.data)
    except ValidationError as error:
        return None, explain(error)
    except RecursionError:
        return None, ["données imbriquées trop profondément."]
    problems = context_problems(context)
    return (None, problems) if problems else (context, [])


def _draft(row: Row, arguments: argparse.Namespace) -> tuple[Draft | None, list[str]]:
    context, problems = _problems(row)
    if context is None:
        return None, problems
    try:
        return render(arguments.type, context, template_dir=arguments.gabarits), []
    except DraftRejected as rejected:
        return None, [
            f"brouillon refusé : {finding.code} : {finding.message}"
            for finding in rejected.report.errors
        ]
    except SuiviError as error:
        return None, [str(error)]


def _save(draft: Draft, line: int, folder: Path, overwrite: bool) -> Path:
    suffix = ".txt" if draft.subject is None else ".eml"
    target = folder / draft_file_name(line, draft.context.company.name, suffix)
    if draft.subject is None:
        data = (draft.body.rstrip("\n") + "\n").encode("utf-8")
    else:
        data = email_bytes(draft)
    try:
        return write_file(target, data, overwrite=overwrite)
    except OSError as error:
        if isinstance(error, SuiviError):
            raise
        raise os_error(error, "d’écrire", target) from None


def _preview(draft: Draft, line: int) -> None:
    print(f"── ligne {line} : {draft.context.company.name} ──")
    if draft.subject is not None:
        print(f"Objet\u00a0: {draft.subject}\n")
    print(draft.body.rstrip("\n"), end="\n\n")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total >= 20:
        width = 30
        filled = width * done // total
        bar = "█" * filled + "·" * (width - filled)
        print(f"\r{bar} {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def run(arguments: argparse.Namespace) -> int:
    """Render every row (up to ``--limite``), write or preview the drafts, report failures."""
    source = Path(arguments.contextes)
    suffix = source.suffix.lower()
    if suffix not in {".csv", ".jsonl", ".ndjson"}:
        raise UsageError(f"{source} : utilisez un fichier .csv ou .jsonl (un contexte par ligne)")
    if arguments.gabarits is None and arguments.type not in KINDS:
        raise UnknownKind(arguments.type, KINDS)  # the same mistake on every row: stop now
    folder: Path = arguments.sortie
    stream = _read(source)
    rows = list(csv_rows(stream) if suffix == ".csv" else jsonl_rows(stream))
    if arguments.limite is not None:
        rows = rows[: arguments.limite]
    if not rows:
        raise UsageError(f"{source} ne contient aucune ligne de contexte")
    if not arguments.essai:
        try:
            folder.mkdir(exist_ok=True)
        except OSError as error:
            raise os_error(error, "de créer le dossier", folder) from None
    tally = _Tally()
    for number, row in enumerate(rows, 1):
        draft, problems = _draft(row, arguments)
        if draft is not None and arguments.essai:
            if tally.written < _PREVIEWS:
                _preview(draft, row.line)
            tally.written += 1
        elif draft is not None:
            try:
                _save(draft, row.line, folder, arguments.ecraser)
                tally.written += 1
            except (UsageError, SuiviError) as error:
                problems = [str(error)]
        for problem in problems:
            print(f"{source}, ligne {row.line} : {problem}", file=sys.stderr)
        tally.failed += bool(problems)
        _progress(number, len(rows))
    plural = "s" * (tally.written > 1)
    if arguments.essai:
        done = f"prêt{plural} (essai : rien n’a été écrit)"
    else:
        done = f"écrit{plural} dans {folder}"
    print(
        f"{tally.written} brouillon{plural} {done} ; "
        f"{tally.failed} ligne{'s' * (tally.failed > 1)} en erreur.",
        file=sys.stderr,
    )
    return REJECTED if tally.failed else 0


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} : un nombre entier positif est attendu")
    return int(text)


def register(commands: Commands) -> None:
    """Add ``publipostage`` to the command line."""
    merge = commands.add_parser(
        "publipostage",
        help="rédige un brouillon par ligne d’un fichier CSV ou JSON Lines",
        description="Rédige un brouillon par contexte : un fichier CSV dont les colonnes "
        "sont des chemins (candidate.name, interviewer.civility, topics.0.subject…), ou un "
        "fichier JSON Lines (un contexte JSON par ligne). Écrit un .eml par ligne pour les "
        "courriels, un .txt pour les textes à dire, nommés d’après la ligne et l’entreprise. "
        "Une ligne en erreur est signalée (ligne, champ, raison) sans arrêter les autres ; "
        "le statut de sortie vaut alors 1.",
    )
    merge.add_argument("contextes", metavar="CONTEXTES", help="fichier .csv ou .jsonl")
    merge.add_argument(
        "--type", required=True, metavar="TYPE", help=f"type de brouillon : {', '.join(KINDS)}"
    )
    merge.add_argument(
        "--sortie", required=True, type=Path, metavar="DOSSIER", help="dossier des brouillons"
    )
    merge.add_argument(
        "--essai",
        action="store_true",
        help=f"n’écrit rien : vérifie chaque ligne et affiche les {_PREVIEWS} premiers brouillons",
    )
    merge.add_argument(
        "--limite", type=_positive, metavar="N", help="ne traite que les N premières lignes"
    )
    merge.add_argument(
        "--ecraser", action="store_true", help="remplace les fichiers qui existent déjà"
    )
    merge.add_argument(
        "--gabarits", type=Path, metavar="DOSSIER", help="dossier de vos propres gabarits"
    )
    merge.set_defaults(run=run)
