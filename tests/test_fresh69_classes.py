"""What the detectors found in fresh69 at first contact (1a3b052), and its plan's notes."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import build_context


def _bare() -> st.InterviewContext:
    """A context typed with the bare minimum: no topics, no address for anyone."""
    return build_context(
        "fr_FR",
        candidate={"name": "Loïc Le Gall", "gender": "m", "phone": "06 71 09 88 42"},
        interviewer={"name": "Erwan Le Bihan", "phone": "02 97 55 01 44"},
        topics=[],
        commitments=[],
        debrief={},
        history=[],
        next_steps={},
    )


def test_a_voicemail_the_plan_schedules_is_written_without_topics() -> None:
    """Thirty seconds say the name, the reason, the day and the number: the plan's voicemail
    raised « Le champ topics est vide »."""
    ctx = _bare()
    plan = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in plan.steps if "voicemail" in s.draft_kinds)
    body = st.render("voicemail", plan.context_on(step, ctx), sent_on=step.on).body
    assert body.startswith("Bonjour Monsieur Le Bihan, Loïc Le Gall, je vous appelle")


def test_the_plan_says_a_context_has_no_topic_and_writes_french() -> None:
    """« Le contexte ne note que les sujets abordés » to a context with none; « demandez-la
    à le standard »; « La civilité de Erwan Le Bihan »."""
    ctx = _bare()
    note = st.plan(ctx, today=ctx.interview.date).steps[0].note
    assert "ne note aucun sujet abordé" in note
    assert "ne note que les sujets" not in note
    assert "demandez-la au standard" in note
    assert "La civilité d’Erwan Le Bihan" in note
    assert "à le " not in note
    assert " de Erwan" not in note


@pytest.mark.parametrize("kind", ["thank_you", "reminder", "phone_script"])
def test_the_written_kinds_still_ask_for_a_topic(kind: str) -> None:
    """R9: a letter or a call script with nothing of the interview is one sent to all."""
    with pytest.raises(st.MissingContext) as missing:
        st.render(kind, _bare(), sent_on=date(2026, 12, 3))
    assert missing.value.field == "topics"
