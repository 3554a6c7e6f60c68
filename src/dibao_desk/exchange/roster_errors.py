"""The error workbook: the rows that were not imported, with their original columns and a
reason column, so the operator can fix them and import the workbook again.

The header keeps the roster's own labels, so the same mapping fits the corrected file.
Written through ``atomic.replacing`` (a temporary file beside the target, flushed, then
renamed): a reader never sees half a workbook, and an old error workbook is replaced only
by a complete new one.

The workbook is one sheet with one look (a bold grey header frozen above the rows and beside
the row numbers, ID-like columns as text, the reason wrapped), so its XML is written here
directly rather than through openpyxl, which makes an object and a style lookup for every
cell: 20,000 rejected rows took openpyxl about 1.7 s (1.4 s with lxml), this writer about
0.15 s (text cells formatted in one place, characters XML cannot hold dropped once per piece,
zlib's fastest level). Strings are written inline (no shared-strings part), as the format allows; LibreOffice,
openpyxl and python-calamine read such a workbook (tested), and so does the roster import.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence
from zipfile import ZIP_DEFLATED, ZipFile

from dibao_desk.atomic import Pending, replacing
from dibao_desk.exchange.roster_read import excel_number_text
from dibao_desk.exchange.xlsx_save import discard

ID_LIKE_FIELDS = ("id_number", "head_id", "bank_account")


@dataclass(frozen=True)
class ErrorRow:
    sheet_row: int  # 1-based row number in the original sheet
    cells: Sequence[Any]  # the original cells, as read
    reason: str  # in Chinese, all reasons of the row joined


def default_path(source: str | os.PathLike) -> Path:
    """``花名册.xlsx`` -> ``花名册-未导入.xlsx`` beside it."""
    p = Path(source)
    return p.with_name(f"{p.stem}-未导入.xlsx")


def write_error_workbook(target: str | os.PathLike, labels: list[str], mapping: list[str],
                         rows: list[ErrorRow], *, sheet_title: str = "未导入",
                         on_row: Callable[[int, int], None] | None = None) -> Path:
    """Write the rows with a reason column; returns the path written. ``on_row(k, total)`` is
    called every 2,000 rows."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target, suffix=".xlsx") as tmp:
        write_error_archive(tmp, labels, mapping, rows, sheet_title=sheet_title, on_row=on_row)
    return target


def write_error_workbook_aside(target: str | os.PathLike, labels: list[str], mapping: list[str],
                               rows: list[ErrorRow], *, sheet_title: str = "未导入",
                               on_row: Callable[[int, int], None] | None = None) -> Pending:
    """The same workbook, written and flushed to a temporary file beside ``target`` that
    becomes ``target`` only when the caller calls ``place()`` on what is returned (or is
    removed by ``discard()``): for a workbook made while an import writes, put in place only
    if the import is saved. On an error (or ``on_row`` raising) nothing is left behind."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    pending = Pending(target, suffix=".xlsx")
    try:
        write_error_archive(pending.path, labels, mapping, rows, sheet_title=sheet_title, on_row=on_row)
        pending.sync()
    except BaseException:
        pending.discard()
        raise
    return pending


def write_error_archive(path: Path, labels: list[str], mapping: list[str], rows: list[ErrorRow], *,
                        sheet_title: str = "未导入", on_row: Callable[[int, int], None] | None = None) -> None:
    """The workbook's parts written into the file at ``path`` (not atomic: see the two above)."""
    width = max([len(labels)] + [len(r.cells) for r in rows])
    text_cols = {i for i, f in enumerate(mapping) if f in ID_LIKE_FIELDS}
    widths = [10.0] + [22.0 if i in text_cols else 12.0 for i in range(width)] + [60.0]
    letters = [_letter(i + 1) for i in range(width + 2)]
    title = _SHEET_TITLE_BAD.sub("_", sheet_title[:31]) or "未导入"
    # zlib's fastest level: a third of the time of its default on this XML, a quarter larger
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    try:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(title=_escape(title)))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for chunk in _sheet_xml(labels, rows, width, text_cols, widths, letters, on_row):
                part.write(chunk.encode("utf-8"))
        archive.close()
    except BaseException:
        discard(archive)
        raise


# Cell styles (indexes into cellXfs in _STYLES)
_HEADER, _TEXT, _WRAP, _DATE, _DATETIME, _TIME, _DURATION = 1, 2, 3, 4, 5, 6, 7
_CHUNK = 2000  # rows per piece written (and per progress report)


def _sheet_xml(labels: list[str], rows: list[ErrorRow], width: int, text_cols: set[int], widths: list[float],
               letters: list[str], on_row: Callable[[int, int], None] | None) -> Any:
    """The sheet part in pieces of ``_CHUNK`` rows (a generator of str)."""
    last = letters[-1]
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths))
    yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
           f'<dimension ref="A1:{last}{len(rows) + 1}"/>'
           '<sheetViews><sheetView workbookViewId="0">'
           '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'
           '<selection pane="topRight"/><selection pane="bottomLeft"/>'
           '<selection pane="bottomRight" activeCell="B2" sqref="B2"/></sheetView></sheetViews>'
           f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>')
    header = ["原行号"] + [labels[i] if i < len(labels) else "" for i in range(width)] + ["未导入原因"]
    out = ['<row r="1">']
    for letter, text in zip(letters, header):
        out.append(_cell(f"{letter}1", text, _HEADER) if text else f'<c r="{letter}1" s="{_HEADER}"/>')
    out.append("</row>")
    reason_letter = letters[-1]
    # what follows '<c r="B7' in a cell of text, per column (ID-like columns are styled as text)
    opening = ' t="inlineStr"><is><t xml:space="preserve">'
    text_cell = [(f'" s="{_TEXT}"' if i in text_cols else '"') + opening for i in range(width)]
    escape = _escape_markup
    for k, row in enumerate(rows):
        if k % _CHUNK == 0:
            if on_row is not None:
                on_row(k, len(rows))
            yield _ILLEGAL.sub("", "".join(out))  # never in the markup: only copied cells carry them
            out = []
        r = k + 2
        out.append(f'<row r="{r}"><c r="A{r}"><v>{row.sheet_row}</v></c>')
        cells = row.cells
        for i in range(min(width, len(cells))):
            value = cells[i]
            if value is None or value == "":
                continue
            if type(value) is str:  # most cells: written here rather than through _cell
                out.append(f'<c r="{letters[i + 1]}{r}{text_cell[i]}{escape(value)}</t></is></c>')
            elif i in text_cols:
                out.append(_cell(f"{letters[i + 1]}{r}", _number_text(value), _TEXT))  # long numbers as text
            else:
                out.append(_cell(f"{letters[i + 1]}{r}", value, 0))
        out.append(f'<c r="{reason_letter}{r}" s="{_WRAP}" t="inlineStr"><is><t xml:space="preserve">'
                   f'{escape(row.reason)}</t></is></c></row>')
    out.append('</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
               "</worksheet>")
    yield _ILLEGAL.sub("", "".join(out))


def _cell(ref: str, value: Any, style: int) -> str:
    """One ``<c>`` element: text inline, numbers and booleans as values, dates as Excel serial
    numbers with a date format (as openpyxl wrote them)."""
    s = f' s="{style}"' if style else ""
    if isinstance(value, str):
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_escape(value)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if isinstance(value, float):
        if math.isfinite(value):
            return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
        return _cell(ref, str(value), style)
    if isinstance(value, (dt.date, dt.time, dt.timedelta)) and not style:
        serial, style = _serial(value)
        if serial is not None:
            return f'<c r="{ref}" s="{style}"><v>{serial!r}</v></c>'
        return _cell(ref, value.isoformat() if not isinstance(value, dt.timedelta) else str(value), 0)
    return _cell(ref, str(value), style)


_EPOCH = dt.datetime(1899, 12, 30)


def _serial(value: dt.date | dt.time | dt.timedelta) -> tuple[float | int | None, int]:
    """Excel's serial number of a date or time (1900 date system) and the style showing it;
    None for dates before 1900, which Excel cannot hold as dates."""
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400, _DURATION
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400, _TIME
    if value.year < 1900:
        return None, 0
    stamp = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    delta = stamp.replace(tzinfo=None) - _EPOCH
    days = delta.days - (1 if stamp < dt.datetime(1900, 3, 1) else 0)  # Excel's 29 Feb 1900
    if isinstance(value, dt.datetime):
        return days + (delta.seconds + delta.microseconds / 1e6) / 86400, _DATETIME
    return days, _DATE


# Characters XML 1.0 cannot hold (openpyxl refused them); dropped from the copied cells.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


def _escape(text: str) -> str:
    return _ILLEGAL.sub("", _escape_markup(text))


def _escape_markup(text: str) -> str:
    """``text`` with XML's markup characters escaped (characters XML cannot hold are left to
    the caller: the sheet drops them from each piece it writes)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    return text


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value >= 1e15:
        return excel_number_text(value)  # digits already lost: show what Excel showed
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _letter(n: int) -> str:
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>")
_ROOT_RELS = (
    _DECL + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    _DECL + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/>'
    '<bookViews><workbookView activeTab="0"/></bookViews>'
    '<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    _DECL + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
_STYLES = (
    _DECL + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd h:mm:ss"/><numFmt numFmtId="166" formatCode="[hh]:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="00DDDDDD"/><bgColor rgb="00DDDDDD"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")
