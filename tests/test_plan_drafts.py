"""From plan to drafts with the real templates: the whole chain, context to calendar.

The plumbing itself (which kinds, in which order, into the calendar) is tested with a
stand-in renderer in ``test_planner.py`` and ``test_ical.py``; this file proves the whole
chain with the library's own templates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

import suivi_templates as st
from planner_contexts import make_context

THU = date(2026, 11, 19)


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_context_to_calendar_and_four_drafts_in_three_lines(locale: str, tmp_path: Path) -> None:
    context = make_context(locale=locale, commitments=True)
    plan = st.plan(context, today=THU)
    drafts = plan.render(context)
    data = plan.to_ics(context, tmp_path / "suivi.ics")

    assert [d.kind for d in drafts] == ["thank_you", "reminder", "phone_script", "voicemail"]
    assert all(d.locale == locale for d in drafts)
    assert all(d.report.passed for d in drafts)
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    for event, step in zip(events, plan.steps, strict=True):
        description = str(event["DESCRIPTION"])
        assert description.startswith(step.note)
        # As the plan knows it on that day: what its reminder attached is sent by then.
        for draft in step.render(plan.context_on(step, context)):
            assert draft.body in description


def test_a_call_step_renders_the_script_and_the_voicemail() -> None:
    context = make_context()
    call = st.plan(context, today=THU).steps[-1]
    assert [d.kind for d in call.render(context)] == ["phone_script", "voicemail"]
    assert all(d.subject is None for d in call.render(context))


def test_a_process_by_phone_renders_each_kind_once() -> None:
    context = make_context(channel="phone")
    drafts = st.plan(context, today=THU).render(context)
    assert [d.kind for d in drafts] == ["thank_you", "phone_script", "voicemail"]


def test_rendered_drafts_pass_the_timing_checks_on_their_day() -> None:
    context = make_context(decision_by=date(2026, 11, 28))
    plan = st.plan(context, today=THU)
    first = plan.steps[0]
    for draft in first.render(context):
        report = st.check(draft.body, context, kind=draft.kind, today=first.on)
        assert not [f for f in report.findings if f.family == "timing"]


def test_a_plan_renders_from_the_same_json_data_it_was_made_from() -> None:
    """A notebook passes the context's data to ``plan`` and then to ``render``: the second
    call failed with « 'dict' object has no attribute 'locale' »."""
    data = make_context().model_dump(mode="json")
    plan = st.plan(data, today=THU)
    assert [d.body for d in plan.render(data)] == [
        d.body for d in plan.render(st.InterviewContext.model_validate(data))
    ]
    assert plan.context_on(plan.steps[-1], data).locale == data["locale"]
    other = dict(data, interview={**data["interview"], "date": "2026-11-12"})
    with pytest.raises(st.ContextMismatch):
        plan.render(other)


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_without_an_address_in_a_process_by_phone_the_thank_you_is_a_call(locale: str) -> None:
    """Read 85: five thank-you e-mails to people who gave no address, in processes run by
    phone, scored 1 or 2 (« pas de courriel pantoute »); their promises went unkept."""
    base = make_context(locale=locale, channel="phone", commitments=True)
    interviewer = base.interviewer.model_copy(update={"email": None})
    context = base.model_copy(update={"interviewer": interviewer})
    plan = st.plan(context, today=THU)
    thanks = plan.steps[0]
    assert (thanks.kind, thanks.channel) == ("thank_you", "phone")
    events = list(icalendar.Calendar.from_ical(plan.to_ics(context)).walk("VEVENT"))
    assert str(events[0]["SUMMARY"]).startswith("Remerciement par téléphone")
    assert "Remerciement par téléphone" in thanks.note
    script, voicemail = thanks.render(context)
    assert script.body.startswith("Appel de remerciement")
    assert "adresse électronique" in script.body
    assert "remercier" in voicemail.body
    assert "où en est le processus" not in voicemail.body
    assert voicemail.body.count("poste") == 1  # it thanks; it does not say « poste » twice
    with pytest.raises(st.DraftRejected) as refused:
        st.render("thank_you", context)
    assert "timing.wrong_channel" in str(refused.value)
    # With the address, the thank-you is the e-mail it always was.
    assert st.plan(base, today=THU).steps[0].draft_kinds == ("thank_you",)


def test_a_timing_refusal_is_said_once_not_for_the_subject_too() -> None:
    """The CLI printed « Dans l'objet : Le processus se fait par téléphone… » and then the
    same finding for the body: a timing check reads the context, not the text."""
    context = make_context(channel="phone")
    with pytest.raises(st.DraftRejected) as refused:
        st.render("reminder", context)
    codes = [f.code for f in refused.value.report.findings]
    assert codes.count("timing.wrong_channel") == 1
