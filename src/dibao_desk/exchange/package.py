"""Exchange packages: .xlsx workbooks carried on a USB stick between a township and its county.

A package is a workbook whose data sheets come first and whose last sheet, ``包信息``, is the
manifest: what the package is, who sent it to whom, its sequence number and a SHA-256 of the
data sheets. ``docs/exchange.md`` describes the format for other programs; this module is its
reference implementation:

* ``write_package`` writes a package atomically (temporary file in the target folder, fsync,
  read back and checked, rename) and returns its manifest;
* ``read_package`` checks the file (``exchange.safety``), reads it with python-calamine,
  checks the manifest, the column headers, the row counts and the checksum, and returns the
  rows with neutralised text restored.

Checksum: SHA-256 (lower-case hex) of the UTF-8 bytes of the *canonical text* of the data
sheets, in the order the manifest lists them. For each sheet: a line ``[sheet name]``, then the
header row and every data row, cells joined by TAB, each line ending in LF. A cell's canonical
text: empty -> ""; text -> as stored in the file (after neutralisation) with ``\\`` TAB CR LF
escaped as ``\\\\ \\t \\r \\n``; a number -> decimal digits, with exactly two decimals if it has
a fraction (rounded to the cent), otherwise none (``12`` and ``12.0`` both give ``12``, ``12.5``
gives ``12.50``). Each row has exactly as many cells as its header; empty rows at the end of a
sheet are not part of it. The result depends only on cell values, not on the zip bytes.

Neutralisation: a text cell that would start with ``= + - @`` TAB or CR (possibly after
apostrophes) is written with one more leading apostrophe (U+0027); a reader removes one leading
apostrophe from any text matching ``'+[=+\\-@\\t\\r]``. So no spreadsheet program ever runs a
cell as a formula, and every text comes back as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from dibao_desk import __version__
from dibao_desk.atomic import replacing
from dibao_desk.exchange.xlsx_save import abandon, save_workbook
from dibao_desk.exchange.bulk import gc_paused  # noqa: F401 (also used as pkg.gc_paused)
from dibao_desk.domain.periods import parse_period  # noqa: F401 (pkg.parse_period for callers)
from dibao_desk.domain.problems import Problem

FORMAT = "dibao-desk-exchange"
SCHEMA_VERSION = 1
MANIFEST_SHEET = "包信息"
PROGRAM = f"dibao-desk {__version__}"

UP_KINDS = ("roster", "cases", "reviews", "payments")  # township -> county
DOWN_KINDS = ("decisions", "policy", "warnings")  # county -> township
KINDS = UP_KINDS + DOWN_KINDS + ("receipt",)

_NEUTRALISE_RE = re.compile(r"^'*[=+\-@\t\r]")
_RESTORE_RE = re.compile(r"^'+[=+\-@\t\r]")

# Column types (see docs/exchange.md)
TEXT = "text"      # a string; written as a text cell
ID = "id"          # an identifier (ID number, account, code): text cell formatted as text ('@')
INT = "int"        # a whole number
MONEY = "money"    # yuan with two decimals, written as a number formatted 0.00; held in fen
DATE = "date"      # text YYYY-MM-DD


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    type: str = TEXT
    optional: bool = False  # a trailing column an older writer did not have: its absence is no error


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


@dataclass
class SheetData:
    """Rows to write: each row a sequence of Python values in column order.

    Values by column type: text/id -> str; int -> int; money -> int fen; date -> date or "".
    """

    spec: SheetSpec
    rows: Iterable[Sequence[Any]]
    count_hint: int = 0


@dataclass(frozen=True)
class Manifest:
    kind: str
    direction: str  # up | down | receipt
    township_code: str
    township_name: str
    county_name: str
    sequence: int
    period: str
    created_at: str
    program: str
    schema_version: int
    sheets: tuple[str, ...]
    rows: dict[str, int]
    sha256: str
    format: str = FORMAT
    extra: dict[str, str] = field(default_factory=dict)

    def as_rows(self) -> list[tuple[str, str, str]]:
        rows = [
            ("format", self.format, "格式标识"),
            ("schema_version", str(self.schema_version), "格式版本"),
            ("kind", self.kind, "数据包类别"),
            ("direction", self.direction, "方向：up 乡镇报县，down 县发乡镇"),
            ("township_code", self.township_code, "乡镇（街道）行政区划代码"),
            ("township_name", self.township_name, "乡镇（街道）名称"),
            ("county_name", self.county_name, "县（市、区）名称"),
            ("sequence", str(self.sequence), "顺序号"),
            ("period", self.period, "所属期间"),
            ("created_at", self.created_at, "生成时间"),
            ("program", self.program, "生成程序"),
            ("sheets", ",".join(self.sheets), "数据工作表"),
        ]
        rows += [(f"rows.{name}", str(self.rows.get(name, 0)), f"“{name}”数据行数") for name in self.sheets]
        rows += [(k, v, "") for k, v in sorted(self.extra.items())]
        rows.append(("sha256", self.sha256, "数据工作表校验值（SHA-256）"))
        return rows


class _Records(dict[str, list[dict[str, Any]]]):
    """Sheet name -> rows as dicts keyed by column key, converted when first asked for."""

    def __init__(self, raw: dict[str, tuple[list[str], list[str], list[list[Any]]]]):
        super().__init__()
        self._raw = raw

    def __missing__(self, name: str) -> list[dict[str, Any]]:
        keys, types, body = self._raw[name]
        rows = _typed_rows(keys, types, body)
        self[name] = rows
        return rows

    def get(self, name, default=None):
        return self[name] if name in self._raw else default

    def __contains__(self, name) -> bool:
        return name in self._raw

    def keys(self):
        return self._raw.keys()

    def raw(self, name: str) -> list[list[Any]]:
        """The data rows as read (text still neutralised, numbers as floats): for fast readers."""
        return self._raw[name][2] if name in self._raw else []


@dataclass
class Package:
    """A package read and checked: the manifest and each data sheet as dicts keyed by column key
    (``sheets[name]``, converted on first use)."""

    path: Path
    manifest: Manifest
    sheets: _Records


class PackageError(Exception):
    """The file is not a package this program can use; ``problems`` say why (codes)."""

    def __init__(self, problems: list[Problem] | Problem):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(p.code for p in self.problems))


# ---- bulk work -----------------------------------------------------------------------------

# ---- periods ------------------------------------------------------------------------------

def period_months(text: str) -> int:
    return 3 if "Q" in text else 1


# ---- cells -------------------------------------------------------------------------------

def neutralise(text: str) -> str:
    return "'" + text if _NEUTRALISE_RE.match(text) else text


def restore(text: str) -> str:
    return text[1:] if _RESTORE_RE.match(text) else text


def canonical(value: Any) -> str:
    """The canonical text of one stored cell value (see the module docstring)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            value = (value.replace("\\", "\\\\").replace("\t", "\\t")
                     .replace("\r", "\\r").replace("\n", "\\n"))
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        cents = round(value * 100)
        if cents % 100 == 0:
            return str(cents // 100)
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return f"{sign}{cents // 100}.{cents % 100:02d}"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def canonical_line(values: Sequence[Any], width: int) -> str:
    cells = [v if v.__class__ is str else canonical(v) for v in values[:width]]
    if len(cells) < width:
        cells += [""] * (width - len(cells))
    line = "\t".join(cells)
    # Fast path: no cell holds a character that needs escaping (one scan of the line).
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        line = "\t".join(canonical(v) for v in cells)
    return line + "\n"


def _stored_line(stored: list[Any], width: int) -> str:
    """canonical_line for a row this module is writing (str, int, float or None only)."""
    line = "\t".join([v if v.__class__ is str else ("" if v is None else (str(v) if v.__class__ is int else canonical(v)))
                      for v in stored])
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        return canonical_line(stored, width)
    return line + "\n"


def _read_line(values: list[Any], width: int) -> str:
    """canonical_line for a row as python-calamine returns it (str, float, "" …)."""
    if len(values) != width:
        return canonical_line(values, width)
    line = "\t".join([v if v.__class__ is str else
                      (str(int(v)) if v.__class__ is float and v.is_integer() else canonical(v))
                      for v in values])
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        return canonical_line(values, width)
    return line + "\n"


class _Digest:
    """SHA-256 over canonical lines, fed in batches (one encode per batch, not per row)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._lines: list[str] = []

    def line(self, text: str) -> None:
        self._lines.append(text)
        if len(self._lines) >= 2000:
            self.flush()

    def flush(self) -> None:
        if self._lines:
            self._hash.update("".join(self._lines).encode("utf-8"))
            self._lines.clear()

    def hexdigest(self) -> str:
        self.flush()
        return self._hash.hexdigest()


_RISKY = frozenset("=+-@\t\r'")


def _store_text(value: Any) -> Any:
    if value is None:
        return None
    text = value if value.__class__ is str else str(value)
    if not text:
        return None
    return neutralise(text) if text[0] in _RISKY else text


def _store_money(value: Any) -> Any:
    if value is None:
        return None
    fen = int(value)
    return fen // 100 if fen % 100 == 0 else fen / 100


def _store_int(value: Any) -> Any:
    return None if value is None else int(value)


def _store_date(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) or None


_STORE = {TEXT: _store_text, ID: _store_text, MONEY: _store_money, INT: _store_int, DATE: _store_date}


def _stored(col_type: str, value: Any) -> Any:
    """The value as it is stored in the cell."""
    if value is None:
        return None
    if col_type == MONEY:
        fen = int(value)
        return fen // 100 if fen % 100 == 0 else fen / 100
    if col_type == INT:
        return int(value)
    if col_type == DATE:
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        return str(value) or None
    text = str(value)
    return neutralise(text) if text else None


# ---- writing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class WriteResult:
    path: Path
    manifest: Manifest
    size: int


def write_package(path: Path, *, kind: str, direction: str, township_code: str, township_name: str,
                  county_name: str, sequence: int, period: str, sheets: list[SheetData],
                  extra: dict[str, str] | None = None, created_at: dt.datetime | None = None,
                  progress=None) -> WriteResult:
    """Write a package atomically and check it before returning.

    The workbook is written to a temporary file in the target folder, flushed to the disk,
    read back and checked (checksum and row counts), and only then renamed to ``path``. On any
    failure the temporary file is removed and the target is left as it was.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    created = (created_at or dt.datetime.now()).replace(microsecond=0).isoformat()
    wb = None
    with replacing(path, ".tmp.xlsx") as tmp:
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
    size = path.stat().st_size
    return WriteResult(path, manifest, size)


def _direct_cells(ws) -> None:
    """Let the write-only sheet take our prepared cells without a failed conversion each.

    openpyxl's own ``_values_to_row`` first tries to use a cell object as a plain value and
    catches the ValueError; for one styled cell per row that exception costs more than the
    cell. This version checks for a cell first and otherwise does the same. If a future
    openpyxl drops the method, nothing is replaced and the result is the same, only slower.
    """
    from openpyxl.cell.cell import Cell, WriteOnlyCell

    if not hasattr(type(ws), "_values_to_row"):
        return

    def values_to_row(values, row_idx):
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


def _styled_cell(ws, style):
    """A write-only cell whose style index is looked up once, not for every row it writes."""
    cell = _StyledCell(ws, row=1, column=1)
    cell._style = style.__copy__()
    cell.style_id = ws.parent._cell_styles.add(cell._style)
    return cell


def _make_styled_cell_class():
    from openpyxl.cell.cell import Cell

    class StyledCell(Cell):
        __slots__ = ("style_id",)  # shadows Cell.style_id (a lookup on every call)

        def __repr__(self) -> str:  # the write-only sheet formats it in an exception it then catches
            return "<StyledCell>"

    return StyledCell


class _LazyClass:
    def __init__(self, factory):
        self._factory = factory
        self._cls = None

    def __call__(self, *args, **kw):
        if self._cls is None:
            self._cls = self._factory()
        return self._cls(*args, **kw)


_StyledCell = _LazyClass(_make_styled_cell_class)


def _style(ws, number_format: str, *, wrap: bool = False, bold: bool = False):
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


def _header_cells(ws, headers: list[str]) -> list:
    """The header row in bold, wrapped and centred (one style for the row)."""
    from openpyxl.cell import WriteOnlyCell

    style = _style(ws, "General", bold=True)
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, text)
        cell._style = style.__copy__()  # type: ignore[attr-defined]  # openpyxl's style slot, not in its stubs
        cells.append(cell)
    return cells


def _page_setup(ws) -> None:
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


def _filter(ws, width: int, rows: int) -> None:
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


def _append_tall(ws, row_idx: int, row: list, lines: int) -> None:
    """Append a row ``lines`` lines high (a spreadsheet does not grow wrapped rows on its own)."""
    if lines <= 1:
        ws.append(row)
        return
    ws.row_dimensions[row_idx].height = ROW_HEIGHT * lines
    ws.append(row)
    ws.row_dimensions.pop(row_idx, None)  # written: no need to hold it for 100,000 rows


def _set_widths(ws, spec: SheetSpec) -> None:
    """Column widths to read by, and a printout that fits the page width (landscape)."""
    from openpyxl.utils import get_column_letter

    _page_setup(ws)
    for i, width in enumerate(column_widths(spec), 1):
        ws.column_dimensions[get_column_letter(i)].width = width








# ---- reading -----------------------------------------------------------------------------

def _safety_problems(path: Path) -> list[Problem]:
    try:
        from dibao_desk.exchange import safety
    except ModuleNotFoundError as exc:  # the roster importer's checks are not installed
        if exc.name != "dibao_desk.exchange.safety":
            raise
        return _basic_checks(path)
    return [p for p in safety.check_workbook(path) if p.severity == "error"]


def _basic_checks(path: Path) -> list[Problem]:
    import zipfile

    if not path.exists():
        return [Problem("package.missing", "", {"path": str(path)})]
    if not zipfile.is_zipfile(path):
        return [Problem("package.not_xlsx", "", {"path": str(path)})]
    return []


def read_package(path: Path, *, expect_kinds: Iterable[str] | None = None,
                 specs: dict[str, SheetSpec] | Callable[[str], dict[str, SheetSpec]] | None = None,
                 trusted: bool = False) -> Package:
    """Read and check a package. Raises PackageError with the reasons it cannot be used.

    ``specs`` (sheet name -> spec, or a function of the package kind giving them) gives the
    expected headers; sheets not in it are read with their own header row as keys.
    ``trusted`` skips the checks for hostile files (only for a file this program just wrote).
    """
    with gc_paused():
        return _read_package(Path(path), expect_kinds, specs, trusted)


def _read_package(path: Path, expect_kinds, specs, trusted: bool) -> Package:
    from python_calamine import CalamineWorkbook

    problems = [] if trusted else _safety_problems(path)
    if problems:
        raise PackageError(problems)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for broken files
        raise PackageError(Problem("package.unreadable", "", {"detail": str(exc)[:200]})) from exc
    try:
        names = list(wb.sheet_names)
        if MANIFEST_SHEET not in names:
            raise PackageError(Problem("package.no_manifest", "", {"sheet": MANIFEST_SHEET}))
        raw = _sheet_rows(wb, MANIFEST_SHEET)
        manifest = _parse_manifest(raw)
        if expect_kinds is not None and manifest.kind not in set(expect_kinds):
            raise PackageError(Problem("package.kind", "kind", {"kind": manifest.kind}))
        if callable(specs):
            specs = specs(manifest.kind)
        digest = _Digest()
        data: dict[str, tuple[list[str], list[str], list[list[Any]]]] = {}
        for name in manifest.sheets:
            if name not in names:
                raise PackageError(Problem("package.sheet_missing", "", {"sheet": name}))
        # python-calamine parses a sheet without holding the GIL, but one workbook object
        # parses one sheet at a time: each data sheet gets its own reader (opening one only
        # reads the zip directory), so on two cores the sheets are parsed side by side while
        # the first one done is hashed and checked.
        workers = max(1, min(2, len(manifest.sheets), os.cpu_count() or 1))
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="package-read")
        pending = [pool.submit(_own_sheet_rows, path, name) for name in manifest.sheets]
        try:
            checked = _check_sheets(manifest, pending, specs, digest, data)
        finally:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=True)
        if digest.hexdigest() != manifest.sha256.lower():
            raise PackageError(Problem("package.checksum", "sha256", {}))
        return Package(path, manifest, _Records(checked))
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001 - closing a reader must not hide the real outcome
            pass


def _check_sheets(manifest: Manifest, pending, specs, digest: "_Digest", data: dict) -> dict:
    for name, future in zip(manifest.sheets, pending):
        try:
            rows = future.result()
        except Exception as exc:  # calamine's own errors for a broken sheet
            raise PackageError(Problem("package.unreadable", "", {"detail": str(exc)[:200]})) from exc
        while rows and all(v == "" or v is None for v in rows[-1]):
            rows.pop()
        if not rows:
            raise PackageError(Problem("package.sheet_empty", "", {"sheet": name}))
        header = [canonical(v) for v in rows[0]]
        while header and header[-1] == "":
            header.pop()
        width = len(header)
        spec = (specs or {}).get(name)
        if spec is not None and not _headers_fit(header, spec):
            raise PackageError(Problem("package.columns", "", {
                "sheet": name, "expected": "、".join(spec.headers), "found": "、".join(header)}))
        digest.line(f"[{name}]\n")
        for values in rows:
            digest.line(_read_line(values, width))
        body = rows[1:]
        if len(body) != manifest.rows.get(name, -1):
            raise PackageError(Problem("package.row_count", "", {
                "sheet": name, "expected": manifest.rows.get(name, 0), "found": len(body)}))
        keys = [c.key for c in spec.columns][:width] if spec is not None else header
        types = [c.type for c in spec.columns][:width] if spec is not None else [TEXT] * width
        data[name] = (keys, types, body)
    return data


def _headers_fit(header: list[str], spec: SheetSpec) -> bool:
    """The header is the spec's, or the spec's without some of its trailing optional columns
    (a package from a program that did not write them yet)."""
    expected = spec.headers
    if header == expected:
        return True
    n = len(header)
    return n < len(expected) and header == expected[:n] and all(c.optional for c in spec.columns[n:])


def _sheet_rows(wb, name: str) -> list[list[Any]]:
    return wb.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _own_sheet_rows(path: Path, name: str) -> list[list[Any]]:
    """One sheet read through a workbook reader of its own (so sheets can be parsed at once)."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    try:
        return _sheet_rows(wb, name)
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001 - closing a reader must not hide the real outcome
            pass


def read_text(v: Any) -> str:
    """A stored text cell as the writer meant it (neutralisation undone)."""
    if v.__class__ is str:
        return v[1:] if v[:1] == "'" and _RESTORE_RE.match(v) else v
    if v is None:
        return ""
    if isinstance(v, float):
        return canonical(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return restore(str(v))


def read_code(v: Any) -> str:
    return read_text(v).strip()


_READ = {TEXT: read_text, ID: read_code, DATE: read_code}


def _typed_row(keys: list[str], types: list[str], values: Sequence[Any]) -> dict[str, Any]:
    if len(values) < len(keys):
        values = list(values) + [""] * (len(keys) - len(values))
    convs = [_READ.get(t) or (to_int if t == INT else to_fen if t == MONEY else _same) for t in types]
    return dict(zip(keys, [conv(v) for conv, v in zip(convs, values)]))


def _typed_rows(keys: list[str], types: list[str], body: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    width = len(keys)
    convs = [_READ.get(t) or (to_int if t == INT else to_fen if t == MONEY else _same) for t in types]
    out = []
    for values in body:
        if len(values) < width:
            values = list(values) + [""] * (width - len(values))
        out.append(dict(zip(keys, [conv(v) for conv, v in zip(convs, values)])))
    return out


def _same(v: Any) -> Any:
    return v


def to_int(v: Any) -> int | None:
    if v.__class__ is float:
        return int(v) if v.is_integer() else None
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if f.is_integer() else None


def to_fen(v: Any) -> int | None:
    if v.__class__ is float:
        return round(v * 100)
    if v is None or v == "":
        return None
    try:
        return round(float(v) * 100)
    except (TypeError, ValueError):
        return None


def _parse_manifest(raw: list[list[Any]]) -> Manifest:
    values: dict[str, str] = {}
    for row in raw[1:]:
        if not row or row[0] in ("", None):
            continue
        key = str(row[0]).strip()
        value = row[1] if len(row) > 1 else ""
        values[key] = restore(canonical(value)) if not isinstance(value, str) else restore(value)
    if values.get("format") != FORMAT:
        raise PackageError(Problem("package.not_package", "format", {}))
    try:
        version = int(values.get("schema_version", ""))
    except ValueError:
        raise PackageError(Problem("package.manifest", "schema_version", {"field": "schema_version"}))
    if version > SCHEMA_VERSION:
        raise PackageError(Problem("package.newer_schema", "schema_version",
                                   {"version": version, "supported": SCHEMA_VERSION}))
    if version < 1:
        raise PackageError(Problem("package.manifest", "schema_version", {"field": "schema_version"}))
    required = ("kind", "direction", "township_code", "sequence", "sheets", "sha256")
    for key in required:
        if not values.get(key, "").strip():
            raise PackageError(Problem("package.manifest", key, {"field": key}))
    kind = values["kind"].strip()
    if kind not in KINDS:
        raise PackageError(Problem("package.kind", "kind", {"kind": kind}))
    try:
        sequence = int(values["sequence"])
    except ValueError:
        raise PackageError(Problem("package.manifest", "sequence", {"field": "sequence"}))
    if sequence < 1:
        raise PackageError(Problem("package.manifest", "sequence", {"field": "sequence"}))
    sheets = tuple(s.strip() for s in values["sheets"].split(",") if s.strip())
    rows: dict[str, int] = {}
    for name in sheets:
        try:
            rows[name] = int(values.get(f"rows.{name}", ""))
        except ValueError:
            raise PackageError(Problem("package.manifest_rows", f"rows.{name}", {"sheet": name}))
    known = {"format", "schema_version", "kind", "direction", "township_code", "township_name",
             "county_name", "sequence", "period", "created_at", "program", "sheets", "sha256"}
    extra = {k: v for k, v in values.items() if k not in known and not k.startswith("rows.")}
    return Manifest(
        kind=kind, direction=values["direction"].strip(), township_code=values["township_code"].strip(),
        township_name=values.get("township_name", "").strip(), county_name=values.get("county_name", "").strip(),
        sequence=sequence, period=values.get("period", "").strip(), created_at=values.get("created_at", ""),
        program=values.get("program", ""), schema_version=version, sheets=sheets, rows=rows,
        sha256=values["sha256"].strip(), extra=extra)
