"""What read 150 and pair read 151 found in the drafts of fresh56, in contexts written here.

Read 150 measured the end state of a session's first pass once, before any change it
prompted (docs/verifications.md).

- An exercise the notes announce for a second interview was thanked for as done.
- « Vous avez particulièrement insisté sur la cadence » when the note said « elle a insisté
  sur la sécurité près des convoyeurs ».
- « Je connais bien ce métier : mes trois ans d'animateur… » for a « médiateur social »: the
  adjective « social » made the trade.
- « mettre à profit une application publiée sur les stores »: a thing made, not a skill.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis.strategies import integers, sampled_from

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import is_owned, topic_phrase
from suivi_templates.phrasing.own_words import in_the_trade

CONTEXTS = Path(__file__).parent / "contexts"


def _thanks(**changes: object) -> str:
    ctx = build_context("fr_FR", **changes)
    return st.render("thank_you", ctx, sent_on=date(2026, 12, 1)).body.replace("\u00a0", " ")


def test_an_exercise_announced_for_a_second_interview_is_not_thanked_for() -> None:
    body = _thanks(
        interview__mode="phone",
        debrief__impressions=(
            "Entretien tél 25 min, RAS. Il m'a parlé d'un 2e entretien à l'agence avec mise en "
            "situation sur un lave-linge."
        ),
    )
    assert "mise en situation" not in body


def test_what_the_note_says_was_insisted_on_is_what_was_insisted_on() -> None:
    topic = {
        "subject": "cadence de la ligne de fibres",
        "note": "elle a insisté sur la sécurité près des convoyeurs",
    }
    bodies = [
        _thanks(
            interview__date=f"2026-11-{day:02d}",
            topics=[topic],
            debrief__struck_by=None,
            debrief__highlights=["2 ans en usine de meubles, sur une ligne de sablage"],
        )
        for day in range(2, 12)
    ]
    assert all("la sécurité près des convoyeurs" in b for b in bodies)
    assert not any("cadence de la ligne" in b for b in bodies)


def test_an_adjective_many_trades_share_does_not_make_the_trade() -> None:
    assert not in_the_trade(
        "mes trois ans d'animateur en centre social à Échirolles",
        "Médiateur social de nuit / correspondant de nuit (H/F)",
    )
    assert in_the_trade("mes 22 ans de classe 1", "Chauffeur classe 1 (H/F)")


def test_a_thing_made_is_not_put_to_use() -> None:
    assert not is_owned("une appli publiée sur les stores avec 50 000 téléchargements")
    assert is_owned("un stage de trois mois")


@pytest.mark.parametrize(
    ("said", "not_before"),
    [
        ("Il rappelle la semaine prochaine.", date(2026, 12, 11)),
        ("Résultats du concours dans 3-4 semaines, sans plus de précision.", date(2026, 12, 30)),
        ("Process court, réponse sous une semaine.", date(2026, 12, 9)),
        # Read 152: the same, in two more shapes.
        ("Résultats du concours par courriel d'ici 3-4 semaines.", date(2026, 12, 30)),
        ("M. Moreau rappelle fin de semaine prochaine.", date(2026, 12, 11)),
    ],
)
def test_a_delay_only_the_notes_give_is_waited_for(said: str, not_before: date) -> None:
    """Read 150: a reminder two weeks after « Résultats du concours dans 3-4 semaines », a
    call before « Il rappelle la semaine prochaine » was over (four drafts at 2)."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-12-02",
        next_steps={"decision_by": None, "channel": "email"},
        debrief__impressions=said,
        history=[{"kind": "thank_you", "on": "2026-12-03", "channel": "email"}],
    )
    follow_ups = [s for s in st.plan(ctx, today=date(2026, 12, 4)).steps if s.kind != "commitment"]
    assert follow_ups
    assert all(step.on > not_before for step in follow_ups)
    # The plan says what it read, and asks for the exact day, which the person knows better.
    assert "le plan attend jusqu’au" in follow_ups[0].note.replace("'", "’")
    assert "next_steps.decision_by" in follow_ups[0].note


@pytest.mark.parametrize("typed", ["J.-F. Houle", "Houle J.-F.", "HOULE J.-F.", "J-F Houle"])
def test_initials_are_a_given_name_never_a_family_name(typed: str) -> None:
    """Read 150: « Bonjour Monsieur J.-F. », « Monsieur Houle J.-F. »."""
    ctx = build_context("fr_CA", interviewer__name=typed, interviewer__civility="Monsieur")
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 7)).body
    assert voicemail.startswith("Bonjour Monsieur Houle,")


def test_a_regime_is_masculine() -> None:
    """Read 150: « Ce que vous m'avez dit de la régime intérimaire »."""
    assert topic_phrase("régime intérimaire") == "le régime intérimaire"


def test_a_nickname_is_asked_for_without_a_civility() -> None:
    """Read 150: « Pourrais-je parler à Monsieur Ti-Guy Simard »."""
    ctx = build_context(
        "fr_CA", interviewer__name="Ti-Guy Simard", interviewer__civility="Monsieur"
    )
    script = st.render("phone_script", ctx, sent_on=date(2026, 12, 7)).body
    assert "Pourrais-je parler à Ti-Guy Simard" in script
    assert "Bonjour Monsieur Simard" in script


def test_an_awaited_item_does_not_push_the_interview_out_of_a_voicemail() -> None:
    """Read 150: « Je n'ai pas encore reçu mon habilitation BR » took the place of the
    interview and of the interest: « le vocal s'ouvre sur un manque »."""
    data = json.loads((CONTEXTS / "fresh56.json").read_text("utf-8"))
    ctx = st.InterviewContext.model_validate(data["bf13-technicien-sav-electromenager-tours"])
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 8)).body.replace("\u00a0", " ")
    assert "à la suite de notre entretien téléphonique du 30 novembre" in voicemail
    assert "pas encore reçu" not in voicemail


@given(count=integers(min_value=0, max_value=10**15), unit=sampled_from(["jours", "semaines"]))
def test_no_delay_typed_in_the_notes_breaks_the_plan(count: int, unit: str) -> None:
    """Hostile notes: « Réponse dans 99999999999 semaines » overflowed a date."""
    ctx = build_context(
        "fr_CA",
        next_steps={"decision_by": None, "channel": "email"},
        debrief__impressions=f"Réponse dans {count} {unit}.",
    )
    steps = st.plan(ctx, today=date(2026, 11, 20)).steps
    assert all(step.on >= date(2026, 11, 20) for step in steps)
