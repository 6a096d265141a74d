"""Golden drafts: the bundled examples, read by a person and by Grammalecte.

The files in ``tests/golden/`` were read aloud, as a demanding recruiter in Québec or in
France would read them, before being accepted. After a deliberate change to the templates,
regenerate them with ``SUIVI_GOLDEN=update pytest tests/test_golden.py`` and read the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings

import grammar
from strategies import context_data
from suivi_templates import EXAMPLES, KINDS, InterviewContext, render

GOLDEN = Path(__file__).parent / "golden"
CASES = [(locale, kind, None) for locale in sorted(EXAMPLES) for kind in KINDS] + [
    ("fr_CA", "thank_you", "n"),
    ("fr_FR", "reminder", "f"),
]


def _context(locale: str, gender: str | None) -> InterviewContext:
    data = {**EXAMPLES[locale]}
    if gender is not None:
        data["candidate"] = {**data["candidate"], "gender": gender}
    return InterviewContext.model_validate(data)


def _golden_path(locale: str, kind: str, gender: str | None) -> Path:
    return GOLDEN / f"{locale}-{kind}{'-' + gender if gender else ''}.txt"


def _names(ctx: InterviewContext) -> set[str]:
    names = " ".join([ctx.candidate.name, ctx.interviewer.name, ctx.company.name])
    return set(re.findall(r"[\w-]+", names)) | set(re.findall(r"\w+", names))


@pytest.mark.parametrize(("locale", "kind", "gender"), CASES)
def test_draft_matches_its_golden_file(locale: str, kind: str, gender: str | None) -> None:
    text = str(render(kind, _context(locale, gender))) + "\n"
    path = _golden_path(locale, kind, gender)
    if os.environ.get("SUIVI_GOLDEN") == "update":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", sorted(EXAMPLES))
def test_golden_drafts_have_no_grammar_or_spelling_error(locale: str) -> None:
    cases = [case for case in CASES if case[0] == locale]
    texts = [_golden_path(*case).read_text(encoding="utf-8") for case in cases]
    allowed = set().union(*(_names(_context(locale, gender)) for _, _, gender in cases))
    problems = grammar.read(texts, locale=locale, allowed_words=allowed | {"SAP", "ERP", "PME"})
    assert not problems, "\n".join(map(str, problems))


def test_drafts_of_varied_contexts_have_no_grammar_or_spelling_error() -> None:
    """Every phrasing, article, gender and civility, read by Grammalecte in one pass."""
    grammar.require_grammalecte()
    drafts: dict[str, list[str]] = {"fr_CA": [], "fr_FR": []}
    allowed = {"SAP", "SQL", "Python"}

    @settings(max_examples=120, database=None, derandomize=True, phases=[Phase.generate])
    @given(context_data())
    def collect(data: dict[str, object]) -> None:
        ctx = InterviewContext.model_validate(data)
        drafts[ctx.locale].extend(str(render(kind, ctx)) for kind in KINDS)
        allowed.update(_names(ctx))

    collect()
    for locale, texts in drafts.items():
        problems = grammar.read(texts, locale=locale, allowed_words=allowed)
        assert not problems, "\n".join(map(str, problems))
