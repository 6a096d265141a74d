"""One conjugation to « nous » (the candidate's team) and « vous » (the organisation)."""

from __future__ import annotations

import pytest

from suivi_templates.phrasing._words import _IRREGULAR_PLURALS, _to_person
from suivi_templates.phrasing.news import to_its_own
from suivi_templates.phrasing.own_words import with_nous


@pytest.mark.parametrize("verb", sorted(_IRREGULAR_PLURALS))
def test_every_listed_verb_has_both_persons(verb: str) -> None:
    assert (_to_person(verb, "nous") or "").endswith(("ons", "mes"))
    assert (_to_person(verb, "vous") or "").endswith(("ez", "tes"))


def test_the_team_and_the_organisation_share_the_verbs() -> None:
    assert with_nous("on prend les appels de nuit") == "nous prenons les appels de nuit"
    assert to_its_own("Prend le virage du numérique.") == "vous prenez le virage du numérique."


@pytest.mark.parametrize("verb", ["gère", "appelle", "emploie", "jette", "le", "ne"])
def test_a_stem_that_changes_or_a_short_word_is_not_guessed(verb: str) -> None:
    assert _to_person(verb, "nous") is None
    assert _to_person(verb, "vous") is None
