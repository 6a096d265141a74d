"""The debrief's own sentences: advice toward a sentence written to the employer, never a refusal.

« Ce qui vous a frappé », « ce que vous ajouteriez » and the facts since the interview are
quoted by the drafts as typed; notes in note-taking register get a proposed rewrite, a fact
gets a word on what it changes for the employer, and Entrée always keeps the person's words.
"""

from __future__ import annotations

import io
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hyp

import suivi_templates as st
from suivi_templates.cli import main
from suivi_templates.debrief import answers as a
from suivi_templates.debrief.catalogue import Question, Repeated, questions
from suivi_templates.debrief.engine import Prompt, settle
from suivi_templates.debrief.register import advice, fact_since, sentence_to_employer
from test_debrief import GOOD, TODAY

SESSION = a.Session(today=date(2026, 11, 20))


@pytest.mark.parametrize(
    ("note", "rewrite"),
    [
        (
            "j'ai mal répondu sur les quarts de nuit, je peux en faire trois par semaine",
            "J'ai repensé à votre question sur les quarts de nuit : je peux en faire trois par "
            "semaine.",
        ),
        (
            "J'ai mal répondu à votre question sur Excel : j'ai automatisé nos rapports",
            "J'ai repensé à votre question sur Excel : j'ai automatisé nos rapports.",
        ),
        (
            "j'ai mal répondu à propos des quarts de nuit, je peux en faire trois",
            "J'ai repensé à votre question sur les quarts de nuit : je peux en faire trois.",
        ),
        ("On a parlé de la relève, ça m'a plu", "Nous avons parlé de la relève, ce qui m'a plu."),
        (
            "J'ai automatisé nos rapports, cela vous ferait gagner du temps",
            "J'ai automatisé nos rapports, ce qui vous ferait gagner du temps.",
        ),
        (
            "on s'est bien entendus sur la formation des nouveaux",
            "Nous nous sommes bien entendus sur la formation des nouveaux.",
        ),
        (
            "j’ai oublié de dire que j’ai mon permis de cariste",
            "J’ajoute un point que je n’ai pas abordé : j’ai mon permis de cariste.",
        ),
        (
            "j'adore la logistique, je ne l'ai pas assez dit",
            "Je tiens à le souligner : j'adore la logistique.",
        ),
        (
            "Je ne l'ai pas assez dit : j'ai formé six caristes l'an dernier",
            "Je tiens à le souligner : j'ai formé six caristes l'an dernier.",
        ),
    ],
)
def test_a_note_gets_a_rewrite_written_to_the_employer(note: str, rewrite: str) -> None:
    found = advice(note)

    assert found is not None
    assert found[1] == rewrite
    assert advice(rewrite) is None  # the rewrite needs no more advice


def test_a_note_without_its_answer_gets_advice_but_no_invented_rewrite() -> None:
    found = advice("j'ai mal répondu à la question sur Excel")

    assert found is not None
    assert found[1] is None
    assert "J'ai repensé à votre question sur les délais : …" in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai repensé à votre question sur Excel : j'ai automatisé nos rapports de ventes.",
        "Ce qui m'a frappé, c'est la place que vous donnez à la relève.",
        "Ce qu'on attend de moi, c'est de la rigueur, et j'en ai à revendre.",
        "J'ai retenu votre souci de stabiliser l'équipe de nuit.",
    ],
)
def test_a_written_sentence_gets_no_advice(sentence: str) -> None:
    assert advice(sentence) is None


def test_a_note_is_kept_on_entree_with_the_rewrite_shown() -> None:
    note = "On a parlé de vos projets de relève, ça m'a plu"
    with pytest.raises(a.Hint) as caught:
        sentence_to_employer(note, SESSION)

    assert caught.value.proposal == note  # Entrée keeps the person's words
    assert "Proposition : « Nous avons parlé de vos projets de relève, ce qui m'a plu. »" in (
        caught.value.message
    )
    assert "Entrée pour garder votre formulation" in caught.value.message


def test_a_sentence_not_addressed_to_the_employer_is_asked_to_tie_its_point() -> None:
    with pytest.raises(a.Hint) as caught:
        sentence_to_employer("J'ai beaucoup aimé l'ambiance de l'équipe de nuit.", SESSION)

    assert "ce dont l'employeur a besoin" in caught.value.message
    assert "J'ai repensé à votre question sur les quarts de nuit" in caught.value.message
    assert caught.value.proposal == "J'ai beaucoup aimé l'ambiance de l'équipe de nuit."


def test_a_fact_since_the_interview_is_asked_what_it_changes_for_the_employer() -> None:
    with pytest.raises(a.Hint) as caught:
        fact_since("J'ai obtenu mon attestation en secourisme hier.", SESSION)

    assert "ce que ce fait change pour l'employeur" in caught.value.message
    tied = "J'ai obtenu mon attestation en secourisme : je pourrai donc faire les nuits seule."
    assert fact_since(tied, SESSION) == tied


def test_the_questions_and_their_examples_steer_to_a_sentence_for_the_employer() -> None:
    asked = {
        entry.path: entry.item[0] if isinstance(entry, Repeated) else entry
        for _, entry in questions()
    }
    struck, to_add, since = (
        asked["debrief.struck_by"],
        asked["debrief.to_add"],
        asked["debrief.since"],
    )
    assert isinstance(struck, Question)
    assert isinstance(to_add, Question)
    assert isinstance(since, Question)
    assert to_add.example.startswith("J’ai repensé à votre question sur les quarts de nuit :")
    assert "votre" in struck.example
    assert "ce qu’il change pour l’employeur" in since.text
    for question in (struck, to_add, since):
        example = question.example.replace("’", "'")
        assert advice(example) is None
        question.check(question.example, SESSION)  # the example passes its own question


def run(monkeypatch, capsys, tmp_path: Path, lines: list[str]) -> tuple[st.InterviewContext, str]:
    target = tmp_path / "c.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    status = main(["debrief", "--aujourdhui", TODAY, "--sortie", str(target)])
    out, err = capsys.readouterr()
    assert status == 0, err + out[-2000:]
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    return st.InterviewContext.model_validate(data), out


NOTE = "j'ai mal répondu sur Excel, j'ai automatisé nos rapports de ventes"
REWRITE = "J'ai repensé à votre question sur Excel : j'ai automatisé nos rapports de ventes."


def test_in_the_terminal_entree_keeps_the_note(monkeypatch, capsys, tmp_path):
    lines = [*GOOD[:19], NOTE, "", *GOOD[20:]]

    context, out = run(monkeypatch, capsys, tmp_path, lines)

    assert context.debrief.to_add == NOTE
    assert f"Proposition : « {REWRITE} »" in out
    assert f"Entrée pour garder : {NOTE}" in out


def test_in_the_terminal_the_rewrite_can_be_typed_instead(monkeypatch, capsys, tmp_path):
    lines = [*GOOD[:19], NOTE, REWRITE, *GOOD[20:]]

    context, _ = run(monkeypatch, capsys, tmp_path, lines)

    assert context.debrief.to_add == REWRITE


def test_answers_given_at_once_are_never_refused_for_their_register() -> None:
    context = st.debrief(
        {
            "locale": "qc", "candidate.name": "Marc Gagnon", "candidate.gender": "m",
            "interviewer.name": "Julie Tremblay", "interviewer.civility": "Madame",
            "company.name": "Transport Laval", "role.title": "cariste",
            "interview.date": "2026-11-19", "topics.0.subject": "la sécurité en entrepôt",
            "debrief.struck_by": "on a parlé de la sécurité, ça m'a plu",
            "debrief.to_add": NOTE,
            "debrief.since.0": "J'ai renouvelé ma carte de cariste.",
        },
        today=date(2026, 11, 20),
    )  # fmt: skip

    assert context.debrief.struck_by == "on a parlé de la sécurité, ça m'a plu"
    assert context.debrief.to_add == NOTE
    assert context.debrief.since == ["J'ai renouvelé ma carte de cariste."]


_FRAGMENTS = [
    "j'ai mal répondu sur les délais, ",
    "j'ai oublié de dire que ",
    "on a parlé de la relève, ",
    "ça m'a plu, ",
    "je ne l'ai pas assez dit : ",
    "j'ai automatisé nos rapports",
    "cela vous ferait gagner du temps",
    "on peut en reparler",
    " et je peux commencer en janvier",
]


PROMPTS = {
    entry.path: Prompt(
        question=entry.item[0] if isinstance(entry, Repeated) else entry,
        path=entry.path,
        section=section,
        number=1,
        total=1,
        default=None,
        opens_item=False,
        required=False,
    )
    for section, entry in questions()
}


@settings(max_examples=200, deadline=None)
@given(hyp.lists(hyp.sampled_from(_FRAGMENTS), min_size=1, max_size=5))
def test_property_register_never_refuses_a_first_person_sentence(parts: list[str]) -> None:
    text = "".join(parts).strip(" ,:")
    try:
        a.first_person_sentence(text, SESSION)
    except a.Hint:
        return  # too short, or not first person: not a matter of register
    for path in ("debrief.struck_by", "debrief.to_add", "debrief.since"):
        # Entrée after the advice (or the same answer given at once) keeps it as typed.
        kept = settle(PROMPTS[path], text, SESSION, confirmed=text)
        assert kept in (text, a.first_person_sentence(text, SESSION))
    found = advice(text)
    if found is not None and found[1] is not None:
        a.first_person_sentence(found[1], SESSION)  # the rewrite is a sentence of its own


def test_resuming_does_not_repeat_advice_on_an_answer_kept_before(monkeypatch, capsys, tmp_path):
    from test_debrief import debrief

    target = tmp_path / "c.toml"
    kept = "J'ai obtenu mon attestation en secourisme cette semaine."
    # Advice on what it changes, Entrée keeps it, Entrée: no other fact.
    lines = [*GOOD[:31], kept, "", "", *GOOD[32:]]
    status, out, _ = debrief(monkeypatch, capsys, lines, "--sortie", str(target))
    assert status == 0
    assert out.count("ce que ce fait change pour l'employeur") == 1

    status, out, _ = debrief(monkeypatch, capsys, [""] * 60, "--reprendre", str(target))

    assert status == 0
    assert "ce que ce fait change pour l'employeur" not in out
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert data["debrief"]["since"] == [kept]
