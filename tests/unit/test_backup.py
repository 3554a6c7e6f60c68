"""Backups: consistent, verified, rotated (restoring them: test_restore.py)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3

import pytest

from dibao_desk.domain import backups as rules
from dibao_desk.services import backup


def _count(ctx, table="household"):
    con = sqlite3.connect(ctx.store.path)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def _integrity(path):
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("pragma integrity_check")]
    finally:
        con.close()


# ---- rotation -----------------------------------------------------------------------------

def test_rotation_over_seven_months_of_backups_every_six_hours():
    start = dt.datetime(2026, 5, 1, 9, 0, 0)
    folder: list[rules.BackupName] = []
    now = start
    while now < dt.datetime(2026, 11, 30, 18, 0):
        folder.append(rules.parse_name(rules.file_name("360426100000", now)))
        keep = rules.to_keep(folder)
        folder = [b for b in folder if b.name in keep]
        now += dt.timedelta(hours=6)
    times = sorted((b.at for b in folder), reverse=True)
    last = times[0]
    assert last == now - dt.timedelta(hours=6)
    # the ten newest, one a day for 14 days, one a week for 8 weeks, one a month for 12 months
    assert times[:10] == [last - dt.timedelta(hours=6 * i) for i in range(10)]
    days = {t.date() for t in times}
    assert {last.date() - dt.timedelta(days=i) for i in range(14)} <= days
    assert len({t.isocalendar()[:2] for t in times}) >= 8
    assert {(t.year, t.month) for t in times} == {(2026, m) for m in range(5, 12)}
    assert len(folder) <= 10 + 14 + 8 + 12
    assert min(times).month == 5  # the oldest month is still there


def test_rotation_never_removes_the_copy_kept_before_a_restore():
    names = [rules.parse_name(rules.file_name("360426100000", dt.datetime(2026, 1, 1) + dt.timedelta(hours=h)))
             for h in range(100)]
    kept = rules.parse_name(rules.file_name("360426100000", dt.datetime(2025, 1, 1), "before-restore"))
    assert kept.kind == "before-restore"
    assert kept.name not in rules.to_keep(names + [kept])  # not among ordinary ones...


def test_backup_due_and_external_warning_dates():
    now = dt.datetime(2026, 11, 30, 12, 0)
    assert rules.is_due(None, now) and rules.is_due(now - dt.timedelta(hours=24), now)
    assert not rules.is_due(now - dt.timedelta(hours=23), now)
    assert rules.external_is_stale(None, now)
    assert not rules.external_is_stale(now - dt.timedelta(days=7), now)
    assert rules.external_is_stale(now - dt.timedelta(days=7, minutes=1), now)


# ---- making backups --------------------------------------------------------------------------

def test_backup_beside_the_store_and_in_the_second_folder(ctx, make_household, tmp_path):
    make_household()
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_backup_folder(ctx.uow(), usb)
    run = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 30, 17, 5, 0))
    assert not run.problems
    local, external = run.files
    assert local.path == ctx.data_dir / "backups" / "dibao-360426100000-20261130-170500.sqlite3"
    assert external.path == usb / local.path.name and external.external
    for f in run.files:
        assert _integrity(f.path) == ["ok"]
        assert backup.file_sha256(f.path)[0] == f.sha256 == backup.recorded_sha256(f.path)
        con = sqlite3.connect(f.path)
        assert con.execute("select count(*) from household").fetchone()[0] == 1
        assert con.execute("pragma journal_mode").fetchone()[0] == "delete"
        con.close()
        assert not list(f.path.parent.glob(".~*"))
    st = backup.status(ctx.uow())
    assert st.last_external is not None and not st.external_stale and not st.due
    assert st.folder == str(usb.resolve())


@pytest.mark.parametrize("error, code", [
    (errno.EROFS, "backup.folder_denied"),    # a write-protected stick
    (errno.EACCES, "backup.folder_denied"),   # a folder the account may not write
    (errno.EIO, "backup.write_failed"),       # a failing stick
])
def test_a_second_folder_that_cannot_be_written_is_said_in_chinese(ctx, tmp_path, monkeypatch, error, code):
    from dibao_desk import messages

    def refuse(src, target, *a, **k):
        raise OSError(error, os.strerror(error), str(target))

    monkeypatch.setattr(backup, "copy_verified", refuse)
    stick = tmp_path / "stick"
    stick.mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=stick)
    assert [p.code for p in run.problems] == [code]
    text = messages.text(run.problems[0])
    assert str(stick) in text and os.strerror(error) not in text
    assert len(run.files) == 1 and run.files[0].path.exists()


def test_a_disk_full_at_the_checksum_file_leaves_no_backup_beside_the_store(ctx, make_household, monkeypatch):
    # the copy is written, then the .sha256 file beside it finds the disk full: the refusal
    # said nothing was backed up, and nothing may stay (a copy without its checksum and without
    # a record, counted by the rotation as the newest backup)
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError

    make_household()

    def full(target, digest, files_digest=""):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(backup.sidecar(target)))

    monkeypatch.setattr(backup, "_write_sidecar", full)
    with pytest.raises(RuleError) as info:
        backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2028, 2, 29, 23, 59, 59))
    assert [p.code for p in info.value.problems] == ["backup.disk_full"]
    assert messages.text(info.value.problems[0]).startswith("磁盘空间不足，备份没有写入“")
    local = ctx.data_dir / "backups"
    assert sorted(p.name for p in local.iterdir()) == []
    assert _count(ctx, "backup_record") == 0
    assert backup.status(ctx.uow()).due


def test_a_missing_second_folder_is_reported_and_the_local_copy_still_made(ctx, tmp_path):
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=tmp_path / "not-plugged-in")
    assert [p.code for p in run.problems] == ["backup.folder_missing"]
    assert len(run.files) == 1 and run.files[0].path.exists()
    assert backup.status(ctx.uow()).external_stale


def test_a_file_is_not_accepted_as_the_backup_folder(ctx, tmp_path):
    # Typed on the command line: E:\backup.sqlite3 instead of E:\. It was saved, and every backup
    # after said the folder could not be found ("U 盘是否已插好？").
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError

    afile = tmp_path / "备份.txt"
    afile.write_text("x")
    with pytest.raises(RuleError) as info:
        backup.set_backup_folder(ctx.uow(), afile)
    assert info.value.problems[0].code == "backup.folder_is_file"
    assert str(afile) in messages.text(info.value.problems[0])
    assert backup.status(ctx.uow()).folder == ""
    backup.set_backup_folder(ctx.uow(), tmp_path / "not-plugged-in")  # a stick not in now: kept
    assert backup.status(ctx.uow()).folder.endswith("not-plugged-in")


def test_a_backup_made_while_the_clock_is_behind_is_not_rotated_away(ctx, make_household):
    # A flat BIOS battery sets the PC back to 1 Jan 2000: the new backup's name is older than
    # two years of backups, and the rotation deleted it as soon as it was made.
    folder = ctx.data_dir / "backups"
    at = dt.datetime(2025, 1, 31, 17, 0)
    for _ in range(40):
        backup.make_backups(ctx.uow(), ctx.store.path, now=at)
        at += dt.timedelta(days=20)
    make_household()  # entered after the last good backup: only the next one holds it
    run = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2000, 1, 1, 0, 5))
    made = run.files[0].path
    assert made.name == "dibao-360426100000-20000101-000500.sqlite3"
    assert made.exists() and backup.sidecar(made).exists() and made not in run.removed
    con = sqlite3.connect(made)
    assert con.execute("select count(*) from household").fetchone()[0] == 1
    con.close()
    # the next backup (clock still behind) keeps itself too; the rotation goes on by the names
    later = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2000, 1, 1, 0, 6))
    assert later.files[0].path.exists()


def test_backup_names_over_the_new_year_and_twice_in_one_second(ctx):
    last = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 12, 31, 23, 59, 59))
    again = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 12, 31, 23, 59, 59))
    first = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2027, 1, 1, 0, 0, 0))
    names = [r.files[0].path.name for r in (last, again, first)]
    assert names == ["dibao-360426100000-20261231-235959.sqlite3",
                     "dibao-360426100000-20270101-000000.sqlite3",  # the same second: the next free one
                     "dibao-360426100000-20270101-000001.sqlite3"]
    assert all(r.files[0].path.exists() for r in (last, again, first))
    assert [p.name for p in backup.list_backups(ctx.data_dir / "backups")] == names[::-1]


def test_a_second_folder_inside_the_data_folder_is_refused_and_never_counts_as_outside(ctx, tmp_path):
    # 文件 → 备份文件夹 chosen as the data folder (or a folder in it): the copies stayed on the
    # same disk, yet the warning "nothing outside the data folder for 7 days" went quiet.
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError

    for inside in (ctx.data_dir, ctx.data_dir / "备份"):
        with pytest.raises(RuleError) as info:
            backup.set_backup_folder(ctx.uow(), inside, ctx.data_dir)
        assert [p.code for p in info.value.problems] == ["backup.folder_inside_data"]
        assert str(inside) in messages.text(info.value.problems[0])
    assert backup.backup_folder(ctx.uow()) is None
    beside = tmp_path / "data-copy"  # a name that merely begins like the data folder's is outside
    backup.set_backup_folder(ctx.uow(), beside, ctx.data_dir)
    assert backup.backup_folder(ctx.uow()) == beside.resolve()
    # a copy asked for inside the data folder (backup --to) is made, but is not outside
    (ctx.data_dir / "备份").mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=ctx.data_dir / "备份",
                              now=dt.datetime(2026, 2, 28, 23, 59, 0))
    assert not run.problems and len(run.files) == 2 and run.files[1].path.exists()
    assert not run.files[1].external
    assert backup.status(ctx.uow(), now=dt.datetime(2026, 3, 1)).external_stale


def test_a_backup_cut_short_on_the_stick_leaves_no_file_there_for_good(ctx, tmp_path):
    # The stick pulled out (or the program killed) in the middle of a copy: its hidden
    # temporary file stayed on the stick for ever, as large as the store, since each backup's
    # name is new and the next write to that name never comes.
    import time

    from dibao_desk.atomic import STALE_AFTER

    stick = tmp_path / "stick"
    stick.mkdir()
    old = stick / ".~dibao-360426100000-20261130-170500.abc123.part"
    old.write_bytes(b"\0" * 4096)
    hour_ago = time.time() - STALE_AFTER - 60
    os.utime(old, (hour_ago, hour_ago))
    under_way = stick / ".~dibao-360426100000-20261231-235959.def456.part"  # another PC's, just now
    under_way.write_bytes(b"\0" * 10)
    mine = stick / ".~名单.xyz.part"  # not a backup's: left alone
    mine.write_bytes(b"x")
    os.utime(mine, (hour_ago, hour_ago))
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=stick, now=dt.datetime(2026, 12, 31, 23, 59, 59))
    assert not run.problems
    assert not old.exists() and under_way.exists() and mine.exists()
    assert (stick / "dibao-360426100000-20261231-235959.sqlite3").exists()


def test_a_backup_made_while_another_program_writes_is_whole_and_consistent(ctx):
    # Another program (a command, a second PC's window on a shared folder) commits meanwhile:
    # each backup holds whole transactions only, and checks.
    import threading

    con = sqlite3.connect(ctx.store.path, timeout=30, check_same_thread=False)
    con.execute("create table load_test (batch integer, filler text)")
    con.commit()
    stop = threading.Event()

    def write():
        batch = 0
        while not stop.is_set():
            con.execute("begin immediate")
            con.executemany("insert into load_test values (?, ?)", [(batch, "x" * 200)] * 200)
            con.execute("insert into store_setting values (?, ?)", (f"load.{batch}", str(batch)))
            con.commit()
            batch += 1
            # Another program pauses between its saves; a loop that takes the lock again at
            # once starves the backup's own short write (SQLite's lock is not fair), which
            # failed this test on a loaded machine with "database is locked".
            stop.wait(0.005)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        runs = [backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 12, 31, 23, 59, s))
                for s in range(0, 40, 10)]
    finally:
        stop.set()
        writer.join()
        con.close()
    for run in runs:
        path = run.files[0].path
        assert not run.problems and _integrity(path) == ["ok"]
        assert backup.file_sha256(path)[0] == backup.recorded_sha256(path)
        copy = sqlite3.connect(path)
        rows = copy.execute("select count(*) from load_test").fetchone()[0]
        batches = copy.execute("select count(*) from store_setting where key like 'load.%'").fetchone()[0]
        copy.close()
        assert rows == 200 * batches  # no transaction cut in half


@pytest.mark.parametrize("error", [
    errno.EFBIG,   # the system says so: a FAT32 stick takes no file of 4 GB or more
    errno.ENOSPC,  # Windows on FAT32: "disk full" though the stick has room
    errno.EINVAL,
])
def test_a_backup_too_big_for_a_fat32_stick_says_so(ctx, tmp_path, monkeypatch, error):
    # The documents' scans make the archive beside the store grow past 4 GB; a stick formatted
    # FAT32 (most are) refuses such a file. "U 盘或磁盘出错，请检查后再试" sent the clerk to
    # try again, day after day, with nothing ever reaching the stick.
    from dibao_desk import messages

    def too_big(src, target, *a, **k):
        raise OSError(error, os.strerror(error), str(target))

    monkeypatch.setattr(backup, "copy_verified", too_big)
    monkeypatch.setattr(backup, "FAT32_MAX_FILE", 1000)  # the store copy is larger than this
    stick = tmp_path / "stick"
    stick.mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=stick)
    assert [p.code for p in run.problems] == ["backup.too_big_for_folder"]
    text = messages.text(run.problems[0])
    assert str(stick) in text and "4 GB" in text and "FAT32" in text
    assert os.strerror(error) not in text
    assert len(run.files) == 1 and run.files[0].path.exists()


def test_a_file_too_large_for_the_folder_is_said_whatever_its_size(ctx, tmp_path, monkeypatch):
    # EFBIG is the system naming the limit itself: said so even when the size looks small
    def too_big(src, target, *a, **k):
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG), str(target))

    monkeypatch.setattr(backup, "copy_verified", too_big)
    stick = tmp_path / "stick"
    stick.mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=stick)
    assert [p.code for p in run.problems] == ["backup.too_big_for_folder"]


def test_a_full_stick_under_the_fat32_limit_is_still_a_full_disk(ctx, tmp_path, monkeypatch):
    def full(src, target, *a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr(backup, "copy_verified", full)
    stick = tmp_path / "stick"
    stick.mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=stick)
    assert [p.code for p in run.problems] == ["backup.disk_full"]
