"""Working days on China's official calendar (法定节假日 with 调休).

A deadline "N working days after receipt" counts the working days after the day of
receipt: the receipt day itself is not counted, the Nth working day is the last
day. Which day is a working day comes from, in order:

1. the office's own list (``overrides``: day -> working day or not), policy data it
   enters for the years the shipped calendar does not know yet, or to correct it; the days
   of the county's calendar (sent down with its policy package) are merged into it;
2. the ``chinese-calendar`` package, which knows the State Council's holiday and
   调休 arrangements for the years published when it was released;
3. for any other day, Monday to Friday except the holidays fixed by the solar date (元旦,
   劳动节, 国庆节; the lunar ones and the 调休 are published each year). A deadline that
   leaned on this guess is reported ``approximate`` so the office enters that year's days.
   For a year in ``known_years`` (the county sent its whole arrangement: every holiday and
   调休 working day is in ``overrides``) the same rule decides the other days, and is known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection, Mapping

import chinese_calendar

from dibao_desk.domain.problems import Problem

# Statutory holidays on fixed solar dates (全国年节及纪念日放假办法, 2025 revision).
_FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})

# Far enough for any deadline a policy sets in working days (a year of them is ~250).
_MAX_DAYS = 1000

# A county's calendar (one sheet of its policy package): the years it may carry and how many
# days at most; a year's arrangement lists some 30 holidays and 5-8 调休 working days.
FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR = 2000, 2099
MAX_CALENDAR_DAYS_A_YEAR = 120
MAX_CALENDAR_DAYS = 1200


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    approximate: bool  # a day on the way was guessed (weekday rule): the year is not known


def official_workday(day: dt.date) -> bool | None:
    """Whether the shipped calendar says ``day`` is a working day; None for a year it does not know."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def is_workday(day: dt.date, overrides: Mapping[dt.date, bool] | None = None,
               known_years: Collection[int] = ()) -> tuple[bool, bool]:
    """(working day?, known?) — known is False when only the weekday rule decided a day of a
    year not in ``known_years``."""
    if overrides and day in overrides:
        return bool(overrides[day]), True
    official = official_workday(day)
    if official is not None:
        return official, True
    return day.weekday() < 5 and (day.month, day.day) not in _FIXED_HOLIDAYS, day.year in known_years


def add_working_days(start: dt.date, days: int, overrides: Mapping[dt.date, bool] | None = None,
                     known_years: Collection[int] = ()) -> Deadline:
    """The ``days``-th working day after ``start`` (``start`` not counted)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day, counted, approximate = start, 0, False
    if days == 0:
        return Deadline(start, False)
    for _ in range(_MAX_DAYS):
        day += dt.timedelta(days=1)
        working, known = is_workday(day, overrides, known_years)
        approximate = approximate or not known
        if working:
            counted += 1
            if counted == days:
                return Deadline(day, approximate)
    raise ValueError("no working day found within the search range")


def working_days_between(start: dt.date, end: dt.date, overrides: Mapping[dt.date, bool] | None = None,
                         known_years: Collection[int] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end == start:
        return 0
    sign, lo, hi = (1, start, end) if end > start else (-1, end, start)
    count, day = 0, lo
    while day < hi:
        day += dt.timedelta(days=1)
        if is_workday(day, overrides, known_years)[0]:
            count += 1
    return sign * count


def weekday_rule(day: dt.date) -> bool:
    """What a day is when no list names it in a year the shipped calendar does not know."""
    return day.weekday() < 5 and (day.month, day.day) not in _FIXED_HOLIDAYS


def check_calendar_days(days: list[tuple[int, dt.date | None, bool | None]]) -> list[Problem]:
    """A county's calendar as read: (sheet row, day or None when not a date, working day or
    None when the word is not known). A problem for each fault: a day that is not a date, a
    word not known, a year out of range, a day twice, too many days; none when the calendar
    may be taken."""
    faults: list[Problem] = []
    if len(days) > MAX_CALENDAR_DAYS:
        return [Problem("calendar.too_many", "calendar", {"count": len(days), "max": MAX_CALENDAR_DAYS})]
    seen: dict[dt.date, int] = {}
    per_year: dict[int, int] = {}
    for row, day, working in days:
        if day is None:
            faults.append(Problem("calendar.bad_day", "calendar", {"row": row}))
            continue
        if working is None:
            faults.append(Problem("calendar.bad_kind", "calendar", {"row": row, "day": day.isoformat()}))
        if not FIRST_CALENDAR_YEAR <= day.year <= LAST_CALENDAR_YEAR:
            faults.append(Problem("calendar.year_range", "calendar", {"row": row, "day": day.isoformat(),
                                                        "first": FIRST_CALENDAR_YEAR, "last": LAST_CALENDAR_YEAR}))
            continue
        if day in seen:
            faults.append(Problem("calendar.twice", "calendar", {"row": row, "day": day.isoformat(), "first_row": seen[day]}))
            continue
        seen[day] = row
        per_year[day.year] = per_year.get(day.year, 0) + 1
    for year, count in sorted(per_year.items()):
        if count > MAX_CALENDAR_DAYS_A_YEAR:
            faults.append(Problem("calendar.year_too_many", "calendar", {"year": year, "count": count, "max": MAX_CALENDAR_DAYS_A_YEAR}))
    return faults
