"""What the blind read 240 (fresh99, at 10eff13) found."""

from __future__ import annotations

import pytest

from suivi_templates.phrasing import role_as_said
from suivi_templates.phrasing.topics import topic_phrase
from suivi_templates.phrasing.typed import as_written


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # « teneure de livres » (read 240): the usual feminine of a noun in « -eur ».
        ("Teneur(e) de livres - 3 jours/sem.", "teneuse de livres"),
        ("Vendeur(e) en boulangerie", "vendeuse en boulangerie"),
        # « Professeure » keeps its « -eure ».
        ("Professeur(e) de piano", "professeure de piano"),
        # « managère de transition » (read 240): the English noun stays as it is.
        ("Manager de transition – DAF (H/F)", "manager de transition"),
        ("Boulanger H/F", "boulangère"),
    ],
)
def test_a_woman_s_title_takes_its_usual_feminine(title: str, said: str) -> None:
    assert role_as_said(title, "f") == said


def test_a_figure_in_brackets_and_hebdo_are_not_pasted() -> None:
    """« notre discussion sur les paies hebdo (12 employés) et DAS » (read 240)."""
    assert topic_phrase("paies hebdo (12 employés) et DAS") == "les paies hebdo et DAS"
    assert as_written("les paies hebdo, la réunion hebdo") == (
        "les paies hebdomadaires, la réunion hebdomadaire"
    )


def test_many_figures_in_brackets_are_left_out_at_once() -> None:
    """Hostile input: one call per bracket recursed past Python's limit."""
    assert topic_phrase("paies (12) " * 3000).startswith("les paies paies")
