"""Proposals to change the money: one row per proposal with what it waits for.

Open proposals are at most a few hundred, so the model holds the rows of one service
call. Columns are data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.services import proposals
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.tablemodels.cases import CENTER, LEFT, RIGHT, waiting_text
from dibao_desk.ui.texts import label


def _who(r: proposals.ProposalRow) -> str:
    if r.household_id is None:
        return QCoreApplication.translate("proposals", "{0} 户").format(f"{r.households:,}")
    return r.head_name


def _state(r: proposals.ProposalRow) -> str:
    return waiting_text(r.waiting) if r.status == "open" else label("proposal_status", r.status)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    align: Qt.AlignmentFlag
    format: Callable[[proposals.ProposalRow], str]
    width: int = 100


# Headers are translated where shown (headerData): a translation installed after import still applies.
COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("proposals", "编号"), RIGHT, lambda r: str(r.id), 45),
    Column("kind", QT_TRANSLATE_NOOP("proposals", "类别"), LEFT, lambda r: label("proposal_kind", r.kind), 110),
    Column("village", QT_TRANSLATE_NOOP("proposals", "村（社区）"), LEFT, lambda r: r.village or "—", 90),
    Column("who", QT_TRANSLATE_NOOP("proposals", "户主 / 户数"), LEFT, _who, 80),
    Column("month", QT_TRANSLATE_NOOP("proposals", "执行月份"), CENTER,
           lambda r: f"{r.effective_month:%Y-%m}", 70),
    Column("before", QT_TRANSLATE_NOOP("proposals", "原月保障金"), RIGHT, lambda r: fen_to_yuan(r.before_fen), 90),
    Column("after", QT_TRANSLATE_NOOP("proposals", "建议月保障金"), RIGHT, lambda r: fen_to_yuan(r.after_fen), 90),
    Column("waiting", QT_TRANSLATE_NOOP("proposals", "等待事项"), LEFT, _state, 200),
]


class ProposalsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = COLUMNS
        self.rows: list[proposals.ProposalRow] = []

    def set_rows(self, rows: list[proposals.ProposalRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("proposals", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.format(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        return None

    def row_at(self, row: int) -> proposals.ProposalRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
