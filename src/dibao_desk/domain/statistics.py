"""Statistics as data: the figures of a period and the tables counties ask for.

A ``Table`` is what every output shows the same way (the 统计 tab, the terminal, the PDF
report and the workbook): a title, column headers, rows, the kind of each column, and a
total row that is the sum of the rows it totals — so the printed totals always add up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Column kinds: how a cell is shown and whether a total adds it up.
TEXT, INT, MONEY, PERMILLE = "text", "int", "money", "permille"
SUMMED = (INT, MONEY)


@dataclass(frozen=True)
class Counts:
    households: int = 0
    persons: int = 0
    amount_fen: int = 0       # the whole monthly amount
    supplement_fen: int = 0   # of which 分类施保 / 分类加发

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.households + other.households, self.persons + other.persons,
                      self.amount_fen + other.amount_fen, self.supplement_fen + other.supplement_fen)


def total(values: Iterable[Counts]) -> Counts:
    out = Counts()
    for v in values:
        out = out + v
    return out


@dataclass(frozen=True)
class Change:
    """One month's movement against the month before (月度增减变动)."""

    month: dt.date
    new: Counts = Counts()        # 新增: paid this month, not the month before
    stopped: Counts = Counts()    # 停保: paid the month before, not this month
    raised: Counts = Counts()     # 增加: paid both months, more this month (amount = the difference)
    lowered: Counts = Counts()    # 减少: paid both months, less this month (amount = the difference, > 0)
    persons_moved: int = 0        # 变更增减人数: covered persons gained (> 0) or lost among those paid both months


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total_label: str = ""  # when set, the last row is the total of the rows above it
    note: str = ""
    total: tuple[Any, ...] | None = field(default=None)

    @staticmethod
    def make(key: str, title: str, columns: Sequence[tuple[str, str]], rows: Iterable[Sequence[Any]],
             total_label: str = "", note: str = "") -> "Table":
        """A table whose total row (if ``total_label``) sums every INT and MONEY column."""
        headers = tuple(h for h, _ in columns)
        kinds = tuple(k for _, k in columns)
        body = tuple(tuple(r) for r in rows)
        tot = None
        if total_label:
            tot = tuple(total_label if i == 0 else (sum(r[i] for r in body) if k in SUMMED else "")
                        for i, k in enumerate(kinds))
        return Table(key, title, headers, kinds, body, total_label, note, tot)

    @property
    def all_rows(self) -> tuple[tuple[Any, ...], ...]:
        return self.rows + ((self.total,) if self.total is not None else ())


def cell_text(value: Any, kind: str) -> str:
    """A cell as a person reads it: money in yuan with two decimals, per mille with one."""
    from dibao_desk.domain.money import fen_to_yuan

    if value == "" or value is None:
        return ""
    if kind == MONEY:
        return fen_to_yuan(int(value))
    if kind == PERMILLE:
        return f"{int(value) / 10:.1f}"
    if kind == INT:
        return f"{int(value)}"
    return str(value)


def permille(part: int, whole: int) -> int:
    """``part`` of ``whole`` per mille, in tenths (3 of 1,800 is 1.7‰: 17), rounded half up;
    0 when there is no whole."""
    return (part * 10000 * 2 + whole) // (2 * whole) if whole > 0 else 0


@dataclass(frozen=True)
class Chart:
    """A chart drawn from one column of a table: bars (``bar``) or a line (``line``)."""

    key: str
    title: str
    kind: str                      # bar | line
    labels: tuple[str, ...]
    values: tuple[int, ...]
    money: bool = False            # values are fen (drawn in yuan)


def chart_label(value: int, money: bool) -> str:
    """A value written over its bar: amounts in yuan, from 10,000 yuan in 万 (274.9万)."""
    if not money:
        return str(value)
    yuan = value / 100
    return f"{yuan / 10000:.1f}万" if abs(yuan) >= 10000 else f"{round(yuan)}"


def chart_from(table: Table, column: int, key: str, title: str, kind: str, limit: int = 0) -> Chart:
    """The chart of one column of ``table`` (its body rows; the largest ``limit`` if set)."""
    rows = list(table.rows)
    if limit and len(rows) > limit:
        rows = sorted(rows, key=lambda r: r[column], reverse=True)[:limit]
    return Chart(key, title, kind, tuple(str(r[0]) for r in rows), tuple(int(r[column]) for r in rows),
                 table.kinds[column] == MONEY)
