"""The registry of checks and the engine that runs them.

The registry is explicit and immutable: a read-only mapping from code to
:class:`~suivi_templates.checks.base.Check`, built by concatenating the families
(``GENERIC_CHECKS + PUSHY_CHECKS + STYLE_CHECKS + TIMING_CHECKS``). No function registers
itself; adding a check means adding it to its family's tuple. The families compile a few
hundred regular expressions, so the registry is built on first use, not at
``import suivi_templates``.

The engine runs every check that ``config`` does not switch off, on the body and on the
subject line, turns hits into :class:`~suivi_templates.checks.report.Finding` values, drops
the accepted ones, and sorts the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Literal, cast

from suivi_templates.checks.base import MAX_FINDINGS_PER_CHECK, Check, Hit, Target
from suivi_templates.checks.report import SUBJECT_LEAD, CheckReport, Finding, Part, Severity
from suivi_templates.checks.text import compose, uncompose_span
from suivi_templates.errors import CheckConfigError, UnknownCheck
from suivi_templates.models import InterviewContext

__all__ = [
    "FAMILIES",
    "MAX_FINDINGS_PER_CHECK",
    "Level",
    "registry",
    "run",
    "run_many",
]

Level = Literal["off", "warning", "error"]
"""What ``config`` may set a code or a family to."""

FAMILIES: tuple[str, ...] = ("generic", "pushy", "style", "timing")


def _build(checks: Iterable[Check]) -> Mapping[str, Check]:
    table: dict[str, Check] = {}
    for item in checks:
        family, dot, name = item.code.partition(".")
        if family not in FAMILIES or not dot or not name:
            raise ValueError(f"code de vérification mal formé : {item.code!r}")
        if item.code in table:
            raise ValueError(f"code de vérification en double : {item.code!r}")
        table[item.code] = item
    return MappingProxyType(table)


@cache
def registry() -> Mapping[str, Check]:
    """Every check, by code, in family order. Read-only; built once, on first use."""
    from suivi_templates.checks.generic import GENERIC_CHECKS
    from suivi_templates.checks.pushy import PUSHY_CHECKS
    from suivi_templates.checks.style import STYLE_CHECKS
    from suivi_templates.checks.timing import TIMING_CHECKS

    return _build(GENERIC_CHECKS + PUSHY_CHECKS + STYLE_CHECKS + TIMING_CHECKS)


_LEVELS = ("off", "warning", "error")


def _known() -> tuple[str, ...]:
    return (*FAMILIES, *registry())


def resolve(config: Mapping[str, str] | None) -> dict[str, Severity | None]:
    """The severity of every code under ``config`` (None: switched off).

    A family key (``"pushy"``) applies to every code of the family; a code key wins over
    its family's, whatever the order of the mapping.
    """
    try:
        key = tuple(config.items()) if config else ()
        # ``render`` passes the same config for every draft: resolved once, copied each time.
        return dict(_resolved(key))
    except TypeError:  # an unhashable key or level: resolved (and refused) without the cache
        return _resolve(config)


@lru_cache(maxsize=64)
def _resolved(config: tuple[tuple[str, str], ...]) -> dict[str, Severity | None]:
    return _resolve(dict(config))


def _resolve(config: Mapping[str, str] | None) -> dict[str, Severity | None]:
    levels: dict[str, Severity | None] = {code: c.severity for code, c in registry().items()}
    if not config:
        return levels
    for key, level in config.items():
        if key not in FAMILIES and key not in registry():
            raise UnknownCheck(str(key), _known())
        if level not in _LEVELS:
            raise CheckConfigError(
                f"Niveau inconnu pour {key!r} : {level!r}. "
                "Utilisez « off », « warning » ou « error ».",
                value=level,
            )
    ordered = sorted(config.items(), key=lambda pair: pair[0] in registry())
    for key, level in ordered:
        value = None if level == "off" else cast(Severity, level)
        for code, item in registry().items():
            if code == key or item.family == key:
                levels[code] = value
    return levels


def _accepted_fingerprints(accept: Iterable[Finding | str]) -> frozenset[str]:
    prints: set[str] = set()
    for value in accept:
        if isinstance(value, Finding):
            prints.add(value.fingerprint)
        elif isinstance(value, str):
            code = value.partition(":")[0]
            if code not in registry():
                raise UnknownCheck(code, tuple(registry()))
            prints.add(value)
        else:
            raise CheckConfigError(
                "accept attend des constats (Finding) ou leurs empreintes (str, "
                f"p. ex. « pushy.pressure:au plus vite »), pas {type(value).__name__}.",
                value=value,
            )
    return frozenset(prints)


def _sort_key(finding: Finding) -> tuple[int, int, int, int, str]:
    if finding.span is None:
        return (finding.where != "subject", 1, 0, 0, finding.code)
    return (finding.where != "subject", 0, finding.span[0], finding.span[1], finding.code)


def _findings(
    item: Check,
    severity: Severity,
    hits: Iterable[Hit],
    text: str,
    part: Part,
    origin: list[int] | None,
) -> list[Finding]:
    found: list[Finding] = []
    for hit in hits:
        span = hit.span
        if span is not None:
            start, end = uncompose_span(span, origin)
            start = min(max(start, 0), len(text))
            span = (start, min(max(end, start), len(text)))
        message = hit.message if part == "body" else f"{SUBJECT_LEAD}{hit.message}"
        found.append(
            Finding(
                code=item.code,
                severity=severity,
                message=message,
                span=span,
                suggestion=hit.suggestion,
                where=part,
                excerpt=text[span[0] : span[1]][:300] if span else "",
            )
        )
    return found


def _without_redundant(findings: list[Finding]) -> list[Finding]:
    """Drop a fallback check's findings where another check of its family has spoken."""
    checks = registry()
    spoken = {(f.family, f.where) for f in findings if not checks[f.code].fallback}
    return [f for f in findings if not (checks[f.code].fallback and (f.family, f.where) in spoken)]


def _locate(findings: list[Finding], body: str, subject: str | None) -> list[Finding]:
    """Number the occurrences of equal excerpts and compute line and column of each span."""
    findings.sort(key=_sort_key)
    seen: Counter[str] = Counter()
    located: list[Finding] = []
    for finding in findings:
        seen[finding.fingerprint] += 1
        update: dict[str, object] = {"occurrence": seen[finding.fingerprint]}
        if finding.span is not None:
            text = body if finding.where == "body" else (subject or "")
            start = finding.span[0]
            line = text.count("\n", 0, start) + 1
            update["line"] = line
            update["column"] = start - (text.rfind("\n", 0, start) + 1) + 1
        located.append(finding.model_copy(update=update))
    return located


def run(
    text: str,
    context: InterviewContext | None = None,
    *,
    kind: str | None = None,
    subject: str | None = None,
    today: date | None = None,
    config: Mapping[str, str] | None = None,
    accept: Iterable[Finding | str] = (),
    extra: Sequence[tuple[Check, Hit]] = (),
) -> CheckReport:
    """Run every enabled check on ``text`` (and ``subject``); see :func:`suivi_templates.check`."""
    levels = resolve(config)
    prints = _accepted_fingerprints(accept)
    body_text, body_origin = compose(text)
    enabled = frozenset(code for code, level in levels.items() if level is not None)
    body = Target(
        text=body_text, context=context, kind=kind, subject=subject, today=today, enabled=enabled
    )
    parts: list[tuple[Target, str, Part, list[int] | None]] = [(body, text, "body", body_origin)]
    if subject:
        subject_text, subject_origin = compose(subject)
        parts.append((body.subject_line(subject_text), subject, "subject", subject_origin))
    findings: list[Finding] = []
    for code, item in registry().items():
        severity = levels[code]
        if severity is None:
            continue
        for target, original, part, origin in parts:
            findings.extend(_findings(item, severity, target.hits(item), original, part, origin))
    for item, hit in extra:
        severity = levels[item.code]
        if severity is not None:
            findings.extend(_findings(item, severity, [hit], text, "body", body_origin))
    located = _locate(_without_redundant(findings), text, subject)
    kept = tuple(f for f in located if f.fingerprint not in prints)
    dropped = tuple(f for f in located if f.fingerprint in prints)
    return CheckReport(text=text, subject=subject, findings=kept, accepted=dropped)


def run_many(
    items: Sequence[tuple[str, InterviewContext | None]],
    *,
    kind: str | None = None,
    today: date | None = None,
    config: Mapping[str, str] | None = None,
    accept: Iterable[Finding | str] = (),
) -> tuple[CheckReport, ...]:
    """Check each text alone, then run the batch checks over all of them together."""
    levels = resolve(config)
    accept = tuple(accept)
    targets = [Target(text=compose(t)[0], context=c, kind=kind, today=today) for t, c in items]
    extra: list[list[tuple[Check, Hit]]] = [[] for _ in items]
    for code, item in registry().items():
        if item.batch is None or levels[code] is None:
            continue
        for index, hit in item.batch(targets):
            if 0 <= index < len(items):
                extra[index].append((item, hit))
    return tuple(
        run(text, context, kind=kind, today=today, config=config, accept=accept, extra=extra[i])
        for i, (text, context) in enumerate(items)
    )
