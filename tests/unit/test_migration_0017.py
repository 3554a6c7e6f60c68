"""Revision 0017 (payment rosters) from a 0016 store that holds a receiving household."""

import datetime as dt

from sqlalchemy import select

from dibao_desk.models import Household, Payroll, PayrollLine

from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store


def test_a_0016_store_gets_the_roster_tables_and_keeps_its_households(ctx, make_household):
    make_household()
    data_dir = downgrade_store(ctx, "0016")

    again = open_context(data_dir)  # 0016 -> head
    uow = again.uow()
    with uow:
        s = uow.session
        hid = s.scalar(select(Household.id))
        roster = Payroll(period="2026-12", first_month=dt.date(2026, 12, 1), last_month=dt.date(2026, 12, 1),
                         kind="regular", made_on=dt.date(2026, 12, 31))
        s.add(roster)
        s.flush()
        s.add(PayrollLine(payroll_id=roster.id, household_id=hid, total_fen=45000))
        s.commit()
        line = s.scalar(select(PayrollLine))
        assert (line.bank_status, line.zero, line.carried_from_line_id) == ("", False, None)
    again.store.close()
