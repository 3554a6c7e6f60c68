"""追回登记 by clicking: add an entry, receive an instalment, refuse an overpayment, write off;
reached from the households menu."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.services import recovery
from tests.helpers import type_text
from tests.unit.test_payroll import homes  # noqa: F401
from tests.unit.test_ledger import put_on_benefit

TODAY = dt.date(2026, 11, 30)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_then_receive_then_write_off_by_clicking(qtbot, ctx, make_household, tmp_path):
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog

    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    dialog = RecoveryDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog.household_spin.setValue(hh.id)
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("false_declaration"))
    type_text(dialog.amount_edit, "900")
    click(qtbot, dialog.add_button)  # no decision number yet
    assert "文号" in dialog.message.text() and recovery.list_entries(ctx.uow()) == []
    type_text(dialog.reference_edit, "德民追〔2026〕5号")
    type_text(dialog.first_month_edit, "2026-09")
    type_text(dialog.last_month_edit, "2026-10")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("cash"))
    click(qtbot, dialog.add_button)
    [entry] = recovery.list_entries(ctx.uow())
    assert (entry.household_id, entry.amount_fen, entry.reference, entry.first_month, entry.last_month) == (
        hh.id, 90000, "德民追〔2026〕5号", dt.date(2026, 9, 1), dt.date(2026, 10, 1))
    assert dialog.model.rowCount() == 1 and dialog.current().id == entry.id  # the new entry is selected

    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("deduct"))
    type_text(dialog.plan_per_month_edit, "100")
    click(qtbot, dialog.plan_button)
    assert (recovery.get_entry(ctx.uow(), entry.id).method.value, recovery.get_entry(ctx.uow(), entry.id).per_month_fen) == (
        "deduct", 10000)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("cash"))
    click(qtbot, dialog.plan_button)
    assert recovery.get_entry(ctx.uow(), entry.id).method.value == "cash"

    type_text(dialog.received_amount_edit, "500")
    type_text(dialog.receipt_edit, "No.0012")
    click(qtbot, dialog.receive_button)
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 40000
    assert "尚欠 400.00 元" in dialog.message.text()
    type_text(dialog.received_amount_edit, "400.50")
    type_text(dialog.receipt_edit, "No.0013")
    click(qtbot, dialog.receive_button)
    assert "不能多收" in dialog.message.text()
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 40000
    dialog.grab().save(str(tmp_path / "recovery.png"))

    type_text(dialog.reason_edit, "本人死亡，无遗产可供追回")
    click(qtbot, dialog.write_off_button)
    after = recovery.get_entry(ctx.uow(), entry.id)
    assert (after.status, after.balance_fen) == (RecoveryStatus.WRITTEN_OFF, 0)
    assert [(i.amount_fen, i.receipt_no) for i in after.instalments] == [(50000, "No.0012")]
    assert dialog.model.rowCount() == 0  # only open entries are listed by default


def test_the_register_is_in_the_households_menu(qtbot, ctx):
    from dibao_desk.ui.main_window import MainWindow
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    [action] = [a for a in window.menu("households").actions() if a.text().startswith("追回登记")]
    action.trigger()
    dialogs = window.findChildren(RecoveryDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_a_confirmed_concealment_is_taken_up_from_the_list_of_pending_follow_ups(qtbot, ctx, make_household):
    from dibao_desk.domain.registers import FollowUpKind, FollowUpSource
    from dibao_desk.services import followups
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog

    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    with ctx.uow() as uow:
        f = followups.call_for(uow, hh.id, FollowUpKind.RECOVER, FollowUpSource.WARNING, 1, TODAY, "核实隐瞒存款")
        uow.commit()
    dialog = RecoveryDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.followup_combo.setCurrentIndex(1)
    assert dialog.household_spin.value() == hh.id and dialog.source_combo.currentData() == "false_declaration"
    type_text(dialog.reference_edit, "德民追〔2026〕7号")
    type_text(dialog.amount_edit, "450")
    click(qtbot, dialog.add_button)
    [entry] = recovery.list_entries(ctx.uow())
    assert (entry.followup_id, entry.amount_fen) == (f.id, 45000)
    assert recovery.pending_followups(ctx.uow()) == [] and dialog.followup_combo.count() == 1


def test_a_deduction_names_the_line_picked_from_the_households_lines_as_the_roster_prints_them(
        qtbot, ctx, homes, tmp_path):
    """The dialog asked for 扣减所在造册行 as a number that was the line's database id, while the
    roster prints its 序号: the operator now picks the line from the household's lines of signed
    rosters, shown as period, kind and 序号."""
    from dibao_desk.domain.payroll import LineKind
    from dibao_desk.services import payroll
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog

    a, b, c = homes
    lines = {}
    for period in ("2026-11", "2026-12"):
        made = payroll.make(ctx.uow(), period, today=TODAY)
        payroll.sign(ctx.uow(), made.id, "赵镇长", TODAY, today=TODAY)
        [lines[period]] = [x for x in payroll.lines(ctx.uow(), made.id)
                           if x.household_id == c and x.line_kind is LineKind.REGULAR]
    assert lines["2026-12"].id != lines["2026-12"].position
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", TODAY, 25000, method="cash", today=TODAY)
    dialog = RecoveryDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.select(entry.id)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("deduction"))
    offered = [dialog.line_combo.itemText(i) for i in range(1, dialog.line_combo.count())]
    assert offered == [f"{p} 常规造册 第 {lines[p].position} 行：保障金 300.00 元" for p in ("2026-12", "2026-11")]
    assert dialog.line_combo.isEnabled() and not dialog.receipt_edit.isEnabled()
    dialog.line_combo.setCurrentIndex(1)
    type_text(dialog.received_amount_edit, "50")
    click(qtbot, dialog.receive_button)
    [i] = recovery.get_entry(ctx.uow(), entry.id).instalments
    assert (i.kind.value, i.amount_fen, i.period, i.payroll_line_id, i.line_position) == (
        "deduction", 5000, "2026-12", lines["2026-12"].id, lines["2026-12"].position)
    assert all("2026-12" not in dialog.line_combo.itemText(i) for i in range(dialog.line_combo.count()))
    dialog.grab().save(str(tmp_path / "recovery_line.png"))


def test_the_register_shows_deductions_awaiting_the_banks_answer(qtbot, ctx, homes, tmp_path):
    """After the December roster is signed and sent to the bank, its deductions read 已扣减，待银行回执
    with their amount apart from 已收回, until the office confirms the bank paid."""
    from dibao_desk.services import bank
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog
    from tests.unit.test_recovery_payroll import _december_deductions_sent

    dec, _ledger_entry, hand_entry = _december_deductions_sent(ctx, homes, tmp_path)[:3]
    dialog = RecoveryDialog(ctx, today=dt.date(2027, 1, 5))
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(None))  # 全部
    names = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.model.columnCount())]
    row = next(i for i, e in enumerate(dialog.model.rows) if e.id == hand_entry)

    def cell(name: str) -> str:
        return dialog.model.data(dialog.model.index(row, names.index(name)))

    assert (cell("已收回（元）"), cell("待银行回执（元）"), cell("状态")) == ("0.00", "250.00", "已扣减，待银行回执")
    assert "已扣减 350.00 元待银行回执" in dialog.totals_label.text()
    dialog.grab().save(str(tmp_path / "recovery_awaiting.png"))
    bank.confirm_paid(ctx.uow(), dec.id, dt.date(2027, 1, 5), today=dt.date(2027, 1, 5))
    dialog.refresh()
    row = next(i for i, e in enumerate(dialog.model.rows) if e.id == hand_entry)
    assert (cell("已收回（元）"), cell("待银行回执（元）"), cell("状态")) == ("250.00", "", "已追回")
    assert "待银行回执" not in dialog.totals_label.text()


def test_enter_in_the_receipt_records_the_repayment_not_a_new_entry(qtbot, ctx, make_household):
    """Enter after typing the receipt number went to 登记追回 (the window's first button, made
    the default by Qt): the repayment was not recorded and a red 文号 message came instead."""
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog

    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    dialog = RecoveryDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.household_spin.setValue(hh.id)
    type_text(dialog.reference_edit, "德民追〔2026〕5号")
    type_text(dialog.amount_edit, "900")
    type_text(dialog.first_month_edit, "2026-09")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("cash"))
    qtbot.keyClick(dialog.first_month_edit, Qt.Key.Key_Return)  # Enter in the entry's form registers it
    [entry] = recovery.list_entries(ctx.uow())
    assert dialog.current().id == entry.id
    type_text(dialog.received_amount_edit, "500")
    type_text(dialog.receipt_edit, "No.0012")
    qtbot.keyClick(dialog.receipt_edit, Qt.Key.Key_Return)
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 40000
    assert "尚欠 400.00 元" in dialog.message.text()
    assert len(recovery.list_entries(ctx.uow())) == 1
