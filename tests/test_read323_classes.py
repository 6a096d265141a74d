"""What the blind reads of fresh140 and fresh141 found at first contact (reads 323 and 324,
at e873350)."""

from __future__ import annotations

from pathlib import Path

import suivi_templates as st
from conftest import corpus_context, planned_draft

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"el": "fresh140", "en": "fresh141"}[key[:2]], key)


def test_the_step_offered_is_not_the_visit_done_before_it() -> None:
    """Read 323 (a thank-you at 2): « Visite des fosses + essai de récolte 1h, mains gelées!!
    Il m'a proposé de revenir faire une journée d'essai » gave « Pour la visite des fosses, je
    peux venir à la date qui vous conviendra »."""
    body = st.render("thank_you", _fresh("el18-cressiculteur-mereville")).body
    assert "Pour la journée d’essai, je peux venir" in body
    assert "Pour la visite" not in body


def test_what_was_shown_during_a_visit_is_not_a_second_visit() -> None:
    """Read 323 (a thank-you at 2): « la visite et la visite de la CNC »."""
    body = st.render("thank_you", _fresh("el05-constructeur-decors-saint-hubert")).body
    assert body.count("visite") == 1


def test_an_evening_offered_is_a_step_to_set() -> None:
    """Read 323 (a thank-you at 2): « Il va me rappeler… pour que je fasse une soirée de
    porte-à-porte avec un vendeur, date à fixer », and no draft offered to set it."""
    ctx = _fresh("el11-demarcheur-thermopompes-gatineau")
    assert "la soirée de porte-à-porte" in st.render("thank_you", ctx).body
    assert "la soirée de porte-à-porte" in planned_draft(ctx, "phone_script")[1]


def test_a_tu_without_a_first_name_is_not_greeted_by_the_surname() -> None:
    """Read 323 (a call and a voicemail at 2): « Bonjour Monsieur Delpeyrat, … Tu m'as reçu »,
    to « M. Delpeyrat », with whom the « tu » was shared."""
    ctx = _fresh("el17-charbonnier-perigord")
    for kind in ("phone_script", "voicemail"):
        body = planned_draft(ctx, kind)[1]
        assert "Bonjour Monsieur" not in body
        assert "Bonjour, " in body


def test_an_audition_does_not_present_the_post() -> None:
    """Read 323: « Merci d'avoir pris le temps, hier, de me présenter le poste de
    clarinettiste », after an audition."""
    body = st.render("thank_you", _fresh("el22-clarinettiste-moissac")).body
    assert "présenter le poste" not in body
    assert "l’audition d’hier" in body


def test_a_second_interview_offered_undated_is_offered_to_set() -> None:
    """Read 323 (a reminder at 2, two drafts at 3): « 2e entretien proposé avec les associés
    en janvier, date à fixer », and every follow-up asked where the process stood."""
    ctx = _fresh("el23-documentaliste-juridique-paris")
    assert "le deuxième entretien avec les associés" in st.render("thank_you", ctx).body
    assert "le deuxième entretien avec les associés" in planned_draft(ctx, "phone_script")[1]


def test_a_trial_thanked_for_is_not_told_again_as_news() -> None:
    """Read 324 (a reminder at 1): « Merci encore pour l'essai de 2 jours du 2 décembre. J'ai
    fait les deux jours d'essai les 1er et 2 décembre. »: the wrong day, then the same news."""
    body = planned_draft(_fresh("en16-feuillardier-chalus"), "reminder")[1]
    assert body.count("essai") == 1
    assert "du 2\u00a0décembre" not in body


def test_a_family_name_typed_apart_leaves_the_given_name_to_greet() -> None:
    """Read 324 (a thank-you at 2): « Bonjour Madame », then « tes élèves », to « Lucía
    Fernández García » (family name « Fernández García »), with whom « on s'est tutoyés »."""
    body = st.render("thank_you", _fresh("en23-guitariste-flamenco-toulouse")).body
    assert body.startswith("Bonjour Lucía,")
    assert "le cours d’essai" in body


def test_a_step_of_a_week_keeps_its_words_whole() -> None:
    """Read 324 (a reminder at 1): « Pour l'essai d'une, je peux venir »."""
    body = planned_draft(_fresh("en22-fabricant-marionnettes-charleville"), "reminder")[1]
    assert "l’essai d’une," not in body
    assert "Pour l’essai, je peux venir" in body


def test_a_place_of_the_trade_takes_its_article() -> None:
    """Pair read 325: « l'équipe de Cressonnière des Trois Fontaines »."""
    ctx = _fresh("el18-cressiculteur-mereville")
    drafts = [st.render(kind, ctx).body for kind in ("thank_you", "phone_script")]
    assert not any(" de Cressonnière" in body or "chez Cressonnière" in body for body in drafts)
    assert any("la Cressonnière des Trois Fontaines" in body for body in drafts)


def test_a_reminder_days_after_the_decision_does_not_point_at_it() -> None:
    """Reads 323 and 324 (five reminders at 2 or 3): « Vous m'aviez indiqué une réponse vers le
    11 décembre ; je me permets donc… », a day or two after it, read as a reproach (R15)."""
    ctx = _fresh("en22-fabricant-marionnettes-charleville")
    body = planned_draft(ctx, "reminder")[1]
    assert "Vous m’aviez" not in body


def test_a_noun_after_the_title_is_not_made_feminine() -> None:
    """Read 324 and pair read 326 (drafts at 2): « fournituriste atelière couture »."""
    draft = st.render("thank_you", _fresh("en17-fournituriste-paris"))
    assert "atelière" not in f"{draft.subject} {draft.body}"


def test_a_purpose_noted_about_her_is_said_to_her() -> None:
    """Read 324 and pair read 326: « pour qu'elle voie mon serrage », written to her."""
    body = st.render("thank_you", _fresh("en06-flecherande-lassomption")).body
    assert "pour que vous voyiez mon serrage" in body
    assert "qu’elle" not in body


def test_a_second_interview_with_others_is_not_said_as_ours() -> None:
    """Pair read 326 (a reminder at 2): « nous nous sommes parlé le 9 décembre », of a second
    interview held with the direction."""
    body = planned_draft(_fresh("en12-intervenante-employabilite-gatineau"), "reminder")[1]
    assert "nous nous sommes parlé" not in body


def test_an_abbreviation_does_not_hide_the_rest_of_the_panel() -> None:
    """Read 324 and pair read 326: « M. Francis Houle (dir. d'usine) et Mme Lemaire (paie) »,
    and Mme Lemaire was not thanked."""
    body = st.render("thank_you", _fresh("en07-generaliste-rh-drummondville")).body
    assert "Mme Lemaire" in body


def test_a_piece_sent_apart_is_dated_the_day_it_went() -> None:
    """Pair read 326 (a reminder at 3): « que je vous ai fait parvenir le 28 novembre », the day
    it was due, when the plan sent it on Friday the 27th."""
    body = planned_draft(_fresh("en02-hydroponiste-montreal"), "reminder")[1]
    assert "fait parvenir le 27\u00a0novembre" in body
