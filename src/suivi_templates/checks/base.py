"""What a check is: a small function over the checked text that yields hits.

Each family module (``generic``, ``pushy``, ``timing``, ``style``) declares a tuple of
:class:`Check`; the registry concatenates them at import. A check function receives a
:class:`Target` and yields :class:`Hit` values; the registry turns them into
:class:`~suivi_templates.checks.report.Finding` with the check's code and severity.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from suivi_templates.checks.addresses import mask_addresses
from suivi_templates.checks.contextruns import Words
from suivi_templates.checks.contextwords import ContextWords
from suivi_templates.checks.report import Part, Severity
from suivi_templates.checks.sparse import masked_from
from suivi_templates.checks.text import fold
from suivi_templates.checks.tokenizer import pieces
from suivi_templates.models import InterviewContext, Locale

__all__ = ["MAX_FINDINGS_PER_CHECK", "Check", "Hit", "Part", "Target", "context_texts"]

MAX_FINDINGS_PER_CHECK = 25
"""At most this many findings of one code per text: a report stays readable, and a huge
adversarial text cannot make a check work more than linearly."""


@dataclass(frozen=True)
class Target:
    """The text under check and what is known about it."""

    text: str
    context: InterviewContext | None = None
    kind: str | None = None
    subject: str | None = None
    today: date | None = None
    part: Part = "body"
    """``"subject"`` when ``text`` is the subject line (body-only checks then stay quiet)."""
    enabled: frozenset[str] | None = None
    """The codes the caller's config leaves on (None: all). A check that defers to another
    (« pushy first ») defers only to one whose finding the caller will see."""

    @property
    def locale(self) -> Locale | None:
        """The context's locale, when there is a context."""
        return self.context.locale if self.context else None

    @cached_property
    def folded(self) -> str:
        """:func:`~suivi_templates.checks.text.fold` of the text: same length, same spans."""
        return fold(self.text)

    @cached_property
    def pieces(self) -> list[str]:
        """:func:`~suivi_templates.checks.tokenizer.pieces` of the folded text, split once.

        The masking and the checks that look the text's words up share it (splitting 1 MB
        costs ~50 ms).
        """
        return pieces(self.folded)

    @cached_property
    def split(self) -> Words:
        """The words of the folded text and where each starts (:attr:`pieces`, read once).

        The masking and the checks that ask where a word starts share it.
        """
        return Words(self.pieces)

    @cached_property
    def context_texts(self) -> tuple[str, ...]:
        """Every text of the context (:func:`context_texts`), gathered once per text checked.

        Several checks compare the text with them.
        """
        return tuple(context_texts(self.context)) if self.context else ()

    @cached_property
    def words(self) -> ContextWords | None:
        """The context's words, prepared once, or None without a context."""
        return ContextWords.of(self.context) if self.context else None

    @cached_property
    def masked(self) -> str:
        """The folded text with the context's own words and any address replaced by ``#``.

        Pushy and style checks match this text, so that a topic such as « le traitement
        des dossiers urgents » or « HORIZON » in capitals never counts against the candidate.
        """
        if self.words is None:
            masked = mask_addresses(self.folded)
        else:
            masked = self.words.mask(self.folded, self.split)
        masked_from(masked, self.folded)
        return masked

    def subject_line(self, text: str) -> Target:
        """The draft's subject line (``text``) as a target of the same checks.

        The context's texts and words are the body's, read once for both (the subject's
        checks otherwise prepared them again, as did a generic copy of the fields).
        """
        subject = Target(
            text=text,
            context=self.context,
            kind=self.kind,
            subject=self.subject,
            today=self.today,
            part="subject",
            enabled=self.enabled,
        )
        # What cached_property itself would store: the same values, computed once.
        subject.__dict__["context_texts"] = self.context_texts
        subject.__dict__["words"] = self.words
        return subject

    def masked_at(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is entirely context words (masked)."""
        chunk = self.masked[start:end].strip(" '-")
        return bool(chunk) and set(chunk) <= {"#"}

    def hits(self, check: Check) -> tuple[Hit, ...]:
        """What ``check`` finds in this text (its first :data:`MAX_FINDINGS_PER_CHECK`), once.

        The registry asks, and so does a check that defers to another family (a generic
        finding is dropped on a draft a pushy check finds pushy): each check reads a text once.
        """
        found = self._hits
        if check.code not in found:
            found[check.code] = tuple(itertools.islice(check.find(self), MAX_FINDINGS_PER_CHECK))
        return found[check.code]

    @cached_property
    def _hits(self) -> dict[str, tuple[Hit, ...]]:
        return {}

    def search(self, pattern: re.Pattern[str], *, masked: bool = True) -> Iterable[re.Match[str]]:
        """Every match of ``pattern`` in the masked (or folded) text."""
        return pattern.finditer(self.masked if masked else self.folded)


def context_texts(context: InterviewContext) -> Iterator[str]:
    """Every text of the context: names, titles, topics, promises and details, debrief, facts."""
    yield from (context.company.name, context.interviewer.name, context.candidate.name)
    yield context.role.title
    if context.interviewer.title:
        yield context.interviewer.title
    yield from (topic.subject for topic in context.topics)
    yield from (note for topic in context.topics if (note := topic.note))
    yield from (commitment.promise for commitment in context.commitments)
    # « M. Bruno Castagnet, chef de chantier chez Alpes Tentes »: a reference's employer.
    yield from (details for commitment in context.commitments if (details := commitment.details))
    debrief = context.debrief
    yield from debrief.highlights
    yield from debrief.since
    yield from (s for s in (debrief.struck_by, debrief.to_add, debrief.impressions) if s)
    yield from context.company.facts


@dataclass(frozen=True)
class Hit:
    """One place where a check fires: French message (citing the rule) and suggestion."""

    message: str
    suggestion: str | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Check:
    """A registered check: dotted code, default severity, and the function that finds hits."""

    code: str
    severity: Severity
    find: Callable[[Target], Iterable[Hit]]
    batch: Callable[[Sequence[Target]], Iterable[tuple[int, Hit]]] | None = field(default=None)
    """For checks over several texts at once (``check_many``): yields (index of text, hit)."""
    fallback: bool = False
    """Reported only when no other check of its family has a finding in the same part: a
    summary of the whole text (``pushy.tone``) says less than a finding on the words."""

    @property
    def family(self) -> str:
        """``generic``, ``pushy``, ``timing`` or ``style``."""
        return self.code.partition(".")[0]

    @property
    def doc(self) -> str:
        """The check function's docstring: what it looks for and which rule it applies."""
        return (self.find.__doc__ or "").strip()

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule ids (« R15 »…) that the docstring cites, in order."""
        return tuple(dict.fromkeys(re.findall(r"\bR\d{1,2}\b", self.doc)))
