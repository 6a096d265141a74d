"""What the blind read 240 (fresh99, at 10eff13) found."""

from __future__ import annotations

import pytest

from suivi_templates.phrasing import role_as_said


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
