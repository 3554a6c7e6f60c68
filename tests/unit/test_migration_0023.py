"""Revision 0023 (the day a member's 人员状态 began) from a 0022 store that holds a household."""

from dibao_desk.domain.household import MemberDraft
from dibao_desk.services import households
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.helpers import downgrade_store, previous_revision


def test_a_0022_store_keeps_its_members_and_their_status_without_a_date(ctx, make_household):
    hh = make_household(extra_members=(MemberDraft("李梅", make_id("19620402", 22), "spouse",
                                                   person_status="imprisoned"),))
    assert previous_revision("0023") == "0022"
    data_dir = downgrade_store(ctx, "0022")
    again = open_context(data_dir)  # 0022 -> head
    try:
        d = households.get(again.uow(), hh.id)
        assert [(m.name, m.person_status, m.status_on) for m in d.draft.members] == [
            ("张三", "normal", None), ("李梅", "imprisoned", None)]
        assert d.income.persons == 1  # serving a sentence: not living in the household
    finally:
        again.close()
