"""What the blind reads of fresh120 and fresh121 found at first contact (reads 283 and 284,
pair reads 285 and 286, at 541d494)."""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import corpus_context
from suivi_templates.phrasing import others_met, role_as_said
from suivi_templates.phrasing.announced import second_interview_set
from suivi_templates.phrasing.own_words import own_fact
from suivi_templates.phrasing.shorthand import numbers_in_words


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context("fresh120" if key.startswith("dr") else "fresh121", key)


def test_a_rank_keeps_its_figure() -> None:
    """Read 284: « mon attestation CACES R489 cat. trois »."""
    typed = "mon attestation CACES R489 cat. 3 dès que je la reçois ; niveau 2 ; 2 ans"
    assert numbers_in_words(typed) == (
        "mon attestation CACES R489 cat. 3 dès que je la reçois ; niveau 2 ; deux ans"
    )


def test_one_person_named_twice_is_thanked_once() -> None:
    """Read 283: « Mes remerciements vont aussi à Samuel Fortin et à votre collègue Samuel »."""
    notes = "Teams avec Josée + Samuel Fortin (iel)\njeu de rôle au tel avec Samuel, intense"
    assert others_met(notes, "Josée Beaulieu") == ["Samuel Fortin"]


def test_a_second_interview_told_on_a_line_before_is_not_looked_forward_to() -> None:
    """Read 283: « Je me réjouis de notre deuxième entrevue du mardi 8 décembre » on 4 November,
    under « il m'a écrit le 20 pour une 2e entrevue »."""
    ctx = _fresh("dr09-etudes-marche-sondagex")
    notes = [ctx.debrief.impressions or ""]
    assert second_interview_set(notes, ctx.interview.date, date(2026, 11, 4)) is None
    body = st.render("thank_you", ctx.model_copy(update={"history": []}), sent_on=date(2026, 11, 4))
    assert "8\u00a0décembre" not in body.body


def test_a_title_keeps_the_pupils_its_sport_is_for() -> None:
    """Read 283: « coordonnateur du sport » for « Coordonnateur·trice du sport étudiant »."""
    title = "Coordonnateur·trice du sport étudiant - secteur secondaire (poste permanent 35h/sem)"
    assert role_as_said(title, "m") == "coordonnateur du sport étudiant"


def test_years_as_a_job_were_years_in_it() -> None:
    """Read 283: « j'ai fait cinq ans d'enseignante APA en SSR »."""
    assert own_fact("mes cinq ans d’enseignante APA en SSR") == (
        "j’ai été enseignante APA en SSR pendant cinq ans."
    )
    assert own_fact("mes six ans de nuits en EHPAD") == "j’ai fait six ans de nuits en EHPAD."


def test_a_call_offers_to_come_back_to_a_topic_that_is_no_activity() -> None:
    """Reads 283 and 284: « notamment pour tout ce qui touche aux sargasses », « surtout tout
    ce qui touche… », an interest in a problem."""
    body = st.render(
        "phone_script", _fresh("ds19-senologue-provence"), sent_on=date(2026, 12, 18)
    ).body
    assert "tout ce qui touche" not in body
    assert "surtout" not in body
    # Nor « si vous voulez qu'on reparle de… » to whom is on the line (read 288: ten scripts).
    assert "reparle" not in body
    assert "délais de rendez-vous" not in body


def test_a_reminder_offers_a_new_exchange_plainly() -> None:
    """Reads 283 and 284: « Je reviendrais volontiers avec vous sur… », « Où en est votre
    réflexion, de votre côté ? », « Le processus de sélection a-t-il avancé ? »."""
    for key, day in (
        ("ds10-release-manager-banque", date(2026, 11, 18)),
        ("ds20-sociotherapeute-clinique", date(2026, 11, 23)),
    ):
        ctx = _fresh(key)
        then = ctx.model_copy(update={"history": [h for h in ctx.history if h.on < day]})
        body = st.render("reminder", then, sent_on=day).body
        # Nor a topic offered for a new exchange (reads 279 to 304: « une offre étrange »).
        assert "disponible pour un nouvel échange, notamment" not in body
        assert len(re.findall(r"(?i)où en est", body)) <= 1
        assert "volontiers avec vous" not in body
        assert "votre réflexion" not in body
        assert "a-t-il avancé" not in body


def test_a_test_handed_in_after_a_video_interview_is_asked_after() -> None:
    """Read 284: « pas un mot du test de shader d'eau remis le 8 décembre » (« lui remettre le
    test technique »: after a video interview, sent, not handed over in person)."""
    ctx = _fresh("ds04-technical-artist-studio")
    plan = st.plan(ctx, today=date(2026, 12, 2))
    step = next(s for s in plan.steps if s.kind == "reminder")
    body = st.render("reminder", plan.context_on(step, ctx), sent_on=step.on).body
    # A test shows one's work; it is not « utile » to whom set it.
    assert (
        "J’espère que le test technique, que je vous ai fait parvenir le 8\u00a0décembre, vous "
        "donne une bonne idée de mon travail." in body
    )


def test_a_label_obtained_is_congratulated() -> None:
    """Read 283: « J'ai lu avec intérêt l'annonce de l'obtention du label… », to the mayor who
    won it, « ni félicitations »."""
    ctx = _fresh("dr10-patrimoine-vah-saint-amand")
    then = ctx.model_copy(update={"history": [h for h in ctx.history if h.on < date(2026, 12, 1)]})
    body = st.render("reminder", then, sent_on=date(2026, 12, 1)).body
    assert "l’obtention du label Petites Cités de Caractère\u00a0: toutes mes félicitations" in body
    assert "l’annonce de l’obtention" not in body
