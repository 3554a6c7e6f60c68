"""The household form from the keyboard, as an operator fills it all day: Tab in reading order."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QPushButton
from sqlalchemy import select

from dibao_desk.models import IncomeItem, Member, Supporter
from dibao_desk.ui.dialogs.household_form import HouseholdForm
from tests.helpers import make_id, type_text


def open_form(qtbot, ctx):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()  # keys go to the focused widget of the active window, as on a desk
    form.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def cell_of(table, widget):
    """(row, column key) of the cell holding ``widget``, or None outside the table."""
    for row in range(table.rowCount()):
        for i, c in enumerate(table.columns):
            cell = table.cellWidget(row, i)
            if cell is widget or cell.isAncestorOf(widget):
                return row, c.key
    return None


def press(qtbot, form, key, times=1):
    for _ in range(times):
        modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(form.focusWidget(), key, modifier)


MEMBER_KEYS = ["name", "id_number", "relation", "disability_grade", "serious_illness", "work_capacity",
               "employment", "unemployment_registered", "covered", "not_covered_reason", "self_care",
               "health", "person_status", "status_on"]


def test_tab_goes_through_every_member_cell_in_reading_order_and_out_of_the_table(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    form.findChild(QPushButton, "delete_member").setFocus()
    seen = []
    for _ in range(2 * len(MEMBER_KEYS)):
        press(qtbot, form, Qt.Key.Key_Tab)
        seen.append(cell_of(form.members, form.focusWidget()))
    # the check boxes (重病, 已办失业登记, 纳入保障) are stops too, and row 2 follows row 1
    assert seen == [(row, key) for row in (0, 1) for key in MEMBER_KEYS]
    press(qtbot, form, Qt.Key.Key_Tab)  # past the last cell: out of the table, not back to row 1
    assert cell_of(form.members, form.focusWidget()) is None
    assert form.focusWidget() is form.problems
    press(qtbot, form, Qt.Key.Key_Backtab)  # and Shift+Tab comes back to the last cell
    assert cell_of(form.members, form.focusWidget()) == (1, "status_on")
    press(qtbot, form, Qt.Key.Key_Backtab, 2 * len(MEMBER_KEYS))  # before the first: the delete button
    assert form.focusWidget() is form.findChild(QPushButton, "delete_member")


def test_member_not_covered_is_set_from_the_keyboard_and_saved(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    m = form.members
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    type_text(m.widget(0, "name"), "张三")
    type_text(m.widget(0, "id_number"), make_id("19780512", 11))
    type_text(m.widget(1, "name"), "张小军")
    type_text(m.widget(1, "id_number"), make_id("20050301", 13))
    m.widget(1, "relation").setCurrentIndex(m.widget(1, "relation").findData("son"))
    # from 就业状况, Tab twice to 纳入保障 and Space to untick it, Tab to its reason
    m.widget(1, "employment").setFocus()
    press(qtbot, form, Qt.Key.Key_Tab, 2)
    assert form.focusWidget() is m.widget(1, "covered").findChild(QCheckBox)
    press(qtbot, form, Qt.Key.Key_Space)
    press(qtbot, form, Qt.Key.Key_Tab)
    assert form.focusWidget() is m.widget(1, "not_covered_reason")
    type_text(form.focusWidget(), "在外务工")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.result() == HouseholdForm.DialogCode.Accepted
    with ctx.uow() as uow:
        rows = uow.session.execute(select(Member.name, Member.covered, Member.not_covered_reason)
                                   .order_by(Member.position)).all()
    assert [tuple(r) for r in rows] == [("张三", True, ""), ("张小军", False, "在外务工")]


def problems_shown(form):
    return [form.problems.item(i).text() for i in range(form.problems.count())]


def test_amount_below_a_fen_is_refused_not_rounded_and_the_problem_says_where(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(form.members.widget(0, "name"), "张三")
    type_text(form.members.widget(0, "id_number"), make_id("19780512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    for row in (0, 1):
        form.incomes.widget(row, "kind").setCurrentIndex(form.incomes.widget(row, "kind").findData("wages"))
    type_text(form.incomes.widget(0, "amount"), "120")
    type_text(form.incomes.widget(1, "amount"), "350.505")  # one digit too many: not 350.51
    qtbot.mouseClick(form.findChild(QPushButton, "add_supporter"), Qt.MouseButton.LeftButton)
    type_text(form.supporters.widget(0, "name"), "张丽")
    type_text(form.supporters.widget(0, "household_income"), "4500元整")
    assert problems_shown(form) == [
        "第 2 项收入：金额“350.505”超过两位小数：金额记到分为止，请核对，例如 350.50",
        "第 1 名赡养（抚养、扶养）人：家庭月收入“4500元整”不是有效的金额，请填写数字，例如 350.50"]
    assert not save.isEnabled()
    assert "350.505" in form.incomes.widget(1, "amount").toolTip()
    type_text(form.incomes.widget(1, "amount"), "350.500")  # the same amount to the fen: taken
    type_text(form.supporters.widget(0, "household_income"), "4500")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.result() == HouseholdForm.DialogCode.Accepted
    with ctx.uow() as uow:
        amounts = uow.session.scalars(select(IncomeItem.amount_fen).order_by(IncomeItem.id)).all()
        supporter = uow.session.scalars(select(Supporter.household_income_fen)).one()
    assert (amounts, supporter) == ([12000, 35050], 450000)


def test_enter_or_ctrl_s_while_saving_is_refused_goes_to_the_field_with_the_problem(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    m = form.members
    type_text(m.widget(0, "name"), "张三")
    type_text(m.widget(0, "id_number"), make_id("19780512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
    type_text(m.widget(1, "name"), "李梅")
    good = make_id("19800101", 22)
    type_text(m.widget(1, "id_number"), good[:-1] + ("1" if good[-1] == "0" else "0"))  # check digit mistyped
    m.widget(1, "relation").setCurrentIndex(m.widget(1, "relation").findData("spouse"))
    qtbot.mouseClick(form.findChild(QPushButton, "add_income"), Qt.MouseButton.LeftButton)
    form.incomes.widget(0, "kind").setCurrentIndex(form.incomes.widget(0, "kind").findData("wages"))
    type_text(form.incomes.widget(0, "amount"), "80.125")
    shown = problems_shown(form)
    assert len(shown) == 2 and shown[0].startswith("第 1 项收入：金额“80.125”") and shown[1].startswith("第 2 名成员：身份证号“")
    type_text(form.address, "幸福路 8 号")
    qtbot.keyClick(form.address, Qt.Key.Key_Return)  # refused: to the first problem, on its tab
    assert form.result() == 0
    assert form.tabs.currentIndex() == 1 and form.focusWidget() is form.incomes.widget(0, "amount")
    type_text(form.incomes.widget(0, "amount"), "80.12")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the next: the ID
    assert form.result() == 0
    assert form.tabs.currentIndex() == 0 and form.focusWidget() is m.widget(1, "id_number")
    type_text(m.widget(1, "id_number"), good)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing blocks: saved
    assert form.result() == HouseholdForm.DialogCode.Accepted
    with ctx.uow() as uow:
        ids = uow.session.scalars(select(Member.id_number).order_by(Member.position)).all()
        amount = uow.session.scalars(select(IncomeItem.amount_fen)).one()
    assert (ids, amount) == ([make_id("19780512", 11), good], 8012)


def test_double_clicking_a_problem_goes_to_its_field(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    type_text(form.members.widget(0, "name"), "张三")
    type_text(form.members.widget(0, "id_number"), make_id("19780512", 11))
    qtbot.mouseClick(form.findChild(QPushButton, "add_supporter"), Qt.MouseButton.LeftButton)
    form.address.setFocus()
    item = form.problems.item(0)
    assert item.text() == "第 1 名赡养（抚养、扶养）人未填姓名"
    rect = form.problems.visualItemRect(item)
    qtbot.mouseClick(form.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(form.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.tabs.currentIndex() == 3 and form.focusWidget() is form.supporters.widget(0, "name")


def test_an_id_number_pasted_with_an_invisible_character_is_taken_and_saved_clean(qtbot, ctx, villages):
    form = open_form(qtbot, ctx)
    number = make_id("19780512", 11)
    type_text(form.members.widget(0, "name"), "张三")
    field = form.members.widget(0, "id_number")
    field.setFocus()
    QApplication.clipboard().setText("\u200b" + number + "\t")  # copied from a web page's table
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert problems_shown(form) == []
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.result() == HouseholdForm.DialogCode.Accepted
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Member.id_number)).all() == [number]
