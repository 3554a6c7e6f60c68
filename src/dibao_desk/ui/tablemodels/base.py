"""One base for every read-only table in the window: columns are data, rows come from a service.

- ``Column``: key, header, the cell's value and how it is shown (text, alignment, colour,
  tooltip). A header is the untranslated source text (``QT_TRANSLATE_NOOP``) translated when
  the view asks for it, in the model's ``context``, so a translation installed after import
  still applies; a model without a context shows the header as given (already ``self.tr``'d).
- ``RowsTableModel``: the rows of one service call, held in memory (a list, a few thousand
  at most, or a sequence that makes its rows when asked).
- ``IdPagedTableModel``: tens of thousands of rows. It holds the ids of one indexed query and
  reads the rows a page at a time (``fetch``, one service call) into a small cache when
  ``data()`` misses, as the style guide asks for tables of 100,000 rows.

The cell text is made only when the view asks for it; nothing is formatted ahead.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QGuiApplication

from dibao_desk.domain.money import fen_to_yuan

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_TIP = Qt.ItemDataRole.ToolTipRole
_FORE = Qt.ItemDataRole.ForegroundRole
_BACK = Qt.ItemDataRole.BackgroundRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _USER, _TIP, _FORE, _BACK})


# ---- display formats ----------------------------------------------------------------------

def text(value: Any) -> str:
    """The plain text of a value: "" for None, ISO for a date, ``str`` otherwise."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def money(fen: int | None) -> str:
    """Fen as yuan with two decimals ("1234.50"); "" when there is no amount."""
    return "" if fen is None else fen_to_yuan(fen)


def count(n: int | None) -> str:
    """A count with thousands separators ("33,962")."""
    return "" if n is None else f"{n:,}"


# ---- columns ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One column: ``value`` reads the cell from a row, ``format`` makes its text.

    ``foreground``, ``background`` and ``tooltip`` are per cell and optional; a model's
    ``row_foreground``/``row_background`` colour whole rows.
    """

    key: str
    header: str
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = LEFT
    width: int = 100
    format: Callable[[Any], str] = text
    foreground: Callable[[Any], QColor | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None

    def display(self, row: Any) -> str:
        return self.format(self.value(row))


CELL_MARGIN = 12  # a cell's padding on both sides, as the view draws it


def tip_when_cut(text_of: Callable[[Any], str], width: int) -> Callable[[Any], str | None]:
    """A ``Column.tooltip`` that shows a cell's whole text when a column ``width`` px wide
    cuts it (the view then draws "…"); a text that fits has no tooltip."""

    def tip(row: Any) -> str | None:
        whole = text_of(row)
        if QFontMetrics(QGuiApplication.font()).horizontalAdvance(whole) <= width - CELL_MARGIN:
            return None
        return whole

    return tip


def left(key: str, header: str, value: Callable[[Any], Any], width: int = 100, **kw: Any) -> Column:
    return Column(key, header, value, LEFT, width, **kw)


def right(key: str, header: str, value: Callable[[Any], Any], width: int = 100, **kw: Any) -> Column:
    return Column(key, header, value, RIGHT, width, **kw)


def center(key: str, header: str, value: Callable[[Any], Any], width: int = 100, **kw: Any) -> Column:
    return Column(key, header, value, CENTER, width, **kw)


def money_column(key: str, header: str, fen: Callable[[Any], int | None], width: int = 100, **kw: Any) -> Column:
    """Money in fen, shown in yuan, right-aligned."""
    return Column(key, header, fen, RIGHT, width, format=money, **kw)


# ---- models -------------------------------------------------------------------------------

class TableModel(QAbstractTableModel):
    """What every table model shares: columns, headers, roles. Subclasses say how many rows
    there are (``rowCount``) and which row object is at a position (``row_at``)."""

    context: str | None = None  # the translation context of the headers; None: shown as given
    header_alignment = False  # True: headers aligned like their column; False: the view's (centred)

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 context: str | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        if context is not None:
            self.context = context

    # --- what subclasses give -------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        raise NotImplementedError

    def row_key(self, row: int) -> Any:
        """What ``UserRole`` gives for a row: its id, by default."""
        item = self.row_at(row)
        return getattr(item, "id", None) if item is not None else None

    def row_foreground(self, item: Any) -> QColor | None:
        """The colour of a whole row's text (e.g. red for a late one); None: the view's."""
        return None

    def row_background(self, item: Any) -> QColor | None:
        return None

    # --- what the view asks ---------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def column_of(self, key: str) -> int:
        """The position of the column ``key`` (-1 when the model has none)."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        return -1

    def header_text(self, column: Column) -> str:
        return QCoreApplication.translate(self.context, column.header) if self.context else column.header

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            if role == _DISPLAY:
                return self.header_text(self.columns[section])
            if role == _ALIGN and self.header_alignment:
                return int(self.columns[section].align)
            return None
        if role == _DISPLAY:
            return section + 1
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < self.rowCount() and 0 <= c < len(self.columns)):
            return None
        column = self.columns[c]
        if role == _DISPLAY:
            item = self.row_at(r)
            return column.display(item) if item is not None else ""
        if role == _ALIGN:
            return int(column.align)
        if role == _USER:
            return self.row_key(r)
        if role == _TIP:
            if column.tooltip is None:
                return None
            item = self.row_at(r)
            return (column.tooltip(item) or None) if item is not None else None
        item = self.row_at(r)
        if item is None:
            return None
        if role == _FORE:
            colour = (column.foreground(item) if column.foreground else None) or self.row_foreground(item)
        else:
            colour = (column.background(item) if column.background else None) or self.row_background(item)
        return QBrush(colour) if colour is not None else None


class RowsTableModel(TableModel):
    """The rows of one service call, held in memory."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 context: str | None = None) -> None:
        super().__init__(columns, parent, context)
        self.rows: Sequence[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``: a list is copied; another sequence (one that makes its rows when asked,
        e.g. a preview of 100,000) is held as it is."""
        self.beginResetModel()
        lazy = isinstance(rows, Sequence) and not isinstance(rows, (list, tuple))
        self.rows = rows if lazy else list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class IdPagedTableModel(TableModel):
    """Holds the ids of one query in display order; reads rows by page as they are shown.

    Subclasses give ``fetch(ids)``: the rows of those ids, in that order (one service call).
    At most ``max_pages`` pages are kept, the least recently shown dropped first.
    """

    page_size = 200
    max_pages = 20

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 context: str | None = None) -> None:
        super().__init__(columns, parent, context)
        self.ids: Sequence[int] = ()
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()

    def fetch(self, ids: Sequence[int]) -> list[Any]:
        raise NotImplementedError

    def set_ids(self, ids: Sequence[int], first_page: list[Any] | None = None) -> None:
        """Show ``ids`` (read by the caller, here or on the worker), with the first page if read."""
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def row_key(self, row: int) -> Any:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, id_: int) -> int:
        """The position of ``id_`` (-1 when not shown)."""
        try:
            return self.ids.index(id_)
        except ValueError:
            return -1

    def row_at(self, row: int) -> Any:
        if not 0 <= row < len(self.ids):
            return None
        size = self.page_size
        page = row // size
        rows = self._pages.get(page)
        if rows is None:
            rows = self.fetch(self.ids[page * size:(page + 1) * size])
            self._pages[page] = rows
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * size
        return rows[offset] if offset < len(rows) else None
