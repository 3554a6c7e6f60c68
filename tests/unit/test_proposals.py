"""Proposals (待批事项) over a real store: a standard raise is one batch with one notice and one
approval; a refused proposal leaves the ledger alone; what a proposal is given is checked."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.models.audit import AuditLog
from dibao_desk.services import ledger, procedure, proposals
from tests.unit.test_ledger import D, golden, home, put_on_benefit  # noqa: F401 (fixture)

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)


@pytest.mark.parametrize("id_table_from", [3600, 1])  # ids as IN lists; through a temporary table (a county's batch)
def test_a_standard_raise_is_one_batch_proposal_with_one_notice_and_one_approval(ctx, make_household, monkeypatch,
                                                                                id_table_from):
    from dataclasses import replace

    from dibao_desk.models import ledger as ledger_store
    from dibao_desk.services import policy

    monkeypatch.setattr(ledger_store, "_ID_TABLE_FROM", id_table_from)

    homes = []
    for i, name in enumerate(("赵一", "钱二", "孙三")):
        from tests.conftest import make_id

        hh = make_household(head=name, head_id=make_id("19600315", 21 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=D(2026, 12, 1))
        homes.append(hh.id)
    old = policy.policy_in_force(ctx.uow(), D(2026, 12, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=50000), "2027 年标准", today=dt.date.today())
    totals, p = proposals.propose_standard(ctx.uow(), D(2027, 1, 1), D(2026, 12, 1), "2027 年提标")
    assert p is not None and p.households == 3 and p.flow == (6, 8, 9, 10)
    assert ledger.month_totals(ctx.uow(), D(2027, 1, 1)).total.amount_fen == 135000  # not yet
    with pytest.raises(RuleError):
        proposals.propose_standard(ctx.uow(), D(2027, 1, 1), D(2026, 12, 1))  # one batch at a time
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 2), "分管镇长", D(2026, 12, 2))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 3), "县民政局", D(2026, 12, 3))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 12, 4), "王经办", D(2026, 12, 4))
    detail = proposals.batch_detail(ctx.uow(), p.id, D(2026, 12, 11))
    assert detail.waiting.action == "close_notice" and detail.after_total_fen == 150000
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 11), "王经办", D(2026, 12, 11))
    detail = proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 31), "王经办", D(2026, 12, 31))
    assert detail.info.status == "granted"
    dec = totals_dec = ledger.month_totals(ctx.uow(), D(2027, 1, 1))
    assert (dec.total.households, dec.total.persons, dec.total.amount_fen) == (3, 3, 150000)
    assert ledger.month_totals(ctx.uow(), D(2026, 12, 1)).total.amount_fen == 135000
    months, _ = golden(ctx, homes[0], D(2026, 12, 31), D(2027, 1, 1))
    assert months[-2:] == ["2026-12 receiving class3 45000 history", "2027-01 receiving class3 50000 policy"]
    first = ledger.household_ledger(ctx.uow(), homes[0], D(2026, 12, 31), D(2027, 1, 1)).months[-1]
    assert first.decision.approved_by == "县民政局" and first.decision.proposal_id == p.id
    assert totals_dec.by_hukou["rural"].amount_fen == 150000
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_refused_proposal_leaves_the_ledger_alone(ctx, home):
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.REVIEW_CHANGE, "收入减少", D(2026, 12, 1),
                                opened_on=D(2026, 11, 30), amount_fen=50000)
    procedure.refuse(ctx.uow(), p.case_id, 3, "评议未通过", D(2026, 11, 30), "村主任", D(2026, 11, 30))
    assert proposals.get_proposal(ctx.uow(), p.id).status == "refused"
    assert proposals.list_proposals(ctx.uow(), today=D(2026, 11, 30)) == []
    months, _ = golden(ctx, home, D(2026, 11, 30), D(2026, 12, 1))
    assert months[-1] == "2026-12 receiving class3 45000 history"


def test_proposal_input_is_checked(ctx, home):
    with pytest.raises(RuleError) as info:
        proposals.open_proposal(ctx.uow(), home, "nonsense", "", None, opened_on=D(2026, 11, 30))
    assert {p.code for p in info.value.problems} >= {"ledger.proposal_kind", "ledger.effective_month"}
    with pytest.raises(RuleError) as info:
        proposals.open_proposal(ctx.uow(), home, ProposalKind.REVIEW_CHANGE, "同额", D(2026, 12, 1),
                                opened_on=D(2026, 11, 30), amount_fen=45000)
    assert info.value.problems[0].code == "ledger.nothing_changes"


def test_a_household_changed_while_the_standard_batch_waits_keeps_its_new_amount_31_december(ctx, make_household):
    """The 2027 standard is proposed on 1 December with 钱二 at 450 元. On 20 December a 变更
    (a member added: 700 元 from January) is granted for 钱二. The batch, granted on 31
    December, must not put 钱二 back to the amount it computed from the old household: 钱二 is
    left out of it (the next recompute proposes the new standard on the new amount)."""
    from dataclasses import replace

    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.models import Household
    from dibao_desk.services import policy
    from tests.conftest import make_id

    homes = []
    for i, name in enumerate(("赵一", "钱二")):
        hh = make_household(head=name, head_id=make_id("19600315", 41 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=D(2026, 12, 1))
        homes.append(hh.id)
    zhao, qian = homes
    old = policy.policy_in_force(ctx.uow(), D(2026, 12, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=50000), "2027 年标准", today=dt.date.today())
    _totals, p = proposals.propose_standard(ctx.uow(), D(2027, 1, 1), D(2026, 12, 1), "2027 年提标")
    assert p is not None and p.households == 2
    with ctx.uow() as uow:  # the 变更 case's grant (待遇批准) on 20 December
        h = uow.session.get(Household, qian)
        h.monthly_benefit_fen = 70000
        ledger.write_decision(uow, DecisionKind.CHANGE, D(2027, 1, 1), D(2026, 12, 20), "县民政局",
                              {qian: MonthValue(LedgerStatus.RECEIVING, "class3", 2, 70000)}, household_id=qian,
                              today=D(2026, 12, 20))
        uow.commit()
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 2), "分管镇长", D(2026, 12, 2))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 3), "县民政局", D(2026, 12, 3))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 12, 4), "王经办", D(2026, 12, 4))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 11), "王经办", D(2026, 12, 11))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 31), "王经办", D(2026, 12, 31))
    jan = ledger.month_amounts(ctx.uow(), D(2027, 1, 1))
    assert (jan[zhao].amount_fen, jan[qian].amount_fen) == (50000, 70000)
    with ctx.uow() as uow:
        assert uow.session.get(Household, qian).monthly_benefit_fen == 70000
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_standard_dated_back_does_not_undo_a_later_change_of_a_household_31_december(ctx, make_household):
    """孙三 was changed to 700 元 from October (decided 15 October). On 1 December the new
    standard is proposed from July, computed from 孙三's July amount; granted on 31 December it
    must not write 孙三's July value over October onwards (nor recover October and November as
    overpaid), but 孙三 gets the new standard for July to September (补发 booked in December);
    赵一 gets it from July; 李四, granted from September, gets nothing before its grant."""
    from dataclasses import replace

    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.models import Household
    from dibao_desk.services import policy
    from tests.conftest import make_id

    homes = []
    for i, name in enumerate(("赵一", "孙三")):
        hh = make_household(head=name, head_id=make_id("19600315", 61 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=D(2026, 6, 30))
        homes.append(hh.id)
    zhao, sun = homes
    li = make_household(head="李四", head_id=make_id("19600315", 71), wages_fen=0).id  # granted from September
    with ctx.uow() as uow:
        h = uow.session.get(Household, li)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 45000, D(2026, 9, 1)
        ledger.write_decision(uow, DecisionKind.GRANT, D(2026, 9, 1), D(2026, 9, 20), "县民政局",
                              {li: MonthValue(LedgerStatus.RECEIVING, "class3", 1, 45000)}, household_id=li,
                              today=D(2026, 9, 20))
        uow.commit()
    with ctx.uow() as uow:  # the 变更 case's grant on 15 October, from October
        uow.session.get(Household, sun).monthly_benefit_fen = 70000
        ledger.write_decision(uow, DecisionKind.CHANGE, D(2026, 10, 1), D(2026, 10, 15), "县民政局",
                              {sun: MonthValue(LedgerStatus.RECEIVING, "class3", 2, 70000)}, household_id=sun,
                              today=D(2026, 10, 15))
        uow.commit()
    old = policy.policy_in_force(ctx.uow(), D(2026, 6, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2026, 7, 1), replace(old, rural_standard_fen=50000), "2026 年下半年标准", today=dt.date.today())
    _totals, p = proposals.propose_standard(ctx.uow(), D(2026, 7, 1), D(2026, 12, 1), "提标，7 月起执行")
    assert p is not None
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 2), "分管镇长", D(2026, 12, 2))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 3), "县民政局", D(2026, 12, 3))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 12, 4), "王经办", D(2026, 12, 4))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 11), "王经办", D(2026, 12, 11))
    detail = proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 31), "王经办", D(2026, 12, 31))
    months, adjustments = golden(ctx, sun, D(2026, 12, 31), D(2027, 1, 1))
    assert [m for m in months if m.startswith(("2026-10", "2027-01"))] == [
        "2026-10 receiving class3 70000 change paid", "2027-01 receiving class3 70000 change"]
    assert adjustments == ["2026-12 back_pay 15000 2026-07..2026-09"]  # 3 months at 500 元 for 450 元
    zhao_adjustments = golden(ctx, zhao, D(2026, 12, 31))[1]
    assert zhao_adjustments == ["2026-12 back_pay 25000 2026-07..2026-11"]
    assert ledger.month_amounts(ctx.uow(), D(2027, 1, 1))[zhao].amount_fen == 50000
    assert golden(ctx, li, D(2026, 12, 31))[1] == []  # no 补发 for July and August, before its grant
    assert ledger.check(ctx.uow()) == (0, [])
    assert detail.grant is not None and detail.grant.households == 1  # 赵一 from July on
    assert [(k.head_name, k.later_month, k.until_later) for k in detail.grant.until_later] == [
        ("孙三", D(2026, 10, 1), True), ("李四", D(2026, 9, 1), False)]
    assert ledger.adjustments_in(ctx.uow(), D(2026, 12, 1), D(2026, 12, 1)) == {zhao: 25000, sun: 15000}
    with ctx.uow() as uow:  # the audit row names them
        after = uow.session.scalars(select(AuditLog.after).where(AuditLog.entity == "proposal",
                                                                 AuditLog.action == "grant")).one()
    assert json.loads(after)["until_later_decision"] == {str(sun): "2026-10-01", str(li): "2026-09-01"}


def test_a_standard_dated_back_writes_the_unpaid_months_before_a_later_change_across_the_year_end(
        ctx, make_household):
    """Granted on 30 November (October paid), a standard from October meets 孙三's change to
    700 元 from January 2027 (decided 20 November): October is 补发 in November, November and
    December are written at the new standard, January on stays 700 元; the household stands
    at 700 元. A payment roster for December pays 孙三 500 元."""
    from dataclasses import replace

    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.models import Household
    from dibao_desk.services import policy
    from tests.conftest import make_id

    homes = []
    for i, name in enumerate(("赵一", "孙三")):
        hh = make_household(head=name, head_id=make_id("19600315", 81 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=D(2026, 6, 30))
        homes.append(hh.id)
    zhao, sun = homes
    with ctx.uow() as uow:  # the 变更 case's grant on 20 November, from January
        uow.session.get(Household, sun).monthly_benefit_fen = 70000
        ledger.write_decision(uow, DecisionKind.CHANGE, D(2027, 1, 1), D(2026, 11, 20), "县民政局",
                              {sun: MonthValue(LedgerStatus.RECEIVING, "class3", 1, 70000)}, household_id=sun,
                              today=D(2026, 11, 20))
        uow.commit()
    old = policy.policy_in_force(ctx.uow(), D(2026, 6, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2026, 10, 1), replace(old, rural_standard_fen=50000), "四季度标准", today=dt.date.today())
    _totals, p = proposals.propose_standard(ctx.uow(), D(2026, 10, 1), D(2026, 11, 2), "提标，10 月起执行")
    assert p is not None
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 11, 3), "分管镇长", D(2026, 11, 3))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 11, 4), "县民政局", D(2026, 11, 4))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 11, 5), "王经办", D(2026, 11, 5))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 11, 12), "王经办", D(2026, 11, 12))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 11, 30), "王经办", D(2026, 11, 30))
    months, adjustments = golden(ctx, sun, D(2026, 11, 30), D(2027, 2, 1))
    assert months[-5:] == ["2026-10 receiving class3 45000 history paid", "2026-11 receiving class3 50000 policy",
                           "2026-12 receiving class3 50000 policy", "2027-01 receiving class3 70000 change",
                           "2027-02 receiving class3 70000 change"]
    assert adjustments == ["2026-11 back_pay 5000 2026-10..2026-10"]
    with ctx.uow() as uow:
        assert uow.session.get(Household, sun).monthly_benefit_fen == 70000
        assert uow.session.get(Household, zhao).monthly_benefit_fen == 50000
    assert ledger.check(ctx.uow()) == (0, [])
    from dibao_desk.services import payroll
    info = payroll.make(ctx.uow(), "2026-12", "regular", today=D(2026, 12, 1), made_by="王经办")
    paid = {(ln.household_id, ln.line_kind.value): ln.total_fen for ln in payroll.lines(ctx.uow(), info.id)}
    assert paid[(sun, "regular")] == 50000


@pytest.mark.parametrize("bulk_from", [300, 0])  # one by one; the bulk SQL a county-sized batch takes
@pytest.mark.parametrize("granted", [D(2026, 11, 30), D(2026, 12, 31)])
def test_a_batch_grant_that_changes_a_class_reschedules_its_review(ctx, make_household, monkeypatch,
                                                                   bulk_from, granted):
    """The batch writes classes in bulk SQL, which the review hooks do not see. 孙三 goes from
    三类 (quarterly review) to 一类 (yearly; at 66 the elderly rule's half year then sets the
    cycle): its next review must follow the new class, and 赵一, whose class stays, keeps its
    schedule."""
    from dataclasses import replace

    from sqlalchemy import update

    from dibao_desk.models import Household, ProposalItem
    from dibao_desk.services import policy, reviews_schedule
    from tests.conftest import make_id

    monkeypatch.setattr(reviews_schedule, "BULK_FROM", bulk_from)
    # the review every rural household owes for the raise itself (tests/unit/test_reviews_schedule)
    # would come first for both: left out, this is about the class's cycle
    monkeypatch.setattr(reviews_schedule, "_raises", lambda _session: ())
    opened = D(granted.year, granted.month, 1)
    start = D(2027, 1, 1) if granted.month == 12 else D(2026, 12, 1)
    homes = []
    for i, name in enumerate(("赵一", "孙三")):
        hh = make_household(head=name, head_id=make_id("19600315", 61 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=opened)
        homes.append(hh.id)
    zhao, sun = homes
    # registered a month before: a first review is never due before the day a household came into
    # the store, which would otherwise be the machine's own date (the cycles compared here are
    # the same from the machine's 2 December on)
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id.in_(homes))
                            .values(created_at=dt.datetime.combine(opened - dt.timedelta(days=30), dt.time(9))))
        uow.commit()
    before = {h: reviews_schedule.reschedule(ctx.uow(), h, opened) for h in homes}
    assert before[sun].months == 3
    old = policy.policy_in_force(ctx.uow(), opened).figures
    policy.add_policy_set(ctx.uow(), start, replace(old, rural_standard_fen=50000), "提标", today=dt.date.today())
    _totals, p = proposals.propose_standard(ctx.uow(), start, opened, "提标")
    with ctx.uow() as uow:  # the recompute put 孙三 in 一类
        uow.session.execute(update(ProposalItem).where(ProposalItem.proposal_id == p.id,
                                                       ProposalItem.household_id == sun)
                            .values(after_category="class1"))
        uow.commit()
    for step, day in ((6, opened + dt.timedelta(days=1)), (8, opened + dt.timedelta(days=2))):
        proposals.record_batch_step(ctx.uow(), p.id, day, "分管镇长" if step == 6 else "县民政局", day)
    proposals.start_batch_notice(ctx.uow(), p.id, opened + dt.timedelta(days=3), "王经办",
                                 opened + dt.timedelta(days=3))
    proposals.record_batch_step(ctx.uow(), p.id, opened + dt.timedelta(days=10), "王经办",
                                opened + dt.timedelta(days=10))
    detail = proposals.record_batch_step(ctx.uow(), p.id, granted, "王经办", granted)
    assert detail.info.status == "granted"
    after = {h: reviews_schedule.schedule_of(ctx.uow(), h) for h in homes}
    assert after[sun].applicable == ("class1_rural", "elderly") and after[sun].months == 6
    assert after[sun].due_date > before[sun].due_date
    assert after[zhao] == before[zhao]


def test_a_household_the_new_standard_finds_ineligible_is_not_stopped_by_the_batch(ctx, make_household):
    """A raise from 2027-01: a household whose recorded income (600 元) is above even the new
    standard (500 元) is not put in the batch at 0 元, which would stop its money without the
    取消 procedure (评议, 公示) and leave it 在保 at nothing; it is named as ineligible for a review
    or a 取消, and keeps its amount until then."""
    from dataclasses import replace

    from dibao_desk.services import policy
    from tests.conftest import make_id

    fits = make_household(head="赵一", head_id=make_id("19600315", 21), wages_fen=0).id
    above = make_household(head="钱二", head_id=make_id("19600315", 23), wages_fen=60000).id
    for hid in (fits, above):
        put_on_benefit(ctx, hid, today=D(2026, 11, 30))
    old = policy.policy_in_force(ctx.uow(), D(2026, 12, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=50000), "2027 年标准", today=dt.date.today())
    totals, p = proposals.propose_standard(ctx.uow(), D(2027, 1, 1), D(2026, 12, 1), "2027 年提标")
    assert totals.ineligible == (above,)
    assert [(i.household_id, i.after_fen) for i in proposals.batch_items(ctx.uow(), p.id)] == [(fits, 50000)]
    assert p.households == 1
    for step_day in (D(2026, 12, 2), D(2026, 12, 3)):
        proposals.record_batch_step(ctx.uow(), p.id, step_day, "县民政局", step_day)
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 12, 4), "王经办", D(2026, 12, 4))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 11), "王经办", D(2026, 12, 11))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 31), "王经办", D(2026, 12, 31))
    months, _ = golden(ctx, above, D(2026, 12, 31), D(2027, 1, 1))
    assert months[-1] == "2027-01 receiving class3 45000 history"
    assert ledger.month_totals(ctx.uow(), D(2027, 1, 1)).total.amount_fen == 95000
