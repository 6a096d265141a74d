"""``suivi-templates debrief`` driven through its standard input, as a person would answer.

Good, sloppy and hostile answers: the file written is a valid, complete context, or
nothing is written at all; every wrong answer gets a French hint and the question again.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest

import suivi_templates as st
from suivi_templates.cli import main

TODAY = "2026-11-20"

# One line per question, in the catalogue's order (comments say which).
GOOD = [
    "qc",  # locale
    "Camille Roy",
    "f",
    "camille.roy@example.org",
    "514 555-0142",
    "Hélène de Villiers",  # interviewer
    "",  # family name: Entrée accepts « de Villiers »
    "Madame",
    "directrice des ressources humaines",
    "",  # interviewer e-mail: none
    "Coopérative Horizon",
    "",  # article: Entrée accepts the proposed « la »
    "analyste financière",
    "2026-11-19",
    "",  # mode: en personne
    "la migration du système comptable vers SAP",
    "elle craint des retards à la clôture de fin d'année",
    "",  # no other topic
    "J'ai retenu la place que vous donnez à la relève dans vos projets.",
    "J'ai repensé à votre question sur Excel : j'ai automatisé nos rapports de ventes.",
    "mes cinq années en recouvrement",
    "",  # no other highlight
    "",  # impressions
    "lui transmettre mon analyse du processus de recouvrement",
    "analyse-recouvrement.pdf",
    "",  # link
    "",  # due
    "",  # no other promise
    "2026-11-28",  # decision
    "",  # channel: courriel
    "",  # no_contact: non
    "",  # since
    "",  # company facts
]


def edited(changes: dict[int, list[str]]) -> list[str]:
    """GOOD with the answer at each index replaced by the lines typed instead."""
    lines = list(GOOD)
    for index in sorted(changes, reverse=True):
        lines[index : index + 1] = changes[index]
    return lines


def debrief(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lines: list[str],
    *arguments: str,
    end_of_input: bool = False,
) -> tuple[int, str, str]:
    text = "\n".join(lines) + ("" if end_of_input else "\n")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    status = main(["debrief", "--aujourdhui", TODAY, *arguments])
    out, err = capsys.readouterr()
    return status, out, err


def load(path: Path) -> st.InterviewContext:
    return st.InterviewContext.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))


def test_good_answers_write_a_complete_valid_context(monkeypatch, capsys, tmp_path):
    target = tmp_path / "camille.toml"

    status, out, err = debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))

    assert status == 0, err
    context = load(target)
    assert context.locale == "fr_CA"
    assert context.candidate.name == "Camille Roy"
    assert context.interviewer.family_name == "de Villiers"
    assert context.interviewer.surname == "de Villiers"
    assert context.company.article == "la"
    assert context.interview.date == date(2026, 11, 19)
    assert [t.subject for t in context.topics] == ["la migration du système comptable vers SAP"]
    assert context.debrief.struck_by == GOOD[18]
    assert context.debrief.to_add == GOOD[19]
    assert context.commitments[0].attachment == "analyse-recouvrement.pdf"
    assert context.next_steps.decision_by == date(2026, 11, 28)
    assert "Contexte écrit dans" in out
    assert (target.stat().st_mode & 0o777) == 0o600  # personal data: owner only
    draft = st.render("thank_you", context)
    assert draft.report.passed
    assert draft.body.startswith("Bonjour Madame,")
    assert "Madame de Villiers" in st.render("phone_script", context).body


def test_progress_and_examples_are_shown(monkeypatch, capsys, tmp_path):
    status, out, _ = debrief(monkeypatch, capsys, GOOD, "--sortie", str(tmp_path / "c.toml"))

    assert status == 0
    assert "── Où et qui (1/27) ──" in out
    assert "Exemple : Hélène de Villiers" in out
    assert "Entrée pour garder : de Villiers" in out


def test_sloppy_notes_are_tidied_with_hints_and_proposals(monkeypatch, capsys, tmp_path):
    sloppy = edited(
        {
            0: ["Québec"],
            1: ["camille roy"],
            5: ["HÉLÈNE DE VILLIERS"],
            7: ["mme"],
            8: ["Directrice des RH"],
            10: ["la Coopérative Horizon"],
            13: ["19 novembre"],
            14: ["visio"],
            15: ["migration du système comptable vers SAP", ""],  # Entrée: article added
            19: ["repensé à Excel", GOOD[19]],  # too short: hint, then the sentence
            23: ["je vais lui envoyer mon analyse", ""],  # Entrée: the infinitive proposed
            25: ["www.exemple.org/analyse", ""],  # Entrée: https:// proposed
        }
    )
    target = tmp_path / "c.toml"

    status, out, err = debrief(monkeypatch, capsys, sloppy, "--sortie", str(target))

    assert status == 0, err + out[-2000:]
    context = load(target)
    assert context.candidate.name == "Camille Roy"
    assert context.interviewer.name == "Hélène de Villiers"
    assert context.interviewer.civility == "Madame"
    assert context.interviewer.title == "directrice des RH"
    assert (context.company.name, context.company.article) == ("Coopérative Horizon", "la")
    assert context.interview.date == date(2026, 11, 19)
    assert context.interview.mode == "video"
    assert context.topics[0].subject == "la migration du système comptable vers SAP"
    assert context.commitments[0].promise == "lui envoyer mon analyse"
    assert context.commitments[0].link == "https://www.exemple.org/analyse"
    assert "Ajoutez l'article du sujet" in out
    assert "Écrivez une phrase complète" in out
    assert "Commencez par l'infinitif" in out
    assert "Une adresse commence par https://" in out


def test_a_topic_kept_as_typed_after_the_hint(monkeypatch, capsys, tmp_path):
    answers = edited({17: ["Excel", "", "", ""]})  # hint, Entrée keeps it, no note, no more
    target = tmp_path / "c.toml"

    status, out, _ = debrief(monkeypatch, capsys, answers, "--sortie", str(target))

    assert status == 0
    assert [t.subject for t in load(target).topics][1] == "Excel"
    assert "« Excel » seul dit peu de chose" in out


@pytest.mark.parametrize(
    ("index", "hostile", "hint"),
    [
        (1, "", "Cette réponse est nécessaire"),
        (1, "x" * 10_000, "Réponse trop longue (10000 caractères)"),
        (1, "Camille \x1b[A Roy", "caractère de contrôle"),
        (1, "Camille\x00Roy", "caractère de contrôle"),
        (13, "11/28/2026", "Le jour vient avant le mois"),
        (13, "30/02/2026", "Cette date n'existe pas"),
        (13, "2027-01-05", "est à venir"),
        (13, "la semaine des quatre jeudis", "Date illisible"),
        (28, "2026-11-01", "ne peut précéder l'entrevue"),
        (3, "camille@", "Adresse courriel invalide"),
        (18, "Belle rencontre avec une équipe soudée et motivée", "première personne"),
        (24, "rapport.pdf/../../etc", "seulement le nom du fichier"),
        (2, "peut-être", "Répondez « f »"),
    ],
)
def test_a_hostile_answer_gets_a_hint_and_the_question_again(
    monkeypatch, capsys, tmp_path, index, hostile, hint
):
    answers = [*GOOD[:index], hostile, *GOOD[index:]]
    target = tmp_path / "c.toml"

    status, out, err = debrief(monkeypatch, capsys, answers, "--sortie", str(target))

    assert status == 0, err
    assert hint in out
    assert "Traceback" not in out + err
    assert load(target) == load_good(monkeypatch, capsys, tmp_path)


def load_good(monkeypatch, capsys, tmp_path) -> st.InterviewContext:
    target = tmp_path / "good.toml"
    if not target.exists():
        assert debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))[0] == 0
    return load(target)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("28.11.26", date(2026, 11, 28)),
        ("28 novembre", date(2026, 11, 28)),
        ("le 1er décembre 2026", date(2026, 12, 1)),
        ("vendredi 28 nov.", date(2026, 11, 28)),
    ],
)
def test_decision_dates_in_other_formats(monkeypatch, capsys, tmp_path, typed, expected):
    answers = list(GOOD)
    answers[28] = typed
    target = tmp_path / "c.toml"

    assert debrief(monkeypatch, capsys, answers, "--sortie", str(target))[0] == 0
    assert load(target).next_steps.decision_by == expected


def test_a_relative_decision_date_is_confirmed_before_it_is_kept(monkeypatch, capsys, tmp_path):
    answers = edited({28: ["vendredi prochain", ""]})  # from the interview, Thursday 19
    target = tmp_path / "c.toml"

    status, out, _ = debrief(monkeypatch, capsys, answers, "--sortie", str(target))

    assert status == 0
    assert "donne le vendredi 20\u00a0novembre 2026" in out
    assert "écrivez 27/11/2026" in out
    assert load(target).next_steps.decision_by == date(2026, 11, 20)


@pytest.mark.parametrize("stop", [0, 1, 7, 16, 28, len(GOOD) - 1])
def test_end_of_input_halfway_writes_nothing(monkeypatch, capsys, tmp_path, stop):
    target = tmp_path / "c.toml"

    status, _, err = debrief(
        monkeypatch, capsys, GOOD[:stop], "--sortie", str(target), end_of_input=True
    )

    assert status == 1
    assert "Débriefing interrompu : rien n’a été écrit." in err
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file either


def test_an_existing_file_is_never_overwritten_without_reprendre(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    target.write_text("# mes notes\n", encoding="utf-8")

    status, out, err = debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))

    assert status == 2
    assert "existe déjà" in err
    assert f"--reprendre {target}" in err
    assert "Votre prénom" not in out  # refused before the first question
    assert target.read_text(encoding="utf-8") == "# mes notes\n"


def test_only_toml_is_written(monkeypatch, capsys, tmp_path):
    status, _, err = debrief(monkeypatch, capsys, GOOD, "--sortie", str(tmp_path / "c.json"))

    assert status == 2
    assert "utilisez l’extension .toml" in err


def test_reprendre_keeps_every_answer_on_entree(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))
    before = load(target)

    status, out, err = debrief(monkeypatch, capsys, [""] * 60, "--reprendre", str(target))

    assert status == 0, err
    assert load(target) == before
    assert "Entrée pour garder : Camille Roy" in out


def test_reprendre_edits_and_erases_answers(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))
    answers = [""] * 60
    answers[28] = "5 décembre"  # the decision date was moved
    answers[18] = "-"  # erase what struck me
    answers[31] = "J'ai obtenu mon attestation en secourisme cette semaine."  # since

    status, _, err = debrief(monkeypatch, capsys, answers, "--reprendre", str(target))

    assert status == 0, err
    context = load(target)
    assert context.next_steps.decision_by == date(2026, 12, 5)
    assert context.debrief.struck_by is None
    assert context.debrief.since == ["J'ai obtenu mon attestation en secourisme cette semaine."]
    assert context.debrief.to_add == GOOD[19]


def test_reprendre_interrupted_leaves_the_file_as_it_was(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))
    before = target.read_bytes()

    status, _, err = debrief(
        monkeypatch, capsys, ["fr", "Autre Nom"], "--reprendre", str(target), end_of_input=True
    )

    assert status == 1
    assert "inchangé" in err
    assert target.read_bytes() == before


def test_reprendre_into_another_file_keeps_the_original(monkeypatch, capsys, tmp_path):
    source, copy = tmp_path / "c.toml", tmp_path / "copie.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(source))
    before = source.read_bytes()

    status, _, _ = debrief(
        monkeypatch, capsys, [""] * 60, "--reprendre", str(source), "--sortie", str(copy)
    )

    assert status == 0
    assert source.read_bytes() == before
    assert load(copy) == load(source)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "introuvable"), ("locale = [", "n’est pas un TOML valide")],
)
def test_reprendre_a_missing_or_broken_file(monkeypatch, capsys, tmp_path, content, message):
    target = tmp_path / "c.toml"
    if content is not None:
        target.write_text(content, encoding="utf-8")

    status, _, err = debrief(monkeypatch, capsys, GOOD, "--reprendre", str(target))

    assert status == 2
    assert message in err


def test_reprendre_a_hand_edited_file_asks_again_what_is_wrong(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))
    text = target.read_text(encoding="utf-8").replace('gender = "f"', 'gender = "x"')
    target.write_text(text, encoding="utf-8")
    answers = [""] * 60
    answers[3] = "m"  # Entrée on the broken answer: refused with a hint; then corrected

    status, out, _ = debrief(monkeypatch, capsys, answers, "--reprendre", str(target))

    assert status == 0
    assert "Répondez « f »" in out
    assert load(target).candidate.gender == "m"


def test_france_asks_about_the_entretien(monkeypatch, capsys, tmp_path):
    answers = list(GOOD)
    answers[0] = "fr"
    answers[4] = "06 12 34 56 78"

    status, out, _ = debrief(monkeypatch, capsys, answers, "--sortie", str(tmp_path / "c.toml"))

    assert status == 0
    assert "La date de l’entretien." in out
    assert "Le poste et l’entretien" in out


def test_a_real_terminal_session_with_bytes_that_are_not_utf8(tmp_path):
    target = tmp_path / "c.toml"
    answers = b"qc\nCamille \xff\xfe Roy\n" + b"\n".join(s.encode() for s in GOOD[1:]) + b"\n"

    command = [sys.executable, "-m", "suivi_templates", "debrief", "--aujourdhui", TODAY]
    completed = subprocess.run(
        [*command, "--sortie", str(target)],
        input=answers,
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )

    out = completed.stdout.decode("utf-8")
    assert completed.returncode == 0, completed.stderr.decode()
    assert "caractères illisibles" in out
    assert load(target).candidate.name == "Camille Roy"


def test_a_real_terminal_closed_halfway_writes_nothing(tmp_path):
    answers = "\n".join(GOOD[:12]).encode("utf-8")

    completed = subprocess.run(
        [sys.executable, "-m", "suivi_templates", "debrief", "--sortie", str(tmp_path / "c.toml")],
        input=answers,
        capture_output=True,
        timeout=60,
        check=False,
    )

    assert completed.returncode == 1
    assert "rien n’a été écrit" in completed.stderr.decode("utf-8")
    assert list(tmp_path.iterdir()) == []


def test_reprendre_keeps_what_the_debrief_does_not_ask(monkeypatch, capsys, tmp_path):
    target = tmp_path / "c.toml"
    debrief(monkeypatch, capsys, GOOD, "--sortie", str(target))
    text = target.read_text(encoding="utf-8")
    text = text.replace('attachment = "analyse', 'done = true\nattachment = "analyse')
    text = text.replace("[interviewer]\n", '[interviewer]\nphone = "514 555-0100"\n')
    text += '\n[[history]]\nkind = "thank_you"\non = 2026-11-20\n'
    topics = "".join(f'\n[[topics]]\nsubject = "le sujet numéro {n}"\n' for n in range(2, 8))
    target.write_text(text + topics, encoding="utf-8")
    before = load(target)
    assert len(before.topics) == 7  # more than the debrief asks for: none is dropped

    status, _, err = debrief(monkeypatch, capsys, [""] * 80, "--reprendre", str(target))

    assert status == 0, err
    assert load(target) == before


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_with_rich_the_questions_are_in_colour(tmp_path):
    pytest.importorskip("rich")  # the optional extra; installed with [test]
    from suivi_templates.debrief.terminal import interview

    screen = Terminal()
    context = interview(io.StringIO("\n".join(GOOD) + "\n"), screen, today=date(2026, 11, 20))

    assert context.candidate.name == "Camille Roy"
    assert "\x1b[" in screen.getvalue()  # ANSI colours
    assert "Où et qui" in screen.getvalue()
