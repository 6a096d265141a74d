"""Notebook display of drafts and reports: escaped HTML and Markdown (issue 5)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

import pytest

import suivi_templates as st
from suivi_templates.display import line_column, plan_html, plan_markdown

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def hostile(data: dict[str, Any]) -> st.Draft:
    data["topics"][0]["subject"] = f"le projet {SCRIPT} & *gras*"
    return st.render("thank_you", st.InterviewContext.model_validate(data))


def test_draft_html_is_an_email_card_with_its_subject(thank_you: st.Draft):
    html = thank_you._repr_html_()

    assert html.startswith('<div class="suivi-draft"')
    assert "Courriel de remerciement" in html
    assert "Objet\u00a0:" in html
    assert f"<strong>{thank_you.subject}</strong>" in html
    assert "Camille Roy &lt;camille.roy@example.org&gt;" in html
    assert "Julie Tremblay &lt;julie.tremblay@horizon.example&gt;" in html
    assert "\u00a0" in html  # no-break spaces kept as they are
    assert "Vérifications réussies" in html


def test_draft_markdown_has_subject_and_body(thank_you: st.Draft):
    markdown = thank_you._repr_markdown_()

    assert "**Objet\u00a0:** Remerciements" in markdown or "**Objet\u00a0:**" in markdown
    assert thank_you.subject is not None
    assert thank_you.subject in markdown
    assert "> Camille Roy\\\n> 514" in markdown  # the signature keeps its line breaks


def test_spoken_draft_shows_without_subject(quebec: st.InterviewContext):
    voicemail = st.render("voicemail", quebec)

    assert "Objet" not in voicemail._repr_html_()
    assert "Message vocal" in voicemail._repr_markdown_()


def test_html_in_the_context_shows_as_text(hostile: st.Draft):
    html, markdown = hostile._repr_html_(), hostile._repr_markdown_()

    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown
    assert r"\*gras\*" in markdown


def report(text: str, *findings: st.Finding) -> st.CheckReport:
    return st.CheckReport(text=text, findings=findings)


def finding(code: str, severity: str = "error", span: tuple[int, int] | None = None, **more: Any):
    return st.Finding(
        code=code, severity=severity, message=more.pop("message", "Message."), span=span, **more
    )


def test_report_marks_each_finding_at_its_span():
    text = "Bonjour,\n\nToujours pas de nouvelles. Merci."
    start = text.index("Toujours")
    shown = report(
        text,
        finding(
            "pushy.reproach",
            span=(start, start + 25),
            message="Reproche au recruteur (R15).",
            suggestion="Redites votre intérêt.",
        ),
    )._repr_html_()

    mark = '<mark style="background: #ffd7d5; color: #1f2328" title="pushy.reproach : Reproche'
    assert mark in shown
    assert ">Toujours pas de nouvelles</mark><sup>1</sup>" in shown
    assert "Refusé : 1 erreur." in shown
    assert "<code>pushy.reproach</code>" in shown
    assert "erreur" in shown
    assert "Reproche au recruteur (R15)." in shown
    assert "<em>Suggestion\u00a0:</em> Redites votre intérêt." in shown
    assert "ligne 3, colonne 1" in shown


def test_overlapping_and_odd_spans_never_break_the_text():
    text = "abcdefghij"
    shown = report(
        text,
        finding("a.one", span=(1, 6)),
        finding("a.two", "warning", span=(4, 9)),
        finding("a.whole"),  # no span: listed, not marked
        finding("a.empty", span=(3, 3)),
        finding("a.outside", span=(8, 99)),
    )

    html = shown._repr_html_()
    visible = html.split('<div style="white-space')[1].split("</div>")[0]
    assert re.sub(r"<sup>\d+</sup>|<[^>]+>", "", visible.split(">", 1)[1]) == text
    assert html.count("<li") == 5
    assert "tout le texte" in html
    assert "Refusé : 4 erreurs et 1 avertissement." in html


def test_report_escapes_the_text_and_the_messages():
    shown = report(
        f"Voir {SCRIPT}", finding("style.x", "warning", span=(5, 13), message="<b>gras</b>")
    )

    html, markdown = shown._repr_html_(), shown._repr_markdown_()

    assert "<script>" not in html
    assert "<b>" not in html
    assert "<script>" not in markdown
    assert "<b>" not in markdown
    assert "Accepté : 1 avertissement." in html


def test_report_markdown_lists_findings_with_line_and_column():
    text = "Bonjour,\nURGENT!!!"
    markdown = report(
        text, finding("pushy.shouting", span=(9, 15), suggestion="Écrivez en minuscules.")
    )._repr_markdown_()

    assert "**Refusé : 1 erreur.**" in markdown
    assert "1. `pushy.shouting` **erreur** (ligne 2, colonne 1)" in markdown
    assert "*Suggestion\u00a0:* Écrivez en minuscules." in markdown
    assert "<mark" in markdown


def test_an_empty_report_says_it_passed(thank_you: st.Draft):
    assert "Vérifications réussies" in thank_you.report._repr_html_()
    assert "Vérifications réussies" in thank_you.report._repr_markdown_()


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [("abc", 0, (1, 1)), ("abc", 3, (1, 4)), ("a\nbc", 2, (2, 1)), ("a\n\nb", 3, (3, 1))],
)
def test_line_column(text: str, offset: int, expected: tuple[int, int]):
    assert line_column(text, offset) == expected


# Plans are shown from their documented fields (steps, stopped); these tests use stand-ins
# so they run without the planner; tests/test_display_plan.py uses the real one.


class Step:
    def __init__(self, kind: str, on: date, channel: str, not_before: time | None, note: Any):
        self.kind, self.on, self.channel, self.not_before, self.note = (
            kind,
            on,
            channel,
            not_before,
            note,
        )


class Plan:
    def __init__(self, steps: list[Step], stopped: str | None = None):
        self.steps, self.stopped = steps, stopped
        self.interview_date = date(2026, 11, 19)


def test_plan_shows_as_a_timeline_with_dates_in_prose():
    plan = Plan(
        [
            Step("reminder", date(2026, 11, 30), "email", None, "Relance après le 28 novembre."),
            Step("phone_call", date(2026, 12, 7), "phone", time(17, 0), f"Note {SCRIPT}"),
        ]
    )

    html, markdown = plan_html(plan), plan_markdown(plan)

    assert html.count("<li") == 3  # the interview, then the two steps
    assert html.index("le jeudi 19\u00a0novembre 2026") < html.index("le lundi 30\u00a0novembre")
    assert "le lundi 30\u00a0novembre 2026" in html
    assert "à partir de 17\u00a0h" in html
    assert "téléphone" in html
    assert "Appel de suivi" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "| Date | Heure | Canal | Étape | Remarque |" in markdown
    assert "| le lundi 30\u00a0novembre 2026 |  | courriel | Relance |" in markdown
    assert "<script>" not in markdown


def test_a_stopped_plan_says_why():
    plan = Plan([], stopped="L’entreprise a demandé de ne pas la relancer (R11).")

    assert "Plus rien à envoyer : L’entreprise a demandé" in plan_html(plan)
    assert "suivi-timeline" not in plan_html(plan)
    assert "Plus rien à envoyer" in plan_markdown(plan)


# ---------------------------------------------------------------------------- subject, themes


def test_a_finding_in_the_subject_is_marked_in_the_subject_not_the_body():
    report = st.check("Bonjour Madame,\nMerci.", subject="Relance : toujours pas de nouvelles")

    html = report._repr_html_()
    markdown = report._repr_markdown_()

    subject_part, body_part = html.split('style="white-space: pre-wrap', 1)
    assert "<mark" in subject_part
    assert ">toujours pas de nouvelles</mark>" in subject_part
    assert "<mark" not in body_part.split("<ol", 1)[0]
    assert "(objet, colonne 11)" in html
    assert "**Objet\u00a0:** Relance : <mark" in markdown


def test_an_edited_draft_shows_its_findings_in_place(thank_you: st.Draft):
    edited = thank_you.edit(body=thank_you.body + "\nMerci de me répondre au plus vite.\n")

    html = edited._repr_html_()

    assert ">au plus vite</mark>" in html
    assert "pushy.pressure" in html
    assert "<mark" not in thank_you._repr_html_()


@pytest.mark.parametrize("kind", ["report", "draft", "plan"])
def test_colours_stay_readable_on_a_dark_theme(kind: str, thank_you: st.Draft):
    # Every coloured background carries its own dark text; no fixed grey text is set, so
    # the notebook's own (light on dark) colour applies everywhere else.
    edited = thank_you.edit(body=thank_you.body + "\nMerci de me répondre au plus vite.\n")
    html = {
        "report": edited.report._repr_html_(),
        "draft": edited._repr_html_(),
        "plan": st.plan(thank_you.context, today=date(2026, 11, 20))._repr_html_(),
    }[kind]

    for style in re.findall(r'style="([^"]*)"', html):
        if "background: #f" in style:
            assert "color: #1f2328" in style, style
        assert not re.search(r"(?<![-\w])color: #(?!1f2328)", style), style
