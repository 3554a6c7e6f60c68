"""文件 → 恢复备份…: what the chosen backup holds, why it cannot be restored, or a button to restore it.

The backup is checked (its SHA-256, integrity_check, the documents' archive: gigabytes on a USB
stick) on the worker while the dialog says so, with a progress dialog naming the step and a
Cancel; the window stays drawn. The dialog shows the result when the check is done. When the
store's accounts differ from the backup's (which the restore brings back: an account disabled
since enabled again, an old password working again), it lists the differences and 恢复 waits
for the box confirming them to be ticked."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout

from dibao_desk.messages.backup import account_problems, backup_lines
from dibao_desk.services.progress import Progress
from dibao_desk.ui import screen_fit
from dibao_desk.ui.ops import Op, error_text, is_cancelled
from dibao_desk.ui.texts import problem_text


ACCOUNTS_HEIGHT = 240  # the most the list of account differences takes before it scrolls


class RestoreBackupDialog(QDialog):
    """``inspect(progress)`` (run on the worker) gives the ``BackupInfo`` of the backup at ``path``."""

    def __init__(self, path: str | Path, inspect: Callable[[Progress], Any], parent=None):
        super().__init__(parent)
        self.info = None
        self.checked = False  # the check has ended (with a result, a failure or Cancel)
        self.setWindowTitle(self.tr("恢复备份"))
        layout = QVBoxLayout(self)
        self.details = QLabel(self.tr("正在核对备份“{0}”，请稍候…").format(str(path)))
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.problems = QLabel(self.tr("核对完成前不能恢复。备份很大时（或一户一档文件很多），核对可能要几分钟。"))
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.accounts = QLabel()  # how the accounts differ from the backup's
        self.accounts.setWordWrap(True)
        self.accounts.setStyleSheet("color: #b00020;")
        # an office of many accounts, a year after the backup, differs in dozens of lines: they
        # scroll, so that the dialog fits a 1366×768 screen and every line can be read before
        # the box below confirms them
        self.accounts_scroll = QScrollArea()
        self.accounts_scroll.setWidgetResizable(True)
        self.accounts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.accounts_scroll.setWidget(self.accounts)
        self.accounts_scroll.hide()
        layout.addWidget(self.accounts_scroll, 1)
        self.accounts_confirm = QCheckBox(self.tr("我已核对以上账号的变化，确认恢复"))
        self.accounts_confirm.hide()
        self.accounts_confirm.toggled.connect(self._confirm_toggled)
        layout.addWidget(self.accounts_confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("恢复"))
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        # reads only: the window is not blocked, this dialog is (window-modal progress over it)
        self.check_op = Op(self, inspect, title=self.tr("正在核对备份…"), on_done=self._checked,
                           on_error=self._check_failed, writes=False).start()

    def _checked(self, info) -> None:
        self.info = info
        self.checked = True
        self.details.setText("\n".join(QCoreApplication.translate("messages", line) for line in backup_lines(info)))
        if info.problems:
            self.problems.setText("\n".join(problem_text(p) for p in info.problems))
            self.problems.setStyleSheet("color: #b00020;")
        else:
            self.problems.setText(self.tr("恢复后，当前数据会被这份备份替换。恢复前的数据会先另存为一份备份，"
                                          "需要时可以再恢复回来。"))
        differ = account_problems(info) if not info.problems else []
        if differ:
            self.accounts.setText("\n".join(problem_text(p) for p in differ))
            width = self.accounts_scroll.viewport().width() or self.width()
            self.accounts_scroll.setMinimumHeight(min(self.accounts.heightForWidth(width) + 4, ACCOUNTS_HEIGHT))
            self.accounts_scroll.show()
            self.accounts_confirm.show()
        self.restore_button.setEnabled(not info.problems and not differ)
        self._fit_contents()

    def _fit_contents(self) -> None:
        """Grow to what the check's lines need (wrapped lines do not raise the dialog's minimum
        height themselves: they would lie over the box and the buttons), within the screen."""
        layout = self.layout()
        if layout is None:
            return
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        room = screen_fit.room_for(self)
        if room is not None and not room.isEmpty():
            need = min(need, room.height() - screen_fit.TITLE_BAR)
        if need > self.height():
            self.resize(self.width(), need)

    def _confirm_toggled(self, on: bool) -> None:
        self.restore_button.setEnabled(on and self.info is not None and not self.info.problems)

    def _check_failed(self, exc: BaseException) -> None:
        self.checked = True
        if is_cancelled(exc):  # 取消 on the check: nothing is restored
            self.reject()
            return
        self.problems.setText(error_text(exc))
        self.problems.setStyleSheet("color: #b00020;")

    def reject(self) -> None:
        if not self.checked:
            self.check_op.progress.cancel()  # closed before the check ended: stop reading the backup
        super().reject()
