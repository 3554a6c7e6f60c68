"""Periods offices report and exchange by: a month (``2026-11``) or a quarter (``2026Q4``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PERIOD_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$|^(\d{4})Q([1-4])$")


@dataclass(frozen=True)
class Period:
    text: str  # as typed: 2026-11 | 2026Q4
    first: dt.date
    last: dt.date

    @property
    def is_quarter(self) -> bool:
        return "Q" in self.text

    @property
    def months(self) -> tuple[dt.date, ...]:
        """The first day of each month of the period."""
        out, m = [], self.first
        while m <= self.last:
            out.append(m)
            m = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1)
        return tuple(out)


def period_of(text: str | None) -> Period | None:
    """'2026-11' -> November 2026; '2026Q4' -> October to December 2026; else None."""
    if not text:
        return None
    text = text.strip()
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


def parse_period(text: str | None) -> tuple[dt.date, dt.date] | None:
    """'2026-11' -> (2026-11-01, 2026-11-30); '2026Q4' -> (2026-10-01, 2026-12-31); else None."""
    p = period_of(text)
    return (p.first, p.last) if p else None


def month_period(day: dt.date) -> Period:
    return period_of(f"{day.year}-{day.month:02d}")  # type: ignore[return-value]


def quarter_period(day: dt.date) -> Period:
    return period_of(f"{day.year}Q{(day.month - 1) // 3 + 1}")  # type: ignore[return-value]
