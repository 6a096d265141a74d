"""What the blind read 207 found in fresh82 (measured at 43649d6, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import given_name, usual_order


def test_a_family_name_spelled_whole_before_initials_keeps_the_order_typed() -> None:
    """« Marie-Line Jean-Baptiste », jeanbaptiste.ml@ : she signed « Jean-Baptiste
    Marie-Line » (D006, D052, D057, D061)."""
    email = "jeanbaptiste.ml@example.fr"
    assert usual_order("Marie-Line Jean-Baptiste", email) == "Marie-Line Jean-Baptiste"
    assert usual_order("Jean-Baptiste Léa-Rose", "learose.jb@museo.example") == (
        "Léa-Rose Jean-Baptiste"
    )


def test_a_hyphenated_nickname_is_said_and_recased_initials_are_not() -> None:
    """« Bonjour Réal » to who said « appelle-moi Ti-Réal », « Bonjour Jp »."""
    assert given_name("Réal (Ti-Réal) Boily") == "Ti-Réal"
    assert given_name("Jean-Philippe (Jp) St-Amour") == "Jean-Philippe"


def test_a_given_name_then_the_family_initials_keeps_the_order_typed() -> None:
    """« Maëva Jean-Baptiste », maeva.jb@ : « Jean-Baptiste Maëva », a slip of this session's
    « mc.joseph@ » rule, seen in the drafts of fresh65 while reading 207."""
    assert usual_order("Maëva Jean-Baptiste", "maeva.jb@example.com") == "Maëva Jean-Baptiste"
    assert usual_order("Joseph Marie-Claire", "mc.joseph@example.com") == "Marie-Claire Joseph"


def test_a_later_guess_said_in_the_same_breath_is_waited_for() -> None:
    """« Réponse après les fêtes, fin janvier sûrement » : a reminder on 11 January and a
    call on the 18th (D040, D050)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-12-03",
        next_steps={},
        history=[],
        debrief__impressions="Visite de l'atelier\nRéponse après les fêtes, fin janvier sûrement",
    )
    follow_ups = [s for s in st.plan(ctx, today=date(2026, 12, 4)).steps if s.kind != "commitment"]
    assert [s.on for s in follow_ups if s.kind != "thank_you"]
    assert all(s.on > date(2027, 1, 31) for s in follow_ups if s.kind != "thank_you")
