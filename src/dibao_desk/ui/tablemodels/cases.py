"""The cases in the procedure: one row per case with the step it is at and what it waits for.

Open cases are at most a few thousand in a county, so the model holds the rows of
one service call (filtered and ordered in SQL). Columns are data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dibao_desk import messages
from dibao_desk.messages.procedure import waiting_params
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def waiting_text(w) -> str:
    """The words for what a case waits for ("一榜公示至 11月29日", "待县局审批")."""
    template = messages.TEMPLATES.get(w.code)
    if template is None:
        return w.code
    try:
        return QCoreApplication.translate("messages", template).format(**waiting_params(w.code, w.params))
    except (KeyError, IndexError):
        return template


def step_text(row: procedure.CaseRow) -> str:
    if not row.next_step:
        return label("case_status", row.status)
    return f"{row.next_step} {label('step', row.next_step)}"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    align: Qt.AlignmentFlag
    format: Callable[[procedure.CaseRow], str]
    width: int = 100


COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("cases", "编号"), RIGHT, lambda r: str(r.id), 50),
    Column("kind", QT_TRANSLATE_NOOP("cases", "类别"), CENTER, lambda r: label("case_kind", r.kind), 50),
    Column("village", QT_TRANSLATE_NOOP("cases", "村（社区）"), LEFT, lambda r: r.village, 90),
    Column("head_name", QT_TRANSLATE_NOOP("cases", "户主"), LEFT, lambda r: r.head_name, 70),
    Column("opened_on", QT_TRANSLATE_NOOP("cases", "受理日期"), CENTER,
           lambda r: f"{r.opened_on:%Y-%m-%d}", 90),
    Column("step", QT_TRANSLATE_NOOP("cases", "当前步骤"), LEFT, step_text, 110),
    Column("waiting", QT_TRANSLATE_NOOP("cases", "等待事项"), LEFT, lambda r: waiting_text(r.waiting), 200),
    Column("special_case", QT_TRANSLATE_NOOP("cases", "特殊情况"), LEFT,
           lambda r: "★" + label("special_case", r.special_case) if r.special_case else "", 90),
    Column("filed", QT_TRANSLATE_NOOP("cases", "备案"), CENTER, lambda r: label("filed_mark", r.filed), 50),
]

# Cases whose next move is the operator's (not waiting for the calendar or the county).
ACTIONABLE = {"record", "start_notice", "close_notice", "objections"}


class CasesTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = COLUMNS
        self.rows: list[procedure.CaseRow] = []
        self.step: int | None = None
        self.kind: str | None = None
        self.status: str | None = "open"
        self.today: dt.date = dt.date.today()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("cases", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "waiting":
            if row.waiting.action == "objections":
                return QBrush(QColor("#b00020"))
            if row.waiting.action in ACTIONABLE:
                return QBrush(QColor("#0d47a1"))
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def set_filter(self, step: int | None = None, kind: str | None = None, status: str | None = "open") -> None:
        self.step, self.kind, self.status = step, kind, status
        self.reload()

    def reload(self, today: dt.date | None = None) -> None:
        if today is not None:
            self.today = today
        self.beginResetModel()
        self.rows = procedure.list_cases(self.ctx.uow(), step=self.step, kind=self.kind, status=self.status,
                                         today=self.today)
        self.endResetModel()

    def case_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == case_id:
                return i
        return -1
