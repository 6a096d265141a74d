"""pushy.tone: the tone of a whole draft, read by a model learned from labelled drafts.

The phrase rules (``rules/fr/pushy.toml``) name what they find, but a candidate who
presses in words nobody listed gets past them: on corpora written apart from the project
to hide the pressure, they found about half the pushy drafts at first contact. This check
reads the draft as a whole: a linear model over its words and word pairs (tf-idf, logistic
regression), trained by ``scripts/train_tone.py`` on the project's labelled corpora and
shipped as data in ``rules/fr/tone.json``. Trained without them, it finds 87 to 96 % of the
pushy drafts of those corpora, and far fewer in corpora of short drafts, which it does not
judge (see ``docs/verifications.md``).

The words of the interview (names, company, role, topics) are masked before reading, so
they never weigh; numbers count as one word, addresses as another. What the pushy rules'
antipatterns call harmless (« inutile de me rappeler ce soir ») does not weigh either: an
exception added to the data holds for the model too. The finding points to
the sentence that weighs most and names the words that weigh most in it, so that the
candidate sees what to rewrite. It speaks only when no phrase rule of the family has
(a finding of its own then says more), and only on texts the size of a letter: the model
learned from letters, it would say nothing sound of a 50-page file.

>>> from suivi_templates.checks import check
>>> text = ("Bonjour Madame Roy, je me permets de revenir vers vous au sujet du poste de "
...     "technicienne. Mon employeur actuel attend ma lettre de démission vendredi, et j'ai "
...     "préféré vous le dire franchement : je compte sur vous pour ne pas la donner pour "
...     "rien. Je passerai d'ailleurs à vos bureaux lundi matin pour en parler de vive voix.")
>>> [f.code for f in check(text).findings]
['pushy.tone']
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.ruledata import excused_spans
from suivi_templates.checks.text import STOPWORDS
from suivi_templates.checks.tokenizer import token_pattern

__all__ = ["MODEL_PATH", "ToneModel", "features", "judges", "model", "tone"]

MODEL_PATH = Path(__file__).resolve().parent / "rules" / "fr" / "tone.json"
MAX_LETTER = 20_000
"""Longer texts are not letters: the model, trained on letters, stays quiet on them."""
MIN_WORDS = 40
"""Fewer words are a sentence or two, not a draft (a voicemail has 40 to 80): the model,
trained on whole drafts, misread one harmless sentence in ten of the near-miss tests."""
KNOWN_SHARE = 0.75
"""A draft is French the model can read when this share of its words are words it learned
(over 85 % in letters); a text of one foreign word repeated read as pressure."""
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_SHOWN_WORDS = 3
_SHOWN = 160
"""The longest excerpt of the sentence quoted in the message."""


def features(target: Target) -> list[tuple[str, int, int]]:
    """The words and word pairs of the draft (context words masked), each with its span.

    A pair never straddles the end of a sentence. Training and checking both read a draft
    through this function, so the model sees what it learned from; a draft it leans to call
    pushy is then read again without the phrases the rules excuse (:func:`_unexcused`).
    """
    forms, starts, ends = _read(target.masked)
    return list(zip(forms, starts, ends, strict=True))


def _read(masked: str) -> tuple[list[str], list[int], list[int]]:
    """:func:`features` as three lists: forms, starts and ends (no tuple per feature).

    ``masked`` is a folded text (masking only writes ``#``), and :func:`fold` changes
    nothing in a folded text: a word's form is the word as it stands.
    """
    # Where sentences end, read once: a pair asks whether one lies between its two words.
    ends = iter([mark.start() for mark in _SENTENCE_END.finditer(masked)] + [len(masked)])
    next_end = next(ends)
    forms: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    previous: str | None = None
    previous_start = 0
    for match in token_pattern(masked).finditer(masked):
        kind = match.lastgroup
        start, end = match.span()
        form = "0" if kind == "number" else "@" if kind == "address" else match.group()
        forms.append(form)
        starts.append(start)
        stops.append(end)
        if previous is not None and next_end >= start:
            forms.append(f"{previous} {form}")
            starts.append(previous_start)
            stops.append(end)
        while next_end < end:
            next_end = next(ends)
        previous, previous_start = form, start
    return forms, starts, stops


def judges(forms: list[str], known: Container[str]) -> bool:
    """A draft of :data:`MIN_WORDS` words or more, :data:`KNOWN_SHARE` of them learned."""
    words = [form for form in forms if " " not in form]
    learned = sum(1 for word in words if word in known)
    return len(words) >= MIN_WORDS and learned >= KNOWN_SHARE * len(words)


@dataclass(frozen=True)
class ToneModel:
    """A tf-idf logistic model: per feature its idf and weight, an intercept, a threshold."""

    terms: dict[str, tuple[float, float]]
    intercept: float
    threshold: float

    def _weighted(self, forms: Iterable[str]) -> tuple[list[tuple[str, int, float, float]], float]:
        """Per known feature: its form, count, weight and tf-idf value; and the vector's norm.

        Weights are those of scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``: 1 +
        log(count), times idf, the vector normalised to length 1.
        """
        terms = self.terms
        known = [
            (form, n, weight, (1 + math.log(n)) * idf)
            for form, n in Counter(forms).items()
            if form in terms
            for idf, weight in (terms[form],)
        ]
        return known, math.sqrt(sum(value * value for *_, value in known)) or 1.0

    def log_odds(self, forms: Iterable[str]) -> float:
        """The model's log-odds for a draft's features.

        What :meth:`_weighted` computes, without a tuple per feature: the same products,
        summed in the same order (every draft asks; only a pushy one asks for the parts).
        """
        terms = self.terms
        known = [(terms[form], n) for form, n in Counter(forms).items() if form in terms]
        # 1 + log(1) is 1.0, and 1.0 * idf is idf: most features occur once.
        values = [idf if n == 1 else (1 + math.log(n)) * idf for (idf, _), n in known]
        weights = [weight for (_, weight), _ in known]
        norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
        total: float = sum(map(operator.mul, weights, values))
        return self.intercept + total / norm

    def probability(self, forms: Iterable[str]) -> float:
        """The probability that the draft is pushy."""
        return 1 / (1 + math.exp(-self.log_odds(forms)))

    def contributions(self, found: list[tuple[str, int, int]]) -> tuple[float, list[float]]:
        """The model's log-odds for a draft, and what each occurrence adds to it."""
        known, norm = self._weighted(form for form, _, _ in found)
        each = {form: weight * value / norm / n for form, n, weight, value in known}
        total = sum(weight * value for _, _, weight, value in known) / norm
        return self.intercept + total, [each.get(form, 0.0) for form, _, _ in found]


@cache
def model() -> ToneModel:
    """The shipped model, read once."""
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    terms = {term: (idf, weight) for term, (idf, weight) in data["terms"].items()}
    return ToneModel(terms, data["intercept"], data["threshold"])


def _unexcused(found: list[tuple[str, int, int]], target: Target) -> list[tuple[str, int, int]]:
    """The features outside the phrases that the pushy rules' data calls harmless.

    Read only once the model leans to pressure (rarely): a pass of the family's rules.
    """
    excused = excused_spans("pushy", target)
    if not excused:
        return found
    return [
        feature
        for feature in found
        if not any(a < feature[2] and feature[1] < b for a, b in excused)
    ]


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences (or lines) of ``text``, blank ones left out."""
    spans, start = [], 0
    for end_mark in _SENTENCE_END.finditer(text):
        spans.append((start, end_mark.end()))
        start = end_mark.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _telling(form: str) -> bool:
    """A word worth showing the candidate: not a pair, not « je », « ne » or « cette »."""
    return " " not in form and len(form) > 3 and form not in STOPWORDS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def tone(target: Target) -> Iterator[Hit]:
    """The draft as a whole puts pressure on the recruiter (R15, R16).

    A model learned from labelled drafts reads every word and word pair; it finds pressure
    written in words no phrase rule lists (« mon employeur attend ma démission vendredi »).
    Reported on the sentence that weighs most, with its heaviest words; silent when a phrase
    rule of the pushy family has already spoken, and on texts shorter than 40 words or
    longer than a letter.
    """
    if target.part != "body" or len(target.text) > MAX_LETTER:
        return
    forms, starts, ends = _read(target.masked)
    tone_model = model()
    if not judges(forms, tone_model.terms):
        return
    if tone_model.probability(forms) < tone_model.threshold:
        return
    found = _unexcused(list(zip(forms, starts, ends, strict=True)), target)
    if tone_model.probability(form for form, _, _ in found) < tone_model.threshold:
        return
    _, shares = tone_model.contributions(found)
    weights = [0.0] * len(target.text)
    for (_, start, _end), share in zip(found, shares, strict=True):
        weights[start] += share
    sentence = max(_sentences(target.text), key=lambda s: sum(weights[s[0] : s[1]]))
    heaviest = sorted(
        (
            (share, target.text[start:end])
            for (form, start, end), share in zip(found, shares, strict=True)
            if share > 0 and sentence[0] <= start and end <= sentence[1] and _telling(form)
        ),
        reverse=True,
    )
    words = list(dict.fromkeys(word for _, word in heaviest))[:_SHOWN_WORDS]
    span = _trimmed(target.text, *sentence)
    quoted = ", ".join(f"« {word} »" for word in words)
    excerpt = target.text[span[0] : span[1]]
    excerpt = excerpt if len(excerpt) <= _SHOWN else excerpt[:_SHOWN].rstrip() + "…"
    yield Hit(
        "Le ton de ce brouillon se lit comme une pression sur le recruteur, surtout dans "
        f"« {excerpt} »"
        + (f" (les mots qui pèsent le plus : {quoted})" if words else "")
        + " ; une relance ouvre une conversation, elle ne presse pas (R15, R16).",
        "Reformulez ce passage sans rien exiger ni faire peser sur le recruteur : rappelez "
        "votre intérêt et un point précis de votre échange, puis laissez-lui son calendrier.",
        span,
    )
