"""``atomic.Pending.place_held``: the older file of the target's name is kept aside until the
new file counts, and put back in one rename when it does not."""

from __future__ import annotations

import os

import pytest

from dibao_desk import atomic


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_undo_puts_the_older_file_back_and_keep_drops_it(tmp_path):
    target = tmp_path / "包.xlsx"
    target.write_bytes(b"older")
    held: list[atomic.Placed] = []
    with atomic.replacing(target, ".tmp.xlsx", held) as tmp:
        tmp.write_bytes(b"newer")
    assert target.read_bytes() == b"newer"
    assert len(held) == 1 and held[0].aside is not None and atomic.is_leftover(held[0].aside)
    assert held[0].aside.read_bytes() == b"older"
    held[0].undo()
    assert target.read_bytes() == b"older"
    assert _names(tmp_path) == ["包.xlsx"]

    held.clear()
    with atomic.replacing(target, ".tmp.xlsx", held) as tmp:
        tmp.write_bytes(b"newest")
    held[0].keep()
    assert target.read_bytes() == b"newest"
    assert _names(tmp_path) == ["包.xlsx"]


def test_undo_without_an_older_file_removes_the_new_one(tmp_path):
    target = tmp_path / "包.xlsx"
    held: list[atomic.Placed] = []
    with atomic.replacing(target, ".tmp.xlsx", held) as tmp:
        tmp.write_bytes(b"newer")
    assert held[0].aside is None
    held[0].undo()
    assert _names(tmp_path) == []


def test_a_failed_rename_puts_the_older_file_back(tmp_path, monkeypatch):
    target = tmp_path / "包.xlsx"
    target.write_bytes(b"older")
    real = os.replace
    calls = []

    def second_rename_fails(src, dst):
        calls.append((src, dst))
        if len(calls) == 2:  # the new file over the target (the first set the older one aside)
            raise PermissionError(13, "Access is denied")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", second_rename_fails)
    held: list[atomic.Placed] = []
    with pytest.raises(PermissionError):
        with atomic.replacing(target, ".tmp.xlsx", held) as tmp:
            tmp.write_bytes(b"newer")
    assert held == []
    assert target.read_bytes() == b"older"
    assert _names(tmp_path) == ["包.xlsx"]
