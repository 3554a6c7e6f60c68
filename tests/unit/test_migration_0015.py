"""Revision 0015 (county decisions carry special cases) from a 0014 county store with decisions."""

import datetime as dt

from dibao_desk.services import county, exchange
from dibao_desk.services.context import open_context
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401
from tests.helpers import downgrade_store


def test_decisions_recorded_before_are_sent_as_plain_decisions(ctx, township, county_ctx, tmp_path):
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=42, today=TODAY)
    first, second = county.list_cases(county_ctx.uow())
    county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    county.record_decision(county_ctx.uow(), second.id, False, "存款超过规定标准", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    data_dir = downgrade_store(county_ctx, "0014")

    again = open_context(data_dir)  # 0014 -> head
    down = county.export_decisions(again.uow(), "360426100000", tmp_path / "d.xlsx", today=TODAY)
    assert down.rows == {"审批结果": 2}
    again.store.close()
    pre = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert pre.ok and sorted(c.action for c in pre.changes) == ["approve", "refuse"]
