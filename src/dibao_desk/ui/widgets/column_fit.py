"""Column widths chosen for the Chinese headers, widened where the header in the window's
language (English) is longer, so that no header is cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

PADDING = 20  # the header's margins and a sort indicator


def fit_column(table: QTableView, section: int, width: int) -> None:
    title = table.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    need = table.horizontalHeader().fontMetrics().horizontalAdvance(str(title or "")) + PADDING
    table.setColumnWidth(section, max(width, need))
