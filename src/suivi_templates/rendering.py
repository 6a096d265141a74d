"""Rendering: context → Jinja2 template → French post-processing → checked draft."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from suivi_templates.checks import CheckReport
from suivi_templates.models import InterviewContext, Locale

__all__ = ["KINDS", "Draft", "render"]

Kind = Literal["thank_you", "reminder", "phone_script", "voicemail"]
KINDS: tuple[str, ...] = ("thank_you", "reminder", "phone_script", "voicemail")


class Draft(BaseModel):
    """A rendered follow-up: subject (None for spoken kinds), body, and its check report."""

    model_config = ConfigDict(frozen=True)

    kind: str
    locale: Locale
    subject: str | None
    body: str
    report: CheckReport

    def __str__(self) -> str:
        if self.subject is None:
            return self.body
        return f"{self.subject}\n\n{self.body}"


def render(kind: str, context: InterviewContext) -> Draft:
    """Render the draft of ``kind`` for ``context`` (work in progress)."""
    raise NotImplementedError
