"""A step the organisation offered and nobody dated yet (reads 307 and 308, at 5e22424)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as some

import suivi_templates as st
from suivi_templates.phrasing import step_to_set

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    file = {"ed": "fresh132", "ee": "fresh133"}[key[:2]]
    raw = json.loads((_HERE / f"{file}.json").read_text("utf-8"))
    return st.InterviewContext.model_validate(raw[key])


@pytest.mark.parametrize(
    ("notes", "step"),
    [
        (
            "elle m'a proposé une demi-journée d'observation, date à fixer",
            "la demi-journée d’observation",
        ),
        ("il rappelle lundi ou mardi pour un essai de nuit", "l’essai de nuit"),
        (
            "il rappelle fin de la semaine prochaine pour un entretien physique à Nantes",
            "l’entretien physique à Nantes",
        ),
        (
            "une journée d'accompagnement sur la route mi-décembre ?? pas confirmé",
            "la journée d’accompagnement sur la route",
        ),
        ("rencontre à l'atelier proposée début janvier ?", "la rencontre à l’atelier"),
        (
            "Yann-Vari a proposé un essai d'une journée à la malterie en janvier",
            "l’essai d’une journée à la malterie",
        ),
        ("Visite du chantier proposée", "la visite du chantier"),
        # A second interview offered and not dated (read 323).
        ("2e entretien proposé, date à fixer", "le deuxième entretien"),
    ],
)
def test_a_step_offered_is_named_as_the_hand_names_it(notes: str, step: str) -> None:
    assert step_to_set(notes) == step


@pytest.mark.parametrize(
    "notes",
    [
        "Essai en cuisine ok, il a goûté la sauce",  # done at the interview
        "Journée d'essai proposée -> elle a répondu le 24 : essai le 10 décembre",  # dated
        "Il m'a rappelé mardi pour un essai le samedi 21 à 2h du mat",  # dated
        "il rappelle pour me dire si je passe au test physique",  # hoped for, not offered
        "Entretien tel 20 min, elle avait l'air pressée",  # the interview itself
        "visite de la micro-crèche pendant la sieste",  # shown on the day
    ],
)
def test_no_step_where_none_is_still_to_set(notes: str) -> None:
    assert step_to_set(notes) is None


def test_a_step_the_context_tells_elsewhere_is_not_offered_again() -> None:
    """A promise gives its dates (« lui dire si je suis dispo pour le test du 13 décembre »),
    or news says it is done: the step is said there."""
    notes = "je te rappelle lundi pour caler le test"
    assert step_to_set(notes) == "le test"
    assert step_to_set(notes, ("lui dire si je suis dispo pour le test du 13 décembre",)) is None


@given(some.text(max_size=300))
def test_any_step_found_is_in_the_notes(notes: str) -> None:
    step = step_to_set(notes)
    if step is not None:
        head = step.split("’", 1)[-1].split()[0] if step.startswith("l’") else step.split()[1]
        assert head.casefold() in notes.casefold()


def test_every_kind_offers_to_set_the_observation_half_day() -> None:
    """Read 308: nine drafts of five contexts asked where the process stood and never offered
    to set « une demi-journée d'observation, date à fixer » (« le seul levier concret »)."""
    ctx = _fresh("ee16-micro-creche-arras")
    thanks = st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body
    assert "Pour la demi-journée d’observation, je peux venir" in thanks
    later = ctx.model_copy(update={"history": ctx.history[:1]})
    reminder = st.render("reminder", later, sent_on=date(2026, 12, 7)).body
    assert "Pour la demi-journée d’observation, je peux venir" in reminder
    script = st.render("phone_script", later, sent_on=date(2026, 12, 14)).body
    assert "fixer une date pour la demi-journée d’observation" in script
    voicemail = st.render("voicemail", later, sent_on=date(2026, 12, 14)).body
    assert "fixer une date pour la demi-journée d’observation" in voicemail


def test_a_promise_with_the_steps_date_keeps_it_alone() -> None:
    ctx = _fresh("ee16-micro-creche-arras")
    dated = ctx.model_copy(
        update={
            "debrief": ctx.debrief.model_copy(
                update={"since": ["J'ai fait la demi-journée d'observation le 2 décembre."]}
            )
        }
    )
    body = st.render("thank_you", dated, sent_on=date(2026, 11, 20)).body
    assert "je peux venir" not in body
