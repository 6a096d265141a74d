"""What the blind reads of fresh164 to fresh167 found at first contact (reads 371 to 378, all
at 147efa3)."""

from __future__ import annotations

from functools import cache

from conftest import packet_drafts

_SETS = {"fj": "fresh164", "fk": "fresh165", "fl": "fresh166", "fm": "fresh167"}


@cache
def _read(key: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each kind's subject and body for ``key`` on the day its reader saw it, and the refused."""
    return packet_drafts(_SETS[key[:2]], key)


def _drafts(key: str) -> dict[str, str]:
    return _read(key)[0]


def test_what_was_promised_to_them_is_said_to_them() -> None:
    """Read 371 (a thank-you at 2): « voici le nom du fournisseur… dont je lui ai parlé », to
    the man it was said to, in « tu »."""
    body = _drafts("fj02-mercerie-sherbrooke")["thank_you"]
    assert "dont je t’ai parlé" in body
    assert "lui ai parlé" not in body


def test_a_choice_the_note_settles_is_not_thanked_for() -> None:
    """Reads 374 and 377 (a thank-you and a reminder at 2): « notre discussion sur le choix
    entre Bullseye et Spectrum », where « elle travaille juste en Bullseye »."""
    assert "le choix entre" not in _drafts("fm03-verriere-art-baie-saint-paul")["thank_you"]
    assert "le choix entre" not in _drafts("fm02-sauveteur-minier-val-dor")["reminder"]


def test_the_day_promised_goes_with_the_promise_not_its_purpose() -> None:
    """Read 374: « pour que vous vérifiiez la compatibilité du verre d'ici le 12 décembre »."""
    body = _drafts("fm03-verriere-art-baie-saint-paul")["thank_you"]
    assert "fusionnées d’ici le 12\u00a0décembre pour que vous vérifiiez" in body


def test_an_exam_passed_is_news_though_its_paper_is_to_come() -> None:
    """Read 373 and pair read 377 (scored 1): « vous trouverez ci-joint une copie de mon CCA »,
    three weeks before the certificate could come, and the exam passed left unsaid."""
    body = _drafts("fl16-pnc-nantes")["reminder"]
    assert "ci-joint" not in body
    assert "J’ai réussi le 2\u00a0décembre l’examen du CCA" in body


def test_a_voicemail_owes_the_details_promised_too() -> None:
    """Reads 373 and 374 (two voicemails at 2): a message that asked where the process stood,
    the two references or the answer promised still not given."""
    for key in ("fl08-patronnier-montreal", "fm19-salariee-cressonniere-mereville"):
        refused = _read(key)[1]
        assert "details" in refused["voicemail"]


def test_an_english_title_keeps_its_ampersand_and_capitals() -> None:
    """Read 372 and pair read 376 (four drafts): « poste de food et Beverage Manager »."""
    drafts = _drafts("fk14-food-beverage-biarritz")
    assert all("Food & Beverage Manager" in text for text in drafts.values())


def test_what_the_interview_dwelt_on_is_no_news_after_it() -> None:
    """Read 373 (a reminder at 2): « J'ai lu avec intérêt que vous jouerez la
    Turangalîla-Symphonie », after an audition that dwelt on it; read 372: « la réouverture du
    restaurant gastronomique », which had struck the candidate."""
    assert "Turangalîla-Symphonie" not in _drafts("fl14-ondiste-paris")["reminder"]
    assert "réouverture" not in _drafts("fk14-food-beverage-biarritz")["reminder"]


def test_a_reminder_does_not_recall_the_decision_day() -> None:
    """Reads 372 and 373, pair read 377 (three reminders at 2): « Vous m'aviez indiqué une
    réponse vers le 9 décembre ; je me permets donc… », a reproach of the silence (R15)."""
    for key in ("fk17-iade-rennes", "fl22-trains-atterrissage-bidos"):
        body = _drafts(key)["reminder"]
        assert "vers le" not in body.split("\n\n")[1]


def test_a_negation_typed_without_ne_is_written_with_it() -> None:
    """Read 373 (a thank-you at 2): « cela m'a pas empêché de continuer »."""
    assert "cela ne m’a pas empêché" in _drafts("fl10-licences-animales-levis")["thank_you"]


def test_a_tu_shared_is_said_on_the_phone_whatever_the_mailbox() -> None:
    """Read 371 (a call and a voicemail at 2): « Avez-vous un moment ? » to M. Ferracci, who
    said « tu » from the first minute (his address is the company's « direction@ »)."""
    drafts = _drafts("fj16-cracheur-feu-marseille")
    assert "As-tu un moment" in drafts["phone_script"]
    assert "je t’appelle" in drafts["voicemail"]


def test_a_thing_shown_is_no_visit() -> None:
    """Read 374 and pair read 378 (a thank-you at 2): « Merci… pour la visite de la pierre »,
    for « Thibault m'a montré la pierre 1000/6000 »."""
    assert "visite de la pierre" not in _drafts("fm17-vendeuse-coutellerie-paris")["thank_you"]


def test_who_comes_to_a_later_trial_is_not_thanked() -> None:
    """Read 371 (a thank-you at 2): « Je remercie également Normand », named for a trial
    trip to come, and « à 2 h du mat »."""
    body = _drafts("fj05-camionneur-betail-saint-hyacinthe")["thank_you"]
    assert "Normand" not in body
    assert "du mat " not in body


def test_a_compound_noun_typed_without_hyphens_takes_them() -> None:
    """Read 371 (a thank-you at 2): « l'habit sur mesure et le prêt à porter »."""
    assert "le prêt-à-porter" in _drafts("fj02-mercerie-sherbrooke")["thank_you"]
