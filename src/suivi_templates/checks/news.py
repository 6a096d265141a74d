"""generic.nothing_new: a reminder brings something new and useful (R14).

A reminder that only says « toujours intéressé » reads as a nudge. What it can bring is in
the context: a fact since the interview (``debrief.since``), news of the organisation
(``company.facts``), an asset not yet put forward (``debrief.highlights`` beyond the first,
which the thank-you used). A text that brings its own news (« depuis », « j'ai obtenu »,
something attached) passes: the check cannot know every fact, only the missing ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.concrete import concrete_items
from suivi_templates.checks.text import GAP
from suivi_templates.models import InterviewContext

__all__ = ["nothing_new"]

# Words a text uses to bring news of its own (matched on the folded text: no accents).
_OWN_NEWS = re.compile(
    rf"(?<![^\W_])(?:depuis|j'ai{GAP}(?:obtenu|termine|suivi|reussi|appris|lu|vu|decroche"
    rf"|complete|valide|renouvele|commence|publie|ajoute)|je{GAP}viens{GAP}d|vient{GAP}d"
    rf"|ci-joint|ci-jointe|piece{GAP}jointe|en{GAP}piece|lien|https?)(?![^\W_])"
)


def _news(context: InterviewContext) -> tuple[str, ...]:
    """What the context holds for a reminder to bring (R14)."""
    return (
        *context.debrief.since,
        *context.company.facts,
        *context.debrief.highlights[1:],
    )


def nothing_new(target: Target) -> Iterator[Hit]:
    """A reminder with nothing new: no fact since the interview, no news, no new asset (R14)."""
    if target.part != "body" or target.kind != "reminder" or target.context is None:
        return
    news = _news(target.context)
    mentioned = {item.text for item in concrete_items(target)}
    if mentioned.intersection(news) or _OWN_NEWS.search(target.folded):
        return
    if news:
        suggestion = f"Reprenez ce que votre contexte note : « {news[0]} »."
    else:
        suggestion = (
            "Ajoutez un fait depuis l'entrevue (une formation terminée, une attestation reçue) "
            "dans debrief.since, ou une nouvelle de l'organisation dans company.facts ; à "
            "défaut, joignez ce que vous aviez promis."
        )
    yield Hit(
        "Cette relance n'apporte rien de nouveau (ni fait depuis l'entrevue, ni nouvelle de "
        "l'organisation) : elle redit seulement votre intérêt (R14).",
        suggestion,
        None,
    )
