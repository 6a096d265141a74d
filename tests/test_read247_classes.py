"""What the blind reads 247 (fresh102) and 248 (fresh103), at f259cea, found."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import names_an_activity, shown_on_site
from suivi_templates.phrasing.announced import announced_day, invited_to_second_interview
from suivi_templates.phrasing.typed import as_written


def _steps(ctx: st.InterviewContext) -> dict[str, date]:
    plan = st.plan(ctx, today=ctx.interview.date)
    return {step.kind: step.on for step in plan.steps}


def test_offers_said_to_come_out_after_the_holidays_are_waited_for() -> None:
    """« les offres vont sortir apres les fetes » (D027, D045, D056: a reminder on 2 December
    and a call on the 9th)."""
    held = date(2026, 11, 18)
    assert announced_day(["il a dit 'les offres vont sortir apres les fetes'"], held) == (
        date(2027, 1, 8)
    )


def test_a_second_interview_confirmed_is_not_told_back() -> None:
    """« Depuis notre entretien, le 2e entretien est confirmé pour à 9 h » (D022, D055)."""
    assert invited_to_second_interview("Le 2e entretien est confirmé pour le 10 décembre à 9 h.")


def test_after_a_second_interview_the_plan_waits_two_weeks() -> None:
    """Reminders a week after the second interview, no delay said (read 248, D011, D037)."""
    ctx = build_context(
        "fr_FR",
        next_steps={"channel": "email"},
        debrief__impressions="2e entretien prévu le 10 décembre à Lyon avec le directeur",
    )
    steps = _steps(ctx)
    assert steps["reminder"] >= date(2026, 12, 24)
    plan = st.plan(ctx, today=ctx.interview.date)
    note = next(step.note for step in plan.steps if step.kind == "reminder")
    assert "deux semaines" in note


def test_a_call_after_a_second_interview_says_it() -> None:
    """Scripts that spoke only of the first interview (read 248, D027, D069; read 247, D037)."""
    ctx = build_context(
        "fr_FR",
        next_steps={"channel": "email"},
        debrief__impressions="2e entretien prévu le 10 décembre à Lyon avec le directeur",
        history=[
            {"kind": "thank_you", "on": "2026-11-20", "channel": "email"},
            {"kind": "reminder", "on": "2027-01-04", "channel": "email"},
        ],
    )
    body = st.render("phone_script", ctx, sent_on=date(2027, 1, 11)).body
    # Named as the call opens, with its day, once (read 279).
    assert "à la suite de mon deuxième entretien du jeudi 10\u00a0décembre" in body
    assert body.count("à la suite de") + body.count("À la suite de") <= 1


def test_a_reminder_is_interested_in_an_activity_not_in_people_or_things() -> None:
    """« Le poste m'intéresse toujours autant, en particulier les bénévoles qui s'essoufflent »
    (read 248, D023, D063; read 247, D048, D049)."""
    assert names_an_activity("le travail en nacelle")
    assert names_an_activity("la refonte du site")
    assert not names_an_activity("les bénévoles qui s’essoufflent")
    assert not names_an_activity("les fichiers clients mal montés")


def test_a_visit_of_the_whole_place_keeps_the_place() -> None:
    """« pour la visite de toute. » (read 247, D014)."""
    assert shown_on_site("visite de toute la residence avec lui") == [
        "la visite de toute la residence"
    ]


def test_notes_slang_is_written_out() -> None:
    """« les anims vacataires », « le comptage du cash » (read 248, D065, D067)."""
    assert as_written("gérer les anims vacataires et le comptage du cash") == (
        "gérer les animateurs vacataires et le comptage de la caisse"
    )
