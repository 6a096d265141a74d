"""The classes an eleventh blind corpus (blind17) showed, in sentences written for this file.

blind17 was measured once, before any change it prompted (generic P 0.71 / R 0.63, pushy
P 0.89 / R 0.95, 45 of 56 good drafts accepted: docs/verifications.md). Each class below is
checked both ways: what it must now let through, and a near miss that must still fire.

- A context word masked inside a pattern's free word: « j'ai avisé <employer named in the
  context> de mon départ » presumed the hire unseen.
- The interview's own words never count against the candidate: a reference's employer given
  in a promise's ``details``, the debrief's words, a topic's workstation (« le poste de
  montage des batteries »); and the digits of a reference's phone prove no detail.
- « en fonction de » (according to) is not a role.
- A call plan's notes to oneself are never heard: a bracket holding a clause is a stage
  direction, a line in brackets or after a label (« NOTE : ») is not shouted.
- A reference who waits for « votre appel » is not the candidate waiting for an answer.
- Someone put in copy « to speed the decision up », whatever their title.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

FIRM = "Câbles Nordiques"
EMPLOYER_CTX = build_context(
    "fr_CA", debrief={"highlights": [f"mes cinq ans de planification chez {FIRM}"]}
)
REFERENCE = "Mme Line Vachon, contremaîtresse chez Treuils Saguenay, 418 555-0177"
REFERENCE_CTX = build_context(
    "fr_CA",
    commitments=[
        {"promise": "lui communiquer les coordonnées de ma référence", "details": REFERENCE}
    ],
)
WORKSTATION_CTX = build_context(
    "fr_FR", topics=[{"subject": "l'ergonomie du poste de soudure des cadres"}]
)
TOPIC_CA = " Notre échange sur la migration vers SAP m’a marquée."


def _codes(text: str, ctx: st.InterviewContext, kind: str = "thank_you") -> set[str]:
    return {f.code for f in st.check(text, ctx, kind=kind).errors}


# --- A context word inside a pattern's free word -------------------------------------------


def test_notice_given_to_an_employer_the_context_names_presumes_the_hire():
    text = f"J’ai déjà avisé {FIRM} de mon départ, pour être libre en janvier." + TOPIC_CA
    assert "pushy.pressure" in _codes(text, EMPLOYER_CTX)


def test_telling_that_employer_something_else_is_not_pressure():
    text = f"J’ai avisé {FIRM} de mes disponibilités pour la formation." + TOPIC_CA
    assert "pushy.pressure" not in _codes(text, EMPLOYER_CTX)


# --- The interview's own words -------------------------------------------------------------


def test_a_reference_employer_given_in_details_is_not_another_application():
    text = (
        "Comme promis, voici les coordonnées de ma référence : Mme Line Vachon, "
        "contremaîtresse chez Treuils Saguenay." + TOPIC_CA
    )
    assert "generic.foreign_name" not in _codes(text, REFERENCE_CTX)


def test_an_employer_named_nowhere_in_the_context_still_is():
    text = "J’ai hâte de me joindre à l’équipe de Grues Lévesque." + TOPIC_CA
    assert "generic.foreign_name" in _codes(text, REFERENCE_CTX)


def test_the_digits_of_a_reference_phone_prove_no_detail():
    text = (
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue. Votre organisation est un "
        "chef de file et je serais fière d’y contribuer.\n\nCamille Roy\n418 555-0142"
    )
    assert "generic.no_concrete_element" in _codes(text, REFERENCE_CTX)


def test_a_topic_workstation_is_not_another_job():
    text = "Notre échange sur l’ergonomie du poste de soudure des cadres m’a marqué."
    assert "generic.foreign_name" not in _codes(text, WORKSTATION_CTX)


def test_another_job_after_poste_de_still_fires():
    text = "Le poste de soudeur d’entretien me motive beaucoup." + TOPIC_CA
    assert "generic.foreign_name" in _codes(text, WORKSTATION_CTX)


def test_en_fonction_de_is_not_a_role():
    text = "J’adapterai mes horaires en fonction de la coopérative." + TOPIC_CA
    assert "generic.foreign_name" not in _codes(text, build_context("fr_CA"))


def test_la_fonction_de_still_names_a_role():
    text = "La fonction de contrôleuse de gestion me motive beaucoup." + TOPIC_CA
    assert "generic.foreign_name" in _codes(text, build_context("fr_CA"))


# --- A call plan's notes to oneself --------------------------------------------------------

SCRIPT = "Bonjour Madame Tremblay, ici Camille Roy.\n\n{note}\n\n" + TOPIC_CA.strip()


@pytest.mark.parametrize(
    "note",
    [
        "[Ne pas raccrocher avant de connaître la date du comité.]",
        "[SAP — LE MENTIONNER SI ELLE N’EN PARLE PAS]",
        "[Sans insister : demander quand rappeler]",
    ],
)
def test_a_bracket_holding_a_clause_is_a_stage_direction(note: str):
    assert "generic.template_residue" not in _codes(
        SCRIPT.format(note=note), build_context("fr_CA"), "phone_script"
    )


@pytest.mark.parametrize("note", ["[NOM DE L’ENTREPRISE]", "[date de l’entrevue]", "[POSTE]"])
def test_a_bracket_naming_what_to_fill_in_is_still_a_slot(note: str):
    assert "generic.template_residue" in _codes(
        SCRIPT.format(note=note), build_context("fr_CA"), "phone_script"
    )


@pytest.mark.parametrize(
    "note",
    [
        "(NE PAS ÉVOQUER LE SALAIRE AU TÉLÉPHONE)",
        "NOTE : NE PAS INSISTER SI ELLE EST EN COMITÉ. DEMANDER QUAND RAPPELER.",
        "RÉFÉRENCE : MME VACHON — LA DONNER SEULEMENT SI ELLE LA DEMANDE.",
    ],
)
def test_a_note_to_oneself_in_capitals_is_not_shouted(note: str):
    codes = _codes(SCRIPT.format(note=note), build_context("fr_CA"), "phone_script")
    assert "pushy.shouting" not in codes


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("URGENT : RAPPELEZ-MOI AVANT MIDI.", "phone_script"),
        ("Je vous rappelle que MA CANDIDATURE ATTEND TOUJOURS.", "phone_script"),
        ("(NE PAS ÉVOQUER LE SALAIRE AU TÉLÉPHONE)", "reminder"),
    ],
)
def test_capitals_heard_or_read_are_still_shouted(note: str, kind: str):
    text = SCRIPT.format(note=note)
    assert "pushy.shouting" in _codes(text, build_context("fr_CA"), kind)


# --- Who waits, and who is put in copy -----------------------------------------------------


def test_a_reference_waiting_for_their_call_is_not_waiting_for_an_answer():
    text = "Mme Vachon, ma référence, attend votre appel cette semaine." + TOPIC_CA
    assert "pushy.waiting_for_answer" not in _codes(text, build_context("fr_CA"), "voicemail")


def test_someone_waiting_for_their_decision_still_presses():
    text = "Mon conjoint attend votre décision pour réserver le camion." + TOPIC_CA
    assert "pushy.waiting_for_answer" in _codes(text, build_context("fr_CA"), "reminder")


def test_anyone_put_in_copy_to_speed_the_decision_goes_over_the_head():
    text = (
        "J’ai mis en copie M. Gervais, le fondateur, croisé à l’accueil. Il pourra "
        "peut-être faire avancer le dossier." + TOPIC_CA
    )
    assert "pushy.leverage" in _codes(text, build_context("fr_CA"), "reminder")


def test_a_reference_in_copy_who_can_tell_about_speed_is_not_leverage():
    text = (
        "Je mets en copie M. Gervais, qui pourra vous dire comment j’ai accéléré la "
        "clôture mensuelle." + TOPIC_CA
    )
    assert "pushy.leverage" not in _codes(text, build_context("fr_CA"), "reminder")


# --- A name's head word says what kind of place it is, not which one ----------------------

KITCHENS_CTX = build_context("fr_CA", topics=[{"subject": "la rénovation des cuisines du siège"}])


def test_a_name_sharing_only_its_head_with_the_context_is_another_organisation():
    text = "Je serais fière de contribuer aux projets réalisés chez Cuisines Laurentiennes."
    assert "generic.foreign_name" in _codes(text + TOPIC_CA, KITCHENS_CTX)


def test_a_name_whose_distinctive_word_is_the_context_is_this_one():
    text = "Je serais fière de contribuer aux projets réalisés chez Cuisines Horizon."
    assert "generic.foreign_name" not in _codes(text + TOPIC_CA, KITCHENS_CTX)
