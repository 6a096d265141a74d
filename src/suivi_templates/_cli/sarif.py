"""Findings as SARIF 2.1.0, the format code-review tools and editors read.

One run, whose tool driver lists every check as a rule (French description, the follow-up
rules it applies, its default level); each finding is a result with its file, region and
a fingerprint that survives edits elsewhere in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from suivi_templates._cli.common import package_version
from suivi_templates._cli.documents import Document
from suivi_templates.checks import CheckReport, checks
from suivi_templates.rules import RULES, rule_anchor

__all__ = ["SARIF_SCHEMA", "sarif_log"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule_text(rules: Sequence[str]) -> str:
    return " ".join(f"{rule} : {RULES[rule]}" for rule in rules if rule in RULES)


def _driver() -> dict[str, Any]:
    rules = []
    for item in checks():
        summary = _rule_text(item.rules) or "Conventions d’écriture (docs/conventions.md)."
        rules.append(
            {
                "id": item.code,
                "name": item.code.replace(".", "_"),
                "shortDescription": {
                    "text": f"{item.code} ({', '.join(item.rules) or 'conventions'})"
                },
                "fullDescription": {"text": summary},
                "defaultConfiguration": {"level": item.severity},
                "properties": {
                    "tags": [item.family, *item.rules],
                    "rules": [rule_anchor(rule) for rule in item.rules],
                },
            }
        )
    return {
        "name": "suivi-templates",
        "version": package_version(),
        "rules": rules,
    }


def _result(document: Document, report: CheckReport, index: dict[str, int]) -> list[dict[str, Any]]:
    results = []
    for finding in report.findings:
        message = finding.message + (
            f" Suggestion : {finding.suggestion}" if finding.suggestion else ""
        )
        location: dict[str, Any] = {
            "artifactLocation": {"uri": document.name if document.name != "-" else "stdin"}
        }
        where = document.position(finding)
        if where.line is not None:
            location["region"] = {
                "startLine": where.line,
                "startColumn": where.column,
                "endLine": where.end_line,
                "endColumn": where.end_column,
            }
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": finding.severity,
            "message": {"text": message},
            "locations": [{"physicalLocation": location}],
            "partialFingerprints": {"suiviTemplates/v1": finding.fingerprint},
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        results.append(result)
    return results


def sarif_log(checked: Sequence[tuple[Document, CheckReport]]) -> dict[str, Any]:
    """A SARIF 2.1.0 log of every finding of every checked document."""
    driver = _driver()
    index = {rule["id"]: number for number, rule in enumerate(driver["rules"])}
    results = [item for document, report in checked for item in _result(document, report, index)]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        ],
    }
