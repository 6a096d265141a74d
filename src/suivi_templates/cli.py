"""Command line: ``suivi-templates`` (or ``python -m suivi_templates``), in French.

Subcommands: ``exemple`` (the bundled examples, or their context as JSON), ``rediger``
(a draft from a JSON or TOML context file), ``verifier`` (check texts, as a linter does),
``planifier`` (the follow-up plan and its calendar file), ``publipostage`` (one draft per
row of a CSV or JSON Lines file) and ``regle`` (what a check detects and why). Exit status:
0 when all went well, 1 when a text or a draft is rejected by the checks, 2 for a usage or
input error (bad arguments, bad file, existing output file, broken template), with a
French message on stderr naming the file or the field, and never a traceback.

Each subcommand is registered in :data:`_COMMANDS`, the one place that lists them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from pydantic import ValidationError

from suivi_templates import display
from suivi_templates._cli import merge, rule, verify
from suivi_templates._cli.common import (
    REJECTED,
    USAGE,
    UsageError,
    day,
    email_bytes,
    load_context,
    os_error,
    package_version,
)
from suivi_templates._cli.documents import Document
from suivi_templates._cli.streams import closed_output, tolerant_streams
from suivi_templates.business_days import local_today
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

if TYPE_CHECKING:
    from suivi_templates._cli.common import Commands

__all__ = ["main"]

_LOCALE_TITLES = {"fr_CA": "Québec (fr_CA)", "fr_FR": "France (fr_FR)"}

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
    (r"argument (\S+): expected at least one argument", r"\1 : au moins une valeur est attendue"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 : incompatible avec \2"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1 : valeur invalide \3"),
    (r"argument (\S+): (.*)", r"\1 : \2"),
    (r"ambiguous option: (\S+) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
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
        self.add_argument(
            "--version",
            action="version",
            version=f"suivi-templates {package_version()}",
            help="affiche la version et quitte",
        )

    def error(self, message: str) -> NoReturn:
        for pattern, french in _ARGPARSE_MESSAGES:
            message, count = re.subn(pattern, french, message)
            if count:
                break
        message = message.replace("(choose from", "(choisissez parmi")
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog} : erreur : {message}\n")


def _write(path: Path, data: bytes, overwrite: bool) -> None:
    try:
        write_file(path, data, overwrite=overwrite)
    except SuiviError:
        raise
    except OSError as error:
        raise os_error(error, "d’écrire", path) from None


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
            raise UsageError("--contexte-json n’affiche qu’un contexte : un seul --locale")
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


def _register_example(commands: Commands) -> None:
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


# ---------------------------------------------------------------------------- rediger


def _as_text(draft: Draft) -> str:
    """A draft as a text file that ``verifier`` reads back (subject on an « Objet » line)."""
    body = draft.body.rstrip("\n") + "\n"
    return body if draft.subject is None else f"Objet\u00a0: {draft.subject}\n\n{body}"


def print_rejected(rejected: DraftRejected, name: str) -> None:
    """The findings that made ``render`` reject a draft, then that nothing was written."""
    report = rejected.report
    subject = report.subject
    head = f"Objet\u00a0: {subject}\n\n" if subject else ""
    document = Document(
        name, head + report.text, subject, report.text, len(head), len("Objet\u00a0: ") + 1
    )
    verify.print_findings(document, report, sys.stderr)


def _draft(arguments: argparse.Namespace) -> int:
    context = load_context(arguments.contexte)
    output: Path | None = arguments.sortie
    if output is not None and output.suffix.lower() not in {".eml", ".txt"}:
        raise UsageError(
            f"--sortie {output} : utilisez l’extension .eml (courriel) ou .txt (texte)"
        )
    try:
        draft = render(arguments.type, context, template_dir=arguments.gabarits)
    except DraftRejected as rejected:
        print_rejected(rejected, "brouillon")
        print("Brouillon refusé par ses vérifications : rien n’a été écrit.", file=sys.stderr)
        return REJECTED
    if output is None:
        _print_draft(draft, sys.stdout)
        return 0
    if output.suffix.lower() == ".eml":
        data = email_bytes(draft)
    else:
        data = _as_text(draft).encode("utf-8")
    _write(output, data, arguments.ecraser)
    print(f"Brouillon écrit dans {output}", file=sys.stderr)
    return 0


def _register_draft(commands: Commands) -> None:
    draft = commands.add_parser(
        "rediger",
        help="rédige un brouillon à partir d’un fichier de contexte",
        description="Rédige un brouillon (thank_you, reminder, phone_script, voicemail, "
        "commitment pour envoyer ce qui a été promis, ou un type de vos propres gabarits) et "
        "l’affiche, ou l’écrit dans un fichier .eml (à ouvrir dans un logiciel de courriel) "
        "ou .txt.",
    )
    draft.add_argument(
        "type", metavar="TYPE", help=f"type de brouillon : {', '.join(KINDS)}, commitment"
    )
    draft.add_argument("--contexte", **_CONTEXT_OPTION)
    draft.add_argument(
        "--sortie",
        type=Path,
        metavar="FICHIER",
        help="écrit le brouillon dans FICHIER.eml ou FICHIER.txt",
    )
    draft.add_argument("--ecraser", action="store_true", help=_OVERWRITE_HELP)
    draft.add_argument(
        "--gabarits",
        type=Path,
        metavar="DOSSIER",
        help="dossier de vos propres gabarits (DOSSIER/fr_CA/<type>.j2…), prioritaires sur "
        "ceux de la bibliothèque",
    )
    draft.set_defaults(run=_draft)


# ---------------------------------------------------------------------------- planifier


def _plan(arguments: argparse.Namespace) -> int:
    context = load_context(arguments.contexte)
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


def _register_plan(commands: Commands) -> None:
    planner = commands.add_parser(
        "planifier",
        help="affiche quand envoyer quoi, et écrit le calendrier",
        description="Affiche le plan de suivi (dates, heures, canal) et, avec --ics, écrit "
        "un fichier de calendrier à importer dans votre agenda.",
    )
    planner.add_argument("--contexte", **_CONTEXT_OPTION)
    planner.add_argument(
        "--aujourdhui",
        type=day,
        metavar="AAAA-MM-JJ",
        help="date du jour à utiliser (par défaut : aujourd’hui)",
    )
    planner.add_argument(
        "--ics", type=Path, metavar="FICHIER", help="écrit le plan dans un fichier .ics"
    )
    planner.add_argument("--ecraser", action="store_true", help=_OVERWRITE_HELP)
    planner.set_defaults(run=_plan)


# ---------------------------------------------------------------------------- parser

_CONTEXT_OPTION: dict[str, Any] = {
    "required": True,
    "metavar": "FICHIER",
    "help": "fichier de contexte de l’entrevue, en JSON ou en TOML (voir docs/contexte.md)",
}
_OVERWRITE_HELP = "remplace le fichier de sortie s’il existe déjà (sinon, rien n’est écrit)"

_COMMANDS: tuple[Callable[[Commands], None], ...] = (
    _register_example,
    _register_draft,
    verify.register,
    _register_plan,
    merge.register,
    rule.register,
    register_debrief,
)
"""Every subcommand, in the order of ``--help``: add a new one here (one ``register``)."""


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="suivi-templates",
        description="Rédige, vérifie et planifie les suivis d’une entrevue d’embauche "
        "(remerciement, relance, script d’appel, message vocal), en français du Québec ou "
        "de France.",
        epilog="Statut de sortie : 0 si tout va bien, 1 si un texte est refusé par les "
        "vérifications, 2 pour une erreur d’utilisation. Documentation : docs/guide.md.",
    )
    commands: Commands = parser.add_subparsers(
        dest="command",
        required=True,
        metavar="COMMANDE",
        title="commandes",
        parser_class=_Parser,  # French usage and errors in every subcommand too
    )
    for register in _COMMANDS:
        register(commands)
    return parser


# ---------------------------------------------------------------------------- main


def _message(error: BaseException) -> str:
    """The French message of an error that reached the top, for stderr."""
    if isinstance(error, UsageError | SuiviError):
        return str(error)
    if isinstance(error, ValidationError):
        lines = "\n".join(f"  - {line}" for line in explain(error))
        return f"données à corriger :\n{lines}"
    if isinstance(error, OSError):
        return str(os_error(error, "d’accéder à", error.filename or "un fichier"))
    if isinstance(error, RecursionError):
        return "données imbriquées trop profondément : simplifiez le fichier"
    if isinstance(error, OverflowError):
        return "une date sort du calendrier (avant l’an 1 ou après l’an 9999) : corrigez-la"
    if isinstance(error, MemoryError):
        return "mémoire insuffisante : le fichier est trop volumineux"
    return (
        f"erreur inattendue ({type(error).__name__}) : c’est un défaut de suivi-templates, "
        "merci de le signaler avec la commande lancée (sans données personnelles)"
    )


def _run(argv: Sequence[str] | None) -> int:
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else USAGE
    run: Callable[[argparse.Namespace], int] = arguments.run
    return run(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (0, 1 when rejected, 2 on misuse)."""
    tolerant_streams()
    try:
        status = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_output()
    except KeyboardInterrupt:
        print("\nsuivi-templates : interrompu.", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: a French message, never a traceback
        print(f"suivi-templates : erreur : {_message(error)}", file=sys.stderr)
        return USAGE
    return status


if __name__ == "__main__":
    sys.exit(main())
