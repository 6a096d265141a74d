"""What the drafts of fresh96 (read 235, at 3ad0fbb) showed before its reader's results."""

from __future__ import annotations

import re

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing.promises import number_alone
from suivi_templates.phrasing.topics import topic_phrase
from suivi_templates.phrasing.typed import as_written


def test_a_role_after_a_length_takes_comme_whatever_its_ending() -> None:
    """« Mes six ans conseiller en finances personnelles… m'ont préparé » (D048), « mes deux
    ans conseillère pédagogique » (D065)."""
    ctx = build_context(
        "fr_CA",
        debrief__highlights=["6 ans conseiller en finances personnelles à la caisse de Shédiac"],
    )
    body = st.render("thank_you", ctx).body
    assert "six ans comme conseiller en finances personnelles" in body


def test_a_number_the_details_label_again_is_given_once() -> None:
    """« voici mon numéro Congés Spectacles : n° Congés Spectacles 1234567 » (D012)."""
    assert number_alone("n° Congés Spectacles 1234567", "mon numéro Congés Spectacles") == (
        "1234567"
    )
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui envoyer mon numéro Congés Spectacles",
                "details": "n° Congés Spectacles 1234567",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert re.search(r"Congés Spectacles\s:\s1234567", body)
    assert body.count("Congés Spectacles") == 1


def test_a_degree_s_year_is_not_a_count() -> None:
    """« mon diplôme de master deux droit social » (D019)."""
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui transmettre mon diplôme de master 2 droit social",
                "done": True,
                "attachment": "M2.pdf",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "master 2 droit social" in body


def test_topics_as_they_were_jotted() -> None:
    """« la Loi 23 et gouvernance scolaire » (D020, D026), « TRAVAIL SOUS TENSION », « la
    paie et horaires », and a remark after a comma taken for a second noun (« la pénurie
    d'enseignants et le non légalement qualifiés »)."""
    assert topic_phrase("Loi 23 et gouvernance scolaire") == "la Loi 23 et la gouvernance scolaire"
    # A law named by its words keeps them: « la loi Climat et résilience ».
    assert topic_phrase("Loi Climat et résilience") == "la Loi Climat et résilience"
    assert topic_phrase("TRAVAIL SOUS TENSION") == "le travail sous tension"
    assert topic_phrase("SÉCURITÉ INCENDIE") == "la sécurité incendie"
    # Capitals without a French word are a name or codes, kept as typed.
    assert topic_phrase("HACCP PMS") == "l’HACCP PMS"
    assert topic_phrase("CACES R489 ET NACELLE") == "le CACES R489 ET NACELLE"
    assert topic_phrase("la paie et horaires") == "la paie et les horaires"
    assert topic_phrase("les vins nature et orange") == "les vins nature et orange"
    place = "le travail en fosse et sur le toit"
    assert topic_phrase(place) == place
    assert topic_phrase("pénurie d'enseignants, non légalement qualifiés") == (
        "la pénurie d'enseignants"
    )


def test_a_place_named_after_its_article_takes_a_with_its_accent() -> None:
    """« je les utilise depuis deux ans a l'Accueil francophone » (D077)."""
    assert as_written("je les utilise depuis 2 ans a l'Accueil francophone") == (
        "je les utilise depuis deux ans à l'Accueil francophone"
    )
    assert as_written("elle a la Clio de service") == "elle a la Clio de service"
