"""When a roster may be made, signed and reported: at most for the period starting next month
(December's roster in late November; a quarterly office's first quarter in December), signed
on a day that has come and not before it was made, reported not before it was signed. Fixed
clocks on 30 November, 31 December and 31 January."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain.payroll import PayrollKind, PayrollStatus, latest_first_month
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Payroll
from dibao_desk.services import payroll
from tests.unit.test_payroll import homes  # noqa: F401

D = dt.date


def refused(call) -> tuple[str, str]:
    with pytest.raises(RuleError) as info:
        call()
    [problem] = info.value.problems
    return problem.code, messages.text(problem)


def rosters(ctx) -> list[tuple[str, str]]:
    with ctx.uow() as uow:
        return sorted((r.period, r.status) for r in uow.session.query(Payroll))


@pytest.mark.parametrize("today, latest", [(D(2026, 11, 30), D(2026, 12, 1)), (D(2026, 12, 31), D(2027, 1, 1)),
                                           (D(2027, 1, 31), D(2027, 2, 1)), (D(2026, 12, 1), D(2027, 1, 1))])
def test_the_latest_period_start_is_next_month(today, latest):
    assert latest_first_month(today) == latest


def test_on_30_november_decembers_roster_is_made_and_a_mistyped_far_period_is_refused(ctx, homes):
    """2036-12 typed for 2026-12 made a roster of ten years ahead, which could be signed."""
    today = D(2026, 11, 30)
    code, text = refused(lambda: payroll.make(ctx.uow(), "2036-12", today=today))
    assert code == "payroll.period_ahead"
    assert text == ("造册期间 2036-12 从 2036-12 开始，今天（2026-11-30）还不能为它造册：造册最多提前到上一个月办理，"
                    "今天最远只能为 2026-12 开始的期间造册。请核对期间是否写错")
    assert refused(lambda: payroll.make(ctx.uow(), "2027-01", today=today))[0] == "payroll.period_ahead"
    assert refused(lambda: payroll.make(ctx.uow(), "2027-01", PayrollKind.SUBSIDY, today=today,
                                        subsidy=payroll.subsidy_rule("春节慰问金", "household", 20000)))[0] \
        == "payroll.period_ahead"
    assert refused(lambda: payroll.make(ctx.uow(), "2027Q1", today=today))[0] == "payroll.period_ahead"
    assert rosters(ctx) == []
    assert payroll.make(ctx.uow(), "2026-12", today=today).households == 3
    assert payroll.make(ctx.uow(), "2026Q4", PayrollKind.BACK_PAY, today=today) is not None
    assert payroll.make(ctx.uow(), "2026-11", PayrollKind.BACK_PAY, today=today) is not None  # the past is not limited


def test_on_31_december_januarys_roster_and_the_first_quarters_are_made_not_februarys(ctx, homes):
    today = D(2026, 12, 31)
    assert payroll.make(ctx.uow(), "2027-01", today=today).households == 3
    assert payroll.make(ctx.uow(), "2027Q1", PayrollKind.BACK_PAY, today=today) is not None
    assert refused(lambda: payroll.make(ctx.uow(), "2027-02", today=today))[0] == "payroll.period_ahead"
    assert refused(lambda: payroll.make(ctx.uow(), "2027Q2", today=today))[0] == "payroll.period_ahead"


def test_on_31_january_februarys_roster_is_made_and_marchs_refused(ctx, homes):
    today = D(2027, 1, 31)
    assert payroll.make(ctx.uow(), "2027-02", today=today).households == 3
    code, text = refused(lambda: payroll.make(ctx.uow(), "2027-03", today=today))
    assert code == "payroll.period_ahead" and "今天最远只能为 2027-02 开始的期间造册" in text


def test_a_roster_is_signed_neither_on_a_day_to_come_nor_before_it_was_made(ctx, homes):
    """`payroll sign --on 2027-12-01` was accepted on 30 November: the roster said it was
    reviewed a year ahead, and the ledger's months were marked paid on that day."""
    made = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    code, text = refused(lambda: payroll.sign(ctx.uow(), made.id, "赵镇长", D(2027, 12, 1), today=D(2026, 11, 30)))
    assert (code, text) == ("payroll.sign_future",
                            "审核日期 2027-12-01 晚于今天（2026-11-30），不能预先审核；请在主管领导审核的当天或以后登记")
    code, text = refused(lambda: payroll.sign(ctx.uow(), made.id, "赵镇长", D(2026, 11, 29), today=D(2026, 11, 30)))
    assert (code, text) == ("payroll.sign_before_made", "审核日期 2026-11-29 早于 2026-12 造册的日期 2026-11-30，请核对审核日期")
    assert rosters(ctx) == [("2026-12", PayrollStatus.DRAFT.value)]
    signed = payroll.sign(ctx.uow(), made.id, "赵镇长", D(2026, 11, 30), today=D(2026, 12, 31))
    assert (signed.status, signed.reviewed_on) == (PayrollStatus.REVIEWED, D(2026, 11, 30))


def test_a_roster_is_reported_neither_on_a_day_to_come_nor_before_it_was_signed(ctx, homes):
    made = payroll.make(ctx.uow(), "2027-01", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), made.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    code, text = refused(lambda: payroll.report(ctx.uow(), made.id, D(2027, 1, 5), today=D(2026, 12, 31)))
    assert (code, text) == ("payroll.report_future", "报县日期 2027-01-05 晚于今天（2026-12-31），请在报县的当天或以后登记")
    code, text = refused(lambda: payroll.report(ctx.uow(), made.id, D(2026, 12, 30), today=D(2027, 1, 31)))
    assert (code, text) == ("payroll.report_before_signed",
                            "报县日期 2026-12-30 早于 2027-01 造册的审核日期 2026-12-31，请核对报县日期")
    assert rosters(ctx) == [("2027-01", PayrollStatus.REVIEWED.value)]
    assert payroll.report(ctx.uow(), made.id, D(2027, 1, 31), today=D(2027, 1, 31)).status is PayrollStatus.REPORTED
