"""What closing 52 left named, and a scan of the corpus's reminders for news without a verb."""

from __future__ import annotations

from datetime import date

import pytest

import suivi_templates as st
from conftest import corpus_context
from suivi_templates.phrasing import done_by_you, fact_as_noun, reads_as_news


def test_a_given_name_asked_with_vous_is_the_greeting() -> None:
    """Read 344 (three drafts): « Elle m'a vouvoyée mais m'a dit de l'appeler Lucia », greeted
    « Bonjour Madame »."""
    ctx = corpus_context("fresh151", "ew22-visagiste-lyon")
    for kind, day in (("thank_you", 23), ("reminder", 3), ("voicemail", 10)):
        body = st.render(kind, ctx, sent_on=date(2026, 11 if day > 20 else 12, day)).body
        assert body.startswith("Bonjour Lucia,")
        assert " te " not in body
        assert " tu " not in body


def _reminder(key: str) -> str:
    """The reminder of ``file:name:day``, sent that day with the history before it."""
    file, name, day = key.split(":")
    sent_on = date.fromisoformat(day)
    ctx = corpus_context(file, name)
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < sent_on]})
    return st.render("reminder", before, sent_on=sent_on).body


@pytest.mark.parametrize(
    ("key", "told"),
    [
        # « J'ai lu avec intérêt qu'Atelier labellisé Entreprise du Patrimoine Vivant… ».
        ("fresh99:cw20-tabletier-meru:2026-12-09", "que l’atelier a été labellisé Entreprise"),
        # « J'ai lu avec intérêt que Premier roman de Lise Aubanel sélectionné… ».
        ("fresh17:h22:2026-12-21", "que le premier roman de Lise Aubanel a été sélectionné"),
        # « J'ai lu avec intérêt que Sortie de Nordlys en accès anticipé jeudi dernier ».
        ("fresh6:v10:2026-12-14", "l’annonce de la sortie de Nordlys"),
        # « J'ai lu avec intérêt que levée de 12 M€ en série A » (« A » read as a verb).
        ("fresh3:p09-fullstack-saas:2026-11-17", "l’annonce de la levée de 12"),
        # « J'ai lu avec intérêt que 30 ans de la maison en 2027 ».
        ("fresh87:ck03-editrice-batture:2026-11-27", "l’annonce des 30 ans de la maison"),
    ],
)
def test_news_noted_as_a_headline_is_told_with_a_verb_or_as_a_noun(key: str, told: str) -> None:
    assert told in _reminder(key)


@pytest.mark.parametrize(
    ("key", "kept_out"),
    [
        ("fresh77:ca14-factrice-accordeons:2026-12-16", "Entreprise du Patrimoine Vivant"),
        ("fresh94:cr05-chef-direction-coop-funeraire:2026-12-02", "Coop des Appalaches"),
        ("fresh51:ba15-chocolatiere-noel:2026-11-13", "cinq tablettes"),
    ],
)
def test_news_that_is_neither_noun_nor_clause_is_not_told(key: str, kept_out: str) -> None:
    assert kept_out not in _reminder(key)


@pytest.mark.parametrize(
    "fact",
    [
        "l’ouverture d’une unité protégée Alzheimer de 14 lits en janvier",
        "le nouvel entrepôt réfrigéré à Lévis",
        "la réouverture de la bibliothèque Émile-Nelligan rénovée en janvier",
        "l’ouverture de 40 nouveaux lits de soins de longue durée en 2027",
    ],
)
def test_an_adjective_in_ee_is_not_made_a_passive(fact: str) -> None:
    """The first version read « l'ouverture d'une unité a été protégée Alzheimer »."""
    assert done_by_you(fact) is None


def test_what_a_note_names_of_the_organisation_is_a_noun_phrase() -> None:
    assert fact_as_noun("Stand primé Meilleur volailler des Halles 2026") == (
        "le stand primé Meilleur volailler des Halles 2026"
    )
    assert reads_as_news("La Ville prolonge la piste cyclable")
    assert not reads_as_news("Coop des Appalaches : 75 ans cette année")
