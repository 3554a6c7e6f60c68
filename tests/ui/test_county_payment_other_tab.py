"""County mode: the county clerk imports a township's payments package that names its 补发 and
专项补贴 rosters; the 发放汇总 tab shows their money beside the regular roster's and lists the
rosters with the totals the township's own rosters show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.services import county_money, exchange, payroll
from dibao_desk.ui.dialogs.import_package import ImportPackageDialog
from dibao_desk.ui.widgets.county_view import CountyView
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401
from tests.exchange.test_county_payment_other import SIGNED, november_with_other_rosters

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_payments_tab_lists_the_townships_other_rosters_beside_the_regular_one(
        qtbot, ctx, township, county_ctx, tmp_path):
    regular, back, heating = november_with_other_rosters(ctx, township)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "发放造册.xlsx", today=SIGNED)

    # the county clerk previews the package and imports it
    imp = ImportPackageDialog(county_ctx, path=out.path, today=SIGNED)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)
    texts = [imp.model.index(r, 3).data() for r in range(imp.model.rowCount())]
    assert any("另有补发、专项补贴造册 2 份" in t for t in texts), texts
    assert county_money.other_rosters(county_ctx.uow()) == []  # nothing written before 确认导入
    qtbot.mouseClick(imp.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imp.result_info is not None, timeout=20000)
    stored = county_money.other_rosters(county_ctx.uow())
    assert [(r.kind, r.amount_fen) for r in stored] == [(PayrollKind.SUBSIDY, 30000), (PayrollKind.BACK_PAY, 31000)]

    view = CountyView(county_ctx, today=lambda: SIGNED)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.payments_tab)
    assert view.tabs.tabText(index) == "发放汇总"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget() is view.payments_tab
    tab = view.payments_tab  # as the window opened it: no refresh asked for
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.others_model, QAbstractItemModelTester.FailureReportingMode.Fatal)

    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert headers[5:10] == ["造册金额（元）", "账册户数", "账册应发（元）", "补发（元）", "专项补贴（元）"]
    assert _cells(tab.model, 0)[:10] == ["2026-11", "360426100000", "德安镇", "3", "6", "930.00", "3", "930.00",
                                         "310.00", "300.00"]
    assert _cells(tab.model, 0)[-1] == "相符"

    assert tab.others_view.isVisible()
    own = {r.kind: r for r in payroll.rosters(ctx.uow())}
    assert [_cells(tab.others_model, r) for r in range(tab.others_model.rowCount())] == [
        ["2026-11", "德安镇", "专项补贴", "冬季取暖补贴", heating.period, "刘镇长", "2026-11-30",
         str(own[PayrollKind.SUBSIDY].households), str(own[PayrollKind.SUBSIDY].persons), "300.00"],
        ["2026-11", "德安镇", "补发", "", back.period, "刘镇长", "2026-11-30",
         str(own[PayrollKind.BACK_PAY].households), str(own[PayrollKind.BACK_PAY].persons), "310.00"]]
    assert tab.summary.text() == ("2026-11：1 个乡镇，3 户，6 人，930.00 元；补发 1 份 310.00 元；"
                                  "专项补贴 1 份 300.00 元；发放合计 1540.00 元")
    view.grab().save(str(tmp_path / "county_payment_other.png"))


def test_without_other_rosters_the_list_is_hidden(qtbot, county_ctx, tmp_path):
    from tests.exchange.test_county_money import _line, _payments_package

    _payments_package(tmp_path / "p.xlsx", [_line("张三", "1", 2, 31000)], {})
    exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=TODAY)
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.payments_tab)
    assert not view.payments_tab.others_view.isVisible()
    assert _cells(view.payments_tab.model, 0)[8:10] == ["", ""]
    assert view.payments_tab.summary.text() == "2026-11：1 个乡镇，1 户，2 人，310.00 元"
