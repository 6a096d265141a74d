"""Walk the catalogue: ask each question, read each answer, build the context's data.

The walk does not know how questions are asked: the terminal asks until the answer is
right, the notebook form reads every answer at once and collects the hints. Both call
:func:`settle` on what was typed, so an answer means the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from suivi_templates.debrief.answers import Hint, Session, Split
from suivi_templates.debrief.catalogue import Question, Repeated, Section, questions
from suivi_templates.errors import DebriefIncomplete
from suivi_templates.fields import explain
from suivi_templates.models import InterviewContext

__all__ = ["ERASE", "Prompt", "finish", "settle", "walk"]

ERASE = "-"
"""The answer that empties an optional field, or removes a list item, when resuming."""


@dataclass(frozen=True)
class Prompt:
    """A question as it is put to the person: where it stands and what Entrée means."""

    question: Question
    path: str
    section: Section
    number: int
    total: int
    default: str | None
    opens_item: bool
    required: bool
    instead: str | None = None

    def text(self, locale: str) -> str:
        """The question in the locale's word for the interview (« entretien » in France)."""
        words = self.instead or self.question.text
        return words.replace("entrevue", "entretien") if locale == "fr_FR" else words


class _Skip:
    """No value: an optional answer left empty, or the end of a list."""


SKIP = _Skip()

Ask = Callable[[Prompt], Any]
"""Returns the settled value of a prompt, or :data:`SKIP`."""


def settle(prompt: Prompt, typed: str, session: Session, confirmed: str | None = None) -> Any:
    """The value of a typed answer, :data:`SKIP`, or a :class:`Hint` to show.

    ``confirmed`` is an answer the person chose to keep after a hint that proposed it as it
    was (« Entrée pour garder votre formulation ») : the same hint then lets it through.
    """
    typed = typed.strip()
    if not typed and prompt.default is not None:
        typed = prompt.default
    if typed == ERASE and not prompt.required:
        return SKIP
    if not typed:
        if prompt.required:
            raise Hint(f"Cette réponse est nécessaire. Exemple : {prompt.question.example}")
        return SKIP
    try:
        value = prompt.question.check(typed, session)
    except Hint as hint:
        if confirmed is not None and hint.proposal == typed == confirmed:
            return typed
        raise
    if isinstance(value, Split):
        session.proposals.update(value.proposals)
        return value.value
    return value


def _as_typed(value: Any) -> str | None:
    """An existing context value as the person would type it (for a default)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _get(data: Mapping[str, Any] | None, path: str) -> Any:
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        data = data.setdefault(key, {})
    data[last] = value


def walk(session: Session, ask: Ask, existing: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Ask every question of the catalogue; return the context's data (nested dicts).

    When resuming, ``existing`` gives the defaults, and what the debrief does not ask (the
    history of contacts, a promise marked done, the interviewer's phone…) is kept as it was.
    """
    entries = list(questions())
    data: dict[str, Any] = {}
    for number, (section, entry) in enumerate(entries, 1):
        if isinstance(entry, Repeated):
            items = _ask_list(session, ask, entry, section, (number, len(entries)), existing)
            if items:
                _put(data, entry.path, items)
            continue
        old = _get(existing, entry.path)
        if entry.asked_if is not None and not entry.asked_if(session) and old is None:
            continue
        prompt = Prompt(
            entry,
            entry.path,
            section,
            number,
            len(entries),
            _default(entry, session, old, existing is not None),
            opens_item=False,
            required=not entry.optional,
        )
        value = ask(prompt)
        if value is not SKIP:
            session.answers[entry.path] = value
            _put(data, entry.path, value)
    if existing is not None:
        _keep_unasked(existing, data, {entry.path for _, entry in entries})
    return data


def _keep_unasked(
    existing: Mapping[str, Any], data: dict[str, Any], asked: set[str], prefix: str = ""
) -> None:
    for key, value in existing.items():
        path = prefix + str(key)
        if path in asked:
            continue
        if isinstance(value, Mapping) and any(a.startswith(path + ".") for a in asked):
            _keep_unasked(value, data, asked, path + ".")
        elif not any(a.startswith(path + ".") for a in asked):
            _put(data, path, value)


def _default(question: Question, session: Session, old: Any, resuming: bool) -> str | None:
    if old is not None:
        return _as_typed(old)
    if resuming and question.none_answer is not None:
        return question.none_answer
    return question.proposal(session) if question.proposal is not None else None


def _ask_list(
    session: Session,
    ask: Ask,
    entry: Repeated,
    section: Section,
    place: tuple[int, int],
    existing: Mapping[str, Any] | None,
) -> list[Any]:
    found = _get(existing, entry.path)
    olds = list(found) if isinstance(found, list) else []
    items: list[Any] = []
    index = 0
    while len(items) < max(entry.most, len(olds)):
        old = olds[index] if index < len(olds) else None
        index += 1
        item = _ask_item(session, ask, entry, section, place, len(items), old)
        if item is SKIP:
            if index < len(olds):
                continue  # an existing item erased: the next one is still to review
            break
        items.append(item)
    return items


def _ask_item(
    session: Session,
    ask: Ask,
    entry: Repeated,
    section: Section,
    place: tuple[int, int],
    position: int,
    old: Any,
) -> Any:
    asked = {question.path for question in entry.item}
    item: dict[str, Any] = {}
    if isinstance(old, Mapping):  # what is not asked (a promise marked done) stays
        item.update((key, value) for key, value in old.items() if key not in asked)
    for rank, question in enumerate(entry.item):
        path = f"{entry.path}.{position}" + (f".{question.path}" if question.path else "")
        previous = old if entry.is_of_texts else _get(old, question.path)
        opening = rank == 0
        prompt = Prompt(
            question,
            path,
            section,
            *place,
            default=_default(question, session, previous, old is not None),
            opens_item=opening,
            required=opening and position < entry.least,
            instead=entry.more if opening and position else None,
        )
        value = ask(prompt)
        if value is SKIP:
            if opening:
                return SKIP
            continue
        session.answers[path] = value
        if entry.is_of_texts:
            return value
        item[question.path] = value
    return item


def finish(data: Mapping[str, Any]) -> InterviewContext:
    """The context the answers describe, or :class:`DebriefIncomplete` saying what to fix."""
    try:
        return InterviewContext.model_validate(data)
    except ValidationError as error:
        raise DebriefIncomplete(explain(error)) from None
