"""Sign in: at start, and to unlock the window after it locked itself when idle."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import accounts
from dibao_desk.services.context import AppContext
from dibao_desk.ui.texts import problem_text


class LoginDialog(QDialog):
    """``locked_to``: the account that was signed in when the window locked (only it, or an
    administrator, may unlock). ``open_windows``: the titles of the program's windows the lock
    covers (a household's form half typed): 退出程序 asks before their contents are lost."""

    def __init__(self, ctx: AppContext, parent=None, *, locked_to: str | None = None, office_name: str = "",
                 open_windows: tuple[str, ...] = ()):
        super().__init__(parent)
        self.ctx = ctx
        self.locked_to = locked_to
        self.open_windows = open_windows
        self.signed_in: accounts.SignedIn | None = None
        self.setWindowTitle(self.tr("窗口已锁定") if locked_to else self.tr("登录"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        if locked_to:
            self.name.setText(locked_to)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("账号"), self.name)
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        heading = (self.tr("长时间没有操作，窗口已锁定。请输入密码继续。") if locked_to
                   else self.tr("{0}：请登录").format(office_name) if office_name else self.tr("请登录"))
        layout.addWidget(QLabel(heading))
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录") if not locked_to else self.tr("解锁"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出程序"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.forgot_button = self.buttons.addButton(self.tr("忘记密码…"), QDialogButtonBox.ButtonRole.HelpRole)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)
        layout.addWidget(self.buttons)
        (self.password if locked_to else self.name).setFocus()
        self.resize(380, 200)

    def forgot(self) -> bool:
        """An administrator sets a new password with the office's recovery code; other accounts
        are told to ask an administrator. True when a new password was set."""
        from dibao_desk.ui.dialogs.recover_password import RecoverDialog

        dialog = RecoverDialog(self.ctx, self, name=self.name.text().strip())
        self.recover_dialog = dialog
        if dialog.exec() != RecoverDialog.DialogCode.Accepted:
            return False
        self.name.setText(dialog.name.text().strip())
        self.error.setText("")
        self.password.clear()
        self.password.setFocus()
        return True

    def reject(self) -> None:
        """退出程序 (or the dialog's close button): closing a locked program ends the windows it
        covers, and what was typed in them is lost; asked first, No by default."""
        if self.open_windows:
            listed = "\n".join(f"· {title}" for title in self.open_windows)
            if self.locked_to:
                text = self.tr("程序中还开着以下窗口，退出程序后，其中填写而没有保存的内容会丢失：\n{0}\n\n"
                               "如果不是您的工作，请等“{1}”本人或管理员来解锁。确定退出程序吗？").format(listed, self.locked_to)
            else:
                text = self.tr("程序中还开着以下窗口，退出程序后，其中填写而没有保存的内容会丢失：\n{0}\n\n"
                               "确定退出程序吗？").format(listed)
            answer = QMessageBox.question(self, self.tr("退出程序"), text,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def try_sign_in(self) -> None:
        name = self.name.text().strip()
        try:
            account = accounts.sign_in(self.ctx.uow(), name, self.password.text())
        except RuleError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.password.clear()
            self.password.setFocus()
            return
        if self.locked_to and account.name != self.locked_to and accounts.Role.ADMIN not in account.roles:
            self.error.setText(self.tr("只有“{0}”本人或管理员可以解锁").format(self.locked_to))
            self.password.clear()
            return
        self.signed_in = account
        if not self.locked_to or account.name == self.locked_to:
            self.ctx.sign_in(account)
        # else an administrator unlocked another's window for them: it goes on as theirs (the
        # status bar, the roles the window allows, the audit's name); the sign-in row names who unlocked
        self.accept()
