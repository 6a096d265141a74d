"""What fresh65 showed at first contact (read 164 measured 2760b45 once, before any change)."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates import formatting, phrasing
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


def test_the_address_says_which_of_two_given_looking_names_is_hers() -> None:
    assert usual_order("Jean-Baptiste Léa-Rose", "learose.jb@museo.example") == (
        "Léa-Rose Jean-Baptiste"
    )


def test_a_doctor_of_oenology_is_greeted_as_monsieur() -> None:
    ctx = build_context(
        "fr_FR",
        interviewer__civility="Monsieur",
        interviewer__title="directeur technique (docteur en œnologie)",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Monsieur,")


def test_a_mayor_met_as_a_vice_president_is_greeted_as_such() -> None:
    ctx = build_context(
        "fr_FR",
        interviewer__civility="Madame",
        interviewer__title="maire de Fenain, vice-présidente chargée de la culture",
        company__name="Communauté de communes des Deux Vallées",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Madame la Vice-Présidente,")


def test_an_item_the_news_says_is_in_the_post_is_not_attached() -> None:
    ctx = build_context(
        "fr_CA",
        commitments=[
            {"promise": "lui envoyer une copie de mon brevet Capitaine 60 dès que je l'ai"}
        ],
        debrief__since=[
            "J'ai réussi le 1er décembre l'examen pour le brevet de capitaine; j'attends le "
            "brevet par la poste."
        ],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 9)).body
    assert "ci-joint" not in body
    assert "dès réception" in body


def test_an_acronym_names_the_item_the_notes_await() -> None:
    notes = ["J'ai demandé un duplicata de mon CQP à l'AGEMA, toujours rien reçu."]
    assert phrasing.awaited(notes, "lui envoyer la copie de mon CQP")


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("vitesse exigée 225 mots/min", "la vitesse exigée 225 mots par minute"),
        ("Délais d'attente en évaluation TNC", "les délais d'attente en évaluation TNC"),
    ],
)
def test_a_topic_typed_as_a_heading_is_read_as_a_noun_phrase(topic: str, said: str) -> None:
    assert phrasing.topic_phrase(topic) == said


def test_a_prize_awarded_is_a_success() -> None:
    fact = "Prix Reconnaissance milieu de vie 2026 décerné aux Jardins du Coteau"
    assert phrasing.news_kind(fact) == "succes"
    assert phrasing.fact_as_noun(fact) == (
        "le prix Reconnaissance milieu de vie 2026 décerné aux Jardins du Coteau"
    )


def test_a_colleague_who_asked_questions_is_thanked() -> None:
    ctx = build_context(
        "fr_CA",
        debrief__impressions="Son collègue M. Beaulieu a posé les questions sur Eclipse.",
    )
    assert thanks_also(st.render("thank_you", ctx).body, "à M. Beaulieu.")


def test_a_voicemail_tells_news_rather_than_an_item_still_awaited() -> None:
    ctx = build_context(
        "fr_CA",
        commitments=[
            {"promise": "lui envoyer une copie de ma carte de pontier quand je la reçois"}
        ],
        debrief__since=["J'ai fini ma formation en ligne sur le cadenassage le 30 novembre."],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 12, 9)).body
    assert "cadenassage" in body
    assert "pas encore reçu" not in body


def test_a_headline_drops_a_clause_left_without_its_day() -> None:
    news = (
        "J'ai réussi mon examen théorique classe 3 le 20 novembre, le test sur route est le "
        "14 décembre."
    )
    assert phrasing.headline(news) == "J'ai réussi mon examen théorique classe 3."


def test_a_call_after_a_reminder_tells_the_news_the_reminder_left_out() -> None:
    """Read 164: « J'ai repensé à notre échange sur… » while the new budget went unsaid."""
    ctx = build_context(
        "fr_CA",
        company__facts=["La Ville a adopté son budget 2027 avec l'embauche de 4 pompiers."],
        debrief__since=[
            "J'ai terminé le cours de gestion des opérations d'urgence le 28 novembre."
        ],
        history=[
            {"kind": "thank_you", "on": "2026-11-20", "channel": "email"},
            {"kind": "reminder", "on": "2026-12-02", "channel": "email"},
        ],
    )
    body = st.render("phone_script", ctx, sent_on=date(2026, 12, 9)).body
    assert "budget 2027" in body


def test_an_opening_to_come_is_not_congratulated() -> None:
    fact = "Ils vont ouvrir un bureau à Laval au printemps 2027."
    assert phrasing.news_kind(fact) == "initiative"
    assert phrasing.to_its_own(fact) == "vous allez ouvrir un bureau à Laval au printemps 2027."


def test_a_promise_to_come_back_with_something_communicates_it() -> None:
    """« je compte revenir vers vous avec mes disponibilités » is the calque to avoid."""
    promise = "revenir vers elle avec mes dispos de janvier"
    assert formatting.second_person(promise) == "vous communiquer mes dispos de janvier"
