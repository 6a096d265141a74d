"""What the blind read 186 found in fresh75 (measured at 3981e35, once)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates import phrasing


def test_a_maitre_named_so_in_the_notes_is_greeted_maitre() -> None:
    """« Me Philippe-Henri Van Hove », commissaire-priseur: « Bonjour Monsieur » (D032)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Me Philippe-Henri Van Hove",
        interviewer__civility=None,
        interviewer__title="associé gérant",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Maître,")
    assert "Bonjour Maître Van Hove," in st.render("phone_script", ctx).body


def test_an_auctioneer_is_greeted_maitre() -> None:
    ctx = build_context("fr_FR", interviewer__title="commissaire-priseur, associé gérant")
    assert st.render("thank_you", ctx).body.startswith("Bonjour Maître,")


def test_a_mayor_is_greeted_by_the_office_on_the_telephone_too() -> None:
    """« Il faudrait "Monsieur le Maire" » (D019, D055: a call and a voicemail)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Bernard Faure-Brac",
        interviewer__civility="Monsieur",
        interviewer__title="maire",
    )
    assert "Bonjour Monsieur le Maire," in st.render("phone_script", ctx).body
    assert st.render("voicemail", ctx).body.startswith("Bonjour Monsieur le Maire,")


def test_impressions_typed_over_several_lines_are_read_as_sentences() -> None:
    """Two of 24 contexts were refused: notes on two lines, or over 400 characters."""
    ctx = build_context(
        "fr_CA",
        debrief__impressions="- Visite de la salle des familles\n\n- 28 nov : décision fin janvier",
    )
    assert ctx.debrief.impressions == (
        "Visite de la salle des familles. 28 nov : décision fin janvier."
    )
    long = build_context("fr_CA", debrief__impressions="Très bon accueil. " * 60)
    assert long.debrief.impressions is not None
    assert len(long.debrief.impressions) > 1000
    assert st.render("thank_you", long).body


def test_impressions_still_have_a_limit_and_refuse_controls() -> None:
    with pytest.raises(ValidationError, match="1200"):
        build_context("fr_CA", debrief__impressions="a" * 1201)
    with pytest.raises(ValidationError, match="contrôle"):
        build_context("fr_CA", debrief__impressions="Visite\x07 faite")


def _follow_ups(ctx: st.InterviewContext, today: date) -> list[tuple[str, date]]:
    return [(s.kind, s.on) for s in st.plan(ctx, today=today).steps if s.kind != "commitment"]


def test_a_decision_put_off_to_a_month_is_waited_for() -> None:
    """« Appel le 19 : le marché était décalé à janvier, il me rappelle » : a call a week
    later asked where the process stood (D004, D020)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-02",
        next_steps__decision_by="2026-11-13",
        next_steps__channel="phone",
        debrief__impressions="Appel le 19 : le marché Seine-Nord est décalé à janvier, "
        "il me rappelle.",
        history=[
            {"kind": "thank_you", "on": "2026-11-03", "channel": "email"},
            {"kind": "phone_call", "on": "2026-11-19", "channel": "phone"},
        ],
    )
    ((kind, on),) = _follow_ups(ctx, date(2026, 12, 5))
    assert kind == "phone_call"
    assert on > date(2027, 1, 31)


def test_an_answer_put_off_to_the_start_of_winter_is_waited_for() -> None:
    """« Réponse après le conseil municipal, finalement repoussé 'au début de l'hiver' »
    (D019, D055: a call and a voicemail in December)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-05",
        next_steps__decision_by="2026-11-20",
        next_steps__channel="phone",
        debrief__impressions="Réponse après le conseil municipal, finalement repoussé "
        "'au début de l'hiver'.",
        history=[{"kind": "thank_you", "on": "2026-11-06", "channel": "email"}],
    )
    assert _follow_ups(ctx, date(2026, 12, 5))[0][1] > date(2027, 1, 31)


def test_a_person_who_said_they_would_call_is_left_a_few_days_after_the_decision() -> None:
    """« Décision au CA du 16 décembre, il m'appellera » : called the day after (D068)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-27",
        next_steps__decision_by="2026-12-16",
        debrief__impressions="Décision au CA du 16 décembre, il m'appellera.",
        history=[{"kind": "thank_you", "on": "2026-11-30", "channel": "email"}],
    )
    plan = st.plan(ctx, today=date(2026, 12, 5))
    first = next(step for step in plan.steps if step.kind == "reminder")
    assert first.on >= date(2026, 12, 21)
    assert "a dit qu'elle vous contacterait" in first.note
    silent = build_context(
        "fr_FR",
        interview__date="2026-11-27",
        next_steps__decision_by="2026-12-16",
        history=[{"kind": "thank_you", "on": "2026-11-30", "channel": "email"}],
    )
    assert _follow_ups(silent, date(2026, 12, 5))[0][1] == date(2026, 12, 17)


def test_a_choice_between_two_infinitives_keeps_them_as_typed() -> None:
    """« le choix entre l'attirer des entreprises et le soutenir celles » (D069)."""
    ctx = build_context(
        "fr_CA", topics=[{"subject": "attirer des entreprises vs soutenir celles qui sont là?"}]
    )
    said = st.render("phone_script", ctx).body + st.render("thank_you", ctx).body
    assert "le choix entre attirer des entreprises et soutenir celles qui sont là" in said
    assert "le soutenir" not in said


def test_a_member_after_a_plus_takes_the_determiner_of_the_list() -> None:
    """« mon galop 7 et licence FFE 2027 », « le certificat médical et schéma vaccinal »
    (D017, D027, D051)."""
    ctx = build_context(
        "fr_FR",
        commitments=[{"promise": "lui envoyer mon galop 7 + licence FFE 2027", "due": None}],
    )
    body = st.render("thank_you", ctx).body
    assert "mon galop 7 et ma licence FFE 2027" in body


def test_a_relative_of_the_person_met_on_the_panel_is_thanked() -> None:
    """« Me Van Hove + sa fille Me Clémence Van Hove » : the daughter was left out (D047)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Me Philippe-Henri Van Hove",
        interviewer__civility=None,
        debrief__impressions="Entretien dans l'étude. Me Van Hove + sa fille Me Clémence "
        "Van Hove (commissaire-priseur aussi).",
    )
    assert thanks_also(st.render("thank_you", ctx).body, "à Me Clémence Van Hove.")


def test_a_thank_you_left_on_voicemail_gives_the_answer_promised() -> None:
    """« oublie l'essentiel : la réponse promise sur les samedis 19 et 26 » (D018)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-27",
        interview__mode="phone",
        interviewer__email=None,
        interviewer__phone="02 98 55 02 61",
        next_steps__channel="phone",
        next_steps__decision_by="2026-12-02",
        commitments=[
            {
                "promise": "lui dire si je peux faire les samedis 19 et 26",
                "done": False,
                "details": "je peux faire le 19 mais pas le 26 (mariage de ma soeur)",
            }
        ],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 11, 30)).body
    assert "je peux faire le 19 mais pas le 26." in body
    assert "(" not in body
    assert len(body.split()) <= 75


def test_a_certificate_noted_without_its_de_gets_it() -> None:
    """« mon certificat secourisme en milieu de travail » (D023, D035)."""
    ctx = build_context(
        "fr_CA",
        debrief__since=["J'ai eu mon certif secourisme en milieu de travail le 2 décembre"],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "certificat de secourisme en milieu de travail" in body


def test_a_span_noted_with_a_dash_is_said_in_words() -> None:
    """« les délais de fabrication 8-10 semaine » (D034); not « dans 3-4 semaines », which
    the plan reads, nor « un plan 30-60-90 jours »."""
    ctx = build_context(
        "fr_CA", topics=[{"subject": "delais de fabrication 8-10 sem -> clients impatients"}]
    )
    assert "de 8 à 10 semaines" in st.render("thank_you", ctx).body
    assert phrasing.as_written("Résultats dans 3-4 semaines") == "Résultats dans 3-4 semaines"
    assert "30-60-90 jours" in phrasing.as_written("un plan 30-60-90 jours")
