"""Revision 0021 (a member's 失业登记) from a 0020 store that holds a household."""

from dibao_desk.services import households
from dibao_desk.services.context import open_context
from tests.helpers import downgrade_store, previous_revision


def test_a_0020_store_keeps_its_members_and_reads_them_as_not_registered(ctx, make_household):
    hh = make_household()
    names = [m.name for m in households.get(ctx.uow(), hh.id).draft.members]
    assert previous_revision("0021") == "0020"
    data_dir = downgrade_store(ctx, "0020")
    again = open_context(data_dir)  # 0020 -> head
    try:
        members = households.get(again.uow(), hh.id).draft.members
        assert [m.name for m in members] == names
        assert [m.unemployment_registered for m in members] == [False] * len(names)
    finally:
        again.close()
