"""What the blind reads 227 (fresh92) and 228 (fresh93) found, measured at 1b9bd4b."""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.models import Company
from suivi_templates.phrasing import prepared_by, role_as_said
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.promises import said_once


def test_two_words_for_one_post_keep_their_complement() -> None:
    """« poste de dame » for « Dame / Homme de compagnie » (D021, D038, D064 of read 227)."""
    title = "Dame / Homme de compagnie (H/F) – accompagnement d'une personne âgée – CDI"
    assert role_as_said(title, "f") == "dame de compagnie"
    assert role_as_said(title, "m") == "homme de compagnie"
    assert role_as_said(title, "n") == "dame ou homme de compagnie"


def test_a_callback_an_answer_or_a_return_noted_another_way_is_waited_for() -> None:
    """« rappel avant le 15 décembre » (D038, D064), « avant les fêtes pour la réponse » (D004,
    D023), « il veut que je revienne le 12 décembre » (D007, D077)."""
    held = date(2026, 11, 25)
    assert announced_day(["rappel avant le 15 décembre"], held) == date(2026, 12, 15)
    assert announced_day(["avant les fêtes pour la réponse"], held) == date(2026, 12, 24)
    assert announced_day(["il veut que je revienne le 12 décembre"], held) == date(2026, 12, 12)
    # The job's week and an exam to retake are no delays of theirs.
    assert announced_day(["partir le lundi revenir le jeudi"], held) is None
    assert (
        announced_day(["CAMARI à repasser en janvier", "rappel DTP fait le 1er décembre"], held)
        is None
    )


def test_why_one_leaves_is_not_what_an_asset_prepared_for() -> None:
    """« Quant aux raisons de quitter la tournée, mes quatre saisons de tournée me seront
    utiles » (D031 of read 227)."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "pourquoi quitter la tournée?"}],
        debrief__highlights=["4 saisons de tournée comme machiniste (Cirque Éloize)"],
    )
    body = st.render("thank_you", ctx).body
    assert not re.search(r"quitter la tournée[^.]*saisons", body)


def test_a_link_not_yet_cleared_to_share_is_not_sent() -> None:
    """« comme promis » the reports' link, the notes waiting for the former boss's leave
    (D006 of read 228)."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "lui envoyer 2 exemples de rapports anonymisés",
                "link": "https://drive.example.com/s/rapports",
                "due": "2026-12-08",
            }
        ],
        debrief__impressions="j'attends l'ok de mon ancien patron pour les anonymiser",
    )
    body = st.render("thank_you", ctx).body
    assert "https://drive.example.com" not in body
    assert "autorisation" in body


def test_seams_the_pair_read_230_saw() -> None:
    """« mon CAP dinandier et sept ans de repoussage m'y a préparé », « l'équipe de CHT
    Gaston-Bourret », « plant Manager » (pair read 230)."""
    assert prepared_by("mon CAP dinandier et sept ans de repoussage", "m", None, "ici").endswith(
        "m’y ont préparé."
    )
    assert organisation(Company(name="CHT Gaston-Bourret")).article == "le"
    assert role_as_said("Plant Manager / Directeur·rice de site (H/F) – CDI", "m") == (
        "Plant Manager"
    )


def test_an_answer_that_corrects_the_day_asked_is_confirmed_as_answered() -> None:
    """« je vous confirme ma disponibilité à partir du 15 décembre : à partir du 14
    décembre » (D056 of read 227, pair read 229)."""
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui confirmer ma disponibilité à partir du 15 décembre",
                "done": True,
                "details": "je suis disponible à partir du 14 décembre",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "15 décembre" not in body
    assert "je vous confirme que je suis disponible à partir du 14" in body.replace("\u00a0", " ")


def test_a_contact_named_in_the_promise_and_the_details_is_named_once() -> None:
    """« les coordonnées de Dominique Lavoie, régisseur de la tournée : Dominique Lavoie,
    régisseur général… », « du Dr Lavoie : Dr Jean-Philippe Lavoie » (pair reads 229, 230)."""
    assert (
        said_once(
            "les coordonnées de Dominique Lavoie, régisseur de la tournée",
            "Dominique Lavoie, régisseur général, Cirque Éloize, 514 555-0119",
        )
        == "les coordonnées du régisseur de la tournée"
    )
    assert (
        said_once(
            "les coordonnées du Pr Lemoine, mon ancien chef de service",
            "Pr Antoine Lemoine, GHU Paris, 01 45 65 80 00",
        )
        == "les coordonnées de mon ancien chef de service"
    )


def test_a_second_item_sent_by_text_is_said_with_another_verb() -> None:
    """« je vous envoie par courriel, aujourd'hui même, … Je vous envoie aussi par texto,
    aujourd'hui même, … » (fresh95, detectors at first contact)."""
    ctx = build_context(
        "fr_CA",
        next_steps={"channel": "phone"},
        history=[],
        commitments=[
            {"promise": "lui envoyer la liste des machines que j'ai entretenues"},
            {"promise": "lui texter une photo de mon attestation"},
        ],
    )
    body = st.render("phone_script", ctx, sent_on=date(2026, 11, 20)).body
    assert body.count("aujourd’hui même") == 1
    assert body.count("envoie") == 1
