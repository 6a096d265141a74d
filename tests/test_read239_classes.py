"""What the drafts of fresh98 (read 239, at 10eff13) showed."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import said_iel
from suivi_templates.phrasing.announced import second_interview_day
from suivi_templates.phrasing.news import outdated
from suivi_templates.phrasing.promises import role_alone
from suivi_templates.phrasing.topics import topic_phrase


def test_an_adjective_alone_on_one_side_of_a_choice_takes_the_noun() -> None:
    """« le choix entre le débourrage éthologique et la classique » (D007)."""
    assert topic_phrase("débourrage éthologique ou classique?") == (
        "le choix entre le débourrage éthologique et le débourrage classique"
    )
    # A noun stays a noun (« la tempéreuse », « le repoussé »), and a plural head keeps the
    # adjective as a noun of its own.
    assert topic_phrase("tempérage sur marbre vs tempéreuse").endswith("et la tempéreuse")
    assert topic_phrase("chantiers commerciaux vs résidentiel").endswith("et le résidentiel")


def test_a_contact_named_by_the_promise_is_not_named_again_in_its_details() -> None:
    """« voici les coordonnées de Lucie Benhamou : Lucie Benhamou, cheffe de chantier… »
    (D031)."""
    details = "Lucie Benhamou, cheffe de chantier chez Décors du Sud, 04 65 71 20 33"
    assert role_alone(details, "les coordonnées de Lucie Benhamou") == (
        "cheffe de chantier chez Décors du Sud, 04 65 71 20 33"
    )
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui transmettre les coordonnées de Lucie Benhamou",
                "done": True,
                "details": details,
            }
        ],
    )
    assert st.render("thank_you", ctx).body.count("Lucie Benhamou") == 1


def test_who_the_notes_call_iel_gets_no_guessed_civility() -> None:
    """« Alexis (iel) super cool » asked for as « Monsieur Alexis Bélanger-Ruiz » (D073)."""
    ctx = build_context(
        "fr_CA",
        interviewer={
            "name": "Alexis Bélanger-Ruiz",
            "title": "direction artistique",
            "email": "abr@carnaval.example",
            "phone": "418 555-0100",
        },
        debrief__impressions="Alexis (iel) super cool, à l'écoute",
        history=[{"kind": "thank_you", "on": "2026-11-21", "channel": "email"}],
    )
    body = st.render("phone_script", ctx).body
    assert "Monsieur" not in body
    assert "Pourrais-je parler à Alexis Bélanger-Ruiz" in body


def test_a_verb_and_how_long_is_an_infinitive_topic() -> None:
    """« notre échange sur le tenir 2 h dehors à -25 » (D073)."""
    assert topic_phrase("tenir 2h dehors à -25") == "la façon de tenir 2h dehors à -25"
    assert topic_phrase("dossier 2026") == "le dossier 2026"


def test_a_second_round_fixed_in_passing_is_the_interview_followed_up() -> None:
    """« On se revoit le 15 décembre pour la 2e ronde » and « je serai à Winnipeg dès le 14
    décembre » : a reminder of 4 January said « dès maintenant pour l'entrevue du 15 »
    (D062, D072)."""
    held = date(2026, 11, 20)
    notes = ["On se revoit le 15 décembre pour la 2e ronde avec le comité au complet"]
    assert second_interview_day(notes, held) == date(2026, 12, 15)
    news = "Mon billet est réservé : je serai à Winnipeg dès le 14 décembre pour la rencontre."
    assert outdated(news, held, date(2027, 1, 4))
    assert not outdated(news, held, date(2026, 12, 1))


def test_only_the_sentence_that_dates_a_meeting_says_which_meeting() -> None:
    """« j'ai failli tomber au 2e tour. Résultats le 4 décembre » is no second interview on
    the 4th; « mon pronom (iel) » is the candidate's, not the person met's (fresh98, fresh99)."""
    held = date(2026, 11, 28)
    assert (
        second_interview_day(["j'ai failli tomber au 2e tour. Résultats le 4 décembre"], held)
        is None
    )
    assert not said_iel(["mon pronom (iel) -> il a pas bronché, correct"])
    assert said_iel(["Alexis (iel) super cool"])
