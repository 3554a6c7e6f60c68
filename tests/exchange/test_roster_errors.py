"""The error workbook as the operator opens it: the rows, their look, and the tools that read it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dibao_desk.exchange import safety
from dibao_desk.exchange.roster_errors import ErrorRow, write_error_workbook

LABELS = ["姓名", "身份证号", "金额", "出生日期", "批准时间", "备注", "银行账号"]
MAPPING = ["name", "id_number", "benefit", "", "", "note", "bank_account"]


def _rows() -> list[ErrorRow]:
    return [
        ErrorRow(5, ["张三", "36042619800101001X", 1540.5, dt.date(1980, 1, 1), dt.datetime(2021, 3, 4, 8, 30),
                     "住<东>边 & 西\x01边 ", 6217001234567890123.0], "身份证号校验位不对"),
        ErrorRow(9, ["李四", 360426198001010011.0, 770, None, "", "=SUM(A1:A2)", 62170012345678.0], "同户第 5 行有错误，整户未导入"),
    ]


def test_error_workbook_keeps_its_look_and_cells(tmp_path: Path) -> None:
    out = write_error_workbook(tmp_path / "花名册-未导入.xlsx", LABELS, MAPPING, _rows())
    ws = load_workbook(out).worksheets[0]
    assert ws.title == "未导入" and ws.freeze_panes == "B2"
    assert [c.value for c in ws[1]] == ["原行号", *LABELS, "未导入原因"]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDDDDD") for c in ws[1])
    assert [c.value for c in ws[2]] == [5, "张三", "36042619800101001X", 1540.5, dt.datetime(1980, 1, 1),
                                        dt.datetime(2021, 3, 4, 8, 30), "住<东>边 & 西边 ", "6.217E+18",
                                        "身份证号校验位不对"]
    # numbers in ID-like columns become text as Excel showed them; a formula-like cell stays text
    assert [c.value for c in ws[3]] == [9, "李四", "3.60426E+17", 770, None, None, "=SUM(A1:A2)", "62170012345678",
                                        "同户第 5 行有错误，整户未导入"]
    assert ws["C2"].number_format == "@" and ws["H2"].number_format == "@"
    assert ws["E2"].number_format == "yyyy-mm-dd" and ws["I2"].alignment.wrap_text
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["A"] == 10 and widths["B"] == 12 and widths["C"] == 22 and widths["H"] == 22 and widths["I"] == 60
    assert ws.max_row == 3 and ws.max_column == 9
    assert not list(tmp_path.glob(".~*"))


def test_error_workbook_passes_the_import_checks_and_reads_in_calamine(tmp_path: Path) -> None:
    out = write_error_workbook(tmp_path / "x-未导入.xlsx", LABELS, MAPPING, _rows())
    assert safety.check_workbook(out) == []
    with safety.open_workbook(out) as book:
        assert book.sheet_names == ["未导入"]
        rows = book.read().rows
    assert rows[1][1:3] == ["张三", "36042619800101001X"] and rows[2][-1] == "同户第 5 行有错误，整户未导入"
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_error_workbook_opens_in_libreoffice(tmp_path: Path) -> None:
    out = write_error_workbook(tmp_path / "e.xlsx", LABELS, MAPPING, _rows())
    subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    lines = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "原行号,姓名,身份证号,金额,出生日期,批准时间,备注,银行账号,未导入原因"
    assert lines[1].startswith("5,张三,36042619800101001X,1540.5,1980-01-01,")
    assert lines[2] == "9,李四,3.60426E+17,770,,,=SUM(A1:A2),62170012345678,同户第 5 行有错误，整户未导入"
