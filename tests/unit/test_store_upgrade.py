"""Opening a store of another version (models/store.py): an older one is copied (verified,
atomically) and upgraded in one transaction, or left as it was with the copy's path said; a
newer one is refused without a byte of it changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from dibao_desk import messages
from dibao_desk.models import store as store_module
from dibao_desk.models.store import DB_NAME, HEAD, StoreError, Upgraded, open_store, pending_upgrade
from dibao_desk.services import office
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_folder

OLD = "0021"


def _query(path: Path, sql: str):
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _revision(path: Path) -> str:
    return _query(path, "select version_num from alembic_version")[0][0]


def _office_store(folder: Path, villages: tuple[str, ...] = ("东风村",), revision: str = OLD) -> Path:
    """An office's store with villages in it, taken back to ``revision``."""
    ctx = open_context(folder)
    try:
        office.save_office(ctx.uow(), office.OfficeInfo(
            name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="0792-4321000",
            complaint_box="镇政府一楼大厅", mode="township", operator="王经办"))
        for name in villages:
            office.add_village(ctx.uow(), name)
    finally:
        ctx.close()
    return downgrade_folder(folder, revision)


def _villages(path: Path) -> list[str]:
    return [r[0] for r in _query(path, "select name from village order by id")]


def test_an_older_store_is_upgraded_after_a_verified_copy_named_for_its_revision(tmp_path):
    folder = _office_store(tmp_path / "data")
    assert pending_upgrade(folder) == OLD
    opened = open_store(folder)
    try:
        copy = folder / f"dibao.before-{OLD}.sqlite3"
        assert opened.upgraded == Upgraded(OLD, HEAD, copy)
    finally:
        opened.close()
    assert _revision(folder / DB_NAME) == HEAD
    # the copy is the store as it was: its revision, its rows, whole, and one self-contained file
    assert _revision(copy) == OLD and _villages(copy) == ["东风村"]
    assert _query(copy, "pragma integrity_check") == [("ok",)]
    assert _query(copy, "pragma journal_mode") == [("delete",)]
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(("dibao.before", ".~"))) == [copy.name]
    assert pending_upgrade(folder) is None
    again = open_store(folder)  # at the head now: nothing more to do or to say
    try:
        assert again.upgraded is None
    finally:
        again.close()


def test_an_earlier_copy_of_the_same_revision_gives_way_to_the_store_as_it_is_now(tmp_path):
    """An office that upgraded once, went back to the old program with its copy and worked on:
    the next upgrade keeps the store as it is now, not the copy of months ago."""
    folder = _office_store(tmp_path / "data", ("东风村", "西湖村"))
    stale = _office_store(tmp_path / "earlier", ("东风村",)) / DB_NAME
    copy = folder / f"dibao.before-{OLD}.sqlite3"
    copy.write_bytes(stale.read_bytes())
    open_store(folder).close()
    assert _villages(copy) == ["东风村", "西湖村"]


def test_when_no_copy_can_be_kept_the_store_is_not_upgraded(tmp_path):
    folder = _office_store(tmp_path / "data")
    before = (folder / DB_NAME).read_bytes()
    blocked = folder / f"dibao.before-{OLD}.sqlite3"
    blocked.mkdir()  # the copy cannot be put in place (as on a full or read-only disk)
    (blocked / "x").write_text("x")
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert info.value.code == "store.upgrade_copy_failed"
    assert _revision(folder / DB_NAME) == OLD and _villages(folder / DB_NAME) == ["东风村"]
    text = messages.text(info.value.code, **info.value.params)
    assert "未能保存原数据副本" in text and str(blocked) in text
    assert not list(folder.glob(".~*"))  # no half-made copy left behind
    assert (folder / DB_NAME).read_bytes() == before


def test_a_failed_upgrade_leaves_the_store_as_it_was_and_names_the_copy(tmp_path, monkeypatch):
    """The upgrade breaks half-way (after some revisions' scripts ran): all of it is undone."""
    from alembic import command

    folder = _office_store(tmp_path / "data")
    real = command.upgrade

    def breaks_half_way(cfg, revision, **kw):
        real(cfg, "0023")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(command, "upgrade", breaks_half_way)
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert info.value.code == "store.upgrade_failed"
    copy = folder / f"dibao.before-{OLD}.sqlite3"
    assert info.value.params["copy"] == str(copy)
    text = messages.text(info.value.code, **info.value.params)
    assert "数据升级失败" in text and "原数据未作任何改动" in text and str(copy) in text
    store_file = folder / DB_NAME
    assert _revision(store_file) == OLD and _villages(store_file) == ["东风村"]
    columns = {r[1] for r in _query(store_file, "pragma table_info(member)")}
    assert "status_on" not in columns  # 0023's column is not there: nothing of the upgrade stayed
    assert _query(store_file, "pragma integrity_check") == [("ok",)]
    monkeypatch.setattr(command, "upgrade", real)
    opened = open_store(folder)  # the next start (the fault gone) upgrades it
    try:
        assert opened.upgraded is not None and opened.upgraded.from_revision == OLD
    finally:
        opened.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_store_from_a_newer_program_is_refused_and_not_a_byte_changed(tmp_path, journal):
    """A store written by a newer dibao-desk (a revision this one has no script for), in either
    journal mode (a restored or copied store is a single DELETE-mode file): refused with the
    Chinese words, and the file is byte for byte what it was, with nothing left beside it."""
    folder = _office_store(tmp_path / "data", revision=HEAD)
    con = sqlite3.connect(folder / DB_NAME)
    with con:
        con.execute("update alembic_version set version_num = '9001'")
    con.execute(f"pragma journal_mode={journal}")
    con.close()
    before, names = _digest(folder / DB_NAME), sorted(os.listdir(folder))
    with pytest.raises(StoreError) as info:
        open_context(folder)
    assert info.value.code == "store.newer_schema"
    assert _digest(folder / DB_NAME) == before
    text = messages.text(info.value.code, **info.value.params)
    assert "数据由更新版本的 dibao-desk 创建" in text and "请安装新版" in text and "9001" in text
    assert sorted(n for n in os.listdir(folder) if n.startswith("dibao.sqlite3")) == \
        [n for n in names if n.startswith("dibao.sqlite3")]
    assert not list(folder.glob("dibao.before-*"))
    assert pending_upgrade(folder) is None  # nothing to wait for; the check changes nothing either
    assert _digest(folder / DB_NAME) == before


def test_the_revision_is_peeked_without_writing_beside_the_store(tmp_path):
    folder = _office_store(tmp_path / "data", revision=HEAD)
    path = folder / DB_NAME
    assert store_module.peek_revision(path) == HEAD
    assert store_module.peek_revision(tmp_path / "none" / DB_NAME) is None
    assert not path.with_name(DB_NAME + "-wal").exists() and not path.with_name(DB_NAME + "-shm").exists()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 10)
    assert store_module.peek_revision(garbage) is None


def test_a_copy_cut_short_leaves_the_earlier_copy_and_the_store_as_they_were(tmp_path, monkeypatch):
    """The disk fills while the new copy is flushed: the copy kept by an earlier upgrade from the
    same revision is still there, whole, and the store is neither upgraded nor changed."""
    from dibao_desk import atomic

    folder = _office_store(tmp_path / "data", ("东风村", "西湖村"))
    earlier = _office_store(tmp_path / "earlier", ("东风村",)) / DB_NAME
    copy = folder / f"dibao.before-{OLD}.sqlite3"
    copy.write_bytes(earlier.read_bytes())
    kept = _digest(copy)

    def full(path):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(atomic, "fsync", full)
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert info.value.code == "store.upgrade_copy_failed"
    assert _digest(copy) == kept and _villages(copy) == ["东风村"]
    assert _revision(folder / DB_NAME) == OLD and _villages(folder / DB_NAME) == ["东风村", "西湖村"]
    assert not list(folder.glob(".~*"))
