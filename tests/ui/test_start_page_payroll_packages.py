"""今日待办: the payroll to make or sign, and packages from the county not yet imported; the
counts agree with the store and a click opens the 造册 tab or the import dialog."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from dibao_desk.models import PackageReceived, Payroll
from dibao_desk.services import exchange, payroll, policy
from dibao_desk.ui.dialogs.export_package import SETTINGS_KEY
from dibao_desk.ui.main_window import MainWindow
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx  # noqa: F401


def _page(qtbot, ctx, day):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.view("today")
    page._today = day
    page.refresh()
    return window, page


def receiving(ctx, make_household, day):
    """One household receiving since January 2025, its ledger built up to ``day``."""
    from dibao_desk.models import Household
    from dibao_desk.services import ledger

    hh = make_household(wages_fen=0, bank_account="6217990000000000014", bank_name="中国邮政储蓄银行德安县支行")
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 45000, dt.date(2025, 1, 1)
        uow.commit()
    ledger.build(ctx.uow(), day)


def _rosters(ctx) -> int:
    with ctx.uow() as uow:
        return uow.session.query(Payroll).count()


@pytest.mark.parametrize("day, month, quarter", [
    (dt.date(2026, 3, 31), "2026 年 3 月", "2026 年第 1 季度"),
    (dt.date(2026, 6, 30), "2026 年 6 月", "2026 年第 2 季度"),
    (dt.date(2026, 12, 31), "2026 年 12 月", "2026 年第 4 季度"),
    (dt.date(2026, 2, 28), "2026 年 2 月", "2026 年第 1 季度"),
    (dt.date(2028, 2, 29), "2028 年 2 月", "2028 年第 1 季度"),
    pytest.param(dt.date.today(), f"{dt.date.today().year} 年 {dt.date.today().month} 月",
                 f"{dt.date.today().year} 年第 {(dt.date.today().month - 1) // 3 + 1} 季度", id="the-real-date"),
])
def test_the_roster_of_this_period_to_make_then_to_sign(qtbot, ctx, make_household, day, month, quarter):
    receiving(ctx, make_household, day)
    window, page = _page(qtbot, ctx, day)
    assert page.counts["payroll_due"] == 1
    assert "尚未造册" in page.words["payroll_due"] and month in page.words["payroll_due"]
    assert _rosters(ctx) == 0  # counting wrote nothing

    made = payroll.make(ctx.uow(), payroll.default_period(ctx.uow(), day), today=day)
    page.refresh()
    assert page.counts["payroll_due"] == 1 and "草稿" in page.words["payroll_due"]
    qtbot.mouseClick(page.buttons["payroll_due"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.view("payroll")

    payroll.sign(ctx.uow(), made.id, "赵镇长", day, today=day)
    page.refresh()
    assert page.counts["payroll_due"] == 0 and not page.buttons["payroll_due"].isEnabled()
    assert "已审核签字" in page.words["payroll_due"]

    # an office going quarterly with this month signed: the quarter would pay it twice; what is
    # due is the quarter's months after this one, each as a month (the months before this one
    # come before the office's first roster)
    payroll.set_period_unit(ctx.uow(), "quarter")
    page.refresh()
    later = (2 - (day.month - 1) % 3)
    assert page.counts["payroll_due"] == later
    assert quarter in page.words["payroll_due"] and month in page.words["payroll_due"]
    assert ("尚未造册" in page.words["payroll_due"]) == bool(later)
    assert page.words["payroll_due"].endswith("不必另行造册") == (not later)
    assert _rosters(ctx) == 1


def test_a_county_package_in_the_last_import_folder_is_counted_and_opens_the_import(
        qtbot, ctx, county_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    QSettings().setValue(SETTINGS_KEY, str(stick))
    (stick / "坏文件.xlsx").write_bytes(b"PK\x03\x04 broken")  # never breaks the page
    window, page = _page(qtbot, ctx, TODAY)
    assert page.counts["packages_waiting"] == 0 and not page.buttons["packages_waiting"].isEnabled()

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "up.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)  # the county knows the township
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1),
                          dataclasses.replace(base, rural_standard_fen=base.rural_standard_fen + 3000), "2027 年提标", today=dt.date.today())
    down = exchange.export_package(county_ctx.uow(), "policy", "", stick / "德安县-政策标准.xlsx",
                                   township_code="360426100000", today=TODAY)
    page.refresh()
    assert page.counts["packages_waiting"] == 1

    from dibao_desk.ui.dialogs import import_package as dialog_module

    opened = []

    def run(dialog):  # the person clicks 导入 in the dialog the start page opened
        opened.append(dialog.path)
        qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_module.ImportPackageDialog, "exec", run)
    monkeypatch.setattr(dialog_module.QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(page.buttons["packages_waiting"], Qt.MouseButton.LeftButton)
    assert opened == [down.path]
    with ctx.uow() as uow:
        assert [r.kind for r in uow.session.query(PackageReceived)] == ["policy"]
    page.refresh()
    assert page.counts["packages_waiting"] == 0


def test_months_left_without_a_roster_after_the_cycle_changed_are_counted_and_named_30_april(
        qtbot, ctx, make_household):
    """Monthly rosters to January, then quarters: with 2027Q2 signed, February and March were
    never paid. The start page counts the two months, names them and the rosters that pay them,
    and a click opens the 造册 tab; once both are signed nothing is left."""
    day = dt.date(2027, 4, 30)
    receiving(ctx, make_household, day)
    for period, made_on in (("2026-12", dt.date(2026, 12, 31)), ("2027-01", dt.date(2027, 1, 31))):
        r = payroll.make(ctx.uow(), period, today=made_on)
        payroll.sign(ctx.uow(), r.id, "赵镇长", made_on, today=made_on)
    payroll.set_period_unit(ctx.uow(), "quarter")
    q2 = payroll.make(ctx.uow(), "2027Q2", today=day)
    payroll.sign(ctx.uow(), q2.id, "赵镇长", day, today=day)

    window, page = _page(qtbot, ctx, day)
    assert page.counts["payroll_due"] == 0
    assert page.counts["payroll_gaps"] == 2
    assert "2027年2月至3月" in page.words["payroll_gaps"] and "2027-02、2027-03" in page.words["payroll_gaps"]
    qtbot.mouseClick(page.buttons["payroll_gaps"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.view("payroll")

    feb = payroll.make(ctx.uow(), "2027-02", today=day)
    page.refresh()
    assert page.counts["payroll_gaps"] == 2 and "2027年2月" in page.words["payroll_gaps"]
    assert "草稿" in page.words["payroll_gaps"]
    payroll.sign(ctx.uow(), feb.id, "赵镇长", day, today=day)
    mar = payroll.make(ctx.uow(), "2027-03", today=day)
    payroll.sign(ctx.uow(), mar.id, "赵镇长", day, today=day)
    page.refresh()
    assert page.counts["payroll_gaps"] == 0 and not page.buttons["payroll_gaps"].isEnabled()


def test_a_county_package_whose_export_was_cut_short_is_marked_on_the_start_page(
        qtbot, ctx, county_ctx, tmp_path):
    from tests.exchange.test_package_inbox import policy_package

    stick = tmp_path / "stick"
    stick.mkdir()
    QSettings().setValue(SETTINGS_KEY, str(stick))
    policy_package(county_ctx, stick, ctx)
    window, page = _page(qtbot, ctx, TODAY)
    qtbot.waitUntil(lambda: page.counts.get("packages_waiting") == 1, timeout=10000)
    assert "旧文件" not in page.words["packages_waiting"]

    (stick / ".~德安县-政策标准.k3j_x9a2.old").write_bytes(b"the older package")
    page.refresh()
    qtbot.waitUntil(lambda: "⚠" in page.words.get("packages_waiting", ""), timeout=10000)
    words = page.words["packages_waiting"]
    assert page.counts["packages_waiting"] == 1
    assert "“德安县-政策标准.xlsx”" in words and ".~德安县-政策标准.k3j_x9a2.old" in words and "导出完成" in words


@pytest.mark.parametrize("day, signed, now, later", [
    # January paid by its own roster, then quarters: February and March are made as months
    # (March from February on: a roster is made at most a month ahead)
    (dt.date(2027, 1, 31), ("2026-12", "2027-01"), ["2027-02"], ["2027-03"]),
    (dt.date(2027, 2, 28), ("2026-12", "2027-01"), ["2027-02", "2027-03"], []),
    # October and November paid monthly: December alone is left of the fourth quarter
    (dt.date(2026, 11, 30), ("2026-10", "2026-11"), ["2026-12"], []),
])
def test_after_the_cycle_changed_mid_quarter_the_months_that_can_be_made_are_offered(
        qtbot, ctx, make_household, day, signed, now, later):
    """The cycle set to quarters in the middle of a quarter whose first months were paid
    monthly: the quarter itself would pay them twice and is refused. The start page offers the
    quarter's other months, each as a month (not the quarter, and not again under 往期), and
    the 造册 tab proposes them one after the other; made and signed by clicking, nothing is left."""
    receiving(ctx, make_household, dt.date(2027, 3, 31))
    for period in signed:
        p = payroll.parse_period(period)
        made = payroll.make(ctx.uow(), period, today=p.last)
        payroll.sign(ctx.uow(), made.id, "赵镇长", p.last, today=p.last)
    payroll.set_period_unit(ctx.uow(), "quarter")
    window, page = _page(qtbot, ctx, day)
    view = window.view("payroll")
    view.clock = lambda: day  # follows ``day`` as the test moves it on
    window.show()
    assert page.counts["payroll_due"] == len(now)
    words = page.words["payroll_due"]
    assert "季度" in words and "已发放（" in words and "尚未造册" in words
    for period in now + later:
        year, month = period.split("-")
        assert f"{year} 年 {int(month)} 月" in words
    assert ("下月起可以造册" in words) == bool(later)
    assert page.counts["payroll_gaps"] == 0  # this quarter's months are not named twice

    view.leader_edit.setText("赵镇长")
    for period in now + later:
        if period in later:  # next month
            day = dt.date(day.year, day.month + 1, 28)
            page._today = day
        window.show_view("today")
        window.show_view("payroll")
        assert view.period_edit.text() == period  # one that can be made, not the quarter
        qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
        assert payroll.find(ctx.uow(), period).locked
    page.refresh()
    assert page.counts["payroll_due"] == 0 and page.counts["payroll_gaps"] == 0
    assert "不必另行造册" in page.words["payroll_due"]
    with ctx.uow() as uow:
        assert sorted(r.period for r in uow.session.query(Payroll)) == sorted([*signed, *now, *later])


def test_a_month_a_signed_quarter_pays_is_not_due_after_going_monthly_31_december(qtbot, ctx, make_household):
    """2026Q4 signed as a quarter, then the office pays monthly: December is paid already; the
    start page says so instead of offering a December roster the program refuses, and the tab
    proposes the quarter that pays it (signed), not a period that cannot be made."""
    day = dt.date(2026, 12, 31)
    receiving(ctx, make_household, day)
    payroll.set_period_unit(ctx.uow(), "quarter")
    q4 = payroll.make(ctx.uow(), "2026Q4", today=dt.date(2026, 10, 31))
    payroll.sign(ctx.uow(), q4.id, "赵镇长", dt.date(2026, 10, 31), today=dt.date(2026, 10, 31))
    payroll.set_period_unit(ctx.uow(), "month")
    window, page = _page(qtbot, ctx, day)
    assert page.counts["payroll_due"] == 0 and page.counts["payroll_gaps"] == 0
    assert page.words["payroll_due"] == "本期（2026 年 12 月）：已发放（2026 年第 4 季度造册已审核），不必另行造册"
    assert payroll.default_period(ctx.uow(), day) == "2026Q4"
    assert payroll.default_period(ctx.uow(), dt.date(2027, 1, 31)) == "2027-01"


def test_the_start_page_says_month_by_month_how_a_quarter_split_by_a_change_of_cycle_is_paid(
        qtbot, ctx, make_household):
    """January paid by its own roster, then quarters: the line names each month of the quarter
    once, the paid one with the roster that pays it (not "2027 年 1 月 已由已审核的 2027 年 1 月造册
    发放"), on 31 January, 28 February and 31 March, until the whole quarter is paid."""
    receiving(ctx, make_household, dt.date(2027, 3, 31))

    def make_and_sign(period, day, sign=True):
        made = payroll.make(ctx.uow(), period, today=day)
        if sign:
            payroll.sign(ctx.uow(), made.id, "赵镇长", day, today=day)

    make_and_sign("2027-01", dt.date(2027, 1, 31))
    payroll.set_period_unit(ctx.uow(), "quarter")
    window, page = _page(qtbot, ctx, dt.date(2027, 1, 31))
    jan = "2027 年 1 月：已发放（2027 年 1 月造册已审核）"
    assert page.words["payroll_due"] == f"本期（2027 年第 1 季度）按月造册。{jan}；2027 年 2 月：尚未造册；2027 年 3 月：下月起可以造册"
    make_and_sign("2027-02", dt.date(2027, 2, 28), sign=False)
    page._today = dt.date(2027, 2, 28)
    page.refresh()
    assert page.words["payroll_due"] == (f"本期（2027 年第 1 季度）按月造册。{jan}；"
                                         "2027 年 2 月：造册是草稿，尚未审核签字；2027 年 3 月：尚未造册")
    assert page.counts["payroll_due"] == 2
    make_and_sign("2027-02", dt.date(2027, 2, 28))
    make_and_sign("2027-03", dt.date(2027, 3, 31))
    page._today = dt.date(2027, 3, 31)
    page.refresh()
    assert page.words["payroll_due"] == ("本期（2027 年第 1 季度）：已发放（2027 年 1 月、2027 年 2 月、2027 年 3 月"
                                         "造册已审核），不必另行造册")
    assert page.counts["payroll_due"] == 0


def test_a_quarter_whose_only_month_to_pay_was_paid_monthly_says_the_rest_needs_none_30_june(
        qtbot, ctx, make_household):
    """June 2026 is the office's first roster, signed monthly; the office then goes quarterly:
    April and May come before its first roster, so nothing else is due for the quarter."""
    day = dt.date(2026, 6, 30)
    receiving(ctx, make_household, day)
    made = payroll.make(ctx.uow(), "2026-06", today=day)
    payroll.sign(ctx.uow(), made.id, "赵镇长", day, today=day)
    payroll.set_period_unit(ctx.uow(), "quarter")
    window, page = _page(qtbot, ctx, day)
    assert page.words["payroll_due"] == ("本期（2026 年第 2 季度）按月造册。2026 年 6 月：已发放（2026 年 6 月造册已审核）；"
                                         "其余月份不必另行造册")
    assert page.counts["payroll_due"] == 0
