"""What the blind read 207 found in fresh82 (measured at 43649d6, once)."""

from __future__ import annotations

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
