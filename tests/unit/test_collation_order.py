"""Lists sorted by a Chinese name in SQL come in the same order on SQLite and on a PostgreSQL
made on a Chinese system, whose collation sorts by pinyin (北山村 before 东风村, 李 before 张):
code-point order, as SQLite, Python and the window's own sorting give (models.dialect.code_point).
The household list sorts its heads by pinyin (household.head_sort_key: the pinyin key, then the
name), compared byte by byte on both: two heads whose names read the same (彰三 and 章三) come
in the order of their code points, which a Chinese collation would decide its own way."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.models import statistics as stats_rows
from dibao_desk.services import households, office, relatives, reviews
from dibao_desk.services.context import AppContext, open_context
from tests import pg
from tests.conftest import make_id, mark_test_data, simple_draft

pytestmark = pytest.mark.pg_store

TODAY = dt.date(2026, 11, 23)


def _fill(c: AppContext) -> None:
    office.add_village(c.uow(), "北山村", "village", 900)
    v = {x.name: x.id for x in office.list_villages(c.uow())}
    for seq, (staff, relative) in enumerate((("张主任", "张小军"), ("李主任", "李小红"))):
        relatives.add_relative(c.uow(), staff_id_number=make_id("19700101", 31 + 2 * seq), staff_name=staff,
                               role="village_cadre", village_id=v["北山村"], post="村主任",
                               id_number=make_id("19950505", 41 + 2 * seq), name=relative, relation="child",
                               registered_on=dt.date(2026, 3, 1), today=TODAY)
    # heads whose names read the same in pinyin (ICU's 'zh' puts 章三 before 彰三, and 黎明 before 李明)
    for n, (village, head) in enumerate((("北山村", "章三"), ("东风村", "黎明"), ("北山村", "彰三"),
                                         ("东风村", "李明"))):
        households.save(c.uow(), simple_draft(v[village], head=head,
                                              head_id=make_id("19600101", 51 + 2 * n)), today=TODAY)


def _heads(c: AppContext, sort: str, descending: bool = False) -> list[str]:
    ids = households.query_ids(c.uow(), households.HouseholdQuery(sort=sort, descending=descending))
    return [households.get(c.uow(), i).draft.members[0].name for i in ids]


def _assert_code_point_order(c: AppContext) -> None:
    # 东 U+4E1C, 北 U+5317, 向 U+5411 (pinyin would give 北山村, 东风村, 向阳社区)
    assert [n for _i, n in reviews.village_choices(c.uow())] == ["东风村", "北山村", "向阳社区"]
    with c.uow() as uow:
        assert [r[1] for r in stats_rows.villages(uow.session.connection())] == ["东风村", "北山村", "向阳社区"]
    # 张 U+5F20 before 李 U+674E (pinyin would give 李 first)
    assert [r.staff_name for r in relatives.list_relatives(c.uow())] == ["张主任", "李主任"]
    # pinyin first (li before zhang), then code points: 李 U+674E before 黎 U+9ECE, 彰 U+5F70 before 章 U+7AE0
    assert _heads(c, "head_name") == ["李明", "黎明", "彰三", "章三"]
    assert _heads(c, "head_name", descending=True) == ["章三", "彰三", "黎明", "李明"]
    # by village: 东风村 before 北山村, then as registered
    assert _heads(c, "village") == ["黎明", "李明", "章三", "彰三"]


def test_village_and_staff_lists_are_in_code_point_order(ctx):
    _fill(ctx)
    _assert_code_point_order(ctx)


@pytest.mark.pg
@pg.skip_without_pg
def test_the_same_order_on_a_server_with_a_chinese_collation(tmp_path, request):
    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("the PostgreSQL run only")
    folder = tmp_path / "zh"
    folder.mkdir()
    (folder / "database.txt").write_text(pg.chinese_database(request) + "\n", encoding="utf-8")
    c = open_context(folder)
    request.addfinalizer(c.close)
    office.save_office(c.uow(), office.OfficeInfo(
        name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="",
        complaint_box="", mode="township", operator="王经办"))
    c.operator = "王经办"
    mark_test_data(c)
    office.add_village(c.uow(), "东风村", "village", 1800)
    office.add_village(c.uow(), "向阳社区", "community", 3200)
    _fill(c)
    _assert_code_point_order(c)
