"""What the blind reads of fresh156 to fresh159 found at first contact (reads 355 to 362, all
at 132f330), and the detectors run on those sets then."""

from __future__ import annotations

from datetime import date
from functools import cache

from conftest import corpus_context, load_script
from suivi_templates.phrasing import role_as_said, step_held, step_to_set

_SETS = {"fb": "fresh156", "fc": "fresh157", "fd": "fresh158", "fe": "fresh159"}


@cache
def _as_read(key: str) -> dict[str, str]:
    """Each kind's subject and body for the context ``key``, on the day its reader saw it."""
    found, _ = load_script("read_packets").drafts_of({key: corpus_context(_SETS[key[:2]], key)})
    return {draft["kind"]: f"{draft['subject'] or ''}\n{draft['body']}" for draft in found}


def test_a_fille_de_piste_applies_as_one() -> None:
    """Read 356 (three drafts): « poste de garçon » for Maëlle, « Garçon / fille de piste »."""
    for body in _as_read("fc01-fille-de-piste-montreal").values():
        assert "poste de garçon" not in body
    assert "poste de fille de piste" in _as_read("fc01-fille-de-piste-montreal")["thank_you"]


def test_a_feminine_with_its_accent_is_the_same_title() -> None:
    """Read 355 and pair read 359: « poste d'ânier » for a woman, « Ânier / Ânière »."""
    assert role_as_said("Ânier / Ânière (H/F) – randonnées avec ânes de bât", "f") == "ânière"
    assert "poste d’ânière" in _as_read("fb13-aniere-mont-lozere")["thank_you"]


def test_an_english_title_keeps_its_capitals() -> None:
    """Read 355 and the detectors of fresh156: « poste de chief of Staff »."""
    assert "poste de Chief of Staff" in _as_read("fb05-chief-of-staff-montreal")["thank_you"]


def test_a_trial_only_offered_is_not_thanked_for() -> None:
    """Read 357 (a reminder at 1, a call at 2): « Merci pour l'essai de cannage à l'atelier du
    14 décembre », an offer never answered; « journee d'essai, date a fixer », thanked for in
    a thank-you (at 2)."""
    for body in _as_read("fd15-rotinier-villaines-les-rochers").values():
        assert "Merci encore pour l’essai" not in body
        assert "Merci pour l’essai" not in body
    thanks = _as_read("fd06-ouvrier-elevage-sangliers-st-ferdinand")["thank_you"]
    assert "journée d’essai" not in thanks.split("\n\n")[1]


def test_a_second_interview_only_if_chosen_is_not_set() -> None:
    """Read 356 (a call at 2): « fixer une date pour la deuxième entrevue avec le client
    minier », noted « si je suis retenue »."""
    assert step_to_set("2e entrevue avec le client minier si je suis retenue, date à fixer") is None


def test_news_of_before_a_second_interview_is_not_new_in_a_letter_either() -> None:
    """Read 358 (a reminder at 2): « le certificat… obtenu le 30 novembre », told as new after
    the second interview of 14 December."""
    reminder = _as_read("fe12-sake-montreal")["reminder"].replace("\u00a0", " ")
    assert "obtenu le 30 novembre" not in reminder


def test_a_topic_said_as_noted_is_concrete_even_with_the_roles_word() -> None:
    """The detectors of fresh159: the reminder of a « tailleuse de silex » about « la
    démonstration de taille » was refused as naming nothing of the interview."""
    assert "démonstration de taille" in _as_read("fe21-silex-vezere")["reminder"]


def test_a_trial_held_on_its_day_is_still_thanked_for() -> None:
    """The offer rule keeps a step the notes settle (« prévu », « fait »)."""
    assert step_held(
        ["essai samedi 12 décembre sur place, prévu"], date(2026, 11, 27), date(2026, 12, 21)
    ) == ("Merci pour l’essai du 12\u00a0décembre.")


def test_an_offered_trial_the_candidate_answered_is_thanked_for() -> None:
    """The corpus comparison after the offer rule: « essai à l'atelier proposé pour le 6
    novembre ?? », answered by a kept promise, was no longer thanked for."""
    ctx = corpus_context("fresh77", "ca05-typographe-letterpress")
    found, _ = load_script("read_packets").drafts_of({"ca05": ctx})
    voicemail = next(str(d["body"]) for d in found if d["kind"] == "voicemail")
    assert "Merci pour l’essai à l’atelier du 6" in voicemail
