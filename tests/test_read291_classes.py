"""What the blind reads of fresh124 and fresh125 found at first contact (reads 291 and 292,
pair reads 293 and 294, at 7d9d642)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import corpus_context
from suivi_templates.names import family_name, tutoiement_invited, tutoiement_noted
from suivi_templates.phrasing import others_met
from suivi_templates.phrasing.announced import meeting_day, second_interview_day
from suivi_templates.phrasing.visits import shown_on_site


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context("fresh124" if key.startswith("dv") else "fresh125", key)


def test_appelez_moi_greets_by_the_given_name_and_keeps_vous() -> None:
    """Read 291: « Bonjour Madame Nguyen-Lefèvre » to who said « appelez-moi Pascale »."""
    notes = ["Elle a dit « appelez-moi Pascale »"]
    assert tutoiement_noted(notes)
    assert not tutoiement_invited(notes)
    body = st.render("thank_you", _fresh("dv24-gestionnaire-gta-hopital")).body
    assert body.startswith("Bonjour Pascale,")
    assert "vous" in body


def test_a_tu_returned_is_a_tu_on_the_phone_too() -> None:
    """Read 291: « Bonjour Luc… Avez-vous un moment ? » after « il m'a tutoyé, j'ai fait
    pareil »."""
    assert tutoiement_invited(["il m'a tutoyé, j'ai fait pareil"])
    ctx = _fresh("dv17-depisteur-hockey-rimouski")
    plan = st.plan(ctx, today=date(2026, 12, 6))
    step = next(s for s in plan.steps if "phone_script" in s.draft_kinds)
    script = st.render("phone_script", plan.context_on(step, ctx), sent_on=step.on).body
    assert "Avez-vous" not in script.split("Avec ", 1)[1]


def test_a_gender_the_notes_doubt_is_not_guessed() -> None:
    """Read 291: « Mes remerciements vont aussi à Mme Côté » for « Émilie Côté de l'équipe CEM
    (iel ? pas sûr) »."""
    notes = "M. Nguyen + Émilie Côté de l'équipe CEM (iel ? pas sûr)"
    assert others_met(notes, "Nguyen Van Long") == ["Émilie Côté"]


def test_a_second_interview_with_another_person_is_mine() -> None:
    """Read 291: « notre deuxième entrevue du mercredi 9 décembre », to whom will not be there."""
    ctx = _fresh("dv04-chef-pupitre-estrie")
    # Without the news that tells it came later (read 336: the thank-you of 5 November cannot
    # know of an invitation sent since).
    assert "deuxième entrevue" not in st.render("thank_you", ctx).body
    set_at_the_interview = ctx.model_copy(
        update={"debrief": ctx.debrief.model_copy(update={"since": []})}
    )
    body = st.render("thank_you", set_at_the_interview).body
    assert "Je me réjouis de la deuxième entrevue prévue le mercredi 9\u00a0décembre." in body


def test_a_second_interview_told_after_a_delay_is_waited_for() -> None:
    """Read 292 (scored 1): a reminder on the day of « une deuxième entrevue le 10 décembre »,
    noted since, under « réponse par courriel d'ici le 4 décembre »."""
    held = date(2026, 11, 20)
    lines = ["réponse par courriel d'ici le 4 décembre", "invité à une deuxième entrevue le 10 déc"]
    assert meeting_day(lines, held) == date(2026, 12, 10)
    assert second_interview_day(lines, held) == date(2026, 12, 10)
    plan = st.plan(_fresh("dw09-objets-perdus-gatineau"), today=date(2026, 12, 6))
    assert plan.steps[0].on > date(2026, 12, 17)


def test_a_step_said_to_come_next_is_not_thanked_for() -> None:
    """Read 292: « merci … pour la mise en situation » that comes « ensuite, si je passe »."""
    assert shown_on_site("Première étape, ensuite mise en situation à Ottawa si je passe") == []
    body = st.render("thank_you", _fresh("dw08-marque-employeur-ottawa")).body
    assert "mise en situation" not in body


def test_a_chair_of_a_federation_is_greeted_by_the_office() -> None:
    """Read 292: « Bonjour Monsieur, » to the president of a hunters' federation."""
    body = st.render("thank_you", _fresh("dw16-cynegetique-blois")).body
    assert body.startswith("Bonjour Monsieur le Président,")


def test_wishes_to_a_mayor_on_the_phone_are_wishes() -> None:
    """Read 292: « …et bonne année ! » to a mayor."""
    ctx = _fresh("dw22-batiments-saint-cyr")
    body = st.render("phone_script", ctx, sent_on=date(2027, 1, 5)).body
    assert "bonne année" not in body
    assert "mes meilleurs vœux" in body


def test_nothing_is_said_by_voice_to_a_deaf_person_met() -> None:
    """Pair read 293: « de vive voix » to a deaf producer."""
    ctx = _fresh("dv12-documentariste-lsq")
    plan = st.plan(ctx, today=ctx.interview.date)
    for step in plan.steps:
        assert step.channel == "email"
        body = st.render("reminder", plan.context_on(step, ctx), sent_on=step.on).body
        assert "vive voix" not in body
        assert "en parler" not in body  # pair read 298: « disponible pour en parler »


def test_a_family_name_typed_in_capitals_after_a_civility_is_said_whole() -> None:
    """Read 291: « Madame Da Costa » for « Mme DA COSTA RIBEIRO »."""
    assert family_name("Mme DA COSTA RIBEIRO") == "DA COSTA RIBEIRO"
    # The name promised, given: a voicemail owes it otherwise (R3, read 373).
    data = _fresh("dv07-jaugeur-fos").model_dump(mode="json")
    data["commitments"][0]["details"] = "M. Yves Le Goff, chef de quai"
    ctx = st.InterviewContext.model_validate(data)
    plan = st.plan(ctx, today=date(2026, 12, 6))
    step = next(s for s in plan.steps if "voicemail" in s.draft_kinds)
    body = st.render("voicemail", plan.context_on(step, ctx), sent_on=step.on).body
    assert body.startswith("Bonjour Madame Da Costa Ribeiro,")
