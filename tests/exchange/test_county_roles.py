"""The county's own work by role: a 经办人 imports, draws the spot check and types warnings; the
approval of a case (审批) is the 审核人's, as the township's 乡镇审核 is."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import accounts, county, exchange
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

PASSWORD = "Dibao-2026!"


def _as(c, name: str):
    c.sign_in(accounts.sign_in(c.uow(), name, PASSWORD))


def test_the_county_approval_needs_a_reviewer_and_the_clerks_work_a_clerk(ctx, township, county_ctx, tmp_path):
    stick = tmp_path / "U盘"
    for kind, name in (("roster", "花名册.xlsx"), ("cases", "待审批.xlsx")):
        out = exchange.export_package(ctx.uow(), kind, "2026-11", stick / name, today=TODAY)
        exchange.import_package(county_ctx.uow(), out.path, today=TODAY)
    c = county_ctx
    accounts.create_account(c.uow(), "陈科长", PASSWORD, {Role.ADMIN, Role.CLERK, Role.REVIEWER})
    _as(c, "陈科长")
    accounts.create_account(c.uow(), "小张", PASSWORD, {Role.CLERK})
    accounts.create_account(c.uow(), "老周", PASSWORD, {Role.REVIEWER})
    first, second = county.list_cases(c.uow())

    _as(c, "老周")  # 审核人 only: not the clerk's work
    with pytest.raises(RuleError) as info:
        county.draw_sample(c.uow(), seed=42, today=TODAY)
    assert info.value.problems[0].code == "account.forbidden.clerk"
    with pytest.raises(RuleError) as info:
        county.add_warning(c.uow(), "360426100000", make_id("19600312", 15), "deposit", "名下存款 12 万元",
                           dt.date(2026, 12, 23), today=TODAY)
    assert info.value.problems[0].code == "account.forbidden.clerk"

    _as(c, "小张")  # 经办人: draws the sample, may not approve
    draw = county.draw_sample(c.uow(), seed=42, today=TODAY)
    assert draw.population == 2
    with pytest.raises(RuleError) as info:
        county.record_decision(c.uow(), first.id, True, "", dt.date(2026, 11, 20), "小张", today=TODAY)
    assert info.value.problems[0].code == "account.forbidden.reviewer"
    assert [x.approved for x in county.list_cases(c.uow(), status=None)] == [None, None]

    _as(c, "老周")
    county.record_decision(c.uow(), first.id, True, "", dt.date(2026, 11, 20), "老周", today=TODAY)
    county.record_decision(c.uow(), second.id, False, "存款超过规定标准", dt.date(2026, 11, 20), "老周", today=TODAY)
    assert sorted(str(x.approved) for x in county.list_cases(c.uow(), status=None)) == ["False", "True"]
