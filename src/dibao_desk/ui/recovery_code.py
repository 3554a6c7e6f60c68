"""The recovery code shown to be written down: at the setup, from 设置 → 账号, and the new code a
recovery gives (``dialogs.recover_password``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def recovery_code_text(code: str) -> str:
    return QCoreApplication.translate(
        "RecoverDialog", "恢复码：{0}\n\n请把它抄在纸上，和单位公章一起保管，不要存在这台电脑里。管理员忘记密码时，"
        "在登录窗口点“忘记密码…”，凭恢复码设置新密码。每用一次会换一个新的恢复码；"
        "管理员可以在“设置 → 账号”中重新生成（旧的随即作废）。").format(code)


def show_recovery_code(parent: QWidget | None, code: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("RecoverDialog", "恢复码（请抄写并妥善保管）"),
                            recovery_code_text(code))
