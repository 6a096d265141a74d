"""A catalogue of bad inputs for the command line: each gives exit 2 and one French message.

Every case runs ``cli.main`` in-process (an exception escaping it would fail the test
with the traceback a user would have seen); the last few run the real console script in a
subprocess, for what only a process shows (encodings, a closed pipe). Each case names
what the message must point at: the field, the file or the option to fix.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import suivi_templates as st
from suivi_templates import cli

# Phrases that betray an untranslated message from Python, pydantic, argparse or the OS.
ENGLISH = (
    "Traceback",
    "Error:",
    "Input should",
    "No such file",
    "Permission denied",
    "Is a directory",
    "invalid choice",
    "required",
    "Field required",
    "Exceeds the limit",
    "out of range",
    "For further information",
)


def data(**changes: Any) -> dict[str, Any]:
    """The Québec example with dotted changes: ``data(**{"candidate.name": "x"})``."""
    result = copy.deepcopy(st.EXAMPLES["fr_CA"])
    for dotted, value in changes.items():
        *parents, leaf = dotted.split(".")
        target = result
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is ...:
            del target[leaf]
        else:
            target[leaf] = value
    return result


def write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def context(folder: Path, **changes: Any) -> str:
    return write(folder, "contexte.json", json.dumps(data(**changes), ensure_ascii=False))


def draft(**changes: Any) -> Callable[[Path], tuple[list[str], str]]:
    """A case: ``rediger thank_you`` on the example with ``changes``; expects the field."""
    field = re.sub(r"\.(\d+)", r"[\1]", next(iter(changes)))

    def case(folder: Path) -> tuple[list[str], str]:
        return ["rediger", "thank_you", "--contexte", context(folder, **changes)], field

    return case


def eml(address: str, field: str = "interviewer.email") -> Callable[[Path], tuple[list[str], str]]:
    def case(folder: Path) -> tuple[list[str], str]:
        path = context(folder, **{field: address})
        return [
            "rediger",
            "thank_you",
            "--contexte",
            path,
            "--sortie",
            str(folder / "m.eml"),
        ], field

    return case


def raw(content: str | bytes, expected: str, name: str = "contexte.json"):
    def case(folder: Path) -> tuple[list[str], str]:
        return ["rediger", "thank_you", "--contexte", write(folder, name, content)], expected

    return case


def plain(*argv: str, expected: str):
    def case(folder: Path) -> tuple[list[str], str]:
        return [arg.replace("{tmp}", str(folder)) for arg in argv], expected

    return case


def with_context(*argv: str, expected: str):
    def case(folder: Path) -> tuple[list[str], str]:
        path = context(folder)
        return [arg.replace("{ctx}", path).replace("{tmp}", str(folder)) for arg in argv], expected

    return case


def template(source: str, expected: str = "Gabarit"):
    def case(folder: Path) -> tuple[list[str], str]:
        (folder / "gabarits" / "fr_CA").mkdir(parents=True)
        (folder / "gabarits" / "fr_CA" / "thank_you.j2").write_text(source, encoding="utf-8")
        path = context(folder)
        return ["rediger", "thank_you", "--contexte", path, "--gabarits", f"{folder}/gabarits"], (
            expected
        )

    return case


def text_file(content: str | bytes, *options: str, expected: str, name: str = "t.txt"):
    def case(folder: Path) -> tuple[list[str], str]:
        return ["verifier", write(folder, name, content), *options], expected

    return case


def settings(content: str, expected: str):
    def case(folder: Path) -> tuple[list[str], str]:
        write(folder, "pyproject.toml", content)
        return ["verifier", write(folder, "t.txt", "Bonjour.\n")], expected

    return case


def batch(name: str, content: str, *options: str, expected: str):
    def case(folder: Path) -> tuple[list[str], str]:
        path = write(folder, name, content)
        return [
            "publipostage",
            path,
            "--type",
            "thank_you",
            "--sortie",
            f"{folder}/out",
            *options,
        ], (expected)

    return case


DEEP_JSON = "[" * 100_000 + "]" * 100_000
DEEP_TOML = "a = " + "[" * 100_000 + "]" * 100_000 + "\n"
DIGITS = "9" * 5000
TOML_OK = 'locale = "fr_CA"\n'

CASES: dict[str, Callable[[Path], tuple[list[str], str]]] = {
    # the context file itself
    "missing context file": plain(
        "rediger", "thank_you", "--contexte", "{tmp}/absent.json", expected="absent.json"
    ),
    "context is a folder": plain("rediger", "thank_you", "--contexte", "{tmp}", expected="dossier"),
    "empty context file": raw("", "JSON invalide"),
    "latin-1 context": raw('{"locale": "fr_CA", "x": "é"}'.encode("latin-1"), "UTF-8"),
    "binary context": raw(b"\x89PNG\r\n\x1a\n\x00\x00", "UTF-8"),
    "NUL in a context file": raw('{"locale": "fr_CA"}\x00', "caractère nul"),
    "JSON nested 100,000 deep": raw(DEEP_JSON, "imbriquées"),
    "TOML nested 100,000 deep": raw(DEEP_TOML, "contexte.toml", name="contexte.toml"),
    "5,000-digit number in JSON": raw('{"locale": ' + DIGITS + "}", "locale"),
    "5,000-digit number in TOML": raw(
        TOML_OK + "n = " + DIGITS + "\n", "chiffres", name="contexte.toml"
    ),
    "5,000-digit interview date": raw(
        json.dumps(data()).replace('"2026-11-19"', DIGITS, 1), "interview.date"
    ),
    "top-level list": raw("[]", "contexte"),
    "top-level string": raw('"bonjour"', "contexte"),
    "top-level null": raw("null", "contexte"),
    "JSON syntax error": raw('{"locale": "fr_CA",}', "ligne 1"),
    "TOML syntax error": raw("locale = \n", "TOML", name="contexte.toml"),
    "context of 3 MB": raw('{"locale": "' + "x" * 3_000_000 + '"}', "volumineux"),
    "lone surrogate": raw(
        json.dumps(data()).replace("Camille Roy", "\\ud800", 1), "candidate.name"
    ),
    # fields
    "missing candidate": draft(candidate=...),
    "unknown field": draft(**{"candidate.nmae": "Camille"}),
    "English locale": draft(locale="en_US"),
    "bad gender": draft(**{"candidate.gender": "x"}),
    "bad civility": draft(**{"interviewer.civility": "Docteur"}),
    "date as 19/11/2026": draft(**{"interview.date": "19/11/2026"}),
    "year 0001 interview": draft(**{"interview.date": "0001-01-01"}),
    "decision before interview": draft(**{"next_steps.decision_by": "2026-01-01"}),
    "history before interview": draft(**{"history.0.on": "2020-01-01"}),
    "bad history kind": draft(**{"history.0.kind": "lunch"}),
    "NUL in a name": draft(**{"candidate.name": "Camille\x00Roy"}),
    "bell in a company name": draft(**{"company.name": "Horizon\x07"}),
    "line break in a title": draft(**{"role.title": "analyste\nBcc: x@evil.example"}),
    "empty name": draft(**{"interviewer.name": ""}),
    "name of 10,000 characters": draft(**{"candidate.name": "A" * 10_000}),
    "eleven topics": draft(topics=[{"subject": f"sujet {i}"} for i in range(11)]),
    "topics as a number": draft(topics=5),
    "not an address": draft(**{"candidate.email": "pas-une-adresse"}),
    "not a phone number": draft(**{"candidate.phone": "appelez-moi"}),
    "maybe as a boolean": draft(**{"next_steps.no_contact": "peut-être"}),
    "number as a name": draft(**{"candidate.name": 42}),
    # addresses that only the e-mail export meets
    "double dot in an address": eml("a..b@x.example"),
    "accent in an address": eml("josé@x.example"),
    "double dot in a domain": eml("a@b..example"),
    "odd sender address": eml("a..b@x.example", field="candidate.email"),
    # arguments
    "no subcommand": plain(expected="COMMANDE"),
    "unknown subcommand": plain("envoyer", expected="envoyer"),
    "unknown kind": with_context("rediger", "merci", "--contexte", "{ctx}", expected="merci"),
    "misspelt kind": with_context(
        "rediger", "thank-you", "--contexte", "{ctx}", expected="thank_you"
    ),
    "output as .pdf": with_context(
        "rediger", "thank_you", "--contexte", "{ctx}", "--sortie", "{tmp}/x.pdf", expected=".pdf"
    ),
    "output in a missing folder": with_context(
        "rediger",
        "thank_you",
        "--contexte",
        "{ctx}",
        "--sortie",
        "{tmp}/nope/x.eml",
        expected="nope",
    ),
    "output exists": lambda folder: (
        [
            "rediger",
            "thank_you",
            "--contexte",
            context(folder),
            "--sortie",
            write(folder, "deja.txt", "déjà là"),
        ],
        "existe déjà",
    ),
    "missing templates folder": with_context(
        "rediger", "thank_you", "--contexte", "{ctx}", "--gabarits", "{tmp}/nope", expected="nope"
    ),
    "NUL in a file name": plain(
        "rediger", "thank_you", "--contexte", "a\x00b.json", expected="caractère nul"
    ),
    "bad --aujourdhui": with_context(
        "planifier", "--contexte", "{ctx}", "--aujourdhui", "2026-13-45", expected="--aujourdhui"
    ),
    "year 0001 --aujourdhui": with_context(
        "planifier", "--contexte", "{ctx}", "--aujourdhui", "0001-01-01", expected="hors limites"
    ),
    "interview on 9999-12-30 in planifier": lambda folder: (
        [
            "planifier",
            "--contexte",
            context(
                folder,
                **{"interview.date": "9999-12-30", "next_steps.decision_by": None, "history": []},
            ),
        ],
        "interview.date",
    ),
    "calendar in a missing folder": with_context(
        "planifier", "--contexte", "{ctx}", "--ics", "{tmp}/nope/plan.ics", expected="nope"
    ),
    "bad example locale": plain("exemple", "--locale", "en_US", expected="en_US"),
    "two locales for one context": plain(
        "exemple", "--contexte-json", "--locale", "fr_CA", "--locale", "fr_FR", expected="--locale"
    ),
    # app templates
    "template syntax error": template("{% if %}"),
    "template unknown variable": template("{{ salaire }}", expected="salaire"),
    "template reaching a dunder": template("{{ candidate.__class__ }}"),
    "template unclosed block": template("{% for t in topics %}{{ t }}"),
    # verifier
    "missing text": with_context("verifier", "{tmp}/absent.txt", expected="absent.txt"),
    "text is a folder": plain("verifier", "{tmp}", expected="dossier"),
    "latin-1 text": text_file("Merci, à bientôt".encode("latin-1"), expected="UTF-8"),
    "unknown kind to check": text_file("Bonjour.", "--type", "remind", expected="reminder"),
    "unknown code to ignore": text_file(
        "Bonjour.", "--ignorer", "pushy.presure", expected="pushy.pressure"
    ),
    "bad format": text_file("Bonjour.", "--format", "xml", expected="xml"),
    "e-mail without text": text_file(
        "Subject: Merci\nContent-Type: image/png\n\nAAAA\n", expected="partie texte", name="m.eml"
    ),
    "settings with an unknown key": settings("[tool.suivi-templates]\nignorez = []\n", "ignorer"),
    "settings with a bad level": settings(
        '[tool.suivi-templates]\nniveaux = { pushy = "fort" }\n', "fort"
    ),
    "settings with a bad code": settings(
        '[tool.suivi-templates]\nignorer = ["style.calk"]\n', "style.calque"
    ),
    "standard input twice": plain("verifier", "-", "-", expected="entrée standard"),
    "unknown rule": plain("regle", "pushy.presure", expected="pushy.pressure"),
    # publipostage
    "batch as .xlsx": batch("c.xlsx", "x", expected=".csv"),
    "empty batch": batch("c.csv", "", expected="aucune ligne"),
    "batch of an unknown kind": lambda folder: (
        [
            "publipostage",
            write(folder, "c.jsonl", "{}\n"),
            "--type",
            "thank-you",
            "--sortie",
            f"{folder}/o",
        ],
        "thank_you",
    ),
    "batch limit 0": batch("c.jsonl", "{}\n", "--limite", "0", expected="--limite"),
    "batch file missing": plain(
        "publipostage",
        "{tmp}/absent.csv",
        "--type",
        "thank_you",
        "--sortie",
        "{tmp}/out",
        expected="absent.csv",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_input_gives_exit_2_and_a_french_message(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    argv, expected = CASES[name](tmp_path)

    status = cli.main(argv)
    err = capsys.readouterr().err

    assert status == 2, err
    assert "erreur" in err
    assert expected in err
    for english in ENGLISH:
        assert english not in err, f"{english!r} in {err!r}"


def test_the_catalogue_holds_at_least_sixty_cases():
    assert len(CASES) >= 60


def run_script(*argv: str, env: dict[str, str] | None = None, **options: Any):
    return subprocess.run(
        [sys.executable, "-m", "suivi_templates", *argv],
        capture_output=True,
        check=False,
        env=os.environ | (env or {}),
        **options,
    )


def test_an_ascii_terminal_gets_the_message_without_accents(tmp_path: Path):
    path = context(tmp_path, **{"candidate.gender": "x"})

    result = run_script(
        "rediger", "thank_you", "--contexte", path, env={"PYTHONIOENCODING": "ascii"}
    )

    err = result.stderr.decode("ascii")
    assert result.returncode == 2
    assert "Traceback" not in err
    assert "le contexte" in err
    assert "a corriger" in err
    assert "candidate.gender" in err


def test_an_ascii_terminal_still_gets_the_drafts():
    result = run_script("exemple", env={"PYTHONIOENCODING": "ascii"})

    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert b"Objet" in result.stdout


def test_a_closed_pipe_stops_quietly_with_exit_2():
    # A reader already gone (as `| head` once it has read enough): every write fails.
    # Racing a live `head` instead made the result depend on who wrote first.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        writer = subprocess.run(
            [sys.executable, "-m", "suivi_templates", "exemple"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)

    err = writer.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert writer.returncode == 2
    assert "sortie a été fermée" in err
