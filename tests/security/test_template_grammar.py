"""Templates generated from a grammar of Jinja2 constructs: a draft or the library's error.

Whatever an app's template does — loops over huge ranges, recursive macros, self includes,
big numbers, unknown filters, private attributes, pydantic methods — ``render`` ends, and
ends with a :class:`~suivi_templates.Draft` or a :class:`~suivi_templates.SuiviError`,
never another exception.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_

import suivi_templates as st

NAMES = [
    "candidate.name",
    "interviewer.surname",
    "topics[0].subject",
    "interview.date",
    "ctx.open_commitments",
    "company.facts",
    "candidate.parse_raw",
    "candidate.__class__",
    "ctx.model_validate",
    "pick",
    "range",
    "lipsum",
    "cycler",
    "self",
    "loop",
    "missing",
    "x",
]
LITERALS = ["0", "1", "3", "10**9", "9**9", "-1", "'a:'", "'x'", "''", "[1, 2]", "none", "{}"]
FILTERS = [
    "length",
    "upper",
    "join",
    "list",
    "de",
    "cap",
    "you",
    "string",
    "replace('a', 'bb')",
    "center(10**9)",
    "batch(10**9)",
    "int",
    "first",
    "attr('__class__')",
    "unknown",
]
METHODS = ["upper()", "format(1)", "replace('a', 'b')", "parse_file('/etc/hostname')", "split()"]
OPERATORS = [" ~ ", " + ", " * ", " ** ", " % ", " // ", " == "]


def expressions() -> st_.SearchStrategy[str]:
    leaves = st_.sampled_from(NAMES + LITERALS)

    def extend(inner: st_.SearchStrategy[str]) -> st_.SearchStrategy[str]:
        return st_.one_of(
            st_.tuples(inner, st_.sampled_from(OPERATORS), inner).map(lambda t: f"({''.join(t)})"),
            st_.tuples(inner, st_.sampled_from(FILTERS)).map(lambda t: f"({t[0]}|{t[1]})"),
            st_.tuples(inner, st_.sampled_from(METHODS)).map(lambda t: f"{t[0]}.{t[1]}"),
            inner.map(lambda e: f"range({e})"),
            inner.map(lambda e: f"lipsum({e})"),
            inner.map(lambda e: f"pick('slot', {e})"),
            inner.map(lambda e: f"m({e})"),
        )

    return st_.recursive(leaves, extend, max_leaves=6)


def statements() -> st_.SearchStrategy[str]:
    texts = st_.sampled_from(
        ["Bonjour ", "a:", " » ", "\n", "Merci « x » ! ", "{{ topics[0].subject }}"]
    )
    leaves = st_.one_of(
        texts,
        expressions().map(lambda e: "{{ " + e + " }}"),
        expressions().map(lambda e: "{% set x = " + e + " %}"),
        st_.just('{% include "fr_CA/note.j2" %}'),
        st_.just("{{ m(1) }}"),
    )

    def extend(inner: st_.SearchStrategy[str]) -> st_.SearchStrategy[str]:
        body = st_.lists(inner, min_size=1, max_size=3).map("".join)
        return st_.one_of(
            st_.tuples(expressions(), body).map(
                lambda t: "{% for x in " + t[0] + " %}" + t[1] + "{% endfor %}"
            ),
            st_.tuples(expressions(), body, body).map(
                lambda t: "{% if " + t[0] + " %}" + t[1] + "{% else %}" + t[2] + "{% endif %}"
            ),
            body.map(lambda b: "{% set subject %}" + b + "{% endset %}"),
            body.map(lambda b: "{% filter upper %}" + b + "{% endfilter %}"),
        )

    return st_.recursive(leaves, extend, max_leaves=8)


def templates() -> st_.SearchStrategy[str]:
    macro = statements().map(lambda b: "{% macro m(n) %}" + b + "{% endmacro %}")
    return st_.tuples(macro, st_.lists(statements(), min_size=1, max_size=4)).map(
        lambda t: t[0] + "".join(t[1])
    )


TIGHT = st.TemplateLimits(
    max_range=500, max_steps=3_000, max_text=20_000, max_output=50_000, max_seconds=2.0
)
# The limits stop a render after at most max_seconds; the bound leaves room for the
# checks of a long draft and a loaded machine, and is there to catch a hang, not to time.
BOUND_SECONDS = 30.0


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(source=templates())
def test_any_template_ends_with_a_draft_or_the_library_error(
    quebec: st.InterviewContext, source: str
):
    # Hypothesis runs the body 150 times: a fixture's tmp_path would be shared by all.
    with tempfile.TemporaryDirectory(prefix="gabarits-") as name:
        folder = Path(name)
        (folder / "fr_CA").mkdir()
        (folder / "fr_CA" / "note.j2").write_text(source, encoding="utf-8")

        started = time.monotonic()
        try:
            outcome: object = st.render("note", quebec, template_dir=folder, limits=TIGHT)
        except st.SuiviError as error:
            outcome = error

    assert time.monotonic() - started < BOUND_SECONDS
    assert isinstance(outcome, st.Draft | st.SuiviError)
    if isinstance(outcome, st.TemplateProblem):
        assert outcome.template is not None
