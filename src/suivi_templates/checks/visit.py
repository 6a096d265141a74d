"""A visit of the premises recalled after an interview held by phone or video (R9).

Reported as ``generic.foreign_name``: like another company's name, it shows a passage
written for another interview.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates._wording import WORDS
from suivi_templates.checks.base import Hit, Target

__all__ = ["visit_not_made"]

# A visit recalled: « m'avoir accueilli dans vos bureaux », « la visite de votre atelier »,
# « m'avoir fait visiter la cave ».
_VISIT = re.compile(
    r"\bm['’]\s*avoir\s+(?:re[çc]ue?|accueillie?|fait\s+visiter)\s+(?:dans|sur)\s"
    r"|\bm['’]\s*avoir\s+fait\s+visiter\b"
    r"|\b(?:la|cette|votre)\s+visite\s+(?:guidée\s+)?(?:de|du|des)\s+(?:votre|vos|la|l['’]|le|les)\s",
    re.IGNORECASE,
)
_MODE = {"phone": "au téléphone", "video": "en visioconférence"}


def visit_not_made(target: Target) -> Iterator[Hit]:
    """A visit of the premises recalled after an interview held by phone or video (R9).

    « Merci de m'avoir accueilli dans vos bureaux de Rimouski » after a call was written for
    another interview (blind32: three recycled letters). Quiet when the context speaks of a
    visit (« visite de la cave » as a topic) or of premises seen.
    """
    context = target.context
    if context is None or context.interview.mode not in _MODE or target.part != "body":
        return
    found = _VISIT.search(target.text)
    if found is None or "visit" in context.model_dump_json().casefold():
        return
    excerpt = " ".join(found.group().split())
    yield Hit(
        f"« {excerpt} » : {WORDS[context.locale]['the_interview']} a eu lieu "
        f"{_MODE[context.interview.mode]}, sans visite ; le passage semble copié d'une autre "
        "candidature (R9).",
        "Reprenez ce qui s'est dit pendant cet échange-ci, ou retirez ce passage.",
        found.span(),
    )
