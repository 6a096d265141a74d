"""generic.model_letter: a near-copy of a typical generic letter from an advice site (R9)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.generic_models import GENERIC_MODELS
from suivi_templates.checks.text import (
    fold,
)

__all__ = ["model_letter"]


# --- generic.model_letter ------------------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?\n]{1,600}")
_FORMULA = re.compile(r"salutation|agreer|cordialement|sentiments|bien a vous|bonne journee")
_MAX_SENTENCES = 300


def _placeholders(target: Target, folded: str) -> str:
    context = target.context
    if context is None:
        return folded
    for value, placeholder in (
        (context.company.name, "{entreprise}"),
        (context.role.title, "{poste}"),
        (context.interviewer.name, "{nom}"),
    ):
        folded = folded.replace(fold(value), placeholder)
    return folded


def _model_sentences(locale: str | None) -> list[str]:
    locales = [locale] if locale is not None and locale in GENERIC_MODELS else list(GENERIC_MODELS)
    found: list[str] = []
    for name in locales:
        for model in GENERIC_MODELS[name]:
            found.extend(s.strip() for s in _SENTENCE.findall(fold(model)) if len(s.split()) >= 5)
    return found


_MODEL_CACHE: dict[str | None, list[str]] = {}


# Drafts written from the same templates share most sentences once their names are
# placeholders: each is compared with the models once, not once per draft.
@lru_cache(maxsize=4096)
def _near_copy(sentence: str, locale: str | None) -> bool:
    """True when ``sentence`` is a near-copy (similarity ≥ 85 %) of a model sentence."""
    from rapidfuzz import fuzz, process  # lazy: only when a body is checked

    if locale not in _MODEL_CACHE:
        _MODEL_CACHE[locale] = _model_sentences(locale)
    pool = _MODEL_CACHE[locale]
    return process.extractOne(sentence, pool, scorer=fuzz.ratio, score_cutoff=85) is not None


def model_letter(target: Target) -> Iterator[Hit]:
    """A near-copy of a typical generic letter, the kind found on every advice site (R9).

    Fires when at least two sentences, and half of the words of the draft's sentences, are
    near-copies (similarity ≥ 85 %) of the project's own generic models
    (:mod:`suivi_templates.checks.generic_models`); courtesy formulas do not count.
    """
    if target.part != "body":
        return
    text = _placeholders(target, target.folded)
    sentences: list[tuple[tuple[int, int], int, str]] = []
    for count, match in enumerate(_SENTENCE.finditer(text)):
        if count >= _MAX_SENTENCES:
            break
        sentence = match.group().strip()
        size = len(sentence.split())
        if size < 5 or _FORMULA.search(sentence):
            continue
        sentences.append((match.span(), size, sentence))
    total = left = sum(size for _, size, _ in sentences)
    copied: list[tuple[int, int]] = []
    copied_words = 0
    for span, size, sentence in sentences:
        if (copied_words + left) * 2 < total:
            break  # even copies all, the sentences left would not make half of the words
        left -= size
        if _near_copy(sentence, target.locale):
            copied_words += size
            copied.append(span)
    if len(copied) >= 2 and copied_words * 2 >= total:
        yield Hit(
            f"{len(copied)} phrases de ce texte reprennent presque mot pour mot une lettre "
            "type que l'on trouve partout : le recruteur la reconnaîtra (R9).",
            "Réécrivez avec vos mots et ce qui s'est dit à l'entrevue : un sujet abordé, "
            "une promesse à tenir, un atout à préciser.",
            (copied[0][0], copied[-1][1]),
        )
