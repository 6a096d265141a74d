"""Forgiving context input: the spellings people and other apps actually send.

A context written by hand or exported from a form often says ``fr-CA``, ``Mme`` or gives
topics as plain strings. These are unambiguous, so the model accepts them as the canonical
values rather than refusing them; anything else is still validated strictly.

>>> forgive({"locale": "fr-ca", "interviewer": {"civility": "Mme"}, "topics": ["Excel"]})
{'locale': 'fr_CA', 'interviewer': {'civility': 'Madame'}, 'topics': [{'subject': 'Excel'}]}
"""

from __future__ import annotations

from typing import Any

__all__ = ["forgive"]

_LOCALES = {"fr_ca": "fr_CA", "fr_fr": "fr_FR"}
_CIVILITIES = {
    "madame": "Madame",
    "mme": "Madame",
    "mme.": "Madame",
    "monsieur": "Monsieur",
    "m.": "Monsieur",
    "m": "Monsieur",
}


def _locale(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return _LOCALES.get(value.strip().replace("-", "_").lower(), value)


def _civility(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return _CIVILITIES.get(value.strip().lower(), value)


def _listed(items: Any, key: str) -> Any:
    """Plain strings in a list of objects become ``{key: string}``."""
    if not isinstance(items, list):
        return items
    return [{key: item} if isinstance(item, str) else item for item in items]


def forgive(data: Any) -> Any:
    """``data`` with the unambiguous variants of locale, civility, topics, promises fixed."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    if "locale" in data:
        data["locale"] = _locale(data["locale"])
    interviewer = data.get("interviewer")
    if isinstance(interviewer, dict) and "civility" in interviewer:
        data["interviewer"] = interviewer | {"civility": _civility(interviewer["civility"])}
    if "topics" in data:
        data["topics"] = _listed(data["topics"], "subject")
    if "commitments" in data:
        data["commitments"] = _listed(data["commitments"], "promise")
    return data
