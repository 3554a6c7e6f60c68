"""Shared fixtures: every test gets a fresh data folder with a real SQLite store."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dibao_desk.domain import idcard  # noqa: E402
from dibao_desk.models import StoreSetting  # noqa: E402
from dibao_desk.domain.household import (  # noqa: E402
    HouseholdDraft, IncomeDraft, MemberDraft, PropertyDraft, SupporterDraft,
)
from dibao_desk.services import accounts, households, office  # noqa: E402
from dibao_desk.services.context import AppContext, open_context  # noqa: E402

REGION = "360426"  # 江西省德安县


def make_id(birth: str, seq: int, region: str = REGION) -> str:
    """A valid 18-character ID number: birth as YYYYMMDD, seq 0..999 (odd: male)."""
    body = f"{region}{birth}{seq:03d}"
    return body + idcard.check_character(body)


def mark_test_data(context: AppContext) -> None:
    """Mark a test's store as the demo's is (test data only): the terminal asks it for no account.
    Written directly, without an audit row, so tests counting audit rows are not affected."""
    with context.uow() as uow:
        if uow.session.get(StoreSetting, accounts.SETTING_DEMO) is None:
            uow.session.add(StoreSetting(key=accounts.SETTING_DEMO, value="1"))
        uow.commit()


def pytest_addoption(parser):
    parser.addoption("--db-engine", choices=("sqlite", "postgresql"), default=None,
                     help="county stores of tests marked pg: postgresql (needs DIBAO_TEST_PG_URL; "
                          "the default when it is set) or sqlite")


def pytest_configure(config):
    from dibao_desk.ui import binding_guard
    from tests import pg

    # The program adds this reserve at start (ui.app.make_app); tests make windows without it, and
    # on Python 3.11 PySide6 6.12 loses a reference to None/True/False per call (docs/known-issues.md).
    binding_guard.install()

    if config.getoption("--db-engine") == "postgresql" and pg.admin_url() is None:
        raise pytest.UsageError(f"--db-engine postgresql needs {pg.ENV}=postgresql://USER@HOST:PORT/postgres")


def pytest_sessionfinish(session, exitstatus):
    from tests import pg

    if pg.admin_url() is not None:
        pg.drop_template()


@pytest.fixture
def ctx(tmp_path, request) -> AppContext:
    """A township's store: a SQLite file; with DIBAO_TEST_PG_URL, tests marked ``pg_store`` get
    it on a fresh PostgreSQL database (the township code run on the county's engine)."""
    from tests import pg

    if pg.enabled(request, "pg_store"):  # named in the folder, so a command or a script finds it
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "database.txt").write_text(pg.fresh_database(request) + "\n", encoding="utf-8")
    context = open_context(tmp_path / "data")
    office.save_office(context.uow(), office.OfficeInfo(
        name="德安镇", admin_code="360426100000", county_name="德安县",
        complaint_phone="0792-4321000", complaint_box="镇政府一楼大厅", mode="township",
        operator="王经办"))
    context.operator = "王经办"
    # Test data only, marked as the demo's is: the terminal asks no account of it (a real
    # office's store with no account refuses the terminal until its administrator exists).
    mark_test_data(context)
    office.add_village(context.uow(), "东风村", "village", 1800)
    office.add_village(context.uow(), "向阳社区", "community", 3200)
    yield context
    context.close()


@pytest.fixture
def office_ctx(ctx) -> AppContext:
    """``ctx`` as a real office's store (not marked as test data): the terminal refuses it until
    its administrator exists, and a demo backup is not restored into it."""
    with ctx.uow() as uow:
        row = uow.session.get(StoreSetting, accounts.SETTING_DEMO)
        if row is not None:
            uow.session.delete(row)
        uow.commit()
    return ctx


@pytest.fixture
def villages(ctx):
    return {v.name: v.id for v in office.list_villages(ctx.uow())}


def simple_draft(village_id: int, *, head="张三", head_id=None, hukou="rural", wages_fen=50000,
                 extra_members=(), **kw) -> HouseholdDraft:
    members = [MemberDraft(head, head_id or make_id("19600315", 11), "head", work_capacity="partial")]
    members += list(extra_members)
    return HouseholdDraft(village_id=village_id, hukou_type=hukou, members=tuple(members),
                          incomes=(IncomeDraft("wages", wages_fen, 0),) if wages_fen else (), **kw)


@pytest.fixture
def make_household(ctx, villages):
    """Register a household through the service; returns its HouseholdDetail."""

    def _make(**kw):
        village = kw.pop("village", "东风村")
        return households.save(ctx.uow(), simple_draft(villages[village], **kw),
                               today=kw.pop("today", None) or dt.date(2026, 11, 23))

    return _make


__all__ = ["make_id", "simple_draft", "HouseholdDraft", "MemberDraft", "IncomeDraft",
           "PropertyDraft", "SupporterDraft"]
