"""``suivi-templates verifier`` as a linter and ``regle``, run end to end on the real checks."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import suivi_templates as st
from suivi_templates import cli
from suivi_templates.rules import CODE_EXAMPLES, DETECTS, RULES

FOREIGN = (
    "Bonjour Madame Tremblay,\n\n"
    "Merci pour notre entrevue sur la migration du système comptable vers SAP. "
    "Je serais heureuse de rejoindre Desjardins.\n\nCamille Roy\n"
)
SUBJECT_REPROACH = "Objet : Relance : toujours pas de nouvelles\n\n" + FOREIGN


@pytest.fixture
def quebec_file(tmp_path: Path) -> Path:
    path = tmp_path / "contexte.json"
    path.write_text(json.dumps(st.EXAMPLES["fr_CA"], ensure_ascii=False), encoding="utf-8")
    return path


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def findings(out: str) -> list[dict[str, Any]]:
    return [f for item in json.loads(out)["files"] for f in item["findings"]]


def test_the_context_reaches_the_checks(capsys, tmp_path: Path, quebec_file: Path):
    text = write(tmp_path, "t.txt", FOREIGN)

    without = run(capsys, "verifier", text, "--format", "json")
    with_context = run(capsys, "verifier", text, "--contexte", str(quebec_file), "--format", "json")

    assert "generic.foreign_name" not in {f["code"] for f in findings(without[1])}
    assert "generic.foreign_name" in {f["code"] for f in findings(with_context[1])}
    assert with_context[0] == 1


def test_a_finding_in_the_subject_is_on_line_1(capsys, tmp_path: Path):
    text = write(tmp_path, "t.txt", SUBJECT_REPROACH)

    status, out, _ = run(capsys, "verifier", text, "--type", "reminder")

    assert status == 1
    assert f"{text}:1:19: erreur pushy.reproach : Dans l'objet" in out


def test_json_gives_every_field_of_a_finding(capsys, tmp_path: Path):
    text = write(tmp_path, "t.txt", SUBJECT_REPROACH)

    _, out, _ = run(capsys, "verifier", text, "--format", "json")

    reproach = next(f for f in findings(out) if f["where"] == "subject")
    assert reproach["code"] == "pushy.reproach"
    assert reproach["family"] == "pushy"
    assert reproach["severity"] == "error"
    where = (reproach["line"], reproach["column"], reproach["end_line"], reproach["end_column"])
    assert where == (1, 19, 1, 44)
    assert reproach["rules"] == ["R15", "R16"]
    assert reproach["rule_reference"] == ["docs/regles.md#r15", "docs/regles.md#r16"]
    assert reproach["suggestion"]
    assert reproach["excerpt"] == "toujours pas de nouvelles"
    assert json.loads(out)["passed"] is False


def test_several_files_and_standard_input(capsys, tmp_path, monkeypatch, quebec_file: Path):
    good = write(tmp_path, "bon.txt", "Je me permets de revenir vers vous ; je reste disponible.\n")
    bad = write(tmp_path, "mauvais.txt", "J'attends votre réponse au plus vite.\n")
    stdin = io.TextIOWrapper(io.BytesIO("\ufeffToujours pas de nouvelles.\n".encode()))
    monkeypatch.setattr("sys.stdin", stdin)

    status, out, _ = run(capsys, "verifier", good, bad, "-")

    assert status == 1
    assert f"{good} : accepté" in out
    assert f"{bad} : refusé" in out
    assert "-:1:1: erreur pushy.reproach" in out


def test_sarif_2_1_0_lists_rules_and_regions(capsys, tmp_path: Path):
    text = write(tmp_path, "t.txt", SUBJECT_REPROACH)

    _, out, _ = run(capsys, "verifier", text, "--format", "sarif")

    log = json.loads(out)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} == {check.code for check in st.checks()}
    result = run_["results"][0]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "pushy.reproach"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 19)
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == text


def test_an_eml_is_read_as_an_email(capsys, tmp_path: Path, quebec_file: Path):
    output = tmp_path / "merci.eml"
    assert (
        cli.main(["rediger", "thank_you", "--contexte", str(quebec_file), "--sortie", str(output)])
        == 0
    )

    status, out, _ = run(
        capsys, "verifier", str(output), "--contexte", str(quebec_file), "--type", "thank_you"
    )

    assert status == 0, out
    assert "style.too_long" not in out


def test_an_eml_subject_finding_is_on_line_1(capsys, tmp_path: Path):
    message = (
        "From: a@example.org\nTo: b@example.org\n"
        "Subject: =?utf-8?q?Relance_=3A_toujours_pas_de_nouvelles?=\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        "Qm9uam91ciwgbWVyY2kgcG91ciBsJ2VudHJldnVlLgo=\n"
    )
    path = write(tmp_path, "m.eml", message)

    _, out, _ = run(capsys, "verifier", path, "--format", "json")

    reproach = next(f for f in findings(out) if f["code"] == "pushy.reproach")
    assert (reproach["line"], reproach["column"]) == (1, 19)


def test_aujourdhui_drives_the_timing_checks(capsys, tmp_path: Path, quebec_file: Path):
    draft = st.render("thank_you", st.EXAMPLES["fr_CA"])
    text = write(tmp_path, "t.txt", f"Objet : {draft.subject}\n\n{draft.body}")
    base = ["verifier", text, "--contexte", str(quebec_file), "--type", "thank_you"]

    _, on_time, _ = run(capsys, *base, "--aujourdhui", "2026-11-20")
    _, late, _ = run(capsys, *base, "--aujourdhui", "2026-12-10")

    assert "timing.late_thank_you" not in on_time
    assert "timing.late_thank_you" in late


def test_ignorer_and_exit_zero(capsys, tmp_path: Path):
    text = write(tmp_path, "t.txt", "Merci de me répondre au plus vite.\n")

    ignored = run(capsys, "verifier", text, "--ignorer", "pushy.pressure,style")
    exit_zero = run(capsys, "verifier", text, "--exit-zero")

    assert ignored[0] == 0
    assert "pushy.pressure" not in ignored[1]
    assert exit_zero[0] == 0
    assert "refusé" in exit_zero[1]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", '[tool.suivi-templates]\nniveaux = { pushy = "warning" }\n'),
        (".suivi-templates.toml", 'niveaux = { "pushy.pressure" = "off" }\n'),
    ],
)
def test_project_settings_apply_from_a_parent_folder(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str
):
    write(tmp_path, name, content)
    (tmp_path / "lettres").mkdir()
    text = write(tmp_path / "lettres", "t.txt", "Merci de me répondre au plus vite.\n")
    monkeypatch.chdir(tmp_path / "lettres")

    status, out, _ = run(capsys, "verifier", text)

    assert status == 0, out
    assert "erreur pushy.pressure" not in out


def test_regle_explains_a_check(capsys):
    status, out, _ = run(capsys, "regle", "pushy.pressure")

    assert status == 0
    assert DETECTS["pushy.pressure"] in out
    assert RULES["R15"] in out
    assert "docs/regles.md#r15" in out
    assert f"signalé : « {CODE_EXAMPLES['pushy.pressure'][0]} »" in out
    assert "--ignorer pushy.pressure" in out


def test_regle_explains_a_whole_family(capsys):
    _, out, _ = run(capsys, "regle", "timing")

    assert out.count("gravité par défaut") == sum(c.family == "timing" for c in st.checks())


@pytest.mark.parametrize("argv", [["--version"], ["verifier", "--version"]])
def test_version_everywhere(capsys, argv: list[str]):
    status, out, _ = run(capsys, *argv)

    assert status == 0
    assert out.startswith("suivi-templates ")


@pytest.mark.parametrize("code", sorted(CODE_EXAMPLES))
def test_the_examples_of_regle_fire_and_pass_as_they_say(code: str, ctx: st.InterviewContext):
    fires, passes = CODE_EXAMPLES[code]

    assert code in st.check(fires, ctx).codes
    assert code not in st.check(passes, ctx).codes


def test_every_check_says_what_it_detects_and_its_rules_exist():
    for item in st.checks():
        assert item.code in DETECTS
        assert set(item.rules) <= set(RULES)
