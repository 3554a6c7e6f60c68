"""The PostgreSQL advisory locks of a server store: clerks' audit writes do not wait for an
upgrade at another PC; one upgrade at a time; a PC still on an earlier program (one key,
0x64696261, taken exclusively for both) still waits for both and they for it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, Engine, create_engine, func, select, text

from dibao_desk.models import AuditLog, audit
from dibao_desk.models.store import claim_upgrade, server_url
from dibao_desk.services.context import open_context
from tests import pg

pytestmark = [pytest.mark.pg, pg.skip_without_pg]

WAIT = 60.0  # seconds: only a hung test ever waits this long
EARLIER = 0x6469_6261  # what a program before took for its audit rows and for an upgrade


def _earlier_program(conn: Connection) -> None:
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({EARLIER})")


@pytest.fixture
def url(request) -> str:
    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("the PostgreSQL run only")
    return pg.fresh_database(request)


@pytest.fixture
def engine(url) -> Engine:
    made = create_engine(server_url(url))
    yield made
    made.dispose()


def _someone_waits(engine: Engine) -> bool:
    with engine.connect() as con:
        return bool(con.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


def _in_transaction(engine: Engine, claim: Callable[[Connection], None]) -> Callable[[], None]:
    def run() -> None:
        with engine.begin() as conn:
            claim(conn)
    return run


def _while_held(engine: Engine, held: Callable[[Connection], None], second: Callable[[], None]) -> str:
    """"goes on" when ``second`` (at another PC) ends while a transaction holds what ``held``
    took, "waits" when it waits for a lock; it must end once that transaction has."""
    ended = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            second()
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)
        ended.set()

    holder = engine.connect()
    tx = holder.begin()
    held(holder)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + WAIT
        while not ended.wait(0.05) and not _someone_waits(engine) and time.monotonic() < deadline:
            pass
        outcome = "goes on" if ended.is_set() else "waits"
    finally:
        tx.rollback()
        holder.close()
        thread.join(WAIT)
    assert ended.is_set() and not errors, errors
    return outcome


def test_an_audit_write_does_not_wait_for_an_upgrade_at_another_pc(engine, url, tmp_path):
    ctx = open_context(tmp_path / "clerk", url)
    ctx.operator = "王经办"

    def write() -> None:
        with ctx.uow() as uow:
            uow.audit("household", 1, "edit", {"phone": ""}, {"phone": "13800000000"})
            uow.commit()

    try:
        assert _while_held(engine, claim_upgrade, write) == "goes on"
        with ctx.uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(AuditLog).where(
                AuditLog.action == "edit", AuditLog.operator == "王经办")) == 1
    finally:
        ctx.close()


def test_an_upgrade_does_not_wait_for_audit_writes(engine):
    assert _while_held(engine, audit.claim, _in_transaction(engine, claim_upgrade)) == "goes on"


def test_one_upgrade_at_a_time(engine):
    assert _while_held(engine, claim_upgrade, _in_transaction(engine, claim_upgrade)) == "waits"


def test_audit_appends_one_transaction_at_a_time(engine):
    assert _while_held(engine, audit.claim, _in_transaction(engine, audit.claim)) == "waits"


@pytest.mark.parametrize("ours", [audit.claim, claim_upgrade], ids=["audit", "upgrade"])
def test_a_pc_still_on_an_earlier_program_waits_for_us_and_we_for_it(engine, ours):
    """During a county's rollout: its audit rows or its upgrade wait for our audit write or
    upgrade, and ours for its (its chain appends one at a time with ours; no audit row of it
    while the store is being upgraded)."""
    assert _while_held(engine, ours, _in_transaction(engine, _earlier_program)) == "waits"
    assert _while_held(engine, _earlier_program, _in_transaction(engine, ours)) == "waits"
