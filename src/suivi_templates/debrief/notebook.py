"""``st.debrief()`` in a notebook: the debrief's questions as a form.

With ``ipywidgets`` (optional extra), the form is made of widgets and its « Valider »
button checks the answers and sets ``form.context``. Without it, the form is plain HTML:
its button turns the answers into a TOML text to copy into ``st.debrief(r'''…''')``, which
checks them with the same rules as the terminal and returns the context.

>>> import suivi_templates as st
>>> ctx = st.debrief(
...     {
...         "locale": "qc", "candidate.name": "Camille Roy", "candidate.gender": "f",
...         "interviewer.name": "Julie Tremblay", "interviewer.civility": "Madame",
...         "company.name": "la Coopérative Horizon", "role.title": "analyste financière",
...         "interview.date": "19/11/2026", "topics.0.subject": "la migration vers SAP",
...         "next_steps.decision_by": "28 novembre",
...     },
...     today=date(2026, 11, 20),
... )
>>> ctx.company.article, ctx.next_steps.decision_by
('la', datetime.date(2026, 11, 28))
"""

from __future__ import annotations

import html
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from suivi_templates.debrief.answers import Hint, Session
from suivi_templates.debrief.catalogue import SECTIONS, Question, Repeated
from suivi_templates.debrief.context_file import context_toml
from suivi_templates.debrief.engine import SKIP, Prompt, finish, settle, walk
from suivi_templates.errors import DebriefIncomplete
from suivi_templates.models import InterviewContext

__all__ = ["DebriefForm", "answers_context", "form_fields"]


def _typed(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def answers_context(answers: Mapping[str, Any], *, today: date) -> InterviewContext:
    """Check a whole set of answers (path → text) at once; every hint in one error."""
    session = Session(today=today)
    hints: list[str] = []
    asked: set[str] = set()

    def ask(prompt: Prompt) -> Any:
        asked.add(prompt.path)
        typed = _typed(answers.get(prompt.path)).strip()
        try:
            return settle(prompt, typed, session, confirmed=typed or None)
        except Hint as hint:
            hints.append(f"{prompt.path} ({prompt.text(session.locale)}) : {hint.message}")
            return SKIP

    data = walk(session, ask)
    unknown = sorted(key for key in answers if key not in asked and _typed(answers[key]))
    hints.extend(
        f"{key} : question inconnue ou sans objet (vérifiez le nom, ou remplissez d’abord "
        "les réponses qui précèdent dans la liste)"
        for key in unknown
    )
    if hints:
        raise DebriefIncomplete(hints)
    return finish(data)


def read_answers_text(text: str | Path) -> dict[str, Any]:
    """The answers copied from the HTML form (TOML text), or read from a ``.toml`` file."""
    if isinstance(text, Path):
        text = text.read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DebriefIncomplete(
            [f"le texte copié n’est pas un TOML valide ({error}) : recopiez-le en entier"]
        ) from None


def form_fields() -> list[tuple[str, str, Question, bool]]:
    """Every field of the form: (path, section title, question, is the first of an item)."""
    fields: list[tuple[str, str, Question, bool]] = []
    for section in SECTIONS:
        for entry in section.entries:
            if isinstance(entry, Question):
                fields.append((entry.path, section.title, entry, False))
                continue
            for index in range(entry.most):
                fields.extend(_item_fields(entry, index, section.title))
    return fields


def _item_fields(entry: Repeated, index: int, title: str) -> list[tuple[str, str, Question, bool]]:
    fields = []
    for rank, question in enumerate(entry.item):
        path = f"{entry.path}.{index}" + (f".{question.path}" if question.path else "")
        fields.append((path, title, question, rank == 0))
    return fields


# ---------------------------------------------------------------------------- the form

# JSON.stringify writes valid TOML basic strings: both escape quotes, backslashes and
# control characters the same way.
_SCRIPT = """
(function () {
  var form = document.getElementById("%(id)s");
  form.querySelector("button").addEventListener("click", function (event) {
    event.preventDefault();
    var lines = [];
    form.querySelectorAll("input").forEach(function (input) {
      if (input.value.trim()) {
        lines.push(JSON.stringify(input.name) + " = " + JSON.stringify(input.value.trim()));
      }
    });
    var out = form.querySelector("textarea");
    out.value = lines.join("\\n") + "\\n";
    out.select();
  });
})();
"""


class DebriefForm:
    """The debrief as a form in a notebook; ``context`` is set once the answers are right."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.context: InterviewContext | None = None
        self.toml: str | None = None
        self.widget: Any = _widgets_form(self)

    def submit(self, answers: Mapping[str, Any]) -> InterviewContext:
        """Check the answers; keep and return the context (also as TOML in ``.toml``)."""
        context = answers_context(answers, today=self.today)
        self.context, self.toml = context, context_toml(context)
        return context

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """The widgets when ipywidgets is installed, else the plain HTML form."""
        if self.widget is not None:
            return self.widget._repr_mimebundle_(**kwargs)
        return {"text/html": form_html(), "text/plain": "Formulaire de débriefing"}


def form_html(form_id: str = "suivi-debrief") -> str:
    """The whole form as one HTML fragment, with its small script to copy the answers."""
    rows: list[str] = []
    title = None
    for path, section, question, _first in form_fields():
        if section != title:
            title = section
            rows.append(f"<h4>{html.escape(section)}</h4>")
        rows.append(
            f'<label style="display:block;margin:.3em 0">{html.escape(question.text)}<br>'
            f'<input name="{html.escape(path)}" size="70" '
            f'placeholder="{html.escape(question.example)}"></label>'
        )
    return (
        f'<form id="{form_id}" autocomplete="off">'
        + "".join(rows)
        + "<p><button>Préparer les réponses</button></p>"
        + "<p>Copiez ce texte dans une cellule : <code>ctx = st.debrief(r'''…''')</code></p>"
        + '<textarea rows="8" cols="80" readonly></textarea>'
        + f"<script>{_SCRIPT % {'id': form_id}}</script></form>"
    )


def _widgets_form(form: DebriefForm) -> Any:
    """The form as ipywidgets, or None when ipywidgets is not installed."""
    try:
        import ipywidgets as widgets  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    inputs: dict[str, Any] = {}
    children: list[Any] = []
    title = None
    for path, section, question, _first in form_fields():
        if section != title:
            title = section
            children.append(widgets.HTML(f"<h4>{html.escape(section)}</h4>"))
        inputs[path] = widgets.Text(
            description="",
            placeholder=question.example,
            layout=widgets.Layout(width="95%"),
        )
        children.append(widgets.Label(question.text))
        children.append(inputs[path])
    button = widgets.Button(description="Valider", button_style="primary")
    output = widgets.Output()

    def validate(_button: Any) -> None:
        output.clear_output()
        with output:
            try:
                form.submit({path: box.value for path, box in inputs.items()})
            except DebriefIncomplete as incomplete:
                print("À corriger :", *incomplete.hints, sep="\n  - ")
            else:
                print("Contexte valide : il est dans form.context (TOML : form.toml).")

    button.on_click(validate)
    box = widgets.VBox([*children, button, output])
    box.inputs = inputs  # the tests and scripts fill the fields through this
    return box


def debrief_in_notebook(
    answers: Mapping[str, Any] | str | Path | None, today: date
) -> InterviewContext | DebriefForm:
    """Implement :func:`suivi_templates.debrief`: check answers, or show the form."""
    if answers is None:
        return DebriefForm(today)
    if isinstance(answers, str | Path):
        answers = read_answers_text(answers)
    return answers_context(answers, today=today)
