"""The household list for 100,000 rows.

The model holds the ids of one indexed query (filtered and sorted in SQL by the
service) and fetches the rows it shows by page into a small cache when
``data()`` misses. Columns are data: key, header, alignment, formatter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.services import households
from dibao_desk.services.context import AppContext
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, IdPagedTableModel, money
from dibao_desk.ui.texts import label

PAGE = IdPagedTableModel.page_size


def _mask_id(number: str) -> str:
    return number[:6] + "********" + number[-4:] if len(number) == 18 else number


def _head(r: households.HouseholdRow) -> str:
    if not r.matched_member:
        return r.head_name
    return QCoreApplication.translate("households", "{0}（成员 {1}）").format(r.head_name, r.matched_member)


HEAD_WIDTH = 150
_CELL_MARGIN = 12  # the cell's padding on both sides, as the view draws it


def _head_tip(r: households.HouseholdRow) -> str | None:
    """The whole 户主（成员 X）, or a long name, when the head column (``HEAD_WIDTH``) cuts it."""
    text = _head(r)
    if QFontMetrics(QGuiApplication.font()).horizontalAdvance(text) <= HEAD_WIDTH - _CELL_MARGIN:
        return None
    return text


COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("HouseholdTableModel", "户编号"), lambda r: r.id, RIGHT, 70),
    Column("head_name", QT_TRANSLATE_NOOP("HouseholdTableModel", "户主姓名"), _head, LEFT, HEAD_WIDTH,
           tooltip=_head_tip),
    Column("head_id_number", QT_TRANSLATE_NOOP("HouseholdTableModel", "户主身份证号"), lambda r: r.head_id_number, LEFT, 170),
    Column("village", QT_TRANSLATE_NOOP("HouseholdTableModel", "村（社区）"), lambda r: r.village, LEFT, 110),
    Column("hukou_type", QT_TRANSLATE_NOOP("HouseholdTableModel", "户籍"), lambda r: label("hukou_type", r.hukou_type), CENTER, 50),
    Column("person_count", QT_TRANSLATE_NOOP("HouseholdTableModel", "家庭人口"), lambda r: r.person_count, RIGHT, 70),
    Column("covered_count", QT_TRANSLATE_NOOP("HouseholdTableModel", "保障人数"), lambda r: r.covered_count, RIGHT, 70),
    Column("per_capita_fen", QT_TRANSLATE_NOOP("HouseholdTableModel", "月人均收入（元）"), lambda r: r.per_capita_fen, RIGHT, 120, money),
    Column("status", QT_TRANSLATE_NOOP("HouseholdTableModel", "状态"), lambda r: label("status", r.status), CENTER, 70),
    Column("category", QT_TRANSLATE_NOOP("HouseholdTableModel", "类别"), lambda r: label("category", r.category), CENTER, 60),
    Column("monthly_benefit_fen", QT_TRANSLATE_NOOP("HouseholdTableModel", "月保障金（元）"), lambda r: r.monthly_benefit_fen, RIGHT, 110, money),
    Column("filed", QT_TRANSLATE_NOOP("HouseholdTableModel", "备案"), lambda r: label("filed_mark", r.filed), CENTER, 50),
    Column("certificate", QT_TRANSLATE_NOOP("HouseholdTableModel", "低保证号"), lambda r: r.certificate, LEFT, 160),
]


class HouseholdTableModel(IdPagedTableModel):
    """The household list: ids of one query (filtered and sorted in SQL), rows by page."""

    context = "HouseholdTableModel"
    header_alignment = True

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.ctx = ctx
        self.query = households.HouseholdQuery()
        self._loaded = False

    def fetch(self, ids: Sequence[int]) -> list[households.HouseholdRow]:
        return households.fetch_rows(self.ctx.uow(), list(ids), self.query.text)

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
        self.query = query
        self._loaded = True
        self.set_ids(ids, first_page)

    def household_id(self, row: int) -> int | None:
        return self.id_at(row)

    def row(self, row: int) -> households.HouseholdRow | None:
        return self.row_at(row)
