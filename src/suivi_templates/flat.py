"""Contexts from flat rows: a CSV line, a spreadsheet row, a pandas ``DataFrame`` row.

The columns are dotted paths into the context of ``docs/contexte.md``: ``candidate.name``,
``interviewer.civility``, ``topics.0.subject``, ``commitments.1.promise``,
``debrief.highlights.0`` (``topics[0].subject`` works too). Empty cells, ``None`` and NaN
mean "not given", so one header can serve rows with one topic and rows with three.

>>> ctx = context_from_flat({
...     "locale": "fr-CA", "candidate.name": "Camille Roy", "candidate.gender": "f",
...     "interviewer.name": "Julie Tremblay", "interviewer.civility": "Mme",
...     "company.name": "Coopérative Horizon", "role.title": "analyste financière",
...     "interview.date": "2026-11-19", "topics.0.subject": "la migration vers SAP",
...     "topics.1.subject": "", "next_steps.short_process": "oui",
... })
>>> ctx.locale, ctx.interviewer.civility, [t.subject for t in ctx.topics]
('fr_CA', 'Madame', ['la migration vers SAP'])
>>> ctx.next_steps.short_process
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, Protocol

from suivi_templates.errors import FlatKeyProblem
from suivi_templates.models import InterviewContext

__all__ = ["context_from_flat", "unflatten"]

MAX_INDEX = 99
"""A list in a context holds a handful of items: a larger index is a mistake."""

_BOOLEAN_FIELDS = frozenset({"done", "no_contact", "short_process"})
_BOOLEANS = {"oui": True, "vrai": True, "non": False, "faux": False}
_PART = re.compile(r"\[(\d+)\]")


class _Row(Protocol):
    def items(self) -> Iterable[tuple[Any, Any]]: ...


def _absent(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _parts(key: str) -> list[str | int]:
    parts: list[str | int] = []
    for part in _PART.sub(r".\1", key).split("."):
        if not part:
            raise FlatKeyProblem(key, "un segment du chemin est vide (deux points de suite ?)")
        if part.isdigit():
            if int(part) > MAX_INDEX:
                raise FlatKeyProblem(key, f"indice {part} trop grand ({MAX_INDEX} au plus)")
            parts.append(int(part))
        else:
            parts.append(part)
    return parts


def _value(parts: list[str | int], value: Any) -> Any:
    leaf = parts[-1]
    if leaf in _BOOLEAN_FIELDS and isinstance(value, str):
        return _BOOLEANS.get(value.strip().lower(), value)
    return value


def _insert(tree: dict[Any, Any], key: str, parts: list[str | int], value: Any) -> None:
    node = tree
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise FlatKeyProblem(key, f"« {part} » a déjà une valeur simple dans une autre colonne")
        node = child
    if parts[-1] in node:
        raise FlatKeyProblem(key, "deux colonnes donnent la même valeur")
    node[parts[-1]] = value


def _lists(node: Any) -> Any:
    """Turn the ``{0: …, 2: …}`` nodes into lists, in index order, gaps closed."""
    if not isinstance(node, dict):
        return node
    keys = list(node)
    if keys and all(isinstance(k, int) for k in keys):
        return [_lists(node[k]) for k in sorted(keys)]
    if any(isinstance(k, int) for k in keys):
        raise FlatKeyProblem(
            ", ".join(str(k) for k in keys), "mélange d’indices et de noms au même niveau"
        )
    return {k: _lists(v) for k, v in node.items()}


def unflatten(row: _Row) -> dict[str, Any]:
    """The nested JSON-ready data of a flat row (empty cells left out)."""
    tree: dict[Any, Any] = {}
    for key, value in row.items():
        if _absent(value):
            continue
        name = str(key).strip().lstrip("\ufeff")
        parts = _parts(name)
        _insert(tree, name, parts, _value(parts, value))
    data = _lists(tree)
    assert isinstance(data, dict)  # the top level has names: _parts never starts with an index
    return data


def context_from_flat(row: _Row) -> InterviewContext:
    """A validated context from a flat row (a dict, or anything with ``.items()``).

    Raises:
        FlatKeyProblem: a column name that is not a usable path.
        pydantic.ValidationError: the row does not make a valid context (names the field).

    """
    return InterviewContext.model_validate(unflatten(row))
