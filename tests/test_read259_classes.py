"""What the blind reads of fresh108 and fresh109 found (reads 259 and 260, pair reads 261 and
262, at 18e011a)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates.phrasing import arrival_of, role_as_said
from suivi_templates.phrasing.announced import announced_delay, second_interview_day
from suivi_templates.tutoiement import with_tu


def test_i_get_back_to_you_after_the_holidays_is_waited_for() -> None:
    """« je te reviens après les fêtes » : a reminder on 3 December and calls on the 10th
    (read 259: at 1 and 2)."""
    notes = ["il m'a dit « je te reviens après les fêtes, faut que le financement soit confirmé »"]
    assert announced_delay(notes) == "je te reviens après les fêtes"
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-19",
        next_steps={"channel": "email"},
        history=[{"kind": "thank_you", "on": "2026-11-20"}],
        debrief__impressions=notes[0],
    )
    follow_ups = [s for s in st.plan(ctx, today=date(2026, 11, 20)).steps if s.kind != "commitment"]
    assert all(step.on >= date(2027, 1, 4) for step in follow_ups)


def test_an_on_site_interview_after_a_call_is_the_second() -> None:
    """« entretien sur site prévu le 8 décembre », then a reminder that spoke of the call
    alone (read 260); a short process waits a week after it."""
    notes = ["Préqualif téléphonique, 30 min\nentretien sur site prévu le 8 décembre avec visite"]
    assert second_interview_day(notes, date(2026, 11, 25)) == date(2026, 12, 8)
    ctx = build_context(
        "fr_FR",
        interview={"date": "2026-11-25", "mode": "phone"},
        next_steps={"decision_by": "2026-12-09", "short_process": True},
        history=[{"kind": "thank_you", "on": "2026-11-26"}],
        debrief__impressions=notes[0],
    )
    reminder = next(s for s in st.plan(ctx, today=date(2026, 11, 26)).steps)
    assert reminder.on == date(2026, 12, 15)
    body = st.render("reminder", ctx, sent_on=reminder.on).body
    assert "deuxième entretien du 8\u00a0décembre" in body


def test_a_duplicate_that_came_is_the_item_promised() -> None:
    """« Je n'ai pas encore reçu mon diplôme d'ingénieur », then « le duplicata de mon diplôme
    est arrivé », in one call (read 259)."""
    assert arrival_of(
        "Le duplicata de mon diplôme est arrivé le 4 décembre.",
        "une copie de mon diplôme d'ingénieur",
    )
    assert not arrival_of(
        "J'ai demandé un duplicata de mon attestation, je devrais l'avoir lundi.",
        "une copie de mon attestation",
    )


def test_an_item_due_the_day_the_thank_you_leaves_comes_that_day() -> None:
    """« je te ferai parvenir mon CV en anglais d'ici le 7 décembre », written on 7 December
    (read 260)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-12-04",
        commitments=[{"promise": "lui envoyer mon CV en anglais", "due": "2026-12-07"}],
    )
    body = st.render("thank_you", ctx, sent_on=date(2026, 12, 7)).body
    assert "mon CV en anglais dans la journée" in body
    earlier = st.render("thank_you", ctx, sent_on=date(2026, 12, 5)).body
    assert "d’ici le 7\u00a0décembre" in earlier


def test_towards_you_said_with_tu() -> None:
    """« des clients qui reviennent vers te » (read 260)."""
    assert with_tu("Vos clients reviennent vers vous.") == "Tes clients reviennent vers toi."


def test_a_nature_reserve_takes_its_article() -> None:
    """« chez Réserve naturelle nationale de l'Étang de Saint-Paul » (read 259)."""
    ctx = build_context(
        "fr_FR",
        company={"name": "Réserve naturelle nationale de l'Étang de Saint-Paul", "facts": []},
    )
    script = st.render("phone_script", ctx).body
    assert "à la Réserve naturelle nationale" in script
    assert "chez Réserve" not in script


def test_a_one_word_title_keeps_its_field() -> None:
    """« le poste d'analyste », « le poste de coordonnatrice » (read 255, pair read 257)."""
    assert role_as_said("Analyste – planification du réseau (transport collectif)", "m") == (
        "analyste en planification du réseau"
    )
    assert role_as_said("Scripte – série dramatique « Les Eaux noires »", "n") == "scripte"
    assert role_as_said("cordonnier·ère – réparation & talon minute (CDI)", "f") == "cordonnière"


def test_a_reminder_offers_no_references_as_its_new_element() -> None:
    """« Je peux vous transmettre les coordonnées de mes références au besoin » stood for the
    new element (reads 259 and 260: five reminders; pair read 261)."""
    for name in ("Marc Roy", "Marc Dubé", "Sam Petit", "Anne Dubé", "Noé Martin", "Ève Caron"):
        ctx = build_context(
            "fr_CA",
            candidate__name=name,
            debrief__since=[],
            company__facts=[],
            commitments=[],
            history=[{"kind": "thank_you", "on": "2026-11-20"}],
        )
        assert "références" not in st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
