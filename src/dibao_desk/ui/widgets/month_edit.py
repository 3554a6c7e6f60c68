"""A month box whose arrows move a month.

A ``QDateEdit`` showing only the year and month steps the part the cursor is in: the year
unless the person first clicked on the month, and the month stops at 12. In December ▲ showed
the next December, and January of the next year could not be reached with the arrows. Here
▲/▼, the arrow keys, Page Up/Down and the wheel move one month, across the year end.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget


class MonthEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        if date is None:
            super().__init__(parent)
        else:
            super().__init__(date, parent)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        target = self.date().addMonths(steps)
        self.setDate(max(self.minimumDate(), min(self.maximumDate(), target)))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.date().addMonths(1) <= self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.date().addMonths(-1) >= self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags
