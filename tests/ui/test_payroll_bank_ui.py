"""The 造册 tab's bank buttons: a person selects the signed roster, clicks 银行代发文件…, picks a
layout and a file name; later clicks 导入银行回盘…, picks the bank's file and confirms; the store
then holds each household's answer and the tab counts them."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from dibao_desk.models import PayrollLine
from dibao_desk.services import payroll
from tests.unit.test_bank import bank_answers, card, set_account
from tests.unit.test_payroll import homes  # noqa: F401

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def window(qtbot, ctx, homes):  # noqa: F811
    from dibao_desk.ui.main_window import MainWindow

    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    info = payroll.make(ctx.uow(), "2026-11", today=TODAY, made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", TODAY, today=TODAY)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.view("payroll").clock = lambda: TODAY
    w.show()
    w.show_view("payroll")
    w.view("payroll").refresh()
    return w


def test_bank_file_then_bank_return_by_clicking(qtbot, ctx, window, tmp_path, monkeypatch, message_boxes):
    view = window.view("payroll")
    buttons = window.payroll_bank
    assert buttons.file_button.isEnabled() and buttons.return_button.isEnabled()
    assert "未回盘 3 户" in buttons.counts_label.text()
    out = tmp_path / "代发.txt"
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (next(t for t in items if "fixed_gbk" in t), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(buttons.file_button, Qt.MouseButton.LeftButton)
    assert out.exists() and any("3 笔，合计 1350.00 元" in text for _k, _t, text in message_boxes)

    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ret), ""))
    qtbot.mouseClick(buttons.return_button, Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        got = sorted(x.bank_status for x in uow.session.query(PayrollLine).filter_by(zero=False))
    assert got == ["failed", "paid", "paid"]
    assert "已发放 2 户，失败 1 户，未回盘 0 户" in buttons.counts_label.text()
    assert any(kind == "question" and "失败 1 笔 600.00 元" in text for kind, _t, text in message_boxes)
    # whom to call: the failed household, its account masked
    assert buttons.failures_button.isEnabled()
    qtbot.mouseClick(buttons.failures_button, Qt.MouseButton.LeftButton)
    kind, title, text = message_boxes[-1]
    t = [x for x in payroll.lines(ctx.uow(), view.selected().id) if not x.zero][1]
    assert title == "发放失败名单" and "发放失败 1 户，合计 600.00 元" in text
    assert f"第 {t.position} 号  东风村  {t.account_name}  账号 {'*' * (len(t.account) - 4)}{t.account[-4:]}" in text
    assert "600.00 元  账户冻结" in text and t.account not in text
    window.grab().save(str(tmp_path / "payroll-bank.png"))


def test_a_return_that_does_not_fit_is_shown_and_nothing_is_stored(qtbot, ctx, window, tmp_path, monkeypatch,
                                                                    message_boxes):
    buttons = window.payroll_bank
    bad = tmp_path / "回盘.csv"
    bad.write_text("账号,户名,金额,状态\r\n6217990000000000015,张三,450,成功\r\n", encoding="gbk")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(buttons.return_button, Qt.MouseButton.LeftButton)
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and "第 2 行" in text and "全部不导入" in text
    with ctx.uow() as uow:
        assert {x.bank_status for x in uow.session.query(PayrollLine)} == {""}


def test_a_bank_file_onto_a_name_taken_by_a_folder_is_said_in_chinese(qtbot, ctx, window, tmp_path, monkeypatch,
                                                                       message_boxes):
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "代发.txt"
    out.mkdir()
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (next(t for t in items if "fixed_gbk" in t), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(window.payroll_bank.file_button, Qt.MouseButton.LeftButton)
    kind, _title, text = message_boxes[-1]
    assert kind in ("warning", "critical") and "代发.txt" in text and "Errno" not in text
    assert [p.name for p in usb.iterdir()] == ["代发.txt"] and list(out.iterdir()) == []


def test_a_csv_return_with_an_unpaired_quote_is_shown_with_its_line(qtbot, ctx, window, tmp_path, monkeypatch,
                                                                    message_boxes):
    bad = tmp_path / "回盘.csv"
    bad.write_text('账号,户名,金额,状态\r\n6217990000000000015,"张三,450,成功\r\n6217990000000000023,李四,450,成功\r\n',
                   encoding="gbk")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(window.payroll_bank.return_button, Qt.MouseButton.LeftButton)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "第 2 行" in text and "双引号" in text
    with ctx.uow() as uow:
        assert {x.bank_status for x in uow.session.query(PayrollLine)} == {""}


def test_a_failed_transfer_s_deduction_is_owed_again_in_the_recovery_register_30_november(
        qtbot, ctx, homes, tmp_path, monkeypatch, message_boxes):  # noqa: F811
    """November deducts 250 元 of c's 追回 (c is sent 50 元); the bank fails c's transfer. After
    the return is imported by clicking, the window says the deduction was not made, and the
    追回登记 shows 250 元 owed again."""
    from dibao_desk.services import recovery
    from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog
    from dibao_desk.ui.main_window import MainWindow

    a, b, c = homes
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", dt.date(2026, 11, 1), 25000, today=TODAY)
    info = payroll.make(ctx.uow(), "2026-11", today=TODAY, made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", TODAY)
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 0
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.view("payroll").clock = lambda: TODAY
    w.show()
    w.show_view("payroll")
    w.view("payroll").refresh()
    buttons = w.payroll_bank
    out = tmp_path / "代发.txt"
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (next(t for t in items if "fixed_gbk" in t), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(buttons.file_button, Qt.MouseButton.LeftButton)
    from dibao_desk.services import bank

    order = [t.household_id for t in bank.transfers(ctx.uow(), info.id)]
    ret = bank_answers(out, tmp_path / "回盘.txt", [("失败", "账户冻结") if h == c else ("成功", "") for h in order])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ret), ""))
    qtbot.mouseClick(buttons.return_button, Qt.MouseButton.LeftButton)
    assert any(kind == "information" and "1 笔追回扣减共 250.00 元没有扣成" in text
               for kind, _t, text in message_boxes)
    dialog = RecoveryDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, dialog.model.column_of("balance"))) == "250.00"
    assert "尚欠合计 250.00 元" in dialog.totals_label.text()
    dialog.grab().save(str(tmp_path / "recovery-after-failed.png"))


def test_a_bank_that_answers_on_paper_is_confirmed_by_clicking(qtbot, ctx, window, tmp_path, message_boxes):
    """No result file from the bank: 确认已发放… records every transfer not answered as paid on
    today's date, after asking; then nothing is left to confirm."""
    buttons = window.payroll_bank
    assert buttons.confirm_button.isEnabled()
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / "payroll-confirm.png"))
    qtbot.mouseClick(buttons.confirm_button, Qt.MouseButton.LeftButton)
    assert any(kind == "question" and "3 户共 1350.00 元" in text for kind, _t, text in message_boxes)
    with ctx.uow() as uow:
        lines = uow.session.query(PayrollLine).filter_by(zero=False).all()
        assert {(x.bank_status, x.bank_answered_on) for x in lines} == {("paid", TODAY)}
    assert "已发放 3 户，失败 0 户，未回盘 0 户" in buttons.counts_label.text()
    assert not buttons.confirm_button.isEnabled()
    assert "已确认 3 笔转账共 1350.00 元已发放" in message_boxes[-1][2]


def test_the_bank_file_offered_for_a_subsidy_roster_is_not_named_as_the_months_regular_one(
        qtbot, ctx, window, tmp_path, monkeypatch):
    """November's regular file is 代发-2026-11.txt; the subsidy roster of November must not be
    offered the same name, or saving it replaces the regular file on the stick."""
    from dibao_desk.domain.payroll import PayrollKind, SubsidyBasis, SubsidyRule

    sub = payroll.make(ctx.uow(), "2026-11", PayrollKind.SUBSIDY, today=TODAY,
                       subsidy=SubsidyRule("取暖补贴", SubsidyBasis.HOUSEHOLD, 10000))
    payroll.sign(ctx.uow(), sub.id, "李镇长", TODAY, today=TODAY)
    view = window.view("payroll")
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (next(t for t in items if "fixed_gbk" in t), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, name, *a, **k: (offered.append(name), ("", ""))[1])
    view.refresh(sub.id)
    qtbot.mouseClick(window.payroll_bank.file_button, Qt.MouseButton.LeftButton)
    view.refresh(payroll.find(ctx.uow(), "2026-11").id)
    qtbot.mouseClick(window.payroll_bank.file_button, Qt.MouseButton.LeftButton)
    assert offered[1] == "代发-2026-11.txt"
    assert offered[0] != offered[1] and "取暖补贴" in offered[0] and offered[0].endswith(".txt")


def test_signing_a_roster_with_a_household_without_an_account_is_refused_by_clicking(
        qtbot, ctx, homes, message_boxes):  # noqa: F811
    from dibao_desk.ui.main_window import MainWindow

    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    set_account(ctx, homes[1], "")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: TODAY
    w.show()
    w.show_view("payroll")
    view.period_edit.setText("2026-11")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    view.leader_edit.setText("李镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.show(ctx.uow(), made.id).status.value == "draft"
    assert any(kind == "warning" and "户主1" in text and "不能审核" in text for kind, _t, text in message_boxes)
    set_account(ctx, homes[1], card(2), "中国邮政储蓄银行德安县支行")  # corrected, made again, signed
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.find(ctx.uow(), "2026-11").locked
    assert not any(title == "已审核，请核对账号" for _k, title, _t in message_boxes)


def test_signing_a_roster_with_a_card_failing_its_check_digit_signs_and_names_it_by_clicking(
        qtbot, ctx, homes, message_boxes):  # noqa: F811
    from dibao_desk.ui.main_window import MainWindow

    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    typo = card(2)[:-1] + str((int(card(2)[-1]) + 1) % 10)  # one digit mistyped
    set_account(ctx, homes[1], typo, "中国邮政储蓄银行德安县支行")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: TODAY
    w.show()
    w.show_view("payroll")
    view.period_edit.setText("2026-11")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    view.leader_edit.setText("李镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.find(ctx.uow(), "2026-11").locked  # a warning, not a refusal
    kind, title, text = message_boxes[-1]
    assert (kind, title) == ("warning", "已审核，请核对账号")
    assert "1 户" in text and "户主1" in text and typo in text and "卡号校验位不对" in text


def test_a_signed_line_without_an_account_is_left_out_of_the_bank_file_by_clicking(
        qtbot, ctx, homes, window, tmp_path, monkeypatch, message_boxes):  # noqa: F811
    from tests.unit.test_bank import _clear_line_account

    roster = payroll.find(ctx.uow(), "2026-11")
    _clear_line_account(ctx, roster.id, homes[1])  # a roster signed before signing checked accounts
    buttons = window.payroll_bank
    window.view("payroll").refresh()
    out = tmp_path / "代发.txt"
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (next(t for t in items if "fixed_gbk" in t), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(buttons.file_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "2 笔，合计 750.00 元" in text and "户主1" in text and "补发" in text, text
    assert "已发放 0 户，失败 1 户，未回盘 2 户" in buttons.counts_label.text()
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=roster.id, household_id=homes[1]).one()
        assert (line.bank_status, line.bank_reason) == ("failed", "账号缺失/无效")


def test_a_failed_transfer_on_an_unchanged_account_is_re_sent_by_clicking_yes(
        qtbot, ctx, homes, window, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.services import bank

    roster = payroll.find(ctx.uow(), "2026-11")
    layout = bank.layouts(None).get("fixed_gbk")
    out = tmp_path / "代发.txt"
    bank.bank_file(ctx.uow(), roster.id, layout, out, today=TODAY)
    ret = bank_answers(out, tmp_path / "回盘.txt", [("成功", ""), ("失败", "账户冻结"), ("成功", "")])
    bank.record_bank_return(ctx.uow(), roster.id, ret, layout, today=dt.date(2026, 12, 1))

    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes])

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    view = window.view("payroll")
    view.clock = lambda: dt.date(2026, 12, 1)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("back_pay"))
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)  # 否: not re-sent
    assert "户主1" in asked[0] and "账户冻结" in asked[0] and "600.00 元" in asked[0]
    made = payroll.find(ctx.uow(), "2026-12", "back_pay", "")
    assert made is not None and made.total_fen == 0
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)  # the draft replaced (是), then 是: re-sent
    made = payroll.find(ctx.uow(), "2026-12", "back_pay", "")
    assert (made.households, made.total_fen) == (1, 60000)
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=made.id).one()
        assert line.account == card(2) and line.carried_from_line_id is not None
    view.refresh(made.id)
    view.leader_edit.setText("李镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert payroll.find(ctx.uow(), "2026-12", "back_pay", "").locked
    assert payroll.unchanged_failed(ctx.uow()) == []


def test_a_return_the_same_as_novembers_is_recorded_for_december_only_when_the_office_says_so(
        qtbot, ctx, window, tmp_path, monkeypatch):
    """December's csv from the bank is byte for byte November's (no batch, nothing changed).
    Clicking 导入银行回盘… says so with 否 as the default: 否 stores nothing; 是 then 是 records
    December's answers."""
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.services import bank

    nov = payroll.find(ctx.uow(), "2026-11")
    dec = payroll.make(ctx.uow(), "2026-12", today=TODAY, made_by="王经办")
    payroll.sign(ctx.uow(), dec.id, "李镇长", TODAY, today=TODAY)
    path = tmp_path / "回盘1130.csv"
    rows = ["账号,户名,金额,处理结果"] + [f"{t.account},{t.name},{t.amount_fen / 100:.2f},成功"
                                       for t in bank.transfers(ctx.uow(), nov.id)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    assert bank.record_bank_return(ctx.uow(), nov.id, path, today=TODAY).written
    again = tmp_path / "回盘0103.csv"
    again.write_bytes(path.read_bytes())

    asked: list[tuple[str, str, object]] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes])

    def question(parent, title, text, buttons=None, default=None):
        asked.append((title, text, default))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(again), ""))
    view = window.view("payroll")
    view.refresh(dec.id)
    assert view.selected().id == dec.id
    qtbot.mouseClick(window.payroll_bank.return_button, Qt.MouseButton.LeftButton)  # 否
    title, text, default = asked[0]
    assert title == "回盘内容与另一期相同" and "回盘1130.csv" in text and "2026-11" in text
    assert default == QMessageBox.StandardButton.No
    assert len(asked) == 1
    with ctx.uow() as uow:
        assert {x.bank_status for x in uow.session.query(PayrollLine).filter_by(payroll_id=dec.id)} == {""}
    qtbot.mouseClick(window.payroll_bank.return_button, Qt.MouseButton.LeftButton)  # 是, then 是 to record
    assert "成功 3 笔" in asked[2][1]
    with ctx.uow() as uow:
        got = {x.bank_status for x in uow.session.query(PayrollLine).filter_by(payroll_id=dec.id, zero=False)}
    assert got == {"paid"}
    assert "已发放 3 户，失败 0 户，未回盘 0 户" in window.payroll_bank.counts_label.text()
