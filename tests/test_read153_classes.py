"""What reads 152 and 153 found in the drafts of fresh57, in contexts written here.

Both measured the end state of the last session once, before any change they prompted
(docs/verifications.md).

- An oncologist greeted « Bonjour Monsieur » (France writes « Docteur ») and an inspector
  of the Éducation nationale « Bonjour Madame » (« Madame l'Inspectrice »).
- « tourneur-fraiseur sur mocn »: an acronym of four letters lost its capitals with the
  title typed in capitals around it.
- « coordonnateur·trice de tournée » written as typed for a non-binary candidate, where the
  hand writes the post by its activity, « poste de coordination de tournée ».
- The reminder's first line said the interview's mode again, « à la suite de notre entrevue
  en visioconférence du 13 novembre », a frame the pair reader saw in eight pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import phrasing

THANKS = date(2026, 5, 8)


@pytest.mark.parametrize(
    "title", ["oncologue, chef du pôle cancérologie", "cardiologue", "médecin urgentiste"]
)
def test_a_physician_named_by_specialty_is_docteur(title: str) -> None:
    ctx = build_context(
        "fr_FR",
        interviewer__civility="Monsieur",
        interviewer__name="Philippe Faure",
        interviewer__title=title,
    )
    assert st.render("thank_you", ctx, sent_on=THANKS).body.startswith("Bonjour Docteur,\n")
    script = st.render("phone_script", ctx, sent_on=date(2026, 5, 20)).body
    assert "Avec le docteur Faure\u00a0:" in script
    assert "Bonjour Docteur Faure" in script


def test_a_psychologist_is_not_a_doctor() -> None:
    ctx = build_context("fr_FR", interviewer__title="psychologue du travail")
    assert st.render("thank_you", ctx, sent_on=THANKS).body.startswith("Bonjour Madame,\n")


def test_an_office_is_greeted_by_it_in_writing_and_on_the_phone() -> None:
    """By name on the phone, the mayor was « Monsieur Faure-Brac » (read 186)."""
    ctx = build_context(
        "fr_FR",
        interviewer__name="Lila Aït Mansour",
        interviewer__title="inspectrice de l'Éducation nationale (IEN-ET)",
    )
    assert st.render("thank_you", ctx, sent_on=THANKS).body.startswith(
        "Bonjour Madame l’Inspectrice,\n"
    )
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 5, 20)).body
    assert voicemail.startswith("Bonjour Madame l’Inspectrice,")


def test_a_mayor_is_greeted_as_each_variety_says() -> None:
    for locale, greeting in (("fr_FR", "Madame la Maire"), ("fr_CA", "Madame la Mairesse")):
        ctx = build_context(
            locale, interviewer__civility="Madame", interviewer__title="maire de la commune"
        )
        body = st.render("thank_you", ctx, sent_on=date(2026, 5, 8)).body
        assert body.startswith(f"Bonjour {greeting},\n"), body[:60]


def test_an_acronym_keeps_its_capitals_in_a_title_typed_in_capitals() -> None:
    ctx = build_context(
        "fr_FR", role__title="TOURNEUR-FRAISEUR SUR MOCN (H/F) - CDI 2x8 - DÉCOLLETAGE"
    )
    draft = st.render("thank_you", ctx, sent_on=THANKS)
    assert "poste de tourneur-fraiseur sur MOCN" in str(draft)
    assert "mocn" not in str(draft)


def test_a_non_binary_candidate_names_the_post_by_its_activity() -> None:
    ctx = build_context(
        "fr_CA", candidate__gender="n", role__title="Coordonnateur·trice de tournée"
    )
    for kind in ("thank_you", "reminder", "voicemail"):
        draft = str(st.render(kind, ctx, sent_on=date(2026, 5, 20)))
        assert "poste de coordination de tournée" in draft
        assert "·" not in draft


def test_the_reminder_does_not_say_the_interview_s_mode_again() -> None:
    openings = set()
    for name in ("Hugo Martin", "Inès Diallo", "Paul Roux", "Léa Morel", "Noé Petit", "Ali Ba"):
        ctx = build_context("fr_FR", interview__mode="video", candidate__name=name)
        body = st.render("reminder", ctx, sent_on=date(2026, 5, 21)).body
        assert "visioconférence" not in body
        openings.add(body.split("\n")[2][:20])
    assert len(openings) > 1  # more than one of the openings was read


def test_a_voicemail_sends_the_overdue_item_even_under_a_long_title() -> None:
    ctx = build_context(
        "fr_FR",
        role__title="professeur contractuel de lycée professionnel en génie thermique",
        commitments=[
            {
                "promise": "lui envoyer une copie de mon attestation d'aptitude à la "
                "manipulation des fluides frigorigènes"
            }
        ],
        next_steps={"decision_by": "2026-05-15", "channel": "phone"},
    )
    voicemail = st.render("voicemail", ctx, sent_on=date(2026, 5, 21)).body
    assert "Je vous envoie aujourd’hui une copie de mon attestation" in voicemail
    assert "au sujet de ma candidature" in voicemail
    assert len(voicemail.split()) <= 75


def test_a_voicemail_names_references_without_their_numbers() -> None:
    assert (
        phrasing.without_numbers(
            "Mme Carole Lévesque, 418 555-0171 ; M. Denis Roy, ancien directeur, 418 555-0108"
        )
        == "Mme Carole Lévesque ; M. Denis Roy, ancien directeur"
    )


def test_a_point_not_said_enough_is_said_now_not_regretted() -> None:
    ctx = build_context(
        "fr_FR",
        debrief__to_add="Je n'ai pas assez parlé des deux accords que j'ai négociés au CSE.",
    )
    body = st.render("thank_you", ctx, sent_on=THANKS).body
    assert "pas assez parlé" not in body
    assert "les deux accords que j’ai négociés au CSE" in body


@pytest.mark.parametrize(
    ("impressions", "greeting", "spoken"),
    [
        ("SCOP : tout le monde se tutoie, elle aussi.", "Bonjour Claire,", "Bonjour Claire,"),
        ("Elle m'a tutoyé dès le début.", "Bonjour Claire,", "Bonjour Claire,"),
        ("Elle ne m'a pas tutoyé, très formelle.", "Bonjour Madame,", "Bonjour Madame Dupont,"),
    ],
)
def test_a_person_who_said_tu_is_greeted_by_the_given_name(
    impressions: str, greeting: str, spoken: str
) -> None:
    ctx = build_context("fr_FR", debrief__impressions=impressions)
    body = st.render("thank_you", ctx, sent_on=THANKS).body
    assert body.startswith(greeting + "\n")
    # A « tu » only received keeps « vous » in the letter; a « tu » all share is returned
    # (read 210).
    shared = "tout le monde se tutoie" in impressions
    assert (" tu " in body or " te " in body or " t’" in body) == shared
    script = st.render("phone_script", ctx, sent_on=date(2026, 5, 20)).body
    assert f"«\u00a0{spoken}" in script
