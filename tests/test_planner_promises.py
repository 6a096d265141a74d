"""A promise to send later (``commitments[].due``) is a step of the plan (R3, R16).

The debrief asks when a promised item that is not ready will be sent; the planner turns that
date into a ``commitment`` step before the next follow-up, which then keeps its distance.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hyp

import suivi_templates as st
from planner_contexts import make_context
from suivi_templates import cli, schedule
from suivi_templates.business_days import business_days_between, is_business_day

THU = date(2026, 11, 19)  # the interview, a Thursday
ANALYSIS = "lui transmettre mon analyse du processus de recouvrement"
REFERENCES = "lui envoyer les coordonnées de mes références"


def promise(text: str = ANALYSIS, **fields: Any) -> dict[str, Any]:
    return {
        "promise": text,
        **{k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()},
    }


def kinds(p: st.FollowUpPlan) -> list[tuple[str, date]]:
    return [(s.kind, s.on) for s in p.steps]


# --- The step ---------------------------------------------------------------------------


def test_a_dated_promise_is_a_step_of_its_own_before_the_reminder() -> None:
    context = make_context(
        decision_by=date(2026, 12, 4), commitments=[promise(due=date(2026, 11, 26))]
    )
    p = st.plan(context, today=THU)

    assert kinds(p) == [
        ("thank_you", date(2026, 11, 20)),
        ("commitment", date(2026, 11, 26)),
        ("reminder", date(2026, 12, 7)),
        ("phone_call", date(2026, 12, 14)),
    ]
    step = p.steps[1]
    assert (step.channel, step.not_before, step.status, step.rules) == (
        "email",
        None,
        "planned",
        ("R3",),
    )
    assert step.promises == (ANALYSIS,)
    assert step.draft_kinds == ("commitment",)
    (message,) = step.render(p.context_on(step, context))
    assert message.kind == "commitment"
    assert "vous trouverez ci-joint" in message.body or "je vous transmets ci-joint" in message.body
    assert "où en est" not in message.body  # it keeps a promise, it does not follow up
    assert step.note.startswith("Envoi promis par courriel le jeudi 26\u00a0novembre 2026\u00a0:")
    assert f"«\u00a0{ANALYSIS}\u00a0»" in step.note
    assert "done = true" in step.note
    # The thank-you announces the promise; no step recalls it a second time.
    assert "R3" not in p.steps[0].rules
    assert "R3" not in p.steps[2].rules


def test_a_promise_due_on_a_weekend_is_sent_the_business_day_before() -> None:
    context = make_context(commitments=[promise(due=date(2026, 11, 28))])  # a Saturday
    step = st.plan(context, today=THU).steps[1]

    assert (step.kind, step.on, step.rule_date) == (
        "commitment",
        date(2026, 11, 27),
        date(2026, 11, 27),
    )
    assert (
        "dernier jour ouvrable avant la date annoncée, le samedi 28\u00a0novembre 2026" in step.note
    )


@pytest.mark.parametrize(
    ("locale", "due", "expected"),
    [
        ("fr_CA", date(2026, 6, 24), date(2026, 6, 23)),  # Fête nationale du Québec
        ("fr_FR", date(2026, 7, 14), date(2026, 7, 13)),  # Fête nationale
        ("fr_FR", date(2026, 5, 25), date(2026, 5, 22)),  # lundi de Pentecôte, after a weekend
    ],
)
def test_a_promise_due_on_a_holiday_is_sent_the_business_day_before(
    locale: str, due: date, expected: date
) -> None:
    context = make_context(
        locale=locale, interview=date(2026, 5, 7), commitments=[promise(due=due)]
    )
    steps = [s for s in st.plan(context, today=date(2026, 5, 7)).steps if s.kind == "commitment"]

    assert [s.on for s in steps] == [expected]


def test_a_promise_due_after_the_reminder_pushes_it_and_the_note_says_why() -> None:
    # Without the promise: reminder on Mon 30 Nov (decision by Sat 28), call on Mon 7 Dec.
    context = make_context(
        decision_by=date(2026, 11, 28), commitments=[promise(due=date(2026, 12, 2))]
    )
    p = st.plan(context, today=THU)

    assert kinds(p) == [
        ("thank_you", date(2026, 11, 20)),
        ("commitment", date(2026, 12, 2)),
        ("reminder", date(2026, 12, 8)),
        ("phone_call", date(2026, 12, 15)),
    ]
    reminder = p.steps[2]
    assert business_days_between(date(2026, 12, 2), reminder.on, "fr_CA") >= schedule.MIN_GAP
    assert "après l'envoi promis du mercredi 2\u00a0décembre 2026" in reminder.note
    assert {"R3", "R16"} <= set(reminder.rules)


def test_a_promise_due_after_a_reminder_already_sent_comes_before_the_call() -> None:
    context = make_context(
        history=[("thank_you", date(2026, 11, 20)), ("reminder", date(2026, 12, 3))],
        commitments=[promise(due=date(2026, 12, 9))],
    )
    p = st.plan(context, today=date(2026, 12, 4))

    assert kinds(p) == [("commitment", date(2026, 12, 9)), ("phone_call", date(2026, 12, 15))]


@pytest.mark.parametrize(
    "kept",
    [
        {"done": True},
        {"attachment": "analyse-recouvrement.pdf"},
        {"link": "https://exemple.org/analyse"},
    ],
    ids=["done", "attachment", "link"],
)
def test_a_promise_kept_already_gives_no_step(kept: dict[str, Any]) -> None:
    context = make_context(commitments=[promise(due=date(2026, 11, 26), **kept)])

    assert "commitment" not in [s.kind for s in st.plan(context, today=THU).steps]


def test_a_promise_due_by_the_thank_you_goes_with_it() -> None:
    context = make_context(commitments=[promise(due=date(2026, 11, 20))])
    p = st.plan(context, today=THU)

    assert [s.kind for s in p.steps] == ["thank_you", "reminder", "phone_call"]
    assert "R3" in p.steps[0].rules
    assert "joignez-le au remerciement (champ attachment)" in p.steps[0].note
    assert f"«\u00a0{ANALYSIS}\u00a0» pour le vendredi 20\u00a0novembre 2026" in p.steps[0].note


def test_a_promise_past_its_date_is_overdue_today() -> None:
    context = make_context(
        history=[("thank_you", date(2026, 11, 20))], commitments=[promise(due=date(2026, 11, 24))]
    )
    step = st.plan(context, today=date(2026, 11, 26)).steps[0]

    assert (step.kind, step.on, step.status, step.rule_date) == (
        "commitment",
        date(2026, 11, 26),
        "overdue",
        date(2026, 11, 24),
    )
    assert "est passée\u00a0: envoyez-le dès aujourd'hui" in step.note


def test_promises_of_the_same_day_share_a_step_and_others_have_their_own() -> None:
    context = make_context(
        decision_by=date(2026, 12, 11),
        commitments=[
            promise(due=date(2026, 11, 26)),
            promise(REFERENCES, due=date(2026, 11, 26)),
            promise("lui faire parvenir un exemple de rapport", due=date(2026, 12, 3)),
        ],
    )
    steps = [s for s in st.plan(context, today=THU).steps if s.kind == "commitment"]

    assert [(s.on, s.promises) for s in steps] == [
        (date(2026, 11, 26), (ANALYSIS, REFERENCES)),
        (date(2026, 12, 3), ("lui faire parvenir un exemple de rapport",)),
    ]
    assert "tenez vos engagements" in steps[0].note
    assert " et «\u00a0lui envoyer" in steps[0].note


def test_an_undated_promise_is_still_recalled_by_the_first_step() -> None:
    context = make_context(
        history=[("thank_you", date(2026, 11, 20))],
        commitments=[promise(due=date(2026, 11, 26)), promise(REFERENCES)],
    )
    first = st.plan(context, today=THU).steps[0]

    assert first.kind == "commitment"
    assert f"Tenez aussi votre engagement (R3)\u00a0: «\u00a0{REFERENCES}\u00a0»" in first.note
    assert ANALYSIS not in first.note.split("Tenez aussi")[1]


def test_no_contact_has_no_promise_step() -> None:
    context = make_context(no_contact=True, commitments=[promise(due=date(2026, 11, 26))])

    assert st.plan(context, today=THU).steps == ()


# --- Shown everywhere a plan is shown ----------------------------------------------------


def promised_plan(locale: str = "fr_CA") -> tuple[st.InterviewContext, st.FollowUpPlan]:
    context = make_context(locale=locale, commitments=[promise(due=date(2026, 11, 26))])
    return context, st.plan(context, today=THU)


@pytest.mark.parametrize(("locale", "summary"), [("fr_CA", "par courriel"), ("fr_FR", "par mail")])
def test_the_calendar_has_an_all_day_event_for_the_promise(locale: str, summary: str) -> None:
    icalendar = pytest.importorskip("icalendar")
    context, p = promised_plan(locale)
    data = p.to_ics(context, stamp=datetime(2026, 11, 19, tzinfo=UTC))
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))

    promised = [e for e in events if str(e["summary"]).startswith("Envoi promis")]
    assert len(events) == len(p.steps)
    assert len(promised) == 1
    assert str(promised[0]["summary"]) == f"Envoi promis {summary} – Coopérative Horizon"
    assert promised[0].decoded("dtstart") == date(2026, 11, 26)
    description = str(promised[0]["description"])
    assert description.startswith(p.steps[1].note)
    assert "ci-joint mon analyse du processus de recouvrement" in description  # its draft
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_two_promises_on_two_days_are_two_calendar_events() -> None:
    icalendar = pytest.importorskip("icalendar")
    context = make_context(
        decision_by=date(2026, 12, 11),
        commitments=[promise(due=date(2026, 11, 26)), promise(REFERENCES, due=date(2026, 12, 2))],
    )
    data = st.plan(context, today=THU).to_ics(context, include_drafts=False)
    uids = [str(e["uid"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]

    assert len(uids) == 5
    assert len(set(uids)) == 5


def test_the_notebook_and_the_table_name_the_step() -> None:
    _, p = promised_plan()

    assert "Envoi promis (courriel)" in p._repr_html_()
    assert "| courriel | Envoi promis |" in p._repr_markdown_()


def test_the_data_frame_has_a_row_for_the_promise() -> None:
    pytest.importorskip("pandas")
    _, p = promised_plan()

    assert list(p.to_frame()["kind"]) == ["thank_you", "commitment", "reminder", "phone_call"]


def test_planifier_prints_the_promise_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    context, _ = promised_plan()
    path = tmp_path / "contexte.json"
    path.write_text(context.model_dump_json(), encoding="utf-8")

    assert cli.main(["planifier", "--contexte", str(path), "--aujourdhui", "2026-11-19"]) == 0
    out = capsys.readouterr().out
    assert (
        "le jeudi 26\u00a0novembre 2026 : Envoi promis (courriel) — Envoi promis par courriel"
        in out
    )


# --- Properties -------------------------------------------------------------------------


@hyp.composite
def promised_inputs(draw: hyp.DrawFn) -> tuple[st.InterviewContext, date]:
    interview = draw(hyp.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
    offsets = hyp.integers(min_value=-3, max_value=60)
    kept = hyp.sampled_from([{}, {}, {}, {"done": True}, {"attachment": "a.pdf"}])
    promises = draw(hyp.lists(hyp.tuples(offsets, kept), min_size=1, max_size=3))
    history = draw(
        hyp.lists(
            hyp.tuples(hyp.sampled_from(["thank_you", "reminder"]), hyp.integers(1, 30)),
            max_size=1,
        )
    )
    decision = draw(hyp.none() | hyp.integers(min_value=0, max_value=40))
    context = make_context(
        locale=draw(hyp.sampled_from(["fr_CA", "fr_FR"])),
        interview=interview,
        decision_by=None if decision is None else interview + timedelta(days=decision),
        channel=draw(hyp.sampled_from(["email", "phone"])),
        short_process=draw(hyp.booleans()),
        history=[(kind, interview + timedelta(days=d)) for kind, d in history],
        commitments=[
            promise(f"lui envoyer le document numéro {i}", due=interview + timedelta(days=d), **k)
            for i, (d, k) in enumerate(promises)
        ],
    )
    return context, interview + timedelta(days=draw(hyp.integers(min_value=-5, max_value=70)))


PROPERTIES = settings(max_examples=300, deadline=None)


@PROPERTIES
@given(promised_inputs())
def test_property_a_promise_step_is_a_business_day_by_its_date_unless_late(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    for step in st.plan(context, today=today).steps:
        if step.kind != "commitment":
            continue
        assert is_business_day(step.on, context.locale)
        assert step.on >= today
        assert step.on > context.interview.date
        dues = [c.due for c in context.commitments if c.promise in step.promises and c.due]
        if step.status != "overdue":  # by its date, or the first day after the interview
            assert step.on <= max(dues) or step.on == schedule.thank_you_window(context)[0]


@PROPERTIES
@given(promised_inputs())
def test_property_a_promise_step_is_never_after_the_follow_up_it_precedes(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    steps = st.plan(context, today=today).steps
    promised = [s for s in steps if s.kind == "commitment"]
    follow_ups = [s for s in steps if s.kind in ("reminder", "phone_call")]
    if promised and follow_ups:
        last_promise, next_follow_up = promised[-1].on, follow_ups[0].on
        assert last_promise < next_follow_up
        gap = business_days_between(last_promise, next_follow_up, context.locale)
        assert gap >= schedule.MIN_GAP


@PROPERTIES
@given(promised_inputs())
def test_property_each_open_dated_promise_is_planned_once_and_kept_ones_never(
    inputs: tuple[st.InterviewContext, date],
) -> None:
    context, today = inputs
    p = st.plan(context, today=today)
    planned = [text for s in p.steps if s.kind == "commitment" for text in s.promises]
    to_send = [c.promise for c in schedule.promises_to_send(context)]
    with_thank_you = (
        [c.promise for c in schedule.promises_to_send(context) if c.promise in p.steps[0].note]
        if p.steps and p.steps[0].kind == "thank_you"
        else []
    )
    assert sorted(planned + with_thank_you) == sorted(to_send)
    kept = {c.promise for c in context.commitments} - set(to_send)
    assert not kept & set(planned)


@pytest.mark.parametrize(
    ("history", "reason"),
    [
        (
            [("thank_you", date(2026, 11, 20)), ("reply_received", date(2026, 11, 24))],
            "reply_received",
        ),
        (
            [
                ("thank_you", date(2026, 11, 20)),
                ("reminder", date(2026, 12, 3)),
                ("phone_call", date(2026, 12, 10)),
            ],
            "limit_reached",
        ),
    ],
)
def test_a_stop_still_recalls_a_promise_owed(history: list[tuple[str, date]], reason: str) -> None:
    context = make_context(history=history, commitments=[promise(due=date(2026, 12, 18))])
    stopped = st.plan(context, today=date(2026, 12, 11)).stopped

    assert stopped is not None
    assert stopped.reason == reason
    assert stopped.rules[0] == "R3"
    assert stopped.note.endswith(
        f"Envoyez tout de même ce que vous avez promis (R3)\u00a0: «\u00a0{ANALYSIS}\u00a0» "
        "d'ici le vendredi 18\u00a0décembre 2026."
    )


def test_when_the_thank_you_is_folded_the_promise_message_thanks() -> None:
    # Two weeks after the interview, nothing sent: too late for a thank-you on its own.
    context = make_context(commitments=[promise(due=date(2026, 11, 26))])
    p = st.plan(context, today=date(2026, 12, 3))

    assert [s.kind for s in p.steps] == ["commitment", "reminder", "phone_call"]
    assert "remerciez en une phrase au début de ce message" in p.steps[0].note
    assert "R7" in p.steps[0].rules
    assert "remerciez" not in p.steps[1].note


# --- Drafts from the plan ---------------------------------------------------------------


def test_the_reminder_drafted_from_the_plan_does_not_send_the_promise_again() -> None:
    context = make_context(
        decision_by=date(2026, 11, 28), commitments=[promise(due=date(2026, 11, 26))]
    )
    p = st.plan(context, today=THU)
    drafts = {draft.kind: draft for draft in p.render(context)}

    assert "mon analyse du processus de recouvrement" in drafts["thank_you"].body  # announced
    # Sent on its own step, on time: the reminder neither attaches it again nor claims it
    # sent (« Comme convenu, je vous ai fait parvenir… » read as a claim to check, pair reads
    # 46-48); it offers to go through it, dated (« J'espère que… vous a été utile » read as a
    # formula in its turn, reads 307 to 313).
    # (« Je commenterai volontiers avec vous… » read stiff, read 340: it is recalled.)
    assert (
        "Je vous ai fait parvenir le 26\u00a0novembre mon analyse du processus de recouvrement."
        in drafts["reminder"].body
    )
    assert "utile" not in drafts["reminder"].body
    assert "Comme convenu" not in drafts["reminder"].body
    assert "ci-joint" not in drafts["reminder"].body
    assert "retard" not in drafts["reminder"].body
    # Rendered alone, without the plan, the reminder still keeps the open promise (R3).
    alone = st.render("reminder", context, sent_on=p.steps[2].on)
    assert "mon analyse du processus de recouvrement" in alone.body


def test_context_on_marks_only_promises_sent_before_the_step() -> None:
    context = make_context(
        decision_by=date(2026, 12, 11),
        commitments=[
            promise(due=date(2026, 11, 26)),
            promise(REFERENCES, due=date(2026, 12, 2)),
            promise("lui envoyer mon portfolio"),
        ],
    )
    p = st.plan(context, today=THU)
    first, second = (s for s in p.steps if s.kind == "commitment")

    assert p.context_on(first, context) is context
    done = {c.promise: c.done for c in p.context_on(second, context).commitments}
    assert done == {ANALYSIS: True, REFERENCES: False, "lui envoyer mon portfolio": False}
    reminder = next(s for s in p.steps if s.kind == "reminder")
    assert [c.done for c in p.context_on(reminder, context).commitments] == [True, True, False]


def test_the_calendar_reminder_has_the_same_draft_as_the_plan() -> None:
    icalendar = pytest.importorskip("icalendar")
    context = make_context(
        decision_by=date(2026, 11, 28), commitments=[promise(due=date(2026, 11, 26))]
    )
    p = st.plan(context, today=THU)
    data = p.to_ics(context, stamp=datetime(2026, 11, 19, tzinfo=UTC))
    events = {
        str(e["summary"]).split(" – ")[0]: e
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    }

    reminder = str(events["Relance par courriel"]["description"])
    assert "parvenir le 26\u00a0novembre mon analyse du processus de recouvrement" in reminder
    assert "ci-joint" not in reminder
    assert reminder.count("Camille Roy") == 1  # the reminder draft is there, signed


def test_a_hostile_promise_is_shown_as_text() -> None:
    context = make_context(
        commitments=[
            promise("lui envoyer <script>alert(1)</script> mon | tableau", due=date(2026, 11, 26))
        ]
    )
    p = st.plan(context, today=THU)

    assert "<script>" not in p._repr_html_()
    assert "&lt;script&gt;" in p._repr_html_()
    assert "mon \\| tableau" in p._repr_markdown_()  # a table cell is not cut


def test_the_call_after_a_reminder_does_not_send_again_what_it_sent() -> None:
    """The reminder attached the analysis still owed; the call after it neither promises to
    send it « aujourd’hui même » nor recalls it (read 129: « du remplissage »). Drafted
    alone, with no reminder in the history, the call sends it (read 76: « avec mon message
    de relance » was jargon)."""
    context = make_context(decision_by=date(2026, 11, 28), commitments=[promise()])
    p = st.plan(context, today=THU)
    drafts = {draft.kind: draft for draft in p.render(context)}
    assert "aujourd’hui même" not in drafts["phone_script"].body
    assert "mon analyse" not in drafts["phone_script"].body
    call = next(step for step in p.steps if "phone_script" in step.draft_kinds)
    alone = st.render("phone_script", context, sent_on=call.on).body
    assert "aujourd’hui même, mon analyse du processus de recouvrement" in alone
    assert "mon courriel de suivi" not in alone
    assert "message de relance" not in alone
