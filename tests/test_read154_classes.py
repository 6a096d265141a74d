"""What read 154 (blind) and pair read 155 found in the drafts of fresh58, in contexts written here.

Both measured this session's state at 9d6b9c2 once, before any change they prompted
(docs/verifications.md).

- Thirteen follow-ups before a delay the notes gave in words of the calendar: « avant
  Noël », « avant les vacances de Noël », « fin de la semaine prochaine »; and the plan put
  a reminder on 28 December, when offices are closed.
- « l'équipe du Gall & Fils », « chez ARS La Réunion », « chez Division scolaire… ».
- « J'ai apprécié vos explications sur la costume fourni »: a settled practical question
  thanked for, with the wrong gender.
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context, thanks_also
from suivi_templates import phrasing


@pytest.mark.parametrize(
    ("impressions", "interview", "not_before"),
    [
        ("Réponse 'avant Noël, on démarre le 4 janvier'.", "2026-11-10", date(2026, 12, 24)),
        ("Elle veut qqn le 5 janvier, réponse avant les vacances de Noël.", "2026-11-26",
         date(2026, 12, 19)),
        ("Elle rappelle fin de la semaine prochaine pour un test.", "2026-11-30",
         date(2026, 12, 11)),
        ("Résultats mi-décembre.", "2026-11-25", date(2026, 12, 15)),
        ("Steph a dit 'on te texte d'ici deux semaines max'.", "2026-11-07", date(2026, 11, 21)),
    ],
)  # fmt: skip
def test_no_follow_up_before_a_delay_said_on_the_calendar(
    impressions: str, interview: str, not_before: date
) -> None:
    ctx = build_context(
        "fr_FR",
        interview__date=interview,
        # A short process: without the delay, the plan would follow up within days.
        next_steps={"decision_by": None, "channel": "email", "short_process": True},
        history=[],
        debrief__impressions=impressions,
    )
    steps = st.plan(ctx, today=date.fromisoformat(interview)).steps
    follow_ups = [s for s in steps if s.kind in ("reminder", "phone_call")]
    assert follow_ups
    assert all(step.on > not_before for step in follow_ups), [s.on for s in follow_ups]


def test_no_written_reminder_in_the_year_end_break() -> None:
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-30",
        next_steps={"decision_by": None, "channel": "email"},
        history=[],
        debrief__impressions="Décision avant Noël, prise de poste en mars.",
    )
    reminder = next(s for s in st.plan(ctx, today=date(2026, 12, 1)).steps if s.kind == "reminder")
    assert reminder.on == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("EARL LE GALL & FILS", "chez Le Gall & Fils"),
        ("ARS La Réunion", "à l’ARS La Réunion"),
        ("Division scolaire franco-manitobaine", "à la Division scolaire franco-manitobaine"),
        ("Vitré Communauté", "à Vitré Communauté"),
    ],
)
def test_an_organisation_takes_the_article_its_name_calls_for(company: str, said: str) -> None:
    ctx = build_context("fr_FR", company={"name": company})
    title = st.render("phone_script", ctx, sent_on=date(2026, 5, 20)).body.splitlines()[0]
    assert title.endswith(said), title


def test_a_settled_practical_question_is_not_thanked_for() -> None:
    ctx = build_context(
        "fr_CA",
        topics=[
            {"subject": "costume fourni ?", "note": "oui, mais apporter des souliers noirs"},
            {"subject": "les enfants qui ont peur du père Noël"},
        ],
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert "costume" not in body
    assert "père Noël" in body


def test_news_of_a_day_gone_is_told_in_the_past() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-25",
        company={
            "name": "La Coop Val-Nord",
            "facts": ["Le club de motoneige ouvre 120 km de nouveaux sentiers le 1er décembre."],
        },
        history=[{"kind": "thank_you", "on": "2026-11-26", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "a ouvert 120\u00a0km" in body


def test_a_choice_is_said_with_both_its_terms() -> None:
    said = phrasing.spoken_topic(
        phrasing.topic_phrase("traite robotisée (Lely) vs salle de traite 2x6")
    )
    assert said.endswith("et la salle de traite 2x6")


def test_something_else_forgotten_does_not_send_the_promise_again() -> None:
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "leur envoyer un exemple de budget de tournée",
                "done": True,
                "attachment": "budget.xlsx",
            }
        ],
        history=[{"kind": "thank_you", "on": "2026-05-08", "channel": "email"}],
        debrief__impressions="Mise en situation : budget d'une date en 15 min, ok mais j'ai "
        "oublié les per diem.",
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 5, 21)).body
    assert "budget" not in body


def test_a_reminder_says_what_the_asset_brings_not_that_it_prepared_for_the_trade() -> None:
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-09",
        company__facts=["Le CUSSS agrandit son bloc de chirurgie cardiaque."],
        debrief__highlights=["ma certification CBCP"],
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-10", "channel": "email"}],
        next_steps={"decision_by": "2026-11-20", "channel": "email"},
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 11, 24)).body
    assert "préparée à ce métier" not in body
    assert "j’y apporterais ce que m’a appris ma certification CBCP" in body


def test_an_asset_meets_the_topic_it_answers_in_the_topic_s_aside() -> None:
    ctx = build_context(
        "fr_CA",
        topics=[
            {"subject": "saison motoneige", "note": "70% du chiffre de nov à janv"},
            {"subject": "ventes aux pourvoiries et aux communautés (Pikogan, Lac-Simon)"},
        ],
        debrief__highlights=["mes contacts à Pikogan"],
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert "préparé à ce métier" not in body
    # With the interest since pair reads 285 and 286, not tied to a side topic by a colon.
    assert "j’y apporterais mes contacts à Pikogan" in body.split("\n\n")[-3]


def test_the_place_visited_is_not_named_twice_in_a_row() -> None:
    ctx = build_context(
        "fr_FR",
        interview__mode="in_person",
        debrief__impressions="Visite de l'unité protégée pendant le repas du soir.",
        debrief__struck_by="J'ai été frappée par le calme de l'unité protégée à 18 h.",
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert body.count("unité protégée") == 1
    assert "et pour la visite." in body


NAMES = ("Hugo Martin", "Inès Diallo", "Paul Roux", "Léa Morel", "Noé Petit", "Ali Ba")


def test_a_reminder_with_news_opens_on_it() -> None:
    """Pair read 155: « Je me permets de vous écrire… », « Je fais suite à… » opened only the
    program's reminders; the hand starts with what happened since."""
    for name in NAMES:
        ctx = build_context(
            "fr_FR",
            candidate__name=name,
            company__facts=[],
            debrief__since=["J'ai obtenu mon permis bateau option côtière."],
            history=[{"kind": "thank_you", "on": "2026-05-08", "channel": "email"}],
        )
        opening = st.render("reminder", ctx, sent_on=date(2026, 5, 21)).body.split("\n\n")[1]
        assert opening.startswith("Depuis notre entretien du 7\u00a0mai, j’ai obtenu"), opening


def test_no_subject_puts_the_post_first() -> None:
    for name in NAMES:
        ctx = build_context("fr_FR", candidate__name=name)
        for kind, sent_on in (("thank_you", date(2026, 5, 8)), ("reminder", date(2026, 5, 21))):
            subject = st.render(kind, ctx, sent_on=sent_on).subject
            assert subject is not None
            assert not subject.startswith("Poste"), subject


@pytest.mark.parametrize(
    ("impressions", "thanked"),
    [
        ("Comité de 3 : Mme Dupont, M. Chabot (RH), une perceptrice.", "à M. Chabot."),
        ("Jury de 2 (Mme Dupont + Mme Grondin RH).", "à Mme Grondin."),
        ("Panel : Mme Dupont, le préfet (M. Robert ?) et une RH.", None),
        ("Oublié de donner les coordos de M. Le Roux dans le mail.", None),
    ],
)
def test_the_rest_of_the_panel_is_thanked_when_the_notes_name_them(
    impressions: str, thanked: str | None
) -> None:
    """Pair read 155: the hand thanks the others present; the program never named them."""
    ctx = build_context("fr_FR", debrief__impressions=impressions)
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    if thanked is None:
        assert "remerciements vont aussi" not in body
        assert "remercie également" not in body
    else:
        assert thanks_also(body, thanked)


def test_a_thank_you_call_keeps_the_promise_of_an_item_not_yet_at_hand() -> None:
    ctx = build_context(
        "fr_CA",
        interviewer__email=None,
        next_steps={"decision_by": None, "channel": "phone"},
        history=[],
        commitments=[
            {"promise": "lui envoyer mon dossier de conduite de la SAAQ dès que je le reçois"}
        ],
        debrief__impressions="Il rappelle avant Noël.",
    )
    for kind in ("phone_script", "voicemail"):
        body = st.render(kind, ctx, sent_on=date(2026, 11, 20)).body
        assert "je vous enverrai mon dossier de conduite de la SAAQ dès que je l’aurai" in body


def test_an_item_left_at_someone_s_home_is_not_sent_today() -> None:
    ctx = build_context(
        "fr_CA",
        commitments=[{"promise": "lui envoyer une photo de mon certificat de capacité"}],
        debrief__impressions="Pas encore envoyé la photo, le certificat est chez ma mère à Apatou.",
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "ci-joint" not in body
    assert "dès réception" in body


def test_a_what_to_do_question_is_the_conduct_to_follow() -> None:
    """Read 154: « vos explications à propos de la question de savoir quoi faire si… »."""
    assert phrasing.topic_phrase("quoi faire si un enfant pleure?") == (
        "la conduite à tenir si un enfant pleure"
    )
