"""The context model: the JSON contract of design.md and clear validation errors."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from suivi_templates import EXAMPLE_CONTEXT, EXAMPLES, InterviewContext


def _with(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE_CONTEXT)
    *parents, leaf = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[leaf] = value
    return data


def _error_for(data: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        InterviewContext.model_validate(data)
    first = caught.value.errors()[0]
    return ".".join(str(part) for part in first["loc"]), first["msg"]


def test_design_example_validates_with_every_contract_field() -> None:
    ctx = InterviewContext.model_validate(EXAMPLE_CONTEXT)
    assert ctx.candidate.name == "Camille Roy"
    assert ctx.interviewer.civility == "Madame"
    assert ctx.topics[0].subject == "la migration du système comptable vers SAP"
    assert ctx.commitments[0].done is False
    assert ctx.next_steps.decision_by is not None
    assert ctx.history[0].kind == "thank_you"


@pytest.mark.parametrize("locale", sorted(EXAMPLES))
def test_json_round_trip_keeps_everything(locale: str) -> None:
    ctx = InterviewContext.model_validate(EXAMPLES[locale])
    again = InterviewContext.model_validate_json(ctx.model_dump_json())
    assert again == ctx


def test_json_schema_describes_fields_for_forms() -> None:
    schema = InterviewContext.model_json_schema()
    assert set(schema["required"]) >= {"locale", "candidate", "interviewer", "company", "role"}
    candidate = schema["$defs"]["Candidate"]["properties"]
    assert candidate["gender"]["enum"] == ["f", "m", "n"]
    assert "intéressée" in candidate["gender"]["description"]
    json.dumps(schema)


@pytest.mark.parametrize(
    ("path", "value", "expected_field", "expected_words"),
    [
        ("candidate.name", "", "candidate.name", "at least 1"),
        ("candidate.name", "   ", "candidate.name", "at least 1"),
        ("interviewer.name", "Julie\nTremblay", "interviewer.name", "une seule ligne"),
        ("role.title", "analyste\r\nfinancière", "role.title", "une seule ligne"),
        ("topics.0.subject", "la migration\u2028SAP", "topics.0.subject", "une seule ligne"),
        ("company.name", "x" * 500, "company.name", "at most 160"),
        ("locale", "fr_BE", "locale", "'fr_CA' or 'fr_FR'"),
        ("candidate.gender", "x", "candidate.gender", "'f', 'm' or 'n'"),
        ("interviewer.civility", "Mademoiselle", "interviewer.civility", "'Madame'"),
        ("candidate.email", "camille.roy", "candidate.email", "adresse courriel"),
        ("candidate.phone", "appelez-moi", "candidate.phone", "numéro de téléphone"),
        ("interview.mode", "carrier pigeon", "interview.mode", "'in_person'"),
        ("next_steps.channel", "fax", "next_steps.channel", "'email' or 'phone'"),
    ],
)
def test_invalid_field_names_the_field_and_what_is_expected(
    path: str, value: Any, expected_field: str, expected_words: str
) -> None:
    field, message = _error_for(_with(path, value))
    assert field == expected_field
    assert expected_words in message


def test_decision_date_before_interview_is_refused_with_both_dates() -> None:
    _, message = _error_for(_with("next_steps.decision_by", "2026-11-01"))
    assert "next_steps.decision_by (2026-11-01)" in message
    assert "2026-11-19" in message


def test_history_before_interview_is_refused_naming_the_entry() -> None:
    _, message = _error_for(_with("history.0.on", "2026-11-18"))
    assert "history[0].on (2026-11-18)" in message


def test_unknown_field_is_refused_rather_than_ignored() -> None:
    field, message = _error_for(_with("candidate.genre", "f"))
    assert field == "candidate.genre"
    assert "Extra inputs" in message


def test_too_many_topics_is_refused() -> None:
    data = _with("topics", [{"subject": f"le sujet {i}"} for i in range(11)])
    field, _ = _error_for(data)
    assert field == "topics"


def test_names_are_tidied_and_surname_is_the_last_word() -> None:
    ctx = InterviewContext.model_validate(_with("interviewer.name", "  Marie-Ève \t Côté "))
    assert ctx.interviewer.name == "Marie-Ève Côté"
    assert ctx.interviewer.surname == "Côté"


def test_open_commitments_are_the_ones_not_done() -> None:
    data = _with(
        "commitments",
        [{"promise": "envoyer A", "done": True}, {"promise": "envoyer B", "done": False}],
    )
    ctx = InterviewContext.model_validate(data)
    assert [c.promise for c in ctx.open_commitments] == ["envoyer B"]


@pytest.mark.parametrize(
    "subject",
    # « comment ? » alone crashed the drafts (IndexError), then said « sur le comment ».
    ["\x1f", "\x1c\x1d", "j’ai parlé de mes stages", "Je pense que oui", "comment ?", "Pourquoi"],
)
def test_a_topic_that_is_not_a_subject_is_refused_in_french(subject: str) -> None:
    data = dict(EXAMPLE_CONTEXT, topics=[{"subject": subject}])
    with pytest.raises(ValidationError) as caught:
        InterviewContext.model_validate(data)
    assert caught.value.errors()[0]["loc"][:2] == ("topics", 0)


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"interview": {"date": "9999-12-30"}}, "interview"),
        ({"interview": {"date": "0001-01-01"}}, "interview"),
        ({"next_steps": {"decision_by": "2300-01-01"}}, "next_steps"),
        ({"candidate": {**EXAMPLE_CONTEXT["candidate"], "name": "Camille\x00Roy"}}, "candidate"),
        ({"role": {"title": "analyste\x1bfinancière"}}, "role"),
    ],
)
def test_dates_past_the_calendar_and_control_characters_are_refused(
    patch: dict[str, Any], field: str
) -> None:
    """Python callers get the same French refusal as the CLI: no OverflowError later."""
    with pytest.raises(ValidationError) as caught:
        InterviewContext.model_validate(EXAMPLE_CONTEXT | patch)
    assert caught.value.errors()[0]["loc"][0] == field


@pytest.mark.parametrize(
    ("typed", "kept"), [("l’", "l'"), ("L'", "l'"), (" La ", "la"), ("les", "les")]
)
def test_an_article_typed_on_a_phone_is_the_article(typed: str, kept: str) -> None:
    """fresh36: a phone types « l’ » with a curly apostrophe, and « La » capitalised."""
    context = InterviewContext.model_validate(_with("company.article", typed))
    assert context.company.article == kept


def test_an_article_that_is_none_of_them_is_refused() -> None:
    where, _message = _error_for(_with("company.article", "du"))
    assert where == "company.article"


@pytest.mark.parametrize("typed", ["Mme Roy", "M. Jean Roy", "Monsieur Roy"])
def test_the_candidate_signs_without_a_civility(typed: str) -> None:
    """fresh37 and fresh38: the docs said « Mme Bernard » was for the person met only, and
    nothing refused it for the candidate, whose name signs every draft."""
    data = copy.deepcopy(EXAMPLES["fr_CA"])
    data["candidate"]["name"] = typed
    with pytest.raises(ValidationError, match="sans civilité"):
        InterviewContext.model_validate(data)


def test_a_validated_context_is_taken_as_it_is_and_a_copy_is_validated_again() -> None:
    from suivi_templates import render
    from suivi_templates.models import as_context

    context = InterviewContext.model_validate(EXAMPLE_CONTEXT)
    assert as_context(context) is context
    # model_copy and model_construct skip validation: what they build is read again.
    smuggled = context.candidate.model_construct(name="Camille Roy\nBcc: tous@example.org")
    copied = context.model_copy(update={"candidate": smuggled})
    with pytest.raises(ValidationError, match=r"candidate\.name"):
        render("thank_you", copied)
    with pytest.raises(ValidationError, match="précède"):
        as_context(
            context.model_copy(
                update={
                    "next_steps": context.next_steps.model_copy(
                        update={"decision_by": date(2020, 1, 1)}
                    )
                }
            )
        )
