"""Command line: ``suivi-templates`` (or ``python -m suivi_templates``), in French.

Subcommands: ``exemple`` (the bundled examples, or their context as JSON), ``rediger``
(a draft from a JSON or TOML context file), ``verifier`` (check a text file) and
``planifier`` (the follow-up plan and its calendar file). Exit status: 0 when all went
well, 1 when a text or a draft is rejected by the checks, 2 for a usage error (bad
arguments, bad context file, existing output file, broken template), with a French
message on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Callable, Sequence
from datetime import date
from email.policy import SMTP
from pathlib import Path
from typing import IO, Any, NoReturn

from pydantic import ValidationError

from suivi_templates import display
from suivi_templates.business_days import local_today
from suivi_templates.checks import CheckReport, check
from suivi_templates.debrief.terminal import register as register_debrief
from suivi_templates.errors import DraftRejected, SuiviError
from suivi_templates.examples import EXAMPLES
from suivi_templates.fields import explain
from suivi_templates.formatting import prose_date, prose_time
from suivi_templates.ical import export_ics
from suivi_templates.models import InterviewContext
from suivi_templates.output import write_file
from suivi_templates.planner import plan
from suivi_templates.rendering import KINDS, Draft, render

__all__ = ["main"]

_LOCALE_TITLES = {"fr_CA": "Québec (fr_CA)", "fr_FR": "France (fr_FR)"}
_USAGE = 2
_REJECTED = 1


class _UsageError(Exception):
    """A problem the user can fix: printed as one French message, exit status 2."""


# ---------------------------------------------------------------------------- argparse in French

_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments non reconnus : \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"\1 : choix invalide \2 "
        r"(choisissez parmi \3)",
    ),
    (r"argument (\S+): expected one argument", r"\1 : une valeur est attendue"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 : incompatible avec \2"),
    (r"argument (\S+): (.*)", r"\1 : \2"),
)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        # argparse passes prefix="" to build a subcommand's name: keep that one.
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, titles, errors, help) are French."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument(
            "-h", "--help", "--aide", action="help", help="affiche cette aide et quitte"
        )

    def error(self, message: str) -> NoReturn:
        for pattern, french in _ARGPARSE_MESSAGES:
            message, count = re.subn(pattern, french, message)
            if count:
                break
        message = message.replace("(choose from", "(choisissez parmi")
        self.print_usage(sys.stderr)
        self.exit(_USAGE, f"{self.prog} : erreur : {message}\n")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide ({text!r}) : écrivez-la AAAA-MM-JJ, p. ex. 2026-11-20"
        ) from None


# ---------------------------------------------------------------------------- context files


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _UsageError(f"{what} introuvable : {path}") from None
    except UnicodeDecodeError:
        raise _UsageError(f"{path} n’est pas un texte en UTF-8 : enregistrez-le en UTF-8") from None
    except OSError as error:
        raise _UsageError(f"impossible de lire {path} : {error.strerror}") from None


def _load_context(path: str | Path) -> InterviewContext:
    """Read a context from a ``.json`` or ``.toml`` file; French errors as ``_UsageError``."""
    path = Path(path)
    text = _read_text(path, "fichier de contexte")
    data: Any
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise _UsageError(f"{path} n’est pas un TOML valide : {error}") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise _UsageError(
                f"{path}, ligne {error.lineno}, colonne {error.colno} : JSON invalide "
                f"({error.msg}) ; vérifiez les guillemets, virgules et accolades autour"
            ) from None
    try:
        return InterviewContext.model_validate(data)
    except ValidationError as error:
        lines = "\n".join(f"  - {line}" for line in explain(error))
        raise _UsageError(f"le contexte {path} est à corriger :\n{lines}") from None


def _write(path: Path, data: bytes, overwrite: bool) -> None:
    try:
        write_file(path, data, overwrite=overwrite)
    except SuiviError:
        raise
    except OSError as error:
        raise _UsageError(f"impossible d’écrire {path} : {error.strerror}") from None


# ---------------------------------------------------------------------------- exemple


def _print_draft(draft: Draft, out: IO[str]) -> None:
    print(f"── {display.KIND_TITLES.get(draft.kind, draft.kind)} ──", file=out)
    if draft.subject is not None:
        print(f"Objet\u00a0: {draft.subject}\n", file=out)
    print(draft.body.rstrip("\n"), end="\n\n", file=out)


def _example(arguments: argparse.Namespace) -> int:
    locales = arguments.locale or list(EXAMPLES)
    if arguments.contexte_json:
        if len(locales) > 1 and arguments.locale:
            raise _UsageError("--contexte-json n’affiche qu’un contexte : un seul --locale")
        data = EXAMPLES[arguments.locale[0] if arguments.locale else "fr_CA"]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for locale in locales:
        context = InterviewContext.model_validate(EXAMPLES[locale])
        print(
            f"════ {_LOCALE_TITLES[locale]} : {context.candidate.name}, "
            f"{context.role.title} ({context.company.name}) ════\n"
        )
        for kind in KINDS:
            _print_draft(render(kind, context), sys.stdout)
    return 0


# ---------------------------------------------------------------------------- rediger


def _as_text(draft: Draft) -> str:
    """A draft as a text file that ``verifier`` reads back (subject on an « Objet » line)."""
    body = draft.body.rstrip("\n") + "\n"
    return body if draft.subject is None else f"Objet\u00a0: {draft.subject}\n\n{body}"


def _draft(arguments: argparse.Namespace) -> int:
    context = _load_context(arguments.contexte)
    output: Path | None = arguments.sortie
    if output is not None and output.suffix.lower() not in {".eml", ".txt"}:
        raise _UsageError(
            f"--sortie {output} : utilisez l’extension .eml (courriel) ou .txt (texte)"
        )
    try:
        draft = render(arguments.type, context, template_dir=arguments.gabarits)
    except DraftRejected as rejected:
        _print_findings(rejected.report, None, sys.stderr)
        print("Brouillon refusé par ses vérifications : rien n’a été écrit.", file=sys.stderr)
        return _REJECTED
    if output is None:
        _print_draft(draft, sys.stdout)
        return 0
    if output.suffix.lower() == ".eml":
        data = draft.to_email().as_bytes(policy=SMTP)
    else:
        data = _as_text(draft).encode("utf-8")
    _write(output, data, arguments.ecraser)
    print(f"Brouillon écrit dans {output}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------- verifier

_SUBJECT_LINE = re.compile(
    r"\A[ \t]*Objet[ \t\u00a0]*:[ \t\u00a0]*(?P<subject>[^\n]*)\n(?:[ \t]*\n)?"
)


def _split_subject(text: str) -> tuple[str | None, str, int]:
    """A text file's subject line (« Objet : … »), its body, and where the body starts."""
    match = _SUBJECT_LINE.match(text)
    if match is None:
        return None, text, 0
    return match.group("subject").strip(), text[match.end() :], match.end()


def _print_findings(report: CheckReport, name: str | None, out: IO[str]) -> None:
    whole = report.text
    for finding in report.findings:
        where = name or "texte"
        if finding.span is not None:
            line, column = display.line_column(whole, finding.span[0])
            where += f":{line}:{column}"
        severity = {"error": "erreur", "warning": "avertissement"}[finding.severity]
        print(f"{where}: {severity} {finding.code} : {finding.message}", file=out)
        if finding.suggestion:
            print(f"    suggestion : {finding.suggestion}", file=out)


def _verify(arguments: argparse.Namespace) -> int:
    context = _load_context(arguments.contexte)
    path: Path = arguments.texte
    text = _read_text(path, "texte à vérifier")
    subject, body, offset = _split_subject(text)
    report = check(body, context, kind=arguments.type, subject=subject)
    shifted = report.model_copy(
        update={
            "text": text,
            "findings": tuple(
                f.model_copy(update={"span": (f.span[0] + offset, f.span[1] + offset)})
                if f.span is not None
                else f
                for f in report.findings
            ),
        }
    )
    _print_findings(shifted, str(path), sys.stdout)
    errors = sum(f.severity == "error" for f in report.findings)
    warnings = len(report.findings) - errors
    if report.passed:
        suffix = f" ({warnings} avertissement{'s' * (warnings > 1)})" if warnings else ""
        print(f"{path} : accepté{suffix}.")
        return 0
    print(f"{path} : refusé ({errors} erreur{'s' * (errors > 1)}).")
    return _REJECTED


# ---------------------------------------------------------------------------- planifier


def _plan(arguments: argparse.Namespace) -> int:
    context = _load_context(arguments.contexte)
    today: date = arguments.aujourdhui or local_today(context.locale)
    follow_up = plan(context, today=today)
    print(
        f"Plan de suivi de {context.candidate.name} – {context.role.title} "
        f"({context.company.name}), établi le {prose_date(today, context.locale)}"
    )
    for step in follow_up.steps:
        when = f"le {prose_date(step.on, context.locale)}"
        if step.not_before is not None:
            when += f", à partir de {prose_time(step.not_before)}"
        title = display.STEP_TITLES.get(step.kind, step.kind)
        channel = display.CHANNEL_NAMES.get(step.channel, step.channel)
        note = f" — {step.note}" if step.note else ""
        print(f"  • {when} : {title} ({channel}){note}")
    if follow_up.stopped:
        print(f"Plus rien à envoyer : {follow_up.stopped}")
    elif not follow_up.steps:
        print("Aucune étape prévue.")
    if arguments.ics is not None:
        _write(arguments.ics, export_ics(follow_up, context), arguments.ecraser)
        print(f"Calendrier écrit dans {arguments.ics}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------- parser


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="suivi-templates",
        description="Rédige, vérifie et planifie les suivis d’une entrevue d’embauche "
        "(remerciement, relance, script d’appel, message vocal), en français du Québec ou "
        "de France.",
        epilog="Statut de sortie : 0 si tout va bien, 1 si un texte est refusé par les "
        "vérifications, 2 pour une erreur d’utilisation. Documentation : docs/guide.md.",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMANDE", title="commandes"
    )

    example = commands.add_parser(
        "exemple",
        help="affiche les brouillons des entrevues d’exemple, ou leur contexte",
        description="Affiche les quatre brouillons (remerciement, relance, script d’appel, "
        "message vocal) des contextes d’exemple fournis avec la bibliothèque.",
    )
    example.add_argument(
        "--locale",
        action="append",
        choices=list(EXAMPLES),
        help="ne montrer que ce paramètre régional (répétable)",
    )
    example.add_argument(
        "--contexte-json",
        action="store_true",
        help="affiche le contexte d’exemple en JSON, pour partir d’un fichier qui fonctionne "
        "(suivi-templates exemple --contexte-json > contexte.json)",
    )
    example.set_defaults(run=_example)

    context_option: dict[str, Any] = {
        "type": Path,
        "required": True,
        "metavar": "FICHIER",
        "help": "fichier de contexte de l’entrevue, en JSON ou en TOML (voir docs/contexte.md)",
    }
    overwrite_help = "remplace le fichier de sortie s’il existe déjà (sinon, rien n’est écrit)"

    draft = commands.add_parser(
        "rediger",
        help="rédige un brouillon à partir d’un fichier de contexte",
        description="Rédige un brouillon (thank_you, reminder, phone_script, voicemail, ou "
        "un type de vos propres gabarits) et l’affiche, ou l’écrit dans un fichier .eml "
        "(à ouvrir dans un logiciel de courriel) ou .txt.",
    )
    draft.add_argument("type", metavar="TYPE", help=f"type de brouillon : {', '.join(KINDS)}")
    draft.add_argument("--contexte", **context_option)
    draft.add_argument(
        "--sortie",
        type=Path,
        metavar="FICHIER",
        help="écrit le brouillon dans FICHIER.eml ou FICHIER.txt",
    )
    draft.add_argument("--ecraser", action="store_true", help=overwrite_help)
    draft.add_argument(
        "--gabarits",
        type=Path,
        metavar="DOSSIER",
        help="dossier de vos propres gabarits (DOSSIER/fr_CA/<type>.j2…), prioritaires sur "
        "ceux de la bibliothèque",
    )
    draft.set_defaults(run=_draft)

    verify = commands.add_parser(
        "verifier",
        help="vérifie un texte : générique, insistant, mal placé dans le temps",
        description="Vérifie un texte (par exemple un brouillon que vous avez retouché). "
        "Une première ligne « Objet : … » est lue comme l’objet du courriel. Chaque "
        "constat est affiché avec sa ligne et sa colonne ; le statut de sortie vaut 1 si "
        "le texte est refusé.",
    )
    verify.add_argument("texte", type=Path, metavar="TEXTE", help="fichier texte en UTF-8")
    verify.add_argument("--contexte", **context_option)
    verify.add_argument("--type", metavar="TYPE", help=f"type du texte : {', '.join(KINDS)}")
    verify.set_defaults(run=_verify)

    planner = commands.add_parser(
        "planifier",
        help="affiche quand envoyer quoi, et écrit le calendrier",
        description="Affiche le plan de suivi (dates, heures, canal) et, avec --ics, écrit "
        "un fichier de calendrier à importer dans votre agenda.",
    )
    planner.add_argument("--contexte", **context_option)
    planner.add_argument(
        "--aujourdhui",
        type=_day,
        metavar="AAAA-MM-JJ",
        help="date du jour à utiliser (par défaut : aujourd’hui)",
    )
    planner.add_argument(
        "--ics", type=Path, metavar="FICHIER", help="écrit le plan dans un fichier .ics"
    )
    planner.add_argument("--ecraser", action="store_true", help=overwrite_help)
    planner.set_defaults(run=_plan)
    register_debrief(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (0, 1 when rejected, 2 on misuse)."""
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else _USAGE
    run: Callable[[argparse.Namespace], int] = arguments.run
    try:
        return run(arguments)
    except (_UsageError, SuiviError) as error:
        print(f"suivi-templates : erreur : {error}", file=sys.stderr)
        return _USAGE


if __name__ == "__main__":
    sys.exit(main())
