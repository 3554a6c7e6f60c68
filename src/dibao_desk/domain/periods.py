"""Periods offices report and exchange by: a month (``2026-11``) or a quarter (``2026Q4``).

An operator may type a period the way it is said or written in the office: ``2026-3``,
``2026/03``, ``2026年3月``; ``2026q4``, ``2026-Q4``, ``2026年第4季度``, ``2026年四季度``.
Each is read to the one written form (``2026-03``, ``2026Q4``) that rosters, packages and
statistics store and compare. The statistics also report a year (年报, ``2026``; typed
``2026年`` or ``2026年度`` too): :func:`report_period_of` reads it, :func:`period_of` does
not (nothing is paid or exchanged per year)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

PERIOD_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$|^(\d{4})Q([1-4])$")  # the written forms
_MONTH_TYPED = re.compile(r"(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月(?:份)?)")
_QUARTER_TYPED = re.compile(r"(\d{4})\s*(?:[-/. ]?\s*[Qq]\s*([1-4])|年\s*第?\s*([1-4一二三四])\s*季(?:度)?)")
_YEAR_TYPED = re.compile(r"(\d{4})\s*(?:年\s*(?:度|全年)?)?")
_CHINESE_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4"}


@dataclass(frozen=True)
class Period:
    text: str  # written form: 2026-11 | 2026Q4 | 2026 (a year: the statistics only)
    first: dt.date
    last: dt.date

    @property
    def is_quarter(self) -> bool:
        return "Q" in self.text

    @property
    def is_year(self) -> bool:
        return self.text.isdigit()

    @property
    def months(self) -> tuple[dt.date, ...]:
        """The first day of each month of the period."""
        out, m = [], self.first
        while m <= self.last:
            out.append(m)
            m = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1)
        return tuple(out)


def written(text: str | None) -> str | None:
    """The written form of a period as typed: '2026-3', '2026年3月' -> '2026-03'; '2026q4',
    '2026-Q4', '2026年第四季度' -> '2026Q4'; None when it is neither a month nor a quarter."""
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text).strip()  # full-width digits and Ｑ from a Chinese IME
    m = _MONTH_TYPED.fullmatch(text)
    if m:
        month = int(m.group(2) or m.group(3))
        return f"{m.group(1)}-{month:02d}" if 1 <= month <= 12 else None
    m = _QUARTER_TYPED.fullmatch(text)
    if m:
        quarter = m.group(2) or m.group(3)
        return f"{m.group(1)}Q{_CHINESE_DIGITS.get(quarter, quarter)}"
    return None


def period_of(text: str | None) -> Period | None:
    """'2026-11' -> November 2026; '2026Q4' -> October to December 2026 (and the other typed
    forms :func:`written` reads); else None. The period's ``text`` is the written form."""
    text = written(text)
    if not text:
        return None
    m = PERIOD_RE.match(text)
    if not m:
        return None
    try:  # year 0, or the last month of year 9999, is no date: not a period either
        if m.group(1):
            year, month = int(m.group(1)), int(m.group(2))
            first, months = dt.date(year, month, 1), 1
        else:
            year, quarter = int(m.group(3)), int(m.group(4))
            first, months = dt.date(year, 3 * quarter - 2, 1), 3
        end_month = first.month + months
        end_year = first.year + (end_month - 1) // 12
        end_month = (end_month - 1) % 12 + 1
        return Period(text, first, dt.date(end_year, end_month, 1) - dt.timedelta(days=1))
    except ValueError:
        return None


def report_period_of(text: str | None) -> Period | None:
    """A period the statistics report on: a month or a quarter as :func:`period_of` reads it, or
    a year ('2026', '2026年', '2026年度' -> January to December 2026); else None."""
    found = period_of(text)
    if found is not None or not text:
        return found
    m = _YEAR_TYPED.fullmatch(unicodedata.normalize("NFKC", text).strip())
    # year 0 is no date, nor the month after year 9999's last (as for a month or a quarter)
    if not m or not 1 <= int(m.group(1)) <= 9998:
        return None
    year = int(m.group(1))
    return Period(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31))


def newest_first(text: str) -> tuple[int, int, int, int]:
    """A sort key putting periods latest first, each quarter heading the months it is made of:
    2026Q4, 2026-12, 2026-11, 2026-10, 2026Q3, 2026-09 … A county whose townships pay on
    different cycles (some monthly, some quarterly) reads a quarter's money together: the
    quarterly townships' 2026Q4 and, under it, the monthly townships' three months. The written
    text compared as a string put 2026Q1 above 2026-12. Not a period: last."""
    p = period_of(text)
    if p is None:
        return (1, 0, 0, 0)
    quarter = (p.first.month - 1) // 3
    return (0, -(p.first.year * 4 + quarter), 0 if p.is_quarter else 1, -p.first.month)


def parse_period(text: str | None) -> tuple[dt.date, dt.date] | None:
    """'2026-11' -> (2026-11-01, 2026-11-30); '2026Q4' -> (2026-10-01, 2026-12-31); else None."""
    p = period_of(text)
    return (p.first, p.last) if p else None


def month_period(day: dt.date) -> Period:
    return period_of(f"{day.year}-{day.month:02d}")  # type: ignore[return-value]


def quarter_period(day: dt.date) -> Period:
    return period_of(f"{day.year}Q{(day.month - 1) // 3 + 1}")  # type: ignore[return-value]
