"""Portable mode: a ``portable.txt`` beside the frozen program's executable keeps the data in
``data`` beside it, so program and data travel together on a USB stick."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dibao_desk.services import context


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    folder = tmp_path / "U盘" / "dibao-desk"
    folder.mkdir(parents=True)
    (folder / "dibao-desk.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "dibao-desk.exe"))
    monkeypatch.delenv(context.ENV_DATA_DIR, raising=False)
    return folder


def test_the_marker_puts_the_data_beside_the_program(frozen):
    (frozen / context.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    assert context.resolve_data_dir() == frozen.resolve() / "data"
    ctx = context.open_context()
    try:
        assert ctx.data_dir == frozen.resolve() / "data"
        assert (frozen / "data" / "dibao.sqlite3").is_file()
    finally:
        ctx.close()


def test_without_the_marker_the_data_goes_to_the_users_folder(frozen):
    assert context.resolve_data_dir() == context.default_data_dir()
    assert not (frozen / "data").exists()


def test_an_explicit_folder_or_the_variable_still_wins(frozen, tmp_path, monkeypatch):
    (frozen / context.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert context.resolve_data_dir(tmp_path / "elsewhere") == (tmp_path / "elsewhere").resolve()
    monkeypatch.setenv(context.ENV_DATA_DIR, str(tmp_path / "by-variable"))
    assert context.resolve_data_dir() == (tmp_path / "by-variable").resolve()


def test_running_from_sources_is_never_portable(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert context.program_dir() is None and context.portable_data_dir() is None


def test_a_data_folder_named_in_chinese_opens(tmp_path):
    """C:\\Users\\张三\\AppData\\…: the folder name reaches Alembic URL-quoted, full of "%"."""
    ctx = context.open_context(tmp_path / "张三" / "低保数据")
    try:
        assert (Path(ctx.data_dir) / "dibao.sqlite3").is_file()
    finally:
        ctx.close()
