"""``st.debrief()`` in a notebook: answers checked at once, the HTML form, the widgets."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser

import pytest

import suivi_templates as st
from suivi_templates.debrief.notebook import DebriefForm, form_fields, form_html
from suivi_templates.debrief.sheet import sheet_markdown, write_sheet

TODAY = date(2026, 11, 20)

ANSWERS = {
    "locale": "fr",
    "candidate.name": "Léa Martin",
    "candidate.gender": "n",
    "interviewer.name": "Paul Van Damme",
    "interviewer.civility": "Monsieur",
    "company.name": "l'Atelier Lumen",
    "role.title": "développeuse web",
    "interview.date": "hier",
    "topics.0.subject": "la refonte du site de réservation",
    "topics.1.subject": "le « mode sombre » et les accents \\ graves",
    "debrief.struck_by": "J'ai aimé votre façon de présenter l'équipe et ses projets.",
    "next_steps.decision_by": "2026-12-04",
}


def test_answers_give_a_context():
    answers = ANSWERS | {"interview.date": "19/11/2026"}

    context = st.debrief(answers, today=TODAY)

    assert isinstance(context, st.InterviewContext)
    assert context.locale == "fr_FR"
    assert context.interviewer.family_name == "Van Damme"  # proposed, then kept
    assert (context.company.name, context.company.article) == ("Atelier Lumen", "l'")
    assert context.topics[1].subject == "le « mode sombre » et les accents \\ graves"
    assert context.next_steps.decision_by == date(2026, 12, 4)


def test_every_wrong_answer_is_listed_at_once_in_french():
    answers = ANSWERS | {"candidate.gender": "x", "debrief.struck_by": "bien"}

    with pytest.raises(st.DebriefIncomplete) as raised:
        st.debrief(answers, today=TODAY)

    hints = raised.value.hints
    assert any(h.startswith("candidate.gender (") and "Répondez « f »" in h for h in hints)
    assert any(h.startswith("interview.date (") and "confirmer" in h for h in hints)
    assert any(h.startswith("debrief.struck_by (") for h in hints)
    assert "Le débriefing est à compléter" in str(raised.value)


@pytest.mark.parametrize("missing", ["interviewer.name", "interview.date", "company.name"])
def test_a_missing_answer_is_a_hint_not_a_crash(missing):
    answers = ANSWERS | {"interview.date": "19/11/2026"}
    del answers[missing]

    with pytest.raises(st.DebriefIncomplete) as raised:
        st.debrief(answers, today=TODAY)

    assert any(h.startswith(f"{missing} (") and "nécessaire" in h for h in raised.value.hints)


def test_a_gap_or_an_unknown_answer_is_named():
    answers = ANSWERS | {"interview.date": "19/11/2026", "topics.3.subject": "un sujet perdu"}
    answers |= {"candidat.nom": "Léa"}

    with pytest.raises(st.DebriefIncomplete) as raised:
        st.debrief(answers, today=TODAY)

    assert [h.split(" : ")[0] for h in raised.value.hints] == ["candidat.nom", "topics.3.subject"]


def test_the_html_form_result_is_copied_back_as_toml():
    answers = ANSWERS | {"interview.date": "19/11/2026"}
    # What the form's script builds: JSON.stringify of each name and value.
    copied = "\n".join(
        f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}"
        for k, v in answers.items()
    )

    assert st.debrief(copied, today=TODAY) == st.debrief(answers, today=TODAY)


def test_a_broken_copy_says_so():
    with pytest.raises(st.DebriefIncomplete, match="n’est pas un TOML valide"):
        st.debrief('"locale" = "qc', today=TODAY)


class Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "input":
            self.names.append(dict(attrs)["name"])


def test_the_html_form_has_one_input_per_answer():
    parser = Inputs()
    parser.feed(form_html())

    assert parser.names == [path for path, *_ in form_fields()]
    assert "topics.4.subject" in parser.names
    assert "<script>" in form_html()


def test_debrief_without_answers_shows_the_form():
    form = st.debrief(today=TODAY)

    assert isinstance(form, DebriefForm)
    assert form.context is None
    if form.widget is not None:  # ipywidgets: the widgets' own view
        assert "application/vnd.jupyter.widget-view+json" in form._repr_mimebundle_()
    form.widget = None  # as without ipywidgets
    assert "Préparer les réponses" in form._repr_mimebundle_()["text/html"]


def test_the_widgets_form_sets_the_context_on_valider():
    pytest.importorskip("ipywidgets")  # the optional extra; installed with [test]
    form = st.debrief(today=TODAY)
    for path, value in (ANSWERS | {"interview.date": "19/11/2026"}).items():
        form.widget.inputs[path].value = value
    button = next(c for c in form.widget.children if getattr(c, "description", "") == "Valider")

    button.click()

    assert form.context == st.debrief(ANSWERS | {"interview.date": "19/11/2026"}, today=TODAY)
    assert form.toml is not None
    assert 'locale = "fr_FR"' in form.toml


def test_the_widgets_form_keeps_no_context_while_answers_are_wrong():
    pytest.importorskip("ipywidgets")
    form = st.debrief(today=TODAY)
    form.widget.inputs["locale"].value = "qc"
    button = next(c for c in form.widget.children if getattr(c, "description", "") == "Valider")

    button.click()

    assert form.context is None


def test_the_sheet_asks_every_question_on_paper(tmp_path):
    text = sheet_markdown()

    for _path, _section, question, _first in form_fields():
        assert (question.text in text) == question.on_paper
    assert text.count("\n") < 100  # kept short, for print
    written = write_sheet(tmp_path / "fiche.md")
    assert written.read_text(encoding="utf-8") == text
    with pytest.raises(st.OutputExists):
        write_sheet(tmp_path / "fiche.md")


def test_the_pdf_sheet_needs_a_converter(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(st.ConverterMissing, match="installez pandoc ou LibreOffice"):
        write_sheet(tmp_path / "fiche.pdf")
    assert not (tmp_path / "fiche.pdf").exists()


def test_the_pdf_sheet_through_pandoc(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "pandoc"  # writes a PDF header where pandoc would write the PDF
    fake.write_text('#!/bin/sh\nprintf "%%PDF-1.7 %s" "$(head -c 9 "$1")" > "$3"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")

    written = write_sheet(tmp_path / "fiche.pdf")

    assert written.read_bytes() == "%PDF-1.7 # Débrie".encode()


def test_the_pdf_sheet_through_libreoffice_when_pandoc_fails(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "pandoc").write_text("#!/bin/sh\necho 'pdflatex not found' >&2; exit 43\n")
    # soffice --headless --convert-to pdf --outdir DIR fiche.html
    (bin_dir / "soffice").write_text('#!/bin/sh\ngrep -c "<h2>" "$6" > "$5/fiche.pdf"\n')
    for program in bin_dir.iterdir():
        program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")

    written = write_sheet(tmp_path / "fiche.pdf")

    assert written.read_text() == "8\n"  # the HTML sheet, one heading per section


def test_import_loads_no_optional_library():
    code = (
        "import sys, suivi_templates as st; st.debrief;"
        "print(sorted(m for m in ('tomli_w', 'ipywidgets', 'rich') if m in sys.modules))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert completed.stdout.strip() == "[]"
