"""Pushy recall and false alarms on a labelled stress set of reminder passages.

Usage: ``python scripts/stress_scores.py [items.jsonl] [--context]``

Each line of the JSONL file has ``id``, ``locale``, ``label`` (``"pushy"`` or ``"ok"``)
and ``text``. A passage is *predicted* pushy when ``check(text, kind="reminder")`` has an
error finding of family ``pushy``. Without ``--context`` no interview context is given;
with it, the bundled example context of the passage's locale is passed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from suivi_templates.checks import check
from suivi_templates.examples import EXAMPLES
from suivi_templates.models import InterviewContext

DEFAULT_ITEMS = Path(__file__).resolve().parent.parent / "tests" / "stress9" / "items.jsonl"


def minimal_context(locale: str) -> InterviewContext:
    """The bundled example context of ``locale`` (the check reads its locale and names)."""
    return InterviewContext.model_validate(EXAMPLES[locale])


def main(argv: list[str]) -> int:
    """Print per-item predictions, then recall and false alarms per locale."""
    paths = [a for a in argv if not a.startswith("--")]
    items_path = Path(paths[0]) if paths else DEFAULT_ITEMS
    with_context = "--context" in argv
    lines = items_path.read_text("utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    false_codes: Counter[str] = Counter()
    print(f"# items: {items_path}  context: {'minimal' if with_context else 'none'}")
    for item in items:
        context = minimal_context(item["locale"]) if with_context else None
        report = check(item["text"], context, kind="reminder")
        codes = sorted({f.code for f in report.errors if f.family == "pushy"})
        predicted = bool(codes)
        for where in ("all", item["locale"]):
            totals[(item["label"], where)] += 1
            hits[(item["label"], where)] += predicted
        if item["label"] == "ok":
            false_codes.update(codes)
        right = predicted == (item["label"] == "pushy")
        mark = "OK  " if right else "MISS" if not predicted else "FA  "
        print(f"{mark} {item['id']} {item['locale']} {item['label']:5} {','.join(codes) or '-'}")
    print()
    for where in ("all", "fr_FR", "fr_CA"):
        tp, np_ = hits[("pushy", where)], totals[("pushy", where)]
        fa, nok = hits[("ok", where)], totals[("ok", where)]
        print(f"{where:6} pushy recall {tp}/{np_}   false alarms {fa}/{nok}")
    print("false-alarm codes:", dict(false_codes.most_common()) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
