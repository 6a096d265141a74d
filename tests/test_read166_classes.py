"""What the end-state reads 166 and 167 found in fresh64 (measured at 34c2010, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.names import given_name, tutoiement_noted


def test_a_part_time_title_keeps_no_dangling_preposition() -> None:
    """« poste de coroner à » in four drafts."""
    title = "Coroner à temps partiel (sur appel) – région de l'Abitibi-Témiscamingue"
    assert phrasing.role_as_said(title, "f") == "coroner"


def test_a_nickname_in_brackets_is_the_name_one_greets_by() -> None:
    """« Bonjour Ghislain » to « Ghislain (Gus) D'Amours », who asked to be called Gus."""
    assert given_name("Ghislain (Gus) D'Amours") == "Gus"
    ctx = build_context(
        "fr_CA",
        interviewer__name="Ghislain (Gus) D'Amours",
        # The example's « directrice » and « elle » are another person's: a « tu » told with
        # « il » is not said to a woman met (read 218).
        interviewer__civility="Monsieur",
        interviewer__title="directeur des ressources humaines",
        debrief__impressions="Il m'a tutoyé tout le long, veut qu'on l'appelle Gus.",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Gus,")


def test_who_said_vous_is_not_greeted_by_her_given_name() -> None:
    """« Bonjour Nathalie » to a bailiff: « Elle m'a vouvoyée, lui tutoyée »."""
    assert not tutoiement_noted(["Elle m'a vouvoyée, lui tutoyée lol."])
    assert tutoiement_noted(["Le Dr m'a vouvoyée puis tutoyée à la fin."])


def test_a_note_s_missing_accents_after_savoir_and_time_spent_are_written() -> None:
    """« chacun savait ou être », « mes deux hivers a déneiger »."""
    assert phrasing.as_written("chacun savait ou etre") == "chacun savait où être"
    assert phrasing.as_written("mes deux hivers a déneiger") == "mes deux hivers à déneiger"


def test_a_trade_after_a_length_takes_comme() -> None:
    """« mes sept ans matelot sur un palangrier »."""
    assert phrasing.asset("7 ans matelot sur un palangrier") == (
        "mes sept ans comme matelot sur un palangrier"
    )


def test_a_promise_that_says_its_moment_is_not_dated_again() -> None:
    """« …mon book de pièces à la prochaine visite dans les prochains jours »."""
    ctx = build_context(
        "fr_FR", commitments=[{"promise": "lui apporter mon book de pièces à la prochaine visite"}]
    )
    body = st.render("thank_you", ctx).body
    assert "à la prochaine visite." in body
    assert "prochains jours" not in body


def test_the_plan_waits_for_an_answer_announced_for_a_season() -> None:
    """« Réponse 'au courant de l'hiver' »: a reminder and a call in November and December."""
    assert phrasing.announced_day(["Réponse 'au courant de l'hiver'."], date(2026, 11, 6)) == (
        date(2027, 2, 1)
    )


def test_a_call_waits_for_a_step_the_notes_fix_after_the_decision() -> None:
    """A call the day before « séance simu prévue le 10 décembre » asked where things stood."""
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-13", "mode": "video"},
        next_steps={"decision_by": "2026-11-27", "channel": "email"},
        debrief__impressions="Visio avec Mme Jean-Louis, séance simu prévue le 10 décembre.",
        history=[
            {"kind": "thank_you", "on": "2026-11-14", "channel": "email"},
            {"kind": "reminder", "on": "2026-12-02", "channel": "email"},
        ],
    )
    call = next(s for s in st.plan(ctx, today=date(2026, 12, 3)).steps if s.kind == "phone_call")
    assert call.on > date(2026, 12, 10)


def test_a_public_writer_is_said_in_both_genders_aloud() -> None:
    """« poste d'écrivain ou écrivaine public·que », read aloud."""
    title = "Écrivain·e public·que (H/F) – permanences France Services"
    assert phrasing.role_as_said(title, "n", spoken=True) == "écrivain public ou écrivaine publique"


def test_a_plural_noun_before_its_acronym_takes_its_article() -> None:
    """« Nous avons aussi parlé de Régimes PD »."""
    assert phrasing.topic_phrase("Régimes PD") == "les régimes PD"


def test_a_thank_you_does_not_say_what_was_handed_over_in_person() -> None:
    """« Je vous ai apporté mon RIB et la photocopie de mon titre de séjour »."""
    promise = {
        "promise": "lui apporter mon RIB et la photocopie de mon titre de séjour",
        "done": True,
    }
    ctx = build_context("fr_FR", commitments=[promise])
    assert "apporté" not in st.render("thank_you", ctx).body


def test_what_struck_the_candidate_is_no_news_in_a_later_call() -> None:
    """« J'ai vu que le Bureau Montagne lance… des sorties… malvoyantes », told as news after a
    thank-you that had said it struck her."""
    ctx = build_context(
        "fr_FR",
        company__facts=[
            "Le Bureau lance cet hiver des sorties raquettes pour personnes malvoyantes."
        ],
        debrief__struck_by="J'ai été frappée par vos sorties pour personnes malvoyantes.",
        history=[{"kind": "thank_you", "on": "2026-05-08", "channel": "email"}],
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 5, 27)).body
    assert "malvoyantes" not in call
