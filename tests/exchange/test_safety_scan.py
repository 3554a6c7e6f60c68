"""The checks inflate each XML part once: the scan for declarations also notes which parts hold
formulas, and formula cells without a cached value are found by a bounded, chunked scan.
Small chunk sizes put every chunk boundary through declarations, formula tags and cells."""

from __future__ import annotations

import random
import re
import zipfile

import pytest
from openpyxl import Workbook

from dibao_desk.exchange import safety

SHEET1 = "xl/worksheets/sheet1.xml"
SHEET2 = "xl/worksheets/sheet2.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')

# Formulas with and without cached values, inline strings, shared formulas, self-closing cells.
FORMULAS = HEAD + """<dimension ref="A1:AB7"/><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c><c r="B1" t="inlineStr"><is><t>月保障金</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2"><f>300+20</f><v>320</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>李四</t></is></c><c r="B3"><f>300+20</f></c></row>
<row r="4"><c r="A4" s="1"/><c r="B4" s="1"><f>1+1</f><v></v></c></row>
<row r="5"><c r="B5" t="str"><f t="shared" ref="B5:C5" si="0">A1&amp;"x"</f><v>张三x</v></c><c r="C5"><f t="shared" si="0"/></c></row>
<row r="6"><c r="A6" t="inlineStr"><f>A1</f><is><t>王五</t></is></c><c r="D6"><f>SUM(B2:B3)</f></c></row>
<row r="7"><c r="AB7"><f>1</f></c><c r="AC7" s="2"/></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>""".encode()
# (row, col), 0-based: B3, B4 (empty <v>), C5, D6, AB7 -- not B2, B5 (cached) nor A6 (inline string).
NO_VALUE = {(2, 1), (3, 1), (4, 2), (5, 3), (6, 27)}

PLAIN = HEAD + """<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c>
<c r="B1" t="inlineStr"><is><t>&lt;f&gt; 不是公式</t></is></c></row></sheetData></worksheet>""".encode()


def _workbook(tmp_path, sheets: dict[str, bytes], name: str = "book.xlsx"):
    """An .xlsx made by openpyxl with two sheets, whose sheet parts are then replaced."""
    wb = Workbook()
    wb.active.title = "花名册"
    wb.create_sheet("说明")
    src = tmp_path / ("src-" + name)
    wb.save(src)
    path = tmp_path / name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, sheets.get(info.filename, zin.read(info.filename)))
    return path


def _reference(data: bytes) -> set[tuple[int, int]]:
    """The whole part in memory, one regex pass (how the cells were found before the scan was
    chunked)."""
    return {(int(m.group(2)) - 1, safety._col_index(m.group(1)))
            for m in safety._CELL_WITH_FORMULA.finditer(data)
            if not safety._HAS_VALUE.search(m.group(3)) and b"<is>" not in m.group(3)}


def test_formula_cells_without_a_cached_value_are_found_exactly(tmp_path):
    path = _workbook(tmp_path, {SHEET1: FORMULAS, SHEET2: PLAIN})
    assert _reference(FORMULAS) == NO_VALUE
    with safety.open_workbook(path) as wb:
        assert wb.formula_parts == frozenset({SHEET1})
        sheet = wb.read("花名册")
        assert sheet.formula_without_value == NO_VALUE
        assert sheet.rows[1][1] == 320
        assert wb.read("说明").formula_without_value == frozenset()


def test_every_chunk_boundary_through_the_cells_gives_the_same_cells(tmp_path, monkeypatch):
    path = _workbook(tmp_path, {SHEET1: FORMULAS})
    straddling = FORMULAS.index(b'<c r="B3">') + 12  # a boundary inside B3's <f>
    for size in [*range(1, 120), straddling, len(FORMULAS) - 1, len(FORMULAS), 1 << 20]:
        monkeypatch.setattr(safety, "_SCAN_CHUNK", size)
        scan = safety.scan_workbook(path)
        assert scan.problems == [], size
        assert SHEET1 in scan.formula_parts, size
        assert safety._formulas_without_value(path, "花名册", scan.formula_parts) == NO_VALUE, size


def test_a_formula_tag_cut_by_a_chunk_boundary_is_noted(tmp_path, monkeypatch):
    xml = HEAD + b'<sheetData><row r="1"><c r="A1"><f>1+1</f></c></row></sheetData></worksheet>'
    path = _workbook(tmp_path, {SHEET1: xml})
    at = xml.index(b"<f>")
    for size in (at + 1, at + 2):  # boundary between "<" and "f", and between "<f" and ">"
        monkeypatch.setattr(safety, "_SCAN_CHUNK", size)
        scan = safety.scan_workbook(path)
        assert scan.formula_parts == frozenset({SHEET1})
        assert safety._formulas_without_value(path, "花名册", scan.formula_parts) == {(0, 0)}


def test_a_workbook_without_formulas_is_not_scanned_again(tmp_path, monkeypatch):
    path = _workbook(tmp_path, {SHEET1: PLAIN, SHEET2: PLAIN})
    with safety.open_workbook(path) as wb:
        assert wb.formula_parts == frozenset()

        def fail(*args, **kwargs):
            raise AssertionError("the sheet part was inflated a second time")

        monkeypatch.setattr(safety, "_formulas_without_value", fail)
        sheet = wb.read("花名册")
    assert sheet.rows[0] == ["户主姓名", "<f> 不是公式"]
    assert sheet.formula_without_value == frozenset()


def test_only_the_sheet_with_formulas_is_scanned(tmp_path, monkeypatch):
    path = _workbook(tmp_path, {SHEET1: PLAIN, SHEET2: FORMULAS})
    with safety.open_workbook(path) as wb:
        assert wb.formula_parts == frozenset({SHEET2})
        assert wb.read("说明").formula_without_value == NO_VALUE
        inflated = []
        real = safety._cells_without_value
        monkeypatch.setattr(safety, "_cells_without_value",
                            lambda data, end, found: inflated.append(end) or real(data, end, found))
        assert wb.read("花名册").formula_without_value == frozenset()
        assert inflated == []  # the part of 花名册 has no formula: it is not inflated again
        assert wb.read("说明").formula_without_value == NO_VALUE
        assert inflated


def test_a_workbook_made_without_the_checks_still_finds_its_formulas(tmp_path):
    from python_calamine import CalamineWorkbook

    path = _workbook(tmp_path, {SHEET1: FORMULAS})
    with safety.Workbook(path, "zip", CalamineWorkbook.from_path(str(path))) as wb:
        assert wb.read("花名册").formula_without_value == NO_VALUE


@pytest.mark.parametrize("tag, next_byte, formula", [
    (b"<f", b">", True), (b"<f", b" ", True), (b"<f", b"/", True),
    (b"<f", b"o", False), (b"<f", b"i", False), (b"<F", b">", False)])
def test_what_counts_as_a_formula_element(tag, next_byte, formula):
    assert safety._has_formula_element(b"<c r='A1'>" + tag + next_byte + b"x") is formula
    assert safety._has_formula_element(b"xx" + tag) is False  # the next byte is not there yet


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_a_declaration_cut_by_every_chunk_boundary_is_found(tmp_path, monkeypatch, encoding):
    xml = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
           '<worksheet><sheetData><row r="1"><c r="A1"><f>1</f></c></row></sheetData></worksheet>')
    data = xml.encode(encoding)
    path = _workbook(tmp_path, {SHEET1: data}, f"{encoding}.xlsx")
    at = data.index("<!DOCTYPE".encode(encoding))
    for size in range(1, at + 20):
        monkeypatch.setattr(safety, "_SCAN_CHUNK", size)
        assert safety.problem_codes(safety.check_workbook(path)) == ["file.xml_entities"], size
        scan = safety.scan_workbook(path)
        assert safety.problem_codes(scan.problems) == ["file.xml_entities"]
        assert scan.formula_parts is None


def test_check_workbook_gives_what_scan_workbook_finds(tmp_path):
    good = _workbook(tmp_path, {SHEET1: FORMULAS})
    assert safety.check_workbook(good) == safety.scan_workbook(good).problems == []
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    assert safety.problem_codes(safety.check_workbook(text)) == ["file.not_workbook"]
    assert safety.scan_workbook(text).formula_parts is None


def test_what_follows_a_closed_cell_is_not_carried_along(tmp_path, monkeypatch):
    """Once the last cell is closed (by </c> or "/>"), the window stays near one chunk, even
    through a long run of merged ranges after the cells."""
    cells = b"".join(b'<c r="%s%d" s="1"/>' % (col, r) for r in range(1, 200) for col in (b"A", b"B"))
    merged = b"".join(b'<mergeCell ref="A%d:B%d"/>' % (r, r) for r in range(1, 400))
    xml = (HEAD + b'<sheetData><row r="1"><c r="C1"><f>1</f></c>' + cells + b"</row></sheetData>"
           + b'<mergeCells count="399">' + merged + b"</mergeCells></worksheet>")
    path = _workbook(tmp_path, {SHEET1: xml})
    monkeypatch.setattr(safety, "_SCAN_CHUNK", 64)
    windows = []
    real = safety._cells_without_value
    monkeypatch.setattr(safety, "_cells_without_value",
                        lambda data, end, found: windows.append(len(data)) or real(data, end, found))
    assert safety._formulas_without_value(path, "花名册") == {(0, 2)}
    assert max(windows) < 64 + 40


@pytest.mark.parametrize("text", [b"", b"f" * 10, b"of " * 200, b"<fo <fi f> f/ <f" * 50])
def test_a_formula_element_is_found_among_many_other_fs(text):
    """Latin text full of "f": the quick one-byte search gives way to the two-byte one."""
    assert not safety._has_formula_element(text)
    for where in (0, 1, len(text) // 2, len(text)):
        data = text[:where] + b"<f>1</f>" + text[where:]
        for start in range(0, len(data), 7):
            for end in (where + 2, where + 3, where + 4, len(data)):
                expected = re.search(rb"<f[ >/]", data[start:end]) is not None
                assert safety._has_formula_element(data, start, end) is expected, (where, start, end)


def test_random_sheets_give_what_one_pass_over_the_whole_part_gives(tmp_path, monkeypatch):
    rnd = random.Random(7)
    kinds = [
        '<c r="{r}" s="1"/>',
        '<c r="{r}" t="n"><v>12</v></c>',
        '<c r="{r}" t="inlineStr"><is><t>张三 of f</t></is></c>',
        '<c r="{r}" t="inlineStr"><is><r><rPr><color rgb="FF0000"/></rPr><t>红</t></r></is></c>',
        '<c r="{r}"><f>SUM(A1:A2)</f><v>3</v></c>',
        '<c r="{r}"><f>SUM(A1:A2)</f></c>',
        '<c r="{r}" t="str"><f t="shared" ref="A1:A9" si="0">A1&amp;"f"</f><v>x</v></c>',
        '<c r="{r}"><f t="shared" si="0"/></c>',
        '<c r="{r}"><f>1</f><v></v></c>',
        '<c r="{r}" t="inlineStr"><f>A1</f><is><t>x</t></is></c>',
        '<c s="2" r="{r}"><f>1</f></c>',
    ]
    rows = []
    for r in range(1, 120):
        cells = "".join(rnd.choice(kinds).format(r=f"{col}{r}") for col in ("A", "B", "AA", "XFD")
                        if rnd.random() < 0.7)
        rows.append(f'<row r="{r}">{cells}</row>')
    xml = HEAD + f'<sheetData>{"".join(rows)}</sheetData></worksheet>'.encode()
    expected = _reference(xml)
    assert len(expected) > 20
    path = _workbook(tmp_path, {SHEET1: xml})
    for size in (1, 5, 13, 31, 64, 100, 257, 1000, 1 << 20):
        monkeypatch.setattr(safety, "_SCAN_CHUNK", size)
        assert safety._formulas_without_value(path, "花名册") == expected, size
