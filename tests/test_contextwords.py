"""The context's own words are found on tokens, prepared once per context, with no regex."""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as hs

from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
from suivi_templates.checks.contextwords import ContextWords
from suivi_templates.checks.text import fold

CONTEXT = InterviewContext.model_validate(EXAMPLE_CONTEXT)


def _masked(text: str, context: InterviewContext = CONTEXT) -> str:
    return ContextWords.of(context).mask(fold(text))


def test_a_run_of_an_items_key_words_is_masked_in_any_order_and_inflection() -> None:
    assert _masked("Les systèmes comptables migrés") == "les ################### migres"
    assert "#" not in _masked("un système, comptable")  # never across punctuation


def test_one_key_word_of_a_long_item_alone_is_not_masked() -> None:
    assert _masked("Le système me plaît") == "le systeme me plait"


def test_the_role_title_is_masked_with_its_inflections_and_hyphens() -> None:
    data = copy.deepcopy(EXAMPLE_CONTEXT)
    data["role"]["title"] = "aide-cuisinier"
    masked = _masked("Le poste d'AIDE-CUISINIÈRE.", InterviewContext.model_validate(data))
    assert masked == "le poste d'###############."


def test_names_are_masked_but_not_inside_an_identifier() -> None:
    assert _masked("HORIZON et nom_horizon") == "####### et nom_horizon"


def test_a_new_context_is_prepared_without_compiling_a_pattern() -> None:
    words = ContextWords.of(CONTEXT)
    assert not any(hasattr(value, "pattern") for value in vars(words).values())


@given(hs.text(alphabet="aéb -'.,#_Hrizon", max_size=60))
def test_masking_keeps_the_length_and_only_adds_hashes(text: str) -> None:
    folded = fold(text)
    masked = ContextWords.of(CONTEXT).mask(folded)
    assert len(masked) == len(folded)
    assert all(a == b or b == "#" for a, b in zip(folded, masked, strict=True))
