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

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import is_owned
from suivi_templates.phrasing.own_words import in_the_trade


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
    said = [b for b in bodies if "insisté sur" in b]
    assert said, "no draft says what was insisted on"
    assert all("insisté sur la sécurité près des convoyeurs" in b for b in said)


def test_an_adjective_many_trades_share_does_not_make_the_trade() -> None:
    assert not in_the_trade(
        "mes trois ans d'animateur en centre social à Échirolles",
        "Médiateur social de nuit / correspondant de nuit (H/F)",
    )
    assert in_the_trade("mes 22 ans de classe 1", "Chauffeur classe 1 (H/F)")


def test_a_thing_made_is_not_put_to_use() -> None:
    assert not is_owned("une appli publiée sur les stores avec 50 000 téléchargements")
    assert is_owned("un stage de trois mois")
