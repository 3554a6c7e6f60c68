"""删除所选家庭 in the window: a household with history is refused with its records counted,
before any confirmation; one registered by mistake is deleted only after the clerk says Yes."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from dibao_desk.models import Household
from dibao_desk.services import complaints
from dibao_desk.ui.main_window import MainWindow
from tests.helpers import make_id


def households_held(ctx) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Household))


def delete_from_menu(qtbot, ctx, row: int = 0):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_view("households")
    view = window.view("households")
    qtbot.waitUntil(lambda: view.model.rowCount() > row)
    view.table.selectRow(row)
    action = next(a for a in window.menu("households").actions() if a.text().startswith("删除所选家庭"))
    action.trigger()
    return window


def test_a_household_with_a_complaint_is_refused_with_its_records_and_no_question(
        qtbot, ctx, make_household, message_boxes):
    h = make_household(head="李四", head_id=make_id("19620101", 13))
    complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 30), channel="phone", household_id=h.id,
                             description="家中有车", today=dt.date(2026, 11, 30))
    delete_from_menu(qtbot, ctx)
    assert [(kind, text) for kind, _title, text in message_boxes] == [
        ("warning", "该户（户主 李四）已有 1 件举报，不能删除；如需停止保障请办理取消")]
    assert households_held(ctx) == 1


def test_a_household_registered_by_mistake_is_deleted_after_yes_and_kept_after_no(
        qtbot, ctx, make_household, message_boxes, monkeypatch):
    make_household(head="王五", head_id=make_id("19700101", 15))
    asked = []

    def no(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # Enter does not delete
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    delete_from_menu(qtbot, ctx)
    assert asked and "东风村户主 王五 家（1 人）" in asked[0]
    assert households_held(ctx) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window = delete_from_menu(qtbot, ctx)
    assert households_held(ctx) == 0
    assert "王五" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.view("households").model.rowCount() == 0)
    assert not [m for m in message_boxes if m[0] in ("warning", "critical")]
