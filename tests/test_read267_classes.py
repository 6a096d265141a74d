"""What the blind reads of fresh112 and fresh113 found (reads 267 and 268, pair reads 269 and
270, at 1ef2e4d)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import suivi_templates as st
from conftest import build_context
from suivi_templates.names import name_used_alone, usual_order
from suivi_templates.phrasing import others_met, role_as_said, topic_phrase
from suivi_templates.rendering import _colleagues


def test_a_compound_family_name_of_the_antilles_stays_last() -> None:
    """« Louis-Joseph Teddy » signed three drafts of Teddy Louis-Joseph (read 268: at 2)."""
    assert usual_order("Teddy Louis-Joseph", "teddy.louisjoseph@mail.example") == (
        "Teddy Louis-Joseph"
    )
    assert usual_order("Tremblay Jean-François") == "Jean-François Tremblay"


def test_the_person_written_to_is_not_thanked_as_another() -> None:
    """« Mes remerciements vont aussi à M. Le Du », written to Hervé Le Du (read 268)."""
    notes = "Visio 1h30 avec M. Le Du, la DG Mme Perrault et une représentante du CVS"
    assert others_met(notes, "Hervé Le Du") == ["Mme Perrault"]
    assert others_met("Visio avec M. Le Du et Mme Perrault", "Hervé Le Goff") == [
        "M. Le Du",
        "Mme Perrault",
    ]


def test_a_title_in_capitals_keeps_its_participle_and_its_codes() -> None:
    """« sites et sols pollues » and « formateur caces R489 » in subjects (read 267: at 2)."""
    assert role_as_said("INGENIEUR D'ETUDES SITES ET SOLS POLLUES (SSP) H/F - CDI", "m") == (
        "ingénieur d'études sites et sols pollués"
    )
    assert role_as_said("FORMATEUR CACES R489 / R482 (H/F)", "m") == "formateur CACES R489"
    assert role_as_said("MECANICIEN DE MACHINES FIXES", "m") == "mécanicien de machines fixes"


def test_places_keep_their_capitals_in_a_title() -> None:
    """« Zone Manager Export afrique de l'ouest » (read 268: four drafts)."""
    title = "Zone Manager Export Afrique de l'Ouest (F/H) – CDI cadre"
    assert role_as_said(title, "f") == "Zone Manager Export Afrique de l'Ouest"


def test_double_takes_the_gender_of_its_noun_and_an_aside_goes() -> None:
    """« ce que vous m'avez dit du double vérification (témoin) à chaque étape » (read 268)."""
    assert topic_phrase("double vérification (témoin) à chaque étape") == (
        "la double vérification à chaque étape"
    )
    assert topic_phrase("double vitrage") == "le double vitrage"


def test_the_name_the_notes_use_greets_who_said_tu() -> None:
    """« Bonjour Tran Minh Duc, » over « Bien à toi », to whom the notes call « Duc » (read
    267: at 2)."""
    notes = ["Visio Teams : Duc + Émilie (productrice)", "on s'est tutoyés"]
    assert name_used_alone(notes, "Tran Minh Duc") == "Duc"
    assert name_used_alone(["avec M. Tran"], "Tran Minh Duc") is None
    ctx = build_context(
        "fr_CA",
        interviewer={"name": "Tran Minh Duc", "title": "directeur", "email": "d@ex.example"},
        debrief__impressions="\n".join(notes),
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Duc,")


def test_a_colleague_known_by_the_given_name_is_named_by_the_function_noted() -> None:
    """« votre collègue Nadia », where the hand wrote « Nadia, la coordonnatrice » (pair reads
    265 and 266)."""
    notes = "Comité de 3 : Dre Fortin, M. Bélanger (RH) et Nadia la coordonnatrice"
    assert _colleagues(["M. Bélanger", "Nadia"], False, "fr_CA", notes) == [
        "M. Bélanger",
        "Nadia, la coordonnatrice",
    ]
    assert _colleagues(["Nadia"], False, "fr_CA", "avec Nadia la tech") == ["votre collègue Nadia"]


def test_a_voicemail_to_who_will_call_back_does_not_say_not_to() -> None:
    """« Vous n'avez pas à me rappeler » to M. Lopes, who was to call back on Friday about the
    trial at the workshop (read 268: at 2)."""
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-27", "mode": "phone"},
        interviewer={"name": "Patrick Lopes", "civility": "Monsieur", "phone": "06 11 22 33 44"},
        next_steps={"decision_by": "2026-12-04", "channel": "phone", "short_process": True},
        history=[],
    )
    body = st.render("voicemail", ctx, sent_on=date(2026, 11, 30)).body
    assert "pas à me rappeler" not in body
    assert "Mon numéro est le" in body


def test_a_test_planned_with_the_second_interview_is_not_thanked_for() -> None:
    """« Merci… et pour le test technique », a week before it (pair read 269)."""
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-30", "mode": "phone"},
        debrief__impressions=(
            "préqualif téléphonique 25 min\n"
            "2e entretien prévu le 9 déc sur site avec le manager + test technique"
        ),
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 12, 1)).body
    assert "test technique" not in body
    # The hand looked forward to it (« Au plaisir de vous retrouver le 9 décembre »).
    assert "Je me réjouis du deuxième entretien prévu le mercredi 9\u00a0décembre." in body


def test_a_second_interview_told_later_or_unsure_is_not_looked_forward_to() -> None:
    """Known only after the thank-you left, or « si je suis retenue »: not in it."""
    for notes in (
        "elle m'a rappelé le 2 déc : 2e entrevue le 10 décembre avec le DG",
        # Pair read 273: in a thank-you of 18 November, at first contact.
        "rép du 4/12 : 2e entretien avec le DG en présentiel prévu le 10 décembre",
        "2 déc : 2e entrevue le 14 décembre avec le DG",
        "2e entrevue avec le CA complet le 15 décembre si je suis retenue",
        "2e entretien prévu le 11 décembre avec les notaires partenaires ?",
    ):
        ctx = build_context(
            "fr_CA", interview={"date": "2026-11-24"}, history=[], debrief__impressions=notes
        )
        body = st.render("thank_you", ctx, sent_on=date(2026, 11, 25)).body
        assert "Je me réjouis" not in body, notes


def test_a_reminder_does_not_tie_again_what_the_thank_you_tied() -> None:
    """« Nous avons aussi parlé de la campagne sucrière : mes trois campagnes… m'y ont
    préparé », then « Je reviens à notre échange sur la campagne sucrière : mes trois
    campagnes… m'y ont préparé » in the reminder (read 268: at 2)."""
    raw = json.loads((Path(__file__).parent / "contexts" / "fresh113.json").read_text("utf-8"))
    ctx = st.InterviewContext.model_validate(raw["dk18-copest-technicien-canne"])
    # As the reminder of 25 November knew it: the reply came on the 27th.
    ctx = ctx.model_copy(update={"history": [h for h in ctx.history if h.kind == "thank_you"]})
    thanks = st.render("thank_you", ctx, sent_on=date(2026, 11, 5)).body
    reminder = st.render("reminder", ctx, sent_on=date(2026, 11, 25)).body
    # The thank-you says the asset with the interest (pair reads 285 and 286).
    assert "mes trois campagnes" in thanks.split("\n\n")[-3]
    assert "la campagne sucrière\u00a0: mes trois campagnes" not in reminder
    assert "R579" in reminder
