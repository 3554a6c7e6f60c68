"""Esc (or the close button) on a form with words typed into it asks before throwing them away.

``TypedText`` notes the text of a dialog's editable text fields when it is first shown;
``confirm_discard`` asks 放弃 / 取消 when one of them differs, Cancel being the default, so a
slip of Esc after writing a visit's findings keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


def _texts(dialog: QDialog) -> dict[QWidget, str]:
    texts: dict[QWidget, str] = {}
    for line in dialog.findChildren(QLineEdit):
        # a date or number box's own line is left out: its value follows the day (DayDefaults)
        if not line.isReadOnly() and not isinstance(line.parentWidget(), QAbstractSpinBox):
            texts[line] = line.text()
    for box in dialog.findChildren(QPlainTextEdit):
        if not box.isReadOnly():
            texts[box] = box.toPlainText()
    for rich in dialog.findChildren(QTextEdit):
        if not rich.isReadOnly():
            texts[rich] = rich.toPlainText()
    return texts


class TypedText:
    """The words a dialog opened with, to tell whether the person typed any."""

    def __init__(self) -> None:
        self._start: dict[QWidget, str] | None = None

    def note(self, dialog: QDialog) -> None:
        """Called on the first show (fields filled by the constructor count as the start)."""
        if self._start is None:
            self._start = _texts(dialog)

    def changed(self, dialog: QDialog) -> bool:
        if self._start is None:
            return False
        now = _texts(dialog)
        return any(now.get(w, text) != text for w, text in self._start.items()) or any(
            text.strip() for w, text in now.items() if w not in self._start)

    def confirm_discard(self, dialog: QDialog) -> bool:
        """True when the dialog may close: nothing typed, or the person chose to throw it away."""
        if not self.changed(dialog):
            return True
        answer = QMessageBox.question(
            dialog, QCoreApplication.translate("Unsaved", "尚未保存"),
            QCoreApplication.translate("Unsaved", "填写的内容还没有保存，确定要放弃吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
