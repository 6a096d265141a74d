"""``suivi-templates verifier FICHIER...``: check texts as a linter does.

Several files, ``-`` for standard input, ``.eml`` read as an e-mail; findings as
``FICHIER:LIGNE:COLONNE: gravité code : message`` (``texte``), as JSON, or as SARIF 2.1.0.
Levels per code come from ``[tool.suivi-templates]`` and ``--ignorer``. Exit status: 0
when every text is accepted (or with ``--exit-zero``), 1 when one is rejected, 2 on misuse.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from suivi_templates._cli.common import REJECTED, UsageError, day, load_context
from suivi_templates._cli.config import Settings, find_settings, load_settings
from suivi_templates._cli.documents import Document, read_document
from suivi_templates._cli.sarif import sarif_log
from suivi_templates.checks import CheckReport, checks
from suivi_templates.checks import check as run_checks
from suivi_templates.rendering import KINDS
from suivi_templates.rules import rule_anchor

if TYPE_CHECKING:
    from suivi_templates._cli.common import Commands

__all__ = ["print_findings", "register"]

_SEVERITY = {"error": "erreur", "warning": "avertissement"}


def print_findings(document: Document, report: CheckReport, out: IO[str]) -> None:
    """Each finding on one line, ``FICHIER:LIGNE:COLONNE:`` first, then its suggestion."""
    for finding in report.findings:
        where = document.position(finding)
        place = document.name
        if where.line is not None:
            place += f":{where.line}:{where.column}"
        severity = _SEVERITY[finding.severity]
        print(f"{place}: {severity} {finding.code} : {finding.message}", file=out)
        if finding.suggestion:
            print(f"    suggestion : {finding.suggestion}", file=out)


def _verdict(document: Document, report: CheckReport) -> str:
    errors, warnings = len(report.errors), len(report.warnings)
    if report.passed:
        suffix = f" ({warnings} avertissement{'s' * (warnings > 1)})" if warnings else ""
        return f"{document.name} : accepté{suffix}."
    return f"{document.name} : refusé ({errors} erreur{'s' * (errors > 1)})."


def _as_json(document: Document, report: CheckReport) -> dict[str, Any]:
    rules = {item.code: item.rules for item in checks()}
    findings = []
    for finding in report.findings:
        where = document.position(finding)
        cited = rules.get(finding.code, ())
        findings.append(
            {
                "code": finding.code,
                "family": finding.family,
                "severity": finding.severity,
                "message": finding.message,
                "suggestion": finding.suggestion,
                "where": finding.where,
                "line": where.line,
                "column": where.column,
                "end_line": where.end_line,
                "end_column": where.end_column,
                "excerpt": finding.excerpt,
                "fingerprint": finding.fingerprint,
                "rules": list(cited),
                "rule_reference": [rule_anchor(rule) for rule in cited],
            }
        )
    return {"file": document.name, "passed": report.passed, "findings": findings}


def _settings(ignored: list[str]) -> Settings:
    codes = [code.strip() for option in ignored for code in option.split(",") if code.strip()]
    return load_settings(find_settings(Path.cwd()), codes)


def run(arguments: argparse.Namespace) -> int:
    """Check every file and print the findings in the chosen format."""
    if arguments.fichiers.count("-") + (arguments.contexte == "-") > 1:
        raise UsageError("l’entrée standard (« - ») ne peut servir qu’une fois par commande")
    settings = _settings(arguments.ignorer or [])
    context = None if arguments.contexte is None else load_context(arguments.contexte)
    documents = [read_document(path) for path in arguments.fichiers]
    checked = [
        (
            document,
            run_checks(
                document.body,
                context,
                kind=arguments.type,
                subject=document.subject,
                today=arguments.aujourdhui,
                config=settings.levels,
            ),
        )
        for document in documents
    ]
    if arguments.format == "json":
        reports = [_as_json(document, report) for document, report in checked]
        passed = all(report.passed for _, report in checked)
        json.dump({"passed": passed, "files": reports}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif arguments.format == "sarif":
        json.dump(sarif_log(checked), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for document, report in checked:
            print_findings(document, report, sys.stdout)
            print(_verdict(document, report))
    rejected = not all(report.passed for _, report in checked)
    return REJECTED if rejected and not arguments.exit_zero else 0


def register(commands: Commands) -> None:
    """Add ``verifier`` to the command line."""
    verify = commands.add_parser(
        "verifier",
        help="vérifie des textes : générique, insistant, mal placé dans le temps",
        description="Vérifie des textes (par exemple des brouillons retouchés). Dans un "
        "fichier texte, une première ligne « Objet : … » est lue comme l’objet du courriel ; "
        "un fichier .eml est lu comme un courriel (objet et texte décodés). Chaque constat "
        "est affiché FICHIER:LIGNE:COLONNE. Statut de sortie : 0 si tout est accepté, 1 si un "
        "texte est refusé, 2 pour une erreur d’utilisation. Réglages : [tool.suivi-templates] "
        "dans pyproject.toml, ou .suivi-templates.toml (ignorer, niveaux).",
    )
    verify.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="texte en UTF-8, courriel .eml, ou « - » pour l’entrée standard",
    )
    verify.add_argument(
        "--contexte",
        metavar="FICHIER",
        help="contexte de l’entrevue (JSON ou TOML) : sans lui, les vérifications qui "
        "comparent le texte à l’entrevue restent muettes",
    )
    verify.add_argument("--type", metavar="TYPE", help=f"type du texte : {', '.join(KINDS)}")
    verify.add_argument(
        "--format",
        choices=("texte", "json", "sarif"),
        default="texte",
        help="texte (par défaut), json, ou sarif (SARIF 2.1.0, pour les outils de revue)",
    )
    verify.add_argument(
        "--aujourdhui",
        type=day,
        metavar="AAAA-MM-JJ",
        help="date d’envoi prévue, pour les vérifications de calendrier (timing.*)",
    )
    verify.add_argument(
        "--ignorer",
        action="append",
        metavar="CODE,...",
        help="codes ou familles à ne pas signaler, séparés par des virgules (répétable)",
    )
    verify.add_argument(
        "--exit-zero",
        action="store_true",
        help="statut 0 même si un texte est refusé (les erreurs d’utilisation restent 2)",
    )
    verify.set_defaults(run=run)
