"""What a reminder brings: something new (R14), and the promises still open (R3).

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
from suivi_templates.checks.concrete import _key_found, _token_forms, concrete_items
from suivi_templates.checks.contextwords import Item
from suivi_templates.checks.text import GAP
from suivi_templates.models import InterviewContext

__all__ = ["brings_news", "nothing_new", "open_promise"]

# Words a text uses to bring news of its own (matched on the folded text: no accents).
# « Depuis » opens news only at the head of a sentence: « pas de nouvelles depuis… » is none.
# After a line break only spaces may come, so that a run of blank lines is read once.
_ACHIEVED = "obtenu|termine|reussi|decroche|complete|valide|renouvele"
"""What « j'ai » says was done since the interview, in folded letters."""
_OWN_NEWS = re.compile(
    rf"(?:^|[.!?:]\s+|\n[^\S\n]*)depuis(?![^\W_])"
    rf"|(?<![^\W_])(?:j'ai{GAP}(?:{_ACHIEVED}|suivi|appris|lu|vu|commence|publie|ajoute)"
    rf"|je{GAP}viens{GAP}d|vient{GAP}d"
    rf"|ci-joint|ci-jointe|piece{GAP}jointe|en{GAP}piece|lien|https?)(?![^\W_])"
)
# « j'ai fini cette semaine la formation de premiers soins (16 heures) »: a fact since the
# interview, with its figure, is the new element a reminder is for (R14), whether or not the
# context has it yet.
_OWN_FACT = re.compile(
    rf"(?<![^\W_])(?:j'ai{GAP}(?:{_ACHIEVED}|fini)|je{GAP}viens{GAP}d)(?![^\W_])"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_DIGIT = re.compile(r"\d")


def brings_news(target: Target) -> bool:
    """The text tells a fact of the candidate's since the interview, with its figure.

    Read sentence by sentence (one pass): a pattern reaching from the verb to a later digit
    would rescan a long sentence from each verb.
    """
    folded = target.folded
    start = 0
    for end in (*(m.start() for m in _SENTENCE_END.finditer(folded)), len(folded)):
        fact = _OWN_FACT.search(folded, start, end)
        if fact is not None and _DIGIT.search(folded, fact.end(), end):
            return True
        start = end + 1
    return False


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


def _open_promises(target: Target) -> list[str]:
    """Promises neither kept nor sent with an attachment or a link, and due by now (R3)."""
    context = target.context
    if context is None:
        return []
    return [
        c.promise
        for c in context.commitments
        if not (c.done or c.attachment or c.link)
        and (c.due is None or target.today is None or c.due <= target.today)
    ]


def _says(item: Item, words: frozenset[str], prefixes: frozenset[str]) -> bool:
    """Two of the promise's key words, or its only one: « coordonnées » alone may be others'."""
    found = [k for k in item.keys if _key_found(k, words, prefixes)]
    return len(found) >= min(2, len(item.keys))


def open_promise(target: Target) -> Iterator[Hit]:
    """A reminder or a call that leaves a promise of the interview unkept (R3).

    Keeping a promise is the best follow-up there is; a reminder that does not mention one
    still open leaves the recruiter waiting for it.
    """
    if target.part != "body" or target.kind not in ("reminder", "phone_script"):
        return
    promises = _open_promises(target)
    if not promises:
        return
    words, prefixes = _token_forms(target)
    items = [i for i in target.words.items if i.kind == "commitment"] if target.words else []
    for promise in promises:
        if any(i.text == promise and _says(i, words, prefixes) for i in items):
            continue
        yield Hit(
            f"Une promesse de l'entrevue reste à tenir : « {promise} » ; ce message n'en "
            "dit rien (R3).",
            "Tenez-la ici (les coordonnées, le document ou le lien promis) ; si c'est déjà "
            "fait, notez-la comme tenue dans le contexte (done = true).",
            None,
        )
