"""造册 in the window: a person types the period, clicks 造册, types the leader's name and
clicks 审核; the store then holds a signed roster and the ledger's month is paid. The print
button opens the roster in the preview."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from dibao_desk.models import LedgerPaidMonth, Payroll
from dibao_desk.services import payroll
from tests.cli.test_ledger_cli import receiving

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def window(qtbot, ctx, make_household):
    from dibao_desk.ui.main_window import MainWindow

    receiving(ctx, make_household)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: TODAY
    w.show()
    w.show_view("payroll")
    return w


def test_make_and_sign_a_roster_by_clicking(qtbot, ctx, window, tmp_path):
    view = window.view("payroll")
    QAbstractItemModelTester(view.lines_model)
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    assert (made.period, made.status.value, made.households, made.total_fen) == ("2026-12", "draft", 1, 45000)
    assert view.lines_model.rowCount() == 1 and "450.00" in view.totals_label.text()
    assert view.sign_button.isEnabled() and not view.report_button.isEnabled()

    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)  # no leader named: refused
    assert payroll.show(ctx.uow(), made.id).status.value == "draft"
    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        row = uow.session.query(Payroll).one()
        assert (row.status, row.reviewed_by, row.reviewed_on) == ("reviewed", "赵镇长", TODAY)
        assert uow.session.get(LedgerPaidMonth, dt.date(2026, 12, 1)) is not None
    assert not view.sign_button.isEnabled() and view.report_button.isEnabled()
    assert "已锁定" in view.totals_label.text()

    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)  # a signed roster is not remade
    assert len(payroll.rosters(ctx.uow())) == 1

    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert payroll.show(ctx.uow(), made.id).status.value == "reported"
    window.grab().save(str(tmp_path / "payroll-tab.png"))


def test_the_print_button_opens_the_roster_in_the_preview(qtbot, ctx, window, monkeypatch):
    from dibao_desk.ui.actions import printing

    opened = []
    monkeypatch.setattr(printing, "preview", lambda parent, path, title="": opened.append(path))
    view = window.view("payroll")
    view.period_edit.setText("2026Q4")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].read_bytes().startswith(b"%PDF")


def test_the_roster_cycle_is_set_in_the_settings(qtbot, ctx):
    from dibao_desk.ui.widgets.payroll_view import PayrollSettingsPage

    page = PayrollSettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.cycle_combo.currentData() == "month"
    page.cycle_combo.setCurrentIndex(page.cycle_combo.findData("quarter"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert payroll.period_unit(ctx.uow()).value == "quarter"
    assert payroll.default_period(ctx.uow(), dt.date(2026, 11, 30)) == "2026Q4"


def test_going_monthly_when_a_signed_quarter_pays_this_month_says_so_31_december(
        qtbot, ctx, make_household, message_boxes):
    """2026Q4 signed as a quarter, then the cycle set to 按月 in December: saving says December
    is paid by 2026Q4 and needs no roster of its own."""
    from dibao_desk.ui.widgets.payroll_view import PayrollSettingsPage

    receiving(ctx, make_household)
    payroll.set_period_unit(ctx.uow(), "quarter")
    q4 = payroll.make(ctx.uow(), "2026Q4", today=dt.date(2026, 10, 31))
    payroll.sign(ctx.uow(), q4.id, "赵镇长", dt.date(2026, 10, 31), today=dt.date(2026, 10, 31))
    page = PayrollSettingsPage(ctx)
    qtbot.addWidget(page)
    page.clock = lambda: dt.date(2026, 12, 31)
    page.cycle_combo.setCurrentIndex(page.cycle_combo.findData("month"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert payroll.period_unit(ctx.uow()).value == "month"
    [(kind, _title, text)] = message_boxes
    assert kind == "information"
    assert text == "本期（2026 年 12 月）：已发放（2026 年第 4 季度造册已审核），不必另行造册；下一期起按新的造册周期造册"


def test_the_proposed_period_follows_a_cycle_changed_in_the_settings_with_the_tab_in_front(qtbot, ctx, window):
    """The 造册 tab in front proposes 2026-11; the clerk opens 设置, sets 造册周期 to 按季度, saves
    and closes: the tab proposes 2026Q4 at once, not the month until another tab is visited."""
    from dibao_desk.ui.widgets.payroll_view import PayrollSettingsPage

    view = window.view("payroll")
    assert window.tabs.currentWidget() is view and view.period_edit.text() == "2026-11"
    next(a for a in window.menu("settings").actions() if a.text().startswith("设置")).trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    page = next(dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                if isinstance(dialog.tabs.widget(i), PayrollSettingsPage))
    dialog.tabs.setCurrentWidget(page)
    page.cycle_combo.setCurrentIndex(page.cycle_combo.findData("quarter"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is view and view.period_edit.text() == "2026Q4"


def test_a_subsidy_roster_for_one_village_per_person(qtbot, ctx, window):
    view = window.view("payroll")
    view.period_edit.setText("2026-12")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("subsidy"))
    assert view.amount_edit.isEnabled() and view.village_combo.isEnabled()
    view.name_edit.setText("春节慰问金")
    view.amount_edit.setText("200")
    view.basis_combo.setCurrentIndex(view.basis_combo.findData("person"))
    view.village_combo.setCurrentIndex(view.village_combo.findData("东风村"))
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    [line] = payroll.lines(ctx.uow(), made.id)
    assert (made.kind.value, made.name, line.village) == ("subsidy", "春节慰问金", "东风村")
    assert line.total_fen == 20000 * line.persons


@pytest.mark.parametrize("typed", ["10000000.01", "99999999999"])
def test_a_subsidy_amount_beyond_ten_million_yuan_is_said_and_no_roster_is_made(qtbot, ctx, window, monkeypatch,
                                                                                typed):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    view = window.view("payroll")
    view.period_edit.setText("2026-12")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("subsidy"))
    view.name_edit.setText("春节慰问金")
    view.amount_edit.setText(typed)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and "大得不合常理（上限 1000 万元），请核对是否多输了位数" in told[0]
    assert payroll.rosters(ctx.uow()) == []


def test_a_window_left_open_into_a_new_month_offers_the_new_period(qtbot, ctx, window):
    """Open since 30 November, the 造册 tab shown again on 1 December proposes 2026-12, so a
    click on 造册 does not make November's roster again; a period the operator typed stays."""
    view = window.view("payroll")
    window.show_view("households")
    window.show_view("payroll")
    assert view.period_edit.text() == "2026-11"
    window.show_view("households")
    view.clock = lambda: dt.date(2026, 12, 1)
    window.show_view("payroll")
    assert view.period_edit.text() == "2026-12"
    view.period_edit.setText("2026-10")
    window.show_view("households")
    view.clock = lambda: dt.date(2027, 1, 1)
    window.show_view("payroll")
    assert view.period_edit.text() == "2026-10"


def test_printing_a_roster_with_a_name_the_fonts_lack_says_which_characters(qtbot, ctx, make_household, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.ui.actions import printing
    from dibao_desk.ui.main_window import MainWindow

    receiving(ctx, make_household, head="李\U00030000")  # CJK Extension G: printed as □
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.view("payroll").clock = lambda: TODAY
    w.show_view("payroll")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: told.append(text))
    monkeypatch.setattr(printing, "preview", lambda parent, path, title="": None)
    view = w.view("payroll")
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert any("字体中没有这些字：\U00030000" in t for t in told), told


def test_a_mistyped_far_period_is_refused_in_the_window_and_nothing_is_made(qtbot, ctx, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    view = window.view("payroll")
    view.period_edit.setText("2036-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert payroll.rosters(ctx.uow()) == []
    assert told and "造册期间 2036-12" in told[0] and "今天最远只能为 2026-12 开始的期间造册" in told[0]
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    view.clock = lambda: dt.date(2026, 11, 29)  # the PC's clock put back a day: not before the making
    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert "早于 2026-12 造册的日期 2026-11-30" in told[-1]
    assert payroll.show(ctx.uow(), made.id).status.value == "draft"


def test_signing_a_draft_the_ledger_changed_under_is_refused_until_made_again(qtbot, ctx, window, message_boxes):
    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.services import ledger

    view = window.view("payroll")
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    [hid] = {x.household_id for x in payroll.lines(ctx.uow(), made.id)}
    with ctx.uow() as uow:  # granted after the draft was made: 500 元 from December
        ledger.write_decision(uow, DecisionKind.CHANGE, dt.date(2026, 12, 1), TODAY, "李局长",
                              {hid: MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000)}, household_id=hid,
                              today=TODAY)
        uow.commit()
    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.show(ctx.uow(), made.id).status.value == "draft"
    assert any(kind == "warning" and "请重新造册后再审核" in text and "1 户" in text
               for kind, _t, text in message_boxes)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    [signed] = payroll.rosters(ctx.uow())
    assert (signed.status.value, signed.total_fen) == ("reviewed", 50000)


def test_f5_keeps_the_line_selected_in_the_roster(qtbot, ctx, window):
    """The person checks a line of the roster and presses F5: the roster and the line stay
    selected (the list is not back at its top with nothing selected)."""
    from PySide6.QtWidgets import QApplication

    view = window.view("payroll")
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.lines_model.rowCount() == 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.lines_table.setFocus()
    view.lines_table.selectRow(0)
    qtbot.keyClick(view.lines_table, Qt.Key.Key_F5)
    assert view.selected() is not None and view.selected().period == "2026-12"
    assert [i.row() for i in view.lines_table.selectionModel().selectedRows()] == [0]


def test_at_1366_by_768_every_line_column_shows_and_cut_cells_tip_their_text(qtbot, ctx, window, program_font,
                                                                              tmp_path):
    """The lines table of a roster fits a 1366×768 screen: 说明 (the last column) is on screen
    without scrolling sideways and takes the width left; a bank name the 开户银行 column cuts
    shows its whole text when pointed at, a short one that fits has no tooltip."""
    window.resize(1366, 768)
    view = window.view("payroll")
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    table, model = view.lines_table, view.lines_model
    assert model.rowCount() == 1
    window.grab().save(str(tmp_path / "payroll-1366.png"))
    keys = [c.key for c in model.columns]
    reason = keys.index("reason")
    assert table.horizontalScrollBar().maximum() == 0
    right = table.columnViewportPosition(reason) + table.columnWidth(reason)
    assert table.columnViewportPosition(reason) >= 0 and right <= table.viewport().width()
    assert table.columnWidth(reason) >= 160
    tip = Qt.ItemDataRole.ToolTipRole
    bank = model.index(0, keys.index("bank"))
    assert model.data(bank) == "中国邮政储蓄银行德安县支行"
    assert model.data(bank, tip) == "中国邮政储蓄银行德安县支行"
    assert model.data(model.index(0, keys.index("village")), tip) is None  # 东风村 fits
    said = model.index(0, reason)
    assert model.data(said, tip) == model.data(said) == "2026年12月保障金（建账时原有记录 2026-11-30）"


def test_a_roster_made_after_a_month_left_without_one_names_that_month_31_january(qtbot, ctx, window, monkeypatch):
    """November signed, December skipped: clicking 造册 for 2027-01 makes it (its households are
    due their money) and says December has no roster and which roster pays it; signing says so
    again."""
    from PySide6.QtWidgets import QMessageBox

    nov = payroll.make(ctx.uow(), "2026-11", today=TODAY)
    payroll.sign(ctx.uow(), nov.id, "赵镇长", TODAY, today=TODAY)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: told.append((title, text)))
    view = window.view("payroll")
    view.clock = lambda: dt.date(2027, 1, 31)
    view.period_edit.setText("2027-01")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    made = payroll.find(ctx.uow(), "2027-01")
    assert made is not None and made.total_fen == 45000
    [(title, text)] = told
    assert "2026年12月 没有常规造册" in text and "请补造 2026-12 的常规造册" in text

    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.show(ctx.uow(), made.id).locked
    title, text = told[-1]
    assert title == "已审核，请核对" and "2026年12月 没有常规造册" in text


def test_choosing_back_pay_proposes_the_quarter_in_a_quarter_paid_month_by_month_31_march(
        qtbot, ctx, make_household, capsys, message_boxes):
    """The tab proposes February for the regular roster (January paid by its own roster, then
    quarters); choosing 补发 proposes the quarter, so the 补发 booked in March is paid now, and
    going back to 常规 proposes February again. A period typed by hand is left as typed."""
    from dibao_desk.ui.main_window import MainWindow
    from tests.cli.test_payroll_cli import _quarter_split_with_back_pay_booked_in_march

    _quarter_split_with_back_pay_booked_in_march(ctx, make_household, capsys)
    day = dt.date(2027, 3, 31)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: day
    w.show()
    w.show_view("payroll")
    assert view.period_edit.text() == "2027-02"
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("back_pay"))
    assert view.period_edit.text() == "2027Q1"
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    back = payroll.find(ctx.uow(), "2027Q1", "back_pay")
    assert back is not None and back.back_pay_fen == 10000
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("regular"))
    assert view.period_edit.text() == "2027-02"
    view.period_edit.setText("2027-03")  # typed: choosing another kind leaves it
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("back_pay"))
    assert view.period_edit.text() == "2027-03"


def test_a_quarter_draft_whose_first_month_was_signed_by_its_own_roster_shows_it_cannot_be_signed_31_january(
        qtbot, ctx, make_household):
    """2027Q1 drafted on 31 December by a quarterly office, which then went monthly and signed
    January by its own roster: the draft can never be signed (January would be paid twice). The
    list says 无法审核 (the reason when pointed at), the totals say why and which rosters to make,
    and 审核 cannot be clicked; the January roster stays signable as ever."""
    from dibao_desk.ui.main_window import MainWindow

    receiving(ctx, make_household)
    payroll.set_period_unit(ctx.uow(), "quarter")
    payroll.make(ctx.uow(), "2027Q1", today=dt.date(2026, 12, 31))
    payroll.set_period_unit(ctx.uow(), "month")
    jan = payroll.make(ctx.uow(), "2027-01", today=dt.date(2027, 1, 31))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: dt.date(2027, 1, 31)
    w.show()
    w.show_view("payroll")
    status = next(i for i, c in enumerate(view.rosters_model.columns) if c.key == "status")

    def row_of(period):
        return next(i for i, r in enumerate(view.rosters_model.rows) if r.period == period)

    def cell(period, role=Qt.ItemDataRole.DisplayRole):
        return view.rosters_model.data(view.rosters_model.index(row_of(period), status), role)

    assert cell("2027Q1") == "草稿" and cell("2027-01") == "草稿"  # neither signed yet: either may be
    view.rosters_table.selectRow(row_of("2027-01"))
    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.show(ctx.uow(), jan.id).locked

    assert cell("2027Q1") == "草稿（无法审核）" and cell("2027-01") == "已审核"
    assert cell("2027Q1", Qt.ItemDataRole.ToolTipRole) == (
        "2027 年第 1 季度的常规造册不能再发已经造册发放的月份。2027 年 1 月：已发放（2027 年 1 月造册已审核，审核人：赵镇长）。"
        "请只为其余月份造册：2027 年 2 月、2027 年 3 月（造册周期按季度时也可按月造册）")
    view.rosters_table.selectRow(row_of("2027Q1"))
    assert not view.sign_button.isEnabled()
    text = view.totals_label.text()
    assert text.splitlines()[-1] == ("这份草稿无法审核：2027 年第 1 季度的常规造册不能再发已经造册发放的月份。2027 年 1 月：已发放（2027 年 1 月造册"
                                     "已审核，审核人：赵镇长）。请只为其余月份造册：2027 年 2 月、2027 年 3 月（造册周期按季度时也可按月造册）")
    assert payroll.find(ctx.uow(), "2027Q1").status.value == "draft"  # kept as it was, not signed
