"""开户人 in the household form, as an operator chooses it: beside the bank account, 户主 by
default or any member; a minor (at the form's date) or a member who left is a 提示, not a refusal;
a holder no longer among the members falls back to 户主 where the operator sees it."""

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import Household
from dibao_desk.services import events, households
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from tests.conftest import simple_draft
from tests.helpers import make_id, type_text

D = dt.date
HEAD_ID = make_id("19500315", 11)
DAUGHTER_ID = make_id("19780402", 22)
GRANDSON_ID = make_id("20100228", 33)  # 16 on 28 Feb 2026


def _save(qtbot, form):
    button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.result() == HouseholdForm.DialogCode.Accepted


def _shown(form):
    return [form.problems.item(i).text() for i in range(form.problems.count())]


def _holder(ctx, hid):
    with ctx.uow() as uow:
        return uow.session.get(Household, hid).bank_holder_id_number


def _household(ctx, villages):
    return households.save(ctx.uow(), simple_draft(
        villages["东风村"], head="王大山", head_id=HEAD_ID, bank_account="6217000011112222", extra_members=(
            MemberDraft("李秀英", DAUGHTER_ID, "daughter"),
            MemberDraft("王小", GRANDSON_ID, "grandson", work_capacity="none"))), today=D(2026, 1, 31))


def test_choosing_a_member_as_holder_warns_of_a_minor_at_the_forms_date_and_saves_the_choice(qtbot, ctx, villages):
    hh = _household(ctx, villages)
    form = HouseholdForm(ctx, hh.id, today=D(2026, 1, 31))
    qtbot.addWidget(form)
    combo = form.bank_holder
    assert [combo.itemText(i) for i in range(combo.count())] == ["户主", "李秀英（女）", "王小（孙子）"]
    assert combo.currentText() == "户主"
    combo.setCurrentIndex(combo.findData(GRANDSON_ID))
    qtbot.waitUntil(lambda: any("开户人王小只有 15 岁" in s for s in _shown(form)))
    assert all(s.startswith("提示：") for s in _shown(form) if "开户人" in s)  # not a refusal
    combo.setCurrentIndex(combo.findData(DAUGHTER_ID))
    qtbot.waitUntil(lambda: not any("开户人" in s for s in _shown(form)))
    _save(qtbot, form)
    assert _holder(ctx, hh.id) == DAUGHTER_ID

    later = HouseholdForm(ctx, hh.id, today=D(2026, 2, 28))  # his 16th birthday: no longer a minor
    qtbot.addWidget(later)
    assert later.bank_holder.currentText() == "李秀英（女）"
    later.bank_holder.setCurrentIndex(later.bank_holder.findData(GRANDSON_ID))
    later.revalidate()
    assert not any("开户人" in s for s in _shown(later))
    _save(qtbot, later)
    assert _holder(ctx, hh.id) == GRANDSON_ID


def test_a_holder_who_moved_to_another_household_falls_back_to_the_head_visibly(qtbot, ctx, villages):
    hh = _household(ctx, villages)
    households.save(ctx.uow(), replace(households.get(ctx.uow(), hh.id).draft, bank_holder_id_number=DAUGHTER_ID),
                    hh.id, today=D(2026, 1, 31))
    daughter = events.find_member(ctx.uow(), hh.id, "李秀英")
    events.add_event(ctx.uow(), hh.id, "moved_away", D(2026, 11, 30), "分户另立", member_id=daughter,
                     today=D(2026, 11, 30))
    form = HouseholdForm(ctx, hh.id, today=D(2026, 11, 30))
    qtbot.addWidget(form)
    # still a member row (分户迁出): selectable, said as a 提示
    assert form.bank_holder.currentData() == DAUGHTER_ID
    assert form.bank_holder.currentText() == "李秀英（女，分户迁出）"
    assert any(s.startswith("提示：开户人李秀英已不在本户") for s in _shown(form))
    form.reject()
    households.save(ctx.uow(), simple_draft(villages["东风村"], head="李秀英", head_id=DAUGHTER_ID),
                    today=D(2026, 11, 30))  # her record moves to her own household
    form = HouseholdForm(ctx, hh.id, today=D(2026, 11, 30))
    qtbot.addWidget(form)
    assert form.bank_holder.currentText() == "户主"
    assert form.holder_note.isVisibleTo(form) and DAUGHTER_ID in form.holder_note.text()
    assert "已改为户主" in form.holder_note.text()
    form._dirty = True  # noqa: SLF001 (the fallback is a change the operator saves)
    _save(qtbot, form)
    assert _holder(ctx, hh.id) is None


def test_removing_the_holders_row_falls_back_to_the_head(qtbot, ctx, villages):
    hh = _household(ctx, villages)
    form = HouseholdForm(ctx, hh.id, today=D(2026, 12, 31))
    qtbot.addWidget(form)
    form.bank_holder.setCurrentIndex(form.bank_holder.findData(DAUGHTER_ID))
    form.members.setCurrentCell(1, 0)
    qtbot.mouseClick(form.findChild(QPushButton, "delete_member"), Qt.MouseButton.LeftButton)
    assert form.bank_holder.currentText() == "户主"
    assert form.holder_note.isVisibleTo(form)
    type_text(form.members.widget(1, "name"), "王小小")  # another edit: still the head
    assert form.bank_holder.currentText() == "户主"
    _save(qtbot, form)
    assert _holder(ctx, hh.id) is None


def test_the_household_page_names_the_holder_when_not_the_head_and_says_when_the_holder_left(qtbot, ctx, villages):
    from dibao_desk.ui.dialogs.household_page import HouseholdPageDialog

    hh = _household(ctx, villages)
    page = HouseholdPageDialog(ctx, hh.id, today=D(2026, 11, 30))
    qtbot.addWidget(page)
    assert "开户人" not in page.facts.text()  # the head holds it: nothing more to say
    households.save(ctx.uow(), replace(households.get(ctx.uow(), hh.id).draft, bank_holder_id_number=DAUGHTER_ID),
                    hh.id, today=D(2026, 11, 30))
    page = HouseholdPageDialog(ctx, hh.id, today=D(2026, 11, 30))
    qtbot.addWidget(page)
    assert "开户人：李秀英（女，非户主本人）" in page.facts.text()
    daughter = events.find_member(ctx.uow(), hh.id, "李秀英")
    events.add_event(ctx.uow(), hh.id, "death", D(2026, 11, 30), member_id=daughter, today=D(2026, 11, 30))
    page = HouseholdPageDialog(ctx, hh.id, today=D(2026, 11, 30))
    qtbot.addWidget(page)
    assert "开户人：李秀英 已不在本户：审核造册时将被拒绝" in page.facts.text()


def test_after_the_head_died_the_form_shows_the_account_still_in_his_name_until_the_head_is_chosen(
        qtbot, ctx, villages):
    hh = _household(ctx, villages)
    head = events.find_member(ctx.uow(), hh.id, "王大山")
    daughter = events.find_member(ctx.uow(), hh.id, "李秀英")
    events.add_event(ctx.uow(), hh.id, "death", D(2026, 12, 31), member_id=head, new_head_id=daughter,
                     today=D(2026, 12, 31))
    form = HouseholdForm(ctx, hh.id, today=D(2026, 12, 31))
    qtbot.addWidget(form)
    assert form.bank_holder.currentData() == HEAD_ID
    assert form.bank_holder.currentText() == "王大山（户主，死亡）"
    assert any(s.startswith("提示：开户人王大山已不在本户（死亡）") for s in _shown(form))
    form.bank_holder.setCurrentIndex(0)  # 户主: now 李秀英, with her account
    type_text(form.bank_account, "6217000011113333")
    _save(qtbot, form)
    assert _holder(ctx, hh.id) is None


def test_the_roster_tab_shows_the_holder_with_the_head_and_refuses_signing_once_the_holder_died(
        qtbot, ctx, villages, message_boxes):
    from dibao_desk.services import payroll
    from dibao_desk.ui.main_window import MainWindow
    from tests.unit.test_ledger import put_on_benefit

    hh = _household(ctx, villages)
    households.save(ctx.uow(), replace(households.get(ctx.uow(), hh.id).draft, bank_holder_id_number=DAUGHTER_ID),
                    hh.id, today=D(2026, 3, 1))
    put_on_benefit(ctx, hh.id, fen=45000, today=D(2026, 9, 30))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    view = w.view("payroll")
    view.clock = lambda: D(2026, 11, 30)
    w.show()
    w.show_view("payroll")
    view.period_edit.setText("2026-12")
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    model = view.lines_model
    names = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert names == ["李秀英（户主 王大山）"]
    daughter = events.find_member(ctx.uow(), hh.id, "李秀英")
    events.add_event(ctx.uow(), hh.id, "death", D(2026, 11, 30), member_id=daughter, today=D(2026, 11, 30))
    view.leader_edit.setText("赵镇长")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    [made] = payroll.rosters(ctx.uow())
    assert made.status.value == "draft"
    assert any(kind == "warning" and "开户人（李秀英）已不在本户" in text and "王大山" in text
               for kind, _t, text in message_boxes)
