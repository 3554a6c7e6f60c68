"""The older file an export sets aside (``.~<name>.<random>.old``) when the program stops
between writing a package and recording it: the next export to that folder settles it (put
back over a package never recorded, removed beside one recorded), or says in Chinese what it is
and what to do; the office importing a package with such a file beside it is told to check."""

from __future__ import annotations

import sqlite3

import pytest

from dibao_desk import atomic, messages
from dibao_desk.models import PackageSent
from dibao_desk.services import exchange
from dibao_desk.services.uow import UnitOfWork
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def _asides(folder):
    return [p for p in folder.iterdir() if p.name.endswith(atomic.ASIDE_SUFFIX)]


def _cut_export(ctx, target, monkeypatch, period="2026-11"):
    """An export the program was killed in after the package was put in place and before its
    record was saved: neither undone nor kept."""
    monkeypatch.setattr(UnitOfWork, "commit",
                        lambda self: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O error")))
    monkeypatch.setattr(atomic.Placed, "undo", lambda self: None)
    with pytest.raises(sqlite3.OperationalError):
        exchange.export_package(ctx.uow(), "roster", period, target, today=TODAY)
    monkeypatch.undo()


def test_an_unrecorded_package_is_replaced_by_the_older_file_before_the_next_export(ctx, township, tmp_path,
                                                                                     monkeypatch):
    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    recorded = target.read_bytes()
    _cut_export(ctx, target, monkeypatch)
    assert target.read_bytes() != recorded and len(_asides(stick)) == 1  # the stick as the kill left it

    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)

    assert cases.warnings == ()
    assert _names(stick) == ["待审批.xlsx", "花名册.xlsx"]
    assert target.read_bytes() == recorded  # the package recorded as sent, not the one never recorded
    with ctx.uow() as uow:
        assert sorted((p.kind, p.sequence, p.sha256) for p in uow.session.query(PackageSent)) == sorted(
            [("roster", 1, first.sha256), ("cases", 1, cases.sha256)])


def test_the_same_export_again_leaves_only_the_new_package(ctx, township, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    _cut_export(ctx, target, monkeypatch)

    again = exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)

    assert again.sequence == 2 and again.warnings == ()
    assert _names(stick) == ["花名册.xlsx"]


def test_the_older_file_beside_a_recorded_package_is_removed(ctx, township, tmp_path, monkeypatch):
    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    exchange.export_package(ctx.uow(), "roster", "2026-10", target, today=TODAY)
    monkeypatch.setattr(atomic.Placed, "keep", lambda self: None)  # killed right after the record was saved
    exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    monkeypatch.undo()
    newest = target.read_bytes()
    assert len(_asides(stick)) == 1

    exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)

    assert _names(stick) == ["待审批.xlsx", "花名册.xlsx"]
    assert target.read_bytes() == newest


def test_an_older_file_whose_own_file_is_gone_is_put_back(ctx, township, tmp_path):
    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    exchange.export_package(ctx.uow(), "roster", "2026-11", target, today=TODAY)
    recorded = target.read_bytes()
    target.rename(stick / ".~花名册.k3j_x9a2.old")  # killed between setting it aside and the rename

    exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)

    assert _names(stick) == ["待审批.xlsx", "花名册.xlsx"]
    assert target.read_bytes() == recorded


def test_an_older_file_the_program_cannot_judge_is_left_and_explained(ctx, township, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    (stick / "报表.xlsx").write_bytes(b"a workbook of the office's own")
    (stick / ".~报表.k3j_x9a2.old").write_bytes(b"its older version")

    result = exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)

    assert _names(stick) == sorted([".~报表.k3j_x9a2.old", "报表.xlsx", "待审批.xlsx"])
    assert [w.code for w in result.warnings] == ["exchange.older_aside"]
    text = messages.text(result.warnings[0])
    assert "“.~报表.k3j_x9a2.old”" in text and "改名为“报表.xlsx”" in text


def test_the_county_is_told_when_the_township_export_was_cut_short(ctx, township, county_ctx, tmp_path,
                                                                   monkeypatch):
    stick = tmp_path / "U盘"
    target = stick / "花名册.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"an older file")
    _cut_export(ctx, target, monkeypatch)

    preview = exchange.preview_package(county_ctx.uow(), target, today=TODAY)

    assert preview.ok
    assert [w.code for w in preview.warnings] == ["package.older_aside"]
    assert "导出完成" in messages.text(preview.warnings[0])
