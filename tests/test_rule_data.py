"""Every rule written as data (checks/rules/) proves itself with its own examples.

Like LanguageTool's ``<example>`` elements: each example that must fire fires under the
rule's check, each one that must stay quiet does, and each pattern alternative has an
example that fires through it alone (deleting that alternative silences the example), so
no phrase of the tables is dead weight that no test would miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import suivi_templates as st
from suivi_templates.checks import check, checks, ruledata
from suivi_templates.checks.ruledata import RULES_DIR, DataRule, load_family
from suivi_templates.checks.text import fold

FAMILIES = sorted({path.stem for path in RULES_DIR.glob("*/*.toml")})
LOCALES = ("fr_CA", "fr_FR")
RULES = {
    (locale, rule.id): rule
    for family in FAMILIES
    for locale in LOCALES
    for rule in load_family(family, locale)
}
ALLOWED_KEYS = {
    "id",
    "check",
    "level",
    "rules",
    "message",
    "suggestion",
    "patterns",
    "antipatterns",
    "fires",
    "quiet",
    "kinds",
}


def _check(rule: DataRule, text: str) -> frozenset[str]:
    """The codes found in ``text`` as the rule sees it: its first kind, its locale's context."""
    context = None
    if rule.locale is not None:
        context = st.InterviewContext.model_validate(st.EXAMPLES[rule.locale])
    return check(text, context, kind=(*rule.kinds, "reminder")[0]).codes


def _examples(kind: str) -> list[tuple[tuple[str, str], str]]:
    return [
        (key, text)
        for key, rule in RULES.items()
        for text in (rule.fires if kind == "fires" else rule.quiet)
    ]


def test_there_are_rules_and_each_has_examples_of_both_kinds() -> None:
    assert FAMILIES
    assert len(RULES) >= 2 * 9
    for rule in RULES.values():
        assert rule.fires, rule.id
        assert rule.quiet, rule.id


@pytest.mark.parametrize(("key", "text"), _examples("fires"), ids=repr)
def test_every_example_that_must_fire_fires(key: tuple[str, str], text: str) -> None:
    rule_id = key[1]
    rule = RULES[key]
    assert any(rule.matches(fold(text))), (rule_id, text)
    codes = _check(rule, text)
    assert rule.check in codes, (rule_id, text, codes)


@pytest.mark.parametrize(("key", "text"), _examples("quiet"), ids=repr)
def test_every_example_that_must_stay_quiet_stays_quiet(key: tuple[str, str], text: str) -> None:
    # Judged on the whole check: some quiet senses are told apart by the check's own logic
    # (« pas encore de nouvelles, ce qui est bien normal »), not by the rule's patterns.
    rule = RULES[key]
    assert rule.check not in _check(rule, text), (key, text)


@pytest.mark.parametrize("key", sorted(RULES), ids=repr)
def test_every_pattern_alternative_has_an_example_that_fires_through_it_alone(
    key: tuple[str, str],
) -> None:
    rule = RULES[key]
    for index, pattern in enumerate(rule.patterns):
        weaker = rule.without(index)
        alone = [
            text
            for text in rule.fires
            if any(rule.matches(fold(text))) and not any(weaker.matches(fold(text)))
        ]
        assert alone, f"{rule.id}: aucun exemple ne dépend du motif {pattern!r}"


@pytest.mark.parametrize("key", sorted(RULES), ids=repr)
def test_every_antipattern_excuses_one_quiet_example(key: tuple[str, str]) -> None:
    rule = RULES[key]
    for pattern in rule.antipatterns:
        bare = DataRule(**{**rule.__dict__, "antipatterns": ()})
        excused = [t for t in rule.quiet if any(bare.matches(fold(t)))]
        assert excused, f"{rule.id}: aucun exemple « quiet » n'a besoin de {pattern!r}"


def test_rules_report_under_registered_checks_with_known_keys_and_rule_refs() -> None:
    codes = {c.code: c.severity for c in checks()}
    for family in FAMILIES:
        for path in RULES_DIR.glob(f"*/{family}.toml"):
            import tomllib

            for entry in tomllib.loads(path.read_text("utf-8")).get("rule", ()):
                assert set(entry) <= ALLOWED_KEYS, (path, entry["id"])
                assert entry["check"] in codes, (path, entry["id"])
                # The level a rule declares is its check's default severity.
                assert entry.get("level", "error") == codes[entry["check"]], (path, entry["id"])
                assert entry["id"].startswith(entry["check"] + "."), (path, entry["id"])
                assert all(r.startswith("R") and 1 <= int(r[1:]) <= 23 for r in entry["rules"])


def test_a_locale_file_adds_rules_and_replaces_one_by_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr_CA").mkdir()
    rule = """
[[rule]]
id = "pushy.impatience.{name}"
check = "pushy.impatience"
rules = ["R16"]
message = "« {{extrait}} »"
suggestion = "…"
patterns = ["{pattern}"]
fires = ["x"]
quiet = ["y"]
"""
    (tmp_path / "fr" / "pushy.toml").write_text(
        rule.format(name="a", pattern="tout le monde") + rule.format(name="b", pattern="personne"),
        "utf-8",
    )
    (tmp_path / "fr_CA" / "pushy.toml").write_text(
        rule.format(name="b", pattern="pantoute") + rule.format(name="c", pattern="icitte"),
        "utf-8",
    )
    monkeypatch.setattr(ruledata, "RULES_DIR", tmp_path)
    load_family.cache_clear()
    try:
        quebec = {r.id: r.patterns for r in load_family("pushy", "fr_CA")}
        france = {r.id: r.patterns for r in load_family("pushy", "fr_FR")}
    finally:
        load_family.cache_clear()
    assert quebec == {
        "pushy.impatience.a": ("tout le monde",),
        "pushy.impatience.b": ("pantoute",),
        "pushy.impatience.c": ("icitte",),
    }
    assert france == {"pushy.impatience.a": ("tout le monde",), "pushy.impatience.b": ("personne",)}
