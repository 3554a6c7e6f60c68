"""The roster package carries the county systems' fields, in the county's words."""

from __future__ import annotations

import dataclasses

import openpyxl

from dibao_desk.models import Household
from dibao_desk.services import exchange
from tests.exchange.exchange_fixtures import TODAY, township  # noqa: F401


def test_the_roster_package_has_poverty_cause_sanwu_and_the_members_fields(ctx, township, tmp_path):
    first = township["households"][0]
    with ctx.uow() as uow:
        h = uow.session.get(Household, first)
        h.poverty_cause, h.sanwu = "no_labour", True
        h.members[0].self_care, h.members[0].health, h.members[0].person_status = "partial", "fair", "normal"
        h.members[1].person_status = "imprisoned"
        uow.commit()
    out = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    book = openpyxl.load_workbook(out.path, read_only=True)
    rows = list(book["花名册"].iter_rows(values_only=True))
    head = list(rows[0])
    assert head[-2:] == ["主要致贫原因", "三无人员"]
    mine = next(r for r in rows[1:] if r[0] == str(first))
    assert mine[-2:] == ("缺乏劳动力", "是")
    other = next(r for r in rows[1:] if r[0] != str(first))
    assert other[-2:] in (("", "否"), (None, "否"))
    persons = list(book["保障人员"].iter_rows(values_only=True))
    assert list(persons[0][-3:]) == ["生活自理能力", "健康状况", "人员状态"]
    mine = [r for r in persons[1:] if r[0] == str(first)]
    assert mine[0][-3:] == ("部分", "一般", "正常") and mine[1][-1] == "服刑"
