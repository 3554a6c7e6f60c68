"""The error workbook: the rows that were not imported, with their original columns and a
reason column, so the operator can fix them and import the workbook again.

The header keeps the roster's own labels, so the same mapping fits the corrected file.
Written through ``atomic.replacing`` (a temporary file beside the target, flushed, then
renamed): a reader never sees half a workbook, and an old error workbook is replaced only
by a complete new one.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from dibao_desk.atomic import replacing
from dibao_desk.exchange.xlsx_save import save_workbook
from dibao_desk.exchange.roster_read import excel_number_text

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
                         rows: list[ErrorRow], *, sheet_title: str = "未导入", on_row=None) -> Path:
    """Write the rows with a reason column; returns the path written. ``on_row(k, total)`` is
    called every 2,000 rows (openpyxl writes about 20,000 rows a second)."""
    target = Path(target)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31] or "未导入")
    width = max([len(labels)] + [len(r.cells) for r in rows])
    text_cols = {i for i, f in enumerate(mapping) if f in ID_LIKE_FIELDS}
    ws.column_dimensions["A"].width = 10
    for i in range(width):
        letter = _letter(i + 2)
        ws.column_dimensions[letter].width = 22 if i in text_cols else 12
    ws.column_dimensions[_letter(width + 2)].width = 60
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDDDDD")
    header = []
    for text in ["原行号"] + [labels[i] if i < len(labels) else "" for i in range(width)] + ["未导入原因"]:
        c = WriteOnlyCell(ws, value=text)
        c.font = bold
        c.fill = head_fill
        header.append(c)
    ws.append(header)
    ws.freeze_panes = "B2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for k, row in enumerate(rows):
        if on_row is not None and k % 2000 == 0:
            on_row(k, len(rows))
        out: list[Any] = [row.sheet_row]
        for i in range(width):
            value = row.cells[i] if i < len(row.cells) else None
            if value == "":
                value = None
            if i in text_cols and value is not None and not isinstance(value, str):
                # keep long numbers as text so Excel does not mangle them again
                value = _number_text(value)
            if i in text_cols and value is not None:
                c = WriteOnlyCell(ws, value=value)
                c.number_format = "@"
                value = c
            out.append(value)
        reason = WriteOnlyCell(ws, value=row.reason)
        reason.alignment = wrap
        out.append(reason)
        ws.append(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target, suffix=".xlsx") as tmp:
        save_workbook(wb, tmp)
    return target


def _number_text(value) -> str:
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
