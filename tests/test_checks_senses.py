"""Words that only look like a fault: hyphenated titles, praise of speed, a quality, acronyms.

Each case comes from the false alarms of issue 11 and issue 10 (item 1): a good letter,
written by a person or by the library, must pass; a near twin that really is at fault must
still fire, so that the fix is not a hole.
"""

from __future__ import annotations

import copy

import pytest

import suivi_templates as st
from conftest import build_context
from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
from suivi_templates.checks import check

KINDS = ("thank_you", "reminder", "phone_script", "voicemail")
TOPIC = " Notre échange sur la migration vers SAP m'a marquée."
TITLES = (
    "aide-cuisinière",
    "porte-parole",
    "garde-forestière",
    "co-gérant",
    "sous-directeur",
    "chargé de projet back-office",
    "technicienne en génie-conseil",
    "aide-comptable",
)


def _context(*, title: str | None = None, company: str | None = None) -> InterviewContext:
    data = copy.deepcopy(EXAMPLE_CONTEXT)
    if title is not None:
        data["role"]["title"] = title
    if company is not None:
        data["company"]["name"] = company
        data["company"]["article"] = None
    return InterviewContext.model_validate(data)


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_library_renders_every_hyphenated_title(title: str, kind: str) -> None:
    draft = st.render(kind, _context(title=title))
    assert "generic.foreign_name" not in check(draft.body, _context(title=title), kind=kind).codes


@pytest.mark.parametrize("title", TITLES)
def test_a_letter_naming_the_hyphenated_title_passes(title: str) -> None:
    text = f"Merci pour l'entrevue pour le poste de {title}." + TOPIC
    assert "generic.foreign_name" not in check(text, _context(title=title), kind="thank_you").codes


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("co-gérant", "cogérant"),
        ("sous-directeur", "sous-directrice"),
        ("aide-cuisinier", "aide-cuisinière"),
        ("garde-forestière", "garde forestier"),
        ("technicienne en génie-conseil", "TECHNICIENNE EN GÉNIE-CONSEIL"),
    ],
)
def test_a_title_in_another_spelling_or_gender_passes(title: str, written: str) -> None:
    text = f"Le poste de {written} m'intéresse." + TOPIC
    assert "generic.foreign_name" not in check(text, _context(title=title), kind="thank_you").codes


def test_another_hyphenated_title_still_fires() -> None:
    text = "Merci pour l'entrevue pour le poste d'aide-soignante." + TOPIC
    codes = check(text, _context(title="aide-cuisinière"), kind="thank_you").codes
    assert "generic.foreign_name" in codes
    text = "Le poste de sous-chef m'intéresse." + TOPIC
    codes = check(text, _context(title="sous-directeur"), kind="thank_you").codes
    assert "generic.foreign_name" in codes


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour votre retour rapide à mes questions.",
        "Merci pour votre retour rapide.",
        "Merci d'avoir répondu si rapidement à mes questions.",
        "J'ai apprécié vos réponses rapides à mes questions.",
    ],
)
def test_praise_of_the_recruiters_speed_is_no_pressure(text: str) -> None:
    assert "pushy.pressure" not in check(text + TOPIC, _context(), kind="reminder").codes


@pytest.mark.parametrize(
    "text",
    [
        "Merci de me répondre rapidement.",
        "Merci d'avance pour votre retour rapide.",
        "J'apprécierais votre réponse rapide.",
        "Merci de me faire un retour rapide.",
    ],
)
def test_asking_for_speed_is_still_pressure(text: str) -> None:
    assert "pushy.pressure" in check(text + TOPIC, _context(), kind="reminder").codes


def test_patience_as_a_quality_is_no_impatience() -> None:
    text = "Je compte sur ma patience et ma rigueur avec les clients." + TOPIC
    assert "pushy.impatience" not in check(text, _context(), kind="thank_you").codes


@pytest.mark.parametrize("text", ["Ma patience a des limites.", "Je suis à bout de patience."])
def test_running_out_of_patience_is_impatience(text: str) -> None:
    assert "pushy.impatience" in check(text + TOPIC, _context(), kind="reminder").codes


@pytest.mark.parametrize(
    "text",
    [
        "Diplômée de l'ÉTS, je connais bien ces outils.",
        "J'ai fait mon CÉGEP en comptabilité.",
        "J'ai étudié à l'UQÀM.",
    ],
)
def test_accented_acronyms_are_not_shouting(text: str) -> None:
    assert "pushy.shouting" not in check(text + TOPIC, _context(), kind="thank_you").codes


def test_an_accented_word_in_capitals_is_still_shouting() -> None:
    assert "pushy.shouting" in check("J'attends une RÉPONSE." + TOPIC, _context()).codes


@pytest.mark.parametrize(
    "text",
    [
        "RELANCE TÉLÉPHONIQUE\n1. Me présenter.",
        "SUIVI – Mme Roy – 514 555-0100\n1. Me présenter.",
        "NOTES : me présenter, puis demander où en est le processus.",
    ],
)
def test_a_heading_in_capitals_of_a_call_plan_is_not_shouting(text: str) -> None:
    assert "pushy.shouting" not in check(text + TOPIC, _context(), kind="phone_script").codes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nous marquions chaque plan modifié « URGENT – escale » dans l'objet.", "reminder"),
        ("Le bac portait l'étiquette “FRAGILE”, et rien n'a été cassé.", "thank_you"),
        ("- si elle est avec une famille : NE PAS insister, proposer de rappeler", "phone_script"),
    ],
)
def test_a_quoted_label_or_a_negation_in_ones_own_notes_is_not_shouting(
    text: str, kind: str
) -> None:
    assert "pushy.shouting" not in check(text + TOPIC, _context(), kind=kind).codes


def test_a_stressed_negation_written_to_the_recruiter_is_shouting() -> None:
    text = "Merci de ne PAS me laisser sans nouvelles." + TOPIC
    assert "pushy.shouting" in check(text, _context(), kind="reminder").codes


@pytest.mark.parametrize(
    ("signature", "residue"),
    [("thomas.lefevre.es@gmail.com", False), ("Je suis ravi.es de vous écrire.", True)],
)
def test_an_inclusive_ending_inside_an_address_is_no_residue(signature: str, residue: bool) -> None:
    """« thomas.lefevre.es@… » in a signature refused the library's own letters."""
    codes = check(
        f"Merci pour l'entretien.{TOPIC}\n\nThomas Lefèvre\n{signature}", _context()
    ).codes
    assert ("generic.template_residue" in codes) is residue


def test_capitals_in_brackets_are_a_placeholder_not_shouting() -> None:
    codes = check("J'ai aimé parler de [SUJET ABORDÉ]." + TOPIC, _context()).codes
    assert "pushy.shouting" not in codes
    assert "generic.template_residue" in codes


@pytest.mark.parametrize(
    "text",
    ["URGENT – RAPPELER AVANT MIDI\n1. Me présenter.", "Rappelez-moi, c'est TRÈS IMPORTANT."],
)
def test_an_alarm_or_a_sentence_in_capitals_is_shouting_even_in_a_call_plan(text: str) -> None:
    assert "pushy.shouting" in check(text + TOPIC, _context(), kind="phone_script").codes


@pytest.mark.parametrize(
    ("company", "text"),
    [
        ("CIUSSS de l'Estrie", "Je serais heureuse de rejoindre l'Unité de soins intensifs."),
        ("Ville de Gatineau", "Je serais fière de rejoindre le Service des loisirs."),
        (
            "Centre de services scolaire des Patriotes",
            "J'ai hâte d'intégrer l'École secondaire du Mont-Bruno.",
        ),
    ],
)
def test_the_unit_where_the_candidate_would_work_is_not_foreign(company: str, text: str) -> None:
    codes = check(text + TOPIC, _context(company=company), kind="thank_you").codes
    assert "generic.foreign_name" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Je serais heureuse de rejoindre Service Canada.",
        "J'ai hâte d'intégrer l'École secondaire du Mont-Bruno.",
        "Je serais heureuse de rejoindre Desjardins.",
    ],
)
def test_another_employer_is_still_foreign(text: str) -> None:
    codes = check(text + TOPIC, _context(company="Cabinet Lavoie"), kind="thank_you").codes
    assert "generic.foreign_name" in codes


NOTARY = build_context(
    "fr_FR",
    role__title="formaliste",
    company={"name": "SCP Ferrand-Lacombe", "facts": []},
    topics=[{"subject": "successions : pic d'activité ?"}],
    commitments=[],
    debrief__highlights=[],
    debrief__struck_by=None,
    debrief__to_add=None,
    debrief__since=[],
)


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        ("Notre discussion sur les successions a confirmé mon intérêt pour le poste.", True),
        ("Notre discussion a confirmé mon intérêt pour le poste.", False),
    ],
)
def test_a_topic_noted_with_a_remark_is_named_by_its_head(sentence: str, cites: bool) -> None:
    """Read 121: the library refused its own reminder on « les successions »."""
    letter = f"Bonjour Maître,\n\n{sentence}\n\nBien cordialement,\nAnne-Laure Picard"
    found = {f.code for f in st.check(letter, NOTARY, kind="reminder").errors}
    assert ("generic.no_concrete_element" not in found) is cites
