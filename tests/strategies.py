"""Hypothesis strategies for valid interview contexts, varied in every field the drafts use."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from suivi_templates import InterviewContext

FIRST_NAMES = ["Camille", "Hugo", "Élodie", "Yves", "Inès", "Olivier", "Hélène", "Noé", "Amira"]
LAST_NAMES = ["Roy", "Tremblay", "Dupont", "Gagnon", "Ouellet", "Martin", "Haddad", "Lefebvre"]
COMPANIES = [
    ("Coopérative Horizon", None),
    ("Coopérative Horizon", "la"),
    ("Groupe Alpha", "le"),
    ("Laboratoires Boréal", "les"),
    ("Atelier Lumen", "l'"),
    ("Hydro-Québec", None),
    ("Hachette Livre", None),
    ("Ubisoft", None),
    ("Yamaha Musique", None),
]
ROLES = [
    "analyste financière",
    "analyste financier",
    "infirmière clinicienne",
    "chef de projet informatique",
    "ingénieure logicielle",
    "éducateur spécialisé",
    "acheteuse",
    "technicien en logistique",
    "assistant administratif",
    "responsable des opérations",
]
TOPICS = [
    "la migration du système comptable vers SAP",
    "le traitement des dossiers urgents",
    "les délais de livraison en région",
    "l'intégration des nouveaux arrivants",
    "la refonte du site Web",
    "un projet d'automatisation des entrepôts",
    "l'équipe de nuit aux urgences",
    "le budget de formation",
    "les retards à la clôture mensuelle",
    "la relance des clients sans réponse",
]
PROMISES = [
    "lui transmettre mon analyse du processus de recouvrement",
    "envoyer deux lettres de référence",
    "lui faire parvenir un exemple de rapport mensuel",
    "leur envoyer mon portfolio",
    "lui transmettre les coordonnées de mon ancienne gestionnaire",
]
# What a promise of contact details gives, in words (``commitments[].details``).
DETAILS = "Mme Line Roy, directrice des finances, 514 555-0100"
HIGHLIGHTS = [
    "mes cinq années en recouvrement",
    "mon expérience de la gestion de crise",
    "ma maîtrise de Python et de SQL",
    "un stage de six mois en Allemagne",
]
FACTS = [
    "votre équipe vient de remporter un prix d'innovation",
    "l'entreprise ouvre un bureau à Québec",
    "le projet de fusion a été annoncé la semaine dernière",
]
PHONES = {
    "fr_CA": ["514 555-0142", "+1 418 555 0199"],
    "fr_FR": ["06 12 34 56 78", "+33 7 11 22 33 44"],
}


@st.composite
def context_data(draw: st.DrawFn) -> dict[str, Any]:
    """Valid context data, both locales, every gender, civility and optional part."""
    locale = draw(st.sampled_from(["fr_CA", "fr_FR"]))
    held = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)))
    company, article = draw(st.sampled_from(COMPANIES))
    first, last = draw(st.sampled_from(FIRST_NAMES)), draw(st.sampled_from(LAST_NAMES))
    interviewer_first = draw(st.sampled_from(FIRST_NAMES))
    interviewer_last = draw(st.sampled_from(LAST_NAMES))
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True))
    decision = draw(st.none() | st.integers(min_value=1, max_value=40))
    return {
        "locale": locale,
        "candidate": {
            "name": f"{first} {last}",
            "gender": draw(st.sampled_from(["f", "m", "n"])),
            "email": f"{last.lower()}@example.org",
            "phone": draw(st.sampled_from(PHONES[locale])),
        },
        "interviewer": {
            "name": f"{interviewer_first} {interviewer_last}",
            "civility": draw(st.sampled_from(["Madame", "Monsieur", None])),
            "email": "rh@entreprise.example",
        },
        "company": {
            "name": company,
            "article": article,
            "facts": draw(st.lists(st.sampled_from(FACTS), max_size=1)),
        },
        "role": {"title": draw(st.sampled_from(ROLES))},
        "interview": {
            "date": held.isoformat(),
            "mode": draw(st.sampled_from(["in_person", "video", "phone"])),
        },
        "topics": [{"subject": subject} for subject in topics],
        "commitments": [
            {
                "promise": promise,
                "done": draw(st.booleans()),
                "details": DETAILS if "coordonnées" in promise and draw(st.booleans()) else None,
            }
            for promise in draw(st.lists(st.sampled_from(PROMISES), max_size=2, unique=True))
        ],
        "next_steps": {
            "decision_by": None
            if decision is None
            else (held + timedelta(days=decision)).isoformat(),
            "short_process": draw(st.booleans()),
        },
        "debrief": {"highlights": draw(st.lists(st.sampled_from(HIGHLIGHTS), max_size=1))},
    }


def contexts() -> st.SearchStrategy[InterviewContext]:
    """Valid ``InterviewContext`` values."""
    return context_data().map(InterviewContext.model_validate)
