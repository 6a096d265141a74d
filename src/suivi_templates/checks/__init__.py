"""Checks that reject generic and pushy drafts, and explain why.

>>> report = check("Bonjour Madame Tremblay, j'attends votre réponse au plus vite !!!")
>>> report.passed
False
>>> sorted(report.codes)
['pushy.pressure', 'pushy.shouting', 'pushy.waiting_for_answer']
>>> print(report.findings[0].describe())  # doctest: +NORMALIZE_WHITESPACE
ligne 1, colonne 26 — pushy.waiting_for_answer (erreur) : « j'attends votre réponse » dit au
recruteur que vous attendez sa réponse, ce que les règles déconseillent : c'est une
pression, même polie (R15). → Exprimez plutôt le plaisir d'échanger, sans rien réclamer :
« Au plaisir d'avoir de vos nouvelles » ou « Je reste disponible pour en discuter ».
>>> check("Je me permets de revenir vers vous ; je reste disponible.").passed
True

Configuration, per call, like a linter: a code or a whole family, set to ``"off"``,
``"warning"`` or ``"error"`` (a code wins over its family).

>>> check("URGENT : ma candidature", config={"pushy": "warning"}).passed
True

Accepting one finding at one place: pass the finding (or its fingerprint) back in
``accept``; the same code elsewhere still fires.

>>> text = "Répondez-moi au plus vite. Rappelez-moi au plus vite."
>>> first = check(text).findings[0]
>>> first.fingerprint
'pushy.pressure:au plus vite'
>>> [f.fingerprint for f in check(text, accept=[first]).findings]
['pushy.pressure:au plus vite#2']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.checks.registry import FAMILIES, Level, registry, run, run_many
from suivi_templates.checks.report import CheckReport, Finding, Part, Severity
from suivi_templates.errors import UnknownKind
from suivi_templates.kinds import KINDS
from suivi_templates.models import InterviewContext, as_context

__all__ = [
    "FAMILIES",
    "Check",
    "CheckReport",
    "Finding",
    "Hit",
    "Level",
    "Part",
    "Severity",
    "Target",
    "check",
    "check_many",
    "checks",
]


def _known_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise UnknownKind(kind, KINDS)


Context = InterviewContext | Mapping[str, Any]
"""An interview context, or its JSON data (validated as ``render`` does)."""


def _validated(context: Context | None) -> InterviewContext | None:
    return None if context is None else as_context(context)


def check(
    text: str,
    context: Context | None = None,
    *,
    kind: str | None = None,
    subject: str | None = None,
    today: date | None = None,
    config: Mapping[str, Level] | None = None,
    accept: Iterable[Finding | str] = (),
) -> CheckReport:
    """Check ``text`` (a draft's body, written by the library or by a person).

    Args:
        text: the body to check; any string (the checks never raise on text).
        context: the interview, or its JSON data (validated as ``render`` does); without
            it, the checks that compare the draft with the interview (foreign names,
            concrete element, locale, gender) stay quiet.
        kind: ``thank_you``, ``reminder``, ``phone_script`` or ``voicemail``; sets the
            length limit and which checks apply (None: treated as an e-mail, as are an
            app's own kinds, which ``render`` passes as None).
        subject: the subject line, checked too; its findings have ``where == "subject"``,
            a span into the subject, and a message that starts with « Dans l'objet : ».
        today: the date the draft would be sent (used by the timing checks).
        config: code or family → ``"off"``, ``"warning"`` or ``"error"``. An unknown key
            raises :class:`~suivi_templates.errors.UnknownCheck`.
        accept: findings (or their ``fingerprint``) to accept at their place: they move
            to ``report.accepted``; the same code on other words still fires.

    Returns:
        A :class:`CheckReport`; ``passed`` is False iff a finding is an error.

    Raises:
        pydantic.ValidationError: ``context`` is data that is not a valid context.

    """
    _known_kind(kind)
    return run(
        text,
        _validated(context),
        kind=kind,
        subject=subject,
        today=today,
        config=config,
        accept=accept,
    )


def check_many(
    items: Iterable[str | tuple[str, Context | None]],
    *,
    kind: str | None = None,
    today: date | None = None,
    config: Mapping[str, Level] | None = None,
    accept: Iterable[Finding | str] = (),
) -> tuple[CheckReport, ...]:
    """Check several drafts together: each alone, plus ``generic.same_body`` across them.

    ``items`` are texts, or ``(text, context)`` pairs. Two bodies that are the same once
    their own names are blanked out, addressed to different companies, both get a
    ``generic.same_body`` error (R9). Reports come back in the order of ``items``.

    >>> body = ("Bonjour, merci pour notre entrevue chez {0}. J'ai apprécié la visite des "
    ...         "bureaux et la présentation de l'équipe, et je serais heureuse de contribuer "
    ...         "aux projets de {0}. Mon intérêt reste entier et je reste disponible.")
    >>> reports = check_many([body.format("Alpha Conseil"), body.format("Bêta Services")])
    >>> [sorted(r.codes) for r in reports]
    [['generic.same_body'], ['generic.same_body']]
    """
    _known_kind(kind)
    pairs = [
        (item, None) if isinstance(item, str) else (item[0], _validated(item[1])) for item in items
    ]
    return run_many(pairs, kind=kind, today=today, config=config, accept=accept)


def checks() -> tuple[Check, ...]:
    """Every registered check, in family order (``code``, ``family``, ``severity``, ``doc``).

    >>> [c.code for c in checks() if c.family == "pushy"][:3]
    ['pushy.reproach', 'pushy.pressure', 'pushy.waiting_for_answer']
    """
    return tuple(registry().values())
