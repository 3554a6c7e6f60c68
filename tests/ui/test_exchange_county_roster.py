"""County mode's combined roster in the window: two townships' rosters, then one of them."""

from __future__ import annotations

import pytest

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QHeaderView

from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out as out
from dibao_desk.services import exchange
from dibao_desk.ui.widgets.county_view import CountyView
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

SECOND = "360426101000"


def second_township_roster(path: Path) -> Path:
    """The roster package of a second township (as its own program would write it)."""
    households = [("7", "东风村", "赵六", make_id("19550101", 21), "rural", 3, 2, "class1", 52000, "2025-03-01", ""),
                  ("9", "红星村", "钱七", make_id("19570202", 23), "rural", 1, 1, "class2", 31000, None, "")]
    persons = [("7", "赵六", make_id("19550101", 21), "男", "1955-01-01", "户主", True, None),
               ("7", "赵六妻", make_id("19560303", 25), "女", "1956-03-03", "配偶", True, None),
               ("7", "赵小六", make_id("19900404", 27), "男", "1990-04-04", "子女", False, None),
               ("9", "钱七", make_id("19570202", 23), "女", "1957-02-02", "户主", True, None)]
    pkg.write_package(path, kind="roster", direction="up", township_code=SECOND, township_name="车桥镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=out.roster_sheets(households, persons, len(households), len(persons)))
    return path


def test_combined_roster_shows_both_townships_then_one(qtbot, ctx, township, county_ctx, tmp_path):
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r1.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), first.path, today=TODAY)
    exchange.import_package(county_ctx.uow(), second_township_roster(tmp_path / "r2.xlsx"), today=TODAY)

    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    model = view.roster
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0  # read when its tab is first shown
    view.tabs.setCurrentIndex(1)
    assert view.tabs.tabText(1) == "合并花名册"
    assert view.roster_view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed

    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    town, head, covered, money = (headers.index(h) for h in ("乡镇（街道）", "户主姓名", "保障人口", "月保障金（元）"))
    shown = {(model.index(r, town).data(), model.index(r, head).data()) for r in range(model.rowCount())}
    assert shown == {("德安镇", "张三"), ("德安镇", "李四"), ("德安镇", "王五"), ("车桥镇", "赵六"), ("车桥镇", "钱七")}
    assert "5 户" in view.roster_count.text()

    combo = view.roster_township
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "360426100000", SECOND]
    combo.setCurrentIndex(combo.findData(SECOND))
    rows = [(model.index(r, head).data(), model.index(r, covered).data(), model.index(r, money).data())
            for r in range(model.rowCount())]
    assert rows == [("赵六", "2", "520.00"), ("钱七", "1", "310.00")]
    assert view.roster_count.text().startswith("2 户，保障 3 人")

    view.refresh()  # new packages arrive: the chosen township stays chosen
    assert combo.currentData() == SECOND and model.rowCount() == 2
    combo.setCurrentIndex(0)
    assert model.rowCount() == 5
