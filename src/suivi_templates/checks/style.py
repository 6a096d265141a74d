"""style.* checks (warnings): length, the other locale's words, agreement, calques, awaiting (R8, R15; docs/conventions.md: « Vocabulaire », « Accords et écriture épicène »).

These never reject a draft on their own (severity ``warning``): they say what a careful
Québec or France reader would change. « Revenir vers vous » is deliberately *not* flagged:
the follow-up rules list it among the polite formulas that must pass.

Gender (docs/conventions.md, « Accords et écriture épicène »). For a candidate of gender ``f``, a masculine self-description
(« je suis intéressé ») is flagged, and the reverse for ``m``. For gender ``n`` nothing is
flagged: the library's own templates use épicène wording, but a person writing about
themself chooses their own agreement, which the checks cannot second-guess. « (e) » is
template residue (``generic.template_residue``), not a style matter.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from suivi_templates.checks.anchors import finditer_near
from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.checks.ruledata import data_hit, data_matches
from suivi_templates.checks.text import WORD, fold, phrases
from suivi_templates.kinds import CATALOGUE, kind_of

__all__ = ["LENGTH_LIMITS", "STYLE_CHECKS"]

_SCAN_LIMIT = 200

LENGTH_LIMITS: dict[str | None, tuple[int, str]] = {
    info.name: (info.word_limit, info.label) for info in (kind_of(None), *CATALOGUE.values())
}
"""Words above which a body is too long, by kind (from :mod:`suivi_templates.kinds`)."""

_WORDS = re.compile(rf"{WORD}+(?:['’\-]{WORD}+)*")


def too_long(target: Target) -> Iterator[Hit]:
    """Too long for its kind: above 220 words for a thank-you, 200 for a reminder, 90 for a voicemail (R8).

    R8: elegance is concision. The span starts at the first word past the limit.
    """
    if target.part != "body":
        return
    info = kind_of(target.kind)
    limit, label = info.word_limit, info.label
    # The words are counted in C: the first past the limit, then at most three limits more.
    words = _WORDS.finditer(target.text)
    first_past = next(itertools.islice(words, limit, None), None)
    if first_past is None:
        return
    start = first_past.start()
    count = limit + 1 + sum(1 for _ in itertools.islice(words, 3 * limit))
    more = "plus de " if count > 4 * limit else ""
    yield Hit(
        f"Le texte compte {more}{count} mots, c'est long pour {label} : au-delà de {limit} "
        "mots, le message ressemble à un roman (R8).",
        "Gardez le remerciement, un ou deux points précis de l'entrevue et votre intérêt ; "
        "coupez le reste.",
        (start, len(target.text)),
    )


def other_locale(target: Target) -> Iterator[Hit]:
    """Vocabulary of the other locale: « mail », « week-end », « portable » in fr_CA; « fin de semaine », « cellulaire », « entrevue » in fr_FR (docs/conventions.md, « Vocabulaire »).

    Needs a context (for its locale). Words from the context itself are masked.
    """
    # The words are data, one file per locale: checks/rules/fr_CA/style.toml and
    # checks/rules/fr_FR/style.toml (« style.other_locale.* »).
    for rule, match in data_matches("style.other_locale", target):
        yield data_hit(rule, match, target)


_SELF = (
    r"(?:je (?:suis|serais|serai|reste|resterai|demeure|me sens|me sentais|me suis senti(?:e)?"
    r"|me suis montre(?:e)?|me suis (?:toujours )?(?:sentie?|trouvee?))|j'(?:etais|ai ete|avais ete|en suis))"
)
_ADVERBS = (
    r"(?: (?:tres|vraiment|tout a fait|particulierement|d'autant plus|sincerement|profondement"
    r"|extremement|toujours|aussi|encore|si|fort|bien|plus que jamais|tellement|totalement"
    r"|pleinement|deja|donc|ainsi|vivement|reellement|sincerement|absolument)){0,3}"
)
# Self-descriptions whose feminine is not the regular « -é → -ée » (masculine, feminine).
_IRREGULAR = (
    ("ravi", "ravie"),
    ("reconnaissant", "reconnaissante"),
    ("heureux", "heureuse"),
    ("prêt", "prête"),
    ("convaincu", "convaincue"),
    ("impatient", "impatiente"),
    ("certain", "certaine"),
    ("sûr", "sûre"),
    ("désireux", "désireuse"),
    ("curieux", "curieuse"),
    ("content", "contente"),
    ("satisfait", "satisfaite"),
    ("séduit", "séduite"),
    ("conquis", "conquise"),
    ("confiant", "confiante"),
    ("ouvert", "ouverte"),
    ("attentif", "attentive"),
    ("investi", "investie"),
    ("réjoui", "réjouie"),
    ("surpris", "surprise"),
    ("senti", "sentie"),
    ("déçu", "déçue"),
    ("venu", "venue"),
    ("reçu", "reçue"),
    ("retenu", "retenue"),
    ("fier", "fière"),
    ("pris", "prise"),
    ("conscient", "consciente"),
    ("actif", "active"),
    ("admis", "admise"),
)
_FEMININE = {fold(f): m for m, f in _IRREGULAR}
_MASCULINE = {fold(m): f for m, f in _IRREGULAR}
_AGREEMENT = phrases(rf"{_SELF}{_ADVERBS} ({WORD}{{2,20}})")


def gender_agreement(target: Target) -> Iterator[Hit]:
    """Agreement that contradicts the candidate's gender: « je suis intéressé » from a candidate ``f`` (docs/conventions.md, « Accords et écriture épicène »).

    Looks at what follows « je suis », « j'ai été », « je reste », « je me sens »…
    (adverbs allowed). Also any participle in « -é » / « -ée » there. Gender ``n``: nothing
    is flagged (see the module docstring). Needs a context.
    """
    context = target.context
    if context is None or context.candidate.gender == "n":
        return
    gender = context.candidate.gender
    for count, match in enumerate(finditer_near(_AGREEMENT, target.folded)):
        if count >= _SCAN_LIMIT:
            break
        word = match.group(1)
        start, end = match.span(1)
        original = target.text[start:end]
        if gender == "f":
            wrong = word in _MASCULINE or original.endswith("é")
            correct = _MASCULINE.get(word, original + "e")
        else:
            wrong = word in _FEMININE or original.endswith("ée")
            correct = _FEMININE.get(word, original[:-1])
        if not wrong:
            continue
        if original[:1].isupper():
            correct = correct[:1].upper() + correct[1:]
        who = "une candidate" if gender == "f" else "un candidat"
        yield Hit(
            f"« {original} » ne s'accorde pas avec le genre de {who} (conventions, « Accords et écriture épicène »).",
            f"Écrivez « {correct} ».",
            (start, end),
        )


def calque(target: Target) -> Iterator[Hit]:
    """Calques: « suite à », « appliquer sur un poste », « céduler », « retourner un appel » (docs/conventions.md, « Vocabulaire »).

    « Pour faire suite à », « à la suite de », « donner suite à » pass, and so does
    « revenir vers vous », which the follow-up rules list as polite.
    """
    # The calques are data: checks/rules/fr/style.toml, « style.calque.* ».
    for rule, match in data_matches("style.calque", target):
        yield data_hit(rule, match, target)


def awaiting_formula(target: Target) -> Iterator[Hit]:
    """Closing formula « Dans l'attente de votre retour » or « … de vous lire » (R15).

    A common courtesy, so only a warning; but it still reminds the reader that an answer
    is awaited, which R15 advises against. « Dans l'attente de votre réponse » names the
    answer and is ``pushy.waiting_for_answer``.
    """
    for rule, match in data_matches("style.awaiting_formula", target):
        yield data_hit(rule, match, target)


STYLE_CHECKS: tuple[Check, ...] = (
    Check("style.too_long", "warning", too_long),
    Check("style.other_locale", "warning", other_locale),
    Check("style.gender_agreement", "warning", gender_agreement),
    Check("style.calque", "warning", calque),
    Check("style.awaiting_formula", "warning", awaiting_formula),
)
