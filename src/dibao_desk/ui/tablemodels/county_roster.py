"""County mode's combined roster: every receiving household on the latest roster of each township.

The model pages by ids: it holds the ids of every row in display order (``county.roster_ids``,
one query) and reads the rows a page at a time as they are shown (``county.roster_lines``), so
the first page paints without reading tens of thousands of rows, on SQLite or on the county's
PostgreSQL server. Filtering by township asks for the ids again with the township's code.
Columns are data: key, header, alignment, formatter, width.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dibao_desk.services import county
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label, yuan

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    align: Qt.AlignmentFlag
    format: Callable[[county.RosterLine], str]
    width: int = 100


COLUMNS = [
    Column("township", QT_TRANSLATE_NOOP("CountyRosterModel", "乡镇（街道）"), LEFT, lambda r: r.township_name, 110),
    Column("village", QT_TRANSLATE_NOOP("CountyRosterModel", "村（社区）"), LEFT, lambda r: r.village, 110),
    Column("household_ref", QT_TRANSLATE_NOOP("CountyRosterModel", "户编号"), RIGHT, lambda r: r.household_ref, 70),
    Column("head_name", QT_TRANSLATE_NOOP("CountyRosterModel", "户主姓名"), LEFT, lambda r: r.head_name, 90),
    Column("head_id_number", QT_TRANSLATE_NOOP("CountyRosterModel", "户主身份证号"), LEFT, lambda r: r.head_id_number, 170),
    Column("covered", QT_TRANSLATE_NOOP("CountyRosterModel", "保障人口"), RIGHT, lambda r: str(r.covered), 70),
    Column("category", QT_TRANSLATE_NOOP("CountyRosterModel", "保障类别"), CENTER, lambda r: label("category", r.category) if r.category else "", 70),
    Column("monthly_fen", QT_TRANSLATE_NOOP("CountyRosterModel", "月保障金（元）"), RIGHT, lambda r: yuan(r.monthly_fen), 110),
    Column("certificate", QT_TRANSLATE_NOOP("CountyRosterModel", "低保证号"), LEFT, lambda r: r.certificate, 160),
]


PAGE = 200


class CountyRosterModel(QAbstractTableModel):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = COLUMNS
        self.township_code: str | None = None
        self.ids: tuple[int, ...] = ()
        self.covered = 0
        self.monthly_fen = 0
        self._pages: dict[int, list[county.RosterLine]] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CountyRosterModel", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.ids)):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            line = self.line(index.row())
            return column.format(line) if line is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def set_township(self, code: str | None) -> None:
        """Show one township (its 12-digit code) or, with None, every township."""
        self.township_code = code or None
        self.reload()

    def reload(self) -> None:
        found = county.roster_ids(self.ctx.uow(), self.township_code)
        self.beginResetModel()
        self.ids, self.covered, self.monthly_fen = found.ids, found.covered, found.monthly_fen
        self._pages = {}
        self.endResetModel()

    def line(self, row: int) -> county.RosterLine | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        lines = self._pages.get(page)
        if lines is None:
            lines = self._pages[page] = county.roster_lines(self.ctx.uow(), self.ids[page * PAGE:(page + 1) * PAGE])
        offset = row - page * PAGE
        return lines[offset] if offset < len(lines) else None
