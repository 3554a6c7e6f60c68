"""Revision 0011 (special cases) from a 0010 store holding cases decided the old way."""

import datetime as dt

from dibao_desk.services import procedure as proc
from dibao_desk.services.context import open_context
from tests.unit.test_procedure import receive, walk
from tests.helpers import downgrade_store

D = dt.date


def test_cases_decided_before_keep_no_special_mark(tmp_path, ctx, make_household):
    h = make_household(wages_fen=20000)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 9)  # approved by the county the old way
    data_dir = downgrade_store(ctx, "0010")

    again = open_context(data_dir)  # upgrades 0010 -> head
    detail = proc.get_case(again.uow(), case_id)
    assert detail.next_step == 9 and detail.current[8].result == "passed"
    assert detail.info.special_case == "" and detail.special is None
    again.store.close()
