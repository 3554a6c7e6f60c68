"""一户一档 documents travel with backups: archived and checked beside the store copy, restored
with it (all or nothing); a backup made before documents existed still restores."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import pytest

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import backup, household_files, restore
from tests.conftest import make_id
from tests.helpers import tiny_pdf


def _file(tmp_path, name, body):
    path = tmp_path / name
    path.write_bytes(body)
    return path


def _files_on_disk(ctx):
    root = ctx.data_dir / "files"
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def filed(ctx, make_household, tmp_path):
    hh = make_household(head="张三", head_id=make_id("19600315", 11))
    a = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, tiny_pdf(tmp_path / "户口本.pdf", text="hukou"),
                                 "hukou_copy", pages=4)
    b = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, _file(tmp_path, "入户.jpg", b"\xff\xd8 photo"),
                                 "visit_photo")
    return hh, a, b


def test_a_backup_carries_the_filed_documents_checked_and_listed_in_its_sha256_file(ctx, filed, tmp_path):
    _, a, b = filed
    usb = tmp_path / "usb"
    usb.mkdir()
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=usb, now=dt.datetime(2026, 11, 30, 17, 5, 0))
    assert not run.problems
    for f in run.files:
        archive = backup.files_archive(f.path)
        assert archive.name == f.path.name + ".files.zip" and f.files_count == 2
        with zipfile.ZipFile(archive) as z:
            assert sorted(z.namelist()) == sorted([a.stored_path, b.stored_path])
            assert z.read(a.stored_path) == (tmp_path / "户口本.pdf").read_bytes()
        assert backup.recorded_sha256(f.path, archive.name) == backup.file_sha256(archive)[0] == f.files_sha256
        assert backup.recorded_sha256(f.path) == f.sha256  # the store's line stays first
    info = restore.inspect_backup(run.files[1].path, "360426100000")
    assert info.ok and info.files_count == 2
    assert any("一户一档文件 2 个" in line for line in messages.backup.backup_lines(info))



def test_a_stick_that_fills_up_during_the_store_copy_keeps_no_half_backup(ctx, filed, tmp_path, monkeypatch):
    # The documents' archive went onto the stick, then the store copy found it full: the archive
    # stayed there alone, never rotated (no .sqlite3 beside it), taking the room for good.
    import errno
    import shutil

    copy = shutil.copyfileobj

    def full_at_the_store(fin, fout, *args):
        name = str(getattr(fout, "name", ""))
        if name.startswith(str(usb)) and ".files." not in Path(name).name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return copy(fin, fout, *args)

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup.shutil, "copyfileobj", full_at_the_store)
    run = backup.make_backups(ctx.uow(), ctx.store.path, to=usb, now=dt.datetime(2026, 12, 31, 23, 59, 0))
    assert [p.code for p in run.problems] == ["backup.disk_full"]
    assert sorted(p.name for p in usb.iterdir()) == []  # nothing half-written on the stick
    assert len(run.files) == 1 and backup.files_archive(run.files[0].path).exists()  # the local one is whole

def test_a_store_without_documents_has_no_archive(ctx, make_household):
    make_household()
    run = backup.make_backups(ctx.uow(), ctx.store.path)
    assert not backup.files_archive(run.files[0].path).exists() and run.files[0].files_sha256 == ""
    assert restore.inspect_backup(run.files[0].path, "360426100000").ok


def test_restore_brings_the_documents_back_and_undo_returns_the_later_ones(ctx, filed, tmp_path):
    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 1, 9, 0, 0)).files[0].path
    c = household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, _file(tmp_path, "收入证明.png", b"\x89PNG later"),
                                 "income_proof")
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    assert _files_on_disk(ctx) == sorted(p.split("/", 1)[1] for p in (b.stored_path, c.stored_path))

    result = restore.restore(ctx, saved)
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [a.id, b.id]
    assert _files_on_disk(ctx) == sorted(p.split("/", 1)[1] for p in (a.stored_path, b.stored_path))
    assert a.path(ctx.data_dir).read_bytes() == (tmp_path / "户口本.pdf").read_bytes()
    assert not (ctx.data_dir / "files.before-restore").exists() and not (ctx.data_dir / "files.restoring").exists()

    restore.restore(ctx, result.kept)  # undo: the kept copy carries the documents of that moment
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [b.id, c.id]
    assert _files_on_disk(ctx) == sorted(p.split("/", 1)[1] for p in (b.stored_path, c.stored_path))


def test_a_backup_whose_archive_is_damaged_or_missing_is_refused_and_nothing_changes(ctx, filed, tmp_path):
    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    before = _files_on_disk(ctx)
    archive = backup.files_archive(saved)
    data = bytearray(archive.read_bytes())
    i = data.find(b"hukou")
    data[i:i + 5] = b"HUKOU"
    archive.write_bytes(bytes(data))
    info = restore.inspect_backup(saved, "360426100000")
    assert [p.code for p in info.problems] == ["restore.checksum"]
    backup.sidecar(saved).write_text(backup.sidecar(saved).read_text().splitlines()[0] + "\n")  # no recorded hash
    assert [p.code for p in restore.inspect_backup(saved, "360426100000").problems] == ["backup.archive_bad"]
    archive.unlink()
    with pytest.raises(RuleError) as exc:
        restore.restore(ctx, saved)
    assert [p.code for p in exc.value.problems] == ["restore.files_missing"]
    assert archive.name in messages.text(exc.value.problems[0])
    assert _files_on_disk(ctx) == before
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [b.id]


def test_a_failed_store_swap_leaves_the_documents_in_place(ctx, filed, tmp_path, monkeypatch):
    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    before = _files_on_disk(ctx)
    import dibao_desk.atomic as atomic

    real = atomic.os.replace

    def failing(src, dst):
        if str(dst).endswith("dibao.sqlite3"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing)
    with pytest.raises(OSError):
        restore.restore(ctx, saved)
    monkeypatch.undo()
    assert _files_on_disk(ctx) == before
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [b.id]
    assert not (ctx.data_dir / "files.restoring").exists() and not (ctx.data_dir / "files.before-restore").exists()


def test_a_document_gone_from_disk_is_reported_and_the_rest_backed_up_and_restorable(ctx, filed):
    hh, a, b = filed
    a.path(ctx.data_dir).unlink()
    run = backup.make_backups(ctx.uow(), ctx.store.path)
    assert [p.code for p in run.problems] == ["backup.file_missing"]
    assert run.files[0].path.exists() and run.files[0].files_count == 1
    info = restore.inspect_backup(run.files[0].path, "360426100000")
    assert info.ok
    restore.restore(ctx, run.files[0].path)
    assert b.path(ctx.data_dir).exists() and not a.path(ctx.data_dir).exists()


def test_an_old_backup_without_documents_restores_and_empties_the_files_folder(ctx, make_household, tmp_path):
    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 10, 1, 9, 0, 0)).files[0].path
    hh = make_household(head="李四", head_id=make_id("19600316", 13))
    household_files.add_file(ctx.uow(), ctx.data_dir, hh.id, tiny_pdf(tmp_path / "x.pdf"), "other")
    restore.restore(ctx, saved)
    assert _files_on_disk(ctx) == []
    con = sqlite3.connect(ctx.store.path)
    assert con.execute("select count(*) from household_file").fetchone()[0] == 0
    con.close()


@pytest.mark.parametrize("cut", ["after_aside", "after_swap", "after_store"])
def test_a_restore_cut_short_is_tidied_when_the_folder_is_next_opened(ctx, filed, tmp_path, cut):
    """Killed while swapping the documents: the next start keeps those the store names."""
    import shutil as sh

    from dibao_desk.services.restore import recover_files

    hh, a, b = filed
    data = ctx.data_dir
    household_files.remove_file(ctx.uow(), data, a.id)  # the store now names b only
    ctx.store.close()
    files, aside, staged = data / "files", data / "files.before-restore", data / "files.restoring"
    staged.mkdir()
    (staged / "1").mkdir()
    (staged / "1" / "other.pdf").write_bytes(b"%PDF other")
    if cut == "after_aside":  # files moved aside, staged not yet in place
        files.rename(aside)
    elif cut == "after_swap":  # staged in place, the store not replaced: the old documents must come back
        files.rename(aside)
        staged.rename(files)
    else:  # the store replaced with one naming these documents, the old ones not yet removed
        sh.copytree(files, aside)
    recover_files(data)
    assert not aside.exists() and not staged.exists()
    assert b.path(data).exists()


def test_restore_reads_the_documents_archive_once_and_restores_what_it_checked(ctx, filed, tmp_path, monkeypatch):
    """The archive on the stick was read three times (hashed, each document checked, then
    unpacked again): a stick written between the check and the unpack gave documents never
    checked. Now it is copied beside the store once while hashed, and every document is
    unpacked from that copy while checked against its row; no copy is left behind."""
    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path, now=dt.datetime(2026, 11, 1, 9, 0, 0)).files[0].path
    archive = backup.files_archive(saved)
    opened: list[str] = []
    real_open = open

    def counting_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, Path)) and Path(file) == archive and "r" in mode:
            opened.append(mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    real_zip = zipfile.ZipFile

    def counting_zip(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and Path(file) == archive:
            opened.append("zip")
        return real_zip(file, *args, **kwargs)

    monkeypatch.setattr(zipfile, "ZipFile", counting_zip)
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    restore.restore(ctx, saved)
    monkeypatch.undo()
    assert opened == ["rb"]
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [a.id, b.id]
    assert a.path(ctx.data_dir).read_bytes() == (tmp_path / "户口本.pdf").read_bytes()
    assert [p.name for p in ctx.data_dir.glob(".~*")] == []
    assert not (ctx.data_dir / "files.restoring").exists()


def test_a_document_differing_from_its_row_stops_the_restore_and_leaves_everything(ctx, filed, tmp_path):
    """Checked while unpacked: a document whose bytes are not those its row records (the
    archive rewritten with its .sha256 line dropped) is refused by name; the documents and
    the store stay as they were, no unpacked folder or archive copy is left."""
    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    before = _files_on_disk(ctx)
    archive = backup.files_archive(saved)
    with zipfile.ZipFile(archive) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    entries[b.stored_path] = b"\xff\xd8 another photo"
    with zipfile.ZipFile(archive, "w") as z:
        for n, data in entries.items():
            z.writestr(n, data)
    backup.sidecar(saved).write_text(backup.sidecar(saved).read_text().splitlines()[0] + "\n")
    with pytest.raises(RuleError) as exc:
        restore.restore(ctx, saved)
    assert [(p.code, p.params["name"]) for p in exc.value.problems] == [("backup.archive_bad", b.stored_path)]
    assert _files_on_disk(ctx) == before
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [b.id]
    assert [p.name for p in ctx.data_dir.glob(".~*")] == []
    assert not (ctx.data_dir / "files.restoring").exists()


@pytest.mark.parametrize("step", ["store_copy", "archive_copy", "unpack"])
def test_a_full_disk_while_the_documents_are_unpacked_does_not_call_the_backup_damaged(
        ctx, filed, tmp_path, monkeypatch, step):
    # The backup is whole; the data folder's disk has no room for its documents. Told that the
    # backup's documents were "不完整或已损坏，不能使用", a clerk throws away the good backup.
    import errno

    hh, a, b = filed
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    household_files.remove_file(ctx.uow(), ctx.data_dir, a.id)
    before = _files_on_disk(ctx)
    real_copy = restore._copy_hashing

    def copy_full(source, target, progress):
        if source.name.endswith({"store_copy": ".sqlite3", "archive_copy": ".files.zip"}.get(step, "?")):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, target, progress)

    def unpack_full(local, archive, wanted, staged, progress):
        raise OSError(errno.ENOSPC, "No space left on device", str(staged / wanted[0][0]))

    monkeypatch.setattr(restore, "_copy_hashing", copy_full)
    if step == "unpack":
        monkeypatch.setattr(restore, "_unpack_checked", unpack_full)
    with pytest.raises(RuleError) as exc:
        restore.restore(ctx, saved)
    assert [p.code for p in exc.value.problems] == ["restore.disk_full"]
    text = messages.text(exc.value.problems[0])
    assert "空间不足" in text and "损坏" not in text and str(ctx.data_dir) in text
    assert _files_on_disk(ctx) == before
    assert [f.id for f in household_files.list_files(ctx.uow(), hh.id)] == [b.id]
    assert sorted(p.name for p in ctx.data_dir.glob(".~*")) == []
    assert not (ctx.data_dir / "files.restoring").exists()
