"""What read 161 found in the drafts of fresh63, in contexts written here.

Read 161 measured ca8b036 once, before any change it prompted (docs/verifications.md):
« l'équipe du CNESST », « les coordonnées du Dr Haddad, mon ancien employeur dans les
prochains jours ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.models import Company


def test_the_cnesst_is_feminine() -> None:
    assert phrasing.organisation(Company(name="CNESST")).at == "à la CNESST"


def test_the_day_comes_before_an_item_with_an_apposition() -> None:
    promise = "lui transmettre les coordonnées du Dr Haddad, mon ancien employeur"
    ctx = build_context("fr_FR", commitments=[{"promise": promise}])
    body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
    assert "dans les prochains jours les coordonnées du Dr Haddad, mon ancien employeur." in body


def test_a_call_after_an_early_reminder_waits_for_the_announced_delay() -> None:
    """Read 161: a call on 3 December after « Résultats dans 4 à 6 semaines » from 10 November."""
    ctx = build_context(
        "fr_CA",
        interview={"date": "2026-11-10", "mode": "video"},
        next_steps={"channel": "email"},
        debrief__impressions="Résultats dans 4 à 6 semaines, c'est la fonction publique.",
        history=[
            {"kind": "thank_you", "on": "2026-11-11", "channel": "email"},
            {"kind": "reminder", "on": "2026-11-26", "channel": "email"},
        ],
    )
    call = next(s for s in st.plan(ctx, today=date(2026, 11, 27)).steps if s.kind == "phone_call")
    assert call.on > date(2026, 12, 22)
    assert "délai annoncé court jusqu'au mardi 22\u00a0décembre" in call.note


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (
            "Hôte / Hôtesse d'accueil en entreprise (H/F) - CDI 35h",
            "hôtesse d'accueil en entreprise",
        ),
        (
            "Agent·e de réservation bilingue anglais/espagnol – CDD",
            "agente de réservation bilingue anglais-espagnol",
        ),
    ],
)
def test_titles_of_read_161(title: str, said: str) -> None:
    assert phrasing.role_as_said(title, "f") == said


def test_service_canada_takes_no_article() -> None:
    assert phrasing.organisation(Company(name="Service Canada")).at == "à Service Canada"


def test_a_non_binary_teacher_names_the_post_by_its_activity() -> None:
    title = "Enseignant·e à domicile – maths / physique-chimie (lycée)"
    assert phrasing.field_of_post(title, "n", True) == "d’enseignement à domicile"


def test_a_name_and_a_number_promised_are_written_not_attached() -> None:
    promise = "lui donner le nom et le numéro de ma superviseure"
    assert phrasing.gives_contact_details(promise)
    assert not phrasing.attachable(promise)


def test_an_item_the_notes_say_has_not_arrived_is_awaited() -> None:
    """Read 161: « ci-joint une copie de mon diplôme de master », which had not arrived."""
    promise = "lui envoyer une copie de mon diplôme de master"
    assert phrasing.awaited(["Le diplôme papier est toujours pas arrivé de la fac."], promise)


def test_a_reminder_does_not_attach_what_is_due_later() -> None:
    """Read 161: on 1 December, the result of a medical due by the 15th, « ci-joint »."""
    promise = {
        "promise": "lui envoyer le résultat de ma visite médicale d'aptitude",
        "due": "2026-12-15",
    }
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-13", "mode": "in_person"},
        commitments=[promise],
        history=[{"kind": "thank_you", "on": "2026-11-16", "channel": "email"}],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "ci-joint le résultat" not in body


def test_an_optometrist_in_quebec_is_greeted_as_docteure() -> None:
    interviewer = {"name": "Annie-Claude Boisvert", "civility": "Madame", "title": "optométriste"}
    ctx = build_context("fr_CA", interviewer=interviewer)
    assert st.render("thank_you", ctx, sent_on=date(2026, 11, 20)).body.startswith(
        "Bonjour Docteure,"
    )


def test_who_is_named_for_a_later_meeting_is_not_thanked() -> None:
    """Read 162: Mme Marchetti, named for the second interview, thanked for the first."""
    notes = "Visio 1h avec M. Roy. 2e entretien calé le 2 décembre avec Mme Sophie Marchetti."
    assert phrasing.others_met(notes, "Roy") == []


def test_two_modules_of_one_post_stay_together() -> None:
    """Read 162: « consultant fonctionnel SAP FI » for « SAP FI/CO »."""
    title = "Consultant·e fonctionnel·le SAP FI/CO confirmé·e (F/H/X) – CDI"
    assert phrasing.role_as_said(title, "m") == "consultant fonctionnel SAP FI/CO confirmé"
