"""家庭 → 联动救助: linked assistance (1+X) per household."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dibao_desk.ui.dialogs.assistance_dialog import AssistanceDialog


def install(window) -> None:
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "联动救助（1+X）…"), open_assistance))
    menu = window.menu("households")
    action = menu.addAction(QCoreApplication.translate("MainWindow", "所选家庭的联动救助(&L)…"))
    action.triggered.connect(lambda: open_selected(window))


def open_assistance(window, household_id: int) -> AssistanceDialog:
    dialog = AssistanceDialog(window.ctx, household_id, parent=window)
    dialog.exec()
    if dialog.changed:
        window.notify_changed()
    return dialog


def open_selected(window) -> None:
    view = window.view("households")
    hid = view.selected_household_id() if view is not None else None
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "请先选择"), QCoreApplication.translate("MainWindow", "请先在家庭名册中选择一户。"))
        return
    open_assistance(window, hid)
