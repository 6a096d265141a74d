"""Sanity checks of the labelled corpus in tests/corpus/ (the data, not the checks it measures)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from suivi_templates.models import InterviewContext

CORPUS = Path(__file__).parent / "corpus"
KINDS = {"thank_you", "reminder", "phone_script", "voicemail"}
EMAIL_KINDS = {"thank_you", "reminder"}
SPOKEN_KINDS = {"phone_script", "voicemail"}
ALLOWED_LABELS = ([], ["generic"], ["pushy"], ["generic", "pushy"])
KEYS = {"id", "context", "kind", "labels", "subject", "text", "why"}
KIND_CODES = {"thank_you": "ty", "reminder": "re", "phone_script": "ph", "voicemail": "vm"}
LOCALE_CODES = {"fr_CA": "ca", "fr_FR": "fr"}


def _load_contexts() -> dict[str, Any]:
    data = json.loads((CORPUS / "contexts.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _load_drafts() -> list[dict[str, Any]]:
    drafts = []
    lines = (CORPUS / "drafts.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        assert line.strip(), f"drafts.jsonl line {number} is blank"
        drafts.append(json.loads(line))
    return drafts


CONTEXTS = _load_contexts()
DRAFTS = _load_drafts()


def _locale(draft: dict[str, Any]) -> str:
    return str(CONTEXTS[draft["context"]]["locale"])


def _label(draft: dict[str, Any]) -> str:
    return "+".join(draft["labels"]) or "ok"


@pytest.mark.parametrize("name", sorted(CONTEXTS))
def test_context_is_valid(name: str) -> None:
    ctx = InterviewContext.model_validate(CONTEXTS[name])
    assert ctx.topics or ctx.commitments, "a corpus context needs something specific to quote"


def test_contexts_are_varied() -> None:
    contexts = [InterviewContext.model_validate(data) for data in CONTEXTS.values()]
    assert len(contexts) >= 12
    assert {c.locale for c in contexts} == {"fr_CA", "fr_FR"}
    assert {c.candidate.gender for c in contexts} == {"f", "m", "n"}
    assert {c.interviewer.civility for c in contexts} == {"Madame", "Monsieur", None}
    assert {c.company.article for c in contexts} >= {None, "le", "la", "les"}
    assert {c.next_steps.decision_by is None for c in contexts} == {True, False}
    assert {com.done for c in contexts for com in c.commitments} == {True, False}
    assert any(c.debrief.highlights for c in contexts)
    assert any(c.company.facts for c in contexts)


def test_draft_records_are_well_formed() -> None:
    ids = Counter(draft.get("id") for draft in DRAFTS)
    assert [i for i, n in ids.items() if n > 1] == []
    for draft in DRAFTS:
        ident = draft.get("id")
        assert set(draft) == KEYS, ident
        assert draft["context"] in CONTEXTS, ident
        assert draft["kind"] in KINDS, ident
        assert draft["labels"] in ALLOWED_LABELS, ident
        prefix = f"{LOCALE_CODES[_locale(draft)]}-{KIND_CODES[draft['kind']]}-"
        assert ident.startswith(prefix), ident
        for field in ("text", "why"):
            assert isinstance(draft[field], str), ident
            assert draft[field].strip(), ident
        if draft["kind"] in SPOKEN_KINDS:
            assert draft["subject"] is None, ident
        else:
            assert isinstance(draft["subject"], str), ident
            assert draft["subject"].strip(), ident


def test_draft_lengths_are_realistic() -> None:
    for draft in DRAFTS:
        words = len(draft["text"].split())
        if draft["kind"] in EMAIL_KINDS:
            assert 50 <= words <= 200, (draft["id"], words)
        else:
            assert 25 <= words <= 150, (draft["id"], words)


def test_apostrophes_are_not_mixed_within_a_draft() -> None:
    for draft in DRAFTS:
        text = f"{draft['subject'] or ''} {draft['text']}"
        assert not ("'" in text and "\u2019" in text), draft["id"]


def test_counts_meet_the_minimums() -> None:
    total = len(DRAFTS)
    assert total >= 160

    per_locale = Counter(_locale(d) for d in DRAFTS)
    assert per_locale["fr_CA"] >= 0.4 * total
    assert per_locale["fr_FR"] >= 0.4 * total

    per_kind = Counter(d["kind"] for d in DRAFTS)
    assert per_kind["phone_script"] + per_kind["voicemail"] >= 15
    assert per_kind["thank_you"] + per_kind["reminder"] >= 0.6 * total
    for locale in LOCALE_CODES:
        kinds = {d["kind"] for d in DRAFTS if _locale(d) == locale}
        assert kinds == KINDS, locale

    ok = sum(1 for d in DRAFTS if not d["labels"])
    generic = sum(1 for d in DRAFTS if "generic" in d["labels"])
    pushy = sum(1 for d in DRAFTS if "pushy" in d["labels"])
    both = sum(1 for d in DRAFTS if d["labels"] == ["generic", "pushy"])
    assert 0.35 * total <= ok <= 0.5 * total
    assert 0.25 * total <= generic <= 0.35 * total
    assert 0.25 * total <= pushy <= 0.35 * total
    assert both >= 2

    per_locale_label = Counter((_locale(d), _label(d)) for d in DRAFTS)
    for locale in LOCALE_CODES:
        for label in ("ok", "generic", "pushy", "generic+pushy"):
            assert per_locale_label[(locale, label)] >= 2, (locale, label)


def test_every_context_is_used_with_each_label() -> None:
    used = {(d["context"], _label(d)) for d in DRAFTS}
    for name in CONTEXTS:
        for label in ("ok", "generic", "pushy"):
            assert (name, label) in used, (name, label)
