"""The printable debrief sheet: the same questions on one page, for those who prefer paper.

Markdown always; PDF when a converter is installed (pandoc, else LibreOffice). The file is
written atomically like every other output of the library.

>>> print(sheet_markdown().splitlines()[0])
# Débriefing d’entrevue — à remplir le jour même
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from suivi_templates.debrief.catalogue import SECTIONS, Question
from suivi_templates.errors import ConverterMissing, DebriefFileProblem
from suivi_templates.output import write_file

__all__ = ["sheet_html", "sheet_markdown", "write_sheet"]

_CONVERTERS = ("pandoc", "libreoffice", "soffice")
_BLANK = "…" * 40


def _lines(question: Question, times: int = 1) -> list[str]:
    example = question.example.replace("*", "\\*")
    return [f"- **{question.text}** *Ex. : {example}*"] + [f"  {_BLANK}"] * times


def sheet_markdown() -> str:
    """The debrief sheet as Markdown: each section, its questions, an example, a blank."""
    lines = [
        "# Débriefing d’entrevue — à remplir le jour même",
        "",
        "Notez à chaud ce qui s’est dit (R4–R6) : ces réponses font des messages de suivi "
        "personnels. Ensuite, `suivi-templates debrief` les reprend une à une.",
    ]
    for section in SECTIONS:
        lines += ["", f"## {section.title}", "", f"*{section.why}*", ""]
        for entry in section.entries:
            if isinstance(entry, Question):
                lines += _lines(entry) if entry.on_paper else []
                continue
            for question in entry.item:
                lines += _lines(question, times=2 if question is entry.item[0] else 1)
    return "\n".join(lines) + "\n"


def sheet_html() -> str:
    """The same sheet as a small HTML page (what LibreOffice turns into a PDF)."""
    parts = [
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        "<title>Débriefing d’entrevue</title><style>body{font:10pt sans-serif;margin:1.5cm}"
        "h2{font-size:11pt;margin:.6em 0 .2em}p{margin:.1em 0}</style></head><body>",
        "<h1>Débriefing d’entrevue — à remplir le jour même</h1>",
    ]
    for section in SECTIONS:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        for entry in section.entries:
            for question in (entry,) if isinstance(entry, Question) else entry.item:
                if not question.on_paper:
                    continue
                parts.append(
                    f"<p><b>{html.escape(question.text)}</b> <i>Ex. : "
                    f"{html.escape(question.example)}</i><br>{'_' * 60}</p>"
                )
    parts.append("</body></html>")
    return "\n".join(parts)


def _pdf(folder: Path) -> bytes:
    """Convert the sheet to PDF with the first converter found on the PATH."""
    for name in _CONVERTERS:
        program = shutil.which(name)
        if program is None:
            continue
        if name == "pandoc":
            source, target = folder / "fiche.md", folder / "fiche.pdf"
            source.write_text(sheet_markdown(), encoding="utf-8")
            command = [program, str(source), "-o", str(target)]
        else:
            source, target = folder / "fiche.html", folder / "fiche.pdf"
            source.write_text(sheet_html(), encoding="utf-8")
            command = [program, "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
            command.append(str(source))
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=120)
        except (subprocess.SubprocessError, OSError):
            continue  # a converter that fails (pandoc without LaTeX…): try the next one
        if target.is_file():
            return target.read_bytes()
    raise ConverterMissing(_CONVERTERS)


def write_sheet(path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the sheet to ``path``: ``.md`` as Markdown, ``.pdf`` through a converter."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        data = sheet_markdown().encode("utf-8")
    elif suffix == ".pdf":
        with tempfile.TemporaryDirectory() as folder:
            data = _pdf(Path(folder))
    else:
        raise DebriefFileProblem(f"--fiche {path} : utilisez l’extension .md ou .pdf")
    try:
        return write_file(path, data, overwrite=overwrite)
    except OSError as error:
        if isinstance(error, FileExistsError):
            raise
        raise DebriefFileProblem(f"impossible d’écrire {path} : {error.strerror}") from None
