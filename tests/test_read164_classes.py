"""What fresh65 showed at first contact (read 164 measured 2760b45 once, before any change)."""

from __future__ import annotations

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import usual_order


def test_the_feminine_of_an_inclusive_title_is_this_interview_s_post() -> None:
    """« vice-rectrice » refused as another post's name, for « Vice-recteur·trice »."""
    ctx = build_context(
        "fr_CA",
        candidate__gender="f",
        role__title="Vice-recteur·trice aux études et à la recherche (mandat 5 ans)",
    )
    for kind in ("thank_you", "phone_script", "voicemail"):
        assert "vice-rectrice aux études" in st.render(kind, ctx).body.lower()


def test_a_hyphenated_surname_after_a_known_given_name_stays_last() -> None:
    """« Josette Marie-Sainte » read « Marie-Sainte Josette » without her address."""
    assert usual_order("Josette Marie-Sainte") == "Josette Marie-Sainte"
