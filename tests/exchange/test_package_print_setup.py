"""Every sheet of every package prints and filters as a county clerk needs: a bold header that
is frozen, filtered and printed on every page, widths for its contents, wrapped evidence text,
A4 landscape fitted to the page width. Read back with openpyxl and printed with LibreOffice."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out as out
from dibao_desk.services import exchange
from tests.exchange.exchange_fixtures import TODAY, township  # noqa: F401
from tests.helpers import make_id

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def check_sheet(ws, rows: int, columns: int) -> None:
    last = openpyxl.utils.get_column_letter(columns)
    assert ws.freeze_panes == "A2", ws.title
    assert ws.print_title_rows == "$1:$1", ws.title
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert all(ws.cell(1, c).font.b for c in range(1, columns + 1)), ws.title
    if ws.title != pkg.MANIFEST_SHEET:
        assert ws.auto_filter.ref == f"A1:{last}{rows + 1}", ws.title
    for c in range(1, columns + 1):
        assert (ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width or 0) >= 6


@pytest.mark.parametrize("kind", ["roster", "cases", "reviews", "payments"])
def test_every_sheet_of_a_package_has_its_print_setup(ctx, township, tmp_path, kind):
    if kind == "payments":
        from dibao_desk.services import payroll

        payroll.sign(ctx.uow(), payroll.make(ctx.uow(), "2026-11", today=TODAY).id, "赵镇长", TODAY)
    result = exchange.export_package(ctx.uow(), kind, "2026-11", tmp_path / f"{kind}.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(result.path)
    specs = out.specs_for(kind)
    long_cells = 0
    for name in result.rows:
        check_sheet(wb[name], result.rows[name], len(specs[name].columns))
        for i, col in enumerate(specs[name].columns, 1):
            filled = [wb[name].cell(r, i) for r in range(2, result.rows[name] + 2)
                      if wb[name].cell(r, i).value is not None]
            if pkg.is_long(col):
                assert all(c.alignment.wrap_text for c in filled), (name, col.header)
                long_cells += len(filled)
    # the wrap check above saw long text, not only empty columns (the township's roster and
    # reviews hold none: their 住址/说明 cells are empty, so wrapping is checked on cases and payments)
    assert long_cells > 0 or kind in ("roster", "reviews"), kind
    check_sheet(wb[pkg.MANIFEST_SHEET], 0, 3)
    # the package still reads back as written
    pkg.read_package(result.path, specs=out.specs_for(kind))


def long_cases(n: int) -> list[tuple]:
    return [(f"C{i}", "新增", str(i), "东风村", f"户主{i:03d}", make_id("19600315", i % 90 + 1), "农村", 3, 2,
             120000, 40000, "二类", 31200, dt.date(2026, 11, 16),
             "家中主要劳动力患病，收入微薄；入户调查两人签字；民主评议通过，无异议；一榜公示7天无异议。" * 2)
            for i in range(1, n + 1)]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_cases_sheet_landscape_one_page_wide_with_the_header_on_every_page(tmp_path):
    path = tmp_path / "待审批.xlsx"
    pkg.write_package(path, kind="cases", direction="up", township_code="360426100000", township_name="德安镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.CASES, long_cases(60))])
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
                   check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    reader = PdfReader(str(tmp_path / "pdf" / "待审批.pdf"))
    pages = [p for p in reader.pages if "户主姓名" in "".join(p.extract_text().split())
             or "户主" in "".join(p.extract_text().split())]
    case_pages = [p for p in reader.pages if "证据摘要" in "".join(p.extract_text().split())]
    assert len(case_pages) >= 2, "60 cases with their evidence run over pages"
    for p in case_pages:
        box = p.mediabox
        assert float(box.width) > float(box.height), "landscape"
        text = "".join(p.extract_text().split())
        # fitted to the width: the first and the last column on every page, the header repeated
        for header in ("案件编号", "户主姓名", "拟定月保障金（元）", "证据摘要"):
            assert header in text, header
    every_row = "".join("".join(p.extract_text().split()) for p in case_pages)
    assert all(f"户主{i:03d}" in every_row for i in range(1, 61))
    assert pages


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_reviews_due_list_prints_one_page_wide_with_its_headings_on_every_page(tmp_path):
    from types import SimpleNamespace

    from dibao_desk.exchange import reviews_xlsx

    rows = [SimpleNamespace(household_id=i, village="东风村", head_name=f"户主{i:03d}",
                            head_id_number=make_id("19600315", i % 90 + 1), hukou_type="rural", category="class3",
                            due_date=dt.date(2026, 11, 30), rule="class3_quarterly", overdue_days=i)
            for i in range(1, 81)]
    path = tmp_path / "复核名单.xlsx"
    assert reviews_xlsx.write_due_list(path, rows, "2026 年 11 月应复核低保家庭名单") == 80
    ws = openpyxl.load_workbook(path).active
    assert ws.print_title_rows == "$1:$2" and ws.auto_filter.ref == "A2:J82"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.orientation == "landscape"
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
                   check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    pages = ["".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "pdf" / "复核名单.pdf")).pages]
    assert len(pages) >= 2
    for text in pages:  # one page wide: the first and last column on every page, and the headings
        assert "序号" in text and "户编号" in text and "应复核日期" in text
    assert all(f"户主{i:03d}" in "".join(pages) for i in range(1, 81))
