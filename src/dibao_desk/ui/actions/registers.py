"""Menus for the integrity registers: 诚信黑名单, 近亲属备案, 举报, 家庭变故."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import complaints, registers_today
from dibao_desk.ui.dialogs.blacklist_register import BlacklistDialog
from dibao_desk.ui.dialogs.complaints_register import ComplaintsDialog
from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog
from dibao_desk.ui.dialogs.household_event_undo import HouseholdEventUndoDialog
from dibao_desk.ui.dialogs.relatives_register import RelativesDialog
from dibao_desk.ui.texts import problem_text

D = TypeVar("D", bound=QDialog)


def install(window) -> None:
    menu = window.menu("households")
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("MainWindow", "诚信档案与黑名单(&B)…")).triggered.connect(lambda: open_blacklist(window))
    menu.addAction(QCoreApplication.translate("MainWindow", "近亲属备案(&K)…")).triggered.connect(lambda: open_relatives(window))
    menu.addAction(QCoreApplication.translate("MainWindow", "举报登记(&C)…")).triggered.connect(lambda: open_complaints(window))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "登记家庭变故…"), household_event, (Role.CLERK,)))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "撤销家庭变故…"), household_event_undo, (Role.CLERK,)))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "登记举报…"), lambda w, hid: open_complaints(w, hid)))
    # 今日待办: complaints and the county's warnings whose answer is late or due within a week
    window.extend("today_items", ("complaints_due", QCoreApplication.translate("MainWindow", "七日内到期或已超期、尚未答复的举报"),
                                  lambda ctx, day: _due(ctx, day, "complaints"), lambda w: open_complaints(w)))
    window.extend("today_items", ("warnings_due", QCoreApplication.translate("MainWindow", "七日内到期或已过期、尚未答复的核对预警"),
                                  lambda ctx, day: _due(ctx, day, "warnings"), _show_warnings))
    remind(window)


def _due(ctx, day, register: str) -> int:
    t = registers_today.today(ctx.uow(), day)
    if register == "complaints":
        return t.complaints_overdue + t.complaints_due_soon
    return t.warnings_overdue + t.warnings_due_soon


def _show_warnings(window) -> None:
    from dibao_desk.ui.actions.exchange import show_warnings

    show_warnings(window)


def remind(window) -> None:
    """Say at start what is late in the registers (until a start page lists it). A program
    update may bring a calendar that knows a year guessed before: open complaints' guessed
    deadlines are counted again first, and those that moved are named."""
    moved = complaints.recount_guessed_deadlines(window.ctx.uow())
    t = registers_today.today(window.ctx.uow())
    parts = [problem_text(m.notice) for m in moved]
    if t.complaints_overdue:
        parts.append(QCoreApplication.translate("MainWindow", "{0} 件举报已超过答复期限").format(t.complaints_overdue))
    if t.warnings_overdue:
        parts.append(QCoreApplication.translate("MainWindow", "{0} 条核对预警已过答复截止日期").format(t.warnings_overdue))
    if t.followups_recorded:
        parts.append(QCoreApplication.translate("MainWindow", "{0} 项取消或追回待办理").format(t.followups_recorded))
    if parts:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "提醒：") + QCoreApplication.translate("MainWindow", "；").join(parts))


def _open(window, dialog: D) -> D:
    dialog.finished.connect(lambda _r: window.notify_changed())
    dialog.open()
    return dialog


def open_blacklist(window) -> BlacklistDialog:
    return _open(window, BlacklistDialog(window.ctx, parent=window))


def open_relatives(window) -> RelativesDialog:
    return _open(window, RelativesDialog(window.ctx, parent=window))


def open_complaints(window, household_id: int | None = None) -> ComplaintsDialog:
    return _open(window, ComplaintsDialog(window.ctx, parent=window, household_id=household_id))


def household_event(window, household_id: int) -> HouseholdEventDialog | None:
    try:
        dialog = HouseholdEventDialog(window.ctx, household_id, parent=window)
    except RuleError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "不能办理"), "\n".join(problem_text(p) for p in exc.problems))
        return None

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            window.notify_changed()
            window.statusBar().showMessage(dialog.result_text(), 8000)

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def household_event_undo(window, household_id: int) -> HouseholdEventUndoDialog:
    """撤销家庭变故…: take back an event entered by mistake (services.events_undo)."""
    dialog = HouseholdEventUndoDialog(window.ctx, household_id, parent=window)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            window.notify_changed()
            window.statusBar().showMessage(dialog.result_text(), 8000)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
