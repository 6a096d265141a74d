"""What the blind reads of fresh114 and fresh115 found (reads 271 and 272, pair reads 273 and
274, at 7396590)."""

from __future__ import annotations

from suivi_templates.phrasing import as_clause, role_as_said
from suivi_templates.tutoiement import with_tu


def test_a_short_word_of_a_title_in_capitals_is_no_code() -> None:
    """« érodeur FIL et enfonçage » (read 271: three drafts)."""
    assert role_as_said("ÉRODEUR FIL ET ENFONÇAGE (H/F)", "m") == "érodeur fil et enfonçage"


def test_a_place_keeps_the_article_of_its_name() -> None:
    """« que la Réunion accueillera cette année » (read 272)."""
    assert as_clause("La Réunion accueillera le congrès en 2027.").startswith("La Réunion")
    assert as_clause("La Ville a annoncé une grainothèque.").startswith("la Ville")


def test_tu_drops_the_formulas_of_vous() -> None:
    """« Merci de ton attention », « quelques minutes à m'accorder », « à ta convenance » (read
    272: four drafts)."""
    said = with_tu(
        "Avez-vous quelques minutes à m’accorder ? Je me tiens à votre disposition. "
        "Je demeure disponible pour en discuter, à votre convenance. Merci de votre attention."
    )
    assert said == (
        "As-tu quelques minutes ? Je reste disponible. "
        "Je demeure disponible pour en discuter quand tu veux. Merci."
    )
