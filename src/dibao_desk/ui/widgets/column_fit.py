"""Column widths chosen for the Chinese headers, widened where the header in the window's
language (English) is longer, so that no header is cut off; and the plain view of a small table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PADDING = 20  # the header's margins and a sort indicator


def fit_column(table: QTableView, section: int, width: int) -> None:
    title = table.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    need = table.horizontalHeader().fontMetrics().horizontalAdvance(str(title or "")) + PADDING
    table.setColumnWidth(section, max(width, need))


def small_table(model: QAbstractItemModel) -> QTableView:
    """A read-only view of a small table (a register, a preview, a township's list): whole rows
    selected, no row numbers, columns at least as wide as their headers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i in range(model.columnCount()):
        fit_column(view, i, view.columnWidth(i))
    return view
