"""What the pair reads 349 to 362 named last session and closing 53 left: notes' signs, lists
jotted with « + », the capital of a news note, and the frames repeated from one letter to the
next."""

from __future__ import annotations

import re
from datetime import date

import pytest

import suivi_templates as st
from conftest import corpus_context, load_script
from suivi_templates.phrasing import role_as_said


def _thanks(file: str, name: str) -> str:
    return st.render("thank_you", corpus_context(file, name)).body


def test_a_list_jotted_with_plus_signs_has_one_and() -> None:
    """Pair read 362: « l’éviscération et la cuisson et le séchage »."""
    body = _thanks("fresh159", "fe11-concombres-de-mer-longue-pointe")
    assert "l’éviscération, la cuisson et le séchage" in body


@pytest.mark.parametrize(
    ("name", "said", "typed"),
    [
        # « quatre saisons au spa d'un hôtel 4* à Dinard ».
        ("fe16-spa-praticienne-saint-malo", "hôtel quatre étoiles", "4*"),
        # « traite manuelle 3x/jour ».
        ("fe23-asinerie-ardeche", "trois fois par jour", "3x"),
    ],
)
def test_a_notebooks_signs_are_said_in_words(name: str, said: str, typed: str) -> None:
    body = _thanks("fresh159", name)
    assert said in body
    assert typed not in body


def test_the_capital_of_a_news_note_is_no_name() -> None:
    """Pair read 362: « J’ai lu avec intérêt l’annonce du Vote de la grille tarifaire »."""
    ctx = corpus_context("fresh159", "fe19-redevance-incitative-haut-doubs")
    sent_on = date(2026, 12, 21)
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < sent_on]})
    body = st.render("reminder", before, sent_on=sent_on).body
    assert "du vote de la grille tarifaire 2027" in body


def test_an_asset_said_with_avec_never_says_avec_twice() -> None:
    """« Avec mes quatre ans avec les 0-18 mois, je serais ravie… » (corpus comparison)."""
    ctx = corpus_context("contexts", "ca-01-aide-cuisiniere")
    closings: dict[str, set[str]] = {}
    for asset in ("mes quatre ans avec les 0-18 mois", "mes trois ans en pouponnière"):
        highlights = {"highlights": [asset], "struck_by": None, "to_add": None}
        for seed in range(16):
            person = ctx.candidate.model_copy(update={"name": f"Julie Tremblay{'e' * seed}"})
            changed = ctx.model_copy(
                update={"candidate": person, "debrief": ctx.debrief.model_copy(update=highlights)}
            )
            body = st.render("thank_you", changed).body
            closings.setdefault(asset, set()).update(
                re.findall(r"^(Avec|Forte)\b", body, re.MULTILINE)
            )
            assert not re.search(r"^Avec [^.\n]* avec ", body, re.MULTILINE)
    # Both phrasings are reached: the asset without « avec » is said either way.
    assert closings["mes trois ans en pouponnière"] == {"Avec", "Forte"}
    assert closings["mes quatre ans avec les 0-18 mois"] == {"Forte"}


@pytest.mark.parametrize(
    ("file", "name", "typed", "written"),
    [
        # « tri des bouteilles ebrechees + decollage des etiquettes » (pair read 353).
        ("fresh154", "ez24-laveuse-bouteilles-nantes", "ebrechees", "ébréchées"),
        # « ecaillage mecanique vs manuel » (pair read 362: « l’ecaillage mécanique »).
        ("fresh159", "fe01-scaleur-chibougamau", "ecaillage", "écaillage"),
    ],
)
def test_a_rare_word_gets_the_accents_that_open_it(
    file: str, name: str, typed: str, written: str
) -> None:
    found, _ = load_script("read_packets").drafts_of({name: corpus_context(file, name)})
    bodies = "\n".join(draft["body"] for draft in found)
    assert written in bodies
    assert typed not in bodies


def test_languages_in_a_title_are_no_feminine_ending() -> None:
    """The detectors on fresh161 (Grammalecte): « interprète de conférence FR/ENE »."""
    title = "Interprète de conférence FR/EN/ES (H/F) – CDI cadre – Lyon Part-Dieu"
    assert role_as_said(title, "f") == "interprète de conférence FR/EN/ES"
    assert role_as_said("Conseiller/ère", "f") == "conseillère"


def test_news_of_year_zero_is_not_a_traceback() -> None:
    """Hostile input: « remporté en novembre 0000 » raised ValueError from ``render``."""
    data = dict(st.EXAMPLE_CONTEXT)
    company = dict(data["company"], facts=["La coop a remporté en novembre 0000 le prix X."])
    body = st.render("reminder", dict(data, company=company), sent_on=date(2026, 12, 20)).body
    assert body.startswith("Bonjour")
