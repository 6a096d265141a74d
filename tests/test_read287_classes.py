"""What reads 283 to 286 (fresh120 and fresh121, at 541d494) found and round 3 had left: the
side topic tied to an asset by a colon, and the faults the pair reads named one by one."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import corpus_context
from suivi_templates.names import tutoiement_noted
from suivi_templates.phrasing import function_noted, others_met, role_as_said, trial_offered
from suivi_templates.phrasing.announced import days_named
from suivi_templates.phrasing.promises import left_out
from suivi_templates.phrasing.shorthand import numbers_in_words
from suivi_templates.phrasing.typed import as_written


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context("fresh120" if key.startswith("dr") else "fresh121", key)


def _before(ctx: st.InterviewContext, day: date) -> st.InterviewContext:
    return ctx.model_copy(update={"history": [h for h in ctx.history if h.on < day]})


def _planned_reminder(ctx: st.InterviewContext) -> tuple[date, str]:
    """The reminder the plan made on the interview day sends, and its day."""
    plan = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in plan.steps if "reminder" in s.draft_kinds)
    return step.on, st.render("reminder", plan.context_on(step, ctx), sent_on=step.on).body


def test_an_asset_on_a_side_topic_is_said_with_the_interest_not_after_a_colon() -> None:
    """Pair reads 285 and 286: « Nous avons aussi parlé de X : j'ai Y » in eleven pairs, read as
    a link that links nothing."""
    for key, day, asset in (
        ("ds01-musicologue-archives-sonores", date(2026, 11, 13), "deux étés de numérisation"),
        ("ds06-lichenologue-forets-anciennes", date(2026, 11, 20), "quatre étés de terrain"),
    ):
        body = st.render("thank_you", _before(_fresh(key), day), sent_on=day).body
        assert "Nous avons aussi parlé" not in body
        assert "C’est un sujet que je connais" not in body
        closing = body.split("\n\n")[-3]
        assert asset in closing, closing


def test_a_showreel_of_ones_own_is_no_reality() -> None:
    """Pair read 286: « le lien vers mon réel et mon GitHub »."""
    assert (
        as_written("le lien vers mon reel et mon GitHub") == "le lien vers mon reel et mon GitHub"
    )
    assert as_written("nos reels de 2025") == "nos reels de 2025"
    assert as_written("le reel compte plus que le rêve") == "le réel compte plus que le rêve"


def test_a_tu_said_by_the_person_met_holds_though_the_candidate_said_vous() -> None:
    """Pair read 285: « Bonjour Monsieur » to a director who said « je te reviens »."""
    assert tutoiement_noted(["il me tutoyait, moi je l'ai vouvoyé"])
    assert not tutoiement_noted(["elle m'a vouvoyé mais tout le monde se tutoie au studio"])
    ctx = _fresh("dr11-attraction-main-doeuvre-sudbury")
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 14)).body
    assert body.startswith("Bonjour Marc-André,")


def test_a_name_doubted_in_brackets_is_not_written() -> None:
    """Pair read 285: « M. Villeneuve » for « l'artiste Guy Villeneuve (je crois?) »."""
    notes = "Comité : M. Roy, Mme Tremblay (RH) et l'artiste Guy Villeneuve (je crois?)"
    assert others_met(notes, "Luc Roy") == ["Mme Tremblay"]
    assert others_met(notes.replace(" (je crois?)", ""), "Luc Roy") == [
        "Mme Tremblay",
        "M. Villeneuve",
    ]


def test_each_day_of_a_list_is_a_day() -> None:
    assert [d.day for d in days_named("les lundis 14 et 21 décembre", date(2026, 12, 4))] == [
        14,
        21,
    ]
    assert [d.day for d in days_named("lundi 14 ou mardi 15 décembre", date(2026, 12, 4))] == [
        14,
        15,
    ]


def test_dates_offered_are_said_to_hold_only_while_they_are_ahead() -> None:
    """Read 284: « Les dates que je vous ai proposées… restent valables » on the 18th, of the
    14th and the 21st."""
    day, body = _planned_reminder(_fresh("ds19-senologue-provence"))
    assert day == date(2026, 12, 18)
    assert "restent valables" not in body
    assert "le lundi 21\u00a0décembre pour la demi-journée d’observation" in body
    assert "14\u00a0décembre" not in body


def test_dates_offered_for_a_second_interview_and_gone_make_room_for_others() -> None:
    """Pair read 285: the reminder said nothing of the second interview at Quimper; the hand wrote
    « si les dates que je vous avais proposées ne convenaient pas »."""
    assert trial_offered("lui dire mes dispos pour un 2e entretien à Quimper") == (
        "le deuxième entretien"
    )
    day, body = _planned_reminder(_fresh("dr23-apprentissage-cma-bretagne"))
    assert day == date(2026, 12, 15)
    assert "Si les dates que je vous avais proposées pour le deuxième entretien" in body
    assert "restent valables" not in body


def test_an_item_the_notes_say_forgotten_comes_with_an_apology() -> None:
    """Pair read 285: « Je complète mon message du 1er décembre » without a word of the slip."""
    assert left_out(
        ["Oublié de joindre le mémoire au mail de merci !!"],
        "lui transmettre mon mémoire",
        forgotten=True,
    )
    assert not left_out(
        ["Pas encore envoyé le mémoire, je le relis."], "lui envoyer mon mémoire", forgotten=True
    )
    body = st.render(
        "reminder", _fresh("dr08-icpe-dreal-littoral"), sent_on=date(2026, 12, 21)
    ).body
    assert "que j’avais oublié de joindre à mon message du 1er" in body
    assert "toutes mes excuses" in body


def test_an_item_the_news_names_is_not_named_again_when_promised() -> None:
    """Pair read 285: « …mon brevet de capitaine est émis; je l'attends par la poste. Je vous
    enverrai une copie de mon brevet de capitaine dès réception. »"""
    ctx = _fresh("dr07-sauvetage-maritime-quebec")
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 9)).body
    assert body.count("brevet de capitaine") == 1
    assert "Je vous en enverrai une copie dès réception." in body


def test_a_function_said_before_a_given_name_names_the_person() -> None:
    """Pair read 285: « votre collègue Kylian » for « un représentant des résidents, Kylian »."""
    assert function_noted("Kylian", "Mme Guillou + un représentant des résidents, Kylian") == (
        "le représentant des résidents"
    )
    body = st.render("thank_you", _fresh("dr17-fjt-habitat-jeunes-estuaire")).body
    assert "votre collègue Kylian" not in body
    assert "Kylian, le représentant des résidents" in body


def test_the_adjectives_of_an_epicene_title_agree() -> None:
    """Read 284: « coach sportif » for a woman."""
    assert role_as_said("Coach sportif (H/F)", "f") == "coach sportive"
    assert role_as_said("Secrétaire médical(e)", "f") == "secrétaire médicale"
    assert role_as_said("Responsable administratif et financier", "f") == (
        "responsable administrative et financière"
    )
    assert role_as_said("Technicien santé environnement", "f") == "technicienne santé environnement"


def test_the_part_of_a_total_in_figures_stays_in_figures() -> None:
    """Pair read 285: « mes 12 ans dans l'habitat jeunes dont cinq comme directrice adjointe »."""
    assert numbers_in_words("12 ans dans l'habitat jeunes dont 5 comme adjointe") == (
        "12 ans dans l'habitat jeunes dont 5 comme adjointe"
    )
    assert (
        numbers_in_words("deux ans dont 1 an à Lyon ; 3 ans")
        == "deux ans dont un an à Lyon ; trois ans"
    )


def test_a_company_named_in_capitals_with_an_apostrophe_is_not_shouting() -> None:
    """fresh123 at first contact: « ACTIV'RÉSEAUX SAS », typed so, refused every draft naming
    it once the apostrophe was curled."""
    ctx = corpus_context("fresh123", "du13-inspection-itv-assainissement")
    body = st.render("phone_script", ctx, sent_on=date(2026, 12, 7)).body
    assert "ACTIV’RÉSEAUX" in body


def test_a_person_met_who_is_deaf_is_followed_up_in_writing() -> None:
    """Read 288: a phone script asked a deaf coordinator « Auriez-vous un instant? » (scored 1)."""
    ctx = corpus_context("fresh123", "du03-professeure-lsq-interprete")
    plan = st.plan(ctx, today=date(2026, 12, 6))
    assert [step.kind for step in plan.steps] == ["reminder", "reminder"]
    assert all(step.channel == "email" for step in plan.steps)
    assert "sourde" in plan.steps[1].note
    with pytest.raises(st.DraftRejected) as refused:
        st.render("phone_script", ctx, sent_on=date(2027, 1, 18))
    assert "timing.not_by_voice" in str(refused.value)
