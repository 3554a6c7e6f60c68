"""文件 → 修改密码…: the signed-in account gives its password and a new one, typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import accounts
from dibao_desk.services.context import AppContext
from dibao_desk.ui.texts import problem_text


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # offered only where an account signed in (文件 → 修改密码…)
        self.account = ctx.account.name if ctx.account is not None else ctx.operator
        self.setWindowTitle(self.tr("修改密码"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for box in (self.old, self.new, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("当前密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输入一次新密码"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("账号“{0}”").format(self.account)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存新密码"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.setFocus()
        self.resize(400, 220)

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(problem_text(Problem("account.password_mismatch")))
            return
        try:
            accounts.set_password(self.ctx.uow(), self.account, self.new.text(), self.old.text())
        except RuleError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()
