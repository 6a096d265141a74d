"""What the detectors and the blind reads of fresh104 and fresh105 (reads 251 and 252, at
242c08e) found."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates.names import said_iel
from suivi_templates.phrasing import others_met

_PANEL = "Panel de 3 sur Teams : Mme Nguyen, M. Tremblay-Ross (RH) + Sasha Côté (iel), analyste"


def test_an_iel_said_of_another_panel_member_is_theirs() -> None:
    """« Bonjour Nguyen Thi Lan, » when « (iel) » followed Sasha Côté (fresh104, at first
    contact: a detector flagged it)."""
    assert not said_iel([_PANEL], "Nguyen Thi Lan")
    assert said_iel([_PANEL], "Sasha Côté")
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Nguyen Thi Lan", "title": "gestionnaire", "email": "lan@pch.example"},
        debrief__impressions=_PANEL,
    )
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Madame,")
    assert thanks_also(body, "à M. Tremblay-Ross et à Sasha Côté.")


def test_a_panel_member_called_iel_by_an_epicene_name_is_thanked_by_the_full_name() -> None:
    """« Sasha Côté (iel) » was left out: « Sasha » says no civility."""
    assert others_met(_PANEL, "Nguyen Thi Lan") == ["M. Tremblay-Ross", "Sasha Côté"]
