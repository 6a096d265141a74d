"""What fresh65 showed at first contact (read 164 measured 2760b45 once, before any change)."""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.models import Company
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


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("linge des internes", "le linge des internes"),
        ("traitement au sel vs chlore", "le choix entre le traitement au sel et le chlore"),
        ("ludobus itinérant", "le ludobus itinérant"),
    ],
)
def test_a_bare_topic_takes_its_noun_s_own_article(topic: str, said: str) -> None:
    assert phrasing.topic_phrase(topic) == said


def test_an_acronym_takes_the_article_the_notes_give_it() -> None:
    company = Company(name="CTM", facts=["La CTM a voté un budget de 12 M€ pour le musée."])
    assert phrasing.organisation(company).at == "à la CTM"
    assert phrasing.organisation(Company(name="CTM")).at == "chez CTM"


def test_a_weekday_past_is_not_kept_between_the_verb_and_its_object() -> None:
    assert phrasing.timeless("J'ai obtenu mercredi dernier mon attestation HACCP.") == (
        "J'ai obtenu mon attestation HACCP."
    )
