from __future__ import annotations

import itertools
import json
import pickle
from typing import Any

import pytest
from pydantic import ValidationError

import suivi_templates as st
from conftest import ContextFactory
from suivi_templates import rendering
from suivi_templates.batch import Outcome, render_chunk, render_many
from suivi_templates.checks import CheckReport, Finding


def _batch(make_context: ContextFactory) -> list[Any]:
    """Contexts of every accepted form, with two whose data cannot make a draft."""
    genders = itertools.cycle("fmn")
    contexts: list[Any] = []
    for index, locale in enumerate(["fr_CA", "fr_FR"] * 6):
        ctx = make_context(locale, candidate__gender=next(genders), role__title=f"poste {index}")
        contexts.append([ctx, ctx.model_dump(mode="json"), ctx.model_dump_json()][index % 3])
    contexts.insert(4, dict(st.EXAMPLE_CONTEXT, locale="fr_BE"))  # invalid data
    contexts.insert(9, dict(st.EXAMPLE_CONTEXT, topics=[]))  # a field the kind needs
    return contexts


def _summary(outcomes: list[Outcome]) -> list[Any]:
    return [o.draft if o.ok else type(o.error).__name__ for o in outcomes]


def test_outcomes_follow_the_input_order_and_keep_the_errors(
    make_context: ContextFactory,
) -> None:
    contexts = _batch(make_context)
    outcomes = list(render_many(contexts, "thank_you"))
    assert len(outcomes) == len(contexts)
    assert [o.ok for o in outcomes].count(False) == 2
    assert isinstance(outcomes[4].error, ValidationError)
    assert isinstance(outcomes[9].error, st.MissingContext)
    assert outcomes[9].error.field == "topics"
    for item, outcome in zip(contexts, outcomes, strict=True):
        if outcome.ok:
            assert outcome.unwrap() == st.render("thank_you", _validated(item))
            assert outcome.draft is not None
            assert outcome.error is None
        else:
            assert outcome.draft is None
            with pytest.raises(type(outcome.error)):
                outcome.unwrap()


def _validated(item: Any) -> st.InterviewContext:
    if isinstance(item, st.InterviewContext):
        return item
    if isinstance(item, str):
        return st.InterviewContext.model_validate_json(item)
    return st.InterviewContext.model_validate(item)


def test_a_process_pool_gives_the_same_outcomes_in_the_same_order(
    make_context: ContextFactory,
) -> None:
    contexts = _batch(make_context)
    alone = list(render_many(contexts, "reminder"))
    pooled = list(render_many(contexts, "reminder", workers=2, chunksize=3))
    assert _summary(pooled) == _summary(alone)
    rejected = pooled[9].error
    assert isinstance(rejected, st.MissingContext)
    assert rejected.field == "topics"


def test_a_rejected_draft_is_an_outcome_with_its_report(
    make_context: ContextFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pushy(text: str, *args: Any, **kwargs: Any) -> CheckReport:
        finding = Finding(code="pushy.test", severity="error", message="Trop insistant.")
        return CheckReport(text=text, findings=(finding,))

    monkeypatch.setattr(rendering, "check", pushy)
    (outcome,) = render_many([make_context()], "thank_you")
    assert isinstance(outcome.error, st.DraftRejected)
    assert outcome.error.report.findings[0].code == "pushy.test"


@pytest.mark.parametrize("workers", [None, 2])
def test_errors_that_hit_every_context_stop_the_batch_and_say_where(
    make_context: ContextFactory, workers: int | None
) -> None:
    contexts = [make_context(), make_context("fr_FR")]
    with pytest.raises(st.UnknownKind) as caught:
        list(render_many(contexts, "merci", workers=workers))
    assert caught.value.kind == "merci"
    assert any("n° 0" in note for note in caught.value.__notes__)


def test_batches_are_lazy_and_can_be_left_early(make_context: ContextFactory) -> None:
    pair = [make_context(), make_context("fr_FR")]
    alone = list(itertools.islice(render_many(itertools.cycle(pair), "voicemail"), 5))
    pooled = render_many(itertools.cycle(pair), "voicemail", workers=2, chunksize=2)
    first = list(itertools.islice(pooled, 5))
    pooled.close()  # shuts the pool down although the input never ends
    assert [o.draft for o in first] == [o.draft for o in alone]


@pytest.mark.parametrize(("option", "value"), [("workers", 0), ("chunksize", 0)])
def test_sizes_below_one_are_refused_at_the_call(option: str, value: int) -> None:
    with pytest.raises(ValueError, match=option):
        render_many([], "thank_you", **{option: value})


def test_an_empty_batch_yields_nothing() -> None:
    assert list(render_many([], "thank_you", workers=2)) == []


def test_what_crosses_processes_pickles(make_context: ContextFactory) -> None:
    ctx = make_context("fr_FR", candidate__gender="n")
    draft = st.render("thank_you", ctx)
    finding = Finding(
        code="generic.test", severity="warning", message="Générique.", span=(0, 4), suggestion="X"
    )
    report = CheckReport(text=draft.body, findings=(finding,))
    for value in (ctx, draft, report, finding, Outcome(draft=draft)):
        assert pickle.loads(pickle.dumps(value)) == value


def test_errors_pickle_with_their_values_and_notes() -> None:
    report = CheckReport(
        text="x", findings=(Finding(code="pushy.test", severity="error", message="Non."),)
    )
    errors: list[st.SuiviError] = [
        st.DraftRejected(report),
        st.MissingContext("candidate.phone", "pour le message vocal"),
        st.UnknownKind("merci", st.KINDS),
        st.TemplateProblem("boum", template="fr_CA/x.j2", line=3, path="/tmp/x.j2"),
    ]
    for error in errors:
        error.add_note("au contexte n° 7")
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__ == error.__dict__
    with pytest.raises(ValidationError) as caught:
        st.InterviewContext.model_validate({"locale": "fr_BE"})
    copy = pickle.loads(pickle.dumps(Outcome(error=caught.value)))
    assert isinstance(copy.error, ValidationError)
    assert copy.error.errors() == caught.value.errors()


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_maps_the_same_pure_function_over_partitions(
    make_context: ContextFactory, scheduler: str
) -> None:
    db = pytest.importorskip("dask.bag")
    contexts = [
        make_context(locale, candidate__gender=gender).model_dump_json()
        for locale, gender in itertools.product(["fr_CA", "fr_FR"], "fmn")
    ]
    contexts.append(json.dumps(dict(st.EXAMPLE_CONTEXT, topics=[])))
    bag = db.from_sequence(contexts, npartitions=3)
    outcomes = bag.map_partitions(render_chunk, "thank_you").compute(scheduler=scheduler)
    assert _summary(outcomes) == _summary(list(render_many(contexts, "thank_you")))
    assert _summary(outcomes)[-1] == "MissingContext"
