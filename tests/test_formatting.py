"""French formatting helpers: elision, contraction, dates, times, phone numbers."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from suivi_templates.formatting import (
    a,
    company_name,
    de,
    elides,
    fix_elision,
    phone_number,
    prose_date,
    prose_list,
    prose_time,
    que,
    second_person,
    short_date,
)
from suivi_templates.models import Company

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("analyste", "d’analyste"),
        ("Horizon", "d’Horizon"),
        ("Hydro-Québec", "d’Hydro-Québec"),
        ("Hachette Livre", "de Hachette Livre"),
        ("Yamaha", "de Yamaha"),
        ("Yves", "d’Yves"),
        ("Ubisoft", "d’Ubisoft"),
        ("onze candidats", "de onze candidats"),
        ("comptable", "de comptable"),
        ("le traitement des dossiers", "du traitement des dossiers"),
        ("les délais", "des délais"),
        ("la migration", "de la migration"),
        ("l'équipe", "de l’équipe"),
        ("lecture rapide", "de lecture rapide"),
        ("Laval", "de Laval"),
    ],
)
def test_de_elides_and_contracts(phrase: str, expected: str) -> None:
    assert de(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("le budget", "au budget"), ("les équipes", "aux équipes"), ("la paie", "à la paie")],
)
def test_a_contracts(phrase: str, expected: str) -> None:
    assert a(phrase) == expected


def test_que_elides() -> None:
    assert que("Horizon") == "qu’Horizon"
    assert que("Montréal") == "que Montréal"


@pytest.mark.parametrize(
    ("article", "preposition", "expected"),
    [
        (None, "", "Coopérative Horizon"),
        (None, "de", "de Coopérative Horizon"),
        ("la", "", "la Coopérative Horizon"),
        ("la", "de", "de la Coopérative Horizon"),
        ("la", "à", "à la Coopérative Horizon"),
        ("le", "de", "du Coopérative Horizon"),
        ("les", "à", "aux Coopérative Horizon"),
    ],
)
def test_company_name_uses_its_article(
    article: str | None, preposition: str, expected: str
) -> None:
    company = Company(name="Coopérative Horizon", article=article)  # type: ignore[arg-type]
    assert company_name(company, preposition) == expected


@pytest.mark.parametrize(
    ("preposition", "expected"),
    [("", "l’Atelier Lumen"), ("de", "de l’Atelier Lumen"), ("à", "à l’Atelier Lumen")],
)
def test_the_elided_article_goes_with_a_name_that_starts_with_a_vowel(
    preposition: str, expected: str
) -> None:
    # « l' » only ever precedes a vowel or a mute h: « de l’Coopérative » was never French.
    company = Company(name="Atelier Lumen", article="l'")
    assert company_name(company, preposition) == expected


def test_elides_rejects_empty_and_punctuation() -> None:
    assert not elides("")
    assert not elides("« ")


def test_fix_elision_fixes_every_clitic_but_spares_names() -> None:
    text = "je ai dit que il fallait que elle parte, lorsque on sait ce que Hachette veut"
    assert fix_elision(text) == (
        "j’ai dit qu’il fallait qu’elle parte, lorsqu’on sait ce que Hachette veut"
    )
    assert fix_elision("Signé : Ana de Oliveira", ["Ana de Oliveira"]) == "Signé : Ana de Oliveira"


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_prose_date_writes_first_of_month_and_lowercase(locale: str) -> None:
    assert prose_date(date(2026, 6, 1), locale) == f"lundi 1er{NBSP}juin 2026"  # type: ignore[arg-type]
    assert prose_date(date(2026, 11, 19), locale, year=False) == f"jeudi 19{NBSP}novembre"  # type: ignore[arg-type]
    assert short_date(date(2026, 11, 1), locale) == f"1er{NBSP}novembre"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [(time(17, 0), "17 h"), (time(17, 30), "17 h 30"), (time(9, 5), "9 h 05")],
)
def test_prose_time_follows_both_locales_norm(moment: time, expected: str) -> None:
    assert prose_time(moment) == expected.replace(" ", NBSP)


def test_prose_list_has_no_comma_before_et() -> None:
    assert prose_list(["A", "B", "C"], "fr_CA") == "A, B et C"


@pytest.mark.parametrize(
    ("number", "locale", "expected"),
    [
        ("5145550142", "fr_CA", "514 555-0142"),
        ("+15145550142", "fr_CA", "+1 514 555-0142"),
        ("0612345678", "fr_FR", "06 12 34 56 78"),
        ("0696123456", "fr_FR", "0696 12 34 56"),
        ("+33612345678", "fr_FR", "+33 6 12 34 56 78"),
        ("+44 20 7946 0958", "fr_FR", "+44 20 7946 0958"),
    ],
)
def test_phone_number_typed_as_bare_digits_is_grouped_the_locale_way(
    number: str, locale: str, expected: str
) -> None:
    assert phone_number(number, locale) == expected.replace(" ", NBSP)  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["+1 (514) 555-0142", "+33 6 12 34 56 78", "0692 45 67 89"])
def test_phone_number_typed_with_spaces_or_a_country_code_keeps_them(number: str) -> None:
    assert phone_number(number, "fr_CA") == number.replace(" ", NBSP)


@pytest.mark.parametrize(
    ("number", "locale", "expected"),
    [
        ("514-555-0142", "fr_CA", "514 555-0142"),
        ("(418) 555-0102", "fr_CA", "418 555-0102"),
        ("819.555.0148", "fr_CA", "819 555-0148"),
        ("06.12.34.56.78", "fr_FR", "06 12 34 56 78"),
        ("06-12-34-56-78", "fr_FR", "06 12 34 56 78"),
    ],
)
def test_phone_number_in_a_usual_form_is_written_the_locale_way(
    number: str, locale: str, expected: str
) -> None:
    """Pair read 342: « 819-555-0148 », « (418) 555-0102 » left as typed, a tell."""
    assert phone_number(number, locale) == expected.replace(" ", NBSP)  # type: ignore[arg-type]


def test_second_person_addresses_the_interviewer() -> None:
    assert second_person("lui envoyer mon portfolio") == "vous envoyer mon portfolio"
    assert second_person("Leur transmettre le rapport") == "vous transmettre le rapport"
    assert second_person("envoyer lui-même") == "envoyer lui-même"


@given(st.text())
def test_fix_elision_never_lengthens_text(text: str) -> None:
    assert len(fix_elision(text)) <= len(text)
