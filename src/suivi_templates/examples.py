"""Bundled example contexts: one interview in Québec, one in France.

``EXAMPLE_CONTEXT`` is the example of ``docs/design.md``; ``EXAMPLES`` maps a locale to a
context for that locale, as JSON-ready data (``InterviewContext.model_validate`` reads it).
"""

from __future__ import annotations

from typing import Any

__all__ = ["EXAMPLES", "EXAMPLE_CONTEXT"]

EXAMPLE_CONTEXT: dict[str, Any] = {
    "locale": "fr_CA",
    "candidate": {
        "name": "Camille Roy",
        "gender": "f",
        "email": "camille.roy@example.org",
        "phone": "514 555-0142",
    },
    "interviewer": {
        "name": "Julie Tremblay",
        "civility": "Madame",
        "title": "directrice des ressources humaines",
        "email": "julie.tremblay@horizon.example",
    },
    "company": {"name": "Coopérative Horizon"},
    "role": {"title": "analyste financière"},
    "interview": {"date": "2026-11-19", "mode": "in_person"},
    "topics": [
        {
            "subject": "la migration du système comptable vers SAP",
            "note": "elle craint des retards à la clôture de fin d'année",
        }
    ],
    "commitments": [
        {"promise": "lui transmettre mon analyse du processus de recouvrement", "done": False}
    ],
    "next_steps": {"decision_by": "2026-11-28", "channel": "email", "no_contact": False},
    "history": [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
}

_FRANCE: dict[str, Any] = {
    "locale": "fr_FR",
    "candidate": {
        "name": "Hugo Martin",
        "gender": "m",
        "email": "hugo.martin@example.org",
        "phone": "06 12 34 56 78",
    },
    "interviewer": {
        "name": "Claire Dupont",
        "civility": "Madame",
        "title": "responsable du recrutement",
        "email": "claire.dupont@atelier-lumen.example",
    },
    "company": {
        "name": "Atelier Lumen",
        "article": "l'",
        "facts": ["l'Atelier Lumen vient d'ouvrir une agence à Nantes"],
    },
    "role": {"title": "chef de projet informatique"},
    "interview": {"date": "2026-05-07", "mode": "video"},
    "topics": [
        {"subject": "le déploiement du nouvel outil de facturation"},
        {"subject": "l'organisation de l'équipe de développement à Lyon"},
    ],
    "commitments": [
        {"promise": "lui envoyer un exemple de cahier de recette", "done": True},
    ],
    "next_steps": {"decision_by": None, "channel": "email", "short_process": True},
    "debrief": {
        "highlights": ["mon expérience de la migration d'un ERP dans une PME de 200 personnes"]
    },
}

EXAMPLES: dict[str, dict[str, Any]] = {"fr_CA": EXAMPLE_CONTEXT, "fr_FR": _FRANCE}
