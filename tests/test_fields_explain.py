"""``fields.explain``: any invalid data gets French sentences naming the field, never English."""

from __future__ import annotations

import copy
from typing import Any

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as s

import suivi_templates as st
from suivi_templates.fields import context_fields, explain, explain_by_field

# pydantic's own English wording, which must never reach a person.
ENGLISH = ("Input should", "Field required", "Extra inputs", "Value error", "should have")

PATHS = [field.path.replace("[]", ".0") for field in context_fields()]
JSON = s.recursive(
    s.none() | s.booleans() | s.integers() | s.floats(allow_nan=False) | s.text(max_size=30),
    lambda inner: (
        s.lists(inner, max_size=3) | s.dictionaries(s.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def replaced(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(st.EXAMPLES["fr_CA"])
    data.setdefault("commitments", [{"promise": "lui écrire"}])
    data.setdefault("history", [{"kind": "thank_you", "on": "2026-11-20"}])
    *parents, leaf = path.split(".")
    target: Any = data
    for part in parents:
        if part.isdigit():
            target = target[int(part)] if len(target) > int(part) else target[-1]
        else:
            target = target.setdefault(part, {})
    target[leaf] = value
    return data


@settings(max_examples=300)
@given(path=s.sampled_from(PATHS), value=JSON)
def test_any_bad_value_is_explained_in_french(path: str, value: Any):
    try:
        st.InterviewContext.model_validate(replaced(path, value))
    except pydantic.ValidationError as error:
        for line in explain(error):
            assert " : " in line
            for english in ENGLISH:
                assert english not in line, line


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("\ud800", "Unicode"),
        ("x" * 500, "caractères au plus"),
        (["liste"], "texte entre guillemets"),
    ],
)
def test_string_problems_are_translated(value: Any, expected: str):
    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(replaced("candidate.name", value))

    assert expected in explain(caught.value)[0]


def test_a_long_input_is_quoted_short():
    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(replaced("candidate.gender", "x" * 10_000))

    assert len(explain(caught.value)[0]) < 200


def test_explain_by_field_uses_the_paths_of_a_flat_form():
    with pytest.raises(pydantic.ValidationError) as caught:
        st.InterviewContext.model_validate(replaced("topics.0.subject", ""))

    assert list(explain_by_field(caught.value)) == ["topics.0.subject"]
