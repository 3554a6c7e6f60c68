"""Esc (or the close button) on a form with words typed into it asks before throwing them away.

``TypedText`` notes the text of a dialog's editable text fields when it is first shown;
``confirm_discard`` asks 放弃 / 取消 when one of them differs, Cancel being the default, so a
slip of Esc after writing a visit's findings keeps them. ``AsksBeforeDiscarding`` gives a dialog
both, mixed in before ``QDialog``; ``not_typed`` leaves a field out (a search box: its words are
no data to lose); ``filled`` tells it the words a field holds now were put there by the program
(a row chosen in a list, a value just saved), so they are no typing either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

_NOT_TYPED = "dibaoNotTyped"


def not_typed(*widgets: QWidget) -> None:
    """What is typed into these fields (a look-up, a path picked again in a moment) is not asked
    about when the dialog closes."""
    for widget in widgets:
        widget.setProperty(_NOT_TYPED, True)


def filled(*widgets: QWidget) -> None:
    """The words these fields hold now are the program's (a chosen row's name, a value just
    saved): closing asks only when the person types over them."""
    for widget in widgets:
        window = widget.window()
        if isinstance(window, AsksBeforeDiscarding):
            window._typed().refill(window, widget)  # type: ignore[arg-type]  # mixed into a QDialog


def _texts(dialog: QDialog) -> dict[QWidget, str]:
    texts: dict[QWidget, str] = {}
    for line in dialog.findChildren(QLineEdit):
        # a date or number box's own line is left out: its value follows the day (DayDefaults)
        if (not line.isReadOnly() and not isinstance(line.parentWidget(), QAbstractSpinBox)
                and line.echoMode() == QLineEdit.EchoMode.Normal and not line.property(_NOT_TYPED)):
            texts[line] = line.text()
    for box in dialog.findChildren(QPlainTextEdit):
        if not box.isReadOnly() and not box.property(_NOT_TYPED):
            texts[box] = box.toPlainText()
    for rich in dialog.findChildren(QTextEdit):
        if not rich.isReadOnly() and not rich.property(_NOT_TYPED):
            texts[rich] = rich.toPlainText()
    # a dialog opened from this one (a page's 新增… form) asks about its own words itself
    return {w: text for w, text in texts.items() if w.window() is dialog}


class TypedText:
    """The words a dialog opened with, to tell whether the person typed any."""

    def __init__(self) -> None:
        self._start: dict[QWidget, str] | None = None

    def note(self, dialog: QDialog) -> None:
        """Called on the first show (fields filled by the constructor count as the start)."""
        if self._start is None:
            self._start = _texts(dialog)

    def refill(self, dialog: QDialog, widget: QWidget) -> None:
        """The widget's words now count as its start (``filled``)."""
        if self._start is None:
            return  # not shown yet: the first show notes them
        now = _texts(dialog)
        if widget in now:
            self._start[widget] = now[widget]

    def changed(self, dialog: QDialog, within: QWidget | None = None) -> bool:
        """Words typed into the dialog, or only into the part ``within`` (a settings page)."""
        if self._start is None:
            return False
        now = _texts(dialog)
        if within is not None:
            now = {w: text for w, text in now.items() if within.isAncestorOf(w)}
        return any(text != self._start.get(w, "") if w in self._start else bool(text.strip())
                   for w, text in now.items())

    def confirm_discard(self, dialog: QDialog, question: str | None = None) -> bool:
        """True when the dialog may close: nothing typed, or the person chose to throw it away.
        ``question`` asks in other words (naming where the words are); asked whenever given."""
        if question is None and not self.changed(dialog):
            return True
        return ask_discard(dialog, question)


def ask_discard(parent: QWidget, question: str | None = None) -> bool:
    """放弃 / 取消 with 取消 the default: True when the person throws the words away."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Unsaved", "尚未保存"),
        question or QCoreApplication.translate("Unsaved", "填写的内容还没有保存，确定要放弃吗？"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class AsksBeforeDiscarding:
    """Mixed into a dialog (``class X(AsksBeforeDiscarding, QDialog)``): Esc, 取消 or the close
    button throw away words typed into its fields only when the person says so; a dialog left
    as it opened closes at once. A dialog that stays open after saving and keeps the saved
    words in its fields calls ``typed_saved``."""

    _typed_text: TypedText | None = None

    def _typed(self) -> TypedText:
        if self._typed_text is None:
            self._typed_text = TypedText()
        return self._typed_text

    def typed_saved(self) -> None:
        """The fields as they are now count as nothing typed."""
        self._typed_text = TypedText()
        self._typed_text.note(self)  # type: ignore[arg-type]  # mixed into a QDialog

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._typed().note(self)  # type: ignore[arg-type]  # mixed into a QDialog
        super().showEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        if self._typed().confirm_discard(self):  # type: ignore[arg-type]  # mixed into a QDialog
            super().reject()  # type: ignore[misc]
