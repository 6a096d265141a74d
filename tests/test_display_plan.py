"""Notebook display of the planner's FollowUpPlan: a timeline, escaped, with the stop reason."""

from __future__ import annotations

from datetime import date
from typing import Any

import suivi_templates as st


def test_follow_up_plan_has_notebook_display(quebec: st.InterviewContext):
    plan = st.plan(quebec, today=date(2026, 11, 20))

    html, markdown = plan._repr_html_(), plan._repr_markdown_()

    assert html.startswith('<div class="suivi-plan"')
    assert html.count("<li") == len(plan.steps) + 1  # the interview, then each step
    for step in plan.steps:
        assert st.formatting.prose_date(step.on, "fr_CA") in html
        assert st.formatting.prose_date(step.on, "fr_CA") in markdown
    assert "| Date | Heure | Canal | Étape | Remarque |" in markdown


def test_example_plan_reminds_after_the_decision_date_then_calls_after_17h(
    quebec: st.InterviewContext,
):
    html = st.plan(quebec, today=date(2026, 11, 20))._repr_html_()

    assert "le lundi 30\u00a0novembre 2026" in html  # decision_by is Saturday the 28th
    assert "à partir de 17\u00a0h" in html


def test_a_no_contact_plan_shows_why_it_stops(data: dict[str, Any]):
    data["next_steps"]["no_contact"] = True
    plan = st.plan(st.InterviewContext.model_validate(data), today=date(2026, 11, 20))

    assert plan.stopped
    assert "Plus rien à envoyer" in plan._repr_html_()
    assert "suivi-timeline" not in plan._repr_html_()
    assert "Plus rien à envoyer" in plan._repr_markdown_()
