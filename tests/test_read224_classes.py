"""What the blind reads 223 (fresh91) and 224 (fresh90), at 0f1bd5c, and the pair reads 225
and 226 found."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.models import Company
from suivi_templates.names import usual_order
from suivi_templates.phrasing import as_written, own_news
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.news import said_from
from suivi_templates.phrasing.organisations import organisation, without_legal_form
from suivi_templates.phrasing.promises import tells
from suivi_templates.phrasing.shorthand import written_register
from suivi_templates.phrasing.topics import linked_topic


def test_a_professor_typed_pr_is_greeted_and_asked_for_as_one() -> None:
    """« Bonjour Docteur » to the Pr Saint-Aubin, « au docteur Pr Hélène Saint-Aubin » (D010,
    D029, D045, D059 of read 224), « Monsieur Pr Jean-Marc Hoarau » (D038 of read 223)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Pr Hélène Saint-Aubin",
        interviewer__civility="Madame",
        interviewer__title="cardiologue, cheffe du pôle cardio-vasculaire",
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Madame la Professeure,")
    script = st.render("phone_script", ctx).body
    assert "parler à la professeure Saint-Aubin" in script
    assert "Pr " not in script


def test_a_priest_is_asked_for_by_his_title() -> None:
    """« Pourrais-je parler à Monsieur Gérard Tétrault » at a parish (D067)."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="Père Gérard Tétrault",
        interviewer__civility=None,
        interviewer__title="curé",
    )
    assert "parler au père Tétrault" in st.render("phone_script", ctx).body


def test_a_person_greeted_by_a_title_gets_a_respectful_closing() -> None:
    """« Bien cordialement » to a PU-PH, « Meilleures salutations » to a mairesse (pair reads
    225 and 226)."""
    professor = build_context(
        "fr_FR", interviewer__name="Pr Jean-Marc Hoarau", interviewer__civility="Monsieur"
    )
    assert "Bien respectueusement," in st.render("thank_you", professor).body
    mayor = build_context("fr_CA", interviewer__title="mairesse", interviewer__civility="Madame")
    assert "Respectueusement," in st.render("thank_you", mayor).body


def test_a_delay_given_on_a_later_call_counts_from_it() -> None:
    """« appelée le 25/11 : ils attendent le retour du directeur, « d'ici 2 semaines » » : a
    call on 2 December (D040, D074)."""
    note = "appelée le 25/11 : ils attendent le retour du directeur, « d'ici 2 semaines »"
    assert announced_day([note], date(2026, 11, 6)) == date(2026, 12, 9)
    # « rappeler jeudi », noted after a call on 3 December, is the Thursday after it.
    own = "'On vous rappelle d'ici 15 jours'. Appelé le 3/12, il était en réunion, rappeler jeudi."
    assert announced_day([own], date(2026, 11, 17)) == date(2026, 12, 10)


def test_a_day_typed_in_figures_is_written_out_and_dates_the_news() -> None:
    """« le 29/11 » pasted (read 223); news « obtenue le 27/11 » told on 24 November (D065)."""
    assert as_written("obtenue le 27/11, et depuis le 1/12") == (
        "obtenue le 27 novembre, et depuis le 1er décembre"
    )
    ctx = build_context(
        "fr_FR",
        debrief__since=["Certification Négociation grands comptes (CEGOS) obtenue le 27/11."],
        history=[{"kind": "thank_you", "on": "2026-11-04", "channel": "email"}],
        interview__date="2026-11-03",
        next_steps={"channel": "email"},
    )
    early = st.render("reminder", ctx, sent_on=date(2026, 11, 24)).body
    assert "27" not in early
    later = st.render("reminder", ctx, sent_on=date(2026, 12, 2)).body
    assert "J’ai obtenu vendredi dernier la certification Négociation grands comptes" in later


def test_own_news_jotted_as_a_noun_is_said_with_i() -> None:
    """« Depuis notre entretien, Certification … obtenue. » (pair P014 of read 226)."""
    assert own_news("Permis B obtenu le 30 novembre.") == "J’ai obtenu le permis B le 30 novembre."
    assert own_news("J'ai eu mon permis.") == "J'ai eu mon permis."


def test_what_one_was_to_do_on_a_past_day_is_told_as_done() -> None:
    """« je joue jeudi dernier le Requiem » (pair P025 of read 225)."""
    told = said_from(
        "Je joue le 10 décembre le Requiem.", date(2026, 11, 14), date(2026, 12, 14), "fr_FR"
    )
    assert told == "J’ai joué jeudi dernier le Requiem."


def test_an_owed_confirmation_of_dates_is_an_answer() -> None:
    """« confirmer mes dates pour une visite du service en janvier » : a reminder in January
    without a word on them (D029, D045, D059)."""
    assert tells("confirmer mes dates pour une visite du service en janvier")
    ctx = build_context(
        "fr_FR",
        commitments=[{"promise": "confirmer mes dates pour une visite du service en janvier"}],
        history=[{"kind": "thank_you", "on": "2026-11-18", "channel": "email"}],
    )
    with pytest.raises(st.MissingContext, match=r"commitments\[0\]\.details"):
        st.render("reminder", ctx)


def test_notes_shorthand_and_organisations_as_people_type_them() -> None:
    """« avis google », « la naturo », « négos » (pair reads 225, 226); « l'équipe de SMR
    Santa Maria », « Papiers Manicouagan S.E.C. »."""
    assert written_register("les avis google, la naturo, mes négos") == (
        "les avis Google, la naturopathie, mes négociations"
    )
    assert organisation(Company(name="SMR Santa Maria")).article == "le"
    assert without_legal_form("Papiers Manicouagan S.E.C.") == "Papiers Manicouagan"


def test_an_orchestra_audition_is_called_one() -> None:
    """« notre entretien » for an orchestra's audition (D009, D033, D052 of read 223)."""
    ctx = build_context(
        "fr_FR",
        role__title="TROMBONISTE BASSE (H/F) - Tuttiste - CDI - audition du 14 novembre",
        interview__mode="in_person",
    )
    thanks = st.render("thank_you", ctx)
    assert "entretien" not in thanks.body
    assert "audition du" in (thanks.subject or "")
    assert "J’ai passé une audition avec" in st.render("phone_script", ctx).body
    remote = build_context("fr_FR", role__title="tromboniste basse", interview__mode="video")
    assert "audition" not in st.render("thank_you", remote).body


def test_spoken_turns_of_a_note_are_written() -> None:
    """« les numéros avec les enfants du club cela me connait », « J'ai trop aimé l'ambiance,
    tout le monde rigolait » (read 223, pair read 225)."""
    assert as_written("donc les numéros avec les enfants du club ça me connait.") == (
        "donc je connais bien les numéros avec les enfants du club."
    )
    assert as_written("J'ai trop aimé l'ambiance, tout le monde rigolait.") == (
        "J'ai beaucoup aimé l'ambiance, tout le monde riait."
    )


def test_an_address_in_given_then_family_order_tells_a_name_typed_family_first() -> None:
    """« Teriitahi Rémi », remi.teriitahi@ : « Bonjour Docteur Rémi » (fresh93, detectors at
    first contact)."""
    assert usual_order("Teriitahi Rémi", "remi.teriitahi@cht.example") == "Rémi Teriitahi"


def test_news_is_not_tied_to_a_topic_by_a_generic_word() -> None:
    """« les allégations santé » tied to a degree « nutrition et santé » (D036 of read 223)."""
    noted = [
        ("allégations santé", "allégations santé"),
        ("ateliers nutrition", "ateliers nutrition"),
    ]
    assert linked_topic("J’ai fini le DU nutrition et santé.", noted) == 1


def test_an_asset_unrelated_to_the_topic_is_not_said_to_come_from_it() -> None:
    """« notre échange sur le logiciel de rendez-vous m'a donné envie d'apporter… mes deux ans
    avec une équipe junior de hockey » (D005 of read 223), whichever wording a writer gets."""
    for name in ("Driss El Amrani", "Léa Roy", "Marc Ouellet", "Anne Dubé", "Sam Côté", "Ève Noël"):
        ctx = build_context(
            "fr_CA",
            candidate__name=name,
            topics=[{"subject": "le logiciel de rendez-vous"}],
            debrief__highlights=["deux ans en clinique sportive avec une équipe junior de hockey"],
            debrief__since=[],
            company__facts=[],
            commitments=[],
            history=[{"kind": "thank_you", "on": "2026-11-19", "channel": "email"}],
            next_steps={"channel": "email"},
        )
        body = st.render("reminder", ctx, sent_on=date(2026, 12, 8)).body
        assert "m’a donné envie d’apporter" not in body
        assert "logiciel de rendez-vous" in body
