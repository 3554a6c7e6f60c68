"""County mode's combined roster: every receiving household on the latest roster of each township.

The model pages by ids: it holds the ids of every row in display order (``county.roster_ids``,
one query) and reads the rows a page at a time as they are shown (``county.roster_lines``), so
the first page paints without reading tens of thousands of rows, on SQLite or on the county's
PostgreSQL server. Filtering by township asks for the ids again with the township's code.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.services import county
from dibao_desk.services.context import AppContext
from dibao_desk.ui.tablemodels.base import CENTER, LEFT, RIGHT, Column, IdPagedTableModel, money
from dibao_desk.ui.texts import label

COLUMNS = [
    Column("township", QT_TRANSLATE_NOOP("CountyRosterModel", "乡镇（街道）"), lambda r: r.township_name, LEFT, 110),
    Column("village", QT_TRANSLATE_NOOP("CountyRosterModel", "村（社区）"), lambda r: r.village, LEFT, 110),
    Column("household_ref", QT_TRANSLATE_NOOP("CountyRosterModel", "户编号"), lambda r: r.household_ref, RIGHT, 70),
    Column("head_name", QT_TRANSLATE_NOOP("CountyRosterModel", "户主姓名"), lambda r: r.head_name, LEFT, 90),
    Column("head_id_number", QT_TRANSLATE_NOOP("CountyRosterModel", "户主身份证号"), lambda r: r.head_id_number, LEFT, 170),
    Column("covered", QT_TRANSLATE_NOOP("CountyRosterModel", "保障人口"), lambda r: r.covered, RIGHT, 70),
    Column("category", QT_TRANSLATE_NOOP("CountyRosterModel", "保障类别"),
           lambda r: label("category", r.category) if r.category else "", CENTER, 70),
    Column("monthly_fen", QT_TRANSLATE_NOOP("CountyRosterModel", "月保障金（元）"), lambda r: r.monthly_fen, RIGHT, 110, money),
    Column("certificate", QT_TRANSLATE_NOOP("CountyRosterModel", "低保证号"), lambda r: r.certificate, LEFT, 160),
]

PAGE = IdPagedTableModel.page_size


class CountyRosterModel(IdPagedTableModel):
    context = "CountyRosterModel"
    header_alignment = True

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.ctx = ctx
        self.township_code: str | None = None
        self.covered = 0
        self.monthly_fen = 0

    def fetch(self, ids: Sequence[int]) -> list[county.RosterLine]:
        return county.roster_lines(self.ctx.uow(), tuple(ids))

    def set_township(self, code: str | None) -> None:
        """Show one township (its 12-digit code) or, with None, every township."""
        self.township_code = code or None
        self.reload()

    def reload(self) -> None:
        found = county.roster_ids(self.ctx.uow(), self.township_code)
        self.covered, self.monthly_fen = found.covered, found.monthly_fen
        self.set_ids(found.ids)

    def line(self, row: int) -> county.RosterLine | None:
        return self.row_at(row)
