"""How far the cells of a sheet part reach, measured from the chunks the safety scan inflates
(``safety.scan_workbook``), before python-calamine lays the sheet out as a grid from A1 to its
farthest cell: one cell at XFD1048576 asks it for 512 GB and aborts the process."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Extent:
    """How far the cells of one sheet part reach, from A1 (1-based; 0 when it has none).

    ``rows`` and ``cols``: its farthest cell as found. ``grid``: (rows, columns) of the grid
    python-calamine may lay out for it, a bound that holds for any file (cells out of
    order, cells without a reference); a sheet whose cells stay within 99,999 rows and 52
    columns is only known to stay there. ``dimension``: the (rows, cols) the sheet declares
    in ``<dimension ref>`` (None: it declares none). python-calamine sizes nothing by it,
    so a false one is harmless and only reported."""

    rows: int
    cols: int
    grid: tuple[int, int]
    dimension: tuple[int, int] | None = None

    @property
    def cells(self) -> int:
        """The cells of the grid python-calamine may lay out."""
        return self.grid[0] * self.grid[1]


# One search finds, among the cells of a sheet as Excel, WPS and openpyxl write them
# (``<c r="B7" ...>``), those beyond row 99,999 or column AZ (52), which few rosters have
# (groups 1-4), and any cell written otherwise (``<c>``, ``<c s="1" r="B7">``: group 0),
# after which the part is read element by element.
_FAST_CELL = re.compile(rb'<c(?: r="(?:([A-Z]{3,}|[B-Z][A-Z])([0-9]*)|([A-Z]{0,2})([0-9]{6,}))"|>|[\t\r\n]| (?!r="))')
_NEAR_ROWS, _NEAR_COLS = 99_999, 52
# Where ``_FAST_CELL`` may match: every "<c" but those of a cell written the common way with a
# near reference (``<c r="B7"``, ``<c r="AZ99999"``). Its search visits each cell as
# ``_FAST_CELL``'s does, but fails at an ordinary cell after a few steps instead of trying
# each far form in turn (on a 100,000-person roster half the time); ``_FAST_CELL`` is then
# tried only where it matched. A far reference (3+ letters, 2 letters not starting with A,
# 6+ digits) never has the near form, so no match of ``_FAST_CELL`` is passed over.
_SUSPECT = re.compile(rb'<c(?! r="A?[A-Z][0-9]{1,5}")')
# A row or cell element, with a namespace prefix or without (python-calamine goes by the
# local name).
_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s>/])([^>]*)>")
# A cell with a namespace prefix (<x:c r="A1">): ":c" is found in no other markup of a sheet
# (x14ac:dyDescent, r:id, mc:Ignorable). A prefixed row matters only to cells without a
# reference, which are measured element by element anyway.
_PREFIXED_CELL = b":c"
_REF_ATTR = re.compile(rb'\sr\s*=\s*["\']\s*([A-Za-z]*)([0-9]*)')
_DIMENSION = re.compile(rb'<dimension ref="(?:[A-Z]*[0-9]*:)?([A-Z]*)([0-9]*)"')


def _next_far(data: bytes, pos: int, end: int) -> re.Match[bytes] | None:
    """``_FAST_CELL.search(data, pos, end)``, trying it only where ``_SUSPECT`` matches."""
    while True:
        m = _SUSPECT.search(data, pos, end)
        if m is None:
            return None
        start = m.start()
        found = _FAST_CELL.match(data, start, end)
        if found is not None:
            return found
        pos = start + 2


def _ref_value(letters: bytes, digits: bytes) -> tuple[int, int]:
    """(row, column), 1-based, of a reference's parts (0 for a part that is missing)."""
    col = 0
    for ch in letters.upper():
        col = col * 26 + (ch - 64)
    return (int(digits) if digits else 0), col


class ExtentScan:
    """Measures one XML part's ``Extent`` from the chunks the declaration scan inflates.

    Chunks of cells written as Excel, WPS and openpyxl write them are looked at with one
    search for far cells (``_FAST_CELL``). A part with any cell written otherwise (without a
    reference, whose place python-calamine counts on from the cell and row before it; the
    reference not first; a namespace prefix) is measured element by element instead: the
    declaration scan reads it again (``exact``). An empty cell (``<c r="XFD1048576"
    s="1"/>``) holds nothing python-calamine keeps and does not count."""

    __slots__ = ("rows", "cols", "grid_rows", "grid_cols", "near", "refless_rows", "refless_cells", "dimension",
                 "seen", "exact", "_slow", "_carry")

    def __init__(self, exact: bool = False) -> None:
        self.rows = self.cols = 0  # the farthest cell found
        self.grid_rows = self.grid_cols = 0
        self.near = False  # cells within 99,999 rows and 52 columns not each looked at
        self.refless_rows = self.refless_cells = 0
        self.dimension: tuple[int, int] | None = None
        self.seen = False  # any cell at all
        self.exact = False  # a cell the quick search cannot place: measure the part element by element
        self._slow = exact
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk if self._carry else chunk
        cut = data.rfind(b"<")  # a tag cut by the chunk's end goes with the next chunk
        if cut == -1:
            self._carry = b""
            return
        self._carry = data[cut:]
        self._piece(data, cut)

    def finish(self) -> None:
        if self._carry:
            self._piece(self._carry, len(self._carry))
            self._carry = b""

    def _cell(self, row: int, col: int) -> None:
        self.rows, self.cols = max(self.rows, row), max(self.cols, col)
        self.grid_rows, self.grid_cols = max(self.grid_rows, row), max(self.grid_cols, col)

    def _piece(self, data: bytes, end: int) -> None:
        if self.dimension is None and not self.seen:
            m = _DIMENSION.search(data, 0, end)
            if m is not None:
                self.dimension = _ref_value(m.group(1), m.group(2))
        if self._slow:
            self._elements(data, end)
            return
        if self.exact:
            return
        m = _next_far(data, 0, end)
        if m is not None or data.find(b'<c r="', 0, end) != -1:
            self.seen = self.near = True
        if data.find(b":", 0, end) != -1 and data.find(_PREFIXED_CELL, 0, end) != -1:  # find(":"): memchr
            self.exact = True
            return
        while m is not None:
            if m.lastindex is None:  # a cell the search cannot place
                self.exact = True
                return
            close = data.find(b">", m.end(), end)
            if close == -1 or data[close - 1] != 0x2F:  # 0x2F: "/", an empty cell
                self._cell(*_ref_value(m.group(1) or m.group(3) or b"", m.group(2) or m.group(4) or b""))
            m = _next_far(data, m.end(), end)
        last = data.rfind(b'<c r="', 0, end)
        if last != -1:  # in a sheet written in order, the farthest cell so far
            ref = _REF_ATTR.match(data, last + 2, end)
            close = data.find(b">", last, end)
            if ref is not None and close != -1 and data[close - 1] != 0x2F:
                row, col = _ref_value(ref.group(1), ref.group(2))
                self.rows, self.cols = max(self.rows, row), max(self.cols, col)

    def _elements(self, data: bytes, end: int) -> None:
        for m in _ELEMENT.finditer(data, 0, end):
            attrs = m.group(2)
            ref = _REF_ATTR.search(attrs)
            if m.group(1) == b"row":
                if ref is None:
                    self.refless_rows += 1
                else:  # the row of the cells without a reference in it
                    self.grid_rows = max(self.grid_rows, _ref_value(b"", ref.group(2))[0])
                continue
            self.seen = True
            if attrs.rstrip().endswith(b"/"):
                continue  # an empty cell holds nothing
            if ref is None:
                self.refless_cells += 1
            else:
                self._cell(*_ref_value(ref.group(1), ref.group(2)))

    def result(self) -> Extent:
        grid_rows, grid_cols = self.grid_rows, self.grid_cols
        if self.near:
            grid_rows, grid_cols = max(grid_rows, _NEAR_ROWS), max(grid_cols, _NEAR_COLS)
        # A cell without a reference sits one column right of the cell before it; a row
        # without a reference follows the row before it.
        grid_rows += self.refless_rows + (1 if self.refless_cells and not grid_rows else 0)
        grid_cols += self.refless_cells
        return Extent(max(self.rows, min(grid_rows, self.refless_rows)), self.cols + self.refless_cells,
                      (grid_rows, grid_cols), self.dimension)
