"""Fixtures for the exchange tests: a township with receiving households and cases waiting
for the county, and a county office in its own data folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dibao_desk.models import AuditLog, Household
from dibao_desk.services import office, procedure
from dibao_desk.services.context import open_context
from tests.conftest import MemberDraft, make_id, mark_test_data

TODAY = dt.date(2026, 11, 23)


def set_receiving(ctx, household_id: int, category: str = "class2", monthly_fen: int = 31000,
                  start: dt.date = dt.date(2026, 1, 1), account: str = "") -> None:
    """Put a household on the benefit as the grant step would (test set-up only)."""
    with ctx.uow() as uow:
        h = uow.session.get(Household, household_id)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", category, monthly_fen, start
        if account:
            h.bank_account, h.bank_name = account, "德安县农村信用社"
        uow.commit()


def case_at_county(ctx, household_id: int, kind: str = "change") -> int:
    """Open a change case and bring it to step 8 (county approval) through the procedure."""
    uow = ctx.uow
    info = procedure.open_case(uow(), household_id, kind, "家庭收入变化", dt.date(2026, 10, 1),
                               after={"category": "class1", "monthly_benefit_fen": 42000})
    from tests.helpers import walk_case

    walk_case(ctx, info.id, dt.date(2026, 10, 2), until=8)  # the policy's flow, up to the county
    return info.id


@pytest.fixture
def township(ctx, make_household):
    """Three receiving households (two with cases waiting for the county)."""
    ids = []
    for i, (head, seq) in enumerate((("张三", 11), ("李四", 13), ("王五", 15))):
        d = make_household(head=head, head_id=make_id(f"1960031{i}", seq), extra_members=(
            MemberDraft(f"{head}妻", make_id(f"1962051{i}", seq + 1), "spouse"),))
        set_receiving(ctx, d.id, account=f"62170000{i:04d}00001234")
        ids.append(d.id)
    cases = [case_at_county(ctx, ids[0]), case_at_county(ctx, ids[1])]
    return {"households": ids, "cases": cases}


@pytest.fixture
def county(tmp_path, request):
    """The county office: a SQLite folder, or a fresh PostgreSQL database for tests marked pg
    when DIBAO_TEST_PG_URL names a server (tests/pg.py)."""
    from tests import pg

    if pg.enabled(request):  # the folder names its database, so commands given --data-dir find it
        (tmp_path / "county").mkdir()
        (tmp_path / "county" / "database.txt").write_text(pg.fresh_database(request) + "\n", encoding="utf-8")
    c = open_context(tmp_path / "county")
    office.save_office(c.uow(), office.OfficeInfo(
        name="德安县民政局", admin_code="360426000000", county_name="德安县", complaint_phone="",
        complaint_box="", mode="county", operator="陈科长"))
    c.operator = "陈科长"
    mark_test_data(c)
    yield c
    c.close()


def store_state(ctx) -> dict:
    """Row counts of every table and the audit rows: what a refused import must leave alone
    (read on a connection of its own, whatever engine holds the store)."""
    from sqlalchemy import inspect

    with ctx.store.engine.connect() as con:
        tables = inspect(con).get_table_names()
        counts = {t: con.exec_driver_sql(f'select count(*) from "{t}"').scalar() for t in tables}
        audit = [tuple(r) for r in con.exec_driver_sql("select * from audit_log order by id")]
    return {"counts": counts, "audit": audit}


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
