"""Typography per locale, applied last, idempotent, sparing URLs, addresses and clock values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates import typography
from suivi_templates.typography import fix_typography

NBSP, NNBSP = "\u00a0", "\u202f"


def test_france_uses_narrow_spaces_before_high_punctuation() -> None:
    text = fix_typography("Merci ! Est-ce possible ? Oui ; enfin : « bien »", "fr_FR")
    assert text == (
        f"Merci{NNBSP}! Est-ce possible{NNBSP}? Oui{NNBSP}; enfin{NBSP}: «{NBSP}bien{NBSP}»"
    )


def test_quebec_sets_no_space_before_high_punctuation_but_one_before_colon() -> None:
    text = fix_typography("Merci ! Est-ce possible ? Oui ; enfin: «bien»", "fr_CA")
    assert text == f"Merci! Est-ce possible? Oui; enfin{NBSP}: «{NBSP}bien{NBSP}»"


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_urls_addresses_and_clock_values_are_untouched(locale: str) -> None:
    text = "Voir https://exemple.org/a?b=c ou ecrire à a.b@exemple.org vers 17:30!"
    fixed = fix_typography(text, locale)  # type: ignore[arg-type]
    assert "https://exemple.org/a?b=c" in fixed
    assert "a.b@exemple.org" in fixed
    assert "17:30" in fixed


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_apostrophes_become_typographic_and_spaces_are_tidied(locale: str) -> None:
    fixed = fix_typography("  L'équipe  d'Horizon   \n\n\n\naujourd'hui...  ", locale)  # type: ignore[arg-type]
    assert fixed == "L’équipe d’Horizon\n\naujourd’hui…"


@pytest.mark.parametrize(("locale", "group"), [("fr_CA", NBSP), ("fr_FR", NNBSP)])
def test_numbers_typed_by_the_person_stay_whole(locale: str, group: str) -> None:
    """OQLF and Imprimerie nationale: digit groups, « $ », « % », « € » and « h » are held."""
    text = "12 000 $ de commandites, 4 % sur le vrac, 20 €, de 22 h à 6 h 30, en 2025 et 150 colis"
    assert fix_typography(text, locale) == (
        f"12{group}000{NBSP}$ de commandites, 4{NBSP}% sur le vrac, 20{NBSP}€, "
        f"de 22{NBSP}h à 6{NBSP}h{NBSP}30, en 2025 et 150 colis"
    )
    assert fix_typography("40 millions de lignes", locale) == f"40{NBSP}millions de lignes"


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
@given(text=st.text(alphabet=st.sampled_from(list("ab '!?;:«»\n.-/@10h$%€"))))
def test_typography_is_idempotent(locale: str, text: str) -> None:
    once = fix_typography(text, locale)  # type: ignore[arg-type]
    assert fix_typography(once, locale) == once  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_a_typed_date_keeps_its_day_and_month_together(locale: str) -> None:
    fixed = fix_typography("Je l’ai obtenue le 25 novembre, puis le 1er décembre.", locale)
    assert "25\u00a0novembre" in fixed
    assert "1er\u00a0décembre" in fixed
    assert fix_typography("J’ai 25 ans de métier.", locale) == "J’ai 25 ans de métier."


# Letters, digits and every character a rule reads or leaves: spaces of each kind, line
# breaks, the punctuation the rules move, and the shapes each rule rewrites.
_TYPED = [
    *"ab1 9\u00a0\u202f\t\n'’.:;!?«»%$€h",
    *("l'a", "...", "a :", "a ;", "a !", "« a »", "  ", " \n", "\n ", "\n\n\n"),
    *("le 20 novembre", "12 000", "4 %", "17 h", "22 h 30", "3 millions"),
]
typed = st.lists(st.sampled_from(_TYPED), max_size=40).map("".join)


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
@settings(max_examples=300)
@given(text=typed)
def test_skipping_the_rules_a_text_cannot_match_changes_nothing(locale: str, text: str) -> None:
    rules = (*typography._COMMON, typography._DAY_MONTH, *typography._BY_LOCALE[locale])

    def every_rule(piece: str) -> str:
        for pattern, replacement, _ in rules:
            piece = pattern.sub(replacement, piece)
        return piece

    expected = typography._outside_protected(text, every_rule)
    expected = typography._SPACE_RUNS.sub(" ", expected)
    expected = typography._EDGE_SPACES.sub("", expected)
    expected = typography._BLANK_LINE_RUNS.sub("\n\n", expected).strip("\n")
    assert fix_typography(text, locale) == expected
