"""A store made before accounts existed: its administrator is made before the window opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from dibao_desk.domain.accounts import ALL_ROLES
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import accounts
from dibao_desk.services.context import AppContext
from dibao_desk.ui.texts import problem_text


class CreateAdminDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, suggested: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置管理员账号"))
        self.name = QLineEdit(suggested)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("管理员账号"), self.name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输入一次密码"), self.password_again)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("本单位的数据还没有账号，打开数据需要登录。请设置管理员账号和密码（管理员同时拥有经办人、"
                               "审核人角色，一个人办理也只需这一个账号）。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存并登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出程序"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, 260)

    def save(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(problem_text(Problem("account.password_mismatch")))
            return
        try:
            accounts.create_account(self.ctx.uow(), self.name.text(), self.password.text(), ALL_ROLES)
            self.ctx.sign_in(accounts.sign_in(self.ctx.uow(), self.name.text(), self.password.text()))
            code = accounts.make_recovery_code(self.ctx.uow())
        except RuleError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        from dibao_desk.ui.recovery_code import show_recovery_code

        show_recovery_code(self, code)
        self.accept()
