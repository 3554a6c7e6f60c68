"""County mode in the window: the 发放汇总 tab lists each township's payments per period and
marks the one that disagrees with the township's ledger; the 追回登记 tab lists the townships'
registers with balances."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.services import exchange, recovery
from dibao_desk.ui.widgets.county_view import CountyView
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401
from tests.exchange.test_county_money import _line, _payments_package


def test_county_tabs_show_payments_with_the_flag_and_the_recovery_registers(qtbot, ctx, township, county_ctx,
                                                                             tmp_path):
    a = township["households"][0]
    recovery.add(ctx.uow(), a, "false_declaration", "德民追〔2026〕5号", TODAY, 62000, method="cash", today=TODAY)
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    _payments_package(tmp_path / "p.xlsx", [_line("张三", str(a), 2, 31000)],
                      {"payroll_total_fen": "31000", "ledger_households": "2", "ledger_total_fen": "62000"})
    exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=TODAY)

    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    payments, register = view.payments_tab.model, view.recovery_tab.model
    QAbstractItemModelTester(payments, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(register, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view.tabs.setCurrentWidget(view.payments_tab)
    assert payments.rowCount() == 1
    row = [payments.index(0, c).data() for c in range(payments.columnCount())]
    assert row[:8] == ["2026-11", "360426100000", "德安镇", "1", "2", "310.00", "2", "620.00"]
    assert row[-1] == "⚠ 造册金额与账册不符；造册户数与账册不符"
    assert payments.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 份造册与乡镇账册不符" in view.payments_tab.summary.text()
    view.grab().save(str(tmp_path / "county_payments.png"))

    view.tabs.setCurrentWidget(view.recovery_tab)
    assert register.rowCount() == 1
    # 9 其中待银行回执 (blank: nothing deducted), 10 尚欠, 11 状态
    assert [register.index(0, c).data() for c in (0, 3, 4, 9, 10, 11)] == ["德安镇", "张三", "虚报冒领", "", "620.00", "待追回"]
    qtbot.mouseClick(view.recovery_tab.open_only, Qt.MouseButton.LeftButton)
    assert register.rowCount() == 1
    view.grab().save(str(tmp_path / "county_recovery.png"))
