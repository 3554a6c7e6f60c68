"""County mode's 追回登记 tab: what two townships have deducted and the bank has not answered yet
is shown beside 已收回, and named in the total."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.services import exchange
from dibao_desk.ui.widgets.county_view import CountyView
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx  # noqa: F401
from tests.exchange.test_county_money import _roster_with_register

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def test_the_recovery_tab_shows_the_deductions_awaiting_the_bank(qtbot, county_ctx, tmp_path):
    for path, code, name, entries in (
            (tmp_path / "a.xlsx", "360426100000", "德安镇", [("R1", 60000, 30000, 20000), ("R2", 10000, 0, 0)]),
            (tmp_path / "b.xlsx", "360426101000", "车桥镇", [("R9", 45000, 45000, 15000)])):
        exchange.import_package(county_ctx.uow(), _roster_with_register(path, code, name, entries), today=TODAY)
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.tabs.setCurrentIndex(3)
    assert view.tabs.tabText(3) == "追回登记"
    tab = view.recovery_tab
    tab.refresh()
    model = tab.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    town, ref, recovered, awaiting = (headers.index(h) for h in ("乡镇", "登记编号", "已收回（元）", "其中待银行回执（元）"))
    assert awaiting == recovered + 1
    shown = [tuple(model.index(r, c).data() for c in (town, ref, recovered, awaiting)) for r in range(model.rowCount())]
    assert shown == [("德安镇", "R1", "300.00", "200.00"), ("德安镇", "R2", "0.00", ""),
                     ("车桥镇", "R9", "450.00", "150.00")]
    assert tab.summary.text() == ("共 3 条，尚欠合计 400.00 元；已收回中有 350.00 元为造册扣减、待银行回执"
                                  "（银行回盘为成功后才实际收回）")
    tab.open_only.setChecked(True)  # 待追回 only: 车桥镇's entry is settled
    assert model.rowCount() == 2 and tab.summary.text().endswith("已收回中有 200.00 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）")
    view.grab().save(str(tmp_path / "county-recovery.png"))
