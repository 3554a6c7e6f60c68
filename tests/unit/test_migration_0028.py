"""Revision 0028: an index on audit_log (entity, entity_id), so a notice reprint of an older
posting finds the posting's audit row without reading the whole log; and, on PostgreSQL, the
household list's sort key compared byte by byte (COLLATE "C")."""

import datetime as dt
import sqlite3

import pytest

from dibao_desk.models.store import DB_NAME
from dibao_desk.services import printing
from dibao_desk.services import procedure as proc
from dibao_desk.services import procedure_notice
from dibao_desk.services.context import open_context
from tests import pg
from tests.exchange.test_printing_notice_pages import ready_for_first_notice
from tests.helpers import downgrade_store, previous_revision

D = dt.date
P = "王经办"
LOOKUP = ("SELECT entity_id, \"after\" FROM audit_log WHERE entity = 'case_step' AND action = 'step4.start' "
          "AND entity_id IN (1, 2) ORDER BY id")


def _plan(data_dir) -> str:
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        return " ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + LOOKUP))
    finally:
        con.close()


def test_a_0027_store_gets_the_index_and_a_reprint_still_finds_the_posting(ctx, villages, monkeypatch):
    old = ready_for_first_notice(ctx, villages, "钱旧贴", 1)
    with monkeypatch.context() as m:  # posted as the program did before it kept the list
        m.setattr(procedure_notice, "_as_posted", lambda case, stage: {})
        proc.start_notice(ctx.uow(), old, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    assert previous_revision("0028") == "0027"
    data_dir = downgrade_store(ctx, "0027")
    assert _plan(data_dir) == "SCAN audit_log"
    again = open_context(data_dir)  # 0027 -> head
    try:
        assert printing.not_as_posted(again.uow(), "1", None, D(2026, 11, 23), D(2026, 11, 20)) == 1
    finally:
        again.close()
    assert _plan(data_dir) == ("SEARCH audit_log USING INDEX ix_audit_log_entity (entity=? AND entity_id=?) "
                               "USE TEMP B-TREE FOR ORDER BY")


def _sort_key_collation(conn) -> str | None:
    return conn.exec_driver_sql(
        "SELECT collation_name FROM information_schema.columns "
        "WHERE table_name = 'household' AND column_name = 'head_sort_key'").scalar()


@pytest.mark.pg
@pg.skip_without_pg
def test_a_0027_server_store_compares_the_sort_key_byte_by_byte_after_the_upgrade(request):
    """On PostgreSQL the upgrade changes the column's collation in place (its values, already
    pinyin then the name, stay), and its index is rebuilt with it."""
    from alembic import command
    from sqlalchemy import create_engine

    from dibao_desk.models.store import alembic_config, server_url, upgrade

    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("the PostgreSQL run only")
    engine = create_engine(server_url(pg.fresh_database(request)))
    try:
        cfg = alembic_config("sqlite://")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0027")
        with engine.begin() as conn:
            assert _sort_key_collation(conn) is None
        upgrade(engine)
        with engine.connect() as conn:
            assert _sort_key_collation(conn) == "C"
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                        "('ix_audit_log_entity', 'ix_household_head_sort')").scalar() == 2
    finally:
        engine.dispose()
