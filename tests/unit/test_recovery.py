"""The 追回 register over a real store: entries the ledger opens (a cancellation or a lower
amount dated back into paid months), entries by hand, instalments, write-offs, deductions from
later rosters; fixed clocks on 30 Nov, 31 Dec, 31 Jan and 29 Feb 2028."""

import datetime as dt

import pytest

from dibao_desk.domain import recovery as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue, ProposalKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.recovery import RecoveryMethod, RecoverySource, RecoveryStatus
from dibao_desk.models import AuditLog
from dibao_desk.services import ledger, procedure, proposals, recovery
from dibao_desk.services.uow import UnitOfWork
from tests.conftest import make_id
from tests.helpers import walk_case
from tests.unit.test_ledger import put_on_benefit

D = dt.date


@pytest.fixture
def home(ctx, make_household):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)  # 450 元 a month from March 2026, paid through October
    return hh.id


def codes(info) -> list[str]:
    return [p.code for p in info.value.problems]


def lower_amount_dated_back(ctx, hid, *, effective=D(2026, 9, 1), fen=30000, decided=D(2026, 11, 30)):
    with ctx.uow() as uow:
        did = ledger.write_decision(uow, DecisionKind.CHANGE, effective, decided, "县民政局",
                                    {hid: MonthValue(LedgerStatus.RECEIVING, "class3", 1, fen, 0)},
                                    household_id=hid, today=decided)
        uow.commit()
    return did


# ---- domain -----------------------------------------------------------------------------------

def test_a_deduction_never_takes_more_than_the_balance_or_the_payment():
    assert rules.deduction(30000, 0, 1, 45000) == 30000  # the whole balance at once
    assert rules.deduction(30000, 10000, 3, 135000) == 30000  # a quarter at 100 元 a month
    assert rules.deduction(30000, 10000, 1, 45000) == 10000
    assert rules.deduction(90000, 0, 1, 45000) == 45000  # never more than the month pays
    assert rules.deduction(5000, 10000, 1, 45000) == 5000
    assert rules.deduction(30000, 0, 1, 0) == 0
    assert rules.spread(25000, [(1, 10000), (2, 30000)]) == [(1, 10000), (2, 15000)]


# ---- from the ledger --------------------------------------------------------------------------

def test_a_cancellation_dated_back_opens_an_entry_for_the_paid_months_30_november(ctx, home):
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.CROSSCHECK, "核对发现隐瞒存款",
                                D(2026, 9, 1), opened_on=D(2026, 10, 20), cancel=True)
    walk_case(ctx, p.case_id, D(2026, 10, 20), start_month=D(2026, 9, 1), until=10)
    procedure.record_step(ctx.uow(), p.case_id, 10, {"on": D(2026, 11, 30), "person": "王经办",
                                                      "start_month": D(2026, 9, 1)}, D(2026, 11, 30))
    [entry] = recovery.list_entries(ctx.uow())
    assert (entry.household_id, entry.source, entry.amount_fen, entry.balance_fen) == (
        home, RecoverySource.CANCELLATION, 90000, 90000)
    assert (entry.first_month, entry.last_month, entry.decided_on) == (D(2026, 9, 1), D(2026, 10, 1), D(2026, 11, 30))
    # no longer paid: the money comes back in cash, nothing is deducted from a roster
    assert entry.method is RecoveryMethod.CASH
    assert recovery.deductions_for(ctx.uow(), "2026-12") == {}
    decision = ledger.household_ledger(ctx.uow(), home, D(2026, 11, 30)).adjustments[0].decision
    assert entry.ledger_decision_id == decision.id
    with ctx.uow() as uow:
        assert uow.session.query(AuditLog).filter_by(entity="recovery_entry", action="add_from_ledger").count() == 1


def test_a_lower_amount_dated_back_is_deducted_from_the_next_roster_31_december(ctx, home):
    lower_amount_dated_back(ctx, home, decided=D(2026, 12, 31))  # Sep..Nov paid at 450, now 300
    [entry] = recovery.list_entries(ctx.uow(), status="open")
    assert (entry.source, entry.amount_fen, entry.method) == (RecoverySource.CHANGE, 45000, RecoveryMethod.DEDUCT)
    # the roster deducts the ledger's 追回 itself (services.payroll), not again for the register
    assert recovery.deductions_for(ctx.uow(), "2027-01") == {}
    recovery.write_off(ctx.uow(), entry.id, "改由下面的登记追回", today=D(2026, 12, 31))
    entry = recovery.add(ctx.uow(), home, "other", "德民追〔2026〕8号", D(2026, 12, 31), 45000, today=D(2026, 12, 31))
    assert entry.method is RecoveryMethod.DEDUCT
    # the January roster pays 300 元: it deducts all it can, the rest waits for February
    assert recovery.deductions_for(ctx.uow(), "2027-01") == {home: 30000}
    assert recovery.deductions_for(ctx.uow(), "2027Q1") == {home: 45000}
    with ctx.uow() as uow:
        recovery.settle_deductions(uow, "2027-01", D(2027, 1, 31), {home: (30000, None)})
        uow.commit()
    after = recovery.get_entry(ctx.uow(), entry.id)
    assert (after.balance_fen, after.status) == (15000, RecoveryStatus.OPEN)
    assert [(i.kind.value, i.amount_fen, i.period, i.payroll_line_id) for i in after.instalments] == [
        ("deduction", 30000, "2027-01", None)]
    assert recovery.deductions_for(ctx.uow(), "2027-02") == {home: 15000}


def test_a_plan_per_month_deducts_that_much_each_month_29_february_2028(ctx, home):
    entry = recovery.add(ctx.uow(), home, "bank_error", "德银字〔2028〕3号", D(2028, 2, 29), 25000,
                         first_month=D(2028, 1, 1), last_month=D(2028, 1, 1), per_month_fen=10000,
                         today=D(2028, 2, 29))
    assert entry.method is RecoveryMethod.DEDUCT  # still paid
    assert recovery.deductions_for(ctx.uow(), "2028-03") == {home: 10000}
    assert recovery.deductions_for(ctx.uow(), "2028Q2") == {home: 25000}


# ---- by hand ----------------------------------------------------------------------------------

def test_instalments_reduce_the_balance_and_overpaying_is_refused(ctx, home):
    entry = recovery.add(ctx.uow(), home, "false_declaration", "德民追〔2026〕5号", D(2026, 11, 30), 90000,
                         method="cash", note="隐瞒务工收入", today=D(2026, 11, 30))
    recovery.receive(ctx.uow(), entry.id, 50000, D(2026, 11, 30), receipt_no="No.0012", today=D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 40001, D(2026, 11, 30), receipt_no="No.0013", today=D(2026, 11, 30))
    assert codes(info) == ["recovery.overpaid"]
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 100, D(2026, 11, 30), today=D(2026, 11, 30))
    assert codes(info) == ["recovery.receipt_empty"]
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 40000
    done = recovery.receive(ctx.uow(), entry.id, 40000, D(2026, 11, 30), receipt_no="No.0013", today=D(2026, 11, 30))
    assert (done.status, done.balance_fen, done.closed_on) == (RecoveryStatus.SETTLED, 0, D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 1, D(2026, 11, 30), receipt_no="No.0014", today=D(2026, 11, 30))
    assert codes(info) == ["recovery.not_open"]
    assert recovery.totals(ctx.uow()) == recovery.RegisterTotals(0, 0, 0)


def test_a_cash_receipt_recorded_once_cannot_be_recorded_again_31_december(ctx, home, make_household):
    entry = recovery.add(ctx.uow(), home, "false_declaration", "德民追〔2026〕6号", D(2026, 11, 30), 90000,
                         method="cash", today=D(2026, 11, 30))
    recovery.receive(ctx.uow(), entry.id, 30000, D(2026, 12, 31), receipt_no="0012345", today=D(2026, 12, 31))
    # the same receipt typed in again (twice the same cash, once in the safe) is refused
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 30000, D(2026, 12, 31), receipt_no=" 0012345 ", today=D(2026, 12, 31))
    assert codes(info) == ["recovery.receipt_taken"]
    assert info.value.problems[0].params["receipt"] == "0012345"
    # nor may another household's cash name it
    other = make_household(head="李四", head_id=make_id("19700101", 13), wages_fen=0)
    put_on_benefit(ctx, other.id)
    second = recovery.add(ctx.uow(), other.id, "other", "德民追〔2026〕7号", D(2026, 11, 30), 10000,
                          method="cash", today=D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), second.id, 10000, D(2026, 12, 31), receipt_no="0012345", today=D(2026, 12, 31))
    assert codes(info) == ["recovery.receipt_taken"]
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 60000
    assert recovery.get_entry(ctx.uow(), second.id).balance_fen == 10000
    # one payment settling two entries of the same household may carry one receipt
    third = recovery.add(ctx.uow(), home, "other", "德民追〔2026〕8号", D(2026, 11, 30), 5000,
                         method="cash", today=D(2026, 11, 30))
    assert recovery.receive(ctx.uow(), third.id, 5000, D(2026, 12, 31), receipt_no="0012345",
                            today=D(2026, 12, 31)).balance_fen == 0


def test_bad_input_is_refused_and_nothing_is_written(ctx, home):
    with pytest.raises(RuleError) as info:
        recovery.add(ctx.uow(), home, "gift", "", D(2026, 12, 1), 0, first_month=D(2026, 10, 1),
                     last_month=D(2026, 9, 1), today=D(2026, 11, 30))
    assert set(codes(info)) == {"recovery.source", "recovery.amount", "recovery.date_future",
                                "recovery.reference_empty", "recovery.months"}
    assert recovery.list_entries(ctx.uow()) == []


def test_write_off_needs_the_reviewer_or_administrator(ctx, home):
    entry = recovery.add(ctx.uow(), home, "other", "德民追〔2026〕6号", D(2026, 11, 30), 12000,
                         today=D(2026, 11, 30))
    clerk = UnitOfWork(ctx.store.sessions, "李经办", frozenset({Role.CLERK}))
    with pytest.raises(RuleError) as info:
        recovery.write_off(clerk, entry.id, "本人死亡，无遗产", today=D(2026, 11, 30))
    assert codes(info) == ["account.forbidden.reviewer"]
    reviewer = UnitOfWork(ctx.store.sessions, "赵审核", frozenset({Role.REVIEWER}))
    with pytest.raises(RuleError) as info:
        recovery.write_off(reviewer, entry.id, " ", today=D(2026, 11, 30))
    assert codes(info) == ["recovery.reason_empty"]
    done = recovery.write_off(reviewer, entry.id, "本人死亡，无遗产", today=D(2026, 11, 30))
    assert (done.status, done.balance_fen, done.write_off_reason) == (
        RecoveryStatus.WRITTEN_OFF, 0, "本人死亡，无遗产")
    with ctx.uow() as uow:
        log = uow.session.query(AuditLog).filter_by(entity="recovery_entry", action="write_off").one()
        assert log.operator == "赵审核"


def test_a_confirmed_concealment_follow_up_is_taken_up_by_an_entry(ctx, home):
    from dibao_desk.domain.registers import FollowUpKind, FollowUpSource
    from dibao_desk.services import followups

    with ctx.uow() as uow:
        f = followups.call_for(uow, home, FollowUpKind.RECOVER, FollowUpSource.WARNING, 1, D(2026, 11, 30),
                               "核实隐瞒存款")
        uow.commit()
    assert [r[0] for r in recovery.pending_followups(ctx.uow())] == [f.id]
    recovery.add(ctx.uow(), home, "false_declaration", "德民追〔2026〕7号", D(2026, 11, 30), 45000,
                 followup_id=f.id, today=D(2026, 11, 30))
    assert recovery.pending_followups(ctx.uow()) == []
    with pytest.raises(RuleError) as info:
        recovery.add(ctx.uow(), home, "false_declaration", "x", D(2026, 11, 30), 1, followup_id=f.id,
                     today=D(2026, 11, 30))
    assert codes(info) == ["recovery.followup_taken"]


def test_a_household_at_0_yuan_pays_back_in_cash(ctx, make_household):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id, fen=0)  # 在保 at 0 元: nothing to deduct from
    entry = recovery.add(ctx.uow(), hh.id, "bank_error", "德银〔2026〕2号", D(2026, 11, 30), 12050,
                         today=D(2026, 11, 30))
    assert entry.method is RecoveryMethod.CASH


def test_check_finds_an_entry_changed_behind_the_register(ctx, home):
    from dibao_desk.services import integrity

    entry = recovery.add(ctx.uow(), home, "other", "德民追〔2026〕9号", D(2026, 11, 30), 30000, method="cash",
                         today=D(2026, 11, 30))
    recovery.receive(ctx.uow(), entry.id, 10000, D(2026, 11, 30), receipt_no="No.1", today=D(2026, 11, 30))
    assert recovery.check(ctx.uow()) == []
    with ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE recovery_entry SET recovered_fen = 30000")
    [problem] = recovery.check(ctx.uow())
    assert problem.params["id"] == entry.id
    report = integrity.check(ctx.uow(), ctx.store)
    assert not report.ok and any("各次收回合计 100.00 元" in p for p in report.consistency_problems)


def test_a_deduction_naming_a_roster_line_that_is_not_this_households_is_refused_30_november(ctx, home):
    """A clerk records 扣减 by hand and types a wrong roster line number: a problem in Chinese,
    not a database error, and nothing is written."""
    from dibao_desk.domain.recovery import InstalmentKind

    entry = recovery.add(ctx.uow(), home, "other", "德民追〔2026〕7号", D(2026, 11, 30), 12000, today=D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 5000, D(2026, 11, 30), kind=InstalmentKind.DEDUCTION,
                         payroll_line_id=99999, period="2026-11", today=D(2026, 11, 30))
    assert codes(info) == ["recovery.line_unknown"]
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 12000
