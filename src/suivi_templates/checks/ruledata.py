"""Phrase rules written as data: ``checks/rules/*.toml``, layered per locale.

A rule file holds ``[[rule]]`` tables. Each rule has an ``id``, the ``check`` code it
reports under (``pushy.impatience``…), the ``rules`` it applies (R1–R23), a French
``message`` (``{extrait}`` is replaced by the words found) and ``suggestion``, the
``kinds`` of draft it applies to (all when absent), the
``patterns`` that fire, the ``antipatterns`` that excuse a match they overlap (the harmless
senses), and the examples that must fire (``fires``) and must stay quiet (``quiet``). A
copywriter adds a phrase or an exception by editing the file; ``tests/test_rule_data.py``
runs every example and checks that each pattern has an example of its own.

Patterns are written in plain French, lower case, accents allowed (they are folded away),
one space between words (it matches any spaces, apostrophes or hyphens). They are regular
expressions otherwise: ``(?:a|b)`` for alternatives, ``s?`` for an optional letter;
``{mot}`` is any one word (a context word, masked with « # », included) and ``{name}`` a
fragment of the file's ``[fragments]`` table.

Layers: ``rules/fr/<family>.toml`` applies to every draft; ``rules/fr_CA/<family>.toml``
and ``rules/fr_FR/<family>.toml``, when they exist, add rules (or, with an existing ``id``,
replace one) for that locale only.

>>> rule = rules_of("pushy.impatience", "fr_CA")[0]
>>> rule.check, rule.rules
('pushy.impatience', ('R16',))
>>> [m.group() for m in rule.matches("le delai me semble long, mais ma patience est grande")]
['delai me semble long']
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from suivi_templates.checks.anchors import finditer_near, may_match
from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.text import MASK, WORD, fold, phrases

__all__ = ["RULES_DIR", "DataRule", "data_hit", "data_matches", "load_family", "rules_of"]

RULES_DIR = Path(__file__).resolve().parent / "rules"
_BASE = "fr"
_SCAN_LIMIT = 200
"""At most this many raw matches of one rule are examined (linear time on any input)."""
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class DataRule:
    """One rule of a rule file, its patterns compiled."""

    id: str
    check: str
    level: str
    rules: tuple[str, ...]
    message: str
    suggestion: str
    patterns: tuple[str, ...]
    """Each alternative, as written (placeholders expanded, accents folded)."""
    antipatterns: tuple[str, ...]
    fires: tuple[str, ...]
    quiet: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    """The kinds of draft the rule applies to (all when empty): « phone_script »…"""
    locale: str | None = None
    """The locale whose file holds the rule (None: the shared French file)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """Every alternative in one pattern, as whole words."""
        return _compiled(self.patterns)

    def matches(self, folded: str) -> Iterator[re.Match[str]]:
        """The matches of the rule in a folded (or masked) text, antipatterns excused."""
        if not self.patterns or not may_match(self.pattern, folded):
            return
        excused = _spans(_compiled(self.antipatterns), folded) if self.antipatterns else []
        for count, match in enumerate(finditer_near(self.pattern, folded)):
            if count >= _SCAN_LIMIT:
                return
            start, end = match.span()
            if not any(a < end and start < b for a, b in excused):
                yield match

    def without(self, index: int) -> DataRule:
        """The same rule without its pattern number ``index`` (for the tests)."""
        kept = self.patterns[:index] + self.patterns[index + 1 :]
        return DataRule(**{**self.__dict__, "patterns": kept})


@cache
def _compiled(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    return phrases(*alternatives)


def _spans(pattern: re.Pattern[str], folded: str) -> list[tuple[int, int]]:
    # The matches of a full pass, found near the phrases' words: a full pass read every
    # word of a long text (~45 ms a MB for the harmless phrases of pushy.pressure).
    matches = finditer_near(pattern, folded)
    return [m.span() for _, m in zip(range(_SCAN_LIMIT), matches, strict=False)]


def _plain(pattern: str, fragments: dict[str, str]) -> str:
    """Expand ``{mot}`` and the file's fragments, fold accents (never ASCII: ``\\W`` stays)."""

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "mot":
            # A context word is masked with « # » but is still a word: « j'ai avisé
            # ###### ########## de mon départ » (the current employer, in the context).
            return f"(?:{WORD}|{MASK}){{1,25}}"
        if name not in fragments:
            raise ValueError(f"fragment inconnu : {{{name}}} dans {pattern!r}")
        return fragments[name]

    folded = "".join(fold(c) if ord(c) > 127 else c for c in pattern)
    return _PLACEHOLDER.sub(expand, folded)


def _rule(data: dict[str, Any], fragments: dict[str, str], locale: str | None) -> DataRule:
    return DataRule(
        id=data["id"],
        check=data["check"],
        level=data.get("level", "error"),
        rules=tuple(data.get("rules", ())),
        message=data["message"],
        suggestion=data["suggestion"],
        patterns=tuple(_plain(p, fragments) for p in data["patterns"]),
        antipatterns=tuple(_plain(p, fragments) for p in data.get("antipatterns", ())),
        fires=tuple(data.get("fires", ())),
        quiet=tuple(data.get("quiet", ())),
        kinds=tuple(data.get("kinds", ())),
        locale=locale,
    )


def _read(path: Path, locale: str | None) -> list[DataRule]:
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text("utf-8"))
    fragments: dict[str, str] = {}
    for name, value in data.get("fragments", {}).items():
        fragments[name] = _plain(value, fragments)
    return [_rule(entry, fragments, locale) for entry in data.get("rule", ())]


@cache
def load_family(family: str, locale: str | None) -> tuple[DataRule, ...]:
    """The rules of ``family`` for ``locale``: the shared French file, then the locale's."""
    rules = {rule.id: rule for rule in _read(RULES_DIR / _BASE / f"{family}.toml", None)}
    if locale is not None:
        layer = _read(RULES_DIR / locale / f"{family}.toml", locale)
        rules.update((rule.id, rule) for rule in layer)
    return tuple(rules.values())


def rules_of(check: str, locale: str | None) -> tuple[DataRule, ...]:
    """The data rules that report under ``check`` (a dotted code) for ``locale``."""
    family = check.partition(".")[0]
    return tuple(rule for rule in load_family(family, locale) if rule.check == check)


def data_matches(
    check: str, target: Target, *, masked: bool = True
) -> Iterator[tuple[DataRule, re.Match[str]]]:
    """Where the data rules of ``check`` fire in the masked (or folded) text, leftmost first.

    The rules of a check are searched in one pass, as one alternation (the first rule that
    matches where it does is the one that fired): matches never overlap, as when the table
    was one pattern.
    Rules for some kinds only form a pass of their own (« je vous ai appelée ce matin » in
    a voicemail may overlap the others).
    """
    text = target.masked if masked else target.folded
    found: list[tuple[DataRule, re.Match[str]]] = []
    for rules, union in _passes(check, target.locale, target.kind):
        found.extend(_one_pass(rules, union, text))
    found.sort(key=lambda pair: pair[1].span())
    yield from found


@cache
def _passes(
    check: str, locale: str | None, kind: str | None
) -> tuple[tuple[tuple[DataRule, ...], re.Pattern[str]], ...]:
    """The passes of ``check`` for a locale and kind: its rules, grouped by ``kinds``."""
    groups: dict[tuple[str, ...], list[DataRule]] = {}
    for rule in rules_of(check, locale):
        if rule.patterns and (not rule.kinds or kind in rule.kinds):
            groups.setdefault(rule.kinds, []).append(rule)
    return tuple((tuple(rules), _union(tuple(rules))) for rules in groups.values())


def _one_pass(
    rules: tuple[DataRule, ...], union: re.Pattern[str], text: str
) -> Iterator[tuple[DataRule, re.Match[str]]]:
    excused: dict[int, list[tuple[int, int]]] = {}
    for count, found in enumerate(finditer_near(union, text)):
        if count >= _SCAN_LIMIT:
            return
        number, match = _which(rules, found)
        rule = rules[number]
        if rule.antipatterns and number not in excused:
            excused[number] = _spans(_compiled(rule.antipatterns), text)
        start, end = match.span()
        if not any(a < end and start < b for a, b in excused.get(number, ())):
            yield rule, match


def _which(rules: tuple[DataRule, ...], found: re.Match[str]) -> tuple[int, re.Match[str]]:
    """The rule that fired, and its own match: the first rule that matches where ``found`` does.

    The union tries the rules' alternatives in order, as the rules do one after the other:
    the first rule that matches at that place matches the same words.
    """
    text, start = found.string, found.start()
    for number, rule in enumerate(rules):
        match = rule.pattern.match(text, start, found.endpos)
        if match is not None:
            return number, match
    raise AssertionError(f"no rule matches where their union does: {found!r}")


def _union(rules: tuple[DataRule, ...]) -> re.Pattern[str]:
    """One pattern for several rules, their alternatives in order (no group: faster to try)."""
    return phrases(*(a for rule in rules for a in rule.patterns))


def excused_spans(family: str, target: Target) -> list[tuple[int, int]]:
    """The harmless phrases (antipatterns) of ``family`` that excuse a match in the text.

    « Inutile de me rappeler ce soir » holds a demand (« rappeler ce soir ») that an
    antipattern excuses: what the data calls harmless, a check that reads the whole text
    (the tone model) must not count either.
    """
    text = target.masked
    spans: list[tuple[int, int]] = []
    for rule in load_family(family, target.locale):
        if not rule.antipatterns or (rule.kinds and target.kind not in rule.kinds):
            continue
        if not rule.patterns or not may_match(rule.pattern, text):
            continue
        excused = _spans(_compiled(rule.antipatterns), text)
        for _, match in zip(range(_SCAN_LIMIT), finditer_near(rule.pattern, text), strict=False):
            start, end = match.span()
            spans.extend((a, b) for a, b in excused if a < end and start < b)
    return spans


def data_hit(rule: DataRule, match: re.Match[str], target: Target) -> Hit:
    """The finding of a data rule: its message, with the words found, and its suggestion."""
    excerpt = " ".join(target.text[match.start() : match.end()].split())
    return Hit(rule.message.replace("{extrait}", excerpt), rule.suggestion, match.span())
