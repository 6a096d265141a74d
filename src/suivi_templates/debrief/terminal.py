"""``suivi-templates debrief``: the questions, one at a time, on plain standard input/output.

Each answer is checked at once; a wrong one gets a French hint and the question again. The
file is written only at the end, whole, once the context validates: an interrupted
debrief (Ctrl-D, Ctrl-C, end of a piped input) writes nothing. With the optional ``rich``
library and a real terminal, titles and hints are in colour; nothing else changes.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from suivi_templates.debrief.answers import Hint, Session
from suivi_templates.debrief.context_file import check_output, read_answers, save
from suivi_templates.debrief.engine import ERASE, SKIP, Prompt, finish, settle, walk
from suivi_templates.errors import DebriefIncomplete
from suivi_templates.models import InterviewContext

__all__ = ["Interrupted", "interview", "register"]

_LONGEST_LINE = 20_000
"""Longer lines are read in pieces and refused whole, never held in memory at once."""


class Interrupted(Exception):
    """The input ended (Ctrl-D) or was interrupted (Ctrl-C) before the last question."""


class _Screen:
    """Where questions go: plain text, or ``rich`` colours on a terminal that has them."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.console: Any = None
        if out.isatty():
            try:
                from rich.console import Console  # type: ignore[import-not-found,unused-ignore]
            except ImportError:
                pass
            else:
                self.console = Console(file=out, highlight=False)

    def say(self, text: str, style: str = "") -> None:
        if self.console is not None and style:
            self.console.print(text, style=style, markup=False)
        else:
            print(text, file=self.out)


class _TerminalAsker:
    """Ask a prompt until its answer is right; raise :class:`Interrupted` at end of input."""

    def __init__(self, source: IO[str], screen: _Screen, session: Session) -> None:
        self.source = source
        self.screen = screen
        self.session = session
        self.section: str | None = None

    def __call__(self, prompt: Prompt) -> Any:
        locale = self.session.locale
        if prompt.section.title != self.section:
            self.section = prompt.section.title
            title = prompt.section.title
            if locale == "fr_FR":
                title = title.replace("entrevue", "entretien")
            self.screen.say(f"\n── {title} ({prompt.number}/{prompt.total}) ──", "bold cyan")
            self.screen.say(prompt.section.why, "dim")
        question = prompt.text(locale)
        default = prompt.default
        # A resumed answer was settled when it was given: advice that keeps it as it is
        # (« Entrée pour garder votre formulation ») is not repeated on every --reprendre.
        confirmed: str | None = prompt.default
        while True:
            self.screen.say(f"\n{question}", "bold")
            self.screen.say(f"  Exemple : {prompt.question.example}", "dim")
            if default is not None:
                erase = f" ; « {ERASE} » pour l’effacer" if not prompt.required else ""
                self.screen.say(f"  Entrée pour garder : {default}{erase}", "dim")
            typed = self._read()
            try:
                value = settle(replace(prompt, default=default), typed, self.session, confirmed)
            except Hint as hint:
                self.screen.say(f"  → {hint.message}", "yellow")
                if hint.proposal is not None:
                    default = confirmed = hint.proposal
                continue
            if value is not SKIP and typed.strip() and _shown(value) != typed.strip():
                self.screen.say(f"  ✓ noté : {_shown(value)}", "green")
            return value

    def _read(self) -> str:
        self.out_prompt()
        try:
            line = self.source.readline(_LONGEST_LINE)
        except KeyboardInterrupt:
            raise Interrupted from None
        if not line:
            raise Interrupted
        if not line.endswith("\n") and len(line) == _LONGEST_LINE:
            while (rest := self.source.readline(_LONGEST_LINE)) and not rest.endswith("\n"):
                pass
        return line.rstrip("\r\n")

    def out_prompt(self) -> None:
        self.screen.out.write("> ")
        self.screen.out.flush()


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def interview(
    source: IO[str],
    out: IO[str],
    *,
    today: date,
    existing: dict[str, Any] | None = None,
) -> InterviewContext:
    """Ask every question on ``source``/``out`` and return the context the answers make."""
    session = Session(today=today)
    screen = _Screen(out)
    while True:
        data = walk(session, _TerminalAsker(source, screen, session), existing)
        try:
            return finish(data)
        except DebriefIncomplete as incomplete:
            # Only cross-field rules can fail here; go round again with these answers.
            for hint in incomplete.hints:
                screen.say(f"  → {hint}", "yellow")
            existing = data
            session = Session(today=today)


def run(arguments: argparse.Namespace) -> int:
    """The ``debrief`` subcommand: 0 when the file is written, 1 when interrupted."""
    if arguments.fiche is not None:
        from suivi_templates.debrief.sheet import write_sheet

        written = write_sheet(arguments.fiche, overwrite=False)
        print(f"Fiche de débriefing écrite dans {written}", file=sys.stderr)
        return 0
    resumed: Path | None = arguments.reprendre
    output: Path = arguments.sortie or resumed or Path("contexte.toml")
    existing = read_answers(resumed) if resumed is not None else None
    may_replace = resumed is not None and output.resolve() == resumed.resolve()
    check_output(output, may_replace=may_replace)
    _reconfigure(sys.stdin)
    print(
        "Débriefing de votre entrevue : répondez à chaque question puis appuyez sur Entrée. "
        "Rien n’est écrit avant la dernière réponse ; Ctrl-D pour abandonner.",
    )
    try:
        context = interview(
            sys.stdin, sys.stdout, today=arguments.aujourdhui or date.today(), existing=existing
        )
    except (Interrupted, KeyboardInterrupt):
        print(
            "\nDébriefing interrompu : rien n’a été écrit"
            + (f" ({resumed} est inchangé)." if resumed else "."),
            file=sys.stderr,
        )
        return 1
    save(context, output, may_replace=may_replace)
    print(
        f"\nContexte écrit dans {output}. Premier brouillon : suivi-templates rediger "
        f"thank_you --contexte {output} ; plan : suivi-templates planifier --contexte {output}",
    )
    return 0


def _reconfigure(stream: IO[str]) -> None:
    """Read bytes that are not UTF-8 as U+FFFD, which the checkers refuse with a hint."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide ({text!r}) : écrivez-la AAAA-MM-JJ, p. ex. 2026-11-20"
        ) from None


def register(commands: Any) -> None:
    """Add the ``debrief`` subcommand to the command line's subparsers."""
    parser = commands.add_parser(
        "debrief",
        help="pose les questions du débriefing et écrit le fichier de contexte",
        description="Pose en français, une à une, les questions du débriefing d’entrevue "
        "(qui, quand, les sujets, ce qui vous a marqué, vos promesses, la suite) et écrit un "
        "fichier de contexte TOML valide. Rien n’est écrit si vous abandonnez (Ctrl-D).",
    )
    parser.add_argument(
        "--sortie",
        type=Path,
        metavar="FICHIER.toml",
        help="fichier de contexte à écrire (par défaut : contexte.toml ; jamais écrasé)",
    )
    parser.add_argument(
        "--reprendre",
        type=Path,
        metavar="FICHIER.toml",
        help="relit un fichier de contexte : chaque réponse devient la valeur par défaut, "
        "et le fichier est remplacé à la fin",
    )
    parser.add_argument(
        "--aujourdhui",
        type=_day,
        metavar="AAAA-MM-JJ",
        help="date du jour pour « hier », « jeudi dernier »… (par défaut : aujourd’hui)",
    )
    parser.add_argument(
        "--fiche",
        type=Path,
        metavar="FICHIER.md|.pdf",
        help="écrit plutôt la fiche de débriefing à imprimer (Markdown, ou PDF si pandoc ou "
        "LibreOffice est installé)",
    )
    parser.set_defaults(run=run)
