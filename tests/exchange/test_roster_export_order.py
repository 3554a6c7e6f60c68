"""The township's roster package lists villages in one order on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from dibao_desk.models import exchange as exchange_rows
from dibao_desk.services import households, office
from dibao_desk.services.context import AppContext, open_context
from tests import pg
from tests.conftest import make_id, mark_test_data, simple_draft
from tests.exchange.exchange_fixtures import TODAY, set_receiving

FIRST, LAST = TODAY.replace(day=1), TODAY.replace(day=30)


def _fill(ctx: AppContext) -> None:
    office.add_village(ctx.uow(), "北山村", "village", 900)
    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    for head, village, seq in (("张三", "北山村", 11), ("李四", "东风村", 13), ("王五", "北山村", 15)):
        made = households.save(ctx.uow(), simple_draft(villages[village], head=head,
                                                       head_id=make_id("19600310", seq)), today=TODAY)
        set_receiving(ctx, made.id)


def _order(ctx: AppContext) -> tuple[list[tuple[str, str]], list[str], list[int]]:
    with ctx.uow() as uow:
        conn = uow.session.connection()
        hh = [(r[1], r[2]) for r in exchange_rows.roster_households(conn, FIRST, LAST)]
        ids = [r[0] for r in exchange_rows.roster_households(conn, FIRST, LAST)]
        persons = [r[1] for r in exchange_rows.roster_persons(conn, FIRST, LAST)]
        return hh, persons, ids


def _assert_code_point_order(ctx: AppContext) -> None:
    hh, persons, ids = _order(ctx)
    # 东 (U+4E1C) before 北 (U+5317), as the window and SQLite sort; households by id in a village
    assert hh == [("东风村", "李四"), ("北山村", "张三"), ("北山村", "王五")]
    assert persons == ["李四", "张三", "王五"]  # the members follow their households
    assert ids[1] < ids[2]


def test_the_roster_lists_villages_by_code_point(ctx):
    _fill(ctx)
    _assert_code_point_order(ctx)


def test_the_roster_is_in_the_same_order_on_a_server_with_a_chinese_collation(tmp_path, request):
    # A township's PostgreSQL made on a Chinese Windows sorts text by pinyin (北 before 东):
    # the package must list villages as SQLite and the window do
    if pg.admin_url() is None or request.config.getoption("--db-engine") == "sqlite":
        pytest.skip(f"{pg.ENV} not set: no PostgreSQL to test against")
    name = f"dibao_zh_{uuid.uuid4().hex[:12]}"
    with pg._admin() as con:
        try:
            con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                        f"LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'")
        except Exception as exc:  # a server without ICU (or older than 15)
            pytest.skip(f"no ICU collation on this server: {exc}")

    def drop() -> None:
        with pg._admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    (tmp_path / "zh").mkdir()
    (tmp_path / "zh" / "database.txt").write_text(pg._db_url(name) + "\n", encoding="utf-8")
    tz = open_context(tmp_path / "zh")
    request.addfinalizer(tz.close)
    office.save_office(tz.uow(), office.OfficeInfo(
        name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="",
        complaint_box="", mode="township", operator="王经办"))
    tz.operator = "王经办"
    mark_test_data(tz)
    office.add_village(tz.uow(), "东风村", "village", 1800)
    _fill(tz)
    _assert_code_point_order(tz)


def test_a_township_without_villages_yet_sends_an_empty_roster(tmp_path):
    # A township set up this month, its villages not entered yet, sends its first (empty)
    # roster: the package is written, not a database error
    from dibao_desk.services import exchange

    c = open_context(tmp_path / "new")
    try:
        office.save_office(c.uow(), office.OfficeInfo(
            name="新镇", admin_code="360426104000", county_name="德安县", complaint_phone="",
            complaint_box="", mode="township", operator="王经办"))
        c.operator = "王经办"
        mark_test_data(c)
        assert office.list_villages(c.uow()) == []
        out = tmp_path / "roster.xlsx"
        result = exchange.export_package(c.uow(), "roster", "2026-12", out, today=TODAY.replace(month=12, day=31))
        assert result.sequence == 1 and out.exists()
        assert result.rows["花名册"] == 0 and result.rows["保障人员"] == 0
    finally:
        c.close()
