"""The one table-model base: rows in memory and rows paged by ids, columns as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.ui.tablemodels.base import (
    RIGHT, Column, IdPagedTableModel, RowsTableModel, count, left, money, money_column, right,
)

D = Qt.ItemDataRole


@dataclass(frozen=True)
class Line:
    id: int
    name: str
    fen: int
    late: bool = False


COLUMNS = [
    Column("id", QT_TRANSLATE_NOOP("test", "编号"), lambda r: r.id, RIGHT, 50),
    left("name", QT_TRANSLATE_NOOP("test", "姓名"), lambda r: r.name,
         tooltip=lambda r: f"全名：{r.name}"),
    money_column("fen", QT_TRANSLATE_NOOP("test", "金额（元）"), lambda r: r.fen,
                 foreground=lambda r: QColor("#b00020") if r.fen < 0 else None),
]


class LateRows(RowsTableModel):
    context = "test"

    def row_foreground(self, item: Line) -> QColor | None:
        return QColor(180, 30, 30) if item.late else None


class Paged(IdPagedTableModel):
    page_size = 10
    max_pages = 2

    def __init__(self) -> None:
        super().__init__(COLUMNS, context="test")
        self.asked: list[list[int]] = []

    def fetch(self, ids):  # the service call: one page of rows, in the order of the ids
        self.asked.append(list(ids))
        return [Line(i, f"户{i}", i * 100) for i in ids]


def test_formats_alignment_colours_and_tooltips_come_from_the_columns(qtbot):
    model = LateRows(COLUMNS)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([Line(7, "张三", 123450), Line(8, "李四", -500, late=True)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert [model.index(0, c).data() for c in range(3)] == ["7", "张三", "1234.50"]
    assert model.index(1, 2).data() == "-5.00"
    assert model.index(0, 0).data(D.TextAlignmentRole) == int(RIGHT)
    assert model.index(0, 1).data(D.ToolTipRole) == "全名：张三"
    assert model.index(0, 0).data(D.ToolTipRole) is None
    assert model.index(0, 0).data(D.UserRole) == 7
    # the cell's own colour first (a negative amount), else the row's (a late row), else the view's
    assert model.index(1, 2).data(D.ForegroundRole).color() == QColor("#b00020")
    assert model.index(1, 0).data(D.ForegroundRole).color() == QColor(180, 30, 30)
    assert model.index(0, 0).data(D.ForegroundRole) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["编号", "姓名", "金额（元）"]
    assert model.headerData(0, Qt.Orientation.Horizontal, D.TextAlignmentRole) is None  # the view's (centred)
    assert model.column_of("fen") == 2 and model.column_of("nothing") == -1
    model.set_rows([])
    assert model.rowCount() == 0


def test_headers_given_already_translated_are_shown_as_given(qtbot):
    model = RowsTableModel([left("a", "已翻译", lambda r: r), right("b", "数", lambda r: r, format=count)])
    model.set_rows([12345])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "已翻译"
    assert model.index(0, 1).data() == "12,345" and model.index(0, 0).data() == "12345"
    assert money(None) == "" and count(None) == ""


def test_paged_model_reads_only_the_pages_shown_and_keeps_a_few(qtbot):
    model = Paged()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.asked.clear()
    model.set_ids(list(range(1000, 1095)))
    assert model.rowCount() == 95 and model.asked == []  # the ids alone: nothing read yet
    assert model.index(94, 0).data(D.UserRole) == 1094 and model.asked == []  # the id needs no read
    assert model.index(3, 1).data() == "户1003"
    assert model.asked == [list(range(1000, 1010))]
    assert model.index(9, 2).data() == "1009.00" and len(model.asked) == 1  # same page: no read
    assert model.index(94, 1).data() == "户1094"
    assert model.asked[-1] == list(range(1090, 1095))  # the last, short page
    model.index(50, 1).data()  # a third page: the least recently shown (the first) is dropped
    model.index(3, 1).data()
    assert len(model.asked) == 4 and model.asked[-1] == list(range(1000, 1010))
    assert model.row_of(1050) == 50 and model.row_of(5) == -1
    assert model.id_at(95) is None and model.row_at(95) is None


def test_paged_model_shows_a_first_page_read_elsewhere(qtbot):
    model = Paged()
    first = [Line(i, f"户{i}", 0) for i in range(1, 11)]
    model.set_ids(list(range(1, 31)), first_page=first)
    assert model.index(0, 1).data() == "户1" and model.asked == []
    assert model.index(10, 1).data() == "户11" and model.asked == [list(range(11, 21))]
    assert model.headerData(2, Qt.Orientation.Horizontal, D.TextAlignmentRole) is None
    assert model.index(0, 2).data(D.TextAlignmentRole) == int(RIGHT)
