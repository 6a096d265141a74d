"""The faults fresh50 showed at first contact, in contexts written for this file.

fresh50 was measured once, before any change it prompted (docs/verifications.md): no
exception, no wrong refusal, and one detector alarm of the library's own.

- A voicemail with a long title stayed over 75 words (30 seconds): its interest then gives
  way to the question.

And what read 137 found in its drafts:

- An item the notes say is still elsewhere (« encore chez mon ancien employeur, ils doivent
  me le poster ») or a diploma awaited as a duplicate is not attached nor sent today.
- A voicemail does not dictate someone else's number before one's own.
- « la drone »; « déclarant en douane import » for « import/export »; « tech en
  instrumentation et controle, poste permanent jour ».
"""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import role_as_said, topic_phrase

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]

_LONG = "chargé de développement économique et d’accompagnement des entreprises"


@pytest.mark.parametrize("gender", ["f", "m", "n"])
def test_a_voicemail_with_a_long_title_keeps_to_thirty_seconds(gender: str) -> None:
    context = build_context(
        "fr_FR",
        role__title=_LONG,
        candidate__gender=gender,
        interviewer__name="Nadia Aït Oufella",
        commitments=[],
        debrief__since=[],
    )
    body = st.render("voicemail", context, sent_on=date(2026, 12, 8)).body
    assert len(body.split()) <= 75
    assert "où en est le processus" in body


@pytest.mark.parametrize(
    ("promise", "notes"),
    [
        (
            "lui envoyer mon carnet d'apprentissage",
            "Mon carnet est encore chez mon ancien employeur, ils doivent me le poster",
        ),
        (
            "lui envoyer la copie de mon DE TISF",
            "Diplome : j'ai demandé un duplicata à la DREETS le 14, toujours rien.",
        ),
    ],
)
def test_an_item_still_elsewhere_is_neither_attached_nor_sent_today(
    promise: str, notes: str
) -> None:
    context = build_context(
        "fr_FR",
        commitments=[{"promise": promise}],
        debrief__impressions=notes,
        debrief__since=[],
        company__facts=[],
        history=_THANKED,
    )
    reminder = st.render("reminder", context, sent_on=date(2026, 12, 7)).body
    assert "ci-joint" not in reminder
    assert "Je n’ai pas encore reçu" in reminder


def test_a_voicemail_sends_a_referee_s_number_by_email_instead_of_dictating_it() -> None:
    referee = {
        "promise": "lui transmettre les coordonnées de ma superviseure de stage",
        "details": "Mme Isabelle Roux, nutritionniste au CHU de Québec, 418 555-0176",
    }
    forgot = "Oublié de mettre les coordonnées de ma superviseure dans le courriel de merci."
    context = build_context(
        "fr_CA", commitments=[referee], debrief__since=[], debrief__impressions=forgot
    )
    body = st.render("voicemail", context, sent_on=date(2026, 12, 7)).body
    assert "555-0176" not in body
    assert "nutritionniste au CHU de Québec; son numéro suit par courriel" in (
        body.replace("\u202f", " ").replace("\u00a0", " ")
    )


def test_titles_and_topics_of_read_137() -> None:
    assert topic_phrase("drone pour les relevés ?").startswith("le drone")
    assert role_as_said("Déclarant en douane import/export (H/F) – CDI", "m") == (
        "déclarant en douane import-export"
    )
    title = role_as_said("tech en instrumentation et controle, poste permanent jour", "m")
    assert title == "technicien en instrumentation et controle"
