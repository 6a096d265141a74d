"""Contexts for the planner, timing-check and calendar tests (one place, small and explicit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from suivi_templates import EXAMPLE_CONTEXT, InterviewContext


def make_context(
    *,
    locale: str = "fr_CA",
    interview: date = date(2026, 11, 19),  # a Thursday
    decision_by: date | None = None,
    channel: str = "email",
    no_contact: bool = False,
    short_process: bool = False,
    history: Sequence[tuple[Any, ...]] = (),
    commitments: bool | Sequence[Mapping[str, Any]] = False,
    impressions: str | None = None,
) -> InterviewContext:
    """The design's example context with the planner's inputs replaced.

    ``commitments``: True keeps the example's promise, False drops it, a list replaces it.
    """
    data: dict[str, Any] = dict(EXAMPLE_CONTEXT)
    data.update(
        locale=locale,
        interview={"date": interview.isoformat(), "mode": "in_person"},
        next_steps={
            "decision_by": decision_by.isoformat() if decision_by else None,
            "channel": channel,
            "no_contact": no_contact,
            "short_process": short_process,
        },
        history=[
            {"kind": entry[0], "on": entry[1].isoformat(), "channel": (entry[2:] or ("email",))[0]}
            for entry in history
        ],
    )
    if impressions is not None:
        data["debrief"] = {**data.get("debrief", {}), "impressions": impressions}
    if not isinstance(commitments, bool):
        data["commitments"] = [dict(commitment) for commitment in commitments]
    elif not commitments:
        data["commitments"] = []
    return InterviewContext.model_validate(data)
