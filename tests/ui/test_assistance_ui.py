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


def test_adding_and_removing_an_item_by_clicking(qtbot, ctx, make_household, message_boxes):
    h = make_household(wages_fen=0)
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
    assistance.add(ctx.uow(), h.id, AssistanceDraft("heating", 20000, TODAY, "县住建局"), today=TODAY)
    dialog = ChangeCaseDialog(ctx, h.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.cliff_note
    assert "取暖救助 200.00 元" in note.text()
    assert not note.isVisible()  # a change loses nothing
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert note.isVisible()
