"""What the blind read 195 found in fresh78 (measured at 2e949e8, once)."""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.names import family_name, usual_order
from suivi_templates.phrasing.typed import _arrows_said


def test_a_name_typed_surname_first_with_a_nom_prenom_address() -> None:
    """« Bergeron Jean-François », bergeron.jean-francois@ : « Monsieur Jean-François »."""
    email = "bergeron.jean-francois@hydroquebec.example"
    assert usual_order("Bergeron Jean-François", email) == "Jean-François Bergeron"
    assert family_name("Bergeron Jean-François", email) == "Bergeron"
    assert usual_order("Olivier Jean-Baptiste", "olivier.jeanbaptiste@example.com") == (
        "Olivier Jean-Baptiste"
    )


def test_a_list_of_topics_has_one_et_and_each_article() -> None:
    """« 3x8, week-ends et jours fériés » : « sur 3x8 et les week-ends et les jours fériés »."""
    assert phrasing.topic_phrase("3x8, week-ends et jours fériés") == (
        "les 3x8, les week-ends et les jours fériés"
    )
    assert phrasing.topic_phrase("horaires, week-ends et jours fériés") == (
        "les horaires, les week-ends et les jours fériés"
    )


def test_the_other_side_of_a_choice_by_its_manner_keeps_the_noun() -> None:
    """« arrosage a la main vs avec le tracteur » : « l'arrosage à la main et l'avec le… »."""
    said = phrasing.topic_phrase("arrosage a la main vs avec le tracteur")
    assert "l’avec" not in said
    assert said.endswith("et l’arrosage avec le tracteur")


def test_oeuvre_typed_without_its_ligature_is_a_noun() -> None:
    """« Oeuvre pour orchestre + choeur d'enfants » : « la façon d'oeuvre pour orchestre »."""
    assert "façon" not in phrasing.topic_phrase("Oeuvre pour orchestre + choeur d'enfants")


def test_a_bracket_after_an_arrow_is_not_nested() -> None:
    """« (trois catégories (boutique), export, recyclage) »."""
    said = _arrows_said("tri des dons -> 3 catégories (boutique, export, recyclage)")
    assert said == "tri des dons (3 catégories : boutique, export, recyclage)"


def test_a_point_that_says_its_own_verb_is_not_added_to() -> None:
    """« Concernant l'astreinte, j'ajoute que je confirme que je suis disponible »."""
    ctx = build_context(
        "fr_CA",
        debrief__to_add="Pour l'astreinte, je confirme que je suis disponible 1 semaine sur 5.",
    )
    body = st.render("thank_you", ctx).body
    assert "j’ajoute que je confirme" not in body
    assert "je confirme que je suis disponible une semaine sur cinq" in body


def test_a_call_names_a_topic_with_its_article_before_a_bare_name() -> None:
    """« notre échange sur PPI et endettement », « sur Cabot Trail » (D013, D059)."""
    ctx = build_context(
        "fr_FR",
        topics=[
            {"subject": "PPI et endettement", "note": "elle a insisté"},
            {"subject": "projet d'administration avec la nouvelle équipe"},
        ],
    )
    # Since read 288 a call names no topic: the thank-you is where the article shows.
    script = st.render("thank_you", ctx).body
    assert "sur PPI" not in script
    assert (
        re.search(r"\b(?:le|au|du) PPI et (?:à |de )?l’endettement", script)
        or "projet d’administration" in script
    )
    bare = build_context(
        "fr_FR",
        topics=[
            {"subject": "Cabot Trail", "note": "elle a insisté"},
            {"subject": "projet d'administration avec la nouvelle équipe"},
        ],
    )
    assert "projet d’administration" in st.render("thank_you", bare).body


def test_years_as_a_technician_take_comme() -> None:
    """« mes sept ans technicien en signalisation » (D060)."""
    assert phrasing.asset("7 ans technicien en signalisation ferroviaire").startswith(
        "mes sept ans comme technicien"
    )


def test_a_body_that_decides_at_a_sitting_is_given_a_few_days() -> None:
    """A call the day after « Décision après le bureau municipal du 8 décembre » (D013, D053)
    and a reminder the day after « CME le 15 décembre -> réponse après » (D004)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-18",
        debrief__impressions="Décision après le bureau municipal du 8 décembre",
    )
    (step,) = [s for s in st.plan(ctx, today=date(2026, 11, 20)).steps if s.kind == "reminder"]
    assert step.on >= date(2026, 12, 11)
    assert "le temps que sa décision vous soit communiquée" in step.note
