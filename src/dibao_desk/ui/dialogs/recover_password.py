"""登录 → 忘记密码…: an administrator who forgot the password sets a new one with the office's
recovery code (``ui.recovery_code`` shows the code to write down)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import accounts
from dibao_desk.services.context import AppContext
from dibao_desk.ui.recovery_code import recovery_code_text
from dibao_desk.ui.texts import problem_text


class RecoverDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.new_code = ""
        self.setWindowTitle(self.tr("忘记密码"))
        self.name = QLineEdit(name)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new = QLineEdit()
        self.again = QLineEdit()
        for box in (self.new, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        intro = QLabel(self.tr("管理员忘记密码时，用第一次使用时抄下的恢复码设置新密码。其他账号忘记密码，"
                               "请管理员在“设置 → 账号”中设置新密码。"))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("管理员账号"), self.name)
        form.addRow(self.tr("恢复码"), self.code)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输入一次新密码"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("设置新密码"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 280)

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(problem_text(Problem("account.password_mismatch")))
            return
        try:
            self.new_code = accounts.recover(self.ctx.uow(), self.name.text(), self.code.text(), self.new.text())
        except RuleError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        QMessageBox.information(self, self.tr("忘记密码"), self.tr("已设置新密码，请用新密码登录。原来的恢复码已用过，"
                                                                "新的恢复码如下，请抄下来换掉原来那张纸。") + "\n\n"
                                + recovery_code_text(self.new_code))
        self.accept()
