"""Menu for the 追回 register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dibao_desk.ui.dialogs.recovery_register import RecoveryDialog


def install(window) -> None:
    menu = window.menu("households")
    menu.addAction(QCoreApplication.translate("MainWindow", "追回登记(&R)…")).triggered.connect(lambda: open_recovery(window))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "登记追回…"), lambda w, hid: open_recovery(w, hid)))


def open_recovery(window, household_id: int | None = None) -> RecoveryDialog:
    dialog = RecoveryDialog(window.ctx, parent=window, household_id=household_id)
    dialog.finished.connect(lambda _r: window.notify_changed())
    dialog.open()
    return dialog
