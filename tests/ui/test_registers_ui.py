"""The registers' window pages, driven by clicking and typing as a person does."""

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import func, select

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import Complaint, FalseDeclaration, FilingRelative, FollowUp, ReviewEvent
from dibao_desk.services import blacklist, complaints, relatives
from tests.helpers import make_id, type_text

TODAY = dt.date(2026, 11, 30)
SPOUSE = make_id("19650402", 22)
CADRE = make_id("19700101", 31)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_blacklist_page_records_a_warning_then_lists_the_person(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog

    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    dialog = BlacklistDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    bad = SPOUSE[:-1] + ("0" if SPOUSE[-1] != "0" else "1")
    type_text(dialog.id_edit, bad)
    type_text(dialog.name_edit, "李四")
    type_text(dialog.what_edit, "隐瞒存款")
    click(qtbot, dialog.record_button)
    assert "校验位不对" in dialog.message.text() and count(ctx, FalseDeclaration) == 0
    for found, what in ((TODAY - dt.timedelta(days=60), "隐瞒存款"), (TODAY, "隐瞒车辆")):
        dialog.date_edit.setDate(QDate(found.year, found.month, found.day))
        type_text(dialog.id_edit, SPOUSE)
        type_text(dialog.name_edit, "李四")
        type_text(dialog.what_edit, what)
        dialog.household_spin.setValue(hh.id)
        click(qtbot, dialog.record_button)
    assert "2027-11-30 起方可重新申请" in dialog.message.text()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == SPOUSE
    assert [p.id_number for p in blacklist.listed(ctx.uow(), TODAY)] == [SPOUSE]


def test_relatives_page_registers_once_and_refuses_the_duplicate(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for attempt in range(2):
        type_text(dialog.staff_id_edit, CADRE)
        type_text(dialog.staff_name_edit, "赵村长")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("village_cadre"))
        dialog.village_combo.setCurrentIndex(dialog.village_combo.findText("东风村"))
        type_text(dialog.id_edit, SPOUSE)
        type_text(dialog.name_edit, "李四")
        dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findData("sibling"))
        click(qtbot, dialog.add_button)
        if attempt == 0:
            assert f"其所在的户 {hh.id}（户主 张三）已标记为备案" in dialog.message.text()
    assert "不能重复登记" in dialog.message.text()
    assert count(ctx, FilingRelative) == 1 and relatives.filed_household_ids(ctx.uow()) == {hh.id}
    assert dialog.model.index(0, 7).data().startswith(f"户 {hh.id}")


def test_the_complaints_page_tells_which_guessed_deadlines_moved(qtbot, ctx, make_household, monkeypatch):
    """Opened after an update whose calendar knows 2027, the page counts a guessed deadline again,
    says so, and shows it without the guessed mark."""
    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import policy
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from tests.unit.test_complaints import _knows_2027

    hh = make_household()
    policy.add_policy_set(ctx.uow(), dt.date(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 12, 28), channel="box", household_id=hh.id,
                                 description="家里新买了轿车", today=dt.date(2026, 12, 31))
    assert c.due_approximate
    _knows_2027(monkeypatch)
    dialog = ComplaintsDialog(ctx, today=dt.date(2026, 12, 31))
    qtbot.addWidget(dialog)
    assert f"举报 {c.id}" in dialog.message.text() and "由 2027-01-05 改为 2027-01-06" in dialog.message.text()
    texts = [dialog.model.index(0, col).data() for col in range(dialog.model.columnCount())]
    assert "2027-01-06" in texts and "2027-01-05*" not in texts and dialog.guess_note.isHidden()
    with ctx.uow() as uow:
        assert (uow.session.get(Complaint, c.id).due_on, uow.session.get(Complaint, c.id).due_approximate) == (
            dt.date(2027, 1, 6), False)


def test_complaints_page_and_household_page_say_an_answer_came_late_31_october(qtbot, ctx, make_household):
    from dibao_desk.services import household_page
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from dibao_desk.ui.widgets.household_sections import IntegritySection

    hh = make_household()
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 9, 30), channel="phone", household_id=hh.id,
                                 description="家中有轿车", today=dt.date(2026, 9, 30))
    complaints.answer_complaint(ctx.uow(), c.id, finding="unfounded", investigation="入户核实", answer="不属实",
                                answered_on=dt.date(2026, 10, 28), today=dt.date(2026, 10, 28))
    dialog = ComplaintsDialog(ctx, today=dt.date(2026, 10, 31))
    qtbot.addWidget(dialog)
    dialog.open_only.setChecked(False)
    texts = [dialog.model.index(0, col).data() for col in range(dialog.model.columnCount())]
    assert "已答复（逾期 1 天）：不属实" in texts
    section = IntegritySection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), hh.id, dt.date(2026, 10, 31)), False, dt.date(2026, 10, 31))
    assert section.complaints.texts()[0][2:4] == ["2026-10-27", "已答复（逾期 1 天）"]


def test_complaints_page_receives_and_answers(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    hh = make_household()
    dialog = ComplaintsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    click(qtbot, dialog.add_button)  # no household, no description
    assert "请选择被举报的家庭" in dialog.message.text() and "请填写举报内容" in dialog.message.text()
    assert count(ctx, Complaint) == 0
    dialog.household_spin.setValue(hh.id)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("letter"))
    type_text(dialog.description_edit, "家中有经营性收入未申报")
    click(qtbot, dialog.add_button)
    assert "2026-12-21 前答复" in dialog.message.text()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == "匿名"
    dialog.table.selectionModel().select(
        dialog.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    type_text(dialog.investigation_edit, "入户核实，经营小卖部")
    type_text(dialog.answer_edit, "已书面答复")
    dialog.finding_combo.setCurrentIndex(dialog.finding_combo.findData("substantiated"))
    click(qtbot, dialog.answer_button)
    [c] = complaints.list_complaints(ctx.uow())
    assert (c.status, c.finding, c.answered_on) == ("answered", "substantiated", TODAY)
    assert count(ctx, ReviewEvent) == 1 and dialog.model.rowCount() == 0


def test_household_event_dialog_refuses_a_future_death_then_records_it(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog

    hh = make_household()
    dialog = HouseholdEventDialog(ctx, hh.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("death"))
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    click(qtbot, dialog.save_button)
    assert "晚于今天" in dialog.error_label.text() and count(ctx, ReviewEvent) == 0
    dialog.date_edit.setDate(QDate(2026, 11, 28))
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert count(ctx, ReviewEvent) == 1 and count(ctx, FollowUp) == 1
    assert "取消保障" in dialog.result_text()


def test_main_window_offers_the_registers(qtbot, ctx):
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("households").actions()]
    assert {"诚信档案与黑名单(&B)…", "近亲属备案(&K)…", "举报登记(&C)…"} <= set(texts)
    assert "登记家庭变故…" in [entry[0] for entry in window.extensions["household_actions"]]


def test_relatives_page_prints_the_yearly_table(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵经办", role="handling_staff",
                           id_number=SPOUSE, name="李四", relation="spouse", today=TODAY)
    out = tmp_path / "备案表.pdf"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.print_button)
    assert out.exists() and out.read_bytes().startswith(b"%PDF") and "1 页" in dialog.message.text()


def test_the_yearly_table_over_a_file_open_in_wps_says_so(qtbot, ctx, tmp_path, monkeypatch):
    """A 备案表 saved over one still open in WPS (Windows refuses the rename) was refused with
    the system's English words and the temporary file's name: [Errno 13] Permission denied:
    '….~备案表.x1y2.pdf.part'."""
    import errno
    import os

    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from dibao_desk import atomic
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵经办", role="handling_staff",
                           id_number=SPOUSE, name="李四", relation="spouse", today=TODAY)
    (tmp_path / "U盘").mkdir()
    out = tmp_path / "U盘" / "备案表.pdf"
    out.write_bytes(b"%PDF-1.4 last year's")

    def refused(src, dst):  # what Windows answers while another program holds the file open
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(atomic.os, "replace", refused)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.print_button)
    text = dialog.message.text()
    assert "其他程序" in text and "Errno" not in text and "Permission" not in text and ".part" not in text
    assert out.read_bytes() == b"%PDF-1.4 last year's" and os.listdir(out.parent) == ["备案表.pdf"]


def test_the_yearly_table_on_a_full_stick_says_so(qtbot, ctx, tmp_path, monkeypatch):
    """On a full or write-protected stick the 备案表 showed nothing at all: the slot caught only
    rule errors, and the OSError went to stderr."""
    import errno
    import os

    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from dibao_desk import atomic
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(atomic.os, "replace", full)
    (tmp_path / "U盘").mkdir()
    out = tmp_path / "U盘" / "备案表.pdf"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.print_button)
    assert "已满" in dialog.message.text() and "Errno" not in dialog.message.text()
    assert os.listdir(out.parent) == []


def test_the_case_page_marks_a_filed_household(qtbot, ctx, make_household):
    from dibao_desk.services import procedure
    from dibao_desk.ui.widgets.case_page import CasePage

    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),), wages_fen=0)
    on = dt.date(2026, 11, 2)
    case = procedure.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                            "authorisation_signed": True}, on)
    page = CasePage()
    qtbot.addWidget(page)
    page.show_case(procedure.get_case(ctx.uow(), case.info.id, TODAY))
    assert "备案" not in page.title.text()
    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                           village_id=1, id_number=SPOUSE, name="李四", relation="sibling", today=TODAY)
    page.show_case(procedure.get_case(ctx.uow(), case.info.id, TODAY))
    assert page.title.text().endswith("【备案】")
    assert "本户成员 李四 是村（社区）干部 赵村长 的兄弟姐妹" in page.subtitle.text()


def test_the_window_says_at_start_what_is_late_and_the_warnings_page_counts_days(qtbot, ctx, make_household):
    from dibao_desk.models import CrossCheckWarning
    from dibao_desk.services import registers_today
    from dibao_desk.ui.dialogs.crosscheck_warnings import CrossCheckWarningsDialog
    from dibao_desk.ui.main_window import MainWindow

    hh = make_household()
    complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 2, 10), channel="box", household_id=hh.id,
                             description="有车", today=dt.date(2026, 2, 10))
    with ctx.uow() as uow:
        for by in (dt.date(2026, 2, 1), dt.date.today() + dt.timedelta(days=3)):
            uow.session.add(CrossCheckWarning(household_id=hh.id, id_number="x", name="张三", kind="vehicle",
                                              answer_by=by))
        uow.commit()
    t = registers_today.today(ctx.uow())
    assert (t.complaints_overdue, t.warnings_overdue, t.warnings_due_soon, t.followups_recorded) == (1, 1, 1, 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    message = window.statusBar().currentMessage()
    assert "1 件举报已超过答复期限" in message and "1 条核对预警已过答复截止日期" in message
    dialog = CrossCheckWarningsDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.model.index(r, 2).data() for r in range(2)][1] == "3"
    assert dialog.model.index(0, 2).data().startswith("逾期")
    click(qtbot, dialog.settle_button)
    assert dialog.model.rowCount() == 1
    assert registers_today.today(ctx.uow()).followups_recorded == 1


def test_enter_in_a_register_form_saves_that_form_not_a_correction(qtbot, ctx, make_household):
    """Enter after typing the last field of 受理举报 or 登记近亲属 did not register it: Qt made the
    first button of the window (更正所选…, 更正所选的工作人员…) the default one, so Enter opened a
    correction of whatever row was selected. Enter now clicks the form's own button."""
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    dialog = ComplaintsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.household_spin.setValue(hh.id)
    type_text(dialog.description_edit, "家中有经营性收入未申报")
    click(qtbot, dialog.add_button)
    dialog.table.selectRow(0)
    dialog.household_spin.setValue(hh.id)
    type_text(dialog.description_edit, "家中有小汽车")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return)
    assert dialog.correction is None  # no correction opened
    assert count(ctx, Complaint) == 2 and "前答复" in dialog.message.text()
    dialog.table.selectRow(0)
    type_text(dialog.investigation_edit, "入户核实")
    type_text(dialog.answer_edit, "已书面答复")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Enter)  # the keypad's Enter
    assert dialog.correction is None
    assert [c.status for c in complaints.list_complaints(ctx.uow())].count("answered") == 1

    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.staff_id_edit, CADRE)
    type_text(dialog.staff_name_edit, "赵村长")
    type_text(dialog.id_edit, SPOUSE)
    type_text(dialog.name_edit, "李四")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.correction is None
    assert count(ctx, FilingRelative) == 1
    # Enter in a field with no button of its own (the date) does nothing
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.correction is None and count(ctx, FilingRelative) == 1
    dialog.table.selectRow(0)
    dialog.correct_button.setFocus()  # a keyboard user Tabs to a button and presses Enter: it is clicked
    qtbot.keyClick(dialog.correct_button, Qt.Key.Key_Return)
    assert dialog.correction is not None
    dialog.correction.reject()


def test_a_guessed_deadline_is_explained_and_the_calendar_entered_in_the_window(qtbot, ctx, make_household):
    """Received on 31 Dec 2026, the answer falls in 2027 whose holidays are not published: the
    page explains the *, and the office enters the days from the page (before, only the terminal
    could), which moves the open deadline."""
    from dibao_desk.models import WorkdayOverride
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    hh = make_household()
    end = dt.date(2026, 12, 31)
    complaints.add_complaint(ctx.uow(), received_on=end, channel="phone", household_id=hh.id,
                             description="隐瞒收入", today=end)
    dialog = ComplaintsDialog(ctx, today=end)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.index(0, 6).data() == "2027-01-22*"
    assert dialog.guess_note.isVisible() and "周一至周五" in dialog.guess_note.text()
    click(qtbot, dialog.calendar_button)
    cal = dialog.calendar
    cal.day_edit.setDate(QDate(2027, 1, 4))
    cal.kind_combo.setCurrentIndex(cal.kind_combo.findData(False))
    type_text(cal.note_edit, "补录：假设放假")
    click(qtbot, cal.save_button)
    assert cal.model.rowCount() == 1 and cal.model.index(0, 0).data() == "2027-01-04"
    with ctx.uow() as uow:
        assert [(r.day, r.workday) for r in uow.session.scalars(select(WorkdayOverride))] == [(dt.date(2027, 1, 4), False)]
    cal.reject()
    assert dialog.model.index(0, 6).data() == "2027-01-25*"
    assert complaints.list_complaints(ctx.uow())[0].due_on == dt.date(2027, 1, 25)


def test_looking_up_a_mistyped_number_on_the_blacklist_page_says_it_is_wrong(qtbot, ctx):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog

    for on in (TODAY - dt.timedelta(days=60), TODAY):
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", on, "隐瞒收入", today=TODAY)
    dialog = BlacklistDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    type_text(dialog.lookup_edit, SPOUSE[:-1])
    click(qtbot, dialog.lookup_button)
    assert "没有申报不实记录" not in dialog.person_label.text() and "18" in dialog.message.text()
    assert dialog.records.rowCount() == 0
    type_text(dialog.lookup_edit, SPOUSE)
    click(qtbot, dialog.lookup_button)
    assert "黑名单中" in dialog.person_label.text() and dialog.records.rowCount() == 2


def test_the_window_opened_after_an_update_names_the_deadlines_that_moved(qtbot, ctx, make_household, monkeypatch):
    """The first start after an update whose calendar knows 2027: the reminder at start names
    the moved deadline, and the counts of late complaints are made on the new day."""
    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import policy
    from dibao_desk.ui.main_window import MainWindow
    from tests.unit.test_complaints import _knows_2027

    hh = make_household()
    policy.add_policy_set(ctx.uow(), dt.date(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 12, 28), channel="box", household_id=hh.id,
                                 description="家里新买了轿车", today=dt.date(2026, 12, 31))
    _knows_2027(monkeypatch)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("提醒：") and f"举报 {c.id}" in shown and "由 2027-01-05 改为 2027-01-06" in shown
    assert [(x.due_on, x.due_approximate) for x in complaints.list_complaints(ctx.uow())] == [
        (dt.date(2027, 1, 6), False)]
