"""Hostile and broken files are refused before anything parses them, and nothing is written."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.exchange import safety
from dibao_desk.models import AuditLog, Household, Member
from dibao_desk.services import roster_import as ri
from tests.exchange.roster_samples import ZHANG, messy_roster, simple_roster

TODAY = dt.date(2026, 11, 23)


def _counts(ctx):
    with ctx.uow() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(Household)),
                s.scalar(select(func.count()).select_from(Member)),
                s.scalar(select(func.count()).select_from(AuditLog)))


def _refused(ctx, path, code):
    before = _counts(ctx)
    assert safety.problem_codes(safety.check_workbook(path)) == [code]
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path, options=ri.ImportOptions(today=TODAY))
    assert [p.code for p in info.value.problems] == [code]
    with pytest.raises(RuleError):
        ri.commit(ctx.uow(), path, options=ri.ImportOptions(today=TODAY))
    text = messages.text(info.value.problems[0])
    assert path.name in text or code == "file.missing"
    assert _counts(ctx) == before
    return text


def _rewrite(src, dst, replace: dict[str, bytes] = {}, add: dict[str, bytes] = {}):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for name, data in add.items():
            zout.writestr(name, data)
    return dst


def test_a_renamed_text_file_is_not_a_workbook(ctx, tmp_path):
    path = tmp_path / "花名册.xlsx"
    path.write_text("户主姓名,身份证号\n张三,360426196003150113\n", encoding="utf-8")
    assert "不是 Excel 工作簿" in _refused(ctx, path, "file.not_workbook")


def test_a_renamed_picture_is_not_a_workbook(ctx, tmp_path):
    path = tmp_path / "photo.xls"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    _refused(ctx, path, "file.not_workbook")


def test_a_zip_that_is_not_a_spreadsheet_is_refused(ctx, tmp_path):
    path = tmp_path / "docs.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    _refused(ctx, path, "file.not_workbook")


def test_an_empty_file_is_refused(ctx, tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "空的" in _refused(ctx, path, "file.empty")


def test_a_missing_file_is_refused(ctx, tmp_path):
    _refused(ctx, tmp_path / "nowhere.xlsx", "file.missing")


def test_a_truncated_workbook_is_refused(ctx, tmp_path):
    good = messy_roster(tmp_path / "good.xlsx")
    data = good.read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "不完整" in _refused(ctx, path, "file.truncated")


def test_an_xml_entity_bomb_inside_an_xlsx_is_refused(ctx, tmp_path):
    good = messy_roster(tmp_path / "good.xlsx")
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
              + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                         for i in range(1, 10))
              + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
              + b'</sheetData></worksheet>')
    path = _rewrite(good, tmp_path / "laughs.xlsx", replace={"xl/worksheets/sheet1.xml": laughs})
    assert "实体" in _refused(ctx, path, "file.xml_entities")


def test_an_entity_declared_in_utf16_is_found_too(ctx, tmp_path):
    good = messy_roster(tmp_path / "good.xlsx")
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    path = _rewrite(good, tmp_path / "u16.xlsx", replace={"xl/worksheets/sheet1.xml": xml.encode("utf-16")})
    _refused(ctx, path, "file.xml_entities")


def test_a_zip_that_inflates_to_gigabytes_is_refused_from_its_directory(ctx, tmp_path):
    """A member of 1 GiB of spaces stored in about 4 MB: refused without inflating it."""
    good = messy_roster(tmp_path / "good.xlsx")
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in zin.infolist():
            z.writestr(info.filename, zin.read(info.filename))
        with z.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1 << 24)
            for _ in range(64):
                f.write(chunk)
    assert path.stat().st_size < 20 * 1024 * 1024
    tracemalloc.start()
    problems = safety.check_workbook(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [p.code for p in problems] == ["file.zip_bomb"]
    assert peak < 20 * 1024 * 1024
    assert "异常巨大" in _refused(ctx, path, "file.zip_bomb")


def test_a_highly_compressed_member_is_refused_by_its_ratio(ctx, tmp_path):
    good = messy_roster(tmp_path / "good.xlsx")
    path = _rewrite(good, tmp_path / "ratio.xlsx", add={"xl/media/image1.bin": b"\0" * (40 * 1024 * 1024)})
    _refused(ctx, path, "file.zip_bomb")


def test_too_many_members_are_refused(tmp_path):
    good = messy_roster(tmp_path / "good.xlsx")
    path = _rewrite(good, tmp_path / "many.xlsx", add={f"xl/x/{i}.xml": b"<a/>" for i in range(50)})
    problems = safety.check_workbook(path, safety.Limits(max_members=20))
    assert [p.code for p in problems] == ["file.zip_members"]


def test_a_good_roster_passes_the_checks(tmp_path):
    assert safety.check_workbook(messy_roster(tmp_path / "good.xlsx")) == []


def test_a_formula_without_a_cached_value_is_an_error_for_its_row(ctx, tmp_path):
    from tests.conftest import make_id

    wb = Workbook()
    ws = wb.active
    ws.append(["户主姓名", "身份证号", "月保障金", "村（社区）"])
    ws.append(["张三", ZHANG, "=300+20", "东风村"])  # openpyxl stores no cached value
    ws.append(["李四", make_id("19700101", 13), 320, "东风村"])
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=ri.ImportOptions(today=TODAY))
    by_row = {r.sheet_row: r for r in pv.rows}
    assert by_row[2].status == "error"
    assert [p.code for p in by_row[2].problems] == ["roster.formula_no_value"]
    assert "C 列" in ri.reason(by_row[2])
    assert by_row[3].status == "ok"
    assert [h.draft.members[0].name for h in pv.households] == ["李四"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is needed to make an .xls")
def test_an_xls_roster_is_read_too(ctx, tmp_path):
    src = simple_roster(tmp_path / "old.xlsx", [("张三", ZHANG, [])])
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", str(tmp_path / "out"), str(src)],
                   check=True, capture_output=True, timeout=120)
    xls = tmp_path / "out" / "old.xls"
    assert safety.sniff(xls) == "ole"
    res = ri.commit(ctx.uow(), xls, options=ri.ImportOptions(today=TODAY))
    assert (res.households_created, res.persons_created) == (1, 1)


def test_a_damaged_xls_is_refused(ctx, tmp_path):
    path = tmp_path / "bad.xls"
    path.write_bytes(safety.OLE_MAGIC + b"\0" * 600)
    before = _counts(ctx)
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path)
    assert info.value.problems[0].code == "file.unreadable"
    assert _counts(ctx) == before


def test_a_sheet_with_too_many_cells_is_refused_before_it_becomes_python_values(ctx, tmp_path):
    path = simple_roster(tmp_path / "wide.xlsx", [("张三", ZHANG, [])])
    with safety.open_workbook(path, safety.Limits(max_cells=10)) as wb:
        with pytest.raises(RuleError) as info:
            wb.read()
    assert info.value.problems[0].code == "file.too_many_cells"
    assert "按村拆成几个文件" in messages.text(info.value.problems[0])


@pytest.mark.parametrize("name", ["花名册.xls", "花名册.xlsx"])
def test_a_password_protected_workbook_is_refused_as_such_whatever_its_extension(tmp_path, name):
    # Excel and WPS save an encrypted .xlsx as a compound file, the container .xls uses too, and
    # offices then rename it .xls: the operator must read "password", not "damaged".
    from pathlib import Path

    path = tmp_path / name
    shutil.copy(Path(__file__).parent / "data" / "encrypted-123.xlsx", path)
    with pytest.raises(RuleError) as info:
        safety.open_workbook(path)
    assert info.value.problems[0].code == "file.encrypted"


def test_a_workbook_saved_under_the_other_extension_is_read_by_its_content(tmp_path):
    # "Save as" in WPS keeps .xls on a file it writes as .xlsx, and people rename files to open
    # them in an older program: the content decides how it is read, not the name.
    from pathlib import Path

    src = simple_roster(tmp_path / "名册.xlsx", [("张三", ZHANG, [])])
    renamed = tmp_path / "名册.xls"
    shutil.copy(src, renamed)
    with safety.open_workbook(renamed) as book:
        assert any("张三" in row for row in book.read().rows)
    old = Path(__file__).parent / "data" / "old-format.xls"  # a real .xls (BIFF8), made by LibreOffice
    assert safety.sniff(old) == "ole"
    renamed = tmp_path / "开户名单.xlsx"
    shutil.copy(old, renamed)
    with safety.open_workbook(renamed) as book:
        assert book.read().rows[1][:2] == ["张三", "360426196003150118"]
