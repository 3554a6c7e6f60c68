"""The monthly / quarterly report as a workbook: one sheet per table, the header bold and
frozen, money as numbers with two decimals, the total row bold, A4 landscape fit to width
with the header repeated on each printed page. Written atomically (``atomic.replacing``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from dibao_desk.atomic import replacing
from dibao_desk.exchange.xlsx_save import save_workbook
from dibao_desk.domain.statistics import INT, MONEY, PERMILLE, TEXT, Table

# text cells (户编号, ID numbers, accounts) formatted as text ('@'): Excel keeps 0012 and an
# 18-digit number as typed when a clerk edits or re-enters the cell, not 12 or 1.2E+17
_FORMATS = {MONEY: "0.00", PERMILLE: "0.0", INT: "0", TEXT: "@"}


def value(v, kind: str):
    if v == "" or v is None:
        return None
    if kind == TEXT:
        return str(v)
    if kind == MONEY:
        return Decimal(int(v)) / 100
    if kind == PERMILLE:
        return Decimal(int(v)) / 10
    return v


def _width(header: str, kind: str) -> float:
    return max(len(header) * 2 + 2, 12 if kind == MONEY else 8)


def write(path: Path, title: str, tables: Sequence[Table]) -> None:
    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    for t in tables:
        ws = wb.create_sheet(t.title[:31].replace("/", "、"))
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(t.headers))
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        header_row = 2
        if t.note:
            ws.append([t.note])
            ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(t.headers))
            header_row = 3
        ws.append(list(t.headers))
        for i, (h, k) in enumerate(zip(t.headers, t.kinds), start=1):
            c = ws.cell(row=header_row, column=i)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(i)].width = _width(h, k if i > 1 else "text")
        ws.column_dimensions["A"].width = max(14, max((len(str(r[0])) * 2 for r in t.all_rows), default=0) + 2)
        formatted = [(i, _FORMATS[k]) for i, k in enumerate(t.kinds, start=1) if k in _FORMATS]
        r = header_row  # counted here: openpyxl's max_row walks every row, quadratic over a 台账
        for row in t.all_rows:
            ws.append([value(v, k) for v, k in zip(row, t.kinds)])
            r += 1
            for i, fmt in formatted:
                ws.cell(row=r, column=i).number_format = fmt
        if t.total is not None:
            for i in range(1, len(t.headers) + 1):
                ws.cell(row=r, column=i).font = Font(bold=True)
        ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    with replacing(path, ".xlsx") as tmp:
        save_workbook(wb, tmp)
