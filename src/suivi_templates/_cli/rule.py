"""``suivi-templates regle CODE``: what a check detects, why, examples, how to turn it off."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from suivi_templates._cli.common import UsageError
from suivi_templates._cli.config import known_codes
from suivi_templates.checks import Check, checks
from suivi_templates.errors import did_you_mean
from suivi_templates.rules import CODE_EXAMPLES, DETECTS, RULES, rule_anchor

if TYPE_CHECKING:
    from suivi_templates._cli.common import Commands

__all__ = ["explain_check", "register"]

_SEVERITY = {"error": "erreur (le texte est refusé)", "warning": "avertissement"}


def explain_check(item: Check) -> str:
    """The French explanation of one check, as ``regle`` prints it."""
    lines = [f"{item.code} — gravité par défaut : {_SEVERITY[item.severity]}", ""]
    detects = DETECTS.get(item.code, "voir docs/verifications.md.")
    lines.append(f"Ce qu’elle détecte : {detects}")
    lines.append("")
    if item.rules:
        lines.append("Pourquoi :")
        lines.extend(
            f"  {rule} — {RULES.get(rule, '')} ({rule_anchor(rule)})" for rule in item.rules
        )
    else:
        lines.append("Pourquoi : les conventions d’écriture du français (docs/conventions.md).")
    if item.code in CODE_EXAMPLES:
        fires, passes = CODE_EXAMPLES[item.code]
        lines += [
            "",
            "Exemples (pour l’entrevue d’exemple : Camille Roy, Coopérative Horizon, Québec) :",
            f"  signalé : « {fires} »",
            f"  accepté : « {passes} »",
        ]
    lines += [
        "",
        "La désactiver :",
        f"  ligne de commande : suivi-templates verifier --ignorer {item.code} …",
        f'  pyproject.toml    : [tool.suivi-templates] ignorer = ["{item.code}"]',
        f'  Python            : st.check(texte, config={{"{item.code}": "off"}})',
    ]
    return "\n".join(lines)


def run(arguments: argparse.Namespace) -> int:
    """Print the explanation of the check, or of every check of a family."""
    code: str = arguments.code
    chosen = [item for item in checks() if code in (item.code, item.family)]
    if not chosen:
        hint = did_you_mean(code, known_codes())
        raise UsageError(
            f"code de vérification inconnu : {code!r}.{hint} La liste des codes est dans "
            "docs/verifications.md"
        )
    print("\n\n".join(explain_check(item) for item in chosen))
    return 0


def register(commands: Commands) -> None:
    """Add ``regle`` to the command line."""
    rule = commands.add_parser(
        "regle",
        help="explique une vérification : ce qu’elle détecte, pourquoi, comment la désactiver",
        description="Explique une vérification (p. ex. pushy.pressure) ou toutes celles "
        "d’une famille (generic, pushy, style, timing).",
    )
    rule.add_argument("code", metavar="CODE", help="code (pushy.pressure) ou famille (pushy)")
    rule.set_defaults(run=run)
