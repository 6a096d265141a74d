"""The anchor index skips patterns and text without changing a single match."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as hs

from suivi_templates.checks import anchors
from suivi_templates.checks.anchors import finditer_near, may_match
from suivi_templates.checks.text import fold

for module in ("generic", "pushy", "style", "insistence", "foreign_name", "ruledata"):
    importlib.import_module(f"suivi_templates.checks.{module}")
from suivi_templates.checks.ruledata import load_family  # noqa: E402

for locale in ("fr_CA", "fr_FR"):
    for rule in load_family("pushy", locale):
        _ = rule.pattern  # compile (and register) every data rule

REMEMBERED = dict(anchors._ALTERNATIVES.values())  # pattern → its alternatives
PATTERNS = sorted(REMEMBERED, key=lambda p: p.pattern)
WORDS = sorted(
    {w for p in PATTERNS for w in (anchors.anchors_of(REMEMBERED[p]) or ())}
    | set("je vous votre réponse au plus vite d'ici vendredi merci rapide ! , . x".split())
)


def test_most_phrase_patterns_have_anchors() -> None:
    anchored = [p for p in PATTERNS if anchors.anchors_of(REMEMBERED[p])]
    assert len(anchored) >= 0.9 * len(PATTERNS)


def test_a_polite_letter_skips_most_patterns() -> None:
    letter = fold(
        "Bonjour Madame Tremblay, merci pour notre échange de mardi sur la migration vers "
        "SAP. Vous trouverez ci-joint mon analyse du recouvrement. Au plaisir, Camille Roy"
    )
    skipped = [p for p in PATTERNS if not may_match(p, letter)]
    assert len(skipped) >= len(PATTERNS) // 2


@settings(max_examples=150, deadline=None)
@given(hs.lists(hs.sampled_from(WORDS), max_size=2000), hs.sampled_from(PATTERNS))
def test_searching_near_anchors_finds_exactly_the_matches_of_a_full_pass(
    words: list[str], pattern: object
) -> None:
    assert hasattr(pattern, "finditer")
    text = fold(" ".join(words))  # past 5,000 characters, the windows are used
    near = [m.span() for m in finditer_near(pattern, text)]  # type: ignore[arg-type]
    full = [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]
    assert near == full
