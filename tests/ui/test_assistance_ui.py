"""联动救助 as an operator uses it: from the household's menu, add an item, see the cliff warning,
remove it; and the warning in the cancellation dialog."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.services import assistance
from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog
from dibao_desk.ui.dialogs.change_case_dialog import ChangeCaseDialog
from tests.helpers import type_text

TODAY = dt.date(2026, 11, 30)


def receiving(ctx, household_id):
    """Test set-up: the household is on dibao (what a cancellation would take away is warned of)."""
    from dibao_desk.models import Household

    with ctx.uow() as uow:
        row = uow.session.get(Household, household_id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class2", 31000, \
            dt.date(2026, 1, 1)
        uow.commit()


def test_adding_and_removing_an_item_by_clicking(qtbot, ctx, make_household, message_boxes):
    h = make_household(wages_fen=0)
    receiving(ctx, h.id)
    dialog = AssistanceDialog(ctx, h.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and dialog.cliff_label.text() == ""
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("medical_insurance"))
    type_text(dialog.amount_edit, "380")
    type_text(dialog.giver_edit, "县医保局")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    items = assistance.list_for(ctx.uow(), h.id)
    assert [(i.kind, i.amount_fen, i.giver, i.given_on) for i in items] == [
        ("medical_insurance", 38000, "县医保局", TODAY)]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "380.00"
    assert "代缴医保参保费（参合金） 380.00 元" in dialog.cliff_label.text()

    type_text(dialog.amount_edit, "一百")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "不是数字" in dialog.error_label.text()
    assert len(assistance.list_for(ctx.uow(), h.id)) == 1

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][0] == "question"
    assert assistance.list_for(ctx.uow(), h.id) == [] and dialog.changed


def test_the_household_menu_offers_it(qtbot, ctx, make_household):
    from dibao_desk.ui.main_window import MainWindow

    make_household(wages_fen=0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [entry[0] for entry in window.extensions["household_actions"]]
    assert "联动救助（1+X）…" in titles


def test_the_cancellation_dialog_warns_what_the_household_loses(qtbot, ctx, make_household):
    h = make_household(wages_fen=0)
    receiving(ctx, h.id)
    assistance.add(ctx.uow(), h.id, AssistanceDraft("heating", 20000, TODAY, "县住建局"), today=TODAY)
    dialog = ChangeCaseDialog(ctx, h.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.cliff_note
    assert "取暖救助 200.00 元" in note.text()
    assert not note.isVisible()  # a change loses nothing
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert note.isVisible()


def test_a_change_from_the_household_list_is_a_proposal_through_the_policy_steps(qtbot, ctx, make_household):
    """变更 received at the office: the form names the steps the policy gives, and clicking
    受理 opens a proposal; the money stays as it is until the grant."""
    from dibao_desk.models import Household
    from dibao_desk.services import ledger, procedure, proposals

    h = make_household(wages_fen=0)
    with ctx.uow() as uow:  # test set-up: a receiving household
        row = uow.session.get(Household, h.id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = "receiving", "class2", 31000, \
            dt.date(2026, 1, 1)
        uow.commit()
    ledger.build(ctx.uow(), TODAY)
    dialog = ChangeCaseDialog(ctx, h.id, TODAY)
    qtbot.addWidget(dialog)
    assert "民主评议" in dialog.flow_note.text() and "县民政局审批" in dialog.flow_note.text()
    type_text(dialog.reason, "户主重病，医疗支出大")
    type_text(dialog.amount, "420")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    case = dialog.result_detail
    assert case.flow == (3, 4, 6, 7, 8, 9, 10) and case.next_step == 3
    p = proposals.proposal_for_case(ctx.uow(), case.info.id)
    assert (p.kind, p.status, p.effective_month) == ("office_change", "open", dt.date(2026, 12, 1))
    assert [r.case_id for r in proposals.list_proposals(ctx.uow(), today=TODAY)] == [case.info.id]
    with ctx.uow() as uow:
        row = uow.session.get(Household, h.id)
        assert (row.category, row.monthly_benefit_fen) == ("class2", 31000)
    assert ledger.value_now(ctx.uow(), h.id, dt.date(2026, 12, 1)).amount_fen == 31000
    assert procedure.can_open(ctx.uow(), h.id, "change")  # one open case at a time


def test_a_second_click_on_add_does_not_record_the_item_twice(qtbot, ctx, make_household):
    h = make_household(wages_fen=0)
    dialog = AssistanceDialog(ctx, h.id, today=dt.date(2026, 12, 31))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("temporary"))
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))  # 30 Dec
    for _ in range(2):
        type_text(dialog.amount_edit, "1000.50")
        type_text(dialog.giver_edit, "镇民政办")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(i.given_on, i.amount_fen) for i in assistance.list_for(ctx.uow(), h.id)] == [
        (dt.date(2026, 12, 30), 100050)]
    assert dialog.table.rowCount() == 1
    assert "已登记过同一笔“临时救助”1000.50 元" in dialog.error_label.text()


def test_a_reviewer_reads_the_assistance_and_the_documents_but_cannot_change_them(qtbot, ctx, make_household,
                                                                                  tmp_path, monkeypatch):
    """审核人: the services refuse what they would record; the buttons say so before the form is
    typed or a scan chosen, as the registers' do."""
    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import household_page, household_files
    from dibao_desk.services.accounts import SignedIn
    from dibao_desk.ui.widgets.household_files_section import FilesSection

    h = make_household(wages_fen=0)
    assistance.add(ctx.uow(), h.id, AssistanceDraft("heating", 20000, TODAY, "县住建局"), today=TODAY)
    ctx.sign_in(SignedIn("审核员", frozenset({Role.REVIEWER})))
    dialog = AssistanceDialog(ctx, h.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    for button in (dialog.add_button, dialog.remove_button):
        assert not button.isEnabled() and "经办人" in button.toolTip()
    section = FilesSection(ctx)
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), h.id, TODAY))
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen.append(1) or ("", ""))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert chosen == [] and not section.add_button.isEnabled() and "经办人" in section.add_button.toolTip()
    assert not section.remove_button.isEnabled() and section.print_button.isEnabled()
    assert household_files.list_files(ctx.uow(), h.id) == []


def test_a_member_who_died_is_shown_as_no_longer_in_the_household(qtbot, ctx, make_household):
    import dataclasses

    from tests.conftest import MemberDraft, make_id

    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    h = make_household(wages_fen=0, extra_members=[kid])
    assistance.add(ctx.uow(), h.id, AssistanceDraft("education", 50000, dt.date(2026, 9, 1), "县教育局",
                                                    kid.id_number), TODAY)
    from dibao_desk.services import households

    dead = dataclasses.replace(h.draft.members[1], person_status="dead", status_on=dt.date(2026, 10, 1))
    households.save(ctx.uow(), dataclasses.replace(h.draft, members=[h.draft.members[0], dead]), h.id, today=TODAY)
    dialog = AssistanceDialog(ctx, h.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "张小（已不在本户）"
    assert [dialog.member_combo.itemText(i) for i in range(dialog.member_combo.count())] == [
        "全户", "张三", "张小（已不在本户）"]
