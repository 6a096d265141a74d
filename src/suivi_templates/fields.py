"""The context's fields, described in French, and French explanations of invalid contexts.

:func:`context_fields` walks :class:`~suivi_templates.models.InterviewContext` and yields
each field with its path, type and description (the model's ``Field(description=…)``):
``docs/contexte.md`` is generated from it. :func:`explain` turns a pydantic
``ValidationError`` into one French sentence per problem, naming the field path and what
to change, for an app or the command line to show to a person.

>>> import pydantic
>>> from suivi_templates import InterviewContext, EXAMPLE_CONTEXT
>>> data = EXAMPLE_CONTEXT | {"candidate": EXAMPLE_CONTEXT["candidate"] | {"gender": "x"}}
>>> try:
...     InterviewContext.model_validate(data)
... except pydantic.ValidationError as error:
...     print(*explain(error))
candidate.gender : valeur non permise ('x') ; utilisez 'f', 'm' ou 'n'.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from suivi_templates.models import InterviewContext

__all__ = ["FieldDoc", "context_fields", "explain", "fields_markdown"]


@dataclass(frozen=True)
class FieldDoc:
    """One field of the context: where it is, what it holds, what it means."""

    path: str
    type: str
    required: bool
    default: str | None
    description: str


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(arguments[0])
    if origin is Literal:
        return _french_list([f"« {value} »" for value in arguments])
    if origin in (typing.Union, types.UnionType):
        items = []
        for argument in arguments:
            if argument is type(None):
                items.append("null")
            elif typing.get_origin(argument) is Literal:
                items.extend(f"« {value} »" for value in typing.get_args(argument))
            else:
                items.append(_type_name(argument))
        return _french_list(items)
    if origin is list:
        inner = _type_name(arguments[0])
        return "liste d’objets" if inner == "objet" else f"liste de {inner}s"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "objet"
    return {str: "texte", bool: "booléen", date: "date AAAA-MM-JJ"}.get(
        annotation, getattr(annotation, "__name__", str(annotation))
    )


def _french_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " ou " + items[-1]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, directly or as the items of a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        model = _model_in(argument)
        if model is not None:
            return model
    return None


def context_fields(
    model: type[BaseModel] = InterviewContext, prefix: str = ""
) -> Iterator[FieldDoc]:
    """Every field of the context, depth first, with its JSON path (``topics[].subject``)."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        default = None
        if not info.is_required():
            value = info.get_default(call_default_factory=True)
            default = "{}" if isinstance(value, BaseModel) else json.dumps(value)
        yield FieldDoc(
            path=path,
            type=_type_name(info.annotation),
            required=info.is_required(),
            default=default,
            description=info.description or "",
        )
        inner = _model_in(info.annotation)
        if inner is not None:
            is_list = typing.get_origin(info.annotation) is list
            yield from context_fields(inner, f"{path}[]." if is_list else f"{path}.")


def fields_markdown() -> str:
    """The table of ``docs/contexte.md``: one row per field."""
    rows = ["| champ | type | obligatoire | sens |", "|---|---|---|---|"]
    for field in context_fields():
        needed = "oui" if field.required else f"non (défaut : `{field.default}`)"
        description = field.description.replace("|", "\\|")
        rows.append(f"| `{field.path}` | {field.type} | {needed} | {description} |")
    return "\n".join(rows)


def _path(location: Sequence[int | str]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "contexte"


def _french_or(text: str) -> str:
    return text.replace(" or ", " ou ")


def _reason(error: ErrorDetails) -> str:
    kind, context = error["type"], error.get("ctx", {})
    given = error.get("input")
    reasons = {
        "missing": "champ obligatoire manquant ; ajoutez-le",
        "extra_forbidden": "champ inconnu ; retirez-le ou corrigez son nom "
        "(la liste des champs est dans docs/contexte.md)",
        "literal_error": f"valeur non permise ({given!r}) ; utilisez "
        f"{_french_or(str(context.get('expected', '')))}",
        "string_too_short": "ne doit pas être vide ; écrivez une valeur ou retirez le champ",
        "string_too_long": f"trop long : {context.get('max_length')} caractères au plus",
        "too_long": f"trop d’éléments : {context.get('max_length')} au plus",
        "string_type": "doit être un texte entre guillemets",
        "bool_type": "doit valoir true ou false",
        "bool_parsing": "doit valoir true ou false",
        "list_type": "doit être une liste [ … ]",
        "model_type": "doit être un objet { … }",
        "dict_type": "doit être un objet { … }",
        "model_attributes_type": "doit être un objet { … }",
    }
    if kind in reasons:
        return reasons[kind]
    if kind.startswith("date"):
        return f"date invalide ({given!r}) ; écrivez-la AAAA-MM-JJ, p. ex. 2026-11-19"
    if kind in {"value_error", "assertion_error"}:
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return str(error["msg"])


def explain(error: ValidationError) -> list[str]:
    """One French sentence per problem: the field path, what is wrong, what to change."""
    return [f"{_path(detail['loc'])} : {_reason(detail)}." for detail in error.errors()]
