"""The recovery register's revision upgrades a store of the previous schema that holds a ledger."""

import datetime as dt
import sqlite3

from dibao_desk.services import ledger, recovery
from dibao_desk.services.context import open_context
from tests.unit.test_ledger import put_on_benefit
from tests.helpers import downgrade_store, previous_revision

REVISION = "0018"  # previous: 0017 (payment rosters)


def test_upgrade_from_the_previous_revision_keeps_the_ledger_and_adds_the_register(ctx, make_household):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    path = ctx.store.path
    previous = previous_revision(REVISION)
    downgrade_store(ctx, previous)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert "recovery_entry" not in tables and "ledger_period" in tables
    con.close()

    reopened = open_context(path.parent)
    try:
        uow = reopened.uow
        assert ledger.month_totals(uow(), dt.date(2026, 10, 1)).total.amount_fen == 45000
        entry = recovery.add(uow(), hh.id, "other", "德民追〔2026〕1号", dt.date(2026, 11, 30), 10000,
                             today=dt.date(2026, 11, 30))
        assert recovery.list_entries(uow())[0].id == entry.id
    finally:
        reopened.close()
