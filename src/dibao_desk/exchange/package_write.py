"""Exchange packages, writing: ``write_package`` (atomic, read back and checked) and the sheet's
look (widths, wrapped long text, print setup), with openpyxl's write-only workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from dibao_desk.atomic import Pending, Placed, replacing
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange.package_cells import _STORE, _Digest, _stored_line, canonical_line, neutralise
from dibao_desk.exchange.package_format import (
    DATE, ID, INT, MANIFEST_SHA256, MANIFEST_SHEET, MONEY, PROGRAM, SCHEMA_VERSION, TEXT, Column, Manifest, PackageError, SheetData,
    SheetSpec, manifest_sha256,
)
from dibao_desk.exchange.package_read import _parse_manifest, read_package
from dibao_desk.exchange.xlsx_save import abandon, save_workbook

# ---- writing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class WriteResult:
    path: Path
    manifest: Manifest
    size: int


def write_package(path: Path, *, kind: str, direction: str, township_code: str, township_name: str,
                  county_name: str, sequence: int, period: str, sheets: list[SheetData],
                  extra: dict[str, str] | None = None, created_at: dt.datetime | None = None,
                  progress: Any = None, held: list[Placed] | None = None,
                  deferred: list[Pending] | None = None) -> WriteResult:
    """Write a package atomically and check it before returning.

    The workbook is written to a temporary file in the target folder, flushed to the disk,
    read back and checked (checksum and row counts), and only then renamed to ``path``. On any
    failure the temporary file is removed and the target is left as it was. With ``held``, an
    older file of that name is kept aside until the caller keeps or undoes the ``Placed``
    appended to it (``atomic.Pending.place_held``). With ``deferred``, the checked file is left
    under its temporary name and its ``Pending`` appended, for the caller to place or discard.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    created = (created_at or dt.datetime.now()).replace(microsecond=0).isoformat()
    wb = None
    with replacing(path, ".tmp.xlsx", held, deferred) as tmp:
        try:
            wb = Workbook(write_only=True)
            digest = _Digest()
            counts: dict[str, int] = {}
            total_hint = sum(s.count_hint for s in sheets) or 0
            done = 0
            text_style = money_style = None
            for sheet in sheets:
                spec = sheet.spec
                if progress is not None:
                    progress.check()
                ws = wb.create_sheet(spec.name)
                _direct_cells(ws)
                if text_style is None:
                    text_style, money_style = _style(ws, "@"), _style(ws, "0.00")
                    wrap_style = _style(ws, "@", wrap=True)
                _set_widths(ws, spec)
                width = len(spec.columns)
                headers = spec.headers
                widths = column_widths(spec)
                _append_tall(ws, 1, _header_cells(ws, headers), _lines(headers, widths, bold=True))
                digest.line(f"[{spec.name}]\n")
                digest.line(canonical_line(headers, width))
                convs = [_STORE[c.type] for c in spec.columns]
                # One styled cell per styled column, reused row after row: the write-only sheet
                # writes a row out inside append(), so the cell is free again for the next row.
                styled = []
                for i, c in enumerate(spec.columns):
                    if c.type in (ID, MONEY):
                        styled.append((i, _styled_cell(ws, text_style if c.type == ID else money_style)))
                    elif is_long(c):
                        styled.append((i, _styled_cell(ws, wrap_style)))
                long_cols = [(i, widths[i]) for i, c in enumerate(spec.columns) if is_long(c)]
                n = 0
                for values in sheet.rows:
                    stored = [conv(v) for conv, v in zip(convs, values)]
                    digest.line(_stored_line(stored, width))
                    row: list[Any] = stored
                    if styled:
                        row = list(stored)
                        for i, cell in styled:
                            if stored[i] is not None:
                                cell.value = stored[i]
                                row[i] = cell
                    lines = 1
                    for i, w in long_cols:
                        if stored[i] is not None:
                            lines = max(lines, _text_lines(stored[i], w))
                    if lines > 1:
                        _append_tall(ws, n + 2, row, lines)
                    else:
                        ws.append(row)
                    n += 1
                    if progress is not None and n % 2000 == 0:
                        progress.check()
                        progress.update(done + n, total_hint or None)
                done += n
                counts[spec.name] = n
                _filter(ws, width, n)
            manifest = Manifest(
                kind=kind, direction=direction, township_code=township_code, township_name=township_name,
                county_name=county_name, sequence=sequence, period=period, created_at=created,
                program=PROGRAM, schema_version=SCHEMA_VERSION,
                sheets=tuple(s.spec.name for s in sheets), rows=counts, sha256=digest.hexdigest(),
                extra=dict(extra or {}))
            # over the manifest as a reader will parse it (texts trimmed, numbers as numbers)
            as_read = _parse_manifest([["项目", "值", "说明"]] + [[k, neutralise(v), n] for k, v, n in manifest.as_rows()])
            manifest = replace(manifest, extra={**manifest.extra, MANIFEST_SHA256: manifest_sha256(as_read)})
            ms = wb.create_sheet(MANIFEST_SHEET)
            text_style = _style(ms, "@")
            _page_setup(ms)
            ms.column_dimensions["A"].width = 18
            ms.column_dimensions["B"].width = 70
            ms.column_dimensions["C"].width = 36
            ms.append(_header_cells(ms, ["项目", "值", "说明"]))
            for key, value, note in manifest.as_rows():
                cell = WriteOnlyCell(ms, neutralise(value))
                cell._style = text_style.__copy__()  # type: ignore[attr-defined]  # openpyxl's style slot, not in its stubs
                ms.append([key, cell, note])
            save_workbook(wb, tmp)
            if progress is not None:
                progress.update(done, total_hint or None)
            check = read_package(tmp, trusted=True)
            if check.manifest.sha256 != manifest.sha256 or check.manifest.rows != manifest.rows:
                raise PackageError(Problem("package.write_check", "", {"path": str(path)}))
        except BaseException:
            abandon(wb)
            raise
    size = (deferred[-1].path if deferred else path).stat().st_size  # deferred: not at its name yet
    return WriteResult(path, manifest, size)


def sheets_sha256(sheets: Sequence[SheetData]) -> str:
    """The ``sha256`` a package of these sheets would carry (see docs/exchange.md, "The
    checksum"), without writing it: to tell whether a package rebuilt from the store is the one
    written before. Each sheet's rows are read once (give lists to use them again)."""
    digest = _Digest()
    for sheet in sheets:
        spec = sheet.spec
        width = len(spec.columns)
        convs = [_STORE[c.type] for c in spec.columns]
        digest.line(f"[{spec.name}]\n")
        digest.line(canonical_line(spec.headers, width))
        for values in sheet.rows:
            digest.line(_stored_line([conv(v) for conv, v in zip(convs, values)], width))
    return digest.hexdigest()


def _direct_cells(ws: Any) -> None:
    """Let the write-only sheet take our prepared cells without a failed conversion each.

    openpyxl's own ``_values_to_row`` first tries to use a cell object as a plain value and
    catches the ValueError; for one styled cell per row that exception costs more than the
    cell. This version checks for a cell first and otherwise does the same. If a future
    openpyxl drops the method, nothing is replaced and the result is the same, only slower.
    """
    from openpyxl.cell.cell import Cell, WriteOnlyCell

    if not hasattr(type(ws), "_values_to_row"):
        return

    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Any]:
        cell = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                value.column = col_idx
                value.row = row_idx
                yield value
                continue
            cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row


def _styled_cell(ws: Any, style: Any) -> Any:
    """A write-only cell whose style index is looked up once, not for every row it writes."""
    cell = _StyledCell(ws, row=1, column=1)
    cell._style = style.__copy__()
    cell.style_id = ws.parent._cell_styles.add(cell._style)
    return cell


def _make_styled_cell_class() -> type:
    from openpyxl.cell.cell import Cell

    class StyledCell(Cell):
        __slots__ = ("style_id",)  # shadows Cell.style_id (a lookup on every call)

        def __repr__(self) -> str:  # the write-only sheet formats it in an exception it then catches
            return "<StyledCell>"

    return StyledCell


class _LazyClass:
    def __init__(self, factory: Callable[[], type]) -> None:
        self._factory = factory
        self._cls: type | None = None

    def __call__(self, *args: Any, **kw: Any) -> Any:
        if self._cls is None:
            self._cls = self._factory()
        return self._cls(*args, **kw)


_StyledCell = _LazyClass(_make_styled_cell_class)


def _style(ws: Any, number_format: str, *, wrap: bool = False, bold: bool = False) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    probe = WriteOnlyCell(ws)
    probe.number_format = number_format
    if wrap or bold:
        probe.alignment = Alignment(wrap_text=True, vertical="top" if not bold else "center",
                                    horizontal="center" if bold else None)
    if bold:
        probe.font = Font(bold=True)
    return probe._style  # type: ignore[attr-defined]  # openpyxl's style slot, not in its stubs


# Free text a reader needs whole (evidence, reasons, addresses): a wide column, wrapped.
LONG_TEXT_HEADERS = ("住址", "说明", "摘要", "理由", "详情", "原因", "依据", "意见", "备注")


def is_long(col: Column) -> bool:
    return col.type == TEXT and any(word in col.header for word in LONG_TEXT_HEADERS)


def _header_cells(ws: Any, headers: list[str]) -> list[Any]:
    """The header row in bold, wrapped and centred (one style for the row)."""
    from openpyxl.cell import WriteOnlyCell

    style = _style(ws, "General", bold=True)
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, text)
        cell._style = style.__copy__()  # type: ignore[attr-defined]  # openpyxl's style slot, not in its stubs
        cells.append(cell)
    return cells


def _page_setup(ws: Any) -> None:
    """A4 landscape, fit to the page width, the header row frozen and printed on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"


def _filter(ws: Any, width: int, rows: int) -> None:
    """An autofilter over the header and the rows written (set once the rows are known)."""
    from openpyxl.utils import get_column_letter

    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{rows + 1}"


def column_widths(spec: SheetSpec) -> list[float]:
    """Widths (in Excel's character units) for what each column holds; a longer header wraps."""
    return [30.0 if is_long(c) else float({ID: 20, MONEY: 11, INT: 6, DATE: 12}.get(c.type, 10))
            for c in spec.columns]


def _text_lines(text: Any, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` units wide (a CJK character
    is 1.7 to 2 units, depending on the font the spreadsheet program picks)."""
    room = max(1.0, width - (1.5 if bold else 1.0))
    lines = 0
    for part in str(text).split("\n"):
        used = sum(1.8 if ord(ch) > 0x2E7F else 1 for ch in part)
        lines += max(1, -(-int(used) // int(room)))
    return lines


def _lines(values: Sequence[Any], widths: Sequence[float], bold: bool = False) -> int:
    return max((_text_lines(v, w, bold) for v, w in zip(values, widths) if v is not None), default=1)


ROW_HEIGHT = 15.0  # points a line of the default 11-point type takes


def _append_tall(ws: Any, row_idx: int, row: list[Any], lines: int) -> None:
    """Append a row ``lines`` lines high (a spreadsheet does not grow wrapped rows on its own)."""
    if lines <= 1:
        ws.append(row)
        return
    ws.row_dimensions[row_idx].height = ROW_HEIGHT * lines
    ws.append(row)
    ws.row_dimensions.pop(row_idx, None)  # written: no need to hold it for 100,000 rows


def _set_widths(ws: Any, spec: SheetSpec) -> None:
    """Column widths to read by, and a printout that fits the page width (landscape)."""
    from openpyxl.utils import get_column_letter

    _page_setup(ws)
    for i, width in enumerate(column_widths(spec), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
