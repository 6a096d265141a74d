"""An app's own template folder: overrides, new kinds, fallback, sandbox, clear errors (issue 5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import suivi_templates as st


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


OWN_THANK_YOU = """{% set subject %}Merci – {{ role.title }}{% endset %}
Bonjour {{ interviewer.name }},

Merci pour notre rencontre du {{ date(interview.date) }} chez {{ company_name() }}.
J’ai retenu notre échange sur {{ topics[0].subject }}.

{{ candidate.name }}
"""


def test_own_template_overrides_a_builtin_by_name(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/thank_you.j2", OWN_THANK_YOU)

    draft = st.render("thank_you", quebec, template_dir=tmp_path)

    assert draft.subject == "Merci – analyste financière"
    assert draft.body.startswith("Bonjour Julie Tremblay,\n\nMerci pour notre rencontre du jeudi")
    assert draft.body != st.render("thank_you", quebec).body


def test_other_kinds_fall_back_to_the_builtin_templates(
    tmp_path: Path, context: st.InterviewContext
):
    write(tmp_path, f"{context.locale}/thank_you.j2", OWN_THANK_YOU)

    for kind in ("reminder", "phone_script", "voicemail"):
        assert st.render(kind, context, template_dir=tmp_path) == st.render(kind, context)


def test_own_template_adds_a_kind_that_can_import_builtin_macros(
    tmp_path: Path, quebec: st.InterviewContext
):
    write(
        tmp_path,
        "fr_CA/references.j2",
        '{% import "fr/_commun.j2" as commun with context %}'
        "{% set subject %}Mes références{% endset %}\n"
        "{{ commun.salutation() }}\n\n"
        "Voici les coordonnées de mes deux références, qui connaissent bien "
        "{{ topics[0].subject }}.\n",
    )

    assert "references" in st.rendering.available_kinds("fr_CA", tmp_path)
    assert "references" not in st.rendering.available_kinds("fr_CA")
    draft = st.render("references", quebec, template_dir=tmp_path)
    assert draft.kind == "references"
    assert draft.subject == "Mes références"
    assert draft.body.startswith("Bonjour Madame,")
    with pytest.raises(st.UnknownKind, match="references"):
        st.render("references", quebec)


def test_own_template_with_nothing_from_the_interview_is_rejected(
    tmp_path: Path, quebec: st.InterviewContext
):
    write(tmp_path, "fr_CA/note.j2", "Bonjour,\n\nJe suis très motivée par ce poste.\n")

    with pytest.raises(st.DraftRejected) as caught:
        st.render("note", quebec, template_dir=tmp_path)
    assert "generic.no_concrete_element" in caught.value.report.codes


def test_a_missing_template_folder_says_so(tmp_path: Path, quebec: st.InterviewContext):
    with pytest.raises(st.TemplateProblem, match="existe pas"):
        st.render("thank_you", quebec, template_dir=tmp_path / "absent")


@pytest.mark.parametrize(
    ("source", "line", "unsafe"),
    [
        ("Bonjour\n{{ ''.__class__.__mro__ }}\n", 2, "__class__"),
        ("Bonjour\n\n{{ cycler.__init__.__globals__ }}\n", 3, "__init__"),
        ("{{ pick.__globals__['__builtins__'] }}\n", 1, "__globals__"),
        ("{{ '{0.__class__}'.format(ctx) }}\n", 1, "format"),  # str.format: refused outright
        ("{{ ctx.__dict__ }}\n", 1, "__dict__"),
        ("a\n{{ topics.append(1) }}\n", 2, "append"),
    ],
)
def test_a_sandbox_escape_fails_with_the_template_and_line(
    tmp_path: Path, quebec: st.InterviewContext, source: str, line: int, unsafe: str
):
    path = write(tmp_path, "fr_CA/thank_you.j2", source)
    before = quebec.model_dump()

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    problem = caught.value
    assert isinstance(problem, st.SuiviError)
    assert (problem.template, problem.line, problem.path) == ("fr_CA/thank_you.j2", line, str(path))
    assert unsafe in str(problem)
    assert "opération interdite" in str(problem)
    assert f"ligne {line}" in str(problem)
    assert quebec.model_dump() == before  # the context was not changed either


def test_a_syntax_error_reports_file_and_line(tmp_path: Path, quebec: st.InterviewContext):
    path = write(tmp_path, "fr_CA/thank_you.j2", "Bonjour,\n\n{% if %}\nMerci\n{% endif %}\n")

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert str(caught.value).startswith(f"Gabarit 'fr_CA/thank_you.j2' ({path}), ligne 3 : ")
    assert "erreur de syntaxe" in str(caught.value)


def test_an_unknown_variable_reports_file_and_line(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/thank_you.j2", "Bonjour,\n\nMerci\n{{ candidat.name }}\n")

    with pytest.raises(st.TemplateProblem, match=r"ligne 4 : variable inconnue .*'candidat'"):
        st.render("thank_you", quebec, template_dir=tmp_path)


def test_a_value_jinja_folds_while_compiling_is_reported_as_the_template(
    tmp_path: Path, quebec: st.InterviewContext
):
    # « ''|first » is computed when the template compiles, not when it renders (hypothesis).
    write(tmp_path, "fr_CA/thank_you.j2", "Bonjour,\n{{ (''|first) ~ 'x' }}\n")

    with pytest.raises(st.TemplateProblem, match="variable inconnue") as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert caught.value.template == "fr_CA/thank_you.j2"


def test_an_unknown_field_reports_file_and_line(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/thank_you.j2", "{% set subject %}\n{{ role.intitule }}\n{% endset %}x\n")

    with pytest.raises(st.TemplateProblem, match="ligne 2 : variable inconnue") as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert "intitule" in str(caught.value)


def test_an_error_in_an_imported_template_names_that_template(
    tmp_path: Path, quebec: st.InterviewContext
):
    macros = write(tmp_path, "fr_CA/_mine.j2", "{% macro sign() %}\n\n{{ zork }}\n{% endmacro %}\n")
    write(
        tmp_path,
        "fr_CA/thank_you.j2",
        '{% import "fr_CA/_mine.j2" as mine %}\nx {{ mine.sign() }}\n',
    )

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert (caught.value.template, caught.value.path, caught.value.line) == (
        "fr_CA/_mine.j2",
        str(macros),
        3,
    )
    assert "appelé depuis 'fr_CA/thank_you.j2'" in str(caught.value)


def test_a_syntax_error_in_an_imported_template_names_that_template(
    tmp_path: Path, quebec: st.InterviewContext
):
    macros = write(tmp_path, "fr_CA/_mine.j2", "{% macro sign() %}\n{% endfor %}\n")
    write(tmp_path, "fr_CA/thank_you.j2", '{% import "fr_CA/_mine.j2" as mine %}\nx\n')

    with pytest.raises(st.TemplateProblem, match="erreur de syntaxe") as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert (caught.value.path, caught.value.line) == (str(macros), 2)


def test_a_missing_include_is_named(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/thank_you.j2", 'a\n{% include "fr_CA/absent.j2" %}\n')

    with pytest.raises(st.TemplateProblem, match=r"ligne 2 : gabarit introuvable : 'fr_CA/absent"):
        st.render("thank_you", quebec, template_dir=tmp_path)


def test_edits_to_own_templates_are_seen_without_restarting(
    tmp_path: Path, quebec: st.InterviewContext
):
    path = write(tmp_path, "fr_CA/note.j2", "Première version sur {{ topics[0].subject }}.\n")
    assert st.render("note", quebec, template_dir=tmp_path).body.startswith("Première")

    path.write_text("Deuxième version sur {{ topics[0].subject }}.\n", encoding="utf-8")
    later = path.stat().st_mtime + 2  # coarse file-system clocks: make the change visible
    os.utime(path, (later, later))

    assert st.render("note", quebec, template_dir=tmp_path).body.startswith("Deuxième")
