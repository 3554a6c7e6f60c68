"""Township -> county -> township: roster and cases go up, decisions come back down."""

from __future__ import annotations

import datetime as dt

from dibao_desk.services import county, exchange, procedure
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401


def test_round_trip_township_county_township(ctx, township, county_ctx, tmp_path):
    stick = tmp_path / "U盘"
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", stick / "花名册.xlsx", today=TODAY)
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)
    assert roster.rows == {"花名册": 3, "保障人员": 6}
    assert cases.rows == {"待审批": 2} and cases.sequence == 1

    # the county imports both
    pre = exchange.preview_package(county_ctx.uow(), cases.path, today=TODAY)
    assert pre.ok and [c.action for c in pre.changes] == ["case_new", "case_new"]
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    result = exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    assert result.receipt_path.exists()
    totals = county.townships(county_ctx.uow())
    assert [(t.code, t.households, t.covered, t.monthly_fen, t.awaiting) for t in totals] == [
        ("360426100000", 3, 6, 93000, 2)]

    awaiting = county.list_cases(county_ctx.uow())
    assert len(awaiting) == 2
    draw = county.draw_sample(county_ctx.uow(), seed=42, today=TODAY)
    assert draw.population == 2 and len(draw.sampled_case_ids) == 1  # ceil(30 % of 2)
    assert county.verify_draw(county_ctx.uow(), draw.id)
    first, second = awaiting
    county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长")
    county.record_decision(county_ctx.uow(), second.id, False, "存款超过规定标准", dt.date(2026, 11, 20), "陈科长")
    down = county.export_decisions(county_ctx.uow(), "360426100000", stick / "审批结果.xlsx", today=TODAY)
    assert down.rows == {"审批结果": 2}

    # back at the township
    pre = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert pre.ok, pre.refusals
    assert sorted(c.action for c in pre.changes) == ["approve", "refuse"]
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    by_ref = {int(first.case_ref): True, int(second.case_ref): False}
    for case_id, approved in by_ref.items():
        detail = procedure.get_case(ctx.uow(), case_id, TODAY)
        rec = detail.current.get(8)
        assert rec is not None and rec.done_on == dt.date(2026, 11, 20)
        if approved:
            assert detail.info.status == "open" and detail.next_step == 10
        else:
            assert detail.info.status == "refused" and "存款" in detail.refused_reason
