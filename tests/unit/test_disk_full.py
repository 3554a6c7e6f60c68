"""A full disk while saving, importing, exporting or backing up: one clear sentence, the store
as it was, nothing half-written at the target, temporary files gone."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import time

import pytest
from sqlalchemy import event

from dibao_desk import atomic
from dibao_desk.cli import main as cli_main
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import backup, households
from dibao_desk.services.errors import as_rule_error, is_disk_full
from tests.conftest import make_id, simple_draft
from tests.exchange.roster_samples import simple_roster


def _state(ctx):
    con = sqlite3.connect(ctx.store.path)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def _leftovers(folder):
    return [p.name for p in folder.rglob(".~*")] if folder.exists() else []


@pytest.fixture
def no_space(monkeypatch):
    """Every file written through atomic.replacing meets a full disk when it is flushed."""
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(atomic, "fsync", full)


@pytest.fixture
def store_full(ctx):
    """SQLite's own full-disk error: the store may not grow by a single page."""
    pages = sqlite3.connect(ctx.store.path).execute("pragma page_count").fetchone()[0]

    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(ctx.store.engine, "connect", cap)
    ctx.store.engine.dispose()
    yield ctx
    event.remove(ctx.store.engine, "connect", cap)
    ctx.store.engine.dispose()


def test_backup_on_a_full_disk(ctx, make_household, no_space, tmp_path):
    make_household()
    before = _state(ctx)
    with pytest.raises(RuleError) as info:
        backup.make_backups(ctx.uow(), ctx.store.path)
    assert [p.code for p in info.value.problems] == ["backup.disk_full"]
    assert list((ctx.data_dir / "backups").glob("*")) == []
    assert _state(ctx) == before


def test_backup_from_the_terminal_on_a_full_disk(ctx, no_space, capsys):
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup"]) == 1
    assert "磁盘空间不足" in capsys.readouterr().err
    assert _leftovers(ctx.data_dir) == []


def test_export_on_a_full_disk(ctx, make_household, no_space, tmp_path, capsys):
    make_household()
    before = _state(ctx)
    out = tmp_path / "usb" / "roster.xlsx"
    out.parent.mkdir()
    assert cli_main(["--data-dir", str(ctx.data_dir), "export", "roster", "--period", "2026-11",
                     "--out", str(out)]) != 0
    assert "磁盘空间不足" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []  # neither the package nor a temporary file
    assert _state(ctx) == before


def test_saving_a_household_when_the_store_cannot_grow(store_full, villages):
    before = _state(store_full)
    with pytest.raises(Exception) as info:
        for seq in range(11, 400, 2):  # enough rows to need a new page
            households.save(store_full.uow(), simple_draft(villages["东风村"], head_id=make_id("19600315", seq)),
                            today=dt.date(2026, 11, 30))
    assert is_disk_full(info.value)
    assert as_rule_error(info.value).problems[0].code == "write.disk_full"
    after = _state(store_full)
    assert after["household"] >= before["household"]  # the calls that fitted are whole
    con = sqlite3.connect(store_full.store.path)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()


def test_roster_import_when_the_store_cannot_grow(store_full, villages, tmp_path, capsys):
    path = simple_roster(tmp_path / "花名册.xlsx", [
        (f"户主{i}", make_id("19550101", 2 * i + 1), []) for i in range(300)])
    before = _state(store_full)
    store_full.store.engine.dispose()
    # the command opens its own engine: cap it the same way
    pages = sqlite3.connect(store_full.store.path).execute("pragma page_count").fetchone()[0]
    from dibao_desk.models import store as store_module

    real = store_module._set_pragmas

    def capped(conn, record):
        real(conn, record)
        conn.execute(f"PRAGMA max_page_count = {pages}")

    try:
        store_module._set_pragmas = capped
        assert cli_main(["--data-dir", str(store_full.data_dir), "import-roster", str(path)]) == 5
    finally:
        store_module._set_pragmas = real
    assert "磁盘空间不足" in capsys.readouterr().err
    assert _state(store_full) == before


def test_temporary_files_of_a_cut_short_write_are_removed_at_the_next_write(tmp_path):
    target = tmp_path / "roster.xlsx"
    old = tmp_path / ".~roster.abcd1234.tmp.xlsx"
    old.write_bytes(b"half")
    recent = tmp_path / ".~roster.efgh5678.tmp.xlsx"
    recent.write_bytes(b"being written by someone else right now")
    long_ago = time.time() - 2 * atomic.STALE_AFTER
    os.utime(old, (long_ago, long_ago))
    with atomic.replacing(target, ".tmp.xlsx") as tmp:
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert not old.exists() and recent.exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (every write: no space)")
def test_a_workbook_that_meets_a_full_disk_leaves_no_exception_printed(tmp_path):
    """openpyxl leaves its ZipFile open when a save fails; collected later, it tries to write again
    and Python prints "Exception ignored in ZipFile.__del__" under the program's own message."""
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "from openpyxl import Workbook\n"
        "from dibao_desk.exchange.xlsx_save import save_workbook\n"
        "wb = Workbook(write_only=True)\n"
        "ws = wb.create_sheet('s')\n"
        "for i in range(5000): ws.append([i, 'x' * 40])\n"
        "try:\n"
        "    save_workbook(wb, '/dev/full')\n"
        "except OSError as exc:\n"
        "    print('refused', exc.errno)\n"
        "del wb, ws\n"
        "gc.collect()\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.strip() == f"refused {errno.ENOSPC}"
    assert done.stderr == ""


def test_a_pdf_cut_short_by_a_full_disk_leaves_nothing_at_the_target(tmp_path, monkeypatch):
    # reportlab opens the target itself and writes the whole PDF at the end: a stick that fills
    # up midway left half a PDF under the name the operator gave, beside the sentence that says
    # nothing was written.
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfdoc
    from reportlab.platypus import Paragraph

    from dibao_desk.printing import document
    from dibao_desk.printing.layout import PageSpec

    written = pdfdoc.PDFDocument.SaveToFile

    def half_then_full(self, filename, canvas):
        written(self, filename, canvas)
        with open(filename, "r+b") as f:
            f.truncate(200)
        raise OSError(errno.ENOSPC, "No space left on device", str(filename))

    monkeypatch.setattr(pdfdoc.PDFDocument, "SaveToFile", half_then_full)
    usb = tmp_path / "usb"
    usb.mkdir()
    page = PageSpec("A4", False, 12)
    story = [Paragraph("page", getSampleStyleSheet()["Normal"])]
    with pytest.raises(OSError) as info:
        document.build(usb / "造册.pdf", page, story, document.RenderInfo(), "造册")
    assert is_disk_full(info.value)
    assert list(usb.iterdir()) == []
