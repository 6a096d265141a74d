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

__all__ = ["FieldDoc", "context_fields", "explain", "explain_by_field", "fields_markdown"]


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


def _given(value: Any) -> str:
    """A short quotation of the value given: a hostile input may be megabytes long."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _model_at(location: Sequence[int | str]) -> type[BaseModel] | None:
    """The model whose fields hold ``location``'s last part, e.g. Interviewer for its name."""
    model: type[BaseModel] | None = InterviewContext
    for part in location[:-1]:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        model = _model_in(model.model_fields[part].annotation)
    return model


def _did_you_mean(location: Sequence[int | str]) -> str:
    """« vouliez-vous dire « name » ? » for a misspelt field name, or nothing."""
    from rapidfuzz import fuzz, process  # only when a field is unknown

    model = _model_at(location)
    if model is None or not location or not isinstance(location[-1], str):
        return ""
    best = process.extractOne(
        location[-1], list(model.model_fields), scorer=fuzz.ratio, score_cutoff=60
    )
    return f" ; vouliez-vous dire « {best[0]} » ?" if best else ""


_OBJECT = "doit être un objet { … }"
_LIST = "doit être une liste [ … ]"
_NUMBER = "doit être un nombre entier, sans guillemets"
_DECIMAL = "doit être un nombre, sans guillemets"
_TEXT = "doit être un texte entre guillemets"
_URL = "n’est pas une adresse web valide (forme attendue : https://exemple.org/page)"

_REASONS = {
    "missing": "champ obligatoire manquant ; ajoutez-le",
    "string_too_short": "ne doit pas être vide ; écrivez une valeur ou retirez le champ",
    "string_type": "doit être un texte entre guillemets",
    "string_unicode": "contient des caractères qui ne sont pas du texte Unicode valide "
    "(un fichier mal encodé ?) ; réenregistrez-le en UTF-8",
    "string_sub_type": "doit être un texte entre guillemets",
    "bool_type": "doit valoir true ou false",
    "bool_parsing": "doit valoir true ou false",
    "list_type": "doit être une liste [ … ]",
    "tuple_type": "doit être une liste [ … ]",
    "model_type": "doit être un objet { … }",
    "dict_type": "doit être un objet { … }",
    "model_attributes_type": "doit être un objet { … }",
    "dataclass_type": "doit être un objet { … }",
    "none_required": "doit valoir null",
    "recursion_loop": "données qui se contiennent elles-mêmes ; donnez des valeurs simples",
    "json_invalid": "JSON invalide ; vérifiez les guillemets, virgules et accolades",
    "json_type": "doit être un texte JSON",
    "frozen_instance": "ne peut pas être modifié ; créez un nouveau contexte",
    "frozen_field": "ne peut pas être modifié ; créez un nouveau contexte",
    "string_not_ascii": "doit s’écrire sans accents ni caractères spéciaux",
    "set_type": _LIST,
    "frozen_set_type": _LIST,
    "iterable_type": _LIST,
    "iteration_error": "n’a pas pu être lu comme une liste",
    "mapping_type": _OBJECT,
    "invalid_key": "clé invalide : les noms de champs sont des textes",
    "int_type": _NUMBER,
    "int_parsing": _NUMBER,
    "int_from_float": "doit être un nombre entier, sans décimales",
    "int_parsing_size": "nombre trop grand",
    "float_type": _DECIMAL,
    "float_parsing": _DECIMAL,
    "decimal_type": _DECIMAL,
    "decimal_parsing": _DECIMAL,
    "finite_number": "doit être un nombre fini",
    "bytes_type": _TEXT,
    "bytes_invalid_encoding": "contient des octets qui ne sont pas du texte UTF-8",
    "recursion_depth_exceeded": "imbriqué trop profondément",
    "url_type": _URL,
    "url_parsing": _URL,
    "url_syntax_violation": _URL,
    "url_scheme": "l’adresse web doit commencer par https://",
    "url_too_long": "adresse web trop longue",
    "enum": "valeur non permise",
    "is_instance_of": "n’a pas le type attendu",
    "union_tag_invalid": "valeur non permise",
    "union_tag_not_found": "champ de type manquant",
    "uuid_type": "identifiant invalide",
    "uuid_parsing": "identifiant invalide",
}


def _reason(error: ErrorDetails) -> str:
    """What is wrong and what to change, in French, for every error type pydantic has."""
    kind, context = error["type"], error.get("ctx", {})
    given = _given(error.get("input"))
    if kind in _REASONS:
        return _REASONS[kind]
    if kind == "extra_forbidden":
        return (
            "champ inconnu ; retirez-le ou corrigez son nom (la liste des champs est dans "
            "docs/contexte.md)" + _did_you_mean(error["loc"])
        )
    if kind == "literal_error":
        return f"valeur non permise ({given}) ; utilisez {_french_or(str(context.get('expected')))}"
    if kind == "string_too_long":
        return f"trop long : {context.get('max_length')} caractères au plus"
    if kind == "too_long":
        return f"trop d’éléments : {context.get('max_length')} au plus"
    if kind == "too_short":
        return f"pas assez d’éléments : {context.get('min_length')} au moins"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"date invalide ({given}) ; écrivez-la AAAA-MM-JJ, p. ex. 2026-11-19"
    if kind in {"value_error", "assertion_error"}:
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    # pydantic's own message is English: name the problem in French and where to look.
    return (
        f"valeur invalide ({given}, erreur « {kind} ») ; la forme attendue est dans "
        "docs/contexte.md"
    )


def explain(error: ValidationError) -> list[str]:
    """One French sentence per problem: the field path, what is wrong, what to change."""
    lines = []
    for detail in error.errors():
        reason = _reason(detail)
        lines.append(f"{_path(detail['loc'])} : {reason}{'' if reason.endswith('?') else '.'}")
    return lines


def explain_by_field(error: ValidationError) -> dict[str, str]:
    """What to change, in French, per field path: for a web form to show beside each field.

    Paths use dots and indexes (``topics.0.subject``), the names a flat form's fields carry
    (see :func:`suivi_templates.context_from_flat`); problems of one field are joined.
    """
    found: dict[str, list[str]] = {}
    for detail in error.errors():
        path = ".".join(str(part) for part in detail["loc"]) or "contexte"
        found.setdefault(path, []).append(_reason(detail))
    return {path: " ; ".join(reasons) for path, reasons in found.items()}
