"""``dibao-desk import-roster FILE`` checks and reads the workbook on a thread while the store
opens (exchange/read_ahead.py): a hostile file is refused with the same message and exit code,
``--sheet`` reads the named sheet, the households imported are those the services import, and a
file changed after it was read is still refused by the commit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.cli import main as cli_main
from dibao_desk.domain.problems import RuleError
from dibao_desk.exchange import read_ahead
from dibao_desk.models import Household, Member, Village
from dibao_desk.services import roster_check
from dibao_desk.services import roster_import as ri
from dibao_desk.services.context import open_context
from tests.exchange.roster_samples import LI, WANG, ZHANG, messy_roster, simple_roster
from tests.unit.test_main import _env, _process


def _entity_bomb(tmp_path: Path) -> Path:
    good = messy_roster(tmp_path / "good.xlsx")
    xml = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;">\n]>'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = xml if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info.filename)
            zout.writestr(info.filename, data)
    return path


def _not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview must take the sheet the read-ahead read, not open the file again."""
    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"the preview opened {path} again")

    monkeypatch.setattr(roster_check, "open_workbook", refuse)


def _stored(data: Path) -> tuple[list[tuple], list[tuple]]:
    ctx = open_context(data)
    try:
        with ctx.uow() as uow:
            s = uow.session
            households = sorted(s.execute(
                select(Household.head_name, Household.head_id_number, Household.status, Household.category,
                       Household.monthly_benefit_fen, Household.hukou_type, Household.person_count,
                       Household.bank_account, Village.name).join(Village, Village.id == Household.village_id)).all())
            members = sorted(s.execute(
                select(Household.head_id_number, Member.position, Member.name, Member.id_number, Member.relation,
                       Member.sex, Member.birth_date).join(Household, Household.id == Member.household_id)).all())
        return [tuple(r) for r in households], [tuple(r) for r in members]
    finally:
        ctx.close()


def test_a_hostile_file_gets_the_same_message_through_the_read_ahead(ctx, tmp_path, capsys, monkeypatch):
    path = _entity_bomb(tmp_path)
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path)
    expected = messages.text(info.value.problems[0])
    assert "实体" in expected
    data = str(ctx.data_dir)
    ctx.close()
    _not_read_again(monkeypatch)
    started = []
    real_start = read_ahead.ReadAhead.start
    monkeypatch.setattr(read_ahead.ReadAhead, "start",
                        classmethod(lambda cls, *a, **k: started.append(a) or real_start(*a, **k)))
    for extra in ([], ["--dry-run"]):
        assert cli_main(["--data-dir", data, "import-roster", str(path), *extra]) == 2
        assert capsys.readouterr().err.strip() == f"错误：{expected}"
    assert started == [(str(path), None)] * 2
    # the reader thread is over when the command returns: no file is left open behind it
    assert not [t for t in threading.enumerate() if t.name == "workbook-read-ahead"]
    assert _stored(Path(data)) == ([], [])


def test_a_hostile_file_is_refused_the_same_in_a_whole_process(ctx, tmp_path):
    path = _entity_bomb(tmp_path)
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path)
    ctx.close()
    done = _process(ctx.data_dir, "import-roster", str(path))
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == f"错误：{messages.text(info.value.problems[0])}"


def test_sheet_reads_the_named_sheet_ahead(ctx, tmp_path, capsys, monkeypatch):
    path = tmp_path / "两张表.xlsx"
    simple_roster(path, [("张三", ZHANG, [("李四", LI, "妻")])])
    wb = __import__("openpyxl").load_workbook(path)
    wb.active.title = "说明"
    other = wb.create_sheet("花名册")
    for row in (["村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系"],
                ["东风村", "王五", "王五", WANG, "户主"]):
        other.append(row)
    wb.save(path)
    data = str(ctx.data_dir)
    ctx.close()
    _not_read_again(monkeypatch)
    assert cli_main(["--data-dir", data, "import-roster", str(path), "--sheet", "花名册"]) == 0
    out = capsys.readouterr().out
    assert "工作表：花名册" in out and "新建 1 户 1 人" in out
    assert [h[0] for h in _stored(Path(data))[0]] == ["王五"]


def test_several_sheets_and_none_named_are_read_as_before(ctx, tmp_path, capsys):
    path = tmp_path / "两张表.xlsx"
    wb = Workbook()
    wb.active.title = "封面"
    wb.active.append(["德安镇低保花名册"])
    ws = wb.create_sheet("花名册")
    ws.append(["村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系"])
    ws.append(["东风村", "王五", "王五", WANG, "户主"])
    wb.save(path)
    data = str(ctx.data_dir)
    ctx.close()
    assert cli_main(["--data-dir", data, "import-roster", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "工作表：花名册" in out and "可新建 1 户 1 人" in out


def test_the_households_imported_are_those_the_services_import(ctx, tmp_path, capsys, monkeypatch):
    path = messy_roster(tmp_path / "花名册.xlsx")
    ctx.close()
    other = tmp_path / "other"
    shutil.copytree(ctx.data_dir, other)
    with monkeypatch.context() as m:
        _not_read_again(m)
        assert cli_main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 0
    assert "新建 3 户 5 人" in capsys.readouterr().out
    plain = open_context(other)
    try:
        pv = ri.preview(plain.uow(), path, options=ri.ImportOptions(hukou="rural"))
        ri.commit(plain.uow(), pv)
    finally:
        plain.close()
    read_ahead_store = _stored(ctx.data_dir)
    assert len(read_ahead_store[0]) == 3 and len(read_ahead_store[1]) == 5
    assert read_ahead_store == _stored(other)


def test_a_file_changed_after_it_was_read_ahead_is_refused_by_the_commit(ctx, tmp_path):
    path = simple_roster(tmp_path / "花名册.xlsx", [("张三", ZHANG, [])])
    reader = read_ahead.ReadAhead.start(path)
    pre = reader.result()
    reader.close()
    simple_roster(path, [("张三", ZHANG, [("李四", LI, "妻")])])
    pv = ri.preview(ctx.uow(), path, pre_read=pre)
    assert pv.checksum == pre.checksum and len(pv.households[0].members) == 1
    with pytest.raises(RuleError) as info:
        ri.commit(ctx.uow(), pv)
    assert [p.code for p in info.value.problems] == ["roster.file_changed"]


def test_a_store_that_cannot_be_opened_is_reported_and_the_reader_waited_for(ctx, tmp_path, capsys):
    """Another program holds the folder: the command says so (exit 3) as before, and when it
    returns its reader is over (no file left open, on Windows too)."""
    path = messy_roster(tmp_path / "花名册.xlsx")
    ctx.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from dibao_desk.services.storelock import StoreLock; "
         "lock = StoreLock(sys.argv[1], 'dibao-desk').acquire(); print('held', flush=True); sys.stdin.read()",
         str(ctx.data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout.readline().strip() == "held"
        assert cli_main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 3
    finally:
        holder.kill()
        holder.wait()
    assert f"进程 {holder.pid}" in capsys.readouterr().err
    assert not [t for t in threading.enumerate() if t.name == "workbook-read-ahead"]
    assert _stored(ctx.data_dir) == ([], [])
