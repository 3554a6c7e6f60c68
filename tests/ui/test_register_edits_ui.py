"""Correcting and removing registrations in the register windows, by clicking: the reason is
asked for, the store holds the change, and a 审核人 finds the buttons disabled."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import Complaint, FalseDeclaration, FilingRelative
from dibao_desk.services import blacklist, complaints, relatives
from dibao_desk.services.accounts import SignedIn
from tests.helpers import make_id, type_text

TODAY = dt.date(2026, 11, 30)
SPOUSE = make_id("19650402", 22)
CADRE = make_id("19700101", 31)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_remove_the_first_warning_from_a_persons_record(qtbot, ctx):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog

    for day, what in ((dt.date(2026, 2, 1), "隐瞒存款"), (dt.date(2026, 6, 1), "隐瞒车辆")):
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", day, what, today=TODAY)
    dialog = BlacklistDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)  # the listed person: the record shows below
    assert dialog.records.rowCount() == 2 and "黑名单中" in dialog.person_label.text()
    dialog.records_table.selectRow(0)
    click(qtbot, dialog.remove_button)
    d = dialog.correction
    click(qtbot, d.save_button)  # no reason: said, nothing removed
    assert "请写明原因" in d.message.text() and count(ctx, FalseDeclaration) == 2
    type_text(d.reason, "经复查，存款为借款")
    click(qtbot, d.save_button)
    assert not d.isVisible() and count(ctx, FalseDeclaration) == 1
    assert dialog.records.rowCount() == 1 and "未在黑名单中" in dialog.person_label.text()
    assert blacklist.person(ctx.uow(), SPOUSE, TODAY).declarations[0].outcome == "warning"


def test_correct_a_declarations_day_looked_up_by_id_number(qtbot, ctx):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog

    first = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", dt.date(2026, 2, 1), "隐瞒存款",
                                               today=TODAY)
    dialog = BlacklistDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0  # a warning only: not on the list
    type_text(dialog.lookup_edit, SPOUSE)
    click(qtbot, dialog.lookup_button)
    dialog.records_table.selectRow(0)
    click(qtbot, dialog.correct_button)
    d = dialog.correction
    what = d.form.itemAt(0, d.form.ItemRole.FieldRole).widget()
    type_text(what, "隐瞒存款 3 万元")
    type_text(d.reason, "金额补记")
    click(qtbot, d.save_button)
    assert blacklist.person(ctx.uow(), SPOUSE, TODAY).declarations[0].what == "隐瞒存款 3 万元"
    assert dialog.records.index(0, 1).data() == "隐瞒存款 3 万元" and first.id


def test_correct_then_remove_a_relative(qtbot, ctx, villages, make_household):
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                           village_id=villages["东风村"], id_number=SPOUSE, name="李四", relation="sibling",
                           registered_on=dt.date(2026, 3, 1), today=TODAY)
    hh = make_household(extra_members=(MemberDraft("李思", SPOUSE, "spouse"),))  # the name on the ID card
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    click(qtbot, dialog.correct_button)
    d = dialog.correction
    name = d.form.itemAt(0, d.form.ItemRole.FieldRole).widget()
    type_text(name, "李思")
    type_text(d.reason, "姓名写错")
    click(qtbot, d.save_button)
    assert relatives.list_relatives(ctx.uow())[0].name == "李思"
    assert dialog.model.index(0, 5).data() == "李思"
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    d = dialog.correction
    type_text(d.reason, "村干部已离任")
    click(qtbot, d.save_button)
    assert count(ctx, FilingRelative) == 0 and dialog.model.rowCount() == 0
    assert relatives.filed_household_ids(ctx.uow(), [hh.id]) == set()


def test_correct_the_household_of_a_complaint_then_remove_it(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog

    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 2), channel="box", household_id=a.id,
                                 description="家中有车", today=TODAY)
    dialog = ComplaintsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    click(qtbot, dialog.correct_button)
    d = dialog.correction
    d.form.itemAt(0, d.form.ItemRole.FieldRole).widget().setValue(b.id)
    type_text(d.reason, "登记时户选错")
    click(qtbot, d.save_button)
    assert complaints.get_complaint(ctx.uow(), c.id).household_id == b.id
    assert "李四" in dialog.model.index(0, 4).data()
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    d = dialog.correction
    type_text(d.reason, "重复登记")
    click(qtbot, d.save_button)
    assert count(ctx, Complaint) == 0


def test_a_reviewer_reads_the_registers_but_cannot_change_them(qtbot, ctx):
    from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    ctx.sign_in(SignedIn("审核员", frozenset({Role.REVIEWER})))
    b, r, c = BlacklistDialog(ctx, today=TODAY), RelativesDialog(ctx, today=TODAY), ComplaintsDialog(ctx, today=TODAY)
    for dialog in (b, r, c):
        qtbot.addWidget(dialog)
    for button in (b.record_button, b.correct_button, b.remove_button, r.add_button, r.correct_button,
                   r.remove_button, c.add_button, c.answer_button, c.correct_button, c.remove_button):
        assert not button.isEnabled()
    assert b.lookup_button.isEnabled() and r.print_button.isEnabled()


def test_the_window_disables_what_a_reviewer_may_not_do(qtbot, ctx, make_household):
    from dibao_desk.ui.actions import households as household_actions
    from dibao_desk.ui.main_window import MainWindow

    hh = make_household()
    ctx.sign_in(SignedIn("审核员", frozenset({Role.REVIEWER})))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.backup_actions["restore"].isEnabled() and "管理员" in window.backup_actions["restore"].toolTip()
    view = window.view("households")
    view.select(hh.id)
    rect = view.table.visualRect(view.table.model().index(0, 0))
    menu = household_actions.household_menu(window, rect.center())
    entries = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert entries["登记家庭变故…"] is False and entries["申请低保…"] is False
    assert entries["登记举报…"] is True  # the register opens read-only for a reviewer
    menu.close()


def test_the_case_page_offers_the_township_review_to_a_reviewer_only(qtbot, ctx, make_household):
    from dibao_desk.services import procedure
    from dibao_desk.ui.widgets.cases_view import CasesView
    from tests.helpers import walk_case

    hh = make_household(wages_fen=20000)
    case = procedure.receive_application(ctx.uow(), hh.id, {
        "on": dt.date(2026, 11, 2), "person": "王经办", "declaration_signed": True,
        "authorisation_signed": True}, dt.date(2026, 11, 2))
    view = CasesView(ctx)
    qtbot.addWidget(view)
    for roles, step_2_allowed in (({Role.REVIEWER}, False), ({Role.CLERK}, True)):
        ctx.sign_in(SignedIn("某人", frozenset(roles)))
        view.page.show_case(procedure.get_case(ctx.uow(), case.info.id, TODAY))
        assert view.page.next_button.isEnabled() is step_2_allowed
    procedure.record_step(ctx.uow(), case.info.id, 2, {"on": dt.date(2026, 11, 3), "person": "李调查",
                                                       "investigator_signed": True, "applicant_signed": True},
                          dt.date(2026, 11, 3))
    walk_case(ctx, case.info.id, dt.date(2026, 11, 4), until=6)
    for roles, review_allowed in (({Role.REVIEWER}, True), ({Role.CLERK}, False)):
        ctx.sign_in(SignedIn("某人", frozenset(roles)))
        view.page.show_case(procedure.get_case(ctx.uow(), case.info.id, TODAY))
        assert view.page.next_button.isEnabled() is review_allowed
        assert ("审核人" in view.page.next_button.toolTip()) is not review_allowed


def test_correct_the_staff_member_of_a_registration(qtbot, ctx, villages, make_household):
    from dibao_desk.ui.dialogs.relatives_register import RelativesDialog

    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                           village_id=villages["东风村"], post="村主任", id_number=SPOUSE, name="李四",
                           relation="sibling", registered_on=dt.date(2026, 3, 1), today=TODAY)
    dialog = RelativesDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    click(qtbot, dialog.staff_button)
    d = dialog.correction
    post = d.form.itemAt(3, d.form.ItemRole.FieldRole).widget()
    type_text(post, "村支书")
    type_text(d.reason, "职务变动")
    click(qtbot, d.save_button)
    assert relatives.list_relatives(ctx.uow())[0].post == "村支书"
    assert dialog.model.index(0, 2).data() == "赵村长"


def test_a_complaint_whose_household_was_deleted_names_it_and_its_correction_links_no_other(
        qtbot, ctx, make_household):
    """The correction form showed household 1 for a complaint whose household had been deleted
    (its field started at 1), and saving the correction moved the complaint to household 1: a
    complaint about 李四 filed against 张三 without anyone choosing it."""
    from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
    from tests.unit.test_complaints import delete_as_an_older_version_did

    a = make_household()  # household 1, 张三
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    c = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 2), channel="box", household_id=b.id,
                                 description="家中有车", today=TODAY)
    delete_as_an_older_version_did(ctx, b.id)
    dialog = ComplaintsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 4).data() == "已删除的家庭（户主 李四）"
    dialog.table.selectRow(0)
    click(qtbot, dialog.correct_button)
    d = dialog.correction
    field = d.form.itemAt(0, d.form.ItemRole.FieldRole).widget()
    assert field.value() == 0 and field.text() == "已删除的家庭（户主 李四）"
    type_text(d.reason, "举报方式登记错了")
    click(qtbot, d.save_button)
    kept = complaints.get_complaint(ctx.uow(), c.id)
    assert kept.household_id is None and kept.household_name == "李四" and a.id == 1
    assert dialog.model.index(0, 4).data() == "已删除的家庭（户主 李四）"
