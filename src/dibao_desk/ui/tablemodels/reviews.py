"""The review lists: households due (or overdue) and a quarter plan.

A month's due list is a few thousand rows at most, the overdue list rarely more,
so the model holds the rows of one service call (filtered and ordered in SQL).
Columns are data (key, header, alignment, formatter).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def weekday(day) -> str:
    """一 … 日 in Chinese, M … S in English: the window's locale names the day."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)


def rule_text(rule: str) -> str:
    return label("review_rule", rule)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    align: Qt.AlignmentFlag
    format: Callable[[Any], str]
    width: int = 90


DUE_COLUMNS = [
    Column("village", QT_TRANSLATE_NOOP("reviews", "村（社区）"), LEFT, lambda r: r.village, 100),
    Column("head_name", QT_TRANSLATE_NOOP("reviews", "户主"), LEFT, lambda r: r.head_name, 70),
    Column("hukou_type", QT_TRANSLATE_NOOP("reviews", "户籍"), CENTER, lambda r: label("hukou_type", r.hukou_type), 45),
    Column("category", QT_TRANSLATE_NOOP("reviews", "类别"), CENTER, lambda r: label("category", r.category), 45),
    Column("due_date", QT_TRANSLATE_NOOP("reviews", "应复核日期"), CENTER, lambda r: r.due_date.isoformat(), 90),
    Column("rule", QT_TRANSLATE_NOOP("reviews", "复核依据"), LEFT, lambda r: rule_text(r.rule), 190),
    Column("base_date", QT_TRANSLATE_NOOP("reviews", "上次复核/享受起始"), CENTER, lambda r: r.base_date.isoformat() if r.base_date else "", 125),
    Column("overdue_days", QT_TRANSLATE_NOOP("reviews", "逾期"), RIGHT,
           lambda r: QCoreApplication.translate("reviews", "{0} 天").format(r.overdue_days) if r.overdue_days else "", 60),
]

PLAN_COLUMNS = [
    Column("day", QT_TRANSLATE_NOOP("reviews", "计划日期"), CENTER, lambda r: f"{r.day.isoformat()} {weekday(r.day)}", 105),
    Column("village", QT_TRANSLATE_NOOP("reviews", "村（社区）"), LEFT, lambda r: r.village, 100),
    Column("head_name", QT_TRANSLATE_NOOP("reviews", "户主"), LEFT, lambda r: r.head_name, 70),
    Column("category", QT_TRANSLATE_NOOP("reviews", "类别"), CENTER, lambda r: label("category", r.category), 45),
    Column("due_date", QT_TRANSLATE_NOOP("reviews", "应复核日期"), CENTER, lambda r: r.due_date.isoformat(), 90),
    Column("rule", QT_TRANSLATE_NOOP("reviews", "复核依据"), LEFT, lambda r: rule_text(r.rule), 190),
    Column("late", QT_TRANSLATE_NOOP("reviews", "备注"), CENTER, lambda r: QCoreApplication.translate("reviews", "已逾期") if r.late else "", 60),
]


class RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses shown through column definitions."""

    context = "reviews"  # the translation context of the column headers (QT_TRANSLATE_NOOP)

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.format(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and self._late(row):
            return QBrush(QColor(180, 30, 30))
        if role == Qt.ItemDataRole.UserRole:
            return row.household_id
        return None

    @staticmethod
    def _late(row) -> bool:
        return bool(getattr(row, "overdue_days", 0) or getattr(row, "late", False))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context, self.columns[section].header) if 0 <= section < len(self.columns) else None
        return str(section + 1)


class DueModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(DUE_COLUMNS, parent)


class PlanModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(PLAN_COLUMNS, parent)
