"""A county's (or an office's) store on PostgreSQL from an older program, holding data, opened by
this one: upgraded in place on the server from each revision a store could have there (0016, the
first with PostgreSQL, onwards), its rows read back through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.services import blacklist, certificate, complaints, households, ledger, payroll, procedure, recovery
from dibao_desk.services.context import open_context
from tests import pg
from tests.unit.test_migrations import ALL_REVISIONS, HEAD_ID, SPOUSE_ID, TODAY, _has, held  # noqa: F401

pytestmark = [pytest.mark.pg, pg.skip_without_pg]

FIRST_ON_SERVER = "0016"  # the revision of the first program that opened a PostgreSQL store
SERVER_REVISIONS = ALL_REVISIONS[ALL_REVISIONS.index(FIRST_ON_SERVER):-1]


def _server_store_at(held, revision: str, request) -> str:  # noqa: F811
    """The office's store copied onto a fresh database (copy-store) and taken back to
    ``revision`` there, as that program left it; its URL."""
    from alembic import command
    from sqlalchemy import create_engine

    from dibao_desk.models.store import DB_NAME, alembic_config, server_url
    from dibao_desk.services import copystore

    url = pg.fresh_database(request, migrated=False)
    copystore.copy_store(held.folder / DB_NAME, url)
    engine = create_engine(server_url(url))
    try:
        cfg = alembic_config("sqlite://")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("select version_num from alembic_version").scalar() == revision
            assert conn.exec_driver_sql("select name from member order by position").scalars().all() == ["张三", "李梅"]
            if _has(revision, "0017"):
                assert conn.exec_driver_sql("select count(*) from payroll_line").scalar() == 1
    finally:
        engine.dispose()
    return url


@pytest.mark.parametrize("revision", SERVER_REVISIONS)
def test_a_server_store_at_each_older_revision_upgrades_with_its_data(held, revision, tmp_path, request):  # noqa: F811
    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("the PostgreSQL run only")
    url = _server_store_at(held, revision, request)
    again = open_context(tmp_path / "data", url)  # upgrades on the server, in one transaction
    try:
        assert again.store.upgraded is not None and again.store.upgraded.from_revision == revision
        assert again.store.upgraded.copy is None  # the server's own backups keep the old one
        uow = again.uow
        h = households.get(uow(), held.household_id)
        assert [(m.name, m.id_number) for m in h.draft.members] == [("张三", HEAD_ID), ("李梅", SPOUSE_ID)]
        assert (h.status, h.monthly_benefit_fen) == ("receiving", held.monthly_fen)
        months = {m.month: m.amount_fen for m in ledger.household_ledger(uow(), held.household_id, TODAY).months}
        assert months[dt.date(2026, 12, 1)] == held.monthly_fen
        case = procedure.get_case(uow(), held.case_id, TODAY)
        assert case.info.status == "done" and len(case.current) >= 9
        assert [c.description for c in complaints.list_complaints(uow())] == ["有经营收入"]
        assert [d.what for d in blacklist.person(uow(), SPOUSE_ID, TODAY).declarations] == ["隐瞒存款"]
        assert [c.number for c in certificate.history(uow(), held.household_id)] == [held.certificate]
        if _has(revision, "0017"):
            roster = payroll.show(uow(), held.roster_id)
            assert (roster.period, roster.status.value, roster.total_fen) == (
                "2026-12", "reviewed", held.roster_total_fen)
        if _has(revision, "0018"):
            assert [e.id for e in recovery.list_entries(uow())] == [held.recovery_id]
        # and it takes new work after the upgraded rows
        from dibao_desk.services import office

        assert office.add_village(uow(), "新村", "village", 100).id == 2
    finally:
        again.close()


def test_two_programs_opening_an_older_server_store_at_once_upgrade_it_once(tmp_path, request):
    """Two clerks start the new program at the same moment: the second waits for the first's
    upgrade and opens the upgraded store, rather than failing on the tables the first made."""
    import threading
    import time

    from sqlalchemy import create_engine, event

    from dibao_desk.models.store import head_revision, server_url, upgrade

    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("the PostgreSQL run only")
    url = pg.fresh_database(request, migrated=False)
    first = create_engine(server_url(url))
    upgrade(first, FIRST_ON_SERVER)
    first.dispose()

    def someone_waits(conn) -> None:  # the first upgrade commits once the second program waits on it
        deadline = time.monotonic() + 60
        with pg._admin() as admin:
            while time.monotonic() < deadline and not admin.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                    (url.rsplit("/", 1)[1],)).fetchone()[0]:
                time.sleep(0.05)

    first = create_engine(server_url(url))
    event.listen(first, "commit", someone_waits)
    results: dict[str, object] = {}

    def first_program() -> None:
        try:
            results["first"] = upgrade(first)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results["first"] = exc

    def second_program() -> None:
        try:
            c = open_context(tmp_path / "second", url)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results["second"] = exc
        else:
            results["second"] = c.store.upgraded
            c.close()

    one = threading.Thread(target=first_program)
    one.start()
    deadline = time.monotonic() + 30
    with pg._admin() as admin:  # the first holds the upgrade's transaction open
        while time.monotonic() < deadline and not admin.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE d.datname = %s AND l.mode = 'AccessExclusiveLock' AND l.granted",
                (url.rsplit("/", 1)[1],)).fetchone()[0]:
            time.sleep(0.05)
    two = threading.Thread(target=second_program)
    two.start()
    one.join(120)
    two.join(120)
    first.dispose()
    assert results["first"] == FIRST_ON_SERVER
    assert results["second"] is None, results["second"]  # opened as it found it: upgraded already
    c = open_context(tmp_path / "third", url)
    try:
        assert c.store.upgraded is None
        with c.uow() as uow:
            assert uow.session.connection().exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalars().all() == [head_revision()]
    finally:
        c.close()
