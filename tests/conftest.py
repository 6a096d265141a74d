"""Shared fixtures: the bundled examples and a factory of varied, valid contexts."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from suivi_templates import EXAMPLES, InterviewContext

ContextFactory = Callable[..., InterviewContext]


def build_context(locale: str = "fr_CA", **changes: Any) -> InterviewContext:
    """The bundled example of ``locale``, with dotted-path changes (``candidate__gender="m"``)."""
    data = copy.deepcopy(EXAMPLES[locale])
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = data
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return InterviewContext.model_validate(data)


@pytest.fixture(params=sorted(EXAMPLES))
def example(request: pytest.FixtureRequest) -> InterviewContext:
    """Each bundled example context, one per locale."""
    return InterviewContext.model_validate(EXAMPLES[request.param])


@pytest.fixture
def make_context() -> ContextFactory:
    """A factory of contexts derived from the bundled examples."""
    return build_context
