"""导入银行开户名单… in the 家庭 menu; the bank buttons of the 造册 tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install(window) -> None:
    action = QAction(QCoreApplication.translate("MainWindow", "导入银行开户名单(&B)…"), window)
    action.setStatusTip(QCoreApplication.translate("MainWindow", "从银行提供的开户名单补填或更正各户的银行账号"))
    action.triggered.connect(lambda: open_accounts_import(window))
    window.menu("households").addAction(action)
    window.accounts_import_action = action
    from dibao_desk.domain.accounts import Role
    from dibao_desk.ui.roles import allow

    allow(window.ctx, action, Role.CLERK)  # bank_accounts refuses the others when it saves
    view = window.view("payroll")
    if view is not None:
        from dibao_desk.ui.widgets.payroll_bank import PayrollBankButtons

        window.payroll_bank = PayrollBankButtons(view, window.ctx.data_dir, window)


def open_accounts_import(window, path: str | None = None):
    from dibao_desk.ui.dialogs.accounts_import import AccountsImportDialog

    dialog = AccountsImportDialog(window.ctx, window, path)
    dialog.exec()
    if dialog.applied is not None:
        window.notify_changed()
    return dialog
