"""The registers' revision upgrades a store of the previous schema that holds data."""

import datetime as dt
import sqlite3

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models.store import open_store
from dibao_desk.services import blacklist, complaints, households, relatives
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store, make_id, previous_revision

REVISION = "0012"  # the registers' revision
SPOUSE = make_id("19650402", 22)


def test_upgrade_from_the_previous_revision_keeps_households_and_adds_the_registers(ctx, make_household, tmp_path):
    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    path = ctx.store.path
    previous = previous_revision(REVISION)
    downgrade_store(ctx, previous)
    con = sqlite3.connect(path)
    assert con.execute("select version_num from alembic_version").fetchone()[0] == previous
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert "complaint" not in tables and "integrity_declaration" not in tables
    assert con.execute("select count(*) from member").fetchone()[0] == 2
    con.close()

    reopened = open_context(path.parent)  # upgrades, keeping a copy of the old store
    try:
        assert (path.parent / f"dibao.before-{previous}.sqlite3").exists()
        uow = reopened.uow
        assert households.get(uow(), hh.id).draft.members[1].id_number == SPOUSE
        relatives.add_relative(uow(), staff_id_number=make_id("19700101", 31), staff_name="赵经办",
                               role="handling_staff", id_number=SPOUSE, name="李四", relation="sibling",
                               today=dt.date(2026, 11, 30))
        assert relatives.filed_household_ids(uow()) == {hh.id}
        blacklist.record_false_declaration(uow(), SPOUSE, "李四", dt.date(2026, 11, 1), "隐瞒", today=dt.date(2026, 11, 30))
        c = complaints.add_complaint(uow(), received_on=dt.date(2026, 11, 30), channel="visit", household_id=hh.id,
                                     description="有经营收入", today=dt.date(2026, 11, 30))
        assert c.due_on == dt.date(2026, 12, 21)
    finally:
        reopened.close()
    store = open_store(path.parent)
    store.close()
