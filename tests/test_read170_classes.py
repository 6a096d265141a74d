"""What the blind read 170 and the detectors found in fresh68 (measured at f767016, once)."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.formatting import de

KINDS = ("thank_you", "reminder", "phone_script", "voicemail")


@pytest.mark.parametrize("kind", KINDS)
def test_a_context_asked_not_to_follow_up_is_refused_so_before_any_missing_field(
    kind: str,
) -> None:
    """« Le champ topics est vide : renseignez-le » to someone told « pas la peine de
    relancer »: filling the field would only lead to R11's refusal."""
    ctx = build_context("fr_FR", topics=[], next_steps={"no_contact": True})
    with pytest.raises(st.DraftRejected) as refused:
        st.render(kind, ctx)
    assert [f.code for f in refused.value.report.findings] == ["timing.no_contact"]


def test_a_topic_of_one_trade_word_is_a_point_of_the_interview() -> None:
    """« notre discussion sur le meulage », refused as naming nothing of the interview."""
    ctx = build_context(
        "fr_CA",
        role__title="Ébavureur (meulage de pièces de fonte)",
        topics=[{"subject": "meulage"}],
        commitments=[],
        debrief={},
        candidate__gender="m",
    )
    assert "meulage" in st.render("thank_you", ctx).body


def test_pay_is_never_the_topic_a_reminder_thought_over() -> None:
    """« Ce que vous m'avez expliqué de la prime de soir m'a confirmé que ce travail me
    convient »: the money seemed the one point kept."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "meulage"}, {"subject": "prime de soir?", "note": "1,50$/h"}],
        commitments=[],
        debrief={},
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "prime" not in body


def test_the_second_member_of_a_longer_topic_takes_its_preposition() -> None:
    """« de la conduite des métiers à tisser et le rattachage des fils »."""
    assert de("la conduite des métiers à tisser et le rattachage des fils").endswith(
        "et du rattachage des fils"
    )


def test_an_exam_passed_is_no_paper_in_hand_while_the_card_is_awaited() -> None:
    """« Je vous envoie aujourd'hui une copie de mon certificat », then « dès que je reçois la
    carte »: the certificate promised « dès que je le reçois » was not there."""
    news = (
        "J'ai réussi le 2 décembre l'examen du certificat en extermination : dès que je "
        "reçois la carte, je pourrai faire les traitements seul."
    )
    assert not phrasing.arrival_of(news, "une copie de mon certificat en extermination")


def test_what_the_organisation_did_is_said_with_vous() -> None:
    """« J'ai appris avec plaisir le nouveau marché d'assistance PMR remporté pour les gares
    de Grenoble et Chambéry », « mal construit »."""
    fact = "Nouveau marché d'assistance PMR remporté pour les gares de Grenoble et Chambéry"
    ctx = build_context(
        "fr_FR",
        company__facts=[fact],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "que vous avez remporté un nouveau marché d’assistance PMR pour les gares" in body


def test_an_anniversary_ahead_is_not_congratulated() -> None:
    """« J'ai appris avec plaisir que la coutellerie fêtera ses 100 ans en 2027 : toutes mes
    félicitations » (« sonne creux »)."""
    assert phrasing.news_kind("La coutellerie fêtera ses 100 ans en 2027") == "initiative"


def test_a_number_is_dictated_as_one_dials_it_at_home() -> None:
    """« Vous pouvez me joindre au +594 694… » (« à l'oral, en Guyane, on dit 06 94 »); the
    written signature keeps it as typed (pair read 169)."""
    ctx = build_context("fr_FR", candidate__phone="+594 694 12 34 56")
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 3)).body
    assert "0694\N{NO-BREAK SPACE}12\N{NO-BREAK SPACE}34\N{NO-BREAK SPACE}56" in voicemail
    assert "+594" not in voicemail
    assert "+594\N{NO-BREAK SPACE}694" in st.render("thank_you", ctx).body


def test_a_company_said_without_its_article_keeps_its_own_spelling() -> None:
    """« Appel de suivi – poste de bûcheron aux Forêts Nordiques d'Hearst » for « Les Forêts
    Nordiques de Hearst ltée »: the name was altered."""
    ctx = build_context("fr_CA", company__name="Les Forêts Nordiques de Hearst ltée")
    script = st.render("phone_script", ctx, sent_on=date(2026, 12, 3)).body
    assert "Forêts Nordiques de Hearst" in script
    assert "d’Hearst" not in script


def test_a_vietnamese_name_greets_by_its_family_name_first() -> None:
    """« Bonjour Madame, » on the line of a care service, for Mme Nguyen Thi Hoa: the message
    « risque de ne pas lui parvenir »."""
    ctx = build_context("fr_FR", interviewer={"name": "Nguyen Thi Hoa", "title": "responsable"})
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 12, 3)).body
    assert voicemail.startswith("Bonjour Madame Nguyen,")
