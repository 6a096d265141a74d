"""What the pair reads of fresh110 and fresh111 found (pair reads 265 and 266, reads 263 and
264, at 296afc0), mended before fresh112 and fresh113 were read."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import role_as_said, ties_point, to_its_own, topic_phrase
from suivi_templates.phrasing.present import to_the_person_met


def test_two_coordinated_infinitives_make_one_topic() -> None:
    """« Notre discussion sur le recruter et l'entraîner le panel interne » (pair read 266:
    at 1)."""
    assert topic_phrase("recruter et entraîner le panel interne") == (
        "la façon de recruter et d’entraîner le panel interne"
    )
    assert topic_phrase("comment accueillir et orienter les familles ?") == (
        "la façon d’accueillir et d’orienter les familles"
    )
    assert topic_phrase("tri et emballage des colis") == "le tri et l’emballage des colis"


def test_a_learned_prefix_leaves_the_noun_its_gender() -> None:
    """« Notre discussion sur le cryo-microscopie » (pair read 266)."""
    assert topic_phrase("cryo-microscopie") == "la cryo-microscopie"
    assert topic_phrase("porte-conteneurs") == "les porte-conteneurs"


def test_a_point_added_is_not_tied_by_the_trade_or_another_topic() -> None:
    """« Pour revenir sur la laque urushi : je sais aussi faire la dorure… sur laque », to a
    lacquerer, and « …l'attente à la clinique de fractures : je parle créole… avec les
    patients de la clinique » (pair read 266: at 2 and 3)."""
    assert not ties_point("je fais la dorure sur laque", "laque urushi", [], "laqueur")
    clinic = "comment vous gérez l'attente à la clinique de fractures?"
    point = "je parle créole, ce qui peut aider avec les patients de la clinique"
    assert not ties_point(point, clinic, ["clinique d'urgence du samedi"], "technicien")
    assert ties_point("je suis examinatrice DELF", "certification DELF", [], "formatrice FLE")
    ctx = build_context(
        "fr_FR",
        role__title="laqueur ou laqueuse",
        topics=[{"subject": "laque urushi : allergies ?"}, {"subject": "commandes des yachts"}],
        debrief__to_add="J'ai oublié de dire que je sais faire la dorure à la feuille sur laque.",
    )
    body = st.render("thank_you", ctx).body
    assert "Pour revenir sur la laque urushi" not in body
    assert "je sais faire la dorure à la feuille sur laque" in body


def test_a_point_with_its_own_colon_gets_no_second_one() -> None:
    """« Pour revenir sur l'affluence de décembre : je connais bien le suivi des colis : je
    l'utilisais… » (fresh84)."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "l'affluence de décembre (colis de Noël)"}],
        debrief__to_add=(
            "J'ai oublié de dire que je connais bien le suivi des colis : je l'utilisais tous "
            "les jours au point relais de ma mère."
        ),
    )
    body = st.render("thank_you", ctx).body
    line = next(line for line in body.splitlines() if "suivi des colis" in line)
    assert line.count(":") == 1


def test_the_person_met_named_in_the_news_is_you() -> None:
    """« Mme Duval-Roche m'a proposé une journée d'essai », written to Mme Duval-Roche (pair
    read 266: at 1)."""
    assert to_the_person_met(
        "Mme Duval-Roche m'a proposé une journée d'essai.", ["Mme Duval-Roche"]
    ) == ("Vous m'avez proposé une journée d'essai.")
    assert to_the_person_met("Mme Roy a signé le bail.", ["M. Roy"]) == "Mme Roy a signé le bail."


def test_an_organisation_named_in_the_plural_is_you() -> None:
    """« J'ai appris avec plaisir que les Jours Heureux ont remporté… », to its manager
    (read 264, pair read 266)."""
    fact = "Les Jours Heureux ont remporté le trophée du meilleur wedding planner 2026."
    assert to_its_own(fact, "Les Jours Heureux") == (
        "vous avez remporté le trophée du meilleur wedding planner 2026."
    )
    assert to_its_own("Les Alouettes ont gagné", "Les Jours Heureux") == "Les Alouettes ont gagné"


def test_first_nations_keep_their_capitals() -> None:
    """« responsable des relations avec les premières Nations », in a subject (read 264)."""
    title = "Responsable des relations avec les Premières Nations (poste permanent)"
    assert role_as_said(title, "f") == "responsable des relations avec les Premières Nations"


def test_a_reminder_on_a_question_brings_the_asset() -> None:
    """« J'ai repensé à notre échange sur la façon d'embarquer les équipes de nuit, et le poste
    m'intéresse toujours autant » announced a thought it never gave (read 264)."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "comment embarquer les équipes de nuit ?"}],
        history=[{"kind": "thank_you", "on": "2026-11-11"}],
        company__facts=[],
        debrief__since=[],
        debrief__highlights=["six ans en production agroalimentaire"],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 11, 25)).body
    assert "J’ai repensé" not in body
    # The topic stays, said as what helped the person see the post, not offered for a new
    # exchange (reads 279 to 304: slotted topics averaged 2.7).
    assert "notre échange sur la façon d’embarquer les équipes de nuit" in body
    assert "notamment sur" not in body


def test_a_chain_of_coordinated_verbs_does_not_recurse() -> None:
    """« recruter et » typed 2,000 times: a RecursionError before (hostile input)."""
    phrase = topic_phrase("recruter et " * 2000 + "entraîner le panel")
    assert phrase.startswith("la façon de recruter et de recruter et recruter")
