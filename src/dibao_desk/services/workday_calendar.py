"""The working calendar deadlines and review plans are counted on: the office's own days
(``WorkdayOverride``, entered in 工作日历) over the county's calendar, over the shipped one.

The county enters the State Council's arrangement for a year the shipped calendar does not
know (its own 工作日历, county mode) and its policy package carries those days (sheet 工作日历).
A township importing the package keeps the county's days per year in the store setting
``workdays.county_calendar``; a year the county sent is then known whole: a day it does not
list follows the weekday rule without being a guess. A day the office entered itself that the
county's calendar says otherwise stays the office's unless the clerk lets the county's win
(then the office's day is removed, audited), and the import names each such day.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dibao_desk.domain import workdays
from dibao_desk.models import StoreSetting, WorkdayOverride
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:  # the exchange modules load with a package, not with every deadline counted
    from dibao_desk.exchange import packages_in
    from dibao_desk.services.exchange_common import Change

# the words of the package's 工作日历 sheet (exchange.packages_out.CALENDAR_KINDS)
_KIND_WORDS = {False: "放假", True: "调休上班"}

SETTING = "workdays.county_calendar"


@dataclass(frozen=True)
class CountyYear:
    """A year of the county's calendar as this office holds it."""

    year: int
    holidays: int
    workdays: int  # 调休 working days
    sequence: int  # the policy package that brought it
    county: str


def _county_setting(session: Session) -> dict[str, dict[str, Any]]:
    row = session.get(StoreSetting, SETTING)
    if row is None or not row.value:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def county_days(session: Session) -> tuple[dict[dt.date, bool], frozenset[int]]:
    """The county's days (day -> working day) and the years it sent."""
    days: dict[dt.date, bool] = {}
    years: set[int] = set()
    for year, entry in _county_setting(session).items():
        years.add(int(year))
        days.update({dt.date.fromisoformat(d): False for d in entry.get("off", [])})
        days.update({dt.date.fromisoformat(d): True for d in entry.get("work", [])})
    return days, frozenset(years)


def calendar(session: Session) -> tuple[dict[dt.date, bool], frozenset[int]]:
    """(day -> working day, years known whole): the office's own days over the county's."""
    days, years = county_days(session)
    days.update({d: bool(w) for d, w in session.execute(select(WorkdayOverride.day, WorkdayOverride.workday))})
    return days, years


def county_years(uow: UnitOfWork) -> list[CountyYear]:
    with uow:
        return [CountyYear(int(y), len(e.get("off", [])), len(e.get("work", [])), int(e.get("sequence", 0)),
                           str(e.get("county", "")))
                for y, e in sorted(_county_setting(uow.session).items())]


def package_rows(session: Session) -> list[tuple[dt.date, str, str]]:
    """The 工作日历 sheet of the county's policy package: the days the county entered."""
    return [(r.day, _KIND_WORDS[bool(r.workday)], r.note)
            for r in session.scalars(select(WorkdayOverride).order_by(WorkdayOverride.day))]


def _word(workday: bool) -> str:
    return "工作日" if workday else "休息日"


def apply_county_calendar(uow: UnitOfWork, days: list[packages_in.CalendarDay], *, county_wins: bool,
                          sequence: int, county: str) -> list[Change]:
    """Take the county's calendar (already checked: ``workdays.check_calendar_days``) inside the
    package's transaction. Returns a change for each year (its holidays and 调休 working days)
    and for each day the office entered that the county's calendar says otherwise, saying whose
    word now counts. Open complaints' deadlines are counted again."""
    from dibao_desk.exchange import packages_out
    from dibao_desk.services.exchange_common import Change

    s = uow.session
    sent: dict[dt.date, bool] = {d.day: bool(d.workday) for d in days if d.day is not None}
    years = frozenset(d.year for d in sent)
    if not years:
        return []
    sheet = packages_out.CALENDAR.name
    rows = {d.day: d.row for d in days}
    changes: list[Change] = []
    for year in sorted(years):
        off = sum(1 for d, w in sent.items() if d.year == year and not w)
        work = sum(1 for d, w in sent.items() if d.year == year and w)
        changes.append(Change(0, sheet, str(year), f"{year} 年", "calendar_year",
                              {"year": year, "holidays": off, "workdays": work, "county": county}))
    first, last = dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
    own = list(s.scalars(select(WorkdayOverride).where(WorkdayOverride.day >= first, WorkdayOverride.day <= last)
                         .order_by(WorkdayOverride.day)))
    for row in own:
        if row.day.year not in years:
            continue
        says = workdays.is_workday(row.day, sent, years)[0]
        if bool(row.workday) == says:
            continue
        params = {"day": row.day.isoformat(), "office": _word(bool(row.workday)), "county": _word(says)}
        changes.append(Change(rows.get(row.day, 0), sheet, row.day.isoformat(), row.day.isoformat(),
                              "calendar_county" if county_wins else "calendar_office", params))
        if county_wins:
            uow.audit("workday_override", None, "county", {"day": row.day, "workday": row.workday, "note": row.note},
                      None)
            s.delete(row)
    setting = _county_setting(s)
    before = {y: setting.get(y) for y in map(str, sorted(years))}
    for year in sorted(years):
        setting[str(year)] = {
            "off": sorted(d.isoformat() for d, w in sent.items() if d.year == year and not w),
            "work": sorted(d.isoformat() for d, w in sent.items() if d.year == year and w),
            "sequence": sequence, "county": county}
    value = json.dumps(setting, ensure_ascii=False, sort_keys=True)
    stored = s.get(StoreSetting, SETTING)
    if stored is None:
        s.add(StoreSetting(key=SETTING, value=value))
    else:
        stored.value = value
    uow.audit("setting", None, "county_calendar", before, {y: setting[y] for y in map(str, sorted(years))})
    s.flush()
    from dibao_desk.services import complaints

    complaints.recount_deadlines(uow, first, last)
    return changes
