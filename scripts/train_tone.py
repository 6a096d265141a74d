"""Train the tone model of ``pushy.tone`` and say how well it carries to unseen corpora.

Usage: ``python scripts/train_tone.py [--write]`` (needs the ``train`` extra:
``pip install -e '.[train]'``).

Every labelled corpus of ``tests/`` is read through
:func:`suivi_templates.checks.tone.features`, exactly as the check reads a draft. First,
leave one corpus out: train on all the others, measure precision and recall on the one
left out, for each corpus in turn (each was written by its own author, apart from the
others, so this is the figure that says how the model carries to a new author). Then train
on all of them; ``--write`` stores that model in ``checks/rules/fr/tone.json``, with a few
probabilities computed here that the check must reproduce (``tests/test_tone.py``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from suivi_templates.checks.base import Target
from suivi_templates.checks.tone import MODEL_PATH, features, judges
from suivi_templates.models import InterviewContext

TESTS = Path(__file__).resolve().parent.parent / "tests"
CORPORA = (
    "corpus",
    "heldout",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
)
STRESS = "stress9"
THRESHOLD = 0.5
MIN_DF = 3
"""A word or pair seen in fewer drafts is a name or a slip, not a tone."""
CROSS_CHECKS = 8

Example = tuple[list[str], bool, str]
"""A draft's features, whether it is labelled pushy, and its text."""


def _drafts(name: str) -> list[Example]:
    folder = TESTS / name
    contexts = {
        key: InterviewContext.model_validate(value)
        for key, value in json.loads((folder / "contexts.json").read_text("utf-8")).items()
    }
    examples = []
    for line in (folder / "drafts.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            draft = json.loads(line)
            target = Target(draft["text"], contexts[draft["context"]], kind=draft["kind"])
            examples.append(
                ([f for f, _, _ in features(target)], "pushy" in draft["labels"], draft["text"])
            )
    return examples


def _stress() -> list[Example]:
    examples = []
    for line in (TESTS / STRESS / "items.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            target = Target(item["text"])
            found = [f for f, _, _ in features(target)]
            examples.append((found, item["label"] == "pushy", item["text"]))
    return examples


def _fit(examples: Sequence[Example]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer=lambda found: found, min_df=MIN_DF, sublinear_tf=True)
    matrix = vectorizer.fit_transform([found for found, _, _ in examples])
    labels = [pushy for _, pushy, _ in examples]
    classifier = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
    return vectorizer, classifier.fit(matrix, labels)


def _probabilities(
    fitted: tuple[TfidfVectorizer, LogisticRegression], examples: Sequence[Example]
) -> list[float]:
    vectorizer, classifier = fitted
    matrix = vectorizer.transform([found for found, _, _ in examples])
    return [float(p) for p in classifier.predict_proba(matrix)[:, 1]]


def leave_one_out(corpora: dict[str, list[Example]]) -> list[tuple[str, float, float, int, int]]:
    """Per corpus left out: precision, recall, and good drafts wrongly flagged (of all)."""
    rows = []
    for name, held in corpora.items():
        train = [e for other, examples in corpora.items() if other != name for e in examples]
        fitted = _fit(train)
        known = fitted[0].vocabulary_
        flagged = [
            p >= THRESHOLD and judges(found, known)
            for p, (found, _, _) in zip(_probabilities(fitted, held), held, strict=True)
        ]
        labels = [pushy for _, pushy, _ in held]
        tp = sum(f and y for f, y in zip(flagged, labels, strict=True))
        fp = sum(f and not y for f, y in zip(flagged, labels, strict=True))
        fn = sum(y and not f for f, y in zip(flagged, labels, strict=True))
        precision = tp / (tp + fp) if tp + fp else 1.0
        rows.append((name, precision, tp / (tp + fn) if tp + fn else 1.0, fp, labels.count(False)))
    return rows


def model_data(corpora: dict[str, list[Example]]) -> dict[str, Any]:
    """The model trained on every corpus, as ``tone.json`` stores it."""
    examples = [example for examples in corpora.values() for example in examples]
    fitted = _fit(examples)
    vectorizer, classifier = fitted
    weights = classifier.coef_[0]
    terms = {
        term: [round(float(vectorizer.idf_[column]), 6), round(float(weights[column]), 6)]
        for term, column in sorted(vectorizer.vocabulary_.items())
    }
    stress = corpora[STRESS]
    chosen = stress[:: max(1, len(stress) // CROSS_CHECKS)][:CROSS_CHECKS]
    return {
        "about": (
            "Modèle du ton insistant (pushy.tone) : idf et poids de chaque mot ou paire de "
            "mots, appris par scripts/train_tone.py ; ne pas modifier à la main."
        ),
        "trained_on": list(corpora),
        "threshold": THRESHOLD,
        "intercept": round(float(classifier.intercept_[0]), 6),
        "cross_check": [
            {"text": text, "probability": round(p, 6)}
            for (_, _, text), p in zip(chosen, _probabilities(fitted, chosen), strict=True)
        ],
        "terms": terms,
    }


def main(argv: list[str]) -> int:
    """Print the leave-one-corpus-out table; with ``--write``, store the full model."""
    corpora = {name: _drafts(name) for name in CORPORA}
    corpora[STRESS] = _stress()
    print("corpus laissé de côté | précision | rappel | bons signalés à tort")
    for name, precision, recall, wrong, good in leave_one_out(corpora):
        print(f"{name:21} | {precision:9.2f} | {recall:6.2f} | {wrong} / {good}")
    if "--write" in argv:
        data = model_data(corpora)
        MODEL_PATH.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"{len(data['terms'])} termes écrits dans {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
