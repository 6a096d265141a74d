"""The suivi-templates command line: exemple, rediger, verifier (planifier: test_cli_plan.py)."""

from __future__ import annotations

import email.policy
import json
import os
import subprocess
import sys
import sysconfig
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

import suivi_templates as st
from suivi_templates import cli


@pytest.fixture
def context_file(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "contexte.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


TOML_CONTEXT = """\
locale = "fr_FR"

[candidate]
name = "Hugo Martin"
gender = "m"
email = "hugo.martin@example.org"
phone = "06 12 34 56 78"

[interviewer]
name = "Claire Dupont"
civility = "Madame"
email = "claire.dupont@atelier-lumen.example"

[company]
name = "Atelier Lumen"
article = "l'"

[role]
title = "chef de projet informatique"

[interview]
date = 2026-05-07
mode = "video"

[[topics]]
subject = "le déploiement du nouvel outil de facturation"
"""


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# ---------------------------------------------------------------------------- help


def test_help_is_in_french(capsys: pytest.CaptureFixture[str]):
    status, out, _ = run(capsys, "--help")

    assert status == 0
    assert out.startswith("utilisation : suivi-templates")
    assert "affiche cette aide et quitte" in out
    for command in ("exemple", "rediger", "verifier", "planifier"):
        assert command in out


@pytest.mark.parametrize("command", ["exemple", "rediger", "verifier", "planifier"])
def test_each_subcommand_has_french_help(capsys: pytest.CaptureFixture[str], command: str):
    status, out, _ = run(capsys, command, "--help")

    assert status == 0
    assert out.startswith(f"utilisation : suivi-templates {command}")
    assert "utilisation : utilisation" not in out
    assert "show this help" not in out


def test_usage_errors_are_in_french_with_status_2(capsys: pytest.CaptureFixture[str]):
    status, _, err = run(capsys, "rediger", "thank_you")

    assert status == 2
    assert "erreur : arguments obligatoires manquants : --contexte" in err


# ---------------------------------------------------------------------------- exemple


def test_exemple_prints_the_drafts_of_both_locales(capsys: pytest.CaptureFixture[str]):
    status, out, _ = run(capsys, "exemple")

    assert status == 0
    assert "Québec (fr_CA) : Camille Roy" in out
    assert "France (fr_FR) : Hugo Martin" in out
    assert out.count("── Courriel de remerciement ──") == 2


def test_exemple_contexte_json_is_a_context_to_start_from(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    status, out, _ = run(capsys, "exemple", "--contexte-json", "--locale", "fr_FR")

    assert status == 0
    assert "é" in out  # readable accents, not \\u00e9
    assert st.InterviewContext.model_validate(json.loads(out)).locale == "fr_FR"
    path = tmp_path / "contexte.json"
    path.write_text(out, encoding="utf-8")
    assert run(capsys, "rediger", "thank_you", "--contexte", str(path))[0] == 0


def test_exemple_contexte_json_defaults_to_the_quebec_example(capsys: pytest.CaptureFixture[str]):
    status, out, _ = run(capsys, "exemple", "--contexte-json")

    assert status == 0
    assert json.loads(out) == st.EXAMPLE_CONTEXT


# ---------------------------------------------------------------------------- rediger


def test_rediger_prints_the_draft(capsys: pytest.CaptureFixture[str], context_file: Path):
    context = st.InterviewContext.model_validate_json(context_file.read_text(encoding="utf-8"))
    draft = st.render("thank_you", context)

    status, out, _ = run(capsys, "rediger", "thank_you", "--contexte", str(context_file))

    assert status == 0
    assert f"Objet\u00a0: {draft.subject}" in out
    assert draft.body.rstrip() in out


def test_rediger_reads_toml(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    path = tmp_path / "contexte.toml"
    path.write_text(TOML_CONTEXT, encoding="utf-8")

    status, out, _ = run(capsys, "rediger", "reminder", "--contexte", str(path))

    assert status == 0
    assert "Hugo Martin" in out


def test_rediger_writes_an_eml_that_parses_back(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    output = tmp_path / "merci.eml"

    status, _, err = run(
        capsys, "rediger", "thank_you", "--contexte", str(context_file), "--sortie", str(output)
    )

    assert status == 0
    assert f"Brouillon écrit dans {output}" in err
    with output.open("rb") as stream:
        message = BytesParser(policy=email.policy.default).parse(stream)
    context = st.InterviewContext.model_validate_json(context_file.read_text(encoding="utf-8"))
    assert message["Subject"] == st.render("thank_you", context).subject
    assert "é" in message.get_content()


def test_rediger_writes_a_txt_that_verifier_reads_back(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    output = tmp_path / "relance.txt"
    run(capsys, "rediger", "reminder", "--contexte", str(context_file), "--sortie", str(output))

    assert output.read_text(encoding="utf-8").startswith("Objet\u00a0: ")
    status, out, _ = run(
        capsys, "verifier", str(output), "--contexte", str(context_file), "--type", "reminder"
    )
    assert status == 0
    assert f"{output} : accepté." in out


def test_rediger_never_overwrites_without_ecraser(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    output = tmp_path / "merci.eml"
    output.write_bytes(b"mon brouillon")
    arguments = ["rediger", "thank_you", "--contexte", str(context_file), "--sortie", str(output)]

    status, _out, err = run(capsys, *arguments)

    assert status == 2
    assert "existe déjà" in err
    assert "--ecraser" in err
    assert "Traceback" not in err
    assert output.read_bytes() == b"mon brouillon"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contexte.json", "merci.eml"]

    assert run(capsys, *arguments, "--ecraser")[0] == 0
    assert output.read_bytes().startswith(b"From: ")


def test_rediger_refuses_an_unknown_output_extension(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    output = tmp_path / "merci.docx"
    status, _, err = run(
        capsys, "rediger", "thank_you", "--contexte", str(context_file), "--sortie", str(output)
    )

    assert status == 2
    assert ".eml" in err
    assert not output.exists()


def test_rediger_uses_own_templates(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    folder = tmp_path / "gabarits"
    (folder / "fr_CA").mkdir(parents=True)
    (folder / "fr_FR").mkdir(parents=True)
    for locale in ("fr_CA", "fr_FR"):
        (folder / locale / "references.j2").write_text(
            "Voici mes références, {{ interviewer.name }}, pour {{ topics[0].subject }}.\n",
            encoding="utf-8",
        )

    status, out, _ = run(
        capsys, "rediger", "references", "--contexte", str(context_file), "--gabarits", str(folder)
    )

    assert status == 0
    assert "Voici mes références" in out


def test_rediger_reports_a_sandbox_escape_without_writing(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    folder = tmp_path / "gabarits"
    for locale in ("fr_CA", "fr_FR"):
        (folder / locale).mkdir(parents=True)
        (folder / locale / "thank_you.j2").write_text(
            "Bonjour\n{{ cycler.__init__.__globals__ }}\n", encoding="utf-8"
        )
    output = tmp_path / "merci.txt"

    status, _out, err = run(
        capsys,
        "rediger",
        "thank_you",
        "--contexte",
        str(context_file),
        "--gabarits",
        str(folder),
        "--sortie",
        str(output),
    )

    assert status == 2
    assert "thank_you.j2" in err
    assert "ligne 2" in err
    assert "opération interdite" in err
    assert "Traceback" not in err
    assert not output.exists()


def test_rediger_unknown_kind_lists_the_kinds(
    capsys: pytest.CaptureFixture[str], context_file: Path
):
    status, _, err = run(capsys, "rediger", "merci", "--contexte", str(context_file))

    assert status == 2
    assert "Types disponibles : thank_you, reminder, phone_script, voicemail" in err


# ---------------------------------------------------------------------------- bad context files


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["candidate"].update(gender="x"), "candidate.gender : valeur non permise"),
        (lambda d: d["candidate"].update(email="camille"), "candidate.email : n"),
        (lambda d: d.pop("role"), "role : champ obligatoire manquant"),
        (lambda d: d["interview"].update(date="19/11/2026"), "interview.date : date invalide"),
        (lambda d: d["topics"][0].update(sujet="x"), "topics[0].sujet : champ inconnu"),
    ],
)
def test_a_bad_context_names_the_field_and_the_fix(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data: dict[str, Any],
    change: Any,
    expected: str,
):
    change(data)
    path = tmp_path / "contexte.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    output = tmp_path / "merci.eml"

    status, _out, err = run(
        capsys, "rediger", "thank_you", "--contexte", str(path), "--sortie", str(output)
    )

    assert status == 2
    assert expected in err
    assert "Traceback" not in err
    assert "ValidationError" not in err
    assert not output.exists()


def test_invalid_json_gives_line_and_column(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    path = tmp_path / "contexte.json"
    path.write_text('{\n  "locale": "fr_CA",\n  "candidate": {,\n}', encoding="utf-8")

    status, _, err = run(capsys, "rediger", "thank_you", "--contexte", str(path))

    assert status == 2
    assert "ligne 3, colonne" in err
    assert "JSON invalide" in err


def test_invalid_toml_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    path = tmp_path / "contexte.toml"
    path.write_text('locale = "fr_CA\n', encoding="utf-8")

    status, _, err = run(capsys, "rediger", "thank_you", "--contexte", str(path))

    assert status == 2
    assert "TOML valide" in err


def test_a_missing_context_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    status, _, err = run(capsys, "rediger", "thank_you", "--contexte", str(tmp_path / "non.json"))

    assert status == 2
    assert "fichier de contexte introuvable" in err


# ---------------------------------------------------------------------------- verifier


def test_verifier_missing_text_file(
    capsys: pytest.CaptureFixture[str], context_file: Path, tmp_path: Path
):
    status, _, err = run(
        capsys, "verifier", str(tmp_path / "absent.txt"), "--contexte", str(context_file)
    )

    assert status == 2
    assert "texte à vérifier introuvable" in err


# ---------------------------------------------------------------------------- console script


def test_console_script_is_installed_and_runs(tmp_path: Path):
    script = Path(sysconfig.get_path("scripts")) / "suivi-templates"
    assert script.exists(), "pip install -e '.[test]' installs the suivi-templates script"

    result = subprocess.run(
        [str(script), "exemple", "--contexte-json"],
        capture_output=True,
        check=False,
        env=os.environ | {"PYTHONIOENCODING": "utf-8"},
    )

    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout.decode("utf-8"))["locale"] == "fr_CA"


def test_python_dash_m_reports_usage_errors_with_status_2():
    result = subprocess.run(
        [sys.executable, "-m", "suivi_templates", "rediger"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )

    assert result.returncode == 2
    assert "erreur : arguments obligatoires manquants" in result.stderr


def test_rediger_keeps_a_long_accented_name_exactly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: dict[str, Any]
):
    # The CLI writes the library's own .eml bytes: Python's refolding would add spaces.
    name = "Marie-Éléonore Bérénice de La Rochefoucauld-Montbéliard"
    data = {**data, "candidate": {**data["candidate"], "name": name}}
    source = tmp_path / "contexte.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    output = tmp_path / "merci.eml"

    status, _, _ = run(
        capsys, "rediger", "thank_you", "--contexte", str(source), "--sortie", str(output)
    )

    assert status == 0
    message = BytesParser(policy=email.policy.default).parsebytes(output.read_bytes())
    assert message["From"].addresses[0].display_name == name
