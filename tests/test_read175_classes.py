"""What the last blind read, 175, found in fresh71 (measured at a024456, once)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing


def test_news_with_its_day_put_first_is_said_in_a_voicemail() -> None:
    """« Depuis, . Pourriez-vous… » : the news « Le 28 novembre, j'ai terminé… » left a hole."""
    ctx = build_context(
        "fr_FR",
        debrief__since=[
            "Le 28 novembre, j'ai terminé le module d'électroérosion à fil au GRETA : je peux "
            "donc programmer les découpes."
        ],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 12, 3)).body
    assert "Depuis, ." not in body
    assert phrasing.headline(ctx.debrief.since[0]) == (
        "J'ai terminé le module d'électroérosion à fil au GRETA."
    )


def test_of_two_delays_said_the_plan_waits_for_the_later() -> None:
    """« Ils appellent en février pour confirmer, réponse au courant de l'hiver » : a reminder
    on 2 February and a call on the 9th, before the call announced (three drafts at 2)."""
    notes = ["Ils appellent en février pour confirmer, réponse au courant de l'hiver."]
    assert phrasing.announced_day(notes, date(2026, 11, 19)) == date(2027, 2, 28)


def test_a_topic_typed_ca_marche_comment_asks_about_its_noun() -> None:
    """« notre discussion sur le ça marche comment la formation NADCA »."""
    assert phrasing.topic_phrase("ça marche comment la formation NADCA?") == "la formation NADCA"


def test_a_question_lead_typed_over_and_over_is_read_without_recursion() -> None:
    """Hostile input: « c'est quoi » two thousand times raised RecursionError."""
    assert phrasing.topic_phrase("c'est quoi " * 2000 + "le quota de palettes") == (
        "le quota de palettes"
    )


def _reminder_and_call(**fields: object) -> tuple[str, str]:
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "la pose d'antennes collectives"}],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
        **fields,
    )
    reminder = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 10)).body
    return reminder, call


def test_a_fact_typed_without_its_subject_is_said_to_the_organisation() -> None:
    """« J'ai vu que fêtera ses 30 ans… », « J'ai appris avec plaisir que Lauréat du prix… ».
    An anniversary is told no more (reads 192 to 201): the same subjectless news, otherwise."""
    reminder, call = _reminder_and_call(company__facts=["ouvrira ses nouveaux locaux en mars 2027"])
    assert "que ouvrira" not in reminder + call
    assert "que vous ouvrirez vos nouveaux locaux en mars 2027" in reminder + call
    reminder, _ = _reminder_and_call(
        company__facts=["Lauréat du prix Bois Construction 2026 pour la résidence Les Chartreux"]
    )
    assert "que Lauréat" not in reminder
    assert "le prix Bois Construction 2026 vous a été décerné pour la résidence" in reminder


def test_a_fact_whose_subject_is_the_organisation_is_said_to_it() -> None:
    """« l'annonce du Rivage agrandit ses bains », « qu'Océane Habitat rachète… »."""
    reminder, call = _reminder_and_call(
        company__name="Spa nordique Le Rivage",
        company__facts=["Le Rivage agrandit ses bains extérieurs pour l'été 2027"],
    )
    assert "du Rivage agrandit" not in reminder + call
    assert "vous agrandissez vos bains extérieurs" in reminder + call


def test_a_newspaper_noted_after_the_news_is_not_written() -> None:
    """« (Ouest-France, 2 décembre) », « - Bien Public du 20/11 », pasted in the draft."""
    for fact in (
        "Le groupe rachète un constructeur vendéen (Ouest-France, 2 décembre)",
        "Nouveau contrat avec le CHU Dijon Bourgogne - Bien Public du 20/11",
        "Investissement de 12 M$ dans un nouveau séchoir (Le Quotidien, 20 nov.)",
    ):
        reminder, call = _reminder_and_call(company__facts=[fact])
        for source in ("Ouest-France", "Bien Public", "Quotidien"):
            assert source not in reminder + call


def test_a_fact_labelled_with_another_body_is_read_as_its_headline() -> None:
    """« l'annonce concernant l'agence de l'eau : programme de restauration… »."""
    reminder, _ = _reminder_and_call(
        company__facts=["Agence de l'eau : programme de restauration de la Loue voté"]
    )
    assert "concernant" not in reminder
    assert "l’annonce du programme de restauration de la Loue" in reminder


def test_news_announced_is_read_as_its_announcement_and_tied_to_the_candidate() -> None:
    """« J'ai lu avec intérêt l'investissement de 40 M$ … annoncé en octobre. », and nothing
    said of what the candidate would bring to it."""
    reminder, _ = _reminder_and_call(
        company__facts=["investissement de 40 M$ dans la machine 4 annoncé en octobre"],
        debrief__highlights=["mes quatre ans d'opératrice en usine de sciage"],
    )
    assert "lu avec intérêt l’investissement" not in reminder
    assert "l’annonce de l’investissement de 40 M$ dans la machine 4" in reminder
    assert "mes quatre ans d’opératrice en usine de sciage" in reminder
