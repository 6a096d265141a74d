"""Business days per locale: weekends and the public holidays of Québec or France."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from suivi_templates import business_days as bd
from suivi_templates.errors import SuiviError, UnknownLocale

# (day, is a business day in fr_CA, in fr_FR): the holidays that differ between the two.
DIFFERENCES = [
    (date(2026, 4, 3), False, True),  # Vendredi saint: Québec only
    (date(2026, 4, 6), True, False),  # Lundi de Pâques: France; optional in Québec
    (date(2026, 5, 1), True, False),  # Fête du Travail (France)
    (date(2026, 5, 8), True, False),  # Fête de la Victoire
    (date(2026, 5, 14), True, False),  # Ascension
    (date(2026, 5, 18), False, True),  # Journée nationale des patriotes
    (date(2026, 5, 25), True, False),  # Lundi de Pentecôte
    (date(2026, 6, 24), False, True),  # Fête nationale du Québec
    (date(2026, 7, 1), False, True),  # Fête du Canada
    (date(2026, 7, 14), True, False),  # Fête nationale (France)
    (date(2026, 9, 7), False, True),  # Fête du Travail (Québec)
    (date(2026, 10, 12), False, True),  # Action de grâce
    (date(2026, 11, 11), True, False),  # Armistice: not a Québec holiday (no government days)
    (date(2027, 5, 6), True, False),  # Ascension 2027
    (date(2027, 5, 24), False, True),  # Journée nationale des patriotes 2027
    (date(2027, 12, 27), False, True),  # Noël 2027 observed on Monday in Québec only
]


@pytest.mark.parametrize(("day", "in_quebec", "in_france"), DIFFERENCES)
def test_holidays_differ_between_quebec_and_france(
    day: date, in_quebec: bool, in_france: bool
) -> None:
    assert bd.is_business_day(day, "fr_CA") is in_quebec
    assert bd.is_business_day(day, "fr_FR") is in_france


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 12, 25)])
def test_shared_holidays(locale: str, day: date) -> None:
    assert not bd.is_business_day(day, locale)  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR"])
def test_weekends_are_not_business_days(locale: str) -> None:
    assert not bd.is_business_day(date(2026, 11, 21), locale)  # type: ignore[arg-type]
    assert not bd.is_business_day(date(2026, 11, 22), locale)  # type: ignore[arg-type]
    assert bd.is_business_day(date(2026, 11, 23), locale)  # type: ignore[arg-type]


def test_holiday_names_are_french_whatever_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bd._holidays_of_year.cache_clear()
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en")
    assert bd.holiday_name(date(2027, 6, 24), "fr_CA") == "Fête nationale du Québec"
    assert bd.holiday_name(date(2027, 7, 14), "fr_FR") == "Fête nationale"
    assert bd.holiday_name(date(2027, 7, 15), "fr_FR") is None


def test_next_business_day_skips_weekend_and_holiday() -> None:
    # Friday 21 May 2027 → Monday 24 is the Journée nationale des patriotes in Québec.
    assert bd.next_business_day(date(2027, 5, 21), "fr_CA") == date(2027, 5, 25)
    assert bd.next_business_day(date(2027, 5, 21), "fr_FR") == date(2027, 5, 24)


def test_on_or_after_keeps_a_business_day() -> None:
    assert bd.on_or_after(date(2026, 11, 23), "fr_CA") == date(2026, 11, 23)
    assert bd.on_or_after(date(2026, 7, 14), "fr_FR") == date(2026, 7, 15)


def test_add_business_days() -> None:
    assert bd.add_business_days(date(2026, 6, 19), 5, "fr_CA") == date(2026, 6, 29)
    assert bd.add_business_days(date(2026, 5, 7), 5, "fr_FR") == date(2026, 5, 18)
    assert bd.add_business_days(date(2026, 11, 21), 0, "fr_FR") == date(2026, 11, 21)
    with pytest.raises(ValueError, match="positif"):
        bd.add_business_days(date(2026, 11, 21), -1, "fr_FR")


def test_business_days_between_counts_after_start_up_to_end() -> None:
    assert bd.business_days_between(date(2026, 11, 19), date(2026, 11, 19), "fr_CA") == 0
    assert bd.business_days_between(date(2026, 11, 19), date(2026, 11, 23), "fr_CA") == 2
    assert bd.business_days_between(date(2026, 11, 23), date(2026, 11, 19), "fr_CA") == 0


def test_holidays_between_crosses_years() -> None:
    found = bd.holidays_between(date(2026, 12, 24), date(2027, 1, 2), "fr_FR")
    assert [day for day, _ in found] == [date(2026, 12, 25), date(2027, 1, 1)]


def test_unknown_locale_is_a_suivi_error() -> None:
    with pytest.raises(UnknownLocale, match="fr_BE") as caught:
        bd.is_business_day(date(2026, 11, 23), "fr_BE")  # type: ignore[arg-type]
    assert isinstance(caught.value, SuiviError)
    assert isinstance(caught.value, LookupError)


def test_local_today_uses_the_locale_time_zone() -> None:
    late_evening_in_montreal = datetime(2026, 11, 20, 4, 30, tzinfo=UTC)
    assert bd.local_today("fr_CA", late_evening_in_montreal) == date(2026, 11, 19)
    assert bd.local_today("fr_FR", late_evening_in_montreal) == date(2026, 11, 20)
    assert isinstance(bd.local_today("fr_FR"), date)


def test_calendars_are_cached_and_read_only() -> None:
    bd._holidays_of_year.cache_clear()
    bd.is_business_day(date(2026, 11, 23), "fr_CA")
    bd.is_business_day(date(2026, 11, 24), "fr_CA")
    info = bd._holidays_of_year.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    calendar = bd._holidays_of_year("fr_CA", 2026)
    with pytest.raises(TypeError):
        calendar[date(2026, 11, 23)] = "Jour inventé"  # type: ignore[index]


def test_importing_the_package_does_not_import_optional_libraries() -> None:
    code = (
        "import sys, suivi_templates\n"
        "loaded = {'holidays', 'icalendar'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
