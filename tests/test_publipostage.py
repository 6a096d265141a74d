"""Mail merge: ``context_from_flat`` and ``suivi-templates publipostage``."""

from __future__ import annotations

import csv
import email.policy
import json
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import suivi_templates as st
from suivi_templates import cli
from suivi_templates.publipostage import draft_file_name

ROW = {
    "locale": "fr_CA",
    "candidate.name": "Camille Roy",
    "candidate.gender": "f",
    "candidate.email": "camille.roy@example.org",
    "candidate.phone": "514 555-0142",
    "interviewer.name": "Julie Tremblay",
    "interviewer.civility": "Madame",
    "interviewer.title": "directrice des ressources humaines",
    "interviewer.email": "julie.tremblay@horizon.example",
    "company.name": "Coopérative Horizon",
    "role.title": "analyste financière",
    "interview.date": "2026-11-19",
    "topics.0.subject": "la migration du système comptable vers SAP",
    "topics.0.note": "elle craint des retards à la clôture de fin d'année",
    "commitments.0.promise": "lui transmettre mon analyse du processus de recouvrement",
    "commitments.0.done": "non",
    "next_steps.decision_by": "2026-11-28",
}


def test_a_flat_row_is_the_same_context_as_its_json():
    expected = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)

    flat = st.context_from_flat(ROW | {"history.0.kind": "thank_you", "history.0.on": "2026-11-20"})

    assert flat == expected


def test_empty_cells_and_nan_mean_not_given():
    flat = st.context_from_flat(
        ROW | {"topics.1.subject": "", "topics.2.subject": float("nan"), "role.title ": None}
    )

    assert len(flat.topics) == 1


def test_brackets_and_gaps_in_indexes():
    row = {k: v for k, v in ROW.items() if not k.startswith("topics")}
    flat = st.context_from_flat(row | {"topics[3].subject": "la paie", "topics[1].subject": "SAP"})

    assert [t.subject for t in flat.topics] == ["SAP", "la paie"]


def test_an_unknown_column_is_named_with_a_suggestion():
    with pytest.raises(ValidationError) as caught:
        st.context_from_flat(ROW | {"candidate.nmae": "x"})

    from suivi_templates.fields import explain

    assert "candidate.nmae : champ inconnu" in explain(caught.value)[0]
    assert "« name »" in explain(caught.value)[0]


@pytest.mark.parametrize("column", ["candidate..name", "topics.1000.subject", "0.name"])
def test_unusable_column_names_are_refused_in_french(column: str):
    with pytest.raises(st.FlatKeyProblem, match="Colonne"):
        st.context_from_flat(ROW | {column: "x"})


def test_a_column_that_is_both_a_value_and_a_parent_is_refused():
    with pytest.raises(st.FlatKeyProblem, match="valeur simple"):
        st.context_from_flat(ROW | {"company.name.short": "x"})


def test_file_names_are_ascii_and_ordered():
    assert (
        draft_file_name(7, "Société Générale / Paris", ".eml") == "0007-societe-generale-paris.eml"
    )
    assert draft_file_name(12, "!!!", ".txt") == "0012-brouillon.txt"


# ---------------------------------------------------------------------------- command


def write_csv(path: Path, rows: list[dict[str, Any]], delimiter: str = ",") -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, columns, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_publipostage_writes_one_eml_per_row_and_reports_the_bad_ones(
    capsys, tmp_path: Path, delimiter: str
):
    rows = [
        ROW,
        ROW
        | {
            "company.name": "Atelier Lumen",
            "candidate.name": "Hugo Martin",
            "candidate.gender": "m",
            "locale": "fr-FR",
            "interviewer.civility": "M.",
            "interviewer.name": "Marc Dupont",
        },
        ROW | {"candidate.gender": "x"},
        ROW | {"interview.date": "0001-01-01", "next_steps.decision_by": ""},
    ]
    source = write_csv(tmp_path / "contextes.csv", rows, delimiter)

    status, _, err = run(
        capsys,
        "publipostage",
        str(source),
        "--type",
        "thank_you",
        "--sortie",
        str(tmp_path / "out"),
    )

    assert status == 1
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["0002-cooperative-horizon.eml", "0003-atelier-lumen.eml"]
    message = BytesParser(policy=email.policy.default).parsebytes(
        (tmp_path / "out" / written[1]).read_bytes()
    )
    assert "Hugo Martin" in message["From"]
    assert message.get_body().get_content().startswith("Bonjour Monsieur,")
    assert f"{source}, ligne 4 : candidate.gender : valeur non permise" in err
    assert f"{source}, ligne 5 : interview.date : date hors limites" in err
    assert "2 brouillons écrits" in err
    assert "2 lignes en erreur" in err


def test_publipostage_spoken_kinds_are_text_files(capsys, tmp_path: Path):
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps(st.EXAMPLE_CONTEXT, ensure_ascii=False) + "\n\n", encoding="utf-8")

    status, _, _ = run(
        capsys, "publipostage", str(source), "--type", "voicemail", "--sortie", str(tmp_path / "o")
    )

    assert status == 0
    (written,) = (tmp_path / "o").iterdir()
    assert written.name == "0001-cooperative-horizon.txt"
    assert "514" in written.read_text(encoding="utf-8")


def test_publipostage_a_rejected_draft_names_the_check(capsys, tmp_path: Path):
    source = tmp_path / "c.jsonl"
    lines = [json.dumps(st.EXAMPLE_CONTEXT | {"topics": [], "commitments": []}), "[1, 2]", "{"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    status, _, err = run(
        capsys, "publipostage", str(source), "--type", "thank_you", "--sortie", str(tmp_path / "o")
    )

    assert status == 1
    assert f"{source}, ligne 1 : " in err
    assert f"{source}, ligne 2 : chaque ligne doit être un objet JSON" in err
    assert f"{source}, ligne 3 : JSON invalide" in err
    assert list((tmp_path / "o").iterdir()) == []


def test_publipostage_dry_run_writes_nothing_and_limite_stops_early(capsys, tmp_path: Path):
    source = write_csv(tmp_path / "c.csv", [ROW] * 5)

    status, out, err = run(
        capsys,
        "publipostage",
        str(source),
        "--type",
        "reminder",
        "--sortie",
        str(tmp_path / "out"),
        "--essai",
        "--limite",
        "2",
    )

    assert status == 0
    assert not (tmp_path / "out").exists()
    assert out.count("── ligne") == 2
    assert "2 brouillons prêts (essai : rien n’a été écrit)" in err


def test_publipostage_never_overwrites_without_ecraser(capsys, tmp_path: Path):
    source = write_csv(tmp_path / "c.csv", [ROW])
    arguments = ["publipostage", str(source), "--type", "thank_you", "--sortie", str(tmp_path)]

    assert run(capsys, *arguments)[0] == 0
    status, _, err = run(capsys, *arguments)

    assert status == 1
    assert "existe déjà" in err
    assert run(capsys, *arguments, "--ecraser")[0] == 0


def test_render_many_reads_json_with_a_byte_order_mark_and_forgiving_spellings():
    text = "\ufeff" + json.dumps(st.EXAMPLE_CONTEXT | {"locale": "fr-CA", "topics": ["SAP"]})

    outcomes = list(st.render_many([text, text.encode()], "thank_you"))

    assert [o.ok for o in outcomes] == [True, True]


def test_publipostage_shows_progress_on_a_terminal(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    source = write_csv(tmp_path / "c.csv", [ROW] * 20)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)

    status, _, err = run(
        capsys,
        "publipostage",
        str(source),
        "--type",
        "thank_you",
        "--sortie",
        str(tmp_path / "o"),
        "--essai",
    )

    assert status == 0
    assert "\r" in err
    assert "20/20\n" in err
