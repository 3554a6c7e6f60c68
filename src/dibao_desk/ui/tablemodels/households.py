"""The household list for 100,000 rows.

The model holds the ids of one indexed query (filtered and sorted in SQL by the
service) and fetches the rows it shows by page into a small cache when
``data()`` misses. Columns are data: key, header, alignment, formatter.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dibao_desk.services import households
from dibao_desk.services.context import AppContext
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label, yuan

PAGE = 200
MAX_PAGES = 20

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    align: Qt.AlignmentFlag
    format: Callable[[households.HouseholdRow], str]
    width: int = 100


def _mask_id(number: str) -> str:
    return number[:6] + "********" + number[-4:] if len(number) == 18 else number


def _head(r: households.HouseholdRow) -> str:
    if not r.matched_member:
        return r.head_name
    return QCoreApplication.translate("households", "{0}（成员 {1}）").format(r.head_name, r.matched_member)


COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("HouseholdTableModel", "户编号"), RIGHT, lambda r: str(r.id), 70),
    Column("head_name", QT_TRANSLATE_NOOP("HouseholdTableModel", "户主姓名"), LEFT, lambda r: _head(r), 150),
    Column("head_id_number", QT_TRANSLATE_NOOP("HouseholdTableModel", "户主身份证号"), LEFT, lambda r: r.head_id_number, 170),
    Column("village", QT_TRANSLATE_NOOP("HouseholdTableModel", "村（社区）"), LEFT, lambda r: r.village, 110),
    Column("hukou_type", QT_TRANSLATE_NOOP("HouseholdTableModel", "户籍"), CENTER, lambda r: label("hukou_type", r.hukou_type), 50),
    Column("person_count", QT_TRANSLATE_NOOP("HouseholdTableModel", "家庭人口"), RIGHT, lambda r: str(r.person_count), 70),
    Column("covered_count", QT_TRANSLATE_NOOP("HouseholdTableModel", "保障人数"), RIGHT, lambda r: str(r.covered_count), 70),
    Column("per_capita_fen", QT_TRANSLATE_NOOP("HouseholdTableModel", "月人均收入（元）"), RIGHT, lambda r: yuan(r.per_capita_fen), 120),
    Column("status", QT_TRANSLATE_NOOP("HouseholdTableModel", "状态"), CENTER, lambda r: label("status", r.status), 70),
    Column("category", QT_TRANSLATE_NOOP("HouseholdTableModel", "类别"), CENTER, lambda r: label("category", r.category), 60),
    Column("monthly_benefit_fen", QT_TRANSLATE_NOOP("HouseholdTableModel", "月保障金（元）"), RIGHT, lambda r: yuan(r.monthly_benefit_fen), 110),
    Column("filed", QT_TRANSLATE_NOOP("HouseholdTableModel", "备案"), CENTER, lambda r: label("filed_mark", r.filed), 50),
    Column("certificate", QT_TRANSLATE_NOOP("HouseholdTableModel", "低保证号"), LEFT, lambda r: r.certificate, 160),
]


_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole}


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = COLUMNS
        self.query = households.HouseholdQuery()
        self._ids: list[int] = []
        self._loaded = False
        self._pages: OrderedDict[int, list[households.HouseholdRow]] = OrderedDict()

    # --- what the view asks -------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("HouseholdTableModel", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row(index.row())
            return column.format(row) if row is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        query = replace(self.query, sort=self.columns[column].key,
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self.query or not self._loaded:
            self.set_query(query)

    # --- what the list view asks --------------------------------------------
    def set_query(self, query: households.HouseholdQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.show_result(self.query, households.query_ids(self.ctx.uow(), self.query))

    def read(self, query: households.HouseholdQuery) -> tuple[list[int], list[households.HouseholdRow]]:
        """What ``show_result`` needs for ``query``: its ids and the first page of rows. Runs on
        the worker (no Qt object is touched)."""
        ids = households.query_ids(self.ctx.uow(), query)
        return ids, households.fetch_rows(self.ctx.uow(), ids[:PAGE], query.text)

    def show_result(self, query: households.HouseholdQuery, ids: list[int],
                    first_page: list[households.HouseholdRow] | None = None) -> None:
        """Hold ``query`` and its ``ids`` (read here or on the worker), with the first page if read."""
        self.beginResetModel()
        self.query = query
        self._ids = ids
        self._loaded = True
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()

    def household_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, household_id: int) -> int:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return -1

    def row(self, row: int) -> households.HouseholdRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            rows = households.fetch_rows(self.ctx.uow(), ids, self.query.text)
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None
