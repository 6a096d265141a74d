"""What read 146 and pair read 147 found in the drafts of fresh54, in contexts written here.

Read 146 measured the end state of a session's second pass once, before any change it
prompted (docs/verifications.md).

- « Mme d'Aubigny » was greeted « Madame D'Aubigny ».
- « chez CH de Dax » for a hospital centre.
- « quatre jours/semaine » copied from the note.
"""

from __future__ import annotations

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
