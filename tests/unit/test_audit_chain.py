"""The audit log is a hash chain: every kind of tampering is found and named."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from dibao_desk.domain import audit_chain
from dibao_desk.domain.audit_chain import Tamper
from dibao_desk.exchange import package as pkg
from dibao_desk.models.store import make_engine, upgrade
from dibao_desk.services import audit, roster_import as ri
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.exchange.roster_samples import simple_roster

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def _rows(ctx):
    con = sqlite3.connect(ctx.store.path)
    try:
        return con.execute("select id, prev_hash, row_hash from audit_log order by id").fetchall()
    finally:
        con.close()


def _tamper(ctx, *sql):
    con = sqlite3.connect(ctx.store.path)
    with con:
        for statement in sql:
            con.execute(statement)
    con.close()


@pytest.fixture
def logged(ctx, make_household):
    """Six audit rows: the office, two villages, three households."""
    for seq, head in ((11, "张三"), (13, "李四"), (15, "王五")):
        make_household(head=head, head_id=make_id("19600315", seq))
    assert len(_rows(ctx)) == 6
    return ctx


def test_every_row_links_to_the_one_before(logged):
    rows = _rows(logged)
    assert rows[0][1] == ""
    for (_, _, h), (_, prev, _) in zip(rows, rows[1:]):
        assert prev == h and len(h) == 64
    result = audit.check_chain(logged.uow())
    assert result.ok and result.report.rows == 6 and result.report.head_id == 6
    assert audit.head(logged.uow()) == audit.ChainHead(6, rows[-1][2])


def test_a_changed_row_is_named(logged):
    _tamper(logged, "update audit_log set operator = '李会计' where id = 4")
    result = audit.check_chain(logged.uow())
    assert result.report.first_break.kind is Tamper.CHANGED
    assert result.row.id == 4 and result.row.operator == "李会计"
    assert result.last_good.id == 3


def test_a_changed_row_with_its_hash_recomputed_is_named(logged):
    """Someone who knows the recipe rewrites a row and its own hash: the next link breaks."""
    con = sqlite3.connect(logged.store.path)
    row = con.execute('select id, cast(at as text), operator, entity, entity_id, action, "before", "after", '
                      "prev_hash from audit_log where id = 4").fetchone()
    forged = list(row[:8])
    forged[7] = forged[7].replace("张三", "张三丰")
    digest = audit_chain.row_hash(row[8], forged)
    with con:
        con.execute('update audit_log set "after" = ?, row_hash = ? where id = 4', (forged[7], digest))
    con.close()
    result = audit.check_chain(logged.uow())
    assert result.report.first_break.kind is Tamper.CHANGED and result.row.id == 4


def test_a_removed_row_is_named(logged):
    _tamper(logged, "delete from audit_log where id = 3")
    b = audit.check_chain(logged.uow()).report.first_break
    assert (b.kind, b.row_id, b.removed_to, b.last_good_id) == (Tamper.REMOVED, 3, 3, 2)


def test_removed_last_rows_are_named(logged):
    _tamper(logged, "delete from audit_log where id >= 5")
    b = audit.check_chain(logged.uow()).report.first_break
    assert (b.kind, b.row_id, b.removed_to) == (Tamper.REMOVED, 5, 6)


def test_an_inserted_row_is_named(logged):
    _tamper(logged, "insert into audit_log (at, operator, entity, entity_id, action, \"before\", \"after\") "
                    "values ('2026-11-01 08:00:00', '王经办', 'household', 1, 'delete', '', '')")
    result = audit.check_chain(logged.uow())
    assert result.report.first_break.kind is Tamper.INSERTED and result.row.id == 7


def test_an_inserted_row_with_a_forged_link_is_named(logged):
    con = sqlite3.connect(logged.store.path)
    last = con.execute("select row_hash from audit_log where id = 6").fetchone()[0]
    values = [7, "2026-11-01 08:00:00", "王经办", "household", 1, "delete", "", ""]
    with con:
        con.execute('insert into audit_log (id, at, operator, entity, entity_id, action, "before", "after", '
                    "prev_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, last, audit_chain.row_hash(last, values)))
    con.close()
    result = audit.check_chain(logged.uow())
    assert result.report.first_break.kind is Tamper.INSERTED and result.row.id == 7


def test_a_rolled_back_call_leaves_the_chain_whole(logged, villages):
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import office

    with pytest.raises(RuleError):
        office.add_village(logged.uow(), "东风村")
    office.add_village(logged.uow(), "红星村")
    assert audit.check_chain(logged.uow()).ok


def test_bulk_writers_join_the_chain(ctx, villages, tmp_path):
    """The roster import writes its audit rows with plain SQL (json_object); they are chained too."""
    path = simple_roster(tmp_path / "花名册.xlsx", [
        ("赵一", make_id("19550101", 21), [("钱二", make_id("19570202", 22), "配偶")]),
        ("孙三", make_id("19580303", 23), [])])
    result = ri.commit(ctx.uow(), path, options=ri.ImportOptions(today=dt.date(2026, 11, 23)))
    assert result.households_created == 2
    rows = _rows(ctx)
    assert all(h for _, _, h in rows)
    check = audit.check_chain(ctx.uow())
    assert check.ok and check.report.rows == len(rows)


def test_rows_appended_chained_are_the_chain_the_seal_makes(logged):
    """A bulk writer's rows chained as they go in (after the rows written before them in the
    same transaction): every link is the one the seal would have made, and the head moves."""
    from dibao_desk.models import audit as audit_store

    at = "2026-11-30 09:15:00.123456"
    rows = [(at, "王经办", "household", 100 + k, "import", "", json.dumps({"名": f"张{k}", "n": k}, ensure_ascii=False))
            for k in range(3)]
    uow = logged.uow()
    with uow:
        uow.audit("village", 9, "save", None, {"name": "红星村"})  # not yet sealed when the bulk rows go in
        uow.session.flush()
        audit_store.append_chained(uow.session.connection(), rows)
        uow.audit("roster_import", None, "import", None, {"file": "花名册.xlsx"})  # after them: sealed at commit
        uow.commit()
    check = audit.check_chain(logged.uow())
    assert check.ok and check.report.rows == 6 + 5 and check.report.head_id == 11
    with uow:
        stored = audit_store.stored_rows(uow.session.connection())
    assert [(r.values[3], r.values[4]) for r in stored[6:]] == [
        ("village", 9), ("household", 100), ("household", 101), ("household", 102), ("roster_import", None)]
    assert [r.values[1:] for r in stored[7:10]] == [r for r in rows]
    expected = audit_chain.chain(stored[5].hash, [r.values for r in stored[6:]])
    assert [(r.id, r.prev_hash, r.hash) for r in stored[6:]] == expected
    assert audit.head(logged.uow()) == audit.ChainHead(11, expected[-1][2])


def test_upgrade_chains_the_rows_already_there(tmp_path):
    """A store from before the chain: its rows are chained in order when it is opened."""
    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / "dibao.sqlite3")
    upgrade(engine, "0007")
    with engine.begin() as conn:
        for i in range(1, 1203):
            conn.exec_driver_sql(
                'INSERT INTO audit_log (at, operator, entity, entity_id, action, "before", "after") '
                "VALUES (?, '王经办', 'household', ?, 'save', '', ?)",
                (f"2026-0{1 + i % 9}-1{i % 10} 08:00:00.000000", i, json.dumps({"n": i, "名": "张三"})))
    engine.dispose()
    ctx = open_context(folder)
    try:
        result = audit.check_chain(ctx.uow())
        assert result.ok and result.report.rows == 1202 and result.report.head_id == 1202
        rows = _rows(ctx)
        assert rows[0][1] == "" and rows[1][1] == rows[0][2]
        _tamper(ctx, "update audit_log set \"after\" = '{}' where id = 700")
        assert audit.check_chain(ctx.uow()).row.id == 700
    finally:
        ctx.close()


def test_every_package_carries_the_chain_head(ctx, tmp_path):
    from tests.exchange.exchange_fixtures import case_at_county, set_receiving  # noqa: F401
    from dibao_desk.services import exchange

    head = audit.head(ctx.uow())
    out = tmp_path / "policy.xlsx"
    exchange.export_package(ctx.uow(), "cases", "2026Q4", out)
    manifest = pkg.read_package(out).manifest
    assert manifest.extra["audit_head_id"] == str(head.last_id)
    assert manifest.extra["audit_head_sha256"] == head.hash and len(head.hash) == 64


def test_rows_alike_chain_to_the_same_hashes():
    """``chain_alike`` (rows sharing all but id, entity id and after: the roster import's) gives
    exactly ``chain``'s hashes, whatever the texts hold: quotes, backslashes, control
    characters, characters beyond the BMP, a missing entity id; and so does the audit store's
    ``chained_rows``, whichever way it goes."""
    from dibao_desk.models import audit as audit_store

    afters = ['{"name":"张\\"三\\"","note":"a\\\\b\\tc\\n"}', "", "王𠀀😀", "\x00\x1f\x7f\u2028", '"', "\\"]
    shared = ("2026-11-30 10:00:00.123456", '王"经办\\', "household", "import", "前\t")
    ids = list(range(41, 41 + len(afters)))
    entity_ids = [7, None, 0, 123456789, 8, 9]
    rows = [(i, shared[0], shared[1], shared[2], e, shared[3], shared[4], a)
            for i, e, a in zip(ids, entity_ids, afters)]
    expected = audit_chain.chain("f" * 64, rows)
    assert audit_chain.chain_alike("f" * 64, ids, shared, entity_ids, afters) == expected
    assert audit_chain.chain_alike("", ids, shared, entity_ids, afters) == audit_chain.chain("", rows)
    end = audit_store.ChainEnd(40, "f" * 64, True)
    made = audit_store.chained_rows(end, [r[1:] for r in rows])
    assert made == [(*r, p, h) for r, (_i, p, h) in zip(rows, expected)]
    assert (end.last_id, end.hash) == (46, expected[-1][2])
    varied = [r[1:] for r in rows]
    varied[2] = (varied[2][0], "李四", *varied[2][2:])  # not alike: chain row by row
    assert audit_store.chained_rows(audit_store.ChainEnd(40, "f" * 64, True), varied) == [
        (*r, p, h) for r, (_i, p, h) in zip(
            [(i, *v) for i, v in zip(ids, varied)], audit_chain.chain("f" * 64, [(i, *v) for i, v in zip(ids, varied)]))]
