"""Revision 0026 (开户人: the household's account holder, the head's name on a roster line) from a
0025 store that holds households and a signed roster."""

import datetime as dt

from dibao_desk.models import Household
from dibao_desk.services import households, payroll
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store, previous_revision
from tests.unit.test_payroll import homes  # noqa: F401 (fixture)

D = dt.date


def test_a_0025_store_keeps_its_rosters_payee_as_the_head_and_its_households_held_by_the_head(ctx, homes):  # noqa: F811
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert previous_revision("0026") == "0025"
    data_dir = downgrade_store(ctx, "0025")
    again = open_context(data_dir)  # 0025 -> head
    try:
        lines = [x for x in payroll.lines(again.uow(), info.id) if not x.zero]
        assert [(x.account_name, x.head_name) for x in lines] == [
            ("户主0", "户主0"), ("户主1", "户主1"), ("户主2", "户主2")]
        assert payroll.show(again.uow(), info.id).locked
        with again.uow() as uow:
            assert [h.bank_holder_id_number for h in uow.session.query(Household).order_by(Household.id)] == [
                None, None, None]
        assert households.get(again.uow(), homes[0]).draft.bank_holder_id_number == ""
        # and the next roster is made as before: every household paid under its head's name
        nxt = payroll.make(again.uow(), "2026-12", today=D(2026, 11, 30), made_by="王经办")
        assert sorted(x.account_name for x in payroll.lines(again.uow(), nxt.id) if not x.zero) == [
            "户主0", "户主1", "户主2"]
    finally:
        again.close()
