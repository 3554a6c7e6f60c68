"""Review scheduling over a real store: next-review rows, due lists, recording reviews,
events, gradual exit and refusals with a fixed clock."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain import reviews as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household, Review, ReviewSchedule
from dibao_desk.services import households, proposals, reviews, reviews_schedule
from dibao_desk.services.reviews import ReviewInput
from tests.conftest import MemberDraft, make_id
from tests.helpers import walk_case

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
TODAY = D(2026, 11, 23)


def receive(ctx, hid, *, category="class3", fen=42000, start=D(2026, 1, 31)):
    """Put a household on benefit as the procedure's grant would."""
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", category, fen, start
        h.created_at = dt.datetime(start.year, start.month, start.day)  # registered when benefit began
        uow.commit()


@pytest.fixture
def home(ctx, make_household):
    hh = make_household(wages_fen=0)
    receive(ctx, hh.id)
    return hh.id


def test_a_household_put_on_benefit_gets_its_next_review_at_commit(ctx, home):
    s = reviews.schedule_of(ctx.uow(), home)
    # the head is partially work-capable, no unstable income, aged 66: class3 (3 months) wins over elderly (6)
    assert (s.due_date, s.rule, s.months) == (D(2026, 4, 30), "class3_rural", 3)
    assert "elderly" in s.applicable


def test_changing_members_reschedules_the_household(ctx, home):
    detail = households.get(ctx.uow(), home)
    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    draft = detail.draft.with_members([detail.draft.members[0], kid])
    receive(ctx, home, category="class1")
    assert reviews.schedule_of(ctx.uow(), home).rule == "elderly"
    households.save(ctx.uow(), draft, home, today=TODAY)
    s = reviews.schedule_of(ctx.uow(), home)
    assert s.rule in ("elderly", "single_parent") and s.months == 6
    assert "single_parent" in s.applicable


def test_due_list_for_a_month_and_overdue_with_the_rule(ctx, home, make_household, villages):
    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0)
    receive(ctx, other.id, category="class1", start=D(2025, 10, 5))
    april = reviews.due_list(ctx.uow(), month=D(2026, 4, 1), today=TODAY)
    assert [(r.household_id, r.due_date, r.rule) for r in april] == [(home, D(2026, 4, 30), "class3_rural")]
    over = reviews.due_list(ctx.uow(), overdue=True, today=TODAY)
    assert {r.household_id for r in over} == {home, other.id}
    assert reviews.due_list(ctx.uow(), overdue=True, today=TODAY, village_id=villages["向阳社区"])[0].head_name == "李四"
    assert reviews.calendar_counts(ctx.uow(), D(2026, 4, 1)) == {D(2026, 4, 30): 1}


def test_keep_review_moves_the_next_date_from_the_review(ctx, home):
    info = reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "keep",
                                                         findings="收入无变化"), today=TODAY)
    assert info.due_rule == "class3_rural" and info.effective_month is None
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.base_date) == (D(2027, 2, 20), D(2026, 11, 20))


def test_change_is_a_proposal_effective_from_the_month_the_rules_say(ctx, home):
    info = reviews.record_review(ctx.uow(), ReviewInput(
        home, D(2026, 11, 20), "王经办", "change", reason="收入增加", new_benefit_fen=30000), today=TODAY)
    assert info.effective_month == D(2026, 12, 1) and info.case_id is not None
    proposal = proposals.proposal_for_case(ctx.uow(), info.case_id)
    assert (proposal.kind, proposal.effective_month, proposal.source) == (
        "review_change", D(2026, 12, 1), f"review:{info.id}")
    with ctx.uow() as uow:
        h = uow.session.get(Household, home)
        assert (h.monthly_benefit_fen, h.category) == (42000, "class3")  # until it is granted
    walk_case(ctx, info.case_id, D(2026, 11, 21), start_month=D(2026, 12, 1))
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).monthly_benefit_fen == 30000


def test_cancel_goes_through_public_notice_when_the_rules_say(ctx, home):
    info = reviews.record_review(ctx.uow(), ReviewInput(
        home, D(2026, 11, 20), "王经办", "cancel", reason="家庭收入超过标准"), today=TODAY)
    assert info.case_id is not None and info.effective_month == D(2026, 12, 1)
    from dibao_desk.services import procedure

    case = procedure.get_case(ctx.uow(), info.case_id, TODAY)
    assert case.info.kind == "cancel" if hasattr(case, "info") else True
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).status == "receiving"  # until the case is granted


def test_cancel_stops_from_the_effective_month_once_granted(ctx, home):
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, cancel_needs_notice=False,
                                             effect_offset_months=0), today=TODAY)
    info = reviews.record_review(ctx.uow(), ReviewInput(
        home, D(2026, 11, 20), "王经办", "cancel", reason="迁出本乡镇"), today=TODAY)
    assert info.effective_month == D(2026, 11, 1)
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).status == "receiving"
    walk_case(ctx, info.case_id, D(2026, 11, 21), start_month=info.effective_month)
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).status == "cancelled"
        assert uow.session.get(ReviewSchedule, home) is None
    assert reviews.due_list(ctx.uow(), overdue=True, today=TODAY) == []


def test_bad_review_input_writes_nothing(ctx, home):
    with pytest.raises(RuleError) as info:
        reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 12, 1), " ", "change"), today=TODAY)
    codes = {p.code for p in info.value.problems}
    assert {"reviews.visitor_empty", "reviews.date_future", "reviews.reason_empty"} <= codes
    with ctx.uow() as uow:
        assert uow.session.query(Review).count() == 0


def test_an_event_makes_the_review_due_at_once_and_the_review_closes_it(ctx, home):
    ev = reviews.raise_event(ctx.uow(), home, "cross_check", D(2026, 11, 2), "车辆信息预警", "县核对中心")
    assert ev.due_date == D(2026, 11, 2)
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.rule) == (D(2026, 11, 2), "event:cross_check")
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 10), "王经办", "keep"), today=TODAY)
    assert reviews.open_events(ctx.uow(), home) == []
    assert reviews.schedule_of(ctx.uow(), home).rule == "class3_rural"


def test_rule_change_reschedules_everyone(ctx, home):
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, intervals={
        **rules.EXAMPLE_RULES.intervals, "class3_rural": 2}), today=TODAY)
    assert reviews.schedule_of(ctx.uow(), home).due_date == D(2026, 3, 31)
    assert len(reviews.list_rule_sets(ctx.uow())) == 1


def test_bad_rule_set_is_refused(ctx):
    with pytest.raises(RuleError):
        reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, gradual_exit_months=13))
    assert reviews.list_rule_sets(ctx.uow())[0].is_example


def test_reschedule_all_fills_bulk_inserted_households(ctx, home):
    reviews.clear_schedule(ctx.uow())
    assert reviews.schedule_of(ctx.uow(), home) is None
    assert reviews.due_list(ctx.uow(), month=D(2026, 4, 1), today=TODAY)[0].household_id == home
    assert reviews.reschedule_all(ctx.uow(), today=TODAY) == 1


def test_gradual_exit_reminds_then_stops_the_benefit(ctx, home):
    info = reviews.record_stable_work(ctx.uow(), home, D(2026, 5, 12), "张三", "县工业园务工，月薪 3000 元",
                                      today=D(2026, 5, 20))
    # 6 months from May, May included: the last paid month is October
    assert (info.last_paid_month, info.stop_month) == (D(2026, 10, 1), D(2026, 11, 1))
    assert info.reminders == (D(2026, 9, 1), D(2026, 10, 1))
    assert [e.state for e in reviews.exits(ctx.uow(), D(2026, 8, 31))] == ["running"]
    assert [e.state for e in reviews.exits(ctx.uow(), D(2026, 9, 1))] == ["remind"]
    assert reviews.apply_exit_stops(ctx.uow(), D(2026, 10, 31)) == []
    stopped = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    assert [(r.outcome, r.effective_month) for r in stopped] == [("cancel", D(2026, 11, 1))]
    with ctx.uow() as uow:
        h = uow.session.get(Household, home)
        assert (h.status, h.monthly_benefit_fen) == ("receiving", 42000)  # a proposal, not a silent stop
    [row] = proposals.list_proposals(ctx.uow(), today=D(2026, 11, 1))
    assert (row.kind, row.effective_month, row.household_id) == ("exit_end", D(2026, 11, 1), home)
    assert reviews.exits(ctx.uow(), D(2026, 11, 1)) == []


@pytest.fixture
def worker_home(ctx, make_household):
    """A household with a son recorded with full work capacity (the head is partially capable)."""
    son = MemberDraft("张强", make_id("19900101", 33), "son", work_capacity="full")
    hh = make_household(wages_fen=0, extra_members=(son,))
    receive(ctx, hh.id)
    return hh.id


def test_two_refusals_stop_the_benefit_and_each_is_kept(ctx, worker_home):
    home = worker_home
    first = reviews.record_refusal(ctx.uow(), home, D(2026, 6, 3), "镇保洁员岗位", "张强", today=TODAY)
    assert first.decision is None and first.count == 1
    second = reviews.record_refusal(ctx.uow(), home, D(2026, 8, 9), "工业园包装工", "张强", today=TODAY)
    assert second.decision.consequence == "stop" and second.decision.from_month == D(2026, 9, 1)
    assert [(r.on, r.offer) for r in reviews.refusals_of(ctx.uow(), home)] == [
        (D(2026, 6, 3), "镇保洁员岗位"), (D(2026, 8, 9), "工业园包装工")]
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).status == "receiving"
    [row] = proposals.list_proposals(ctx.uow(), today=TODAY)
    assert (row.kind, row.effective_month, row.after_fen) == ("work_refusal", D(2026, 9, 1), 0)


def test_a_refusal_by_a_member_without_full_work_capacity_does_not_count(ctx, worker_home):
    with pytest.raises(RuleError) as err:
        reviews.record_refusal(ctx.uow(), worker_home, D(2026, 6, 3), "岗位一", "张三", today=TODAY)
    assert [p.code for p in err.value.problems] == ["reviews.refusal_capacity"]
    assert "张三未登记为有完全劳动能力" in messages.text(err.value.problems[0])
    with pytest.raises(RuleError) as err:
        reviews.record_refusal(ctx.uow(), worker_home, D(2026, 6, 3), "岗位一", "", today=TODAY)
    assert [p.code for p in err.value.problems] == ["reviews.refusal_member"]
    assert reviews.refusals_of(ctx.uow(), worker_home) == []
    # a refusal counted while the son had full capacity stops counting once he is recorded otherwise
    reviews.record_refusal(ctx.uow(), worker_home, D(2026, 6, 3), "岗位一", "张强", today=TODAY)
    detail = households.get(ctx.uow(), worker_home)
    son = replace(detail.draft.members[1], work_capacity="partial")
    households.save(ctx.uow(), detail.draft.with_members([detail.draft.members[0], son]), worker_home, today=TODAY)
    with pytest.raises(RuleError):
        reviews.record_refusal(ctx.uow(), worker_home, D(2026, 8, 9), "岗位二", "张强", today=TODAY)
    with ctx.uow() as uow:
        assert uow.session.get(Household, worker_home).status == "receiving"


def test_refusals_take_effect_from_the_month_the_rules_name(ctx, worker_home):
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, effective_from=D(2026, 1, 1),
                                             effect_offset_months=2), today=TODAY)
    reviews.record_refusal(ctx.uow(), worker_home, D(2026, 10, 31), "岗位一", "张强", today=TODAY)
    res = reviews.record_refusal(ctx.uow(), worker_home, D(2026, 11, 30), "岗位二", "张强",
                                 today=D(2026, 11, 30))
    assert (res.count, res.decision.from_month) == (2, D(2027, 1, 1))
    assert reviews.reviews_of(ctx.uow(), worker_home)[0].effective_month == D(2027, 1, 1)


def test_refusals_reduce_by_share_when_the_rules_say(ctx, worker_home):
    home = worker_home
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, refusal_consequence="reduce_share",
                                             refusal_reduce_percent=50), today=TODAY)
    reviews.record_refusal(ctx.uow(), home, D(2026, 6, 3), "岗位一", "张强", today=TODAY)
    res = reviews.record_refusal(ctx.uow(), home, D(2026, 6, 9), "岗位二", "张强", today=TODAY)
    assert res.decision.new_benefit_fen == 21000
    [row] = proposals.list_proposals(ctx.uow(), today=TODAY)
    assert (row.kind, row.before_fen, row.after_fen) == ("work_refusal", 42000, 21000)
    assert reviews.reviews_of(ctx.uow(), home)[0].effective_month == D(2026, 7, 1)


def test_counts_by_month_and_outcome(ctx, home, make_household):
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 10, 5), "王", "keep"), today=TODAY)
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 5), "王", "change", reason="r",
                                                 new_benefit_fen=1000), today=TODAY)
    counts = reviews.outcome_counts(ctx.uow(), D(2026, 10, 1), D(2026, 11, 1))
    assert [(c.month, c.keep, c.change, c.cancel) for c in counts] == [
        (D(2026, 10, 1), 1, 0, 0), (D(2026, 11, 1), 0, 1, 0)]


def test_quarter_plan_over_the_store(ctx, home):
    plan = reviews.plan_quarter(ctx.uow(), D(2026, 5, 1), today=D(2026, 4, 1))
    assert plan.start == D(2026, 4, 1)
    assert [(r.household_id, r.day) for r in plan.rows] == [(home, D(2026, 4, 30))]


def test_a_roster_imported_long_after_the_start_is_not_years_overdue(ctx, make_household):
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class2", D(2019, 3, 1)
        h.created_at = dt.datetime(2026, 11, 2, 9, 0)
        uow.commit()
    s = reviews.schedule_of(ctx.uow(), hh.id)
    assert (s.due_date, s.rule) == (D(2027, 3, 1), "class2_rural")


def test_many_households_changed_in_one_transaction_are_rescheduled_in_bulk(ctx, make_household, monkeypatch):
    a = make_household(wages_fen=0)
    b = make_household(head="李四", head_id=make_id("19700101", 33), wages_fen=0)
    monkeypatch.setattr(reviews_schedule, "BULK_FROM", 1)  # where the hook reads it
    with ctx.uow() as uow:
        for hid in (a.id, b.id):
            h = uow.session.get(Household, hid)
            h.status, h.category, h.benefit_start = "receiving", "class1", D(2026, 1, 31)
            h.created_at = dt.datetime(2026, 1, 31)
        uow.commit()
    assert {reviews.schedule_of(ctx.uow(), h).due_date for h in (a.id, b.id)} == {D(2026, 7, 31), D(2027, 1, 31)}


_SAVE_FROM_A_SCRIPT = """
import sys
from dataclasses import replace
from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.services import households
from dibao_desk.services.context import open_context

ctx = open_context(sys.argv[1])
hid = int(sys.argv[2])
draft = households.get(ctx.uow(), hid).draft
son = MemberDraft("张强", sys.argv[3], "son", work_capacity="full")
draft = replace(draft, hukou_type="urban", members=(*draft.members, son),
                incomes=(IncomeDraft("casual_labour", 30000, 1),))
households.save(ctx.uow(), draft, hid)
ctx.close()
"""


def test_a_household_saved_by_a_process_that_never_imports_reviews_is_rescheduled(ctx, home):
    """The command line loads feature modules lazily: the schedule must follow a save all the same."""
    import subprocess
    import sys

    before = reviews.schedule_of(ctx.uow(), home)
    ctx.close()
    subprocess.run([sys.executable, "-c", _SAVE_FROM_A_SCRIPT, str(ctx.data_dir), str(home),
                    make_id("19950304", 51)],
                   check=True, timeout=120)
    stored = reviews.schedule_of(ctx.uow(), home)
    fresh = reviews.reschedule(ctx.uow(), home)  # what the rules say for the saved household
    assert stored.months == 1 != before.months  # urban, work-capable, casual income: reviewed monthly
    assert (stored.due_date, stored.rule, stored.months) == (fresh.due_date, fresh.rule, fresh.months)


def test_a_review_puts_a_household_whose_income_changes_little_on_the_half_yearly_rule(ctx, home):
    """Seed 001: "对短期内收入变化不大的家庭,可半年核查一次"."""
    assert not reviews.brief(ctx.uow(), home).income_stable
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 30), "王经办", "keep", income_stable=True),
                          today=D(2026, 11, 30))
    s = reviews.schedule_of(ctx.uow(), home)  # the head is 66: elderly ties at 6 months and is listed first
    assert (s.months, s.due_date, s.applicable) == (6, D(2027, 5, 30), ("elderly", "stable_income"))
    assert reviews.brief(ctx.uow(), home).income_stable
    reviews.reschedule_all(ctx.uow(), today=D(2026, 12, 31))  # the bulk pass agrees
    assert reviews.schedule_of(ctx.uow(), home).applicable == ("elderly", "stable_income")
    # a later review that leaves the box as it is keeps it; one that unticks it ends it
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 12, 31), "王经办", "keep"), today=D(2026, 12, 31))
    assert reviews.schedule_of(ctx.uow(), home).applicable == ("elderly", "stable_income")
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2027, 1, 31), "王经办", "keep", income_stable=False),
                          today=D(2027, 1, 31))
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.rule, s.due_date) == ("class3_rural", D(2027, 4, 30))
    with ctx.uow() as uow:
        actions = uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "household",
                                                                    AuditLog.entity_id == home)).all()
    assert actions.count("income_stable") == 2


def test_severe_disability_grades_are_saved_with_the_rule_set(ctx, make_household):
    mother = MemberDraft("李母", make_id("19800101", 44), "mother", disability_grade=3, work_capacity="none")
    hh = make_household(wages_fen=0, extra_members=(mother,))
    receive(ctx, hh.id, category="class1")
    assert "disabled" not in reviews.schedule_of(ctx.uow(), hh.id).applicable
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, effective_from=D(2026, 1, 1),
                                             severe_disability_grades=(1, 2, 3)), today=TODAY)
    assert reviews.rules_in_force(ctx.uow(), TODAY).rules.severe_disability_grades == (1, 2, 3)
    assert "disabled" in reviews.schedule_of(ctx.uow(), hh.id).applicable
    with pytest.raises(RuleError):
        reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, severe_disability_grades=()), today=TODAY)
