"""What the blind reads 235 (fresh96) and 236 (fresh97), at 3ad0fbb, and their pair reads
237 and 238 found."""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing
from suivi_templates.phrasing import others_met, timeless
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.promises import promised_item, until_found
from suivi_templates.phrasing.typed import as_written
from suivi_templates.phrasing.visits import shown_on_site
from suivi_templates.tutoiement import collective


def test_a_decision_and_a_meeting_said_in_passing_are_waited_for() -> None:
    """« il se décide avant les fêtes, après la foire de décembre » (D004, D031, D059 of read
    235), « on se revoit fin janvier avec son associée » (D006, D050, D064)."""
    held = date(2026, 11, 28)
    assert announced_day(["il se décide avant les fêtes, après la foire"], held) == (
        date(2026, 12, 24)
    )
    assert announced_day(["on se revoit fin janvier avec son associée"], held) == (
        date(2027, 1, 31)
    )
    assert announced_day(["il se sent bien dans l'équipe"], held) is None


def test_who_sat_on_the_panel_is_thanked_and_who_is_met_later_is_not() -> None:
    """Émilie de Grandpré, named without a civility, not thanked (D075); Mme Da Costa, met at
    the end of January, thanked for the interview (D066)."""
    assert others_met(
        "Visio 45 min avec Thomas + Émilie de Grandpré (programmation)", "Thomas"
    ) == ["Mme de Grandpré"]
    assert others_met("on se revoit fin janvier avec son associée Mme Da Costa", "Jean Roy") == []
    # The firm in brackets after a person is no one.
    assert others_met("Comité : Mme Roy, M. Bélanger (Raymond Chabot)", "Line Roy") == [
        "M. Bélanger"
    ]


def test_a_tutoiement_the_notes_doubt_is_not_used() -> None:
    """« le chef a dit « ici on se tutoie » -> avec Gabrielle aussi? pas sûre » (D001, D024,
    D045, D074 of read 235: « tu » to the director)."""
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Gabrielle Hamel-Kouassi", "title": "directrice générale"},
        debrief__impressions="le chef a dit « ici on se tutoie » -> avec Gabrielle aussi? pas sûre",
    )
    body = st.render("thank_you", ctx).body
    assert body.startswith("Bonjour Madame")
    assert not re.search(r"\b(?:tu|te|t’|ton|ta|tes)\b", body)


def test_offices_and_religious_titles_are_greeted_as_such() -> None:
    """« Bonjour Madame » to a nun (read 236), « Monsieur » to the chair of a board and to a
    harbour master; a firm's « président » is greeted by name."""

    def greeting(name: str, title: str) -> str:
        ctx = build_context("fr_CA", interviewer={"name": name, "title": title})
        return st.render("thank_you", ctx).body.splitlines()[0]

    assert greeting("Sœur Jeannine Lagacé", "directrice des soins") == "Bonjour ma Sœur,"
    assert greeting("Louis-Charles Roy", "président du conseil d'administration") == (
        "Bonjour Monsieur le Président,"
    )
    assert greeting("Patrice Ho-A-Chuck", "commandant du port") == "Bonjour Monsieur le Commandant,"
    assert "Président" not in greeting("Réal Laforest", "président")


def test_a_voicemail_to_an_office_still_says_who_it_is_for() -> None:
    """Greeted « Madame la Présidente », a voicemail after a second interview was refused as
    naming no one met (found while mending read 236's offices)."""
    ctx = build_context(
        "fr_CA",
        interviewer={
            "name": "Lise Caron-Bérubé",
            "title": "présidente du conseil d'administration",
        },
        debrief__impressions="2e entretien prévu le 14 décembre avec le CA au complet",
        history=[{"kind": "thank_you", "on": "2026-11-21", "channel": "email"}],
    )
    body = st.render("voicemail", ctx, sent_on=date(2027, 1, 5)).body
    assert body.startswith("Bonjour Madame la Présidente")


def test_notes_as_typed_in_promises_and_visits() -> None:
    """« la visite des trois. » (D023 of read 235), « mon horaire d'examens à moi », « les
    heures ou je suis dispo », « quand je la retrouve », « envoyer à Ray » (read 236)."""
    assert shown_on_site("il m'a fait visiter les 3 salles de soins") == ["la visite des 3 salles"]
    assert promised_item("lui envoyer mon horaire d'examens à moi") == "mon horaire d'examens"
    assert as_written("les heures ou je suis dispo") == "les heures où je suis disponible"
    assert until_found("lui envoyer ma carte de cariste quand je la retrouve") == (
        "dès que je l’aurai retrouvée"
    )
    notes = 'Appel avec la mairesse + Raymond "Ray" Bouchard (sentiers)'
    assert (
        phrasing.by_family_name("envoyer à Ray la liste", notes) == "envoyer à M. Bouchard la liste"
    )


def test_a_day_relative_to_the_note_is_left_out() -> None:
    """« j'ai terminé hier la formation Dynamo » in a reminder of 1 February (D064 of 236)."""
    assert timeless("J'ai terminé hier la formation Dynamo avancé.") == (
        "J'ai terminé la formation Dynamo avancé."
    )


def test_a_file_noted_done_but_due_later_is_not_attached_before() -> None:
    """The test handed in on the 12th attached to the thank-you of the 3rd (read 236)."""
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-10", "mode": "phone"},
        commitments=[
            {
                "promise": "leur envoyer le cas pratique",
                "done": True,
                "attachment": "audit.pdf",
                "due": "2026-11-17",
            }
        ],
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 11, 11)).body
    assert "ci-joint le cas pratique" not in body
    assert "le cas pratique d’ici le 17" in body


def test_a_your_kept_plural_opens_a_clause_in_lowercase() -> None:
    """« J'ai appris que Votre jeu Sillage a reçu le prix » in a call said with « tu » (D048):
    the « votre » kept plural beside « tu » is still a determiner."""
    clause = phrasing.as_clause(collective("Votre jeu Sillage a reçu le prix."))
    assert clause.startswith("votre")


def test_a_professor_without_a_civility_is_greeted_and_asked_for_alike() -> None:
    """The greeting and the switchboard's line say one civility, the given name's after a
    typed « Pr »."""
    ctx = build_context(
        "fr_FR",
        interviewer={
            "name": "Pr Hélène Saint-Aubin",
            "title": "cardiologue",
            "email": "h.saint-aubin@chu.example",
            "phone": "01 23 45 67 89",
        },
        history=[{"kind": "thank_you", "on": "2026-11-21", "channel": "email"}],
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Madame la Professeure,")
    assert "à la professeure Saint-Aubin" in st.render("phone_script", ctx).body
