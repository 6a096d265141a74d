"""Regression guard: scores on the labelled corpora the rules were tuned on.

These tests guard against **regressions on data the rules were tuned on**; they say
nothing of how the checks generalise. ``tests/corpus/`` is the project's corpus.
``tests/heldout/``, ``tests/blind3/`` and ``tests/blind4/`` were written blind by other
hands and first measured how the checks generalise (see their READMEs, which keep those
first-contact figures); phrases were then added from their misses, so they are tuning data
now. Only a corpus never shown to the code measures generalisation.

Generic precision in fr_FR has a lower bar on them: a pushy reminder that recalls nothing of
the interview is reported as generic too (R14 asks a reminder for a new useful element),
while these authors labelled such drafts pushy alone (six drafts; a seventh of the same
shape is labelled both). One blind4 draft pastes another role after « comme », which the
checks do not read as a role (too many « comme promis »), hence its recall bar.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "corpus_scores.py"


def _score(corpus: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_scores", SCRIPT)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_scores"] = module
    spec.loader.exec_module(module)
    return module.score(corpus)


TESTS = Path(__file__).resolve().parent
SCORES = {name: _score(TESTS / name) for name in ("corpus", "heldout", "blind3", "blind4")}
LOWER_BARS = {
    ("heldout", "generic", "fr_FR"): 0.90,
    ("blind3", "generic", "fr_FR"): 0.88,
    ("blind3", "generic", "all"): 0.93,
    ("blind4", "generic", "fr_FR"): 0.84,
    ("blind4", "generic", "all"): 0.90,
}
LOWER_RECALL = {("blind4", "generic", "fr_CA"): 0.92, ("blind4", "generic", "all"): 0.95}


@pytest.mark.parametrize(
    ("corpus", "key"),
    [(name, key) for name, scores in SCORES.items() for key in sorted(scores)],
)
def test_no_regression_on_tuning_corpora_precision_and_recall(
    corpus: str, key: tuple[str, str]
) -> None:
    """Not a generalisation measure: these drafts shaped the rules (see module doc)."""
    entry = SCORES[corpus][key]
    assert entry.precision >= LOWER_BARS.get((corpus, *key), 0.95), (key, entry.misses)
    assert entry.recall >= LOWER_RECALL.get((corpus, *key), 0.95), (key, entry.misses)


# Misses (false alarms + misses) per corpus and family when the check engine v2 landed:
# a regression guard on tuning data, so any new miss fails, even within the bars above.
MISSES_AT_MOST = {
    ("corpus", "generic"): 0,
    ("corpus", "pushy"): 0,
    ("heldout", "generic"): 1,
    ("heldout", "pushy"): 0,
    ("blind3", "generic"): 2,
    ("blind3", "pushy"): 0,
    ("blind4", "generic"): 3,
    ("blind4", "pushy"): 0,
}


@pytest.mark.parametrize(("corpus", "family"), sorted(MISSES_AT_MOST))
def test_no_regression_on_tuning_corpora_misses_never_grow(corpus: str, family: str) -> None:
    """Not a generalisation measure: these drafts shaped the rules (see module doc)."""
    entry = SCORES[corpus][(family, "all")]
    assert entry.fp + entry.fn <= MISSES_AT_MOST[(corpus, family)], entry.misses


# blind5 and blind6 were written blind and measured once at first contact; they shaped no
# rule. Their misses at that measure (docs/verifications.md) are a ceiling, so that a
# change tuned elsewhere cannot quietly make the engine worse on text nobody here wrote.
FIRST_CONTACT = {name: _score(TESTS / name) for name in ("blind5", "blind6")}
FIRST_CONTACT_MISSES = {
    ("blind5", "generic"): 12,
    ("blind5", "pushy"): 14,
    ("blind6", "generic"): 10,
    ("blind6", "pushy"): 9,
}


@pytest.mark.parametrize(("corpus", "family"), sorted(FIRST_CONTACT_MISSES))
def test_untuned_blind_corpora_do_not_get_worse(corpus: str, family: str) -> None:
    entry = FIRST_CONTACT[corpus][(family, "all")]
    assert entry.fp + entry.fn <= FIRST_CONTACT_MISSES[(corpus, family)], entry.misses
