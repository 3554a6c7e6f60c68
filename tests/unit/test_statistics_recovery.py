"""The funds table's 追回: what was recovered in each month by every route, each once — the
ledger's 追回 in the month decided, and on the 追回 register's entries made by hand what the
rosters deducted, what the office recorded as deducted by hand, and cash received. Fixed
clocks on 31 December and 31 January, and once with the real date."""

import datetime as dt

import pytest

from dibao_desk.domain.ledger import LedgerStatus, MonthValue
from dibao_desk.domain.payroll import LineKind
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.recovery import InstalmentKind
from dibao_desk.services import office, payroll, recovery, statistics
from tests.unit.test_payroll import decide, homes  # noqa: F401 (fixture)

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date


@pytest.fixture
def recovered(ctx, homes):
    """December: b's amount lowered from November (a ledger 追回 of 100 元, deducted by December's
    roster); c owes 250 元 by hand (a bank error), 100 元 a month deducted by the roster; a owes
    200 元 by hand (a false declaration), paid back in cash by plan but deducted by hand from a's
    line of December's roster. January: c pays its last 150 元 in cash."""
    a, b, c = homes
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    by_plan = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 25000, per_month_fen=10000,
                           today=D(2026, 12, 1))
    by_hand = recovery.add(ctx.uow(), a, "false_declaration", "德民〔2026〕3号", D(2026, 12, 1), 20000, method="cash",
                           today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    [line_a] = [x for x in payroll.lines(ctx.uow(), dec.id) if x.household_id == a and x.line_kind is LineKind.REGULAR]
    recovery.receive(ctx.uow(), by_hand.id, 20000, D(2026, 12, 31), kind=InstalmentKind.DEDUCTION,
                     position=line_a.position, period="2026-12", today=D(2026, 12, 31))
    recovery.receive(ctx.uow(), by_plan.id, 15000, D(2027, 1, 31), receipt_no="No.7", today=D(2027, 1, 31))
    return homes


def recovery_by_month(ctx, period, village=None, today=None):
    table = statistics.funds_table(statistics.overview(ctx.uow(), period_of(period), village, today=today))
    col, ledger = table.headers.index("追回（元）"), table.headers.index("台账应发合计（元）")
    return {r[0]: r[col] for r in table.rows}, {r[0]: r[ledger] for r in table.rows}, table.note


def test_the_funds_table_counts_every_route_of_recovery_once(ctx, recovered):
    a, b, c = recovered
    got, ledger, note = recovery_by_month(ctx, "2027-01", today=D(2027, 1, 31))
    # December: b's ledger 追回 (its deduction is the same money), c's deduction by plan, a's by hand
    assert got["2026年12月"] == 10000 + 10000 + 20000
    assert got["2027年1月"] == 15000  # c's cash
    assert got["2026年11月"] == 0
    # every entry's recovered money is counted once, as `recovery list` shows it
    entries = recovery.list_entries(ctx.uow())
    assert sum(got.values()) == sum(e.recovered_fen for e in entries) == 55000
    # the ledger's total is net of it: December's months pay 450 + 500 + 300
    assert ledger["2026年12月"] == 45000 + 50000 + 30000 - 40000
    assert "手工登记的扣减" in note and "现金退回计入收款当月" in note and "每笔只计一次" in note
    # as of December (31 December), the same December figure
    assert recovery_by_month(ctx, "2026-12", today=D(2026, 12, 31))[0]["2026年12月"] == 40000


def test_one_village_counts_its_households_recoveries_and_the_real_date_gives_the_same(ctx, recovered):
    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    west, _ledger, _note = recovery_by_month(ctx, "2027-01", villages["西山村"], today=D(2027, 1, 31))
    assert (west["2026年12月"], west["2027年1月"]) == (10000, 15000)
    east, _ledger, _note = recovery_by_month(ctx, "2027-01", villages["东风村"], today=D(2027, 1, 31))
    assert (east["2026年12月"], east["2027年1月"]) == (30000, 0)
    real = recovery_by_month(ctx, "2027-01")[0]  # months after the real date are marked planned
    assert list(real.values()) == list(recovery_by_month(ctx, "2027-01", today=D(2027, 1, 31))[0].values())


def test_the_sources_table_takes_the_same_recoveries(ctx, recovered):
    o = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31))
    sources = statistics.sources_table(o)
    assert sources.total is not None
    assert sources.total[-2] == -40000  # 补发、追回 of December
