"""The roster package carries the county systems' fields, in the county's words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl

from dibao_desk.exchange import packages_out
from dibao_desk.models import Household
from dibao_desk.services import county as county_service
from dibao_desk.services import exchange
from tests.exchange.exchange_fixtures import TODAY, county, township  # noqa: F401


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
    assert list(persons[0][-4:-1]) == ["生活自理能力", "健康状况", "人员状态"]
    mine = [r for r in persons[1:] if r[0] == str(first)]
    assert mine[0][8:11] == ("部分", "一般", "正常") and mine[1][10] == "服刑"


def test_a_members_status_goes_up_with_its_date_and_the_county_takes_it(ctx, township, county, tmp_path):
    """人员状态 alone said 死亡 but not when: the county's cross-checks need the day (member.status_on)."""
    first = township["households"][0]
    died = dt.date(2026, 10, 17)
    with ctx.uow() as uow:
        h = uow.session.get(Household, first)
        h.members[1].person_status, h.members[1].status_on = "dead", died
        h.members[0].status_on = dt.date(2026, 1, 1)  # a stray day beside 正常 is not sent
        uow.commit()
    out = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    persons = list(openpyxl.load_workbook(out.path, read_only=True)["保障人员"].iter_rows(values_only=True))
    assert list(persons[0][-2:]) == ["人员状态", "状态日期"]
    mine = [r for r in persons[1:] if r[0] == str(first)]
    assert mine[1][10:12] == ("死亡", "2026-10-17") and mine[0][10] == "正常" and mine[0][11:] in ((), (None,))
    # the county reads the new column and keeps the package's persons sheet as sent
    pre = exchange.preview_package(county.uow(), out.path, today=TODAY)
    assert pre.ok, pre.refusals
    exchange.import_package(county.uow(), out.path, today=TODAY)
    assert [t.households for t in county_service.townships(county.uow())] == [3]


def test_a_roster_written_before_the_status_date_still_imports_at_the_county(
        ctx, township, county, tmp_path, monkeypatch):
    """A township on the previous version sends 保障人员 ending at 人员状态: the date is unknown."""
    old = dataclasses.replace(packages_out.ROSTER_PERSONS, columns=packages_out.ROSTER_PERSONS.columns[:-1])
    monkeypatch.setattr(packages_out, "ROSTER_PERSONS", old)
    out = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    monkeypatch.undo()
    persons = list(openpyxl.load_workbook(out.path, read_only=True)["保障人员"].iter_rows(values_only=True))
    assert persons[0][-1] == "人员状态"
    pre = exchange.preview_package(county.uow(), out.path, today=TODAY)
    assert pre.ok, pre.refusals
    exchange.import_package(county.uow(), out.path, today=TODAY)
    assert [t.households for t in county_service.townships(county.uow())] == [3]
