"""Precision and recall of the generic and pushy checks on the labelled corpus.

Usage: ``python scripts/corpus_scores.py [corpus_dir] [--errors]``

A draft is *predicted* in a family when its report has an error finding of that family
(``generic.*`` or ``pushy.*``); it is *labelled* in the family when its ``labels`` list
contains ``"generic"`` or ``"pushy"``. Scores are printed per family, overall and per
locale; ``--errors`` also lists every disagreement with the findings that caused it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from suivi_templates.checks import check
from suivi_templates.models import InterviewContext

FAMILIES = ("generic", "pushy")
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


@dataclass
class Score:
    """Counts of one family on one slice of the corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted drafts that are labelled (1.0 when nothing is predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled drafts that are predicted (1.0 when nothing is labelled)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(corpus: Path = DEFAULT_CORPUS) -> dict[tuple[str, str], Score]:
    """Run ``check`` on every draft; scores keyed by (family, locale or ``"all"``)."""
    contexts = {
        name: InterviewContext.model_validate(data)
        for name, data in json.loads((corpus / "contexts.json").read_text("utf-8")).items()
    }
    scores: dict[tuple[str, str], Score] = {}
    for line in (corpus / "drafts.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        draft = json.loads(line)
        context = contexts[draft["context"]]
        report = check(draft["text"], context, kind=draft["kind"], subject=draft.get("subject"))
        for family in FAMILIES:
            predicted = any(f.family == family for f in report.errors)
            labelled = family in draft["labels"]
            for where in ("all", context.locale):
                entry = scores.setdefault((family, where), Score())
                if predicted and labelled:
                    entry.tp += 1
                elif predicted:
                    entry.fp += 1
                    if where == "all":
                        found = [(f.code, f.excerpt) for f in report.errors if f.family == family]
                        entry.misses.append(f"FP {draft['id']}: {found}")
                elif labelled:
                    entry.fn += 1
                    if where == "all":
                        entry.misses.append(f"FN {draft['id']}: {draft['why']}")
                else:
                    entry.tn += 1
    return scores


def main(argv: list[str]) -> int:
    """Print the table (and the disagreements with ``--errors``)."""
    paths = [a for a in argv if not a.startswith("--")]
    scores = score(Path(paths[0]) if paths else DEFAULT_CORPUS)
    print(f"{'famille':<8} {'locale':<6} {'précision':>9} {'rappel':>7}   tp  fp  fn  tn")
    for (family, where), entry in sorted(scores.items()):
        print(
            f"{family:<8} {where:<6} {entry.precision:>9.3f} {entry.recall:>7.3f}"
            f"  {entry.tp:>3} {entry.fp:>3} {entry.fn:>3} {entry.tn:>3}"
        )
    if "--errors" in argv:
        for family in FAMILIES:
            for miss in scores[(family, "all")].misses:
                print(f"[{family}] {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
