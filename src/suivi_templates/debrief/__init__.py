"""The debrief: guided questions that write a good interview context (R4–R6).

The same catalogue of questions (:mod:`~suivi_templates.debrief.catalogue`) is asked in the
terminal (``suivi-templates debrief``), shown as a form in a notebook (:func:`debrief`) and
printed as a sheet (``suivi-templates debrief --fiche fiche.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from suivi_templates.debrief.notebook import DebriefForm
    from suivi_templates.models import InterviewContext

__all__ = ["debrief"]


@overload
def debrief(answers: None = None, *, today: date | None = None) -> DebriefForm: ...


@overload
def debrief(
    answers: Mapping[str, Any] | str | Path, *, today: date | None = None
) -> InterviewContext: ...


def debrief(
    answers: Mapping[str, Any] | str | Path | None = None, *, today: date | None = None
) -> InterviewContext | DebriefForm:
    """The debrief's questions as a form in a notebook, or the context their answers make.

    ``st.debrief()`` shows the form (ipywidgets when installed, else plain HTML) and returns
    it: its « Valider » button sets ``form.context``, an :class:`InterviewContext`. The
    HTML form gives a TOML text instead: ``st.debrief(r'''…''')`` (or a mapping of the
    same answers, or the path of a ``.toml`` file of answers) checks the answers as the
    terminal does and returns the :class:`InterviewContext`. ``today`` is the date that
    « hier » or « jeudi dernier » count from.

    Raises:
        DebriefIncomplete: an answer is missing or wrong; ``.hints`` says what to change,
            in French, one line per answer.

    """
    from suivi_templates.debrief.notebook import debrief_in_notebook

    return debrief_in_notebook(answers, today or date.today())
