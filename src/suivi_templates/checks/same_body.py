"""generic.same_body: the same body sent to several companies, names swapped (R9).

Runs on a batch (``check_many``). Comparing every pair is quadratic (400 texts took 60 s),
so a large batch is first indexed by word trigrams of each body's skeleton (the body with
its own names blanked out): only bodies that share trigrams with each other are compared,
each with a bounded number of candidates. Small batches compare every pair.

>>> body = ("Bonjour, merci pour notre entrevue chez {0}. J'ai apprécié la visite des "
...         "bureaux et la présentation de l'équipe, et je serais heureuse de contribuer "
...         "aux projets de {0}. Mon intérêt reste entier et je reste disponible.")
>>> from suivi_templates.checks.base import Target
>>> hits = list(same_body_batch([Target(body.format("Alpha")), Target(body.format("Bêta"))]))
>>> [index for index, _ in hits]
[0, 1]
"""

from __future__ import annotations

import bisect
import heapq
import re
import zlib
from collections.abc import Iterator, Sequence

from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.text import fold, tokens

__all__ = ["same_body", "same_body_batch"]

_THRESHOLD = 90
"""Similarity (rapidfuzz ``ratio``, 0–100) from which two skeletons are the same body."""
_MIN_WORDS = 20
"""Shorter bodies are never compared: too little text to call it a copy."""
_ALL_PAIRS = 40
"""Up to this many texts, every pair is compared (the exact, quadratic way)."""
_WINDOW = 32
"""Texts looked at on each side in one trigram's list of texts (bounds common trigrams)."""
_CANDIDATES = 12
"""Texts compared with each text at most, those sharing the most trigrams first."""
_REPORTED = 5
"""Other texts named at most in one text's findings (a report stays readable)."""
_OVERLAP = 0.4
"""Share of trigrams two skeletons must have in common to be compared at all (bodies 90 %
alike share about two thirds of them)."""
_SAMPLED = 4
"""In long skeletons, one trigram in this many (by hash) is indexed."""


def same_body(target: Target) -> Iterator[Hit]:
    """The same body sent to several companies with only the names swapped (R9).

    Runs only on a batch (``check_many``): each body is compared with the others once
    the names of its own company, role and people are blanked out; similarity ≥ 90 %
    between two bodies addressed to different companies fires on both.
    """
    return iter(())


def _skeleton(target: Target) -> str:
    folded = target.folded
    context = target.context
    if context is not None:
        names = [
            context.company.name,
            context.interviewer.name,
            context.candidate.name,
            context.role.title,
        ]
        words = {m.group() for n in names for m in tokens(fold(n)) if len(m.group()) >= 3}
        if words:
            folded = "".join("§" if w in words else w for w in _WORD_OR_NOT.findall(folded))
    else:
        # Without a context, blank every capitalised word that does not start a sentence.
        text = target.text
        spans = [
            m.span() for m in re.finditer(r"(?<=[^\W\d_][ ,\u00a0])[A-ZÀ-ÖØ-Þ][\w'’\-]{1,40}", text)
        ]
        chars = list(folded)
        for start, end in spans:
            chars[start:end] = "§" * (end - start)
        folded = "".join(chars)
    return " ".join(folded.split())[:6000]


_WORD_OR_NOT = re.compile(r"\w+|\W+")


def _trigrams(skeleton: str) -> set[int]:
    words = skeleton.split()
    triples = zip(words, words[1:], words[2:], strict=False)
    hashes = {zlib.crc32(f"{a} {b} {c}".encode()) for a, b, c in triples}
    if len(hashes) < 200:
        return hashes
    return {h for h in hashes if h % _SAMPLED == 0}


def _candidate_pairs(
    skeletons: list[str], eligible: list[bool], companies: list[str | None]
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) worth comparing: every pair in a small batch, else indexed neighbours."""
    count = len(skeletons)
    if count <= _ALL_PAIRS:
        yield from ((i, j) for i in range(count) for j in range(i + 1, count))
        return
    grams = [_trigrams(s) if eligible[i] else set() for i, s in enumerate(skeletons)]
    index: dict[int, list[int]] = {}
    for number, found in enumerate(grams):
        for gram in found:
            index.setdefault(gram, []).append(number)
    seen: set[tuple[int, int]] = set()
    for number, found in enumerate(grams):
        shared: dict[int, float] = {}
        for gram in found:
            texts = index[gram]
            # A trigram of few texts says more than one of many (the stock phrases of
            # every letter); a long list is only read near the text itself.
            weight = 1 / len(texts)
            where = bisect.bisect_left(texts, number)
            for other in texts[max(0, where - _WINDOW) : where + _WINDOW + 1]:
                shared[other] = shared.get(other, 0.0) + weight
        shared.pop(number, None)
        if companies[number] is not None:
            # Letters to the same company are never copies of each other: not candidates.
            shared = {o: w for o, w in shared.items() if companies[o] != companies[number]}
        for other in heapq.nlargest(_CANDIDATES, shared, key=shared.__getitem__):
            pair = (min(number, other), max(number, other))
            smaller = min(len(found), len(grams[other]))
            if pair not in seen and len(found & grams[other]) >= _OVERLAP * smaller:
                seen.add(pair)
                yield pair


def same_body_batch(targets: Sequence[Target]) -> Iterator[tuple[int, Hit]]:
    """Compare the bodies of a batch that may be copies (see :func:`same_body`)."""
    from rapidfuzz import fuzz

    skeletons = [_skeleton(t) for t in targets]
    eligible = [bool(s) and len(s.split()) >= _MIN_WORDS for s in skeletons]
    companies = [fold(t.context.company.name) if t.context else None for t in targets]
    reported = [0] * len(targets)
    for i, j in sorted(_candidate_pairs(skeletons, eligible, companies)):
        if not eligible[i] or min(reported[i], reported[j]) >= _REPORTED:
            continue
        same_company = companies[i] is not None and companies[i] == companies[j]
        if same_company or (companies[i] is None and targets[i].text == targets[j].text):
            continue
        score = fuzz.ratio(skeletons[i], skeletons[j], score_cutoff=_THRESHOLD)
        if score < _THRESHOLD:
            continue
        for me, other in ((i, j), (j, i)):
            if reported[me] < _REPORTED:
                reported[me] += 1
                yield me, _hit(targets, other, score)


def _hit(targets: Sequence[Target], other: int, score: float) -> Hit:
    other_context = targets[other].context
    name = other_context.company.name if other_context else None
    whom = f" ({name})" if name else ""
    return Hit(
        f"Ce texte est identique à {score:.0f} % au texte n° {other + 1}{whom}, "
        "à part les noms : le même message envoyé à plusieurs entreprises se "
        "reconnaît (R9).",
        "Écrivez chaque message à partir de son entrevue : ses sujets, ses "
        "personnes, vos engagements envers cette entreprise-là.",
        None,
    )
