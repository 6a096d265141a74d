"""How drafts, reports and plans show in a notebook: ``_repr_html_`` and ``_repr_markdown_``.

Every piece of text is escaped (a topic that contains ``<script>`` shows as text), and the
no-break spaces of French typography are kept as they are (U+00A0, U+202F), so nothing
wraps between « 17 » and « h ». ``Draft``, ``CheckReport`` and ``FollowUpPlan`` call
these functions from their own ``_repr_html_`` and ``_repr_markdown_`` methods.

>>> report = CheckReport(
...     text="Toujours pas de nouvelles <b>!</b>",
...     findings=[Finding(code="pushy.reproach", severity="error", message="Reproche (R15).",
...                       span=(0, 25), suggestion="Redites votre intérêt.")],
... )
>>> html = report._repr_html_()
>>> "<mark" in html and "&lt;b&gt;" in html and "<b>" not in html
True
>>> line_column("Bonjour,\\n\\nMerci", 10)
(3, 1)
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from suivi_templates.checks.report import CheckReport, Finding
from suivi_templates.formatting import prose_date, prose_time

if TYPE_CHECKING:
    from suivi_templates.planner import FollowUpPlan
    from suivi_templates.rendering import Draft

__all__ = [
    "CHANNEL_NAMES",
    "KIND_TITLES",
    "STEP_TITLES",
    "draft_html",
    "draft_markdown",
    "line_column",
    "plan_html",
    "plan_markdown",
    "report_html",
    "report_markdown",
]

KIND_TITLES: dict[str, str] = {
    "thank_you": "Courriel de remerciement",
    "reminder": "Courriel de relance",
    "phone_script": "Script d’appel",
    "phone_call": "Appel de suivi",
    "voicemail": "Message vocal",
    "reply_received": "Réponse reçue",
    "commitment": "Envoi promis",
}
"""French names of the kinds of drafts and of the planner's steps."""

STEP_TITLES: dict[str, str] = {
    "thank_you": "Remerciement",
    "reminder": "Relance",
    "phone_call": "Appel de suivi",
    "voicemail": "Message vocal",
    "commitment": "Envoi promis",
}
"""French names of the planner's steps (the channel has its own column)."""

CHANNEL_NAMES: dict[str, str] = {"email": "courriel", "phone": "téléphone"}
"""French names of the channels."""

_SEVERITY_NAMES = {"error": "erreur", "warning": "avertissement"}
# Light highlights always carry their own dark text, and everything else inherits the
# notebook's colour (muted by opacity, not by a grey), so a dark theme stays readable.
_SEVERITY_COLOURS = {"error": "#ffd7d5", "warning": "#fff1b8"}
_INK = "color: #1f2328"
_CARD = (
    "font-family: system-ui, sans-serif; max-width: 46em; "
    "border: 1px solid rgba(128, 128, 128, 0.45); "
    "border-radius: 6px; padding: 0.8em 1.1em; margin: 0.3em 0"
)
_MUTED = "opacity: 0.72; font-size: 0.9em"
_TEXT = "white-space: pre-wrap; font-family: inherit; margin: 0.8em 0 0.4em 0; line-height: 1.45"


def _e(text: object) -> str:
    """Escape for HTML, keeping no-break spaces as the characters themselves."""
    return html.escape(str(text), quote=True)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def _md(text: object) -> str:
    """Escape for Markdown: HTML first (Markdown lets HTML through), then its own marks."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def _md_block(text: str) -> str:
    """A multi-line text as a Markdown quote that keeps its line breaks and paragraphs."""
    lines = []
    for line in text.rstrip("\n").split("\n"):
        lines.append(f"> {_md(line)}\\" if line.strip() else ">")
    # A hard break (trailing backslash) before a blank quote line would show a stray "\".
    for index in range(len(lines) - 1):
        if lines[index + 1] == ">" and lines[index].endswith("\\"):
            lines[index] = lines[index][:-1]
    if lines and lines[-1].endswith("\\"):
        lines[-1] = lines[-1][:-1]
    return "\n".join(lines)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``, as editors count them."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _status(report: CheckReport) -> str:
    errors = sum(f.severity == "error" for f in report.findings)
    warnings = len(report.findings) - errors
    if not report.findings:
        return "Vérifications réussies : aucun problème trouvé."
    counts = []
    if errors:
        counts.append(f"{errors} erreur{'s' if errors > 1 else ''}")
    if warnings:
        counts.append(f"{warnings} avertissement{'s' if warnings > 1 else ''}")
    verdict = "Refusé" if not report.passed else "Accepté"
    return f"{verdict} : {' et '.join(counts)}."


# ---------------------------------------------------------------------------- drafts


def _headers(draft: Draft) -> list[tuple[str, str]]:
    candidate, interviewer = draft.context.candidate, draft.context.interviewer
    if draft.subject is None:
        return [("Pour", interviewer.name)]

    def who(name: str, email: str | None) -> str:
        return f"{name} <{email}>" if email else f"{name} (adresse à renseigner)"

    return [
        ("De", who(candidate.name, candidate.email)),
        ("À", who(interviewer.name, interviewer.email)),
        ("Objet", draft.subject),
    ]


def draft_html(draft: Draft) -> str:
    """A draft as an email-like card: who, subject, body, and the findings marked in place."""
    title = KIND_TITLES.get(draft.kind, draft.kind)
    report = draft.report
    # An edited draft's report may hold findings: mark them where they are, as a report does.
    marked = bool(report.findings) and report.text == draft.body
    cells = []
    for name, value in _headers(draft):
        shown = _e(value)
        if name == "Objet":
            subject_marked = marked and report.subject == draft.subject
            shown = _highlighted(report, False, "subject") if subject_marked else shown
            shown = f"<strong>{shown}</strong>"
        cells.append(
            f'<tr><th style="text-align: left; padding-right: 0.8em; {_MUTED}">'
            f"{_e(name)}\u00a0:</th><td>{shown}</td></tr>"
        )
    body = _highlighted(report, False) if marked else _e(draft.body)
    return (
        f'<div class="suivi-draft" style="{_CARD}">'
        f'<div style="{_MUTED}">{_e(title)} – {_e(draft.locale)}</div>'
        f'<table style="margin-top: 0.4em; border-collapse: collapse">{"".join(cells)}</table>'
        f'<div style="{_TEXT}">{body.rstrip()}</div>'
        f'<div style="{_MUTED}">{_e(_status(report))}</div>'
        f"{_findings_list(report)}</div>"
    )


def draft_markdown(draft: Draft) -> str:
    """A draft in Markdown: a title, who and subject in bold labels, the body as a quote."""
    lines = [f"**{_md(KIND_TITLES.get(draft.kind, draft.kind))}** ({_md(draft.locale)})", ""]
    for name, value in _headers(draft):
        lines.append(f"**{name}\u00a0:** {_md(value)}  ")
    lines[-1] = lines[-1].rstrip()
    return "\n".join([*lines, "", _md_block(draft.body), "", f"*{_md(_status(draft.report))}*"])


# ---------------------------------------------------------------------------- reports


def _segments(text: str, findings: list[tuple[int, Finding]]) -> list[tuple[int, int, list[int]]]:
    """Cut the text where a finding starts or ends; each piece lists the findings over it."""
    spans = [
        (index, max(0, start), min(len(text), end))
        for index, finding in findings
        if finding.span is not None
        for start, end in [finding.span]
        if start < end
    ]
    cuts = sorted({0, len(text)} | {edge for _, start, end in spans for edge in (start, end)})
    return [
        (start, end, [index for index, s, e in spans if s <= start and end <= e])
        for start, end in itertools.pairwise(cuts)
        if start < end
    ]


def _worst(findings: Iterable[Finding]) -> str:
    return "error" if any(f.severity == "error" for f in findings) else "warning"


def _where(report: CheckReport, finding: Finding) -> str:
    if finding.span is None:
        return "tout le texte"
    if finding.where == "subject":
        return f"objet, colonne {finding.span[0] + 1}"
    line, column = line_column(report.text, finding.span[0])
    return f"ligne {line}, colonne {column}"


def _highlighted(report: CheckReport, markdown: bool, part: str = "body") -> str:
    """The body (or the subject) with each of its findings marked, numbered as in the list."""
    escape = _md if markdown else _e
    text = report.text if part == "body" else (report.subject or "")
    own = [(i, f) for i, f in enumerate(report.findings) if f.where == part]
    pieces = []
    last_end: dict[int, int] = {}
    segments = _segments(text, own)
    for _, end, covering in segments:
        for index in covering:
            last_end[index] = end
    for start, end, covering in segments:
        piece = escape(text[start:end])
        if covering:
            findings = [report.findings[i] for i in covering]
            title = " ; ".join(f"{f.code} : {f.message}" for f in findings)
            colour = _SEVERITY_COLOURS[_worst(findings)]
            piece = f'<mark style="background: {colour}; {_INK}" title="{_e(title)}">{piece}</mark>'
            numbers = [i + 1 for i in covering if last_end[i] == end]
            if numbers:
                piece += "".join(f"<sup>{n}</sup>" for n in numbers)
        pieces.append(piece)
    return "".join(pieces)


def report_html(report: CheckReport) -> str:
    """The checked text with each finding marked at its span, then the list of findings."""
    subject = ""
    if report.subject:
        subject = (
            f'<div style="margin-top: 0.5em"><span style="{_MUTED}">Objet\u00a0:</span> '
            f"<strong>{_highlighted(report, markdown=False, part='subject')}</strong></div>"
        )
    return (
        f'<div class="suivi-report" style="{_CARD}">'
        f"<div><strong>{_e(_status(report))}</strong></div>{subject}"
        f'<div style="{_TEXT}">{_highlighted(report, markdown=False)}</div>'
        f"{_findings_list(report)}</div>"
    )


def _findings_list(report: CheckReport) -> str:
    """The numbered findings: code, severity, where, message and suggestion."""
    items = []
    for number, finding in enumerate(report.findings, 1):
        suggestion = (
            f"<br><em>Suggestion\u00a0:</em> {_e(finding.suggestion)}" if finding.suggestion else ""
        )
        colour = _SEVERITY_COLOURS[finding.severity]
        items.append(
            f'<li value="{number}"><code>{_e(finding.code)}</code> '
            f'<span style="background: {colour}; {_INK}; padding: 0 0.3em; border-radius: 3px">'
            f"{_SEVERITY_NAMES[finding.severity]}</span> "
            f'<span style="{_MUTED}">({_e(_where(report, finding))})</span><br>'
            f"{_e(finding.message)}{suggestion}</li>"
        )
    return f'<ol style="margin: 0.4em 0">{"".join(items)}</ol>' if items else ""


def report_markdown(report: CheckReport) -> str:
    """The report in Markdown: the verdict, the marked text as a quote, the findings."""
    text = _highlighted(report, markdown=True)
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n"))
    lines = [f"**{_md(_status(report))}**", ""]
    if report.subject:
        lines += [f"**Objet\u00a0:** {_highlighted(report, markdown=True, part='subject')}", ""]
    lines.append(quoted)
    if report.findings:
        lines.append("")
    for number, finding in enumerate(report.findings, 1):
        lines.append(
            f"{number}. `{finding.code}` **{_SEVERITY_NAMES[finding.severity]}** "
            f"({_md(_where(report, finding))}) : {_md(finding.message)}"
        )
        if finding.suggestion:
            lines.append(f"   *Suggestion\u00a0:* {_md(finding.suggestion)}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- plans


_PLAN_COLUMNS = ("Date", "Heure", "Canal", "Étape", "Remarque")


def _plan_rows(plan: FollowUpPlan) -> list[tuple[str, str, str, str, str]]:
    return [
        (
            # Day and month names are the same in fr_CA and fr_FR.
            f"le {prose_date(step.on, 'fr_FR')}",
            f"à partir de {prose_time(step.not_before)}" if step.not_before else "",
            CHANNEL_NAMES.get(step.channel, step.channel),
            STEP_TITLES.get(step.kind, step.kind),
            step.note or "",
        )
        for step in plan.steps
    ]


def _plan_ending(plan: FollowUpPlan) -> str:
    if plan.stopped:
        return f"Plus rien à envoyer : {plan.stopped}"
    if not plan.steps:
        return "Aucune étape prévue."
    return ""


_DOT = (
    "position: absolute; left: calc(-1.575em - 3px); top: 0.3em; width: 0.75em; height: 0.75em; "
    "border-radius: 50%; background: {colour}; border: 2px solid {colour}"
)
_STATUS_COLOURS = {"overdue": "#cf222e", "due": "#1a7f37", "planned": "#0969da"}
_STATUS_NAMES = {"overdue": "en retard", "due": "à faire", "planned": "prévu"}


def _timeline_item(when: str, title: str, detail: str, colour: str, hollow: bool = False) -> str:
    dot = _DOT.format(colour=colour) + ("; background: transparent" if hollow else "")
    detail_html = f'<div style="{_MUTED}">{_e(detail)}</div>' if detail else ""
    return (
        f'<li style="position: relative; margin: 0 0 0.8em 0">'
        f'<span style="{dot}"></span>'
        f"<strong>{_e(when)}</strong> — {_e(title)}{detail_html}</li>"
    )


def plan_html(plan: FollowUpPlan) -> str:
    """The plan as a small timeline: the interview, then each step with its date and why."""
    items = [
        _timeline_item(
            f"le {prose_date(plan.interview_date, 'fr_FR')}", "Entrevue", "", "#8c959f", True
        )
    ]
    for step, (day, hour, channel, title, note) in zip(plan.steps, _plan_rows(plan), strict=True):
        status = getattr(step, "status", "planned")
        when = f"{day}, {hour}" if hour else day
        label = f"{title} ({channel}) · {_STATUS_NAMES.get(status, status)}"
        items.append(_timeline_item(when, label, note, _STATUS_COLOURS.get(status, "#0969da")))
    timeline = (
        '<ol class="suivi-timeline" style="list-style: none; margin: 0.6em 0 0 0.4em; '
        'padding: 0 0 0 1.2em; border-left: 2px solid rgba(128, 128, 128, 0.45)">'
        f"{''.join(items)}</ol>"
    )
    ending = _plan_ending(plan)
    parts = [f'<div class="suivi-plan" style="{_CARD}">', "<strong>Plan de suivi</strong>"]
    if plan.steps:
        parts.append(timeline)
    if ending:
        parts.append(f'<p style="{_MUTED}">{_e(ending)}</p>')
    return "".join([*parts, "</div>"])


def plan_markdown(plan: FollowUpPlan) -> str:
    """The plan as a Markdown table, then why it stops."""
    lines = ["**Plan de suivi**", ""]
    if plan.steps:
        lines.append("| " + " | ".join(_PLAN_COLUMNS) + " |")
        lines.append("|" + "---|" * len(_PLAN_COLUMNS))
        lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in _plan_rows(plan))
    ending = _plan_ending(plan)
    if ending:
        lines.extend(["", _md(ending)])
    return "\n".join(lines).rstrip()
