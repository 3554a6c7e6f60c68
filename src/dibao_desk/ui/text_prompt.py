"""A few words asked for on their own (登记答复's explanation, 不批准's reason): a small dialog
that, unlike ``QInputDialog.getText``, asks before Esc throws the typed words away."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class TextPrompt(AsksBeforeDiscarding, QDialog):
    """A label, a box to write in (several lines when ``multiline``), 确定 and 取消."""

    def __init__(self, parent: QWidget | None, title: str, label: str, *, multiline: bool = True,
                 text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.setTabChangesFocus(True)  # Tab reaches 确定, as in a one-line box
        else:
            self.edit = QLineEdit(text)
        self.edit.setObjectName("prompt_text")
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(480, 260 if multiline else 120)  # well inside 1366×768
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()


def ask_text(parent: QWidget | None, title: str, label: str, *, multiline: bool = True,
             text: str = "") -> tuple[str, bool]:
    """(the words, True) on 确定; ("", False) when the person closed the prompt (and, having
    typed, said to throw the words away)."""
    dialog = TextPrompt(parent, title, label, multiline=multiline, text=text)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return "", False
        return dialog.text(), True
    finally:
        dialog.deleteLater()
