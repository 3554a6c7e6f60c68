"""Date fields that open on today and move on with the day while a dialog is left open.

The main window says when the day changed (``MainWindow.day_changed``); a dialog opened under it
hands its today-defaulted date fields to ``DayDefaults``: each one the operator has not changed
moves to the new day, a date typed or picked stays as it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtWidgets import QDateEdit, QWidget


def window_of(widget: QWidget | None) -> QWidget | None:
    """The main window ``widget`` is or was opened under (also through a dialog opened from a
    dialog, e.g. 设置 → 新增一套政策标准): the first of it and its ancestors that says when the
    day changed."""
    while widget is not None:
        if hasattr(widget, "day_changed"):
            return widget
        widget = widget.parentWidget()
    return None


def today_of(widget: QWidget | None) -> dt.date:
    """Today as the program's clock says (``MainWindow.clock``, fixed in tests) for a dialog
    opened under the main window; the computer's date for one opened on its own."""
    window = window_of(widget)
    clock = getattr(window, "clock", None) if window is not None else None
    return clock() if clock is not None else dt.date.today()


class DayDefaults(QObject):
    def __init__(self, owner: QWidget, on_new_day: Callable[[dt.date], None] | None = None) -> None:
        super().__init__(owner)
        self._on_new_day = on_new_day
        self._edits: list[QDateEdit] = []
        self._at: dict[QDateEdit, Callable[[dt.date], dt.date]] = {}
        self._typed: set[QDateEdit] = set()
        self._moving = False
        window = window_of(owner)
        if window is not None:
            window.day_changed.connect(self.new_day)  # type: ignore[attr-defined]

    def add(self, *edits: QDateEdit, at: Callable[[dt.date], dt.date] | None = None) -> None:
        """Fields showing today now (or the date ``at`` gives for today, e.g. the first of next
        month): they follow the day until the operator changes them."""
        for edit in edits:
            if edit in self._edits:
                continue
            self._edits.append(edit)
            if at is not None:
                self._at[edit] = at
            edit.dateChanged.connect(lambda _date, e=edit: self._changed(e))

    def typed(self, edit: QDateEdit) -> bool:
        return edit in self._typed

    def _changed(self, edit: QDateEdit) -> None:
        if not self._moving:
            self._typed.add(edit)

    @Slot(object)
    def new_day(self, day: dt.date) -> None:
        """The owner's ``on_new_day`` first (it may widen a field's range to the new day), then
        the untouched fields move."""
        if self._on_new_day is not None:
            self._on_new_day(day)
        self._moving = True
        try:
            for edit in self._edits:
                if edit not in self._typed:
                    shown = self._at[edit](day) if edit in self._at else day
                    edit.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            self._moving = False
