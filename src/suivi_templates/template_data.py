"""What a template sees of a context: plain, read-only data, never the pydantic models.

A pydantic model carries public methods (``parse_raw``, ``parse_file``, ``model_validate``…)
that read files or unpickle bytes; a template that reached one could run any code. Templates
therefore receive :class:`Record` objects: each model field and each public property of the
model (``interviewer.surname``, ``ctx.open_commitments``) becomes an attribute holding a
string, a number, a date, ``None``, a list or another record — and nothing callable.

>>> from suivi_templates import InterviewContext, EXAMPLE_CONTEXT
>>> data = plain(InterviewContext.model_validate(EXAMPLE_CONTEXT))
>>> data.interviewer.surname, data.topics[0].subject[:12]
('Tremblay', 'la migration')
>>> hasattr(data.candidate, "parse_raw")
False
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from functools import cache
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

__all__ = ["Record", "missing_field", "plain"]

_SCALARS = (str, int, float, bool, date, datetime, time, type(None))
_EXACT_SCALARS = frozenset(_SCALARS)
"""The scalar types themselves: most values of a context are one, told by a set lookup."""


class Record:
    """Named values, read-only, read as attributes or items (``r.name``, ``r["name"]``)."""

    __slots__ = ("_kind", "_values")

    _kind: str
    _values: Mapping[str, Any]

    def __init__(self, kind: str, values: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_values", MappingProxyType(dict(values)))

    @classmethod
    def _owning(cls, kind: str, values: dict[str, Any]) -> Record:
        """A record over ``values``, a dict nobody else holds (not copied again)."""
        record = object.__new__(cls)
        object.__setattr__(record, "_kind", kind)
        object.__setattr__(record, "_values", MappingProxyType(values))
        return record

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(missing_field(self, name)) from None

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{self._kind} est en lecture seule")

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __contains__(self, name: object) -> bool:
        return name in self._values

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._kind)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._values.items())
        return f"{self._kind}({fields})"


def missing_field(record: Record, name: str) -> str:
    """Say, in French, that ``record`` has no field ``name``, and which fields it has."""
    return f"{record._kind} n’a pas de champ {name!r} ; ses champs : {', '.join(record)}"


@cache
def _public_properties(model: type[BaseModel]) -> tuple[str, ...]:
    """The public properties a model defines itself (not pydantic's own)."""
    names = []
    for klass in model.__mro__:
        if klass is BaseModel:
            break
        for name, member in vars(klass).items():
            if not name.startswith("_") and isinstance(member, property) and name not in names:
                names.append(name)
    return tuple(names)


@cache
def _names(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields and public properties of a model, in order: what its record holds."""
    return (*model.model_fields, *_public_properties(model))


@cache
def _model_names(kind: type) -> tuple[str, ...] | None:
    """:func:`_names` of a model class, None for any other type (told once per type)."""
    return _names(kind) if issubclass(kind, BaseModel) else None


def plain(value: Any) -> Any:
    """``value`` as template data: models become records, sequences lists, the rest stays."""
    kind: type = type(value)
    if kind in _EXACT_SCALARS:
        return value
    names = _model_names(kind)
    if names is not None:
        # Most fields are scalars: kept as they are without a call each.
        return Record._owning(
            kind.__name__,
            {
                name: item if type(item) in _EXACT_SCALARS else plain(item)
                for name in names
                for item in (getattr(value, name),)
            },
        )
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return Record("dict", {str(key): plain(item) for key, item in value.items()})
    # Another value type (a URL, an enum…): the template sees its text, not its methods.
    return str(value)
