"""What each built-in kind of draft is, in one catalogue below rendering and checks.

Spoken or written, whether it has a subject, its word limit, which history entry it counts
as, whether it must carry a detail of the interview. The checks read it here instead of
keeping their own tables (and import neither ``rendering`` nor the presenters).

>>> KINDS
('thank_you', 'reminder', 'phone_script', 'voicemail')
>>> CATALOGUE["voicemail"].spoken, CATALOGUE["voicemail"].word_limit
(True, 90)
>>> kind_of(None).label
'un courriel'
"""

from __future__ import annotations

from dataclasses import dataclass

from suivi_templates.models import HistoryKind

__all__ = ["CATALOGUE", "KINDS", "KindInfo", "kind_of"]


@dataclass(frozen=True)
class KindInfo:
    """One kind of draft, as the checks (and any presenter) need to know it."""

    name: str | None
    """``thank_you``…; None for an e-mail of an app's own kind."""
    spoken: bool
    """Read aloud on the phone (no subject, R20, R21)."""
    word_limit: int
    """Words above which the body is too long (R8, R20; R21 for voicemail)."""
    label: str
    """What the kind is, in French, as a check's message names it."""
    history: HistoryKind | None
    """The history entry that sending it adds (None: not a follow-up of the interview)."""
    personal: bool
    """Must carry a detail of this interview: a topic, a promise, a fact (R9, R14)."""


CATALOGUE: dict[str, KindInfo] = {
    "thank_you": KindInfo(
        "thank_you", False, 220, "un remerciement (visez 80 à 180 mots)", "thank_you", True
    ),
    "reminder": KindInfo(
        "reminder", False, 200, "une relance (visez 60 à 150 mots)", "reminder", True
    ),
    "phone_script": KindInfo(
        "phone_script", True, 180, "un script d'appel (une à deux minutes)", "phone_call", False
    ),
    "voicemail": KindInfo(
        "voicemail", True, 90, "un message vocal (30 secondes au plus)", "phone_call", False
    ),
}
"""The built-in kinds, in the order of :data:`KINDS`."""

_EMAIL = KindInfo(None, False, 220, "un courriel", None, True)

KINDS: tuple[str, ...] = tuple(CATALOGUE)
"""The built-in kinds; ``phone_script`` and ``voicemail`` are spoken and have no subject."""


def kind_of(kind: str | None) -> KindInfo:
    """The catalogue entry of ``kind``; an e-mail for None or an app's own kind."""
    return CATALOGUE.get(kind or "", _EMAIL)
