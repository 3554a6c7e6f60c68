"""No month left unpaid, none paid twice, when the office changes its roster cycle (month ↔
quarter) or skips a month: a regular roster made or signed after a month the ledger pays that
no signed regular roster pays names that month and the rosters that would pay it (it is made
and signed all the same: its own households are due their money, and a month paid late is paid
by its own roster); a roster over a month already paid is refused, naming that month. Fixed
clocks at month ends (31 January, 28 February, 31 March, 30 November, 31 December)."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import payroll
from tests.unit.test_payroll import homes  # noqa: F401

D = dt.date
MONTHLY = 45000 + 60000 + 30000  # what the ledger pays the three households a month


def made_and_signed(ctx, period: str, day: dt.date) -> payroll.PayrollInfo:
    made = payroll.make(ctx.uow(), period, today=day)
    return payroll.sign(ctx.uow(), made.id, "赵镇长", day, today=day)


def said(info) -> dict[str, str]:
    """The warnings naming months unpaid (signing also names the accounts the bank may refuse)."""
    return {p.code: messages.text(p) for p in info.warnings if p.code.startswith("payroll.months_")}


def test_a_quarter_made_after_monthly_rosters_names_the_two_months_never_paid(ctx, homes):
    """Monthly rosters for November, December and January, then quarters: 2027Q2 is made and
    signed, and February and March (no roster at all) are named both times, with the rosters
    that pay them; once made and signed, the next quarter says nothing."""
    made_and_signed(ctx, "2026-11", D(2026, 11, 30))
    made_and_signed(ctx, "2026-12", D(2026, 12, 31))
    made_and_signed(ctx, "2027-01", D(2027, 1, 31))
    payroll.set_period_unit(ctx.uow(), "quarter")

    q2 = payroll.make(ctx.uow(), "2027Q2", today=D(2027, 3, 31))
    assert q2.total_fen == 3 * MONTHLY  # made all the same: April to June are due
    words = said(q2)
    assert list(words) == ["payroll.months_unpaid"]
    assert "2027年2月至3月 没有常规造册" in words["payroll.months_unpaid"]
    assert "2027-02、2027-03" in words["payroll.months_unpaid"]
    assert q2.warnings[0].params["count"] == 2

    signed = payroll.sign(ctx.uow(), q2.id, "赵镇长", D(2027, 4, 30), today=D(2027, 4, 30))
    assert signed.locked and "2027年2月至3月" in said(signed)["payroll.months_unpaid"]

    # paid late, each by its own roster: nothing double, nothing left
    feb = made_and_signed(ctx, "2027-02", D(2027, 4, 30))
    assert feb.total_fen == MONTHLY and not said(feb)
    mar = payroll.make(ctx.uow(), "2027-03", today=D(2027, 4, 30))
    assert mar.total_fen == MONTHLY and not said(mar)
    payroll.sign(ctx.uow(), mar.id, "赵镇长", D(2027, 4, 30), today=D(2027, 4, 30))
    assert not said(payroll.make(ctx.uow(), "2027Q3", today=D(2027, 6, 30)))


def test_quarters_then_months_skipping_a_quarter_names_it_as_one_roster_31_march(ctx, homes):
    """Quarterly 2026Q4 signed, then the office goes monthly and makes April: the whole first
    quarter is unpaid and the roster that pays it is 2027Q1."""
    payroll.set_period_unit(ctx.uow(), "quarter")
    made_and_signed(ctx, "2026Q4", D(2026, 12, 31))
    payroll.set_period_unit(ctx.uow(), "month")
    apr = payroll.make(ctx.uow(), "2027-04", today=D(2027, 3, 31))
    words = said(apr)["payroll.months_unpaid"]
    assert "2027年1月至3月 没有常规造册" in words and "请补造 2027Q1 的常规造册" in words


def test_a_month_skipped_without_a_cycle_change_is_named_28_february(ctx, homes):
    made_and_signed(ctx, "2026-12", D(2026, 12, 31))
    made_and_signed(ctx, "2027-01", D(2027, 1, 31))
    mar = payroll.make(ctx.uow(), "2027-03", today=D(2027, 2, 28))
    assert "2027年2月 没有常规造册" in said(mar)["payroll.months_unpaid"]
    assert "请补造 2027-02 的常规造册" in said(mar)["payroll.months_unpaid"]


def test_a_month_only_on_a_draft_is_named_as_not_signed_yet(ctx, homes):
    made_and_signed(ctx, "2026-12", D(2026, 12, 31))
    payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))  # made, never signed
    feb = payroll.make(ctx.uow(), "2027-02", today=D(2027, 1, 31))
    assert list(said(feb)) == ["payroll.months_draft"]
    assert "2027年1月 的常规造册还是草稿" in said(feb)["payroll.months_draft"]


def test_the_first_roster_a_back_pay_roster_and_a_month_made_in_order_say_nothing(ctx, homes):
    assert not said(payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30)))  # the office's first
    made_and_signed(ctx, "2026-11", D(2026, 11, 30))
    assert not said(payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30)))
    made_and_signed(ctx, "2026-12", D(2026, 12, 31))
    assert not said(payroll.make(ctx.uow(), "2027-02", PayrollKind.BACK_PAY, today=D(2027, 1, 31)))
    # a roster for a month before the office's first names nothing before it either
    assert not said(payroll.make(ctx.uow(), "2026-10", today=D(2026, 12, 31)))


@pytest.mark.parametrize("day", [D(2027, 1, 31), D(2027, 2, 28)])
def test_a_quarter_over_a_month_paid_monthly_is_refused_naming_the_month(ctx, homes, day):
    """January paid by its own roster, then quarters: 2027Q1 would pay January twice. Refused
    when made, naming January and the rosters for February and March."""
    made_and_signed(ctx, "2027-01", D(2027, 1, 31))
    payroll.set_period_unit(ctx.uow(), "quarter")
    with pytest.raises(RuleError) as err:
        payroll.make(ctx.uow(), "2027Q1", today=day)
    [problem] = err.value.problems
    text = messages.text(problem)
    assert problem.code == "payroll.overlap"
    assert text == ("2027 年第 1 季度的常规造册不能再发已经造册发放的月份。2027 年 1 月：已发放（2027 年 1 月造册已审核，"
                    "审核人：赵镇长）。请只为其余月份造册：2027 年 2 月、2027 年 3 月（造册周期按季度时也可按月造册）")
    assert [r.period for r in payroll.rosters(ctx.uow())] == ["2027-01"]  # nothing half-written


def test_a_quarter_whose_months_are_all_paid_monthly_is_refused_31_december(ctx, homes):
    for period, day in (("2026-10", D(2026, 10, 31)), ("2026-11", D(2026, 11, 30)), ("2026-12", D(2026, 12, 31))):
        made_and_signed(ctx, period, day)
    with pytest.raises(RuleError) as err:
        payroll.make(ctx.uow(), "2026Q4", today=D(2026, 12, 31))
    [problem] = err.value.problems
    assert problem.code == "payroll.overlap_whole"
    text = messages.text(problem)
    assert text == ("2026 年第 4 季度：已发放（2026 年 10 月、2026 年 11 月、2026 年 12 月造册已审核，审核人：赵镇长），"
                    "不能再发一次，不必另行造册")


def test_a_quarter_draft_made_before_its_first_month_was_signed_is_refused_at_signing_31_january(ctx, homes):
    early = payroll.make(ctx.uow(), "2027Q1", today=D(2026, 12, 31))
    made_and_signed(ctx, "2027-01", D(2027, 1, 31))
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), early.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    assert messages.text(err.value.problems[0]) == (
        "2027 年第 1 季度的常规造册不能再发已经造册发放的月份。2027 年 1 月：已发放（2027 年 1 月造册已审核，审核人：赵镇长）。"
        "请只为其余月份造册：2027 年 2 月、2027 年 3 月（造册周期按季度时也可按月造册）")
    assert payroll.show(ctx.uow(), early.id).status.value == "draft"


def test_a_month_skipped_is_named_when_the_households_have_no_ledger_yet_30_november(ctx):
    """An office whose households are held as receiving without a ledger (a roster import that
    an earlier version committed before its ledger, the process ending between the two): 造册
    pays them as they stand, and a month skipped is named all the same."""
    from dibao_desk.models import Household, LedgerPeriod
    from dibao_desk.services import households, office
    from tests.conftest import make_id, simple_draft

    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    hh = households.save(ctx.uow(), simple_draft(villages["东风村"], wages_fen=0, head="户主",
                                                 head_id=make_id("19600315", 11)), today=D(2026, 3, 1))
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 45000, D(2026, 3, 1)
        h.bank_account, h.bank_name = "6217990000000000014", "中国邮政储蓄银行德安县支行"
        uow.commit()
        assert uow.session.query(LedgerPeriod).count() == 0
    made_and_signed(ctx, "2026-09", D(2026, 9, 30))
    nov = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30))
    assert nov.total_fen == 45000  # paid as the store holds it
    assert "2026年10月 没有常规造册" in said(nov)["payroll.months_unpaid"]
    assert [p.code for p in payroll.unpaid(ctx.uow(), D(2026, 11, 30))] == ["payroll.months_unpaid"]


def test_a_month_only_on_a_quarter_draft_signing_would_refuse_is_named_as_without_a_roster_31_march(ctx, homes):
    """A 2027Q1 draft made in December, then the office goes monthly and January is signed by
    its own roster: the quarter draft can no longer be signed (January would be paid twice), so
    February is named as having no roster, with 2027-02 to make, not as a draft to sign."""
    payroll.set_period_unit(ctx.uow(), "quarter")
    made_and_signed(ctx, "2026Q4", D(2026, 12, 31))
    payroll.make(ctx.uow(), "2027Q1", today=D(2026, 12, 31))
    payroll.set_period_unit(ctx.uow(), "month")
    made_and_signed(ctx, "2027-01", D(2027, 1, 31))
    mar = payroll.make(ctx.uow(), "2027-03", today=D(2027, 3, 31))
    assert list(said(mar)) == ["payroll.months_unpaid"]
    assert "2027年2月 没有常规造册" in said(mar)["payroll.months_unpaid"]
    assert "请补造 2027-02 的常规造册" in said(mar)["payroll.months_unpaid"]
