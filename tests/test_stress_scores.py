"""Regression guard on tests/stress9: one veiled pushy device per passage, or none.

The set was written blind and measured once before any change (23 of 60 pushy passages
found, 6 false alarms in 60: see docs/verifications.md); its misses were then fixed by
class, so these bars guard against **regressions on data the rules were tuned on**, not
generalisation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from suivi_templates import check

ITEMS = [
    json.loads(line)
    for line in (Path(__file__).parent / "stress9" / "items.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def _pushy(text: str, *, tone: bool = True) -> bool:
    config = None if tone else {"pushy.tone": "off"}
    return any(f.family == "pushy" for f in check(text, kind="reminder", config=config).errors)


def test_the_tuned_stress_set_keeps_its_pushy_recall() -> None:
    found = [item["id"] for item in ITEMS if item["label"] == "pushy" and _pushy(item["text"])]
    assert len(found) >= 57


@pytest.mark.parametrize("item", [i for i in ITEMS if i["label"] == "ok"], ids=lambda i: i["id"])
def test_harmless_passages_of_the_stress_set_stay_quiet(item: dict[str, str]) -> None:
    """The phrase rules, each with its harmless senses, stay quiet on every one."""
    assert not _pushy(item["text"], tone=False), item["why"]


def test_the_tone_model_misreads_few_harmless_passages() -> None:
    """The tone model (trained on whole drafts, this set included) misreads two passages of
    60, both disclosing another offer while saying it changes nothing (three before blind13
    joined its training data). A bar against regressions, not a figure of how it carries to
    new text (docs/verifications.md)."""
    misread = [i["id"] for i in ITEMS if i["label"] == "ok" and _pushy(i["text"])]
    assert len(misread) <= 2, misread
