"""What the blind reads of fresh104 and fresh105 found left (reads 251 and 252, pair reads 253
and 254, at 242c08e): reminders that brought a diploma to a team, a « Quant à » answering
nobody, a hiring step taken for the work."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st_

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import brought, is_evaluation, overlaps
from suivi_templates.phrasing.shorthand import written_register

_HELD = [
    "le CQP conducteur de ligne",
    "mon CACES R490",
    "mon article sur les réseaux de Bragg dans Optics Express",
    "le 2e prix du Grand Slam du Nouvel-Ontario",
    "ma maîtrise en génie physique",
    "mon DEC en techniques de santé animale",
    "ma certification GCIH",
]
_BROUGHT = re.compile(r"apporter(?:ais)? à (?:votre|ton) équipe|j’y apporterais|faire profiter")


def _reminder(held: str, brought: str | None, topics: list[dict[str, str]]) -> str:
    highlights = [held] if brought is None else [brought, held]
    ctx = build_context(
        "fr_FR",
        topics=topics,
        debrief__highlights=highlights,
        debrief__since=[],
        debrief__to_add=None,
        debrief__struck_by=None,
        company__facts=[],
        commitments=[],
        history=[{"kind": "thank_you", "on": "2026-11-05"}],
        interview__date="2026-11-04",
    )
    return st.render("reminder", ctx, sent_on=date(2026, 11, 24)).body


@pytest.mark.parametrize("held", _HELD)
def test_a_reminder_brings_know_how_to_a_team_not_a_diploma(held: str) -> None:
    """« j’aimerais apporter à votre équipe mon CQP conducteur de ligne », « …mon article »
    (reads 251 and 252: five reminders at 2 or 3): years are brought first, and of a
    diploma, what it taught."""
    topics = [{"subject": "broyage à la meule de pierre"}, {"subject": "passer en bio en 2027"}]
    for years in (None, "6 ans en conserverie à Saint-Jean-de-Losne"):
        body = _reminder(held, years, topics)
        for sentence in re.split(r"(?<=[.!?])\s", body):
            if _BROUGHT.search(sentence):
                assert "conserverie" in sentence or "ce que m’a appris" in sentence, sentence


def test_what_an_asset_brings_to_a_team() -> None:
    for held in ("mon CACES R490", "mon article sur les réseaux", "le 2e prix du Grand Slam"):
        assert brought(st.phrasing.asset(held)) is None, held
    for learned in ("le CQP conducteur de ligne", "ma maîtrise en génie physique"):
        assert brought(st.phrasing.asset(learned)).startswith("ce que m’a appris"), learned
    for known in ("mes six ans en conserverie", "ma maîtrise de Revit", "mon anglais courant"):
        assert brought(known) == known


def test_an_organisation_s_prize_is_congratulated_without_a_project_for_it() -> None:
    """« Mes cinq ans de nuit en EHPAD pourraient vous être utiles pour vos prochains projets »
    after a label won (pair read 254: two pairs)."""
    ctx = build_context(
        "fr_FR",
        company__facts=["L'EHPAD a obtenu le label Humanitude en novembre."],
        debrief__highlights=["5 ans de nuit en EHPAD"],
        debrief__since=[],
        history=[{"kind": "thank_you", "on": "2026-11-05"}],
        interview__date="2026-11-04",
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert "félicitations" in body
    assert "prochains projets" not in body


def test_an_asset_tied_to_a_topic_has_no_quant_a() -> None:
    """« Quant à l’inventaire du patrimoine bâti, j’ai une maîtrise… » answered a question no one
    asked (read 251, pair read 253: eight pairs)."""
    for name in ("Léa Roy", "Marc Diallo", "Sam Ouellet", "Anne Dubé", "Noé Petit", "Ève Caron"):
        ctx = build_context(
            "fr_CA",
            candidate__name=name,
            topics=[
                {"subject": "la clôture de fin d'année"},
                {"subject": "délais de traitement des permis", "note": "ils visent 4 semaines"},
            ],
            debrief__struck_by="J'ai été frappée par votre portail en ligne.",
            debrief__to_add=None,
            debrief__highlights=["trois ans au comptoir des permis de Saint-Henri"],
            commitments=[],
        )
        body = st.render("thank_you", ctx).body
        assert "Quant" not in body
        # Nor « Nous avons aussi parlé de X : … » (pair reads 285 and 286): with the interest.
        assert "Nous avons aussi parlé" not in body
        assert "trois ans au comptoir des permis" in body.split("\n\n")[-3]


@pytest.mark.parametrize(
    ("step", "marker"),
    [
        ("processus d'embauche en 3 etapes", "embauche"),
        ("enquête de fiabilité", "fiabilit"),
        ("habilitation sécuritaire - délais?", "habilitation"),
        ("cote de sécurité Très secret", "cote de"),
    ],
)
def test_a_hiring_step_is_not_what_a_follow_up_recalls(step: str, marker: str) -> None:
    """« J’ai repensé à notre échange sur le processus d’embauche en trois étapes » (read 251),
    « l’enquête de fiabilité » taken for the work (read 252)."""
    assert is_evaluation(step)
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": step, "note": "3 à 4 semaines"}, {"subject": "les spectres JWST"}],
        debrief__since=[],
        company__facts=[],
        history=[{"kind": "thank_you", "on": "2026-11-05"}],
        interview__date="2026-11-04",
    )
    for kind in ("thank_you", "reminder", "phone_script"):
        body = st.render(kind, ctx, sent_on=date(2026, 11, 24)).body.casefold()
        assert marker not in body, (kind, body)


def test_the_work_itself_is_no_hiring_step() -> None:
    assert not is_evaluation("les enquêtes criminelles")
    assert not is_evaluation("processus de paie")


def test_a_professor_is_greeted_as_anyone_in_quebec() -> None:
    """« Bonjour Monsieur le Professeur » read as French usage in Québec (read 251: three
    drafts); France keeps it (read 224)."""
    fields = {
        "interviewer__name": "Pr Réal Chiasson",
        "interviewer__civility": "Monsieur",
        "interviewer__title": "directeur de l'institut",
    }
    quebec = build_context("fr_CA", **fields)
    assert st.render("thank_you", quebec).body.startswith("Bonjour Monsieur,")
    assert "Bonjour Monsieur Chiasson" in st.render("voicemail", quebec).body
    france = build_context("fr_FR", **fields)
    assert st.render("thank_you", france).body.startswith("Bonjour Monsieur le Professeur,")


def test_an_attachment_forgotten_and_named_by_its_type_is_sent_again() -> None:
    """« oublié de joindre le PDF au mail de merci!!! » : the reminder never sent the samples
    (read 252: a reminder and a call)."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "lui envoyer des échantillons de mes travaux (dépliants, reliures)",
                "done": True,
                "attachment": "echantillons_reprographie_MPaquette.pdf",
            }
        ],
        history=[{"kind": "thank_you", "on": "2026-11-06"}],
        interview__date="2026-11-05",
        debrief__impressions="visite de l'atelier\noublié de joindre le PDF au mail de merci!!!",
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 1)).body
    assert re.search(r"ci-joint[^.]*échantillons de mes travaux", body)


def test_an_item_still_to_be_issued_is_not_attached() -> None:
    """« la confirmation que mon permis sera délivré d’ici la mi-décembre », then « vous
    trouverez ci-joint une copie de mon permis » (read 251)."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "leur envoyer une copie de mon permis de l'Ordre des chimistes dès que "
                "je le reçois",
            }
        ],
        history=[{"kind": "thank_you", "on": "2026-11-13"}],
        interview__date="2026-11-12",
        debrief__since=[
            "J'ai reçu le 2 décembre la confirmation que mon permis de l'Ordre des chimistes sera "
            "délivré d'ici la mi-décembre : je pourrai donc commencer les gardes dès janvier."
        ],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "ci-joint" not in body
    assert "dès réception" in body


def test_shorthand_of_a_specialty_is_written_out() -> None:
    """« notre échange sur le traumato faciale » (reads 252: two drafts, pair read 254)."""
    assert written_register("le traumato faciale") == "la traumatologie faciale"
    assert written_register("mon fichier perso") == "mon fichier personnel"


@given(st_.sampled_from(["trois", "quatre", "quinze", "vingt", "trente"]))
def test_a_count_ties_nothing(count: str) -> None:
    """« la fusion de trois caisses » and « la gestion de trois analystes » share no subject."""
    assert not overlaps(f"la fusion de {count} caisses", f"la gestion de {count} analystes")


@pytest.mark.parametrize(
    ("gender", "lead"), [("m", "Fort de mes"), ("f", "Forte de mes"), ("n", "Avec mes")]
)
def test_an_asset_no_topic_meets_closes_the_thank_you(gender: str, lead: str) -> None:
    """A thank-you with what struck the person kept only that sentence, the promise and the
    closing (pair read 253: seven « thin » pairs); the hand closes « fort de mes 12 ans… ».
    « Fort de » in every letter read as a mould, and « Avec mes…, ce serait un plaisir »
    as ill-built (reads 255 and 256): two forms, the second only without « Fort »."""
    ctx = build_context(
        "fr_CA",
        candidate__gender=gender,
        topics=[{"subject": "Xerox Versant 4100"}, {"subject": "reliure spirale, thermo"}],
        debrief__struck_by="J'ai été frappé par l'organisation de votre atelier en juin.",
        debrief__highlights=["12 ans dans une imprimerie commerciale de Trois-Rivières"],
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    asset = "12 ans dans une imprimerie commerciale de Trois-Rivières"
    # Three closings with the asset, since pair reads 281 and 282 read the first in one
    # thank-you in five.
    closings = (
        f"Ce poste m’intéresse vivement, et j’aimerais y mettre à profit mes {asset}.",
        f"Le poste m’intéresse vraiment\u00a0: j’y apporterais mes {asset}.",
        f"de mettre mes {asset} au service de votre équipe.",
    )
    assert any(c in body for c in closings) or (gender != "n" and f"{lead} {asset}, " in body)
    assert "ce serait un plaisir" not in body
