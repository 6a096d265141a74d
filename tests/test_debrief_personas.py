"""Five debriefs answered as five different candidates would, sloppy notes included.

Sectors, both locales, names with particles, relative dates: each debrief must write a
context whose drafts pass their own checks and carry what the candidate said.
"""

from __future__ import annotations

import io
import sys
import tomllib
from datetime import date

import pytest

import suivi_templates as st
from suivi_templates.cli import main

PERSONAS = {
    "préposée aux bénéficiaires, Québec": (
        "2026-11-20",
        [
            "québec", "nadia bouchard", "f", "", "418 555-0199",
            "Hélène de Villiers", "", "mme", "Directrice des soins", "",
            "le CHSLD des Quatre-Vents", "", "préposée aux bénéficiaires",
            "hier", "",  # a relative date, confirmed
            "",
            "l'organisation des quarts de fin de semaine", "",
            "relève de nuit", "la relève de nuit", "",  # hint: no article; retyped
            "",
            "J'ai retenu la place que vous donnez aux préposés dans le choix des horaires.",
            "",
            "mon attestation en déplacement sécuritaire des bénéficiaires", "",
            "", "",
            "vendredi prochain", "",
            "", "", "", "",
        ],
    ),
    "analyste de données, France": (
        "2026-11-20",
        [
            "fr", "Thomas Nguyen", "m", "thomas.nguyen@example.org", "",
            "Paul Van Damme", "", "Monsieur", "responsable data", "",
            "Groupe Lemaire", "", "Analyste de données", "19/11/2026", "visio",
            "migration des tableaux de bord vers Power BI", "",  # Entrée: « la » added
            "elle doit être finie en mars", "",
            "",
            "J'ai repensé à votre question sur SQL : j'ai optimisé des requêtes sur 40 millions "
            "de lignes chez mon employeur actuel.",
            "", "",
            "lui envoyer un exemple de tableau de bord", "", "https://exemple.org/tableau", "",
            "",
            "28 novembre", "", "", "", "",
        ],
    ),
    "cariste, Québec, notes en vrac": (
        "2026-11-23",
        [
            "qc", "MARC-ANDRÉ GAGNON", "m", "", "",
            "Julie Tremblay", "Madame", "", "",
            "Transport Laval", "", "cariste",
            "jeudi", "",  # last Thursday, confirmed
            "",
            "Excel", "la gestion des inventaires dans Excel", "",  # one word: hint, retyped
            "sécurité en entrepôt", "", "",  # Entrée: « la » added
            "",
            "", "", "", "", "",
            "", "non", "", "", "", "",
        ],
    ),
    "enseignante, France, promesse à venir": (
        "2026-11-24",
        [
            "france", "Claire Le Goff", "f", "", "",
            "Marc Dupuis", "M.", "principal adjoint", "",
            "Collège Jean-Moulin", "", "professeure de mathématiques", "20 novembre",
            "en personne",
            "le projet de classe à horaires aménagés", "le collège veut l'ouvrir en 2027",
            "",
            "J'ai été frappée par l'entraide entre les collègues que vous m'avez décrite.",
            "",
            "mes six ans en réseau d'éducation prioritaire", "",
            "",
            "leur transmettre ma séquence sur les fractions", "", "", "4 décembre", "",
            "", "", "", "", "", "",
        ],
    ),
    "soutien informatique, épicène, processus court": (
        "2026-11-20",
        [
            "qc", "Alex Côté", "n", "", "514 555-0123",
            "Sophie Lavoie", "Madame", "", "",
            "la Coopérative Nordik", "", "analyste en soutien informatique", "2026-11-19",
            "téléphone",
            "le déploiement des postes Windows 11", "", "",
            "", "", "", "", "",
            "", "oui", "", "", "", "",
        ],
    ),
}  # fmt: skip


def run_debrief(monkeypatch, capsys, tmp_path, today: str, lines: list[str]):
    target = tmp_path / "contexte.toml"
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    status = main(["debrief", "--aujourdhui", today, "--sortie", str(target)])
    out, err = capsys.readouterr()
    assert status == 0, err + out[-3000:]
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    return st.InterviewContext.model_validate(data)


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_each_debrief_gives_drafts_that_pass_and_carry_the_interview(
    monkeypatch, capsys, tmp_path, persona
):
    today, lines = PERSONAS[persona]

    context = run_debrief(monkeypatch, capsys, tmp_path, today, lines)

    for kind in ("thank_you", "reminder"):
        draft = st.render(kind, context)
        assert draft.report.passed, draft.report.findings
    thank_you = st.render("thank_you", context)
    # The interview is there: its first topic, or the candidate's own sentence about it.
    own = context.debrief.struck_by or context.topics[0].subject
    assert own.split()[-1].rstrip(".") in thank_you.body
    assert st.plan(context, today=date.fromisoformat(today)).steps


def test_the_personas_answers_land_where_they_should(monkeypatch, capsys, tmp_path):
    contexts = {
        name: run_debrief(monkeypatch, capsys, tmp_path / str(i), *PERSONAS[name])
        for i, name in enumerate(PERSONAS)
        if (tmp_path / str(i)).mkdir() is None
    }
    nadia, thomas, marc, claire, alex = contexts.values()

    assert nadia.interviewer.surname == "de Villiers"
    assert (nadia.company.name, nadia.company.article) == ("CHSLD des Quatre-Vents", "le")
    assert nadia.interview.date == date(2026, 11, 19)
    assert nadia.next_steps.decision_by == date(2026, 11, 20)
    assert [t.subject for t in nadia.topics][1] == "la relève de nuit"
    assert thomas.locale == "fr_FR"
    assert thomas.interviewer.surname == "Van Damme"
    assert thomas.topics[0].subject == "la migration des tableaux de bord vers Power BI"
    assert thomas.commitments[0].link == "https://exemple.org/tableau"
    assert marc.candidate.name == "Marc-André Gagnon"
    assert marc.company.article is None
    assert marc.interview.date == date(2026, 11, 19)
    assert [t.subject for t in marc.topics] == [
        "la gestion des inventaires dans Excel",
        "la sécurité en entrepôt",
    ]
    assert claire.commitments[0].due == date(2026, 12, 4)
    assert claire.debrief.struck_by is not None
    assert alex.candidate.gender == "n"
    assert alex.next_steps.short_process is True
    assert alex.interview.mode == "phone"
