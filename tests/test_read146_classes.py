"""What read 146 and pair read 147 found in the drafts of fresh54, in contexts written here.

Read 146 measured the end state of a session's second pass once, before any change it
prompted (docs/verifications.md).

- « Mme d'Aubigny » was greeted « Madame D'Aubigny ».
- « chez CH de Dax » for a hospital centre.
- « quatre jours/semaine » copied from the note.
- A trial day held since the interview, told as news to the person who ran it.
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import as_written


@pytest.mark.parametrize("typed", ["Mme d'Aubigny", "Claire d'Aubigny"])
def test_the_particle_d_typed_in_lowercase_stays_so(typed: str) -> None:
    ctx = build_context("fr_FR", interviewer__name=typed, interviewer__civility="Madame")
    assert st.render("voicemail", ctx).body.startswith("Bonjour Madame d’Aubigny,")


def test_a_particle_typed_in_capitals_keeps_its_capital() -> None:
    """« D'AMOURS », « DE MONTIGNY » : Québec names whose particle is written with its capital;
    in capitals, nothing tells them from « d'Aubigny »."""
    ctx = build_context(
        "fr_CA", interviewer__name="D'AMOURS Nathalie", interviewer__civility="Madame"
    )
    assert "Madame D’Amours" in st.render("phone_script", ctx).body


def test_a_name_that_begins_with_a_capital_d_keeps_it() -> None:
    ctx = build_context("fr_CA", interviewer__name="Julie D'Amours", interviewer__civility=None)
    assert "Madame D’Amours" in st.render("phone_script", ctx).body


def test_a_hospital_centre_by_its_acronym() -> None:
    ctx = build_context("fr_FR", company__name="CH de Dax", company__article=None)
    script = st.render("phone_script", ctx).body
    assert "au CH de Dax" in script
    assert "chez CH" not in script


def test_a_rate_typed_with_a_slash() -> None:
    assert as_written("quatre jours/semaine") == "quatre jours par semaine"


def test_a_trial_day_held_since_is_thanked_for_not_told() -> None:
    """Read 146: « J'ai fait une demi-journée d'essai au comptoir le samedi 21 novembre »,
    told to the manager who ran it."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-14",
        history=[{"kind": "thank_you", "on": "2026-11-16", "channel": "email"}],
        next_steps={"decision_by": "2026-11-27", "channel": "phone"},
        debrief__since=["J'ai fait une demi-journée d'essai au comptoir le samedi 21 novembre."],
    )
    script = st.render("phone_script", ctx, sent_on=date(2026, 12, 1)).body.replace("\u00a0", " ")
    assert "Merci encore pour la demi-journée d’essai du samedi 21 novembre." in script
    for kind in ("phone_script", "voicemail"):
        # A voicemail over its 75 words leaves the news out; it never tells it as news.
        body = st.render(kind, ctx, sent_on=date(2026, 12, 1)).body
        assert "j’ai fait une demi-journée" not in body.casefold()


def test_an_answer_that_ends_on_the_question_s_verb_is_confirmed() -> None:
    """Pair read 149: « Vous m'avez demandé si le logement sur place me convient : le
    mobil-home partagé me convient »."""
    promise = {
        "promise": "lui dire si le logement sur place me convient",
        "done": True,
        "details": "le mobil-home partagé me convient",
    }
    body = st.render("thank_you", build_context("fr_FR", commitments=[promise])).body
    assert "je vous confirme que le mobil-home partagé me convient" in body.casefold()
    assert body.count("me convient") == 1
