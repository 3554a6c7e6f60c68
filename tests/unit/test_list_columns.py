"""The household list's columns (head, counts, income, search text) are worked out in one
place, domain.household.list_columns: a household registered by hand, one imported from a
roster and one made by the demo show the same in the list as the household service gives
when the household is saved again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dibao_desk.domain import names
from dibao_desk.domain.household import list_columns
from dibao_desk.models import Household
from dibao_desk.services import demo, households, roster_import as ri
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.exchange.test_roster_layouts import carrying_roster

TODAY = dt.date(2026, 11, 23)
COLUMNS = ("head_name", "head_sort_key", "head_id_number", "person_count", "covered_count", "income_fen",
           "per_capita_fen", "search_text")


def _stored(ctx) -> dict[int, tuple]:
    with ctx.uow() as uow:
        rows = uow.session.execute(select(Household.id, *(getattr(Household, c) for c in COLUMNS))
                                   .order_by(Household.id)).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def _service(ctx, household_id: int) -> tuple:
    """The columns the household service gives the household as it is now."""
    ns = type("Row", (), {})()
    with ctx.uow() as uow:
        households.refresh_list_columns(ns, households.get(ctx.uow(), household_id).draft, session=uow.session)
    return tuple(getattr(ns, c) for c in COLUMNS)


def test_the_head_is_the_member_related_as_head_and_income_per_person_rounds_down():
    old_number = make_id("19600101", 11)
    number15 = old_number[:6] + old_number[8:17]  # the same person's 15-digit number
    son = make_id("19900202", 21)
    got = list_columns([("张小三", son, "son"), ("张三", number15, "head")], 1, 10001)
    assert got.head_name == "张三" and got.head_id_number == old_number  # shown as 18 digits
    assert got.head_sort_key == names.sort_key("张三")
    assert (got.person_count, got.covered_count, got.income_fen, got.per_capita_fen) == (2, 1, 10001, 5000)
    # searched by the 18 digits the person's card now carries, as the list shows them
    assert got.search_text == names.search_text([("张小三", son), ("张三", old_number)])
    assert got.search_text.startswith("|张小三|") and "|" + son.lower() + "|" in got.search_text
    # no one related as head: the first member is shown
    assert list_columns([("李四", son, "spouse")], 1, 0).head_name == "李四"


def test_an_imported_household_keeps_its_list_columns_when_saved_again(ctx, villages, tmp_path):
    res = ri.commit(ctx.uow(), carrying_roster(tmp_path / "r.xlsx"), options=ri.ImportOptions(today=TODAY))
    assert res.households_created == 5
    imported = _stored(ctx)
    # 何三's household: 3 persons, the roster's 90.50 元 a person as one income of 271.50 元
    he = next(v for v in imported.values() if v[0] == "何三")
    assert he[3:7] == (3, 3, 27150, 9050)
    for hid, columns in imported.items():
        assert _service(ctx, hid) == columns, columns[0]
        households.save(ctx.uow(), households.get(ctx.uow(), hid).draft, hid, today=TODAY)
    assert _stored(ctx) == imported


def test_demo_households_show_what_the_household_service_gives(tmp_path):
    ctx = open_context(tmp_path / "d")
    demo.generate(ctx.uow(), households=40, seed=5, today=TODAY)
    made = _stored(ctx)
    assert len(made) == 40 and any(c[5] for c in made.values()) and any(c[4] < c[3] for c in made.values())
    for hid, columns in made.items():
        assert _service(ctx, hid) == columns, columns[0]
    ctx.close()
