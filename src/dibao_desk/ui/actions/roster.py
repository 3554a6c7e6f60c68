"""导入花名册… in the 家庭 and 数据交换 menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install(window) -> None:
    action = QAction(QCoreApplication.translate("MainWindow", "导入花名册(&I)…"), window)
    action.setStatusTip(QCoreApplication.translate("MainWindow", "从原来用 Excel 记录的低保花名册导入家庭"))
    action.triggered.connect(lambda: open_import(window))
    window.menu("households").addAction(action)
    window.menu("exchange").addAction(action)
    window.roster_import_action = action
    from dibao_desk.domain.accounts import Role
    from dibao_desk.ui.roles import allow

    allow(window.ctx, action, Role.CLERK)  # the import's commit refuses the others, after the whole check


def open_import(window, path: str | None = None):
    from dibao_desk.ui.dialogs.roster_import import RosterImportDialog

    dialog = RosterImportDialog(window.ctx, window, path)
    dialog.exec()
    return dialog
