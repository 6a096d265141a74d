"""The message that keeps a promise on the day the plan gives it (R3): ``commitment``."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

import grammar
import suivi_templates as st
from planner_contexts import make_context

CONTEXTS = json.loads((Path(__file__).parent / "contexts" / "contexts.json").read_text("utf-8"))
ANALYSIS = "lui transmettre mon analyse du processus de recouvrement"
PORTFOLIO = "lui envoyer mon portfolio de plans"
THU = date(2026, 11, 19)


def promise(text: str = ANALYSIS, **fields: object) -> dict[str, object]:
    return {
        "promise": text,
        **{k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()},
    }


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_it_attaches_what_was_promised_and_does_not_follow_up(locale: str) -> None:
    context = make_context(locale=locale, commitments=[promise(due=date(2026, 11, 26))])
    message = st.render("commitment", context, sent_on=date(2026, 11, 26))

    assert "ci-joint mon analyse du processus de recouvrement" in message.body
    assert message.subject.startswith("Analyse du processus de recouvrement – poste")
    assert not re.search(r"où en est|processus de sélection|décision", message.body)
    assert "excuse" not in message.body
    assert message.report.passed


def test_a_late_promise_is_sent_with_an_apology() -> None:
    context = make_context(commitments=[promise(due=date(2026, 11, 24))])
    late = st.render("commitment", context, sent_on=date(2026, 11, 27)).body
    assert "Je vous prie d’excuser ce léger retard." in late


def test_it_sends_the_promises_due_first_and_leaves_the_later_one_to_its_own_day() -> None:
    context = make_context(
        commitments=[promise(due=date(2026, 11, 26)), promise(PORTFOLIO, due=date(2026, 12, 3))]
    )
    first = st.render("commitment", context, sent_on=date(2026, 11, 26)).body
    later = st.render("commitment", context, sent_on=date(2026, 12, 3)).body
    assert "mon analyse" in first
    assert "portfolio" not in first
    assert "portfolio" in later
    assert "mon analyse" not in later


@pytest.mark.parametrize(
    "commitments",
    [
        [],
        [promise(done=True)],
        [promise("lui envoyer les coordonnées de mes références", due=date(2026, 11, 26))],
    ],
    ids=["none", "kept", "contact details"],
)
def test_nothing_to_send_is_a_missing_field_not_an_empty_message(
    commitments: list[dict[str, object]],
) -> None:
    context = make_context(commitments=commitments)
    with pytest.raises(st.MissingContext) as error:
        st.render("commitment", context)
    assert error.value.field == "commitments"


def test_the_plan_drafts_it_only_for_what_a_message_can_carry() -> None:
    attached = make_context(commitments=[promise(due=date(2026, 11, 26))])
    details = make_context(
        commitments=[
            promise("lui envoyer les coordonnées de mes références", due=date(2026, 11, 26))
        ]
    )
    step = next(s for s in st.plan(attached, today=THU).steps if s.kind == "commitment")
    no_draft = next(s for s in st.plan(details, today=THU).steps if s.kind == "commitment")
    assert step.draft_kinds == ("commitment",)
    assert no_draft.draft_kinds == ()


def _messages(locale: str) -> list[st.Draft]:
    found = []
    for data in CONTEXTS.values():
        context = st.InterviewContext.model_validate(data)
        if context.locale != locale or context.next_steps.no_contact:
            continue  # R11: nothing is sent
        try:
            found.append(st.render("commitment", context))
        except st.MissingContext:
            continue
    return found


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_grammalecte_finds_nothing_in_the_messages_of_the_realistic_contexts(locale: str) -> None:
    messages = _messages(locale)
    assert len(messages) >= 3
    allowed: set[str] = set()
    for d in messages:
        own = d.context.model_dump_json().replace("'", "’")
        allowed |= set(re.findall(r"[\w’-]+", own)) | set(re.findall(r"[\w-]+", own))
    problems = grammar.read(
        [str(d) for d in messages], locale=locale, allowed_words=allowed, repetitions=True
    )
    assert not problems, "\n".join(map(str, problems))


_DETAILS = "Mme Julie Roy, professeure à l’UQAM, 819 555-0100"


def _with_details(history: list[dict[str, str]] | None = None) -> st.InterviewContext:
    data = st.InterviewContext.model_validate(st.EXAMPLES["fr_CA"]).model_dump(mode="json")
    data["commitments"] = [
        {
            "promise": "lui transmettre les coordonnées de ma directrice de maîtrise",
            "details": _DETAILS,
        }
    ]
    data["history"] = history or []
    return st.InterviewContext.model_validate(data)


def test_details_given_in_words_keep_the_promise_at_once() -> None:
    body = st.render("thank_you", _with_details()).body
    assert f"voici les coordonnées de ma directrice de maîtrise : {_DETAILS}." in body.replace(
        "\u00a0", " "
    )
    assert "dans les prochains jours" not in body


def test_a_reminder_gives_the_details_only_when_no_thank_you_went() -> None:
    first = st.render("reminder", _with_details()).body.replace("\u00a0", " ")
    assert "Comme promis, voici les coordonnées de ma directrice de maîtrise :" in first
    assert _DETAILS in first
    sent = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]
    after = st.render("reminder", _with_details(sent)).body
    assert _DETAILS not in after


def test_a_plan_does_not_give_the_details_twice() -> None:
    ctx = _with_details()
    plan = st.plan(ctx, today=ctx.interview.date)
    assert plan.steps[0].kind == "thank_you"
    reminder = next(step for step in plan.steps if step.kind == "reminder")
    assert reminder.draft_kinds == ("reminder",)
    body = st.render("reminder", plan.context_on(reminder, ctx), sent_on=reminder.on).body
    assert _DETAILS not in body


def test_the_plan_asks_for_promised_contact_details_in_words() -> None:
    data = _with_details().model_dump(mode="json")
    del data["commitments"][0]["details"]
    ctx = st.InterviewContext.model_validate(data)
    note = st.plan(ctx, today=ctx.interview.date).steps[0].note
    assert "champ details" in note
    assert "champ details" not in st.plan(_with_details(), today=ctx.interview.date).steps[0].note
