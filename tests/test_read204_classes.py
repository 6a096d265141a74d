"""What the blind read 204 found in fresh81 (measured at 5e41eac, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.phrasing.news import news_day


def test_a_day_news_is_set_for_is_not_the_day_it_happened() -> None:
    """« Mon retour à La Réunion est confirmé pour le 2 juillet 2027 » held the follow-ups
    of a context typed in December back to July (D017, D026, D045)."""
    news = "Mon retour à La Réunion est confirmé pour le 2 juillet 2027 : je serai là."
    assert news_day(news, date(2026, 11, 23)) is None


def test_the_tu_of_another_person_in_brackets_is_not_hers() -> None:
    """« Mme Lagardère + Thierry le chef d'équipe (on s'est tutoyés direct) » gave « Bonjour
    Bernadette » (D012, D013)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Bernadette Lagardère-Saint-Martin",
        interviewer__civility="Madame",
        debrief__impressions="Mme Lagardère + Thierry le chef d'équipe (on s'est tutoyés direct)",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Madame,")
    own = ctx.model_copy(
        update={"debrief": ctx.debrief.model_copy(update={"impressions": "On s'est tutoyées."})}
    )
    assert st.render("thank_you", own).body.startswith("Bonjour Bernadette,")


def test_infolettre_is_a_noun() -> None:
    """« notre échange sur la façon d'infolettre » (D060)."""
    assert phrasing.topic_phrase("infolettre") == "l’infolettre"


def test_an_answer_given_too_fast_is_completed_not_added_to() -> None:
    """« Concernant l'UPA, j'ajoute que j'ai répondu trop vite : … » (D022)."""
    said = phrasing.reframe("Pour l'UPA, j'ai répondu trop vite : j'ai coprésidé la table.")
    assert said == "Concernant l'UPA, je complète ma réponse : j'ai coprésidé la table."


def test_a_mayor_met_as_the_mrc_prefect_is_greeted_as_prefect() -> None:
    """The fresh81 detectors at first contact: « mairesse de Saint-Honoré-de-Témiscouata et
    préfète de la MRC », met for the MRC, was greeted « Bonjour Madame, »."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Lise Marchand-Bouchard",
        interviewer__civility="Madame",
        interviewer__title="mairesse de Saint-Honoré-de-Témiscouata et préfète de la MRC",
        company__name="MRC de Témiscouata",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Madame la Préfète,")
