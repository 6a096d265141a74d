"""A bounded memory for pure functions of phrases: a topic, a note, a promise.

Every draft of a context (each kind, each step of a plan, each letter of a batch to one
company) reads the same topics and promises again; what a phrasing function makes of one
is remembered. Only phrases are: an argument of any other type (a template's undefined
value, a list passed by mistake) goes to the function itself, which fails as it always did.

>>> calls = []
>>> @per_phrase
... def shout(text: str) -> str:
...     calls.append(text)
...     return text.upper()
>>> shout("merci"), shout("merci"), calls
('MERCI', 'MERCI', ['merci'])
>>> shout(["merci"])
Traceback (most recent call last):
AttributeError: 'list' object has no attribute 'upper'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar

__all__ = ["per_phrase"]

P = ParamSpec("P")
R = TypeVar("R")

_PHRASES = frozenset({str, int, type(None)})
"""The argument types remembered: text, a count (« at most 12 words »), or nothing."""
_SIZE = 1024


class _PerPhrase(Generic[P, R]):
    """A function and its memory: an object, so that doctest still finds its examples."""

    def __init__(self, function: Callable[P, R]) -> None:
        functools.update_wrapper(self, function)
        self._function = function
        self._remembered: Callable[..., R] = functools.lru_cache(maxsize=_SIZE)(function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        # The types are told in C: a generator here would cost what the memory saves.
        if _PHRASES.issuperset(map(type, args)) and (
            not kwargs or _PHRASES.issuperset(map(type, kwargs.values()))
        ):
            return self._remembered(*args, **kwargs)
        return self._function(*args, **kwargs)


def per_phrase(function: Callable[P, R]) -> Callable[P, R]:
    """``function``, remembered for its last phrases (a bounded cache)."""
    return _PerPhrase(function)
