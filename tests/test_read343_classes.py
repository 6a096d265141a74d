"""What the blind reads of fresh150 and fresh151 found at first contact (reads 343 to 346,
at 8ae6d25), and pair read 342 before them."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import corpus_context, planned_draft, thank_you_as_sent
from suivi_templates.phrasing import role_as_said
from suivi_templates.phrasing.shorthand import numbers_in_words
from suivi_templates.phrasing.typed import as_written


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"eu": "fresh149", "ev": "fresh150", "ew": "fresh151"}[key[:2]], key)


def _plain(text: str) -> str:
    """``text`` with its narrow and non-breaking spaces as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_name_typed_family_name_first_is_said_in_its_order() -> None:
    """Read 344 (a call and a voicemail at 2): « Bergeron Lise-Anne », greeted « Bonjour
    Madame Lise-Anne »."""
    ctx = _fresh("ew07-ecg-saint-jerome")
    for kind in ("phone_script", "voicemail"):
        body = planned_draft(ctx, kind)[1]
        assert "Madame Bergeron" in body
        assert "Madame Lise-Anne," not in body


def test_who_will_be_met_only_if_chosen_is_not_thanked() -> None:
    """Read 344 (a thank-you at 2): « rdv avec son associée Mme Perrin fin janvier si je suis
    retenue », and « Mes remerciements vont aussi à Mme Perrin »."""
    assert "Perrin" not in thank_you_as_sent(_fresh("ew22-visagiste-lyon"))


def test_the_dates_of_what_was_obtained_are_no_longer_promised() -> None:
    """Read 344 (a reminder at 2): « J'ai obtenu aujourd'hui ma certification… AICI », then
    « Je n'ai pas encore reçu les dates de ma certification AICI »."""
    body = st.render("reminder", _fresh("ew22-visagiste-lyon"), sent_on=date(2026, 12, 3)).body
    assert "J’ai obtenu aujourd’hui ma certification" in body
    assert "dates de ma certification" not in body


def test_a_paper_sent_apart_completes_the_file() -> None:
    """Read 343 (a reminder at 2): « mon avis d'aptitude médicale ; je serais heureux d'en
    discuter avec vous »."""
    body = _plain(planned_draft(_fresh("ev19-mainteneur-catenaire-bordeaux"), "reminder")[1])
    assert "mon avis d’aptitude médicale, que je vous ai fait parvenir le 9 décembre," in body
    assert "discuter avec vous" not in body.split("\n\n")[1]


def test_a_decision_day_long_past_is_not_recalled() -> None:
    """Reads 343 and 344 (two reminders at 2): « Vous m'aviez parlé d'une décision vers le 17
    décembre », on 4 January, read as a reproach."""
    body = planned_draft(_fresh("ev24-pomologue-plouvenez"), "reminder")[1]
    assert "Vous m’aviez parlé d’une décision" not in body


def test_an_unfinished_list_is_not_attached() -> None:
    """Pair read 346 (a thank-you at 2): « tu trouveras ci-joint ma liste de matériel perso »,
    when the notes said « faut que je finisse l'inventaire de mes outils, y est pas prêt »."""
    body = _plain(thank_you_as_sent(_fresh("ew11-backline-montreal")))
    assert "ci-joint" not in body
    assert "je te ferai parvenir ma liste de matériel perso d’ici le 8 décembre" in body


def test_notes_are_said_whole_and_in_words() -> None:
    """Pair reads 345 and 346: « la migration Windchill (3DEXPERIENCE) » cut at its bracket,
    « dont 3 » after « huit ans », « dab/gab », « j'arrête la séance, j'ajoute que je lui
    laisse »."""
    assert as_written("migration Windchill -> 3DEXPERIENCE") == (
        "migration Windchill vers 3DEXPERIENCE"
    )
    assert numbers_in_words("mes 8 ans d'IDE, dont 3 en pédiatrie") == (
        "mes huit ans d'IDE, dont trois en pédiatrie"
    )
    assert role_as_said("TECHNICIEN DE MAINTENANCE DAB/GAB H/F", "m", False) == (
        "technicien de maintenance DAB/GAB"
    )
    body = thank_you_as_sent(_fresh("ev01-micropigmentiste-quebec"))
    assert "j’ajoute que je lui laisse" not in body
    assert "Pour la patiente qui pleure, j’arrête la séance, je lui laisse" in body


def test_a_link_alone_is_given_without_also() -> None:
    """Read 340 and pair read 342: « Voici aussi le lien », with nothing before it."""
    body = thank_you_as_sent(_fresh("eu08-jardinier-japonais-magog"))
    assert "Voici aussi" not in body
    assert "voici le lien vers mon compte Instagram de bonsaïs" in body


def test_a_phone_number_is_written_as_the_locale_writes_it() -> None:
    """Pair read 342: « 819-555-0148 », « (418) 555-0102 » copied as typed in signatures."""
    ctx = _fresh("eu03-formateur-soudage-sept-iles")
    body = _plain(st.render("voicemail", ctx, sent_on=date(2026, 12, 21)).body)
    assert "(418)" not in body
    assert "418 555-0102" in body
