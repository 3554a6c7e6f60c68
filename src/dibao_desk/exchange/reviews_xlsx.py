"""The review lists as workbooks: the month's (or overdue) due list, and a quarter plan.

IDs and dates are written as text so Excel shows them as they are; the file is
written to a temporary file beside the target and renamed, so a failed write
never leaves half a workbook under the real name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from dibao_desk import messages
from dibao_desk.atomic import replacing
from dibao_desk.exchange.xlsx_save import save_workbook


class _DueRow(Protocol):
    """What a line of the list gives (read-only: services.reviews.DueRow is a named tuple)."""

    @property
    def household_id(self) -> int: ...

    @property
    def village(self) -> str: ...

    @property
    def head_name(self) -> str: ...

    @property
    def head_id_number(self) -> str: ...

    @property
    def hukou_type(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def due_date(self) -> dt.date: ...

    @property
    def rule(self) -> str: ...

    @property
    def overdue_days(self) -> int: ...


DUE_COLUMNS = (("序号", 6), ("村（社区）", 14), ("户主", 14), ("户主身份证号", 21), ("户籍", 6),
               ("类别", 6), ("应复核日期", 12), ("复核依据", 26), ("逾期天数", 9), ("户编号", 8))
PLAN_COLUMNS = (("序号", 6), ("计划日期", 12), ("星期", 6), ("村（社区）", 14), ("户主", 14), ("类别", 6),
                ("应复核日期", 12), ("复核依据", 26), ("备注", 10), ("户编号", 8))
WEEKDAYS = "一二三四五六日"
FILED_MARK = "（备案）"  # after the head's name: a member is a registered close relative of staff or a cadre


def rule_label(rule: str) -> str:
    return messages.label("review_rule", rule)


def _sheet(wb: Workbook, title: str, heading: str, columns: Sequence[tuple[str, int]]) -> Worksheet:
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = title[:31]
    ws.append([heading])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([c for c, _w in columns])
    for i, (_c, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        ws.cell(row=2, column=i).font = Font(bold=True)
    ws.freeze_panes = "A3"
    # A4 landscape, one page wide, the column headings printed on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fit = ws.sheet_properties.pageSetUpPr
    if fit is None:
        fit = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    fit.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:2"
    return ws


def _finish(ws: Worksheet, rows: int, columns: Sequence[tuple[str, int]]) -> None:
    """The filter over the headings and the rows; long reasons wrapped."""
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A2:{last}{rows + 2}"
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, (name, _w) in enumerate(columns, start=1):
        if name in ("复核依据",):
            for r in range(3, rows + 3):
                ws.cell(row=r, column=i).alignment = wrap


def _head(r: Any) -> tuple[str, bool]:
    """The head's name as the lists show it, and whether the household is 备案: marked as the
    window and the terminal mark it, beside the name, where a reviewer looks."""
    marked = bool(getattr(r, "filed", False))  # a row made elsewhere may not know 备案
    return (f"{r.head_name}{FILED_MARK}" if marked else str(r.head_name)), marked


def filed_note(filed: int) -> str:
    """The line under a list's total that says what the 备案 mark means."""
    return messages.text("reviews.filed_note", count=filed)


def _save(wb: Workbook, path: str | Path) -> None:
    with replacing(path, ".xlsx") as tmp:
        save_workbook(wb, tmp)


def write_due_list(path: str | Path, rows: Iterable[_DueRow], heading: str) -> int:
    """Write the due (or overdue) list; returns the number of households written."""
    wb = Workbook()
    ws = _sheet(wb, "复核名单", heading, DUE_COLUMNS)
    n = filed = 0
    for n, r in enumerate(rows, start=1):
        head, marked = _head(r)
        filed += marked
        ws.append([n, r.village, head, r.head_id_number, messages.label("hukou_type", r.hukou_type),
                   messages.label("category", r.category), r.due_date.isoformat(), rule_label(r.rule),
                   r.overdue_days or "", str(r.household_id)])
        ws.cell(row=n + 2, column=4).number_format = "@"
        ws.cell(row=n + 2, column=7).number_format = "@"
        ws.cell(row=n + 2, column=10).number_format = "@"
    _finish(ws, n, DUE_COLUMNS)
    ws.append([])
    ws.append([f"合计 {n} 户"])
    if filed:
        ws.append([filed_note(filed)])
    _save(wb, path)
    return n


def write_plan(path: str | Path, rows: Iterable, heading: str) -> int:
    """Write a quarter plan (rows with day, village, head_name, category, due_date, rule, late and
    filed: the 备案 mark, as the due list's)."""
    wb = Workbook()
    ws = _sheet(wb, "复核计划", heading, PLAN_COLUMNS)
    n = filed = 0
    for n, r in enumerate(rows, start=1):
        head, marked = _head(r)
        filed += marked
        ws.append([n, r.day.isoformat(), WEEKDAYS[r.day.weekday()], r.village, head,
                   messages.label("category", r.category), r.due_date.isoformat(), rule_label(r.rule),
                   "已逾期" if r.late else "", str(r.household_id)])
        for col in (2, 7, 10):
            ws.cell(row=n + 2, column=col).number_format = "@"
    _finish(ws, n, PLAN_COLUMNS)
    ws.append([])
    ws.append([f"合计 {n} 户"])
    if filed:
        ws.append([filed_note(filed)])
    _save(wb, path)
    return n
