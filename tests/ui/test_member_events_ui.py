"""登记家庭变故 for one member, clicked as the operator clicks: the member is chosen, the store
then holds the member's status and a 变更 for the members who remain."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import FollowUp, Proposal
from dibao_desk.services import households, proposals
from tests.helpers import make_id
from tests.unit.test_ledger import put_on_benefit

D = dt.date
SPOUSE, SON = make_id("19620402", 22), make_id("20150601", 33)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def three(ctx, make_household, today):
    hh = make_household(wages_fen=60000, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),
                                                        MemberDraft("张小明", SON, "son")))
    put_on_benefit(ctx, hh.id, category="class3", fen=75000, today=today)
    return hh.id


def test_the_dialog_records_the_death_of_the_member_chosen_31_january(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog

    hid = three(ctx, make_household, D(2027, 1, 31))
    dialog = HouseholdEventDialog(ctx, hid, today=D(2027, 1, 31))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("death"))
    assert dialog.member_combo.currentText() == "全户"  # three living: the operator must say whose
    click(qtbot, dialog.save_button)
    assert "请选择“成员死亡”的是哪位成员" in dialog.error_label.text() and count(ctx, Proposal) == 0
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("李梅（配偶）"))
    assert not dialog.form.isRowVisible(dialog.new_head_combo)  # the head stays
    dialog.date_edit.setDate(QDate(2027, 1, 31))
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "李梅不再计入家庭人口" in dialog.result_text() and "2027年2月起按其余 2 人重新核定" in dialog.result_text()
    row = proposals.list_proposals(ctx.uow(), today=D(2027, 1, 31))[0]
    assert (row.kind, row.effective_month, row.before_fen, row.after_fen) == ("member_left", D(2027, 2, 1),
                                                                               75000, 30000)
    assert count(ctx, FollowUp) == 0  # no cancellation
    members = households.get(ctx.uow(), hid).draft.members
    assert [(m.name, m.person_status, m.status_on) for m in members] == [
        ("张三", "normal", None), ("李梅", "dead", D(2027, 1, 31)), ("张小明", "normal", None)]


def test_the_head_moving_away_hands_the_headship_to_the_member_chosen_29_february_2028(qtbot, ctx, make_household):
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog

    hid = three(ctx, make_household, D(2028, 2, 29))
    dialog = HouseholdEventDialog(ctx, hid, today=D(2028, 2, 29))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("moved_away"))
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("张三（户主）"))
    assert dialog.form.isRowVisible(dialog.new_head_combo) and dialog.new_head_combo.currentText() == "李梅（配偶）"
    dialog.new_head_combo.setCurrentIndex(dialog.new_head_combo.findText("张小明（子）"))
    assert dialog.new_head_combo.currentText() == "张小明（子）"
    assert [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())] == ["分户迁出", "嫁娶"]
    dialog.date_edit.setDate(QDate(2028, 2, 29))
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    d = households.get(ctx.uow(), hid)
    assert [(m.name, m.relation, m.person_status) for m in d.draft.members] == [
        ("张三", "head", "split_out"), ("李梅", "mother", "normal"), ("张小明", "head", "normal")]
    assert proposals.list_proposals(ctx.uow(), today=D(2028, 2, 29))[0].effective_month == D(2028, 3, 1)


def test_the_death_recorded_from_the_household_page_shows_on_its_members(qtbot, ctx, make_household):
    """From the household page's 办理 menu, as the operator goes: 登记家庭变故… → 成员死亡, 李梅 →
    保存. The page's members then show her as 死亡 with the day, not counted."""
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog
    from dibao_desk.ui.main_window import MainWindow
    from tests.ui.test_household_page import open_page

    hid = three(ctx, make_household, D(2026, 11, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = open_page(qtbot, window, hid)
    next(a for a in page.action_menu.actions() if a.text() == "登记家庭变故…").trigger()
    dialog = window.findChild(HouseholdEventDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("death"))
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("李梅（配偶）"))
    dialog.date_edit.setDate(QDate(2026, 10, 31))
    click(qtbot, dialog.save_button)
    assert count(ctx, Proposal) == 1
    qtbot.waitUntil(lambda: any("死亡（2026-10-31）" in cell for row in page.members.table.texts() for cell in row))
    rows = {row[0]: row for row in page.members.table.texts()}
    assert rows["李梅"][7] == "不再计入" and rows["张三"][7] == "纳入"
    assert "家庭人口 2 人，保障 2 人" in page.facts.text()
    assert proposals.list_proposals(ctx.uow(), today=D(2026, 11, 30))[0].effective_month == D(2026, 11, 1)


def test_a_death_entered_by_mistake_is_undone_from_the_dialog(qtbot, ctx, make_household):
    """撤销此事件 as the operator goes: pick the event, click without a reason (refused, nothing
    written), write the reason, click. 李梅 lives in the household again and the 变更 it
    proposed is withdrawn."""
    from dibao_desk.models import Case
    from dibao_desk.services import events
    from dibao_desk.ui.dialogs.household_event_undo import HouseholdEventUndoDialog

    hid = three(ctx, make_household, D(2027, 1, 31))
    spouse = households.get(ctx.uow(), hid).member_ids[1]
    r = events.add_event(ctx.uow(), hid, "death", D(2027, 1, 31), member_id=spouse, today=D(2027, 1, 31))
    dialog = HouseholdEventUndoDialog(ctx, hid, today=D(2027, 2, 3))
    qtbot.addWidget(dialog)
    assert dialog.event_combo.currentText() == "2027-01-31　成员死亡　李梅"
    dialog.show()
    hint = dialog.reason_edit.placeholderText()  # read whole, not cut at the dialog's 270 px of before
    assert dialog.reason_edit.fontMetrics().horizontalAdvance(hint) < dialog.reason_edit.width()
    click(qtbot, dialog.undo_button)
    assert dialog.error_label.text() == "请写明撤销的原因"
    assert households.get(ctx.uow(), hid).draft.members[1].person_status == "dead"
    dialog.reason_edit.setText("误录：李梅健在")
    click(qtbot, dialog.undo_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_text() == f"已撤销2027-01-31的成员死亡；李梅的人员状态恢复为正常，户主为张三；其提出的案件 {r.change.case_id} 已撤回"
    members = households.get(ctx.uow(), hid).draft.members
    assert [(m.name, m.relation, m.person_status, m.status_on) for m in members] == [
        ("张三", "head", "normal", None), ("李梅", "spouse", "normal", None), ("张小明", "son", "normal", None)]
    with ctx.uow() as uow:
        assert uow.session.get(Case, r.change.case_id).status == "withdrawn"
    assert events.list_events(ctx.uow(), household_id=hid) == []


def test_the_undo_is_on_the_household_page_s_menu(qtbot, ctx, make_household):
    from dibao_desk.services import events
    from dibao_desk.ui.dialogs.household_event_undo import HouseholdEventUndoDialog
    from dibao_desk.ui.main_window import MainWindow
    from tests.ui.test_household_page import open_page

    hid = three(ctx, make_household, D(2026, 11, 30))
    son = households.get(ctx.uow(), hid).member_ids[2]
    events.add_event(ctx.uow(), hid, "moved_away", D(2026, 10, 31), member_id=son, today=D(2026, 11, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = open_page(qtbot, window, hid)
    next(a for a in page.action_menu.actions() if a.text() == "撤销家庭变故…").trigger()
    dialog = window.findChild(HouseholdEventUndoDialog)
    dialog.reason_edit.setText("登记错了人")
    click(qtbot, dialog.undo_button)
    assert [m.person_status for m in households.get(ctx.uow(), hid).draft.members] == ["normal"] * 3


def test_a_member_added_by_mistake_is_undone_from_the_dialog(qtbot, ctx, make_household):
    """The form's 新增家庭成员 is offered by 撤销此事件: picked and undone with a reason, 张小红
    leaves the household and no event is left."""
    from dataclasses import replace

    from dibao_desk.services import events
    from dibao_desk.ui.dialogs.household_event_undo import HouseholdEventUndoDialog

    hid = three(ctx, make_household, D(2027, 1, 31))
    d = households.get(ctx.uow(), hid).draft
    girl = MemberDraft("张小红", make_id("20200302", 44), "daughter", employment="preschool")
    households.save(ctx.uow(), replace(d, members=d.members + (girl,)), hid, today=D(2027, 1, 31), expected=d)
    dialog = HouseholdEventUndoDialog(ctx, hid, today=D(2027, 2, 3))
    qtbot.addWidget(dialog)
    assert dialog.event_combo.currentText() == (
        "2027-01-31　其他　新增家庭成员 张小红：该户正在领取低保，复核立即到期，重新核定保障金")
    dialog.reason_edit.setText("误录：张小红是邻户的孩子")
    click(qtbot, dialog.undo_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_text() == "已撤销2027-01-31的其他；误增的成员张小红已从该户删除"
    assert [m.name for m in households.get(ctx.uow(), hid).draft.members] == ["张三", "李梅", "张小明"]
    assert events.list_events(ctx.uow(), household_id=hid, kinds=("other",)) == []
