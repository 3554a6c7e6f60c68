"""申请人撤回 from the case page: a person clicks, the store holds a withdrawn case."""

import datetime as dt

from PySide6.QtCore import Qt

from dibao_desk.services import households
from dibao_desk.services import procedure as proc
from tests.ui.test_procedure_window import dialog, make_household, ok, window  # noqa: F401 - fixtures

D = dt.date


def test_withdraw_from_the_case_page_ends_the_case_as_withdrawn(qtbot, window, ctx, make_household):  # noqa: F811
    h = make_household()
    proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": "王",
                                               "declaration_signed": True, "authorisation_signed": True},
                             D(2026, 11, 2))
    window.notify_changed()
    view = window.view("cases")
    case_id = proc.case_for_household(ctx.uow(), h.id).id
    view.select_case(case_id)
    assert view.page.withdraw_button.isVisible() and view.page.withdraw_button.isEnabled()
    qtbot.mouseClick(view.page.withdraw_button, Qt.MouseButton.LeftButton)
    d = dialog(window)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert "书面撤回申请" in d.errors.text() and d.isVisible()  # nothing written, the form stays
    assert proc.get_case(ctx.uow(), case_id).info.status == "open"
    d.notes.setPlainText("申请人 2026-11-02 递交书面撤回申请，本人签字")
    ok(qtbot, d)
    assert proc.get_case(ctx.uow(), case_id).info.status == "withdrawn"
    assert households.get(ctx.uow(), h.id).status == "registered"
    # the page shows the withdrawn case under 已撤回, with no action left on it
    assert view.selected_case_id() == case_id
    assert view.page.next_button.isHidden() and view.page.withdraw_button.isHidden()
    assert "已撤回" in view.page.subtitle.text() and "书面撤回申请" in view.page.subtitle.text()
    assert view.page.waiting.text() == "申请人已撤回"
    assert any(view.steps.item(i).text() == "已撤回" for i in range(view.steps.count()))
