"""Batches: one kind of draft for many contexts, in input order, on one core or several.

``render_many`` yields one :class:`Outcome` per context, in the order of the input: the
draft, or the error that this context's data caused. A context that cannot make a good
draft never stops the batch, and never disappears from it either.

>>> import suivi_templates as st
>>> outcomes = list(st.render_many(st.EXAMPLES.values(), "thank_you"))
>>> [(outcome.ok, outcome.draft.locale) for outcome in outcomes]
[(True, 'fr_CA'), (True, 'fr_FR')]
>>> broken = dict(st.EXAMPLE_CONTEXT, topics=[])
>>> outcome = next(st.render_many([broken], "thank_you"))
>>> outcome.ok, type(outcome.error).__name__, outcome.error.field
(False, 'MissingContext', 'topics')

Contexts may be :class:`~suivi_templates.InterviewContext` values, JSON text or bytes, or
JSON-ready mappings; the last two are validated where the draft is rendered, so a process
pool also spreads the validation.

With ``workers > 1`` the batch runs on a :class:`~concurrent.futures.ProcessPoolExecutor`,
in chunks. :func:`render_chunk` is the pure function each worker runs on a chunk: map it
over the partitions of a distributed engine (Dask, Spark, Ray) to spread a batch over
several machines (see ``benchmarks/README.md``).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from pydantic import ValidationError

from suivi_templates.errors import DraftRejected, MissingContext
from suivi_templates.models import InterviewContext
from suivi_templates.rendering import Draft, render

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

__all__ = ["ContextLike", "Outcome", "render_chunk", "render_many"]

ContextLike: TypeAlias = InterviewContext | Mapping[str, Any] | str | bytes
"""A context, or its JSON data (text, bytes, or the mapping ``json.loads`` returns)."""

ContextError: TypeAlias = ValidationError | MissingContext | DraftRejected
"""The errors that belong to one context's data, kept in its :class:`Outcome`."""

DEFAULT_CHUNKSIZE = 128
"""Contexts sent to a worker at once: enough to hide the cost of a round trip."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one context of a batch: its ``draft``, or the ``error`` it caused.

    ``error`` is a :class:`pydantic.ValidationError` (invalid context data, with the
    field), :class:`~suivi_templates.MissingContext` (a field the kind needs is empty) or
    :class:`~suivi_templates.DraftRejected` (the draft failed its checks; ``.report`` says
    why). Exactly one of ``draft`` and ``error`` is None.
    """

    draft: Draft | None = None
    error: ContextError | None = None

    @property
    def ok(self) -> bool:
        """True when the context gave a draft that passed its checks."""
        return self.error is None

    def unwrap(self) -> Draft:
        """The draft, or raise the context's error."""
        if self.error is not None:
            raise self.error
        assert self.draft is not None  # one of the two is always set
        return self.draft


def _as_context(item: ContextLike) -> InterviewContext:
    if isinstance(item, InterviewContext):
        return item
    if isinstance(item, str):  # a byte-order mark is how some editors start UTF-8 text
        return InterviewContext.model_validate_json(item.removeprefix("\ufeff"))
    if isinstance(item, bytes):
        return InterviewContext.model_validate_json(item.removeprefix(b"\xef\xbb\xbf"))
    return InterviewContext.model_validate(item)


def _render_one(
    item: ContextLike, kind: str, template_dir: str | Path | None, index: int
) -> Outcome:
    try:
        return Outcome(draft=render(kind, _as_context(item), template_dir=template_dir))
    except (ValidationError, MissingContext, DraftRejected) as error:
        return Outcome(error=error)
    except Exception as error:
        # An unknown kind, a broken template, a bug: the same for every context, so the
        # batch stops here, saying where.
        error.add_note(f"suivi_templates.render_many : au contexte n° {index} du lot")
        raise


def render_chunk(
    contexts: Iterable[ContextLike],
    kind: str,
    *,
    template_dir: str | Path | None = None,
    start: int = 0,
) -> list[Outcome]:
    """Render ``kind`` for each context of a chunk: one :class:`Outcome` per context, in order.

    A pure function of picklable values, so a process pool or a distributed engine can run
    it on any worker. ``start`` is the position of the chunk's first context in the whole
    batch, only used to name the context when an error stops the batch.

    >>> from suivi_templates import EXAMPLES
    >>> [o.draft.kind for o in render_chunk([EXAMPLES["fr_FR"]], "reminder")]
    ['reminder']
    """
    return [
        _render_one(item, kind, template_dir, index)
        for index, item in enumerate(contexts, start=start)
    ]


def render_many(
    contexts: Iterable[ContextLike],
    kind: str,
    *,
    workers: int | None = None,
    template_dir: str | Path | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Generator[Outcome, None, None]:
    """Render ``kind`` for every context, yielding one :class:`Outcome` per context, in order.

    ``workers=None`` or ``1`` renders in this process, one context at a time, as the
    iterator is consumed. ``workers > 1`` starts a process pool of that many workers
    (``forkserver`` where the platform has it, else ``spawn``: as with any process pool,
    a script must guard its entry point with ``if __name__ == "__main__":``), sends them
    ``chunksize`` contexts at a time and keeps only a few chunks in flight, so a batch of
    any length runs in bounded memory. Leaving the loop early shuts the pool down.

    Errors of one context's data are kept in its outcome (see :class:`Outcome`). Errors
    that would hit every context — an unknown kind, a broken template — are raised at
    once, with a note naming the context's position in the batch.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is less than 1.

    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers vaut {workers} : indiquez 1 ou plus, ou None (sur place)")
    if chunksize < 1:
        raise ValueError(f"chunksize vaut {chunksize} : indiquez 1 ou plus")
    if workers is None or workers == 1:
        return _in_process(contexts, kind, template_dir)
    return _in_pool(contexts, kind, template_dir, workers, chunksize)


def _in_process(
    contexts: Iterable[ContextLike], kind: str, template_dir: str | Path | None
) -> Generator[Outcome, None, None]:
    for index, item in enumerate(contexts):
        yield _render_one(item, kind, template_dir, index)


def _pool_context() -> BaseContext:
    # Imported here: multiprocessing and concurrent.futures double the package's import time.
    import multiprocessing

    # fork copies whatever threads and locks the caller holds (a notebook kernel has many);
    # forkserver and spawn start clean workers.
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _in_pool(
    contexts: Iterable[ContextLike],
    kind: str,
    template_dir: str | Path | None,
    workers: int,
    chunksize: int,
) -> Generator[Outcome, None, None]:
    from concurrent.futures import ProcessPoolExecutor

    items = iter(contexts)
    pending: deque[Future[list[Outcome]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context())
    finished = False
    try:
        start = 0
        while True:
            while len(pending) < 2 * workers:
                chunk = list(itertools.islice(items, chunksize))
                if not chunk:
                    break
                pending.append(
                    pool.submit(render_chunk, chunk, kind, template_dir=template_dir, start=start)
                )
                start += len(chunk)
            if not pending:
                finished = True
                return
            yield from pending.popleft().result()
    finally:
        # A batch left early does not wait for its running chunks: on Python 3.11.2 (Debian's)
        # a waiting shutdown after a cancel hung for good, which a later 3.11 fixed.
        pool.shutdown(wait=finished, cancel_futures=True)
