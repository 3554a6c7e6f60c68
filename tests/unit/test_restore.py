"""Restoring a backup: shows, refuses, keeps the current store, migrates an older one."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain import backups as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models.store import make_engine, upgrade
from dibao_desk.services import audit, backup, households, office, restore
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.unit.test_backup import _count, _integrity


def test_restore_shows_keeps_the_current_store_and_can_be_undone(ctx, make_household, tmp_path):
    make_household(head="张三", head_id=make_id("19600315", 11))
    run = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 1, 9, 0, 0))
    saved = run.files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    assert _count(ctx) == 2

    info = restore.inspect_backup(saved, "360426100000")
    assert info.ok and info.office_name == "德安镇" and info.counts["household"] == 1
    assert info.made_at == dt.datetime(2026, 11, 1, 9, 0, 0) and not info.older_schema

    result = restore.restore(ctx, saved)
    assert _count(ctx) == 1
    assert households.count(ctx.uow()) == 1  # the program reads the restored store
    assert result.kept.name.endswith("-before-restore.sqlite3")
    assert audit.check_chain(ctx.uow()).ok
    assert not list(ctx.data_dir.glob("dibao.sqlite3-wal")) or _integrity(ctx.store.path) == ["ok"]

    restore.restore(ctx, result.kept)  # undo
    assert _count(ctx) == 2


def test_restore_refuses_another_offices_backup(ctx, tmp_path):
    other = open_context(tmp_path / "other")
    office.save_office(other.uow(), office.OfficeInfo(
        name="丰林镇", admin_code="360426101000", county_name="德安县", complaint_phone="",
        complaint_box="", mode="township", operator="李经办"))
    theirs = backup.make_backups(other.uow(), other.store.path).files[0].path
    other.close()
    before = _count(ctx, "audit_log")
    with pytest.raises(RuleError) as info:
        restore.restore(ctx, theirs)
    assert [p.code for p in info.value.problems] == ["restore.other_office"]
    assert _count(ctx, "audit_log") == before
    assert not list((ctx.data_dir / "backups").glob("*before-restore*"))



def _store_of(folder, name, code, mode):
    other = open_context(folder)
    office.save_office(other.uow(), office.OfficeInfo(
        name=name, admin_code=code, county_name="德安县", complaint_phone="", complaint_box="", mode=mode,
        operator="李经办"))
    made = backup.make_backups(other.uow(), other.store.path, now=dt.datetime(2026, 12, 31, 17, 0)).files[0].path
    return other, made


def test_a_county_store_and_a_townships_are_never_restored_into_each_other(office_ctx, make_household, tmp_path):
    ctx = office_ctx
    # The county bureau's backup on the same USB stick as the township's: picked by mistake, it
    # was refused as "another office" only; the same code (a county that tried the program
    # under a township's code) let it replace the township's store with a county's.
    make_household()
    for code in ("360426000000", "360426100000"):
        county, theirs = _store_of(tmp_path / f"county-{code}", "德安县民政局", code, "county")
        county.close()
        with pytest.raises(RuleError) as info:
            restore.restore(ctx, theirs)
        assert [p.code for p in info.value.problems] == ["restore.county_backup"]
        assert "县民政局" in messages.text(info.value.problems[0]) and code in messages.text(info.value.problems[0])
        assert _count(ctx) == 1 and not list((ctx.data_dir / "backups").glob("*before-restore*"))
    township = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    county, _ = _store_of(tmp_path / "county", "德安县民政局", "360426100000", "county")
    try:
        info = restore.inspect_for(county, township)
        assert [p.code for p in info.problems] == ["restore.township_backup"]
        assert "德安镇" in messages.text(info.problems[0])
    finally:
        county.close()


def test_a_backup_copied_without_its_sha256_file_is_checked_against_the_stores_record(ctx, make_household, tmp_path):
    # Only dibao-….sqlite3 was copied to the stick (the .sha256 file left behind), then changed
    # there: it was restored unchecked, though the store had recorded its SHA-256.
    import shutil
    import sqlite3

    from dibao_desk.messages.backup import backup_lines

    make_household()
    made = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 30, 23, 59, 0)).files[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    whole = shutil.copy(made, stick / made.name)
    info = restore.inspect_for(ctx, whole)
    assert info.ok and any(line.endswith("（与记录相符）") for line in backup_lines(info))
    changed = tmp_path / "changed"
    changed.mkdir()
    altered = shutil.copy(made, changed / made.name)
    con = sqlite3.connect(altered)
    con.execute("update member set name = '王五'")
    con.commit()
    con.close()
    before = _count(ctx, "audit_log")
    with pytest.raises(RuleError) as refused:
        restore.restore(ctx, altered)
    assert [p.code for p in refused.value.problems] == ["restore.checksum"]
    assert _count(ctx, "audit_log") == before and not list((ctx.data_dir / "backups").glob("*before-restore*"))
    # a file of another name is not held to any record
    renamed = shutil.copy(altered, changed / "从老电脑拷来.sqlite3")
    assert restore.inspect_for(ctx, renamed).ok

def test_restore_refuses_a_demo_backup_in_an_offices_store(office_ctx, tmp_path):
    from dibao_desk.services import demo

    other = open_context(tmp_path / "demo")
    demo.generate(other.uow(), households=800)
    fake = backup.make_backups(other.uow(), other.store.path).files[0].path
    other.close()
    info = restore.inspect_for(office_ctx, fake)
    assert info.office_code == "360426100000"  # the demo township has the same code as the fixture's
    assert [p.code for p in info.problems] == ["restore.demo_backup"]
    with pytest.raises(RuleError):
        restore.restore(office_ctx, fake)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "one_byte", "checksum", "sidecar_bytes"])
def test_restore_refuses_a_damaged_file(ctx, make_household, tmp_path, damage):
    make_household()
    path = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    data = bytearray(path.read_bytes())
    if damage == "garbage":
        path.write_bytes(b"not a database" * 100)
        backup.sidecar(path).unlink()
    elif damage == "truncated":
        path.write_bytes(bytes(data[: len(data) // 2]))
        backup.sidecar(path).unlink()
    elif damage == "one_byte":
        data[len(data) - 3000] ^= 0xFF  # inside a page: SQLite may or may not see it; the SHA-256 does
        path.write_bytes(bytes(data))
    elif damage == "sidecar_bytes":  # the .sha256 file damaged on the stick: not even text
        backup.sidecar(path).write_bytes(b"\xff\xfe\x00garbage\x9c")
    else:
        backup.sidecar(path).write_text("0" * 64 + "  x\n")
    with pytest.raises(RuleError) as info:
        restore.restore(ctx, path)
    assert {p.code for p in info.value.problems} & {"restore.corrupt", "restore.checksum", "restore.not_store"}
    assert _count(ctx) == 1


def _older_backup(tmp_path):
    """A backup made by the program of revision 0007, holding the office and the village 老村."""
    old = tmp_path / "old" / "dibao.sqlite3"
    old.parent.mkdir()
    engine = make_engine(old)
    upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO office (name, admin_code, county_name, complaint_phone, complaint_box, mode, operator, "
            "created_at, updated_at) VALUES ('德安镇', '360426100000', '德安县', '', '', 'township', '王经办', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO village (name, kind, population) VALUES ('老村', 'village', 10)")
        conn.exec_driver_sql(
            'INSERT INTO audit_log (at, operator, entity, entity_id, action, "before", "after") '
            "VALUES ('2025-01-01 00:00:00.000000', '王经办', 'village', 1, 'create', '', '{}')")
    engine.dispose()
    return backup.snapshot(old, tmp_path / rules.file_name("360426100000", dt.datetime(2025, 1, 2))).path


def test_restore_of_an_older_schema_backup_is_migrated(office_ctx, tmp_path):
    saved = _older_backup(tmp_path)
    info = restore.inspect_backup(saved, "360426100000")
    assert info.ok and info.schema_revision == "0007" and info.older_schema
    result = restore.restore(office_ctx, saved)
    assert result.migrated_from == "0007"
    assert [v.name for v in office.list_villages(office_ctx.uow())] == ["老村"]
    assert audit.check_chain(office_ctx.uow()).ok
    # the restored copy was upgraded before it replaced the store: the store itself never stood
    # at 0007 (an upgrade at the reopening would have kept a copy of it)
    assert not list(office_ctx.data_dir.glob("dibao.before-*"))
    assert office_ctx.store.upgraded is None


def test_a_backup_whose_upgrade_fails_is_not_restored_and_the_store_stays(office_ctx, tmp_path, monkeypatch):
    from alembic import command

    from dibao_desk.models.store import current_revision, head_revision

    saved = _older_backup(tmp_path)
    office.add_village(office_ctx.uow(), "今天的村")
    villages = [v.name for v in office.list_villages(office_ctx.uow())]
    assert "今天的村" in villages and "老村" not in villages
    real = command.upgrade

    def breaks_half_way(cfg, revision, **kw):
        real(cfg, "0012")
        raise RuntimeError("a migration broke")

    monkeypatch.setattr(command, "upgrade", breaks_half_way)
    with pytest.raises(RuleError) as info:
        restore.restore(office_ctx, saved)
    assert [p.code for p in info.value.problems] == ["restore.upgrade_failed"]
    assert "升级到本程序的数据版本时出错，没有恢复，当前数据未改变" in messages.text(info.value.problems[0])
    assert [v.name for v in office.list_villages(office_ctx.uow())] == villages
    assert current_revision(office_ctx.store.engine) == head_revision()
    assert audit.check_chain(office_ctx.uow()).ok
    assert not list(office_ctx.data_dir.glob(".~*")) and not (office_ctx.data_dir / "files.restoring").exists()


def _slow_swap(monkeypatch, seconds: float):
    """The swap takes ``seconds`` (a large store on a slow disk), so a read can arrive meanwhile."""
    import time

    real = restore._single_file

    def slow(path, *a, **k):
        time.sleep(seconds)
        return real(path, *a, **k)
    monkeypatch.setattr(restore, "_single_file", slow)


def test_a_read_during_a_restore_waits_and_then_sees_the_restored_store(ctx, make_household, monkeypatch):
    import threading
    import time

    make_household(head="张三", head_id=make_id("19600315", 11))
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    _slow_swap(monkeypatch, 0.8)
    done = {}
    worker = threading.Thread(target=lambda: done.setdefault("result", restore.restore(ctx, saved)))
    worker.start()
    deadline = time.monotonic() + 10
    while not ctx.gate._closed and time.monotonic() < deadline:  # the swap has begun
        time.sleep(0.01)
    assert ctx.gate._closed
    seen = households.count(ctx.uow())  # the window's view asks now: it waits for the new file
    assert seen == 1  # the restored store: never the old one, never a half-swapped file
    worker.join()
    assert done["result"].kept.exists()
    assert _integrity(ctx.store.path) == ["ok"]


def test_a_read_that_would_wait_too_long_is_refused_cleanly(ctx, make_household, monkeypatch):
    import threading
    import time

    make_household(head="张三", head_id=make_id("19600315", 11))
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    _slow_swap(monkeypatch, 1.0)
    monkeypatch.setattr(ctx.gate, "WAIT", 0.1)
    worker = threading.Thread(target=lambda: restore.restore(ctx, saved))
    worker.start()
    while not ctx.gate._closed:
        time.sleep(0.01)
    with pytest.raises(RuleError) as refused:
        households.count(ctx.uow())
    assert [p.code for p in refused.value.problems] == ["restore.in_progress"]
    worker.join()
    assert households.count(ctx.uow()) == 1


def test_a_restore_waits_for_a_read_in_progress_on_another_thread(ctx, make_household):
    import threading

    make_household(head="张三", head_id=make_id("19600315", 11))
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    reading, release = threading.Event(), threading.Event()

    def reader():
        with ctx.uow() as uow:
            uow.session.execute(__import__("sqlalchemy").text("select count(*) from household")).all()
            reading.set()
            release.wait(5)
    t = threading.Thread(target=reader)
    t.start()
    reading.wait(5)
    threading.Timer(0.5, release.set).start()
    restore.restore(ctx, saved)  # waits for the read to end, then swaps
    t.join()
    assert households.count(ctx.uow()) == 1 and _integrity(ctx.store.path) == ["ok"]


def test_a_file_that_is_no_backup_shows_no_empty_facts(ctx, tmp_path):
    # An .xlsx or a half-copied file picked by mistake: the dialog and the terminal showed an
    # empty office "（）", empty contents and the file's date as the backup's.
    from dibao_desk.messages.backup import backup_lines

    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 2000)
    info = restore.inspect_for(ctx, path)
    assert info.problems
    lines = backup_lines(info)
    assert lines[0] == f"备份文件：{path}"
    assert not any(line.startswith(("备份时间", "单位", "内容", "数据结构版本")) for line in lines)



def test_a_file_that_is_not_sqlite_is_refused_without_reading_it_through(ctx, tmp_path, monkeypatch):
    # A 4 GB film on the stick, picked by mistake: the window froze while its SHA-256 was
    # computed, only to say it was no backup.
    path = tmp_path / "dibao-360426100000-20261231-170000.sqlite3"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\0" * 4096)
    read = []
    monkeypatch.setattr(backup, "file_sha256", lambda p: read.append(p) or ("", 0))
    info = restore.inspect_for(ctx, path)
    assert [p.code for p in info.problems] == ["restore.corrupt"] and read == []


def test_another_programs_database_is_not_called_a_newer_backup(ctx, tmp_path):
    # Another program's SQLite file that also uses Alembic was said to come "from a newer
    # version", with the advice to upgrade dibao-desk.
    import sqlite3

    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("create table alembic_version (version_num varchar(32) primary key)")
    con.execute("insert into alembic_version values ('3f2a9c1d7e4b')")
    con.execute("create table invoice (id integer primary key)")
    con.commit()
    con.close()
    info = restore.inspect_for(ctx, path)
    assert [p.code for p in info.problems] == ["restore.not_store"]
    with pytest.raises(RuleError) as refused:
        restore.restore(ctx, path)
    assert "不是本程序的数据备份" in messages.text(refused.value.problems[0])

@pytest.mark.parametrize("added", ["trigger", "view"])
def test_a_backup_holding_a_trigger_or_view_the_program_never_makes_is_refused(ctx, make_household, added):
    """A backup altered by other software (its .sha256 file made again, or left behind) could
    carry a trigger that deletes the audit rows once restored: nothing in it is restored."""
    import sqlite3

    make_household(head="张三", head_id=make_id("19600315", 11))
    saved = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 1, 9, 0, 0)).files[0].path
    con = sqlite3.connect(saved)
    if added == "trigger":
        con.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END")
    else:
        con.execute("CREATE VIEW household_list AS SELECT * FROM household")
    con.commit()
    con.close()
    backup.sidecar(saved).unlink()  # no checksum recorded beside it any more
    make_household(head="李四", head_id=make_id("19600316", 13))
    info = restore.inspect_backup(saved, "360426100000")
    assert [p.code for p in info.problems] == ["restore.foreign_objects"]
    from dibao_desk import messages

    name = "wipe" if added == "trigger" else "household_list"
    assert f"里有本程序不会建立的触发器或视图（{name}）" in messages.text(info.problems[0].code, **info.problems[0].params)
    with pytest.raises(RuleError):
        restore.restore(ctx, saved)
    assert _count(ctx) == 2


def test_a_county_backup_names_the_bureau_once(tmp_path):
    """A county store's backup showed 单位：德安县德安县民政局."""
    from dibao_desk.messages.backup import backup_lines

    for office_name, shown in (("德安县民政局", "单位：德安县民政局（360426000000）"),
                               ("示例镇", "单位：德安县示例镇（360426000000）")):
        info = restore.BackupInfo(tmp_path / "b.sqlite3", dt.datetime(2026, 11, 30, 9, 0), office_name,
                                  "360426000000", "德安县", {"household": 3}, "0022", "0022", "ab", None)
        assert shown in backup_lines(info)


def test_a_store_copied_with_its_wal_file_is_not_restored_without_its_latest_changes(office_ctx, tmp_path):
    # "Copy the whole data folder" while the program ran: the latest changes are in
    # dibao.sqlite3-wal beside the copy. The restore read the file without them and put back
    # the store as it was at the last checkpoint, without a word.
    import shutil

    old = open_context(tmp_path / "old")
    office.save_office(old.uow(), office.OfficeInfo(
        name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator="王经办"))
    with old.store.engine.connect() as con:  # everything so far is in the file itself
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in ("东风村", "西山村", "南岭村"):
        office.add_village(old.uow(), name)  # only in the -wal file
    copied = tmp_path / "U盘" / "数据文件夹"
    copied.mkdir(parents=True)
    for f in (tmp_path / "old").glob("dibao.sqlite3*"):
        shutil.copy(f, copied / f.name)
    old.close()
    assert (copied / "dibao.sqlite3-wal").stat().st_size > 0
    before = [v.name for v in office.list_villages(office_ctx.uow())]
    info = restore.inspect_for(office_ctx, copied / "dibao.sqlite3")
    assert [p.code for p in info.problems] == ["restore.wal_beside"]
    text = messages.text(info.problems[0])
    assert "dibao.sqlite3-wal" in text and f'--data-dir "{copied}" backup' in text
    with pytest.raises(RuleError):
        restore.restore(office_ctx, copied / "dibao.sqlite3")
    assert [v.name for v in office.list_villages(office_ctx.uow())] == before
    # the way the message gives: the program opens that folder (reading its -wal) and backs it up
    there = open_context(copied)
    made = backup.make_backups(there.uow(), there.store.path).files[0].path
    there.close()
    info = restore.inspect_for(office_ctx, made)
    assert info.ok and info.counts["village"] == 3


class _YearEnd(dt.datetime):
    """The office PC's clock at the turn of the year (what names the kept copies): a minute
    later at every look, from 23:57 on 31 Dec 2026."""

    looked = 0

    @classmethod
    def now(cls, tz=None):
        _YearEnd.looked += 1
        return cls(2026, 12, 31, 23, 56) + dt.timedelta(minutes=_YearEnd.looked)


def _kept(ctx):
    return sorted(p.name for p in (ctx.data_dir / "backups").glob("*-before-restore.sqlite3*"))


def test_a_failed_restore_keeps_no_copy_of_the_store_it_left_as_it_was(ctx, make_household, monkeypatch):
    # An office retrying a restore that failed each time (a full disk when the store was
    # replaced) got one more …-before-restore copy of its store per try, never rotated away:
    # the disk filled up. The store was not touched, so the copy undid nothing.
    import dibao_desk.atomic as atomic

    make_household(head="张三", head_id=make_id("19600315", 11))
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    monkeypatch.setattr(restore, "dt", type("clock", (), {"datetime": _YearEnd}))
    real = atomic.os.replace

    def disk_full(src, dst):
        if str(dst).endswith("dibao.sqlite3"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    for _ in range(3):
        with pytest.raises(OSError):
            restore.restore(ctx, saved)
    assert _kept(ctx) == [] and _count(ctx) == 2
    monkeypatch.setattr(atomic.os, "replace", real)
    for _ in range(2):  # a copy that does not match (changed on the stick) is refused after the copy is made
        with pytest.raises(RuleError):
            monkeypatch.setattr(restore, "_stage_files", _refuse_archive)
            restore.restore(ctx, saved)
    assert _kept(ctx) == [] and _count(ctx) == 2
    monkeypatch.undo()
    result = restore.restore(ctx, saved)  # the fault gone: the copy of what it replaced stays
    assert _count(ctx) == 1 and result.kept.exists()
    assert _kept(ctx) == [result.kept.name, result.kept.name + ".sha256"]


def _refuse_archive(path, *_):
    from dibao_desk.domain.problems import Problem

    raise RuleError(Problem("backup.archive_bad", "", {"path": str(path), "name": "files/1/a.pdf"}))


def test_the_newest_copies_kept_before_restores_stay_and_the_older_go(ctx, make_household, monkeypatch):
    # Restores that were done keep the store they replaced (restoring it undoes them): the
    # newest few stay, the older go, and the copy just made stays even when the PC's clock went
    # back and names it older than every other (a flat BIOS battery).
    import shutil

    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    folder = ctx.data_dir / "backups"
    later = [rules.file_name("360426100000", dt.datetime(2027, 1, day, 8, 0), "before-restore") for day in (1, 2)]
    for name in later:
        shutil.copy(saved, folder / name)
    other = folder / rules.file_name("360426101000", dt.datetime(2020, 1, 1), "before-restore")
    shutil.copy(saved, other)  # another office's copy in the same folder is none of this rotation's business
    monkeypatch.setattr(restore, "dt", type("clock", (), {"datetime": _YearEnd}))
    monkeypatch.setattr(_YearEnd, "looked", 0)
    made = [restore.restore(ctx, saved).kept for _ in range(restore.KEEP_KEPT + 2)]
    names = {p.name for p in folder.glob("dibao-360426100000-*-before-restore.sqlite3")}
    assert names == set(later) | {p.name for p in made[-(restore.KEEP_KEPT - 2):]}
    assert all(not (p.exists() or backup.sidecar(p).exists()) for p in made[:-(restore.KEEP_KEPT - 2)])
    assert other.exists() and saved.exists()
    assert [p.name[19:34] for p in made[:4]] == ["20261231-235700", "20261231-235800", "20261231-235900",
                                                 "20270101-000000"]

    for name in later + [p.name for p in made[-3:]]:  # every other copy dated later: the new one still stays
        (folder / name).rename(folder / name.replace("-2027", "-2098"))
    assert len(list(folder.glob("dibao-360426100000-2098*-before-restore.sqlite3"))) == restore.KEEP_KEPT
    last = restore.restore(ctx, saved).kept
    assert last.exists() and len(list(folder.glob("dibao-360426100000-*-before-restore.sqlite3"))) == restore.KEEP_KEPT + 1
    assert _count(ctx) == 1


def test_checking_a_backup_says_how_far_it_is_and_stops_at_cancel(ctx, make_household):
    # The window checks a backup on the worker with a progress bar and a Cancel: the check says
    # what it reads, and Cancel stops it as such (not as a damaged file).
    from dibao_desk.services.progress import Cancelled, Progress

    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    heard = []

    class Watching(Progress):
        def update(self, done, total=None, message=None, **params):
            heard.append(message)
            super().update(done, total, message, **params)

    info = restore.inspect_for(ctx, saved, Watching())
    assert info.ok and "progress.restore.hash" in heard and "progress.restore.check_store" in heard
    assert messages.text("progress.restore.hash", name=saved.name) == f"正在核对备份文件“{saved.name}”的校验值（SHA-256）…"

    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        restore.inspect_for(ctx, saved, stopped)


class _Watching(restore.NullProgress):
    """Calls ``at_step()`` when the restore reaches the step ``step`` (a progress code)."""

    def __init__(self, step, at_step):
        super().__init__()
        self.step, self.at_step, self.steps = step, at_step, []

    def update(self, done, total=None, message=None, **params):
        if message is not None:
            self.steps.append(message)
            if message == self.step:
                self.at_step()
        super().update(done, total, message, **params)


def _two_backups(ctx, make_household, tmp_path):
    """A backup of one household (in tmp_path/one) and a later one of two (tmp_path/two)."""
    import shutil

    make_household(head="张三", head_id=make_id("19600315", 11))
    one = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 1, 9, 0, 0)).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    two = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 2, 9, 0, 0)).files[0].path
    for folder, made in (("one", one), ("two", two)):  # both under the first one's name
        (tmp_path / folder).mkdir()
        shutil.copy2(made, tmp_path / folder / one.name)
        shutil.copy2(backup.sidecar(made), tmp_path / folder / backup.sidecar(one).name)
    return tmp_path / "one" / one.name, tmp_path / "two" / one.name


def test_the_backup_is_read_once_and_what_was_checked_is_what_is_restored(ctx, make_household, tmp_path):
    """The backup was hashed and checked, then read a second time to be copied in: a file
    that changed in between (a USB stick written by another PC) was restored unchecked. It
    is copied once, while hashed; the checks and the swap use that copy: the store holds the
    one household of the backup checked, not the two of what the file became after."""
    import shutil

    one, two = _two_backups(ctx, make_household, tmp_path)
    digest = backup.file_sha256(one)[0]
    progress = _Watching("progress.restore.keep", lambda: shutil.copyfile(two, one))
    result = restore.restore(ctx, one, progress=progress)
    assert _count(ctx) == 1 and result.info.sha256 == digest
    assert progress.steps[:2] == ["progress.restore.copy", "progress.restore.check_store"]
    assert "progress.restore.hash" not in progress.steps
    assert [p.name for p in ctx.data_dir.glob(".~*")] == []


def test_a_backup_changed_since_it_was_shown_is_not_restored(ctx, make_household, tmp_path):
    """Shown (checked) in the dialog, then replaced by another backup with its own .sha256
    before 恢复 is clicked: refused with words; the store's bytes as they were, no copy left."""
    import shutil

    one, two = _two_backups(ctx, make_household, tmp_path)
    shown = restore.inspect_for(ctx, one)
    assert shown.ok
    for f in (two, backup.sidecar(two)):
        shutil.copyfile(f, one.parent / f.name)
    before = ctx.store.path.read_bytes()
    with pytest.raises(RuleError) as exc:
        restore.restore(ctx, one, expected_sha256=shown.sha256)
    assert [messages.text(p) for p in exc.value.problems] == [
        f"备份文件“{one}”在检查之后被改动过，没有恢复，当前数据未改变。请重新选择该文件，检查后再恢复"]
    assert ctx.store.path.read_bytes() == before and _count(ctx) == 2
    assert [p.name for p in ctx.data_dir.glob(".~*")] == [] and _kept(ctx) == []
    assert restore.restore(ctx, one, expected_sha256=restore.inspect_for(ctx, one).sha256).info.counts["household"] == 2


def test_a_backup_failing_a_check_leaves_the_store_bytes_and_no_copy(ctx, make_household, tmp_path):
    one, _two = _two_backups(ctx, make_household, tmp_path)
    data = bytearray(one.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed on the stick: the file is damaged
    one.write_bytes(bytes(data))
    before = ctx.store.path.read_bytes()
    with pytest.raises(RuleError) as exc:
        restore.restore(ctx, one)
    assert [p.code for p in exc.value.problems] == ["restore.corrupt"]
    assert ctx.store.path.read_bytes() == before and _count(ctx) == 2
    assert [p.name for p in ctx.data_dir.glob(".~*")] == [] and _kept(ctx) == []


def test_a_copy_left_by_a_restore_cut_short_is_removed_when_the_next_starts(ctx, make_household, tmp_path):
    """A restore killed while copying left `.~dibao.….restore-part` (gigabytes, on the office
    PC's disk); the next restore removes it first, even one that is then refused."""
    one, _two = _two_backups(ctx, make_household, tmp_path)
    left = ctx.data_dir / ".~dibao.k3j9x.restore-part"
    left.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    with pytest.raises(RuleError):
        restore.restore(ctx, one, expected_sha256="0" * 64)
    assert not left.exists() and [p.name for p in ctx.data_dir.glob(".~*")] == []
