"""services.reviews_record over a real store: recording reviews and what they decide,
events, gradual exit and refusals of work, with a fixed clock."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain import reviews as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household, Review, ReviewSchedule
from dibao_desk.services import households, proposals, reviews
from dibao_desk.services.reviews import ReviewInput
from tests.conftest import MemberDraft, make_id
from tests.helpers import walk_case
from tests.unit.test_reviews_schedule import home, receive  # noqa: F401 (fixture)

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
TODAY = D(2026, 11, 23)


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


def test_a_review_dated_before_the_benefit_began_is_refused(ctx, home):
    """A slip of the year (2016 for 2026) on a household receiving since 2026-01-31: the review
    would put its next date in 2017 (nine years overdue) and a 取消 from it would recover every
    month paid. It is refused, and nothing is written."""
    for outcome, reason in (("keep", ""), ("cancel", "家庭收入超过标准")):
        with pytest.raises(RuleError) as info:
            reviews.record_review(ctx.uow(), ReviewInput(home, D(2016, 11, 20), "王经办", outcome, reason=reason),
                                  today=TODAY)
        [problem] = info.value.problems
        assert problem.code == "reviews.date_before_start"
        assert messages.text(problem) == "复核日期 2016-11-20 早于该户享受低保的起始日期 2026-01-31"
    with ctx.uow() as uow:
        assert uow.session.query(Review).count() == 0
    assert proposals.list_proposals(ctx.uow(), today=TODAY) == []
    assert reviews.schedule_of(ctx.uow(), home).base_date == D(2026, 1, 31)
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 1, 31), "王经办", "keep"), today=TODAY)  # that day is fine


def test_the_visit_before_a_gradual_exit_ends_takes_the_household_off_the_overdue_list(ctx, home):
    """Stable work from June 2026: the benefit is paid through November, and the visit that ends
    it is due on 1 November. Made on 5 November and recorded, the household is no longer
    overdue on 20 November; its next review follows its cycle."""
    reviews.record_stable_work(ctx.uow(), home, D(2026, 6, 10), "张三", "县工业园务工", today=D(2026, 6, 10))
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 8, 3), "王经办", "keep"), today=D(2026, 8, 3))
    assert [(r.household_id, r.rule) for r in reviews.due_list(ctx.uow(), overdue=True, today=D(2026, 11, 4))] \
        == [(home, "gradual_exit")]
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 5), "王经办", "keep", findings="仍在务工"),
                          today=D(2026, 11, 5))
    assert reviews.due_list(ctx.uow(), overdue=True, today=D(2026, 11, 20)) == []
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.rule) == (D(2027, 2, 5), "class3_rural")


def test_the_case_that_ends_a_gradual_exit_gives_its_reason_in_words(ctx, home):
    """The 取消 proposed when 渐退 ends is a case whose 事由 is printed on its forms and shown in
    the case list: it reads 就业渐退期满，停发保障金, not the code gradual_exit_ended."""
    from dibao_desk.services import procedure

    reviews.record_stable_work(ctx.uow(), home, D(2026, 5, 12), "张三", "县工业园务工", today=D(2026, 5, 20))
    [review] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    case = procedure.get_case(ctx.uow(), review.case_id, D(2026, 11, 1))
    assert case.info.reason == "就业渐退期满，停发保障金"
    [row] = proposals.list_proposals(ctx.uow(), today=D(2026, 11, 1))
    assert proposals.get_proposal(ctx.uow(), row.id).reason == "就业渐退期满，停发保障金"


def test_an_older_stores_gradual_exit_case_prints_its_reason_in_words(ctx, home):
    """A store whose 渐退期满 case was opened with the code as its 事由 (before it was given in
    words) prints the 终止通知 with the sentence, not “经复审（核查），gradual_exit_ended”."""
    from dibao_desk.models import Case
    from dibao_desk.printing import forms
    from dibao_desk.services import printing

    reviews.record_stable_work(ctx.uow(), home, D(2026, 5, 12), "张三", today=D(2026, 5, 20))
    [review] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    with ctx.uow() as uow:
        uow.session.get(Case, review.case_id).reason = "gradual_exit_ended"  # as an older store holds it
        uow.commit()
    data = printing.form_data(ctx.uow(), home, D(2026, 11, 2))
    assert data.case_reason == "就业渐退期满，停发保障金"
    assert "gradual_exit_ended" not in str(forms.cancellation(data))


def test_stable_work_and_refusals_are_dated_within_the_benefit_and_not_ahead(ctx, worker_home):
    """Receiving since 2026-01-31: stable work or a refusal dated 2016 (a slip of the year) would
    date a 渐退 or a stop from then; one dated after today has not happened. Each is refused in
    words, and nothing is written."""
    from dibao_desk.models import EmploymentEvent, WorkRefusal

    tries = [
        (lambda: reviews.record_stable_work(ctx.uow(), worker_home, D(2016, 6, 10), "张强", today=TODAY),
         "取得稳定收入的日期 2016-06-10 早于该户享受低保的起始日期 2026-01-31"),
        (lambda: reviews.record_stable_work(ctx.uow(), worker_home, D(2026, 12, 10), "张强", today=TODAY),
         "日期 2026-12-10 晚于今天"),
        (lambda: reviews.record_refusal(ctx.uow(), worker_home, D(2016, 8, 9), "工业园包装工", "张强", today=TODAY),
         "拒绝就业的日期 2016-08-09 早于该户享受低保的起始日期 2026-01-31"),
    ]
    for attempt, said in tries:
        with pytest.raises(RuleError) as info:
            attempt()
        assert [messages.text(p) for p in info.value.problems] == [said]
    with ctx.uow() as uow:
        assert uow.session.query(EmploymentEvent).count() == 0 and uow.session.query(WorkRefusal).count() == 0
    reviews.record_stable_work(ctx.uow(), worker_home, D(2026, 1, 31), "张强", today=TODAY)  # that day is fine


def test_a_change_or_cancel_dated_before_the_latest_review_is_refused(ctx, home):
    """Visited on 20 November and kept: a 取消 or 变更 typed as of 10 November would undo that
    finding and date its effect back. It is refused and nothing is written; the same day is fine."""
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "keep"), today=TODAY)
    for outcome, amount in (("cancel", None), ("change", 30000)):
        with pytest.raises(RuleError) as info:
            reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 10), "王经办", outcome, reason="收入增加",
                                                         new_benefit_fen=amount), today=TODAY)
        [problem] = info.value.problems
        assert problem.code == "reviews.date_before_latest"
        assert messages.text(problem) == (
            "复核日期 2026-11-10 早于该户最近一次复核（2026-11-20），变更或取消不能早于最近一次复核")
    with ctx.uow() as uow:
        assert [r.outcome for r in uow.session.scalars(select(Review))] == ["keep"]
    assert proposals.list_proposals(ctx.uow(), today=TODAY) == []
    info = reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "change", reason="收入增加",
                                                        new_benefit_fen=30000), today=TODAY)
    assert (info.outcome, info.after_fen) == ("change", 30000)


def test_a_change_to_nothing_is_refused_as_a_cancel(ctx, home):
    with pytest.raises(RuleError) as info:
        reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "change", reason="收入增加",
                                                     new_benefit_fen=0), today=TODAY)
    [problem] = info.value.problems
    assert problem.code == "reviews.change_to_zero"
    assert messages.text(problem) == "变更后的保障金为 0 元：复核结论应为“取消”"
    with ctx.uow() as uow:
        assert uow.session.query(Review).count() == 0
    assert proposals.list_proposals(ctx.uow(), today=TODAY) == []


def test_a_refusal_that_would_stop_the_benefit_before_the_latest_review_is_refused(ctx, worker_home):
    """Visited on 20 August and kept: a second refusal typed as of 9 August would make a 取消
    dated before that visit. Refused as a 取消 typed by hand is; nothing is written."""
    home = worker_home
    reviews.record_refusal(ctx.uow(), home, D(2026, 6, 3), "镇保洁员岗位", "张强", today=TODAY)
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 8, 20), "王经办", "keep"), today=TODAY)
    with pytest.raises(RuleError) as info:
        reviews.record_refusal(ctx.uow(), home, D(2026, 8, 9), "工业园包装工", "张强", today=TODAY)
    [problem] = info.value.problems
    assert (problem.code, problem.field) == ("reviews.date_before_latest", "on")
    assert messages.text(problem) == (
        "复核日期 2026-08-09 早于该户最近一次复核（2026-08-20），变更或取消不能早于最近一次复核")
    assert [r.on for r in reviews.refusals_of(ctx.uow(), home)] == [D(2026, 6, 3)]
    with ctx.uow() as uow:
        assert [r.outcome for r in uow.session.scalars(select(Review))] == ["keep"]
    assert proposals.list_proposals(ctx.uow(), today=TODAY) == []
    second = reviews.record_refusal(ctx.uow(), home, D(2026, 8, 20), "工业园包装工", "张强", today=TODAY)
    assert second.decision.consequence == "stop"


def test_the_end_of_gradual_exit_waits_for_a_day_not_before_the_latest_review(ctx, home):
    """A review recorded on 5 November; the stops applied as of 1 November would record a 取消
    dated before it: none is proposed then, it is on 5 November."""
    reviews.record_stable_work(ctx.uow(), home, D(2026, 5, 12), "张三", today=D(2026, 5, 20))
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 5), "王经办", "keep"), today=D(2026, 11, 5))
    assert reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1)) == []
    assert proposals.list_proposals(ctx.uow(), today=D(2026, 11, 5)) == []
    assert [e.state for e in reviews.exits(ctx.uow(), D(2026, 11, 1))] == ["stopped"]
    [ended] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 5))
    assert (ended.outcome, ended.review_date, ended.effective_month) == ("cancel", D(2026, 11, 5), D(2026, 11, 1))


def _exit_rows(ctx, home):
    """The household's 渐退 runs and its ledger's 渐退 decisions."""
    from dibao_desk.domain.ledger import DecisionKind
    from dibao_desk.models import EmploymentEvent, LedgerDecision

    with ctx.uow() as uow:
        runs = uow.session.scalar(select(func.count()).select_from(EmploymentEvent).where(
            EmploymentEvent.household_id == home))
        decisions = uow.session.scalar(select(func.count()).select_from(LedgerDecision).where(
            LedgerDecision.household_id == home, LedgerDecision.kind == DecisionKind.GRADUAL_EXIT))
    return runs, decisions


def test_stable_work_recorded_twice_is_refused_naming_the_first_31_december(ctx, home):
    """The 稳定就业 dialog saved twice (a double click, the dialog opened again): the second is
    refused with the first's date and its 渐退 months; one run, one 渐退 decision in the ledger."""
    day = D(2026, 12, 31)
    first = reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 10), "张三", "县工业园", today=day)
    with pytest.raises(RuleError) as err:
        reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 31), "张三", "县工业园", today=day)
    assert [p.code for p in err.value.problems] == ["reviews.exit_running"]
    assert messages.text(err.value.problems[0]) == (
        "该户已于 2026-12-10 登记过张三取得稳定就业收入，正在渐退：保障金发放至 2027-05，2027-06 起停发；不能重复登记")
    assert (first.last_paid_month, first.stop_month) == (D(2027, 5, 1), D(2027, 6, 1))
    assert _exit_rows(ctx, home)[0] == 1
    [info] = reviews.exits(ctx.uow(), day, running_only=False)
    assert info.gained_on == D(2026, 12, 10)


def test_stable_work_is_refused_while_the_end_of_its_gradual_exit_is_decided_but_not_once_kept(ctx, home):
    """Once 渐退 has ended its 取消 is proposed; stable work recorded again meanwhile would start
    a second 渐退 and a second stop. When the township keeps the household, a later job counts."""
    from dibao_desk.services import procedure

    reviews.record_stable_work(ctx.uow(), home, D(2026, 6, 10), "张三", today=D(2026, 6, 10))
    [stopped] = reviews.apply_exit_stops(ctx.uow(), D(2026, 12, 1))
    with pytest.raises(RuleError) as err:
        reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 1), "张三", today=D(2026, 12, 1))
    assert [p.code for p in err.value.problems] == ["reviews.exit_running"]
    procedure.refuse(ctx.uow(), stopped.case_id, 3, "评议认为务工收入不稳定，继续保障", D(2026, 12, 2), "王经办",
                     D(2026, 12, 2))
    again = reviews.record_stable_work(ctx.uow(), home, D(2027, 2, 28), "张三", today=D(2027, 2, 28))
    assert again.stop_month == D(2027, 8, 1)


def test_a_keep_review_recorded_twice_the_same_day_is_refused_naming_the_first_28_february(ctx, home):
    """The 记录复核 form saved twice for one visit (a double click, the form opened twice): the
    second 保留 is refused with the first's visitor and outcome; one review, one audit row, and
    the next review date is the first's. Another day's visit is recorded."""
    day = D(2027, 2, 28)
    reviews.record_review(ctx.uow(), ReviewInput(home, day, "王经办", "keep", findings="收入无变化"), today=day)
    due = reviews.schedule_of(ctx.uow(), home)
    with pytest.raises(RuleError) as err:
        reviews.record_review(ctx.uow(), ReviewInput(home, day, "李经办", "keep"), today=day)
    assert [p.code for p in err.value.problems] == ["reviews.review_same_day"]
    assert messages.text(err.value.problems[0]).startswith(
        "该户 2027-02-28 已记录过一次复核（复核人：王经办，结论：保留），同一天不能再记录一次")
    with ctx.uow() as uow:
        assert [r.visitor for r in uow.session.scalars(select(Review))] == ["王经办"]
        assert uow.session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.entity == "review")) == 1
    assert reviews.schedule_of(ctx.uow(), home) == due
    reviews.record_review(ctx.uow(), ReviewInput(home, D(2027, 3, 1), "王经办", "keep"), today=D(2027, 3, 1))
    assert len(reviews.reviews_of(ctx.uow(), home)) == 2  # another day's visit is recorded
