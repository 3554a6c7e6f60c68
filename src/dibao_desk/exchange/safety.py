"""Checks made on a workbook (or any zip package) before anything parses it.

A file from a USB stick may be anything: a renamed picture, a half-copied file,
a zip that inflates to gigabytes, an XML part with entity declarations that
expand without end. Everything here is decided from the file's first bytes and
the zip's central directory, and by scanning XML parts in bounded chunks, so a
hostile file is refused without ever being inflated into memory.

``check_workbook(path)`` returns problems (empty when the file may be read);
``check_zip(path, ...)`` does the zip part for other packages (county exchange
files); ``open_workbook(path)`` checks, then opens with python-calamine.

Each XML part is inflated once by these checks: the scan for declarations also notes
which parts hold a formula element (``scan_workbook``), so that reading a sheet looks for
formulas without a cached value only in a part that has formulas, and then again in
bounded chunks.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange.sheet_extent import Extent, ExtentScan

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (BIFF8 in a compound file)

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds a file must keep to. The defaults fit a county's roster with room to spare
    (100,000 persons make a ~5 MB .xlsx that inflates to ~60 MB)."""

    max_file_bytes: int = 200 * MB
    max_members: int = 2000
    max_total_uncompressed: int = 250 * MB
    max_member_uncompressed: int = 200 * MB
    # Cells of one sheet turned into Python values (~60 bytes each, on top of calamine's own).
    max_cells: int = 3_000_000
    # The grid python-calamine lays out for a sheet (from A1 to its farthest cell, ~32 bytes
    # a cell) before anything can look at it: a single cell at XFD1048576 asks for 512 GB and
    # aborts the process. 8,000,000 cells (~256 MB) hold 150,000 rows of 52 columns.
    max_grid_cells: int = 8_000_000
    # A member may inflate this many times its stored size once it is larger than
    # ``ratio_floor`` bytes. Spreadsheet XML stays well below 100:1.
    max_ratio: int = 200
    ratio_floor: int = 8 * MB


DEFAULT_LIMITS = Limits()

# Declarations that let XML expand (billion laughs, external entities). None of them
# belongs in an Office Open XML part. Checked in UTF-8 and in both UTF-16 byte orders.
_DECLARATIONS = [b"<!DOCTYPE", b"<!ENTITY"]
_PATTERNS = _DECLARATIONS + [d.decode().encode(enc) for d in _DECLARATIONS
                             for enc in ("utf-16-le", "utf-16-be")]
_SCAN_CHUNK = 1 * MB
_XML_SUFFIXES = (".xml", ".rels", ".vml")

SPREADSHEET_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
)


def sniff(path: str | os.PathLike) -> str:
    """'zip', 'ole', 'empty' or 'other', from the first bytes."""
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC):
        return "zip"
    if head == OLE_MAGIC:
        return "ole"
    return "other"


def check_file(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    """The file exists, is a file, is not empty and not too large."""
    p = Path(path)
    name = p.name
    if not p.exists():
        return [Problem("file.missing", "file", {"name": name})]
    if not p.is_file():
        return [Problem("file.not_file", "file", {"name": name})]
    size = p.stat().st_size
    if size == 0:
        return [Problem("file.empty", "file", {"name": name})]
    if size > limits.max_file_bytes:
        return [Problem("file.too_large", "file",
                        {"name": name, "size_mb": size // MB, "limit_mb": limits.max_file_bytes // MB})]
    return []


def check_zip(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS,
              scan_xml: bool = True) -> list[Problem]:
    """A zip package: readable directory, member count, inflated sizes and ratios from the
    directory (before any inflating), then XML parts scanned for DTD/entity declarations."""
    return _check_zip(path, limits, scan_xml, None)


def _check_zip(path, limits: Limits, scan_xml: bool, formula_parts: set[str] | None,
               extents: dict[str, "Extent"] | None = None) -> list[Problem]:
    """``check_zip``; when ``formula_parts`` is a set, the names of the XML parts holding a
    formula element are added to it on the way; when ``extents`` is a dict, each XML part's
    ``Extent`` (how far its cells reach) is put in it, measured in the same pass."""
    name = Path(path).name
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return [Problem("file.truncated", "file", {"name": name})]
    except OSError:
        return [Problem("file.unreadable", "file", {"name": name})]
    with zf:
        infos = zf.infolist()
        if not infos:
            return [Problem("file.empty", "file", {"name": name})]
        if len(infos) > limits.max_members:
            return [Problem("file.zip_members", "file",
                            {"name": name, "count": len(infos), "limit": limits.max_members})]
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                return [Problem("file.encrypted", "file", {"name": name})]
            total += info.file_size
            stored = max(info.compress_size, 1)
            if info.file_size > limits.max_member_uncompressed or (
                    info.file_size > limits.ratio_floor and info.file_size / stored > limits.max_ratio):
                return [Problem("file.zip_bomb", "file",
                                {"name": name, "member": info.filename, "size_mb": info.file_size // MB})]
        if total > limits.max_total_uncompressed:
            return [Problem("file.zip_bomb", "file", {"name": name, "member": "", "size_mb": total // MB})]
        if scan_xml:
            try:
                for info in infos:
                    if not info.filename.lower().endswith(_XML_SUFFIXES):
                        continue
                    # Every XML part, not only xl/worksheets/: the workbook's relationships
                    # may name any part as a sheet.
                    extent = ExtentScan() if extents is not None and info.filename.endswith(".xml") else None
                    declaration, formula = _scan_part(zf, info, limits, formula_parts is not None, extent)
                    if declaration:
                        return [Problem("file.xml_entities", "file", {"name": name, "member": info.filename})]
                    if formula and formula_parts is not None:
                        formula_parts.add(info.filename)
                    if extent is not None and extent.exact:  # cells written otherwise: read again, one by one
                        extent = ExtentScan(exact=True)
                        _scan_part(zf, info, limits, False, extent)
                    if extent is not None and extent.seen and extents is not None:
                        extents[info.filename] = extent.result()
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
                return [Problem("file.truncated", "file", {"name": name})]
    return []


def _has_declaration(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bool:
    """Scan one member in bounded chunks, never inflating more than its declared size."""
    return _scan_part(zf, info, limits, False)[0]


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
               formulas: bool, extent: "ExtentScan | None" = None) -> tuple[bool, bool]:
    """(holds a DTD/entity declaration, holds a formula element) for one member, scanned in
    bounded chunks, never inflating more than its declared size. The formula element is
    looked for only when ``formulas`` is true, and only until the first one. ``extent``,
    when given, is fed every chunk."""
    keep = max(len(p) for p in _PATTERNS) - 1  # >= len(_FORMULA_OPEN): a tag cut by a chunk is seen whole
    tail = b""
    formula = False
    look = formulas
    for chunk in _inflate(zf, info, limits):
        if extent is not None:
            extent.feed(chunk)
        window = tail + chunk
        # Every pattern holds the byte "!", which sheet XML hardly ever does: one quick
        # scan for it (memchr) before the six pattern scans.
        if b"!" in window and any(p in window for p in _PATTERNS):
            return True, formula
        if look and _has_formula_element(window):
            formula, look = True, False
        tail = window[-keep:]
    if extent is not None:
        extent.finish()
    return False, formula


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits):
    """The member's inflated bytes, ``_SCAN_CHUNK`` at a time; ValueError when it inflates to
    more than its directory entry says."""
    read = 0
    with zf.open(info) as f:
        while True:
            chunk = f.read(_SCAN_CHUNK)
            if not chunk:
                return
            read += len(chunk)
            if read > info.file_size or read > limits.max_member_uncompressed:
                raise ValueError("member larger than its directory entry")
            yield chunk


# A formula element: "<f" then ">", " " or "/" (never "<font", "<filter"...).
_FORMULA_OPEN = b"<f"
_FORMULA_NEXT = b"> /"
# Sheet markup hardly holds an "f" (cells are "<c>", "<v>", "<is><t>"), so a one-byte search
# (memchr) finds the few there are much faster than a two-byte one. When text in Latin
# letters makes them many, the two-byte search takes over.
_F_HITS = 32


def _has_formula_element(data: bytes, start: int = 0, end: int | None = None) -> bool:
    """Whether ``data[start:end]`` holds a whole "<f>", "<f " or "<f/"."""
    return _formula_element_at(data, start, len(data) if end is None else end) != -1


def _formula_element_at(data: bytes, start: int, end: int) -> int:
    """Where the first whole "<f>", "<f " or "<f/" of ``data[start:end]`` begins, or -1."""
    i = data.find(b"f", start + 1, end)
    for _ in range(_F_HITS):
        if i == -1:
            return -1
        if data[i - 1] == 0x3C and i + 1 < end and data[i + 1] in _FORMULA_NEXT:  # 0x3C: "<"
            return i - 1
        i = data.find(b"f", i + 1, end)
    if i == -1:
        return -1
    i = data.find(_FORMULA_OPEN, i - 1, end)
    while i != -1:
        nxt = i + len(_FORMULA_OPEN)
        if nxt < end and data[nxt] in _FORMULA_NEXT:
            return i
        i = data.find(_FORMULA_OPEN, nxt, end)
    return -1


@dataclass(frozen=True)
class WorkbookScan:
    """What the checks found: the problems (empty: safe to read) and, for a zip workbook, the
    XML parts that hold a formula element (None when not known, e.g. for .xls) and how far
    each part's cells reach."""

    problems: list[Problem]
    formula_parts: frozenset[str] | None = None
    extents: dict[str, Extent] | None = None


def check_workbook(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    """Everything that must hold before a workbook is parsed. Empty list: safe to read."""
    return scan_workbook(path, limits).problems


def scan_workbook(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> WorkbookScan:
    """``check_workbook``, also giving the XML parts that hold a formula element (noted in
    the same pass that scans them for declarations: each part is inflated once)."""
    problems = check_file(path, limits)
    if problems:
        return WorkbookScan(problems)
    name = Path(path).name
    kind = sniff(path)
    if kind == "ole":
        return WorkbookScan([])  # .xls: a compound file of binary records; calamine bounds its reads
    if kind != "zip":
        return WorkbookScan([Problem("file.not_workbook", "file", {"name": name})])
    formula_parts: set[str] = set()
    extents: dict[str, Extent] = {}
    problems = _check_zip(path, limits, True, formula_parts, extents)
    if problems:
        return WorkbookScan(problems)
    problems = _check_spreadsheet_parts(path, name) or _check_extents(path, name, extents, limits)
    return WorkbookScan(problems, frozenset(formula_parts), extents)


def _check_extents(path, name: str, extents: dict[str, Extent], limits: Limits) -> list[Problem]:
    """No part's cells reach so far that python-calamine's grid for it would not fit in memory
    (it would abort the whole program, not raise)."""
    for part, extent in extents.items():
        if extent.cells > limits.max_grid_cells:
            return [Problem("file.sheet_extent", "sheet", {
                "name": name, "sheet": _sheet_of_part(path, part), "rows": extent.grid[0], "cols": extent.grid[1],
                "limit": limits.max_grid_cells})]
    return []


def _check_spreadsheet_parts(path, name: str) -> list[Problem]:
    """The zip is an Office Open XML spreadsheet: its content types say so."""
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                data = zf.read("[Content_Types].xml")
            except KeyError:
                return [Problem("file.not_workbook", "file", {"name": name})]
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        return [Problem("file.xml_entities", "file", {"name": name, "member": "[Content_Types].xml"})]
    except (SafeET.ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError):
        return [Problem("file.truncated", "file", {"name": name})]
    types = {el.get("ContentType", "") for el in root.iter() if el.tag.endswith("Override")}
    if not types.intersection(SPREADSHEET_TYPES):
        return [Problem("file.not_workbook", "file", {"name": name})]
    return []


def read_xml_part(path: str | os.PathLike, member: str, limits: Limits = DEFAULT_LIMITS):
    """Parse one XML part of a checked package with defusedxml (no DTDs, no entities)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
        if info.file_size > limits.max_member_uncompressed:
            raise RuleError(Problem("file.zip_bomb", "file", {"name": Path(path).name, "member": member,
                                                              "size_mb": info.file_size // MB}))
        data = zf.read(member)
    return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)


# ---- reading ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list]  # cells from A1, as python-calamine gives them (str, float, int, bool, date)
    merged: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()  # ((r0, c0), (r1, c1)), 0-based
    formula_without_value: frozenset[tuple[int, int]] = frozenset()  # (row, col), 0-based


class Workbook:
    """A workbook that passed ``check_workbook``, read with python-calamine (values only:
    formulas give their cached results and are never evaluated)."""

    def __init__(self, path: str | os.PathLike, kind: str, book, limits: Limits = DEFAULT_LIMITS,
                 formula_parts: frozenset[str] | None = None) -> None:
        self.path = Path(path)
        self.kind = kind
        self._book = book
        self.limits = limits
        # XML parts holding a formula element, as the checks found them; None: not known,
        # every sheet read is scanned.
        self.formula_parts = formula_parts

    @property
    def sheet_names(self) -> list[str]:
        return [m.name for m in self._book.sheets_metadata
                if str(getattr(m, "typ", "")).endswith("WorkSheet")] or list(self._book.sheet_names)

    @property
    def visible_first(self) -> list[str]:
        """``sheet_names`` with the sheets a person sees in Excel before the hidden ones: the
        order to look for a sheet in when none is named."""
        hidden = {m.name for m in self._book.sheets_metadata if not str(getattr(m, "visible", "")).endswith("Visible")}
        names = self.sheet_names
        return [n for n in names if n not in hidden] + [n for n in names if n in hidden]

    def read(self, name: str | None = None, on_parsed: Callable[[], object] | None = None) -> Sheet:
        """The sheet's cells as Python values. ``on_parsed``: called once python-calamine has
        parsed the sheet (it lets go of the interpreter while it parses), before its cells are
        turned into Python values (it holds the interpreter then)."""
        from python_calamine import CalamineError

        name = name or self.sheet_names[0]
        if name not in self._book.sheet_names:
            raise RuleError(Problem("file.no_sheet", "sheet", {"name": self.path.name, "sheet": name}))
        try:
            sheet = self._book.get_sheet_by_name(name)
            if on_parsed is not None:
                on_parsed()
            end = sheet.end  # (last row, last column), 0-based; None for an empty sheet
            height, width = (end[0] + 1, end[1] + 1) if end else (0, 0)
            if height * width > self.limits.max_cells:
                raise RuleError(Problem("file.too_many_cells", "sheet", {
                    "name": self.path.name, "sheet": name, "rows": height, "cols": width,
                    "limit": self.limits.max_cells}))
            rows = sheet.to_python(skip_empty_area=False)
            merged = tuple(sheet.merged_cell_ranges or ())
        except (CalamineError, ValueError, OSError) as exc:
            raise RuleError(Problem("file.unreadable", "file", {"name": self.path.name})) from exc
        formulas: frozenset[tuple[int, int]] = frozenset()
        if self.kind == "zip" and self.formula_parts != frozenset():
            formulas = _formulas_without_value(self.path, name, self.formula_parts, self.limits)
        return Sheet(name, rows, merged, formulas)

    def close(self) -> None:
        try:
            self._book.close()
        except Exception:  # already closed
            pass

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def ole_encrypted(path: str | os.PathLike) -> bool:
    """Whether the file is an Office document encrypted with an open password: a compound file
    holding an "EncryptionInfo" stream (how Excel and WPS save an encrypted .xlsx, whatever the
    file is then named). Read in chunks; only asked once a reader has refused the file."""
    if sniff(path) != "ole":
        return False
    keep = len(_ENCRYPTION_INFO) - 1
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(_SCAN_CHUNK):
            if _ENCRYPTION_INFO in tail + chunk:
                return True
            tail = chunk[-keep:]
    return False


def open_workbook(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Check, then open. Raises RuleError with the problems when the file cannot be read."""
    scan = scan_workbook(path, limits)
    if scan.problems:
        raise RuleError(scan.problems)
    from python_calamine import CalamineWorkbook

    kind = sniff(path)
    try:
        if _named_as_other_kind(path, kind):
            # python-calamine picks its reader by the file's extension; an .xlsx named .xls (WPS's
            # "save as" keeps the name) or the reverse is read by what it holds.
            with open(path, "rb") as f:
                book = CalamineWorkbook.from_filelike(f)
        else:
            book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several kinds for damaged files
        encrypted = type(exc).__name__ == "PasswordError" or ole_encrypted(path)
        code = "file.encrypted" if encrypted else "file.unreadable"
        raise RuleError(Problem(code, "file", {"name": Path(path).name})) from exc
    return Workbook(path, kind, book, limits, scan.formula_parts)


def _named_as_other_kind(path: str | os.PathLike, kind: str) -> bool:
    """Whether the extension names the other workbook format than the content holds."""
    suffix = Path(path).suffix.lower()
    return (kind == "zip" and suffix in (".xls",)) or (kind == "ole" and suffix in (".xlsx", ".xlsm"))


_CELL_WITH_FORMULA = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"[^>]*?(?<!/)>((?:(?!</c>).)*?<f[ >/](?:(?!</c>).)*?)</c>',
                                re.S)


_HAS_VALUE = re.compile(rb"<v(?: [^>]*)?>[^<]")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _sheet_part(path, sheet_name: str) -> str | None:
    """The zip member holding a sheet, from workbook.xml and its relationships (defusedxml)."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        wb = read_xml_part(path, "xl/workbook.xml")
        rels = read_xml_part(path, "xl/_rels/workbook.xml.rels")
    except (KeyError, SafeET.ParseError, DefusedXmlException):
        return None
    rid = None
    for el in wb.iter(f"{ns_main}sheet"):
        if el.get("name") == sheet_name:
            rid = el.get(f"{ns_rel}id")
    if rid is None:
        return None
    for el in rels.iter():
        if el.get("Id") == rid:
            target = el.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return "xl/" + target
    return None


def _sheet_of_part(path, part: str) -> str:
    """The name of the sheet a part holds (the part's own name when no sheet names it)."""
    try:
        names = read_xml_part(path, "xl/workbook.xml")
    except (KeyError, SafeET.ParseError, DefusedXmlException, RuleError):
        return part
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    for el in names.iter(f"{ns_main}sheet"):
        sheet = el.get("name") or ""
        if sheet and _sheet_part(path, sheet) == part:
            return sheet
    return part


def _formulas_without_value(path, sheet_name: str, formula_parts: frozenset[str] | None = None,
                            limits: Limits = DEFAULT_LIMITS) -> frozenset[tuple[int, int]]:
    """Cells holding a formula but no cached value (a file saved by a program that does not
    calculate). Their value is unknown; the reader treats them as errors, never evaluates.

    ``formula_parts``: the parts the checks found a formula element in (None: not known).
    The part is read in bounded chunks; the regex runs over a window that ends before the
    last cell not yet closed, which is carried over to the next chunk."""
    part = _sheet_part(path, sheet_name)
    if part is None or (formula_parts is not None and part not in formula_parts):
        return frozenset()
    found: set[tuple[int, int]] = set()
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(part)
            with zf.open(info) as f:
                carry = b""
                read = 0
                while True:
                    chunk = f.read(_SCAN_CHUNK)
                    if not chunk:
                        _cells_without_value(carry, len(carry), found)
                        break
                    read += len(chunk)
                    if read > info.file_size or read > limits.max_member_uncompressed:
                        return frozenset()  # the checks refuse such a part
                    data = carry + chunk
                    cut = _safe_cut(data)
                    _cells_without_value(data, cut, found)
                    carry = data[cut:]
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, ValueError):
        return frozenset()
    return frozenset(found)


def _safe_cut(data: bytes) -> int:
    """Where ``data`` may be cut so that no cell matched by ``_CELL_WITH_FORMULA`` straddles
    the cut. A match runs from ``<c r=`` to the first ``</c>`` after it and, in well-formed
    XML, holds no other cell start: so only the last ``<c `` may begin a match not yet
    complete. Cut before it when that cell is still open, else at the end (before a last
    "<" or "<c", whose rest may come with the next chunk)."""
    start = data.rfind(b"<c ")
    if start != -1:
        gt = data.find(b">", start)
        if gt == -1 or (data[gt - 1] != 0x2F and data.find(b"</c>", gt) == -1):  # 0x2F: "/>"
            return start
    if data.endswith(b"<"):
        return len(data) - 1
    if data.endswith(b"<c"):
        return len(data) - 2
    return len(data)


def _cells_without_value(data: bytes, end: int, found: set[tuple[int, int]]) -> None:
    """Add the formula cells of ``data[:end]`` that hold no cached value.

    The regex is tried only at the cell around each formula element: the last ``<c r="``
    before it (a cell holds one formula and, in well-formed XML, no other ``<c r="``), which
    finds what one pass of the regex over the whole window finds."""
    lo = 0
    pos = _formula_element_at(data, 0, end)
    while pos != -1:
        start = data.rfind(b'<c r="', lo, pos)
        m = _CELL_WITH_FORMULA.match(data, start, end) if start != -1 else None
        if m is not None:
            body = m.group(3)
            if not _HAS_VALUE.search(body) and b"<is>" not in body:
                found.add((int(m.group(2)) - 1, _col_index(m.group(1))))
            lo = m.end()
        else:
            lo = pos + len(_FORMULA_OPEN)
        pos = _formula_element_at(data, lo, end)


def problem_codes(problems: Iterable[Problem]) -> list[str]:
    return [p.code for p in problems]
