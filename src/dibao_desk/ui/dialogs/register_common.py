"""What the register dialogs (举报登记, 近亲属备案, 诚信档案与黑名单) share: a message line for
what was done or refused, a table whose selected row is acted on, buttons only a 经办人 may
use, and corrections or removals run through ``CorrectionDialog`` then refreshed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs.register_correction import CorrectionDialog
from dibao_desk.ui.tablemodels.base import RowsTableModel
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class _NoDefaultButton(QObject):
    """Swallows an Enter that reaches the dialog itself: no focused button took it (a focused
    button clicks itself on Enter), so no button the dialog made its default is clicked."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter))


def enter_clicks(dialog: QDialog, forms: dict[QPushButton, tuple[QLineEdit, ...]]) -> None:
    """Enter in a form's text field clicks that form's own button, and nothing else.

    A register holds several forms and row buttons in one window; left alone, Qt makes the
    first button of the window the default one, and Enter typed after the last field of one
    form opened 更正所选… or registered another form. A button the person moved to with Tab
    still clicks on Enter. Called once all buttons are built."""
    for button, edits in forms.items():
        for edit in edits:
            edit.returnPressed.connect(button.click)  # a disabled button (审核人) does nothing
    dialog.installEventFilter(_NoDefaultButton(dialog))


class RegisterDialog(AsksBeforeDiscarding, QDialog):
    """A register's dialog. Subclasses build their table and forms, and give ``refresh``."""

    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.correction: CorrectionDialog | None = None
        # left open past midnight: the date fields still on today move on (each register adds
        # its own), a date typed stays, and what is due or overdue is read again
        self.day_defaults = DayDefaults(self, self.new_day)

    def new_day(self, day: dt.date) -> None:
        self.today = day
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def after_correction(self) -> None:
        """What is read again once a correction or removal is saved."""
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def clerk_only(self, *buttons: QPushButton, fields: tuple[QWidget, ...] = (),
                   roles: tuple[Role, ...] = (Role.CLERK,)) -> None:
        """A 审核人 reads the register, read-only: the service refuses their changes, so the
        buttons that write are greyed and say the role they need, and the fields of the forms
        they would fill are greyed too (nothing typed to be refused). ``roles``: who may write."""
        from dibao_desk.ui.roles import allow, needs_text

        for widget in (*buttons, *fields):
            allow(self.ctx, widget, *roles)
        if not self.ctx.may(*roles):
            self.show_done(self.tr("只读：登记、答复或更正{0}。").format(needs_text(*roles)))

    def close_box(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        box.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        return box

    # --- acting ---------------------------------------------------------------------------
    def show_problems(self, exc: RuleError) -> None:
        self.message.setStyleSheet("color: #b00")
        self.message.setText("\n".join(problem_text(p) for p in exc.problems))

    def show_done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def selected_in(self, table: QTableView, model: RowsTableModel, ask: str) -> Any:
        """The row selected in ``table``; with none, the person is told ``ask`` and None is returned."""
        rows = table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("请先选择"), ask)
            return None
        return model.row_at(rows[0].row())

    def run_correction(self, dialog: CorrectionDialog, done: str) -> CorrectionDialog:
        """Open ``dialog`` (window-modal); once saved, say ``done`` and read the register again."""
        self.correction = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.show_done(done)
                self.after_correction()
        dialog.finished.connect(finished)
        dialog.open()
        return dialog
