"""A sheet whose cells reach far across the grid (one cell at XFD1048576) is refused before
python-calamine sees it: calamine lays the sheet out as a grid from A1 and, asked for 512 GB,
aborts the whole process. Every reader that goes through the safety checks refuses it:
rosters (preview and the command line) and exchange packages (before the checksum).

The commands run in a child process with its address space capped, so a check that lets
such a file through fails the test (the child aborts) instead of ending the test run."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from dibao_desk import messages
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import safety
from tests.exchange.roster_samples import ZHANG, simple_roster

SRC = Path(__file__).resolve().parents[2] / "src"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _with_sheet_xml(src: Path, dst: Path, sheet_xml: bytes, member: str = "xl/worksheets/sheet1.xml") -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, sheet_xml if info.filename == member else zin.read(info.filename))
    return dst


def whole_grid_roster(tmp_path: Path, name: str = "全表.xlsx") -> Path:
    """A roster sheet declaring the whole grid, its header in row 1 and one cell at XFD1048576."""
    wb = Workbook()
    ws = wb.active
    ws.append(["户主姓名", "身份证号"])
    ws.append(["张三", ZHANG])
    ws["XFD1048576"] = "x"
    wb.save(tmp_path / name)
    data = zipfile.ZipFile(tmp_path / name).read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:XFD1048576"' in data and b'r="XFD1048576"' in data
    return tmp_path / name


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    """``dibao-desk`` in a child process that may not map more than 1.5 GB."""
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20)); "
            "from dibao_desk.cli import main; sys.exit(main(sys.argv[1:]))")
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def _refused_in_a_child(res: subprocess.CompletedProcess, file_name: str) -> None:
    assert res.returncode >= 0, f"the program was killed by signal {-res.returncode}: {res.stderr[-800:]}"
    assert res.returncode in (1, 2), res.stderr[-800:]
    assert "第 1048576 行、第 16384 列" in res.stderr and file_name in res.stderr
    assert "panicked" not in res.stderr and "memory allocation" not in res.stderr


@pytest.mark.parametrize("cells", [
    # the sheet's own dimension, and a lone cell at the far corner
    f'<worksheet {NS}><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576">'
    '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    # a far column on a near row and a far row in column A: the grid spans both
    f'<worksheet {NS}><sheetData><row r="1"><c r="XFD1" t="n"><v>1</v></c></row>'
    '<row r="1048576"><c r="A1048576" t="n"><v>1</v></c></row></sheetData></worksheet>',
    # the reference after another attribute
    f'<worksheet {NS}><sheetData><row r="1"><c t="n" r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>',
    # cells with a namespace prefix
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
    '<x:row r="1"><x:c r="XFD1048576" t="n"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    # cells without a reference: 20,000 of them in row 99,999, each one column right of the last
    f'<worksheet {NS}><sheetData><row r="99999">' + '<c t="n"><v>1</v></c>' * 20000 + '</row></sheetData></worksheet>',
], ids=["corner", "far-row-and-column", "reference-not-first", "prefixed", "without-references"])
def test_cells_that_reach_across_the_grid_are_refused(tmp_path, cells):
    src = simple_roster(tmp_path / "src.xlsx", [("张三", ZHANG, [])])
    path = _with_sheet_xml(src, tmp_path / "远.xlsx", cells.encode())
    problems = safety.check_workbook(path)
    assert [p.code for p in problems] == ["file.sheet_extent"]
    assert problems[0].params["sheet"] == "Sheet1"
    text = messages.text(problems[0])
    assert "远.xlsx" in text and "Sheet1" in text and "超出本程序的限度" in text


@pytest.mark.parametrize("cells, grid", [
    # a false dimension alone: python-calamine sizes nothing by it
    (f'<worksheet {NS}><dimension ref="A1:XFD1048576"/><sheetData><row r="1">'
     '<c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c></row></sheetData></worksheet>', (99_999, 52)),
    # an empty formatted cell far away holds nothing python-calamine keeps
    (f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row>'
     '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData></worksheet>', (99_999, 52)),
], ids=["false-dimension", "empty-far-cell"])
def test_what_python_calamine_does_not_lay_out_is_not_refused(tmp_path, cells, grid):
    src = simple_roster(tmp_path / "src.xlsx", [("张三", ZHANG, [])])
    path = _with_sheet_xml(src, tmp_path / "近.xlsx", cells.encode())
    scan = safety.scan_workbook(path)
    assert scan.problems == []
    extent = scan.extents["xl/worksheets/sheet1.xml"]
    assert extent.grid == grid
    with safety.open_workbook(path) as wb:
        assert wb.read().rows[0][0] in ("户主姓名", 1.0)


def test_the_extent_of_a_roster_as_openpyxl_writes_it(tmp_path):
    path = simple_roster(tmp_path / "r.xlsx", [("张三", ZHANG, [])])
    extent = safety.scan_workbook(path).extents["xl/worksheets/sheet1.xml"]
    assert (extent.rows, extent.cols) == (2, 7)
    assert extent.dimension == (2, 7)


def test_import_roster_refuses_the_whole_grid_in_a_child_process(tmp_path):
    path = whole_grid_roster(tmp_path)
    for args in (["import-roster", str(path), "--dry-run"], ["import-roster", str(path)]):
        res = _run(args, tmp_path / "data")
        _refused_in_a_child(res, path.name)
    # a preview in this process too: refused before python-calamine is asked for the sheet
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import roster_import as ri
    from dibao_desk.services.context import open_context

    ctx = open_context(tmp_path / "here")
    try:
        with pytest.raises(RuleError) as info:
            ri.preview(ctx.uow(), path)
        assert [p.code for p in info.value.problems] == ["file.sheet_extent"]
    finally:
        ctx.close()


def test_import_package_refuses_a_data_sheet_across_the_grid_before_its_checksum(tmp_path):
    good = tmp_path / "good.xlsx"
    pkg.write_package(good, kind="decisions", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(pkg_sheet(), [("1", "", "", "", "批准", "", None, "否", "陈科长")])])
    with zipfile.ZipFile(good) as z:
        parts = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        data = z.read(parts[-1])
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    bad = _with_sheet_xml(good, tmp_path / "审批结果.xlsx", data.replace(b"</sheetData>", far), parts[-1])
    assert [p.code for p in safety.check_workbook(bad)] == ["file.sheet_extent"]
    with pytest.raises(pkg.PackageError) as info:
        pkg.read_package(bad)
    assert [p.code for p in info.value.problems] == ["file.sheet_extent"]
    res = _run(["import-package", str(bad)], tmp_path / "data")
    _refused_in_a_child(res, bad.name)


def pkg_sheet():
    from dibao_desk.exchange import packages_out as out

    return out.DECISIONS


def test_the_quick_search_finds_what_one_search_for_far_cells_finds(monkeypatch):
    """The scan looks for far cells only where a cell is not written the common way with a
    near reference: on sheets mixing near and far cells, cells written otherwise, other
    elements starting with "<c" and references cut by a chunk's end, it measures what one
    search of ``_FAST_CELL`` from each match to the next measures."""
    import random

    from dibao_desk.exchange import sheet_extent as se

    rnd = random.Random(5)
    refs = ["A1", "B7", "Z99999", "AA1", "AZ99999", "BA1", "XFD1", "A100000", "AZ100000", "ZZ12", "AAA1",
            "A1048576", "XFD1048576", "a1", "", "1", "A", "A0", "AB0123456", "B999999"]
    forms = ['<c r="{ref}" t="n"><v>1</v></c>', '<c r="{ref}" s="1"/>', '<c r="{ref}"><v>2</v></c>',
             '<c t="n" r="{ref}"><v>1</v></c>', "<c><v>1</v></c>", '<c\tr="{ref}"><v>1</v></c>',
             "<col min=\"1\" max=\"3\"/>", "<cols>", "<cfRule type=\"x\"/>", '<c r=\'{ref}\'><v>1</v></c>',
             '<c  r="{ref}"><v>1</v></c>', '<c r="{ref}"', "<c"]

    def measure(data: bytes, chunk: int) -> se.Extent:
        scan = se.ExtentScan()
        for i in range(0, len(data), chunk):
            scan.feed(data[i:i + chunk])
        scan.finish()
        return scan.result()

    for trial in range(300):
        near = rnd.random() < 0.5
        cells = []
        for _ in range(rnd.randint(1, 60)):
            if near and rnd.random() < 0.9:
                form, ref = forms[0], rnd.choice(refs[:5])
            else:
                form, ref = rnd.choice(forms), rnd.choice(refs)
            cells.append(form.format(ref=ref))
        data = ('<worksheet><sheetData><row r="1">' + "".join(cells) + "</row></sheetData></worksheet>").encode()
        chunk = rnd.choice((7, 16, 50, 1 << 20))
        quick = measure(data, chunk)
        with monkeypatch.context() as m:
            m.setattr(se, "_next_far", lambda d, pos, end: se._FAST_CELL.search(d, pos, end))
            one_search = measure(data, chunk)
        assert quick == one_search, (trial, data)


def test_a_reader_is_told_when_python_calamine_has_parsed_the_sheet(tmp_path):
    """``Workbook.read(on_parsed=...)``: called once, after python-calamine's parse and before
    the cells are Python values (the roster preview fetches the store's rows meanwhile)."""
    import python_calamine

    from tests.exchange.roster_samples import messy_roster

    path = messy_roster(tmp_path / "花名册.xlsx")
    told: list[str] = []
    with safety.open_workbook(path) as wb:
        book, first = wb._book, wb.sheet_names[0]
        real_sheet = book.get_sheet_by_name

        class Sheet:  # python-calamine's sheet, noting when its cells are asked for
            def __init__(self, sheet: python_calamine.CalamineSheet) -> None:
                self._sheet = sheet

            def __getattr__(self, name: str) -> object:
                return getattr(self._sheet, name)

            def to_python(self, **kw: object) -> object:
                told.append("cells")
                return self._sheet.to_python(**kw)

        class Book:
            sheet_names = book.sheet_names

            @staticmethod
            def get_sheet_by_name(name: str) -> Sheet:
                told.append("parsed by calamine")
                return Sheet(real_sheet(name))

        wb._book = Book()
        sheet = wb.read(first, on_parsed=lambda: told.append("told"))
        wb._book = book
    assert told == ["parsed by calamine", "told", "cells"] and len(sheet.rows) > 3
