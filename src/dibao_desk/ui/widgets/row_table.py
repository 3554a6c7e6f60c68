"""An editable table whose columns are data: each row is a set of ordinary input widgets.

Used by the household form for members, incomes, property and supporters, so a
person types into line edits and picks from combo boxes, and tests do the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSpinBox,
    QTableWidget, QWidget,
)


@dataclass(frozen=True)
class Col:
    key: str
    header: str
    kind: str = "text"  # text | combo | check | int | label (shown, not typed)
    width: int = 100
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    default: Any = None
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 99


class RowTable(QTableWidget):
    edited = Signal()
    row_removed = Signal(int)  # the row a person deleted (emitted before ``edited``)

    def __init__(self, columns: list[Col], parent: QWidget | None = None):
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.setHorizontalHeaderLabels([c.header for c in columns])
        for i, c in enumerate(columns):
            self.setColumnWidth(i, c.width)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setDefaultSectionSize(30)

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        values = values or {}
        row = self.rowCount()
        self.insertRow(row)
        for i, c in enumerate(self.columns):
            self.setCellWidget(row, i, self._make(c, values.get(c.key, c.default)))
        self._chain_cells()
        self.edited.emit()
        return row

    def _chain_cells(self) -> None:
        """Put the cells right after the table in the window's Tab chain, in reading order: a
        row added later would otherwise come after the dialog's buttons."""
        before: QWidget = self
        for cell in self._tab_cells():
            if cell.window() is not self.window():  # not yet in the dialog
                return
            QWidget.setTabOrder(before, cell)
            before = cell

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.row_removed.emit(row)
            self.edited.emit()

    def clear_rows(self) -> None:
        self.setRowCount(0)

    def widget(self, row: int, key: str) -> QWidget:
        return self.cellWidget(row, [c.key for c in self.columns].index(key))

    def refresh_choices(self, key: str, remap: Callable[[Any], Any] | None = None) -> None:
        """Re-read a combo column's choices (e.g. member names), keeping each row's pick
        (``remap``: what a pick becomes, e.g. a member's row number after a row was deleted)."""
        col = next(c for c in self.columns if c.key == key)
        for row in range(self.rowCount()):
            combo = self.widget(row, key)
            assert isinstance(combo, QComboBox) and col.choices is not None  # a combo column
            current = combo.currentData() if remap is None else remap(combo.currentData())
            combo.blockSignals(True)
            combo.clear()
            for code, text in col.choices():
                combo.addItem(text, code)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def values(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.rowCount()):
            item = {}
            for i, c in enumerate(self.columns):
                w = self.cellWidget(row, i)
                box = w.findChild(QCheckBox) if c.kind == "check" else None
                if isinstance(w, QComboBox):
                    item[c.key] = w.currentData()
                elif box is not None:
                    item[c.key] = box.isChecked()
                elif isinstance(w, QSpinBox):
                    item[c.key] = w.value()
                elif isinstance(w, (QLineEdit, QLabel)):
                    item[c.key] = w.text()
            out.append(item)
        return out

    def mark(self, row: int, key: str, message: str | None) -> None:
        """Show a problem on one cell (red frame and the reason as tooltip), or clear it."""
        w = self.widget(row, key)
        w.setProperty("invalid", bool(message))
        w.setToolTip(message or "")
        w.setStyleSheet("border: 2px solid #c62828;" if message else "")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab moves through the cells in reading order, check boxes included, and out of the
        table after the last cell (Shift+Tab: before the first), as in the rest of the form.
        (The view's own Tab moves its current cell, skips a check box's holder and wraps from
        the last row to the first: the keyboard never left the table.)"""
        focused = self.window().focusWidget()
        cells = self._tab_cells()
        here = next_index = -1
        for i, cell in enumerate(cells):
            if focused is not None and (cell is focused or cell.isAncestorOf(focused)):
                here = i
                break
        if here >= 0:
            next_index = here + 1 if next else here - 1
        elif focused is self or focused is self.viewport():  # the table itself: into its cells
            next_index = 0 if next else len(cells) - 1
        if 0 <= next_index < len(cells):
            cells[next_index].setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
            return True
        return self._leave(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """Tabbed into from outside: straight to the first cell (Shift+Tab: the last), not a stop
        on the table itself."""
        cells = self._tab_cells()
        if cells and event.reason() == Qt.FocusReason.TabFocusReason:
            cells[0].setFocus(Qt.FocusReason.TabFocusReason)
            return
        if cells and event.reason() == Qt.FocusReason.BacktabFocusReason:
            cells[-1].setFocus(Qt.FocusReason.BacktabFocusReason)
            return
        super().focusInEvent(event)

    def _tab_cells(self) -> list[QWidget]:
        """The cell widgets Tab stops at, row by row: a check column's box, not its holder."""
        out: list[QWidget] = []
        for row in range(self.rowCount()):
            for i, c in enumerate(self.columns):
                w: QWidget | None = self.cellWidget(row, i)
                if c.kind == "check" and w is not None:
                    w = w.findChild(QCheckBox)
                if w is not None and c.kind != "label" and w.isEnabled():
                    out.append(w)
        return out

    def _leave(self, next: bool) -> bool:
        """Focus the first widget outside the table after it (before it) in the window's chain."""
        w: QWidget | None = self
        while True:
            assert w is not None  # the chain is a ring through the window
            w = w.nextInFocusChain() if next else w.previousInFocusChain()
            if w is None or w is self:
                return False
            if (self.isAncestorOf(w) or not w.isVisible() or not w.isEnabled()
                    or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)):
                continue
            w.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
            return True

    def _make(self, c: Col, value: Any) -> QWidget:
        if c.kind == "combo":
            combo = QComboBox()
            for code, text in c.choices() if c.choices is not None else ():
                combo.addItem(text, code)
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if c.kind == "check":
            holder = QWidget()
            box = QCheckBox(holder)
            box.setChecked(bool(value))
            box.toggled.connect(self.edited)
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(box)
            return holder
        if c.kind == "label":
            shown = QLabel("" if value is None else str(value))
            shown.setContentsMargins(4, 0, 4, 0)
            return shown
        if c.kind == "int":
            spin = QSpinBox()
            spin.setRange(c.minimum, c.maximum)
            spin.setValue(int(value if value is not None else c.minimum))
            spin.valueChanged.connect(self.edited)
            return spin
        edit = QLineEdit("" if value is None else str(value))
        edit.setPlaceholderText(c.placeholder)
        edit.textChanged.connect(self.edited)
        return edit
