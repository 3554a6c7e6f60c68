"""What the statistics say was paid: the signed rosters of the period, net of their deductions,
with the bank's failed transfers as such, beside what the ledger owes for each month. Fixed
clocks on 31 December."""

import datetime as dt

import pytest

from dibao_desk.domain.periods import period_of
from dibao_desk.models import PayrollLine
from dibao_desk.services import payroll, recovery, statistics
from tests.unit.test_payroll import homes  # noqa: F401

pytestmark = pytest.mark.pg_store  # the rosters' SQL also runs on PostgreSQL (tests/pg.py)

D = dt.date


def test_the_paid_total_is_the_signed_rosters_net_of_deductions_with_failed_transfers_apart(ctx, homes):
    a, b, c = homes  # 450, 600 and 300 元 a month
    recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 10000, today=D(2026, 12, 1))
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=info.id, household_id=b).one()
        line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户已销户", D(2026, 12, 10)
        uow.commit()
    o = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31))

    funds = statistics.funds_table(o)
    row = dict(zip(funds.headers, next(r for r in funds.rows if r[0] == "2026年12月")))
    assert "实发合计（元）" not in funds.headers  # the ledger's figure is not what was paid
    assert row["追回（元）"] == 10000  # the register's deduction, recovered in December
    assert row["台账应发合计（元）"] == 45000 + 60000 + 30000 - 10000
    assert row["造册实发（元）"] == 45000 + 60000 + 30000 - 10000  # the hand-entered deduction
    assert row["其中银行退回（元）"] == 60000
    november = dict(zip(funds.headers, next(r for r in funds.rows if r[0] == "2026年11月")))
    assert november["造册实发（元）"] == ""  # no roster signed for November: nothing is claimed

    rosters = statistics.rosters_table(o)
    assert [dict(zip(rosters.headers, r)) for r in rosters.rows] == [{
        "造册": "常规造册（2026年12月）", "状态": "已审核", "户数": 3, "人数": 3,
        "保障金（元）": 135000, "补发（元）": 0, "追回扣减（元）": 10000, "专项补贴（元）": 0,
        "造册实发（元）": 125000, "银行退回（笔）": 1, "银行退回（元）": 60000,
        "追回扣减待银行回执（元）": 10000}]  # c's transfer not answered: the deduction is not made yet
    assert rosters.rows[0][8] == payroll.show(ctx.uow(), info.id).total_fen == 125000  # as the roster says

    with ctx.uow() as uow:  # the bank pays c's transfer
        for line in uow.session.query(PayrollLine).filter_by(payroll_id=info.id, household_id=c):
            line.bank_status, line.bank_answered_on = "paid", D(2026, 12, 10)
        uow.commit()
    o = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31))
    row = dict(zip(statistics.rosters_table(o).headers, statistics.rosters_table(o).rows[0]))
    assert (row["追回扣减（元）"], row["追回扣减待银行回执（元）"]) == (10000, 0)


def test_a_draft_roster_is_not_counted_as_paid(ctx, homes):
    payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    o = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31))
    assert statistics.rosters_table(o).rows == ()
    funds = statistics.funds_table(o)
    assert dict(zip(funds.headers, funds.rows[-1]))["造册实发（元）"] == ""


def test_a_quarter_roster_is_counted_in_its_first_month_and_a_back_pay_roster_in_its_own(ctx, homes):
    """Quarterly rosters (季初造册): 2027Q1's signed roster is what was paid for January to March,
    shown in January; a 补发 roster re-paying December's failed transfer is counted in its month."""
    from dibao_desk.domain.payroll import PayrollKind
    from tests.unit.test_payroll import set_account

    a, b, c = homes
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=dec.id, household_id=b).one()
        line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户已销户", D(2026, 12, 10)
        uow.commit()
    payroll.set_period_unit(ctx.uow(), "quarter")
    q1 = payroll.make(ctx.uow(), "2027Q1", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), q1.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    set_account(ctx, b, "6221999900001111")
    back = payroll.make(ctx.uow(), "2027Q1", PayrollKind.BACK_PAY, today=D(2027, 1, 10))
    payroll.sign(ctx.uow(), back.id, "赵镇长", D(2027, 1, 10), today=D(2027, 1, 10))

    o = statistics.overview(ctx.uow(), period_of("2027Q1"), today=D(2027, 1, 10))
    funds = {r[0]: dict(zip(statistics.funds_table(o).headers, r)) for r in statistics.funds_table(o).rows}
    assert funds["2026年12月"]["造册实发（元）"] == 135000 and funds["2026年12月"]["其中银行退回（元）"] == 60000
    assert funds["2027年1月"]["造册实发（元）"] == 3 * 135000 + 60000
    assert funds["2027年2月（计划）"]["造册实发（元）"] == ""
    rows = statistics.rosters_table(o)
    assert [r[0] for r in rows.rows] == ["常规造册（2027年第1季度）", "补发造册（2027年第1季度）"]
    assert rows.total[8] == 3 * 135000 + 60000
    total = dict(zip(rows.headers, rows.total))  # b is on both rosters: 3 + 1 would count it twice
    assert (total["户数"], total["人数"]) == ("", "")


def test_a_village_without_households_says_the_roster_is_signed_and_paid_it_nothing(ctx, homes):
    """A village with no household on December's signed roster (a new community, say): its
    report lists the roster with 0 households and 0.00 paid, not that no roster is signed yet,
    and its funds table shows 0.00 paid for December, not a blank. 31 December."""
    from dibao_desk.services import office

    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    empty = office.add_village(ctx.uow(), "新建社区", "community", 900)
    o = statistics.overview(ctx.uow(), period_of("2026-12"), empty.id, today=D(2026, 12, 31))

    rosters = statistics.rosters_table(o)
    assert [dict(zip(rosters.headers, r)) for r in rosters.rows] == [{
        "造册": "常规造册（2026年12月）", "状态": "已审核", "户数": 0, "人数": 0,
        "保障金（元）": 0, "补发（元）": 0, "追回扣减（元）": 0, "专项补贴（元）": 0,
        "造册实发（元）": 0, "银行退回（笔）": 0, "银行退回（元）": 0, "追回扣减待银行回执（元）": 0}]
    assert "尚无已审核的造册" not in rosters.note
    funds = statistics.funds_table(o)
    assert dict(zip(funds.headers, funds.rows[-1]))["造册实发（元）"] == 0
    whole = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31))
    assert [r[2] for r in statistics.rosters_table(whole).rows] == [3]  # the township's roster as before


@pytest.mark.parametrize("signed_on", [D(2026, 12, 31), D(2027, 1, 31)])
def test_the_village_table_shows_beside_the_ledger_month_what_the_payments_package_says_per_village(
        ctx, homes, signed_on):
    """b's amount lowered from November (a 追回 of 100 元 on December's roster): the ledger's
    December pays 东风村 450 + 500, the roster and its payments package 850 (net of the 追回).
    The village table keeps the ledger's month and shows the package's figure beside it, with a
    note saying which is which; a month without a signed roster leaves it blank and says so."""
    from dibao_desk.domain.ledger import LedgerStatus, MonthValue
    from dibao_desk.exchange import packages_out
    from dibao_desk.services import exchange_out
    from tests.unit.test_payroll import decide

    a, b, c = homes
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    before = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-12"), today=signed_on))
    assert all(r[5] == "" for r in before.rows) and before.total[5] == ""
    assert "2026-12尚无已审核的常规造册" in before.note
    info = payroll.make(ctx.uow(), "2026-12", today=signed_on)
    payroll.sign(ctx.uow(), info.id, "赵镇长", signed_on, today=signed_on)

    t = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-12"), today=signed_on))
    body = {r[0]: dict(zip(t.headers, r)) for r in t.rows}
    assert (body["东风村"]["月保障金合计（元）"], body["东风村"]["本期造册实发（元）"]) == (95000, 85000)
    assert (body["西山村"]["月保障金合计（元）"], body["西山村"]["本期造册实发（元）"]) == (30000, 30000)
    assert t.total[4:6] == (125000, 115000)
    assert "不含补发、追回" in t.note and "报县造册数据包“村汇总”" in t.note and "尚无" not in t.note
    sheets, _warnings, _extra = exchange_out._payment_sheets(ctx.uow(), "2026-12", (D(2026, 12, 1), D(2026, 12, 1)))
    [totals] = [s for s in sheets if s.spec is packages_out.PAYMENT_TOTALS]
    package = {r[0]: r[3] for r in totals.rows}
    assert {v: body[v]["本期造册实发（元）"] for v in ("东风村", "西山村")} == {
        v: package[v] for v in ("东风村", "西山村")}
    assert t.total[5] == package["合计"]


def test_a_quarters_roster_shows_its_three_months_per_village_in_the_quarters_statistics_31_december(ctx, homes):
    """An office paying by quarter: the 2026Q4 roster pays each village three months, as its
    payments package says; the quarter's village table shows it beside the ledger's December,
    and December's own statistics leave it blank, saying where to find it."""
    info = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    t = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026Q4"), today=D(2026, 12, 31)))
    body = {r[0]: r[4:6] for r in t.rows}
    assert body == {"东风村": (105000, 3 * 105000), "西山村": (30000, 3 * 30000), "向阳社区": (0, 0)}
    assert "季度造册为三个月" in t.note
    december = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31)))
    assert all(r[5] == "" for r in december.rows) and "按季度统计时列出" in december.note


def test_a_village_renamed_or_merged_after_the_roster_keeps_its_roster_money_under_what_it_became(ctx, homes):
    """December's roster is signed, then 东风村 is renamed 东风新村 and 西山村 merged into 向阳社区.
    The roster's lines still say 东风村 and 西山村: their money was counted under no village (the
    column summed to 0); it is counted under the village each became, as the ledger's month is."""
    from dibao_desk.services import office, villages

    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    ids = {v.name: v.id for v in office.list_villages(ctx.uow())}
    villages.rename_village(ctx.uow(), ids["东风村"], "东风新村")
    villages.merge_villages(ctx.uow(), ids["西山村"], ids["向阳社区"])

    t = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31)))
    assert {r[0]: r[4:6] for r in t.rows} == {"东风新村": (105000, 105000), "向阳社区": (30000, 30000)}
    assert t.total[4:6] == (135000, 135000)
    alone = statistics.overview(ctx.uow(), period_of("2026-12"), ids["向阳社区"], today=D(2026, 12, 31))
    assert [r[4:6] for r in statistics.villages_table(alone).rows] == [(30000, 30000)]


def test_a_retired_name_taken_up_by_a_new_village_leaves_the_old_rosters_money_where_it_belongs(ctx, homes):
    """December's roster is signed; then 东风村 is renamed 东风新村, 西山村 merged into 向阳社区,
    and two new villages take up the names 东风村 and 西山村. The roster's 东风村 and 西山村 are
    the old villages (the audit log has the roster made before the changes): their money goes
    to 东风新村 and 向阳社区, none to the new villages. A roster made after the changes names the
    new villages, and its money is theirs."""
    from dibao_desk.services import office, villages

    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    ids = {v.name: v.id for v in office.list_villages(ctx.uow())}
    villages.rename_village(ctx.uow(), ids["东风村"], "东风新村")
    villages.merge_villages(ctx.uow(), ids["西山村"], ids["向阳社区"])
    office.add_village(ctx.uow(), "东风村", "village", 800)
    office.add_village(ctx.uow(), "西山村", "village", 600)

    t = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2026, 12, 31)))
    assert {r[0]: r[4:6] for r in t.rows} == {
        "东风新村": (105000, 105000), "向阳社区": (30000, 30000), "东风村": (0, 0), "西山村": (0, 0)}
    assert t.total[4:6] == (135000, 135000)

    from dibao_desk.models import Household

    new_dongfeng = {v.name: v.id for v in office.list_villages(ctx.uow())}["东风村"]
    with ctx.uow() as uow:  # the households move to the new 东风村; January's roster names it
        for h in uow.session.query(Household).filter(Household.id.in_(homes)):
            h.village_id = new_dongfeng
        uow.commit()
    later = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 5))
    payroll.sign(ctx.uow(), later.id, "赵镇长", D(2027, 1, 5), today=D(2027, 1, 5))
    with ctx.uow() as uow:
        assert {line.village for line in uow.session.query(PayrollLine).filter_by(payroll_id=later.id)} == {"东风村"}
    t = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2027-01"), today=D(2027, 1, 31)))
    january = {r[0]: r[4:6] for r in t.rows}
    assert january["东风村"][1] == 135000 and january["东风新村"][1] == 0


def test_an_office_paying_month_by_month_sees_its_three_rosters_per_village_in_the_quarters_statistics(ctx, homes):
    """October, November and December rosters signed: the quarter's rosters table lists the
    three, and its village table shows what they paid each village (three months each), not a
    blank with a note that 2026Q4 has no signed regular roster; the totals of the two agree."""
    for month in (10, 11, 12):
        info = payroll.make(ctx.uow(), f"2026-{month}", today=D(2026, month, 1))
        payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, month, 1), today=D(2026, month, 1))
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=D(2026, 12, 31))
    rosters = statistics.rosters_table(o)
    assert [r[0] for r in rosters.rows] == ["常规造册（2026年10月）", "常规造册（2026年11月）", "常规造册（2026年12月）"]
    t = statistics.villages_table(o)
    body = {r[0]: r[4:6] for r in t.rows}
    assert body == {"东风村": (105000, 3 * 105000), "西山村": (30000, 3 * 30000), "向阳社区": (0, 0)}
    assert t.total[5] == rosters.total[8] == 3 * 135000
    assert "尚无" not in t.note
    november = statistics.villages_table(statistics.overview(ctx.uow(), period_of("2026-11"), today=D(2026, 12, 31)))
    assert {r[0]: r[5] for r in november.rows} == {"东风村": 105000, "西山村": 30000, "向阳社区": 0}
