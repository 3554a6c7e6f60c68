"""The review schedules a roster's update leaves: the households it changes (or gives an event)
are rescheduled at its commit on the import's day, in bulk SQL when there are many of them,
to the same rows as one by one; the rest of the store is left as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, update

from dibao_desk.models import Household, ReviewSchedule
from dibao_desk.services import reviews, reviews_schedule
from dibao_desk.services import roster_import as ri
from dibao_desk.services.context import AppContext
from tests.conftest import make_id

FIRST_DAY = dt.date(2026, 10, 31)
COUNT = 48
HEADER = ["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "保障类别", "月保障金", "保障人口", "批准时间"]


def _head_born(k: int) -> str:
    # heads turning 60 (the elderly rule) on the month ends the update is made on, or long past it
    return ("19661130", "19661231", "19661201", "19500615", "19800101", "19700228")[k % 6]


def _members(k: int, second: bool) -> list[tuple[str, str, str]]:
    """Household k's members (name, ID number, relation) as the first roster or the second lists
    them. In the second, k % 4 == 0 drops its last member and k % 4 == 1 gains one; k % 4 == 2 is
    as before (k % 8 == 2 with 保障人口 below its members: an event), k % 4 == 3 is as before."""
    members = [(f"户{k}主", make_id(_head_born(k), k), "户主"),
               (f"户{k}妻", make_id("19680303", 100 + k), "妻")]
    if k % 3 == 0:
        members.append((f"户{k}子", make_id("19950505", 200 + k), "子"))
    if second and k % 4 == 0:
        members.pop()
    if second and k % 4 == 1:
        members.append((f"户{k}女", make_id("20150615", 300 + k), "女"))
    return members


def _roster(path: Path, second: bool) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    count = COUNT + (6 if second else 0)  # the second roster lists six households new
    for k in range(count):
        members = _members(k, second)
        covered = len(members) - 1 if second and k % 8 == 2 else len(members)
        start = dt.date(2023 + k % 3, 1 + k % 12, 1)
        for j, (name, number, relation) in enumerate(members):
            ws.append([k + 1, "东风村", name, number, relation, "二类", 400, covered, start] if j == 0
                      else [None, None, name, number, relation, None, None, None, None])
    wb.save(path)
    return path


def _schedules(context: AppContext) -> dict[str, tuple]:
    with context.uow() as uow:
        rows = uow.session.execute(
            select(Household.head_id_number, ReviewSchedule.next_review_date, ReviewSchedule.next_review_rule,
                   ReviewSchedule.months, ReviewSchedule.base_date, ReviewSchedule.applicable)
            .join(ReviewSchedule, ReviewSchedule.household_id == Household.id)).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def _update(context: AppContext, folder: Path, day: dt.date) -> dict[str, tuple]:
    """Import the first roster, schedule its households, mark one untouched household's row
    (the update must leave it), import the second roster on ``day``: the schedules after it."""
    ri.commit(context.uow(), _roster(folder / "十月.xlsx", False), options=ri.ImportOptions(today=FIRST_DAY))
    assert reviews.fill_missing(context.uow(), today=FIRST_DAY) == COUNT
    with context.uow() as uow:
        uow.session.execute(update(ReviewSchedule).where(ReviewSchedule.household_id == _hid(uow, 3))
                            .values(next_review_rule="marked"))
        uow.commit()
    res = ri.commit(context.uow(), _roster(folder / "月底.xlsx", True), options=ri.ImportOptions(today=day))
    assert (res.households_created, res.households_updated) == (6, COUNT // 2)
    return _schedules(context)


def _hid(uow, k: int) -> int:
    return uow.session.scalar(select(Household.id).where(Household.head_id_number == _members(k, False)[0][1]))


@pytest.mark.parametrize("day", [dt.date(2026, 11, 30), dt.date(2026, 12, 31)])
def test_the_households_an_update_touches_get_the_same_schedules_in_bulk_as_one_by_one(
        ctx, villages, tmp_path, monkeypatch, day):
    one_dir, bulk_dir = tmp_path / "one", tmp_path / "bulk"
    one_dir.mkdir()
    bulk_dir.mkdir()
    monkeypatch.setattr(reviews_schedule, "BULK_FROM", 10 ** 9)
    one = _update(ctx, one_dir, day)
    with ctx.uow() as uow:
        ids = {k: _hid(uow, k) for k in range(COUNT)}
    ctx.close()

    from tests.conftest import mark_test_data
    from dibao_desk.services import office
    from dibao_desk.services.context import open_context

    other = open_context(tmp_path / "other")
    try:
        other.operator = "王经办"
        mark_test_data(other)
        office.add_village(other.uow(), "东风村", "village", 1800)
        monkeypatch.setattr(reviews_schedule, "BULK_FROM", 0)
        bulk = _update(other, bulk_dir, day)
        touched = [k for k in range(COUNT) if k % 4 in (0, 1) or k % 8 == 2]
        # the bulk path rescheduled exactly these, on the import's day, as one by one did
        for k in touched:
            number = _members(k, False)[0][1]
            assert bulk[number] == one[number]
            again = reviews.reschedule(other.uow(), ids[k], today=day)
            assert (again.due_date, again.rule, again.months, again.base_date,
                    ",".join(again.applicable)) == bulk[number]
    finally:
        other.close()
    assert bulk == one
    # the untouched households keep their rows (the marked one included); the new ones are
    # scheduled when the due lists are read, as after a first import
    assert one[_members(3, False)[0][1]][1] == "marked"
    assert len(one) == COUNT
    heads = {k: _members(k, False)[0][1] for k in range(COUNT)}
    for k in touched:
        rule, applicable = one[heads[k]][1], one[heads[k]][4].split(",")
        if k % 8 == 2:  # 保障人口 below the members listed: due at once, on the import's day
            assert one[heads[k]][0] == day and rule.startswith("event")
        # ages are taken on the import's day (the computer's is 1 Dec 2026 or another)
        turned_60 = {"19661130": dt.date(2026, 11, 30), "19661231": dt.date(2026, 12, 31),
                     "19661201": dt.date(2026, 12, 1), "19500615": dt.date(2010, 6, 15),
                     "19800101": dt.date(2040, 1, 1), "19700228": dt.date(2030, 2, 28)}[_head_born(k)]
        assert ("elderly" in applicable) == (turned_60 <= day), (k, applicable)
