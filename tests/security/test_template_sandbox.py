"""An app's own template is hostile code: it reaches no callable but the library's (issue 9)."""

from __future__ import annotations

import base64
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro, TemplateReference
from jinja2.utils import Cycler, Joiner, Namespace
from pydantic import BaseModel

import suivi_templates as st
from suivi_templates import rendering
from suivi_templates.sandbox import SAFE_METHODS, Helper, TemplateLimits, budget
from suivi_templates.template_data import Record


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


class _Touch:
    """Unpickling this would create a file: proof that code ran."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path(self.path),))


def test_pydantic_parse_raw_with_pickle_runs_nothing(tmp_path: Path, quebec: st.InterviewContext):
    marker = tmp_path / "pwned"
    payload = base64.b64encode(pickle.dumps(_Touch(str(marker)))).decode()
    write(
        tmp_path,
        "fr_CA/thank_you.j2",
        "{{ candidate.parse_raw(b64decode('" + payload + "'), proto='pickle', "
        "allow_pickle=True) }}\n{{ topics[0].subject }}\n",
    )

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert not marker.exists()
    assert caught.value.line == 1


@pytest.mark.parametrize(
    "expression",
    [
        "candidate.parse_file('/etc/hostname')",
        "ctx.parse_raw('{}')",
        "ctx.model_validate_json('{}')",
        "interviewer.model_json_schema()",
        "ctx.model_construct()",
        "candidate.__class__.parse_file('/etc/hostname')",
    ],
)
def test_no_model_method_is_reachable(tmp_path: Path, quebec: st.InterviewContext, expression: str):
    write(tmp_path, "fr_CA/thank_you.j2", "Bonjour\n{{ " + expression + " }}\n")

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert caught.value.line == 2
    assert "localhost" not in str(caught.value)


def test_templates_see_every_field_and_property_the_shipped_templates_use(
    tmp_path: Path, quebec: st.InterviewContext
):
    write(
        tmp_path,
        "fr_CA/note.j2",
        "{% set subject %}Suivi – {{ role.title }}{% endset %}\n"
        "Bonjour {{ interviewer.civility }} {{ interviewer.surname }},\n\n"
        "Comme promis, je vais {{ open_commitments[0].promise|you }} pour le poste "
        "{{ role.title|de }} au sein {{ company_name('de') }}, après notre échange sur "
        "{{ topics[0].subject }} du {{ date(interview.date) }}.\n"
        "{{ ctx.candidate.name }} – {{ ctx.open_commitments|length }} – "
        "{{ {'Madame': 'elle'}.get(interviewer.civility, none) }}\n",
    )

    draft = st.render("note", quebec, template_dir=tmp_path)

    assert draft.subject == "Suivi – analyste financière"
    assert "Madame Tremblay" in draft.body
    assert "vous transmettre mon analyse" in draft.body
    assert "de la Coopérative Horizon" in draft.body or "de Coopérative Horizon" in draft.body
    assert "Camille Roy – 1 – elle" in draft.body


# --- Every public method of every object a template can reach ------------------------------


def _reachable(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, Record):
        for name in value:
            yield from _reachable(value[name], f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _reachable(item, f"{path}[{index}]")


def _render(env: jinja2.Environment, source: str, variables: dict[str, Any]) -> str:
    with budget(TemplateLimits()):
        return env.from_string(source).render(variables)


def _one_path_per_type(context: st.InterviewContext) -> dict[type, str]:
    paths: dict[type, str] = {}
    for name, value in rendering._variables(context, "thank_you").items():
        for path, reached in _reachable(value, name):
            paths.setdefault(type(reached), path)
    return paths


# Objects a template makes for itself: Jinja2's globals, loops, macros, its own values.
_MADE_BY_TEMPLATES: dict[str, tuple[str, type]] = {
    "cycler": ("{% set o = cycler(1, 2) %}", Cycler),
    "joiner": ("{% set o = joiner() %}", Joiner),
    "namespace": ("{% set o = namespace(a=1) %}", Namespace),
    "range": ("{% set o = range(3) %}", range),
    "dict": ("{% set o = dict(a=1) %}", dict),
    "lipsum": ("{% set o = lipsum %}", type(_render)),
    "macro": ("{% macro o() %}{% endmacro %}", Macro),
    "self": ("{% set o = self %}", TemplateReference),
    "string": ("{% set o = 'abc' %}", str),
    "number": ("{% set o = 3 %}", int),
    "list": ("{% set o = [1, 2] %}", list),
}


def _attempts(context: st.InterviewContext) -> Iterator[tuple[str, str, type]]:
    """(setup, path, type of the object at path) for one object of each reachable type."""
    for kind, path in _one_path_per_type(context).items():
        yield "", path, kind
    for setup, kind in _MADE_BY_TEMPLATES.values():
        yield setup, "o", kind
    yield "{% for o in [1] %}", "loop", LoopContext


def _public_names(value: Any) -> str:
    return ",".join(name for name in dir(value) if not name.startswith("_"))


def _method_names(
    env: jinja2.Environment, setup: str, path: str, variables: dict[str, Any]
) -> list[str]:
    end = "{% endfor %}" if setup.startswith("{% for") else ""
    source = setup + "{{ public_names(" + path + ") }}" + end
    return _render(env, source, variables | {"public_names": Helper(_public_names)}).split(",")


def _allowed(value_type: type, name: str) -> bool:
    return any(
        issubclass(value_type, kind) and name in methods for kind, methods in SAFE_METHODS.items()
    )


def test_every_public_callable_a_template_reaches_is_refused_unless_allowed(
    tmp_path: Path, quebec: st.InterviewContext
):
    env = rendering._environment(tmp_path)
    variables = rendering._variables(quebec, "thank_you")
    tried = refused = 0
    for setup, path, value_type in _attempts(quebec):
        end = "{% endfor %}" if setup.startswith("{% for") else ""
        for name in _method_names(env, setup, path, variables):
            if not name or _allowed(value_type, name):
                continue
            tried += 1
            with pytest.raises((SecurityError, jinja2.UndefinedError)):
                _render(env, f"{setup}{{{{ {path}.{name}() }}}}{end}", variables)
            refused += 1
    assert tried == refused > 100  # strings, dates, numbers, records, loops, macros…


@pytest.mark.parametrize("name", sorted(n for n in dir(BaseModel) if not n.startswith("_")))
def test_no_pydantic_method_is_reachable_from_any_record(
    tmp_path: Path, quebec: st.InterviewContext, name: str
):
    env = rendering._environment(tmp_path)
    variables = rendering._variables(quebec, "thank_you")
    for section in ("ctx", "candidate", "interviewer", "company", "role", "interview"):
        with pytest.raises((SecurityError, jinja2.UndefinedError)):
            _render(env, f"{{{{ {section}.{name}('{{}}') }}}}", variables)
        with pytest.raises((SecurityError, jinja2.UndefinedError)):
            _render(env, f"{{{{ topics[0].{name}('{{}}') }}}}", variables)


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x'.format(1) }}",
        "{{ 'x'.format_map({}) }}",
        "{{ 'x'.center(10) }}",
        "{{ '-'.join(['a']) }}",
        "{{ 'x'.replace('x', 'y') }}",
        "{{ interview.date.replace(year=2000) }}",
        "{{ interview.date.fromtimestamp(0) }}",
        "{{ interview.date.today() }}",
        "{{ topics.copy() }}",
        "{{ pick.__call__('x', 2) }}",
        "{{ (pick|attr('_function'))('x', 2) }}",
        "{{ range.__self__ }}",
    ],
)
def test_other_methods_are_refused(tmp_path: Path, quebec: st.InterviewContext, source: str):
    write(tmp_path, "fr_CA/thank_you.j2", source + "\n")

    with pytest.raises(st.TemplateProblem, match=r"opération interdite|variable inconnue"):
        st.render("thank_you", quebec, template_dir=tmp_path)


def test_the_context_data_is_read_only(tmp_path: Path, quebec: st.InterviewContext):
    data = rendering._variables(quebec, "thank_you")["candidate"]
    with pytest.raises(AttributeError):
        data.name = "Autre"
    assert not any(callable(getattr(data, field)) for field in data)
