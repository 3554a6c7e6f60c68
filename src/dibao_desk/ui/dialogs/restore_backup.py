"""文件 → 恢复备份…: what the chosen backup holds, why it cannot be restored, or a button to restore it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from dibao_desk.messages.backup import backup_lines
from dibao_desk.ui.texts import problem_text


class RestoreBackupDialog(QDialog):
    def __init__(self, info, parent=None):
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("恢复备份"))
        layout = QVBoxLayout(self)
        self.details = QLabel("\n".join(QCoreApplication.translate("messages", line) for line in backup_lines(info)))
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        if info.problems:
            self.problems = QLabel("\n".join(problem_text(p) for p in info.problems))
            self.problems.setStyleSheet("color: #b00020;")
        else:
            self.problems = QLabel(self.tr("恢复后，当前数据会被这份备份替换。恢复前的数据会先另存为一份备份，"
                                           "需要时可以再恢复回来。"))
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("恢复"))
        self.restore_button.setEnabled(not info.problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
