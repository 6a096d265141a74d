"""Command line: ``suivi-templates`` (or ``python -m suivi_templates``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from suivi_templates.examples import EXAMPLES
from suivi_templates.models import InterviewContext
from suivi_templates.rendering import KINDS, Draft, render

__all__ = ["main"]

_KIND_TITLES = {
    "thank_you": "Courriel de remerciement",
    "reminder": "Courriel de relance",
    "phone_script": "Script d’appel",
    "voicemail": "Message vocal",
}
_LOCALE_TITLES = {"fr_CA": "Québec (fr_CA)", "fr_FR": "France (fr_FR)"}


def _print_draft(draft: Draft) -> None:
    print(f"── {_KIND_TITLES.get(draft.kind, draft.kind)} ──")
    if draft.subject is not None:
        print(f"Objet : {draft.subject}\n")
    print(draft.body, end="\n\n")


def _example(arguments: argparse.Namespace) -> int:
    for locale in arguments.locale or list(EXAMPLES):
        context = InterviewContext.model_validate(EXAMPLES[locale])
        print(
            f"════ {_LOCALE_TITLES[locale]} : {context.candidate.name}, "
            f"{context.role.title} ({context.company.name}) ════\n"
        )
        for kind in KINDS:
            _print_draft(render(kind, context))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="suivi-templates",
        description="Rédige les suivis d’une entrevue d’embauche : remerciement, relance, "
        "script d’appel et message vocal, en français du Québec ou de France.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    example = commands.add_parser(
        "exemple",
        help="affiche les quatre brouillons des entrevues d’exemple",
        description="Affiche les quatre brouillons (remerciement, relance, script d’appel, "
        "message vocal) des contextes d’exemple fournis avec la bibliothèque.",
    )
    example.add_argument(
        "--locale",
        action="append",
        choices=list(EXAMPLES),
        help="ne montrer que ce paramètre régional (répétable)",
    )
    example.set_defaults(run=_example)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    arguments = _parser().parse_args(argv)
    status: int = arguments.run(arguments)
    return status


if __name__ == "__main__":
    sys.exit(main())
