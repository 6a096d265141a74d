"""Business days of Québec (``fr_CA``) and France (``fr_FR``): weekends and public holidays.

The planner and the ``timing.*`` checks count days here and nowhere else. A business day
is a Monday to Friday that is not a public holiday of the locale's region: Québec for
``fr_CA`` (``holidays`` country ``CA``, subdivision ``QC``, public category only, so the
optional Easter Monday and the federal-only days are working days), France for ``fr_FR``
(metropolitan calendar; Alsace-Moselle's two extra days are not counted).

The ``holidays`` library is imported on first use, not with the package, and each
(locale, year) calendar is built once and cached as a read-only mapping.

>>> from datetime import date
>>> is_business_day(date(2026, 6, 24), "fr_CA"), is_business_day(date(2026, 6, 24), "fr_FR")
(False, True)
>>> holiday_name(date(2026, 5, 8), "fr_FR")
'Fête de la Victoire'
>>> add_business_days(date(2026, 6, 19), 5, "fr_CA")  # skips the weekends and 24 June
datetime.date(2026, 6, 29)
>>> add_business_days(date(2026, 5, 7), 5, "fr_FR")  # skips 8 May and Ascension
datetime.date(2026, 5, 18)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from functools import cache
from types import MappingProxyType
from typing import get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from suivi_templates.errors import MissingTimeZoneData, UnknownLocale
from suivi_templates.models import Locale

__all__ = [
    "TIME_ZONES",
    "add_business_days",
    "business_days_between",
    "holiday_name",
    "holidays_between",
    "is_business_day",
    "local_today",
    "next_business_day",
    "on_or_after",
    "on_or_before",
    "time_zone",
]

_LOCALES: tuple[str, ...] = get_args(Locale)

# (country, subdivision) of the ``holidays`` library for each locale.
_REGIONS: Mapping[str, tuple[str, str | None]] = MappingProxyType(
    {"fr_CA": ("CA", "QC"), "fr_FR": ("FR", None)}
)

TIME_ZONES: Mapping[str, str] = MappingProxyType(
    {"fr_CA": "America/Toronto", "fr_FR": "Europe/Paris"}
)
"""The usual time zone of each locale (Montréal follows ``America/Toronto``)."""

_SATURDAY = 5


def _region(locale: str) -> tuple[str, str | None]:
    try:
        return _REGIONS[locale]
    except KeyError:
        raise UnknownLocale(locale, _LOCALES) from None


@cache
def _holidays_of_year(locale: str, year: int) -> Mapping[date, str]:
    """Return the public holidays of ``locale``'s region in ``year``, named in French."""
    country, subdivision = _region(locale)
    import holidays  # lazy: ``import suivi_templates`` must not load it

    # language="fr" always: otherwise the names follow the process's LANG.
    calendar = holidays.country_holidays(country, subdiv=subdivision, years=year, language="fr")
    return MappingProxyType(dict(calendar.items()))


def holiday_name(day: date, locale: Locale) -> str | None:
    """Return the French name of the public holiday on ``day``, or None on an ordinary day.

    >>> holiday_name(date(2026, 5, 18), "fr_CA"), holiday_name(date(2026, 5, 18), "fr_FR")
    ('Journée nationale des patriotes', None)
    >>> holiday_name(date(2026, 4, 6), "fr_CA") is None  # Easter Monday: optional in Québec
    True
    """
    return _holidays_of_year(locale, day.year).get(day)


def is_business_day(day: date, locale: Locale) -> bool:
    """Tell whether ``day`` is a Monday to Friday that is not a public holiday of the region.

    >>> is_business_day(date(2026, 7, 14), "fr_FR"), is_business_day(date(2026, 7, 14), "fr_CA")
    (False, True)
    """
    return day.weekday() < _SATURDAY and holiday_name(day, locale) is None


def next_business_day(day: date, locale: Locale) -> date:
    """Return the first business day strictly after ``day`` (R7: the thank-you's day).

    >>> next_business_day(date(2026, 11, 20), "fr_CA")  # a Friday
    datetime.date(2026, 11, 23)
    """
    day += timedelta(days=1)
    while not is_business_day(day, locale):
        day += timedelta(days=1)
    return day


def on_or_after(day: date, locale: Locale) -> date:
    """Return ``day`` itself if it is a business day, else the next business day.

    >>> on_or_after(date(2026, 11, 28), "fr_FR")  # a Saturday
    datetime.date(2026, 11, 30)
    """
    return day if is_business_day(day, locale) else next_business_day(day, locale)


def on_or_before(day: date, locale: Locale) -> date:
    """Return ``day`` itself if it is a business day, else the last business day before it.

    >>> on_or_before(date(2026, 11, 28), "fr_FR")  # a Saturday
    datetime.date(2026, 11, 27)
    """
    while not is_business_day(day, locale):
        day -= timedelta(days=1)
    return day


def add_business_days(day: date, count: int, locale: Locale) -> date:
    """Return the ``count``-th business day after ``day`` (``day`` itself when ``count`` is 0).

    Raises:
        ValueError: if ``count`` is negative.

    """
    if count < 0:
        raise ValueError(f"count doit être positif ou nul, pas {count}")
    for _ in range(count):
        day = next_business_day(day, locale)
    return day


def business_days_between(start: date, end: date, locale: Locale) -> int:
    """Count the business days after ``start`` and up to ``end`` included.

    It is 0 when ``end`` is not after ``start``; a thank-you sent on
    ``business_days_between(interview, sent) <= 2`` is within R7's 48 hours.

    >>> business_days_between(date(2026, 11, 19), date(2026, 11, 23), "fr_CA")  # Thu → Mon
    2
    """
    return sum(1 for day in _days(start, end) if is_business_day(day, locale))


def holidays_between(start: date, end: date, locale: Locale) -> list[tuple[date, str]]:
    """List the public holidays after ``start`` and up to ``end`` included, in order.

    >>> holidays_between(date(2026, 5, 7), date(2026, 5, 15), "fr_FR")
    [(datetime.date(2026, 5, 8), 'Fête de la Victoire'), (datetime.date(2026, 5, 14), 'Ascension')]
    """
    found = []
    for day in _days(start, end):
        name = holiday_name(day, locale)
        if name is not None:
            found.append((day, name))
    return found


def _days(start: date, end: date) -> Iterator[date]:
    day = start + timedelta(days=1)
    while day <= end:
        yield day
        day += timedelta(days=1)


def time_zone(locale: Locale) -> ZoneInfo:
    """Return the locale's usual time zone: ``America/Toronto`` or ``Europe/Paris``.

    Raises:
        MissingTimeZoneData: if the system has no time-zone database.

    """
    _region(locale)
    name = TIME_ZONES[locale]
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        raise MissingTimeZoneData(name) from None


def local_today(locale: Locale, now: datetime | None = None) -> date:
    """Return today's date in the locale's usual time zone (``now``: the current time).

    >>> from datetime import timezone
    >>> utc = datetime(2026, 11, 20, 3, 30, tzinfo=timezone.utc)
    >>> local_today("fr_CA", utc), local_today("fr_FR", utc)
    (datetime.date(2026, 11, 19), datetime.date(2026, 11, 20))
    """
    zone = time_zone(locale)
    moment = datetime.now(zone) if now is None else now.astimezone(zone)
    return moment.date()
