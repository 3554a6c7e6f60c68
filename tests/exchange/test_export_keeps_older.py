"""A package whose record cannot be saved leaves the stick as it was: no new file, and an older
file of the same name (the last package written there) kept byte for byte."""

from __future__ import annotations

import sqlite3

import pytest

from dibao_desk.models import PackageSent
from dibao_desk.services import exchange
from dibao_desk.services.uow import UnitOfWork
from tests.exchange.exchange_fixtures import TODAY, township  # noqa: F401


def _stick_files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_failed_record_puts_the_older_package_of_that_name_back(ctx, township, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    stick.mkdir()
    target = stick / "花名册.xlsx"
    older = b"PK\x03\x04 the roster package written last month"
    target.write_bytes(older)

    def commit_fails(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(UnitOfWork, "commit", commit_fails)
    with pytest.raises(sqlite3.OperationalError):
        exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    monkeypatch.undo()

    assert target.read_bytes() == older
    assert _stick_files(stick) == ["花名册.xlsx"]  # neither the new package nor a temporary file
    with ctx.uow() as uow:
        assert uow.session.query(PackageSent).count() == 0


def test_a_failed_record_with_no_older_file_leaves_no_file(ctx, township, tmp_path, monkeypatch):
    target = tmp_path / "花名册.xlsx"
    monkeypatch.setattr(UnitOfWork, "commit", lambda self: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O error")))
    with pytest.raises(sqlite3.OperationalError):
        exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    assert not target.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_a_recorded_package_replaces_the_older_file_and_leaves_nothing_aside(ctx, township, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    target = stick / "花名册.xlsx"
    target.write_bytes(b"the roster package written last month")
    sent = exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    assert sent.path == target
    assert target.read_bytes()[:2] == b"PK"
    assert _stick_files(stick) == ["花名册.xlsx"]
    with ctx.uow() as uow:
        assert [(p.file_name, p.sequence) for p in uow.session.query(PackageSent)] == [("花名册.xlsx", 1)]


def test_a_stick_failing_just_after_the_rename_puts_the_older_package_back(ctx, township, tmp_path, monkeypatch):
    import errno
    import os
    from pathlib import Path

    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    exchange.export_package(ctx.uow(), "roster", "2026-10", target, today=TODAY)
    older = target.read_bytes()
    real_replace, real_stat = os.replace, Path.stat
    placed = []

    def replace(src, dst):
        real_replace(src, dst)
        if Path(dst) == target and str(src).endswith(".tmp.xlsx"):
            placed.append(dst)

    def stat(self, *args, **kwargs):
        if placed and self == target:  # the stick pulled out as the new package got its name
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(OSError):
        exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    monkeypatch.undo()

    assert target.read_bytes() == older
    assert _stick_files(stick) == ["花名册.xlsx"]
    with ctx.uow() as uow:
        assert [p.sequence for p in uow.session.query(PackageSent)] == [1]


def test_a_failed_write_names_the_package_not_its_temporary_file(ctx, township, tmp_path, monkeypatch, capsys):
    import errno

    from dibao_desk.cli import main
    from dibao_desk.exchange import package_write

    def save_fails(wb, path):
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(package_write, "save_workbook", save_fails)
    target = tmp_path / "U盘" / "花名册.xlsx"
    assert main(["--data-dir", str(ctx.data_dir), "export", "roster", "--period", "2026-11",
                 "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"“{target}”" in err and ".~" not in err
    assert _stick_files(target.parent) == []
