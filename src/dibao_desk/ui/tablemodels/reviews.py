"""The review lists: households due (or overdue) and a quarter plan.

A month's due list is a few thousand rows at most, the overdue list rarely more,
so the model holds the rows of one service call (filtered and ordered in SQL).
A late row is red.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QColor

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, RowsTableModel
from dibao_desk.ui.texts import label

LATE = QColor(180, 30, 30)


def weekday(day: dt.date) -> str:
    """一 … 日 in Chinese, M … S in English: the window's locale names the day."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)


def rule_text(rule: str) -> str:
    return label("review_rule", rule)


def _marked_head(r: Any) -> str:
    """The head's name, marked when the household is 备案 (a member is a relative of staff or a cadre)."""
    if getattr(r, "filed", False):
        return QCoreApplication.translate("reviews", "{0}（备案）").format(r.head_name)
    return str(r.head_name)


DUE_COLUMNS = [
    Column("village", QT_TRANSLATE_NOOP("reviews", "村（社区）"), lambda r: r.village, LEFT, 100),
    Column("head_name", QT_TRANSLATE_NOOP("reviews", "户主"), _marked_head, LEFT, 70),
    Column("hukou_type", QT_TRANSLATE_NOOP("reviews", "户籍"), lambda r: label("hukou_type", r.hukou_type), CENTER, 45),
    Column("category", QT_TRANSLATE_NOOP("reviews", "类别"), lambda r: label("category", r.category), CENTER, 45),
    Column("due_date", QT_TRANSLATE_NOOP("reviews", "应复核日期"), lambda r: r.due_date.isoformat(), CENTER, 90),
    Column("rule", QT_TRANSLATE_NOOP("reviews", "复核依据"), lambda r: rule_text(r.rule), LEFT, 190),
    Column("base_date", QT_TRANSLATE_NOOP("reviews", "上次复核/享受起始"), lambda r: r.base_date.isoformat() if r.base_date else "", CENTER, 125),
    Column("overdue_days", QT_TRANSLATE_NOOP("reviews", "逾期"),
           lambda r: QCoreApplication.translate("reviews", "{0} 天").format(r.overdue_days) if r.overdue_days else "", RIGHT, 60),
]

PLAN_COLUMNS = [
    Column("day", QT_TRANSLATE_NOOP("reviews", "计划日期"), lambda r: f"{r.day.isoformat()} {weekday(r.day)}", CENTER, 105),
    Column("village", QT_TRANSLATE_NOOP("reviews", "村（社区）"), lambda r: r.village, LEFT, 100),
    Column("head_name", QT_TRANSLATE_NOOP("reviews", "户主"), _marked_head, LEFT, 90),
    Column("category", QT_TRANSLATE_NOOP("reviews", "类别"), lambda r: label("category", r.category), CENTER, 45),
    Column("due_date", QT_TRANSLATE_NOOP("reviews", "应复核日期"), lambda r: r.due_date.isoformat(), CENTER, 90),
    Column("rule", QT_TRANSLATE_NOOP("reviews", "复核依据"), lambda r: rule_text(r.rule), LEFT, 190),
    Column("late", QT_TRANSLATE_NOOP("reviews", "备注"), lambda r: QCoreApplication.translate("reviews", "已逾期") if r.late else "", CENTER, 60),
]


class ReviewRowsModel(RowsTableModel):
    """Rows of the review lists; a household overdue (or planned after its due date) is red."""

    context = "reviews"

    def row_key(self, row: int) -> Any:
        item = self.row_at(row)
        return item.household_id if item is not None else None

    def row_foreground(self, item: Any) -> QColor | None:
        return LATE if getattr(item, "overdue_days", 0) or getattr(item, "late", False) else None


class DueModel(ReviewRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DUE_COLUMNS, parent)


class PlanModel(ReviewRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PLAN_COLUMNS, parent)
