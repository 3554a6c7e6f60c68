"""The error workbook of a roster import, made while the commit writes (services.roster_import.
ErrorsAside): in place only once the households are saved; nothing left behind when they are not;
the households saved and said to be when the workbook cannot be written."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from dibao_desk.exchange import roster_errors
from dibao_desk.models import Household
from dibao_desk.services import roster_import as ri
from dibao_desk.services.progress import Cancelled, Progress
from tests.exchange.test_roster_layouts import OPTS, head_name_column_roster


def _households(ctx) -> int:
    with ctx.uow() as uow:
        return len(uow.session.scalars(select(Household.id)).all())


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


def _wait_for_temporary(folder: Path) -> None:
    """Wait until the workbook's temporary file is there: the workbook is being made."""
    deadline = time.monotonic() + 10
    while not _left_behind(folder):
        assert time.monotonic() < deadline, "the error workbook was never started"
        time.sleep(0.005)


def test_the_workbook_made_beside_the_commit_is_in_place_once_the_households_are_saved(ctx, villages, tmp_path):
    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    aside = ri.ErrorsAside.start(pv)
    assert aside is not None
    res = ri.commit(ctx.uow(), pv)
    written = aside.place()
    assert written == tmp_path / "花名册-未导入.xlsx" and res.households_created == 4
    book = CalamineWorkbook.from_path(str(written))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert [int(r[0]) for r in rows[1:]] == [r.sheet_row for r in pv.error_rows]  # the original row numbers
    assert rows[0][-1] == "未导入原因" and all(r[-1] for r in rows[1:])
    assert _left_behind(tmp_path) == []


def test_a_preview_without_errors_makes_no_workbook(ctx, villages, tmp_path):
    from openpyxl import Workbook

    from tests.exchange.test_roster_layouts import FENG

    wb = Workbook()
    wb.active.append(["村（社区）", "户主姓名", "身份证号"])
    wb.active.append(["东风村", "冯三", FENG])
    wb.save(tmp_path / "r.xlsx")
    pv = ri.preview(ctx.uow(), tmp_path / "r.xlsx", options=OPTS)
    assert ri.ErrorsAside.start(pv) is None


def test_a_commit_that_fails_while_the_workbook_is_made_leaves_nothing_and_says_what_it_said(
        ctx, villages, tmp_path, capsys, monkeypatch):
    from dibao_desk.cli import main

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    real_commit = ri.commit

    def commit_after_the_file_changed(uow, pv, **kw):
        _wait_for_temporary(tmp_path)  # the workbook is being made
        with open(path, "ab") as f:  # someone saves the roster again meanwhile
            f.write(b"\0")
        return real_commit(uow, pv, **kw)

    monkeypatch.setattr(ri, "commit", commit_after_the_file_changed)
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 1
    err = capsys.readouterr().err
    assert "花名册.xlsx" in err and "以上家庭已保存" not in err
    assert "预览之后文件“花名册.xlsx”已被修改" in err  # today's message
    assert _households(ctx) == 0
    assert not (tmp_path / "花名册-未导入.xlsx").exists()
    assert _left_behind(tmp_path) == []


def test_a_workbook_that_fails_while_the_commit_succeeds_says_the_households_were_saved(
        ctx, villages, tmp_path, capsys, monkeypatch):
    from dibao_desk.cli import main

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    written = threading.Event()

    def disk_full(file, *a, **kw):
        Path(file).write_bytes(b"PK" * 1000)  # part of it written, then the disk is full
        written.set()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(roster_errors, "write_error_archive", disk_full)
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 1
    assert written.is_set()
    err = capsys.readouterr().err
    assert "以上家庭已保存" in err and "花名册-未导入.xlsx" in err
    assert _households(ctx) == 4
    assert not (tmp_path / "花名册-未导入.xlsx").exists()
    assert _left_behind(tmp_path) == []


def test_a_cancelled_commit_stops_the_workbook_and_leaves_nothing(ctx, villages, tmp_path, monkeypatch):
    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    started = threading.Event()
    go_on = threading.Event()
    real = roster_errors.write_error_archive

    def slow(file, *a, **kw):
        started.set()
        go_on.wait(10)  # still being made when the commit is cancelled
        return real(file, *a, **kw)

    monkeypatch.setattr(roster_errors, "write_error_archive", slow)
    aside = ri.ErrorsAside.start(pv)
    assert aside is not None and started.wait(10)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        ri.commit(ctx.uow(), pv, progress=progress)
    go_on.set()
    aside.discard()
    assert _households(ctx) == 0
    assert not (tmp_path / "花名册-未导入.xlsx").exists()
    assert _left_behind(tmp_path) == []


def test_an_old_error_workbook_stays_as_it_was_when_the_commit_fails(ctx, villages, tmp_path):
    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    old = tmp_path / "花名册-未导入.xlsx"
    old.write_bytes(b"the workbook of an earlier import")
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    aside = ri.ErrorsAside.start(pv)
    assert aside is not None
    aside.discard()
    assert old.read_bytes() == b"the workbook of an earlier import"
    assert _left_behind(tmp_path) == []
