"""The county can tell when a township's audit history was rewritten between two packages."""

from __future__ import annotations

import pytest

import sqlite3

from dibao_desk.domain import audit_chain
from dibao_desk.exchange import package as pkg
from dibao_desk.services import audit, exchange
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def _rewrite_history(ctx, row_id: int) -> None:
    """Change one row and recompute every hash after it, as someone who knows the recipe would."""
    con = sqlite3.connect(ctx.store.path)
    with con:
        con.execute("update audit_log set operator = '别人' where id = ?", (row_id,))
        rows = con.execute('select id, cast(at as text), operator, entity, entity_id, action, "before", "after" '
                           "from audit_log where id >= ? order by id", (row_id,)).fetchall()
        prev = con.execute("select prev_hash from audit_log where id = ?", (row_id,)).fetchone()[0]
        links = audit_chain.chain(prev, rows)
        con.executemany("update audit_log set prev_hash = ?, row_hash = ? where id = ?",
                        [(p, h, i) for i, p, h in links])
        con.execute("update audit_head set last_id = ?, hash = ?", (links[-1][0], links[-1][2]))
    con.close()


def test_a_rewritten_history_is_shown_to_the_county(ctx, township, county_ctx, make_household, tmp_path):
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "1.xlsx", today=TODAY)
    m1 = pkg.read_package(first.path).manifest
    assert "audit_anchors" not in m1.extra  # nothing sent before
    exchange.import_package(county_ctx.uow(), first.path, today=TODAY)
    head_sent = int(m1.extra["audit_head_id"])

    make_household(head="赵六", head_id=make_id("19580101", 17))
    honest = exchange.export_package(ctx.uow(), "roster", "2026-12", tmp_path / "2.xlsx", today=TODAY)
    m2 = pkg.read_package(honest.path).manifest
    assert m2.extra["audit_anchors"] == f"{head_sent}:{m1.extra['audit_head_sha256']}"
    assert exchange.preview_package(county_ctx.uow(), honest.path, today=TODAY).warnings == ()

    _rewrite_history(ctx, 3)
    assert audit.check_chain(ctx.uow()).ok  # the township's own check cannot see it any more...
    rewritten = exchange.export_package(ctx.uow(), "roster", "2026-12", tmp_path / "3.xlsx", today=TODAY,
                                        again=True)
    pre = exchange.preview_package(county_ctx.uow(), rewritten.path, today=TODAY)
    assert [w.code for w in pre.warnings] == ["audit.history_rewritten"]  # ...the county's can
    assert pre.warnings[0].params == {"sender": "360426100000", "id": head_sent}


def test_packages_brought_on_one_stick_may_be_imported_in_any_order(ctx, township, county_ctx, tmp_path):
    # the township wrote its roster, then its cases; the county clerk imports the cases first:
    # the roster is older, not a sign of a deleted history
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    assert exchange.import_package(county_ctx.uow(), cases.path, today=TODAY).preview.warnings == ()
    assert exchange.import_package(county_ctx.uow(), roster.path, today=TODAY).preview.warnings == ()


def test_a_package_written_after_the_history_was_cut_is_still_shown(ctx, township, county_ctx, tmp_path):
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "1.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), first.path, today=TODAY)
    head = int(pkg.read_package(first.path).manifest.extra["audit_head_id"])
    con = sqlite3.connect(ctx.store.path)  # the last rows deleted and the head moved back
    with con:
        con.execute("delete from audit_log where id >= ?", (head - 1,))
        last, digest = con.execute("select id, row_hash from audit_log order by id desc limit 1").fetchone()
        con.execute("update audit_head set last_id = ?, hash = ?", (last, digest))
    con.close()
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "2.xlsx", today=TODAY)
    assert int(pkg.read_package(cases.path).manifest.extra["audit_head_id"]) < head
    pre = exchange.preview_package(county_ctx.uow(), cases.path, today=TODAY)
    assert "audit.history_shorter" in [w.code for w in pre.warnings]
