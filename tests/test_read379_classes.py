"""What the blind reads of fresh168 to fresh171 found at first contact (reads 379 to 386, all
at 24b8c82)."""

from __future__ import annotations

from datetime import date
from functools import cache

import suivi_templates as st
from conftest import corpus_context, packet_drafts

_SETS = {"fn": "fresh168", "fo": "fresh169", "fp": "fresh170", "fq": "fresh171"}


@cache
def _drafts(key: str) -> dict[str, str]:
    return packet_drafts(_SETS[key[:2]], key)[0]


def test_no_elision_before_an_aspirated_h_in_a_title() -> None:
    """Reads 380 and 382 (eight drafts, two at 2): « tailleur d'haies de cèdres », « poste
    d'harnacheur ou d'harnacheuse », « poste d'Head of Customer Care »."""
    assert "tailleur de haies" in _drafts("fq10-tailleur-haies-rive-sud")["thank_you"]
    assert "d’harnach" not in _drafts("fo03-harnacheur-cablage-mirabel")["thank_you"]
    assert "de Head of Customer Care" in _drafts("fo17-head-customer-care-lille")["thank_you"]


def test_whom_the_candidate_will_consult_at_home_is_not_thanked() -> None:
    """Read 382 (a thank-you at 2): « Je remercie également votre collègue Julie », his
    partner (« pas sûr pour le quart de soir avec les enfants, a voir avec Julie »)."""
    assert "Julie" not in _drafts("fq01-soudeur-orbital-laval")["thank_you"]


def test_a_hiring_month_is_waited_for() -> None:
    """Read 382 (a call and a voicemail at 2): « ils embauchent en mars pour la saison, y'a pas
    de presse », and a call on 14 December."""
    ctx = corpus_context("fresh171", "fq10-tailleur-haies-rive-sud")
    calls = [s.on for s in st.plan(ctx, today=ctx.interview.date).steps if s.kind == "phone_call"]
    assert calls
    assert min(calls) > date(2027, 3, 31)


def test_another_s_vous_leaves_the_tu_shared() -> None:
    """Read 381 (three drafts at 2): « Bonjour Monsieur Brunet » to a man who had said « tu »
    from the first minute, because « avec elle [sa femme] on s'est vouvoyés »."""
    drafts = _drafts("fp14-nuciculteur-vercors")
    assert "Bonjour Jean-Marc," in drafts["thank_you"]
    assert "Monsieur Brunet" not in drafts["voicemail"]


def test_a_misfortune_is_not_read_with_interest() -> None:
    """Read 381 (a reminder at 2): « J'ai lu avec intérêt l'annonce du dégât d'eau »."""
    assert "dégât" not in _drafts("fp05-marchande-the-limoilou")["reminder"]


def test_a_link_the_notes_say_not_ready_is_promised_not_sent() -> None:
    """Read 381 (a thank-you at 2): the recording sent while « le fichier est en cours de
    mixage », a week before the day promised; and « mon attention, c'est l'attention »."""
    body = _drafts("fp15-mandoliniste-lyon")["thank_you"]
    assert "https://" not in body
    assert "d’ici le 9\u00a0décembre l’enregistrement" in body
    assert body.count("attention") <= 1


def test_a_trial_for_the_candidates_retained_is_not_set_ahead() -> None:
    """Read 381 and pair read 385: « fixer une date pour l'essai au lac du golf », where « elle
    rappelle les candidats retenus… pour un essai »."""
    assert "fixer une date" not in _drafts("fp10-plongeuse-balles-golf-bromont")["phone_script"]


def test_dates_offered_for_a_trial_given_its_day_do_not_hold() -> None:
    """Read 382 and pair read 386: « Merci pour la journée d'essai du 12 décembre… Les dates
    que je vous ai proposées pour la journée d'essai restent valables »."""
    assert "restent valables" not in _drafts("fq14-vendeuse-the-paris")["reminder"]


def test_a_name_the_details_give_is_not_said_twice() -> None:
    """Read 379 and pair read 383: « le nom de ma maîtresse de stage à l'atelier Pochoirs &
    Cie : Mme Odile Ferracci, atelier Pochoirs & Cie », « du président de l'ASA de mon ancien
    employeur : M. Henri Bouchet, président de l'ASA de Mallemort »."""
    assert _drafts("fn15-cartier-marseille")["thank_you"].count("Pochoirs") == 1
    assert _drafts("fn13-aiguadier-salon-de-provence")["thank_you"].count("l’ASA") == 1


def test_a_shared_mailbox_in_france_names_whom_the_letter_is_for_apart() -> None:
    """Pair read 385: « Bonjour Madame Roussel » is not written in France."""
    body = _drafts("fp23-reparateur-trottinettes-bordeaux")["thank_you"]
    assert "\nÀ l’attention de Madame Roussel\n\nBonjour Madame," in body


def test_a_diploma_the_news_says_coming_is_not_said_not_received() -> None:
    """Read 379 (a reminder at 2): « j'ai reçu mon attestation de réussite au CAP : le rectorat
    m'enverra le diplôme d'ici trois semaines », then « Je n'ai pas encore reçu mon CAP »."""
    body = _drafts("fn14-chainiste-saint-amand-montrond")["reminder"]
    assert "pas encore reçu" not in body
    assert "ci-joint une copie de mon CAP" not in body
    assert "Je vous en enverrai une copie dès réception." in body


def test_a_reminder_that_tells_the_organisation_s_figures_is_written() -> None:
    """Read 380: the library refused its own reminder (`generic.no_concrete_element`), whose
    precise news, « vous avez ouvert 40 supérettes cette année », uses a word of the post."""
    drafts, refused = packet_drafts("fresh169", "fo15-gerant-mandataire-superette-tours")
    assert "reminder" not in refused
    assert "40 supérettes" in drafts["reminder"]


def test_a_physician_s_shared_mailbox_takes_du_docteur() -> None:
    """« À l’attention de Docteur Masson » is not French: « du Docteur »."""
    found, _ = packet_drafts("fresh3", "p05-secretaire-medicale")
    assert found["thank_you"].split("\n", 2)[1] == "À l’attention du Docteur Masson"
