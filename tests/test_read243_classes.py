"""What the blind reads 243 (fresh100) and 244 (fresh101), at db19539, found."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.models import Company
from suivi_templates.phrasing import only_missed, others_met, role_as_said
from suivi_templates.phrasing.announced import announced_day, meeting_day
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.own_words import asset
from suivi_templates.phrasing.roles import field_of_post
from suivi_templates.phrasing.topics import topic_phrase
from suivi_templates.phrasing.typed import as_written


def _plan_days(ctx: st.InterviewContext) -> dict[str, date]:
    plan = st.plan(ctx, today=ctx.interview.date)
    return {step.kind: step.on for step in plan.steps}


def test_a_month_shortened_after_its_day_is_read() -> None:
    """« 2e entrevue en personne le 9 déc » waited for « le 9 » of any month (D058)."""
    held = date(2026, 11, 30)
    assert meeting_day(["2e entrevue en personne le 9 déc avec le gestionnaire"], held) == (
        date(2026, 12, 9)
    )
    assert announced_day(["décision le 20 nov. normalement"], date(2026, 11, 9)) == (
        date(2026, 11, 20)
    )
    # Only after a day: « oct » alone, or « 9 octets », is no month.
    assert announced_day(["je serai là le 9 octets"], held) is None


def test_a_weekday_before_its_date_is_the_date() -> None:
    """« 2e entretien avec le CTO prévu jeudi 10 décembre » (read 244, D060: a reminder on
    the 7th)."""
    held = date(2026, 11, 30)
    assert meeting_day(["2e entretien avec le CTO prévu jeudi 10 décembre"], held) == (
        date(2026, 12, 10)
    )


def test_a_meeting_in_a_part_of_a_month_is_waited_for_a_week_after_it() -> None:
    """« on se revoit fin janvier pour une journée en binôme » (D067: a reminder on
    1 February)."""
    ctx = build_context(
        "fr_FR",
        next_steps={"channel": "email"},
        debrief__impressions="on se revoit fin janvier pour une journée en binôme chez un client",
    )
    assert _plan_days(ctx)["reminder"] >= date(2027, 2, 7)


def test_notes_typed_without_accents_still_give_the_delay() -> None:
    """« réponse apres les fetes » (D025, D045, D057: a reminder and a call in December)."""
    ctx = build_context(
        "fr_CA",
        next_steps={"channel": "email"},
        debrief__impressions="réponse apres les fetes, pas de date precise",
    )
    assert _plan_days(ctx)["reminder"] >= date(2027, 1, 4)


def test_a_topic_s_own_results_are_no_answer() -> None:
    """« affichage des résultats en mars », of pay equity (D018: a reminder on 1 April)."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "équité salariale", "note": "affichage des résultats en mars"}],
        next_steps={"decision_by": "2026-12-03", "channel": "email"},
    )
    assert _plan_days(ctx)["reminder"] < date(2027, 1, 1)


def test_an_invitation_to_a_second_interview_is_no_news_to_tell_its_organisation() -> None:
    """« Depuis notre entrevue, le gestionnaire m'a convoquée à une deuxième entrevue » told
    the recruiter of their own step (D042, D058); after it, the reminder speaks from it."""
    ctx = build_context(
        "fr_CA",
        next_steps={"channel": "email"},
        debrief={
            "impressions": "2e entrevue en personne le 9 déc avec le gestionnaire",
            "since": ["Le gestionnaire m'a convoquée à une deuxième entrevue au siège social."],
        },
    )
    day = _plan_days(ctx)["reminder"]
    assert day >= date(2026, 12, 16)
    body = st.render("reminder", ctx, sent_on=day).body
    assert "convoquée" not in body
    assert "deuxième entrevue du 9\u00a0décembre" in body
    assert "convoquée" not in st.plan(ctx, today=ctx.interview.date).steps[0].note


def test_a_to_add_that_only_says_the_answer_was_missed_is_left_out() -> None:
    """« Je complète ma réponse : sur le REAC, je ne connaissais pas le sigle » (D056)."""
    typed = "J'ai pas su répondre sur le REAC, je connaissais pas le sigle."
    assert only_missed(typed)
    assert not only_missed("Je ne connais pas Cegid Loop mais j'ai migré Sage vers Pennylane.")
    ctx = build_context("fr_FR", debrief__to_add=typed)
    assert "REAC" not in st.render("thank_you", ctx).body
    note = st.plan(ctx, today=ctx.interview.date).steps[0].note
    assert "ce que vous auriez voulu répondre" in note


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("Afpa", "à l’Afpa"),
        ("Urssaf Île-de-France", "à l’Urssaf Île-de-France"),
        ("Cora", "chez Cora"),
    ],
)
def test_a_long_acronym_written_as_a_word_takes_its_article(name: str, at: str) -> None:
    """« l'équipe d'Afpa » (D056)."""
    assert organisation(Company(name=name)).at == at


def test_the_rest_of_the_panel_as_the_notes_name_them() -> None:
    """« M. Côté » for « Alexis Côté (iel) » (D065); Chloé, Yves, Aïssatou, Lucie and Sacha
    not thanked (D006, D030, D068, D063)."""
    assert others_met(
        "panel : M. Tremblay, Mme Roy (produit) et Alexis Côté (iel), chercheur·e UX",
        "Martin Tremblay",
    ) == ["Mme Roy", "Alexis Côté"]
    assert others_met("Comité : M. Diallo, Mme Desrosiers + Aïssatou depuis Dakar", "Diallo") == [
        "Mme Desrosiers",
        "Aïssatou",
    ]
    assert others_met(
        "« appelle-moi Manu ». Rencontre à l'atelier avec Manu, Lucie et Sacha", "Emmanuel Rivière"
    ) == ["Lucie", "Sacha"]
    # Met later, named further on, or doubted: not thanked.
    assert others_met("il me booke un essai sur route avec Normand mardi", "Gilles Roy") == []
    assert others_met(
        "avec le Dr Le Bihan + Gwenaëlle (la directrice, Mme Guéguen)", "Le Bihan"
    ) == ["Mme Guéguen"]
    assert others_met('avec la mairesse + Raymond "Ray" Bouchard', "Ginette Roy") == []
    assert others_met("visio avec Julie ?", "Line Roy") == []


def test_a_panel_member_of_the_candidate_s_family_name_keeps_the_given_name() -> None:
    """« Mes remerciements vont aussi à M. Poulin » under Kevin Poulin's signature (read 244,
    D058)."""
    notes = "Visite avec le gérant de nuit M. Réjean Poulin (pas parent lol)"
    assert others_met(notes, "Sylvie-Anne Cloutier", candidate="Kevin Poulin") == [
        "M. Réjean Poulin"
    ]
    assert others_met(notes, "Sylvie-Anne Cloutier", candidate="Kevin Roy") == ["M. Poulin"]


def test_the_name_offered_is_the_greeting() -> None:
    """« Bonjour Emmanuel » to who had said « appelle-moi Manu » (pair read 245)."""
    ctx = build_context(
        "fr_FR",
        interviewer={
            "name": "Emmanuel Rivière",
            "civility": "Monsieur",
            "title": "cogérant",
            "email": "manu@crayons.example",
        },
        debrief__impressions="on s'est tutoyés, « appelle-moi Manu »",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Manu,")


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("facilitateur·rice graphique (CDI 28h)", "de facilitation graphique"),
        (
            "Animateur·rice mobilité / conseiller·ère en mobilité",
            "d’animateur ou d’animatrice mobilité",
        ),
    ],
)
def test_a_non_binary_candidate_s_post_is_not_said_in_the_masculine(title: str, said: str) -> None:
    """« poste d'animateur mobilité », « facilitateur graphique » said of Morgan and Sasha (D001,
    D039, D051, D066)."""
    assert field_of_post(title, "n", spoken=True) == said
    # Not « conseil clientèle »: the activity takes only an adjective that agrees with nothing.
    assert field_of_post("conseiller·ère clientèle bilingue", "n") is None
    assert role_as_said("Animateur·rice mobilité / conseiller·ère", "n", spoken=True) == (
        "animateur ou animatrice mobilité"
    )


def test_notes_shorthand_and_a_loanword_are_written_out() -> None:
    """« le titre pro », « pré-op » (D053, D056), « demo réel » (read 244, D057)."""
    assert as_written("digitaliser le titre pro, les titres pros") == (
        "digitaliser le titre professionnel, les titres professionnels"
    )
    assert as_written("l'hypnose en pré-op") == "l'hypnose en préopératoire"
    assert as_written("mon demo reel à jour") == "mon démo reel à jour"


def test_years_as_a_chief_say_as_what() -> None:
    """« mes sept ans chef d'équipe » (read 244, D058)."""
    assert asset("7 ans chef d'équipe de nuit") == "mes sept ans comme chef d'équipe de nuit"


def test_a_numbered_law_after_and_takes_its_article() -> None:
    """« sur le consentement et Loi 25 » (read 244, D021)."""
    assert topic_phrase("consentement et Loi 25") == "le consentement et la Loi 25"
    assert topic_phrase("API REST et Loi 96") == "l’API REST et la Loi 96"


def test_who_reads_no_email_is_not_asked_for_an_address() -> None:
    """« à quelle adresse électronique » asked of a mayor noted « pas de mail » (read 244, D051,
    D072)."""
    ctx = build_context(
        "fr_FR",
        interviewer={
            "name": "Yannick Le Floch",
            "civility": "Monsieur",
            "title": "maire",
            "phone": "05 36 49 10 22",
        },
        next_steps={"decision_by": "2026-11-26", "channel": "phone"},
        history=[],
        debrief__impressions="pas de mail, il préfère le téléphone",
    )
    for kind in ("phone_script", "voicemail"):
        body = st.render(kind, ctx, sent_on=date(2026, 11, 30)).body
        assert "adresse électronique" not in body
