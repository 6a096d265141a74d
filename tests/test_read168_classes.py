"""What the final reads 168 and 169 found in fresh67 (measured at de7b9c3, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.names import usual_order


def test_an_antillean_family_name_typed_last_stays_last() -> None:
    """« je m'appelle Jean-Baptiste Wilner » for Wilner Jean-Baptiste."""
    assert usual_order("Wilner Jean-Baptiste") == "Wilner Jean-Baptiste"
    assert usual_order("Tremblay Jean-François") == "Jean-François Tremblay"


def test_an_answer_this_week_or_the_next_is_waited_for() -> None:
    """A call on 9 December after « réponse cette semaine ou la prochaine » of the 2nd."""
    notes = ["Processus rapide, réponse cette semaine ou la prochaine."]
    assert phrasing.announced_day(notes, date(2026, 12, 2)) == date(2026, 12, 11)


def test_news_opened_by_since_our_talk_keeps_its_fact_in_a_voicemail() -> None:
    """« Depuis notre échange. », the training cut off."""
    news = "Depuis notre échange, j'ai suivi une formation Pennylane (certification obtenue)."
    assert phrasing.headline(news) == "J'ai suivi une formation Pennylane."


def test_a_headline_of_a_month_before_the_interview_is_no_news() -> None:
    """« la nouvelle résidence … ouverte en août », « depuis octobre », told in December calls."""
    assert phrasing.told_before(
        "Nouvelle résidence de 150 lits ouverte en août", date(2026, 11, 20)
    )
    assert phrasing.told_before("Nouveau contrat avec Uniprix depuis octobre", date(2026, 11, 24))


def test_a_criminal_record_asked_for_and_not_received_is_awaited() -> None:
    """« ci-joint mon extrait de casier » after « Demandé le B3…, toujours rien reçu »."""
    notes = ["Demandé le B3 sur internet le 10/11, toujours rien reçu."]
    assert phrasing.awaited(notes, "lui envoyer mon extrait de casier judiciaire (bulletin n°3)")


def test_a_test_still_to_plan_is_not_thanked_for() -> None:
    """« Merci … et pour le test de conduite » after « Test de conduite à prévoir »."""
    assert phrasing.shown_on_site("Réponse cette semaine. Test de conduite à prévoir.") == []


def test_a_licence_class_typed_short_is_written_whole() -> None:
    """« j'avais mon classe 1 » (Grammalecte: « classe » is feminine)."""
    assert phrasing.as_written("j'avais mon classe 1") == "j'avais mon permis de classe 1"


def test_a_call_of_thanks_without_an_address_does_not_say_the_link_was_sent() -> None:
    """« Je vous ai aussi transmis le lien vers des photos de mes escaliers », to a man with no
    e-mail address and the promise still open (pair read 169)."""
    ctx = build_context(
        "fr_CA",
        interviewer__email=None,
        interviewer__phone="450-555-0102",
        next_steps={"channel": "phone"},
        commitments=[
            {
                "promise": "lui envoyer des photos de mes escaliers",
                "link": "https://example.com/escaliers",
            }
        ],
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 11, 20)).body
    assert call.startswith("Appel de remerciement")
    assert "transmis" not in call
    assert "à quelle adresse électronique puis-je le faire" in call


def test_a_call_with_no_reminder_recorded_leaves_the_news_to_the_reminder() -> None:
    """The example's reminder and call both told the agency opened in Nantes."""
    ctx = build_context(
        "fr_FR",
        company__facts=["L'Atelier Lumen vient d'ouvrir une agence à Nantes."],
        next_steps={"channel": "email"},
    )
    assert "Nantes" in st.render("reminder", ctx).body
    assert "Nantes" not in st.render("phone_script", ctx).body


def test_a_phone_number_keeps_the_grouping_it_was_typed_with() -> None:
    """« 06 92 45 67 89 » for a Réunion number typed 0692 45 67 89, « +33 » dropped (pair
    read 169): the candidate knows how their number is written."""
    for typed in ("0692 45 67 89", "+33 6 12 34 56 78"):
        ctx = build_context("fr_FR", candidate__phone=typed)
        body = st.render("thank_you", ctx).body
        assert typed.replace(" ", "\N{NO-BREAK SPACE}") in body
    # Its dots are not kept (pair read 342): the pairs, with spaces.
    body = st.render("thank_you", build_context("fr_FR", candidate__phone="06.12.34.56.78")).body
    assert "06\N{NO-BREAK SPACE}12\N{NO-BREAK SPACE}34" in body


def test_a_shortage_or_mould_is_an_ill_no_importance_is_granted_to() -> None:
    """« J'ai bien compris l'importance que vous accordez aux ruptures de stock » (read 168)."""
    assert phrasing.names_a_harm("ruptures de stock pendant les fêtes")
    assert phrasing.names_a_harm("la moisissure dans les sous-sols")
