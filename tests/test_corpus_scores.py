"""The generic and pushy checks keep precision and recall >= 0.95 on the labelled corpus."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "corpus_scores.py"


def _score():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_scores", SCRIPT)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_scores"] = module
    spec.loader.exec_module(module)
    return module.score()


SCORES = _score()


@pytest.mark.parametrize("key", sorted(SCORES))
def test_precision_and_recall(key: tuple[str, str]) -> None:
    entry = SCORES[key]
    assert entry.precision >= 0.95, (key, entry.misses)
    assert entry.recall >= 0.95, (key, entry.misses)
