"""How a reminder with nothing new says a topic of the interview.

Over reads 279 to 304, the reminders that slotted a topic in (« Je demeure disponible pour un
nouvel échange, notamment sur X », « en particulier X, dont nous avons parlé », « Je reviens à
notre échange sur X : j'ai un DEC… ») averaged 2.7 where the others averaged 3.6
(seventy-five reminders of 220).
"""

from __future__ import annotations

from conftest import corpus_context, load_script
from suivi_templates.phrasing import topic_phrase
from suivi_templates.typography import fix_typography


def _planned_reminder(file: str, key: str) -> str:
    """The reminder as a user following the plan sends it, as the blind reads saw it."""
    drafts, _ = load_script("read_packets").drafts_of({key: corpus_context(file, key)})
    return str(next(d["body"] for d in drafts if d["kind"] == "reminder"))


def test_a_topic_that_is_not_what_attracts_is_not_offered_for_a_new_talk() -> None:
    """« Je demeure disponible pour un nouvel échange, notamment sur les clients frustrés au
    comptoir » offered to talk again about a difficulty picked from the notes."""
    body = _planned_reminder("fresh125", "dw09-objets-perdus-gatineau")
    assert "notamment sur" not in body
    assert "notre échange sur les clients frustrés au comptoir m’a permis de m’y" in body


def test_what_attracts_is_said_without_a_pasted_relative() -> None:
    """« …en particulier l'accompagnement des PME vers l'Europe, dont nous avons parlé, et
    j'aimerais apporter… » stretched like a form; the hand writes « en particulier X »."""
    body = _planned_reminder("fresh116", "dn03-commerce-international-rexca")
    assert "dont nous avons parlé" not in body
    assert "en particulier l’accompagnement des PME vers l’Europe, et j’aimerais" in body


def test_a_diploma_tied_to_a_topic_says_what_it_will_serve() -> None:
    """Read 304: « Je reviens à notre échange sur les dispositifs de consignation électronique :
    j'ai un DEC en technologie de l'électronique », a non sequitur."""
    body = _planned_reminder("fresh131", "ec07-telematique-rimouski")
    assert "Je reviens à notre échange" not in body
    assert (
        "Pour les dispositifs de consignation électronique, dont nous avons parlé, je pourrai "
        "m’appuyer sur mon DEC en technologie de l’électronique." in body
    )


def test_wood_is_one_material_not_woods() -> None:
    """Read 291: « le choix entre les bois local et les bois importé », from « bois local vs
    bois importé »: « bois » ends in s and is singular."""
    assert topic_phrase("bois local vs bois importé") == (
        "le choix entre le bois local et le bois importé"
    )
    assert topic_phrase("verglas") == "le verglas"


def test_a_length_keeps_its_unit_on_its_line() -> None:
    """Grammalecte, fresh87: « l'échafaudage 15 m » could break between the number and « m »."""
    assert fix_typography("l’échafaudage 15 m, et 25 kg", "fr_CA") == (
        "l’échafaudage 15\u00a0m, et 25\u00a0kg"
    )
    assert fix_typography("les 2 microscopes", "fr_FR") == "les 2 microscopes"
