"""What the blind reads of fresh152 to fresh155 found at first contact (reads 347 to 354, all
at 329a22d)."""

from __future__ import annotations

from functools import cache

import suivi_templates as st
from conftest import corpus_context, load_script
from suivi_templates.tutoiement import with_tu

_SETS = {"ex": "fresh152", "ey": "fresh153", "ez": "fresh154", "fa": "fresh155"}


@cache
def _as_read(key: str) -> dict[str, str]:
    """Each kind's body for the context ``key``, drafted on the day its reader saw it."""
    found, _ = load_script("read_packets").drafts_of({key: corpus_context(_SETS[key[:2]], key)})
    return {draft["kind"]: str(draft["body"]) for draft in found}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_grandmother_is_feminine_in_tu() -> None:
    """Read 347 and pair read 349: « les patrons de ton grand-mère »."""
    assert with_tu("vous gardez les patrons de votre grand-mère") == (
        "tu gardes les patrons de ta grand-mère"
    )


def test_a_particle_typed_in_lowercase_stays_so() -> None:
    """Read 348 (a reminder at 2): « Bonjour Monsieur De Saint-Priest, ». To a shared mailbox
    in France, the name goes on a line of its own (pair read 385)."""
    for kind in ("thank_you", "reminder"):
        assert _as_read("ey20-gaufreur-velours-lyon")[kind].startswith(
            "À l’attention de Monsieur de Saint-Priest\n\nBonjour Monsieur,"
        )


def test_a_piece_of_trial_handed_over_is_no_trial() -> None:
    """Read 348 (four drafts at 2): « Merci encore pour l'essai déposée en main propre »."""
    for body in _as_read("ey22-glypticien-paris").values():
        assert "essai déposée" not in body


def test_the_tu_of_the_daughter_is_not_the_fathers() -> None:
    """Read 347 (four drafts at 2): « sa fille Inès gère la boutique, on s'est tutoyés avec
    elle », and every draft said « tu » to M. Da Costa; « Ateliers DA Costa »."""
    drafts = _as_read("ex13-damasquineur-lyon")
    assert drafts["reminder"].startswith("Bonjour Monsieur,")
    assert " tu " not in drafts["reminder"]
    assert "Bonjour Monsieur Da Costa" in drafts["voicemail"]
    assert "Ateliers Da Costa" in drafts["phone_script"]


def test_news_of_before_a_second_interview_is_not_told_since_it() -> None:
    """Read 347 (a call and a voicemail at 2): « Depuis notre entrevue, j'ai renouvelé le 1er
    décembre mon attestation ACLS », after the second interview of 10 December."""
    drafts = _as_read("ex09-chirurgie-jour-saguenay")
    assert "ACLS" not in drafts["phone_script"]
    assert "ACLS" not in drafts["voicemail"]


def test_what_was_left_to_do_on_a_past_day_is_not_told_as_ahead() -> None:
    """Read 348 (a call at 2): « il me reste l'examen sur route », told on 8 March for an
    exam of 15 December."""
    assert "il me reste" not in _as_read("ey06-gazonnier-saint-remi")["phone_script"]


def test_a_delay_after_a_trial_counts_from_the_trial() -> None:
    """Read 348 (a reminder at 2): « Réponse dans 2 semaines après le stage » of 10
    December, and a reminder on the 17th that did not speak of the stage; « j'ajoute que
    j'ai oublié de dire qu'au Bistro Cartier »."""
    plan = st.plan(corpus_context("fresh153", "ey08-kitchen-manager-montreal"))
    reminder = next(step for step in plan.steps if step.kind == "reminder")
    assert reminder.on.isoformat() > "2026-12-24"
    drafts = _as_read("ey08-kitchen-manager-montreal")
    assert "Merci pour le stage en cuisine du 10" in _plain(drafts["reminder"])
    assert "j’ajoute qu’au Bistro Cartier" in drafts["thank_you"]


def test_a_misfortune_is_not_read_with_interest() -> None:
    """Read 348 (a reminder at 2): « J'ai lu avec intérêt l'annonce de l'éclosion
    d'influenza dans deux CHSLD »; Hull takes no elision."""
    reminder = _as_read("ey05-infirmiere-pci-gatineau")["reminder"]
    assert "éclosion" not in reminder
    assert "Hôpital de Hull" in reminder


def test_a_shortfall_is_no_success() -> None:
    """Read 352 (a call at 2): « le pont de glace a été ouvert seulement 41 jours l'hiver
    dernier : toutes mes félicitations! »."""
    for body in _as_read("fa05-surveillant-pont-de-glace-ile-dupas").values():
        assert "41 jours" not in body


def test_a_question_on_how_to_do_reads_as_a_way_to_do() -> None:
    """Read 348 (a thank-you at 2): « la façon dont articuler gestalt et RdR », « l'équipe de
    CSAPA Le Trait d'Union »."""
    thanks = _as_read("ey15-gestalt-therapeute-montreuil")["thank_you"]
    assert "la façon d’articuler" in thanks
    assert "façon dont articuler" not in thanks


def test_a_non_binary_metteur_en_piste_applies_for_mise_en_piste() -> None:
    """Read 351 (four drafts at 2): « le poste en piste »."""
    for body in _as_read("ez17-metteur-en-piste-nantes").values():
        assert "poste en piste" not in body
    assert "poste de mise en piste" in _as_read("ez17-metteur-en-piste-nantes")["thank_you"]


def test_a_bench_typed_in_capitals_is_a_word() -> None:
    """Read 351 (a reminder at 2): « opérateur de BANC d'essai »."""
    for body in _as_read("ez03-banc-essai-longueuil").values():
        assert "BANC" not in body


def test_an_item_forgotten_in_a_thanking_call_is_sent_by_the_next_call() -> None:
    """Read 351 (a call and a voicemail at 2): « oublié de lui texter la carte ASP quand je
    l'ai appelé pour le remercier », and the calls said nothing of it."""
    drafts = _as_read("ez05-pieux-visses-stoneham")
    assert "carte ASP" in drafts["phone_script"]
    assert "carte ASP" in drafts["voicemail"]


def test_a_tu_with_the_person_met_but_not_her_partner_is_hers() -> None:
    """Read 352 (a thank-you at 2): « on s'est tutoyés avec Isabelle, pas avec M. Côté », and
    Isabelle was greeted « Bonjour Madame »."""
    assert _as_read("fa07-superviseur-recolte-argousier-saint-ours")["thank_you"].startswith(
        "Bonjour Isabelle,"
    )


def test_only_what_was_forgotten_is_given_again_and_once() -> None:
    """Read 352 (a reminder at 2): the report and the name, both « complétés », with the
    same apology twice; only the report had been forgotten."""
    reminder = _as_read("fa09-technicienne-restauration-papier-quebec")["reminder"]
    assert reminder.count("Avec mes excuses") == 1
    assert "Saint-Onge" not in reminder
    assert "rapport de stage" in reminder


def test_an_item_attached_to_the_thank_you_is_not_said_sent_on_its_due_day() -> None:
    """Read 352 (a reminder at 2): « mes attestations…, que je vous ai fait parvenir le 9
    décembre », after a thank-you that had attached them."""
    drafts = _as_read("fa10-technicien-appareils-levage-trois-rivieres")
    assert "ci-joint mes attestations" in drafts["thank_you"]
    assert "parvenir le 9" not in _plain(drafts["reminder"])
