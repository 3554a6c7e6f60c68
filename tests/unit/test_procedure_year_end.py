"""The procedure run over a year end with a fixed clock: a notice posted on 28 Dec runs into
the next year; nothing is dated before what the case already holds (a notice posted, a review
opened, an objection answered), nor in the future."""

import datetime as dt

import pytest

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import households
from dibao_desk.services import procedure as proc
from tests.helpers import make_id

D = dt.date
P = "王经办"


@pytest.fixture
def make_household(make_household):
    """Households that pass the means test unless a test says otherwise."""
    seq = iter(range(11, 999, 2))
    return lambda **kw: make_household(**{"wages_fen": 20000, "head_id": make_id("19600315", next(seq)), **kw})


def codes(exc):
    return [p.code for p in exc.value.problems]


def receive(ctx, hid, on):
    return proc.receive_application(ctx.uow(), hid, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id


def visit(ctx, cid, on):
    return proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                                 "applicant_signed": True, "findings": "家中无劳动力"}, on)


def review(ctx, cid, on, today=None):
    return proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "村主任", "place": "村委会",
                                                 "attendees": "村民代表 11 人", "objections": {},
                                                 "outcome": "pass"}, today or on)


def on_first_notice(ctx, make_household, posted=D(2026, 12, 28)):
    """A new application opened on 20 Dec 2026, its first notice posted on ``posted``."""
    h = make_household()
    cid = receive(ctx, h.id, D(2026, 12, 20))
    visit(ctx, cid, D(2026, 12, 21))
    review(ctx, cid, D(2026, 12, 22))
    proc.start_notice(ctx.uow(), cid, 4, posted, P, posted)
    return h, cid


def test_a_notice_posted_on_28_december_runs_into_the_new_year(ctx, make_household):
    _h, cid = on_first_notice(ctx, make_household)
    detail = proc.get_case(ctx.uow(), cid, D(2027, 1, 3))
    assert detail.current[4].window_end == D(2027, 1, 4)
    assert (detail.waiting.code, detail.waiting.params["end"]) == ("waiting.notice_running", D(2027, 1, 4))
    with pytest.raises(RuleError) as info:  # 3 Jan: the window has not ended
        proc.record_step(ctx.uow(), cid, 4, {"on": D(2027, 1, 3), "person": P}, D(2027, 1, 3))
    assert codes(info) == ["procedure.window_open"]
    with pytest.raises(RuleError) as info:  # dated on the end day, but typed the day before
        proc.record_step(ctx.uow(), cid, 4, {"on": D(2027, 1, 4), "person": P}, D(2027, 1, 3))
    assert "procedure.future_date" in codes(info)
    assert proc.get_case(ctx.uow(), cid, D(2027, 1, 4)).waiting.code == "waiting.close_notice"
    detail = proc.record_step(ctx.uow(), cid, 4, {"on": D(2027, 1, 4), "person": P}, D(2027, 1, 4))
    assert (detail.next_step, detail.waiting.code) == (5, "waiting.step5")


def test_a_step_may_be_dated_the_day_the_case_was_opened_not_before(ctx, make_household):
    h = make_household()
    cid = receive(ctx, h.id, D(2026, 12, 31))
    with pytest.raises(RuleError) as info:
        visit(ctx, cid, D(2026, 12, 30))
    assert codes(info) == ["procedure.before_previous"]
    assert visit(ctx, cid, D(2026, 12, 31)).next_step == 3
    with pytest.raises(RuleError) as info:  # 1 Jan typed on 31 Dec
        review(ctx, cid, D(2027, 1, 1), today=D(2026, 12, 31))
    assert codes(info) == ["procedure.future_date"]
    assert review(ctx, cid, D(2027, 1, 1)).next_step == 4


def test_a_review_is_not_recorded_as_held_before_it_was_opened(ctx, make_household):
    h = make_household()
    cid = receive(ctx, h.id, D(2026, 12, 20))
    visit(ctx, cid, D(2026, 12, 21))
    proc.open_review(ctx.uow(), cid, D(2026, 12, 24), "村委会", "村民代表 11 人", "村主任", D(2026, 12, 24))
    with pytest.raises(RuleError) as info:
        review(ctx, cid, D(2026, 12, 23), today=D(2026, 12, 28))
    assert codes(info) == ["procedure.before_previous"]
    assert proc.get_case(ctx.uow(), cid, D(2026, 12, 28)).next_step == 3  # nothing written
    assert review(ctx, cid, D(2026, 12, 24), today=D(2026, 12, 28)).next_step == 4


def test_a_case_on_notice_is_not_refused_or_withdrawn_before_the_notice_went_up(ctx, make_household):
    h, cid = on_first_notice(ctx, make_household)
    with pytest.raises(RuleError) as info:
        proc.refuse(ctx.uow(), cid, 4, "群众反映属实", D(2026, 12, 23), P, D(2026, 12, 29))
    assert codes(info) == ["procedure.before_previous"]
    with pytest.raises(RuleError) as info:
        proc.withdraw(ctx.uow(), cid, D(2026, 12, 23), P, "申请人 12月23日 递交书面撤回申请", D(2026, 12, 29))
    assert codes(info) == ["procedure.before_previous"]
    detail = proc.get_case(ctx.uow(), cid, D(2026, 12, 29))
    assert (detail.info.status, households.get(ctx.uow(), h.id).status) == ("open", "applying")
    assert proc.refuse(ctx.uow(), cid, 4, "群众反映属实", D(2026, 12, 28), P, D(2026, 12, 29)).info.status == "refused"


def test_a_notice_is_not_closed_before_its_objections_were_answered(ctx, make_household):
    _h, cid = on_first_notice(ctx, make_household)
    o = proc.log_objection(ctx.uow(), cid, 4, D(2027, 1, 2), "box", "反映其子女在外务工收入较高", D(2027, 1, 2))
    proc.resolve_objection(ctx.uow(), o.id, "dismissed", "入户核查，不属实，已答复", D(2027, 1, 8), D(2027, 1, 8))
    with pytest.raises(RuleError) as info:  # the window ended on 4 Jan, but the answer came on 8 Jan
        proc.record_step(ctx.uow(), cid, 4, {"on": D(2027, 1, 5), "person": P}, D(2027, 1, 9))
    assert codes(info) == ["procedure.before_previous"]
    assert proc.get_case(ctx.uow(), cid, D(2027, 1, 9)).next_step == 4
    assert proc.record_step(ctx.uow(), cid, 4, {"on": D(2027, 1, 8), "person": P}, D(2027, 1, 9)).next_step == 5


def granted(ctx, make_household, grant_on=D(2026, 12, 31)):
    """A new application taken through every step over December, granted on ``grant_on``."""
    h = make_household()
    cid = receive(ctx, h.id, D(2026, 11, 30))
    visit(ctx, cid, D(2026, 11, 30))
    review(ctx, cid, D(2026, 12, 1))
    u = ctx.uow
    for step, start in ((4, D(2026, 12, 2)), (7, D(2026, 12, 11)), (9, D(2026, 12, 20))):
        if step == 7:
            proc.record_step(u(), cid, 5, {"on": D(2026, 12, 9), "person": P}, D(2026, 12, 9))
            proc.record_step(u(), cid, 6, {"on": D(2026, 12, 10), "person": "分管镇长", "category": "class2",
                                           "monthly_fen": 31200, "amount_reason": "村评议核定"}, D(2026, 12, 10))
        if step == 9:
            proc.record_county_decision(u(), cid, True, "", D(2026, 12, 19), True, "县民政局", today=D(2026, 12, 19))
        proc.start_notice(u(), cid, step, start, P, start)
        end = start + dt.timedelta(days=7)
        proc.record_step(u(), cid, step, {"on": end, "person": P}, end)
    return h, cid


def grant(ctx, cid, month, on=D(2026, 12, 31)):
    return proc.record_step(ctx.uow(), cid, 10, {"on": on, "person": P, "start_month": month, "category": "class2",
                                                  "monthly_fen": 31200, "amount_reason": "村评议核定"}, on)


def test_a_grant_on_31_december_starts_in_december_or_january_not_later(ctx, make_household):
    h, cid = granted(ctx, make_household)
    assert proc.suggest_grant(ctx.uow(), cid, D(2026, 12, 31)).start_month == D(2026, 12, 1)
    with pytest.raises(RuleError) as info:  # a mistyped month: two months on
        grant(ctx, cid, D(2027, 2, 1))
    assert codes(info) == ["procedure.start_month_late"]
    detail = grant(ctx, cid, D(2027, 1, 1))
    assert (detail.info.status, detail.waiting.code) == ("done", "waiting.done")
    hh = households.get(ctx.uow(), h.id)
    assert (hh.status, hh.benefit_start) == ("receiving", D(2027, 1, 1))


@pytest.mark.parametrize("kind", ["change", "cancel"])
def test_a_change_or_cancellation_is_not_dated_before_the_grant_it_changes(ctx, make_household, kind):
    h, cid = granted(ctx, make_household)
    grant(ctx, cid, D(2027, 1, 1), on=D(2027, 1, 4))
    after = {"category": "class2", "monthly_benefit_fen": 20000} if kind == "change" else None
    with pytest.raises(RuleError) as info:  # 31 Dec: the household was not receiving yet
        proc.open_case(ctx.uow(), h.id, kind, "复核发现收入增加", D(2026, 12, 31), after=after)
    assert codes(info) == ["procedure.before_last_case"]
    assert proc.case_for_household(ctx.uow(), h.id).id == cid  # nothing opened
    info_ = proc.open_case(ctx.uow(), h.id, kind, "复核发现收入增加", D(2027, 1, 4), after=after,
                           today=D(2027, 1, 4))
    assert info_.status == "open" and info_.opened_on == D(2027, 1, 4)


def test_a_change_is_not_opened_on_a_later_day(ctx, make_household):
    h, cid = granted(ctx, make_household)
    grant(ctx, cid, D(2027, 1, 1))
    with pytest.raises(RuleError) as info:
        proc.open_case(ctx.uow(), h.id, "change", "复核发现收入增加", D(2027, 1, 1),
                       after={"category": "class2", "monthly_benefit_fen": 20000}, today=D(2026, 12, 31))
    assert codes(info) == ["procedure.future_date"]
    assert proc.case_for_household(ctx.uow(), h.id).id == cid


@pytest.mark.parametrize("start, end, closing_month, next_", [
    (D(2026, 12, 28), D(2027, 1, 4), D(2027, 1, 1), D(2027, 2, 1)),
    (D(2028, 2, 22), D(2028, 2, 29), D(2028, 2, 1), D(2028, 3, 1)),   # leap day: the window ends on it
    (D(2026, 11, 23), D(2026, 11, 30), D(2026, 11, 1), D(2026, 12, 1)),
    (D(2026, 12, 24), D(2026, 12, 31), D(2026, 12, 1), D(2027, 1, 1)),
    (D(2027, 2, 5), D(2027, 2, 12), D(2027, 2, 1), D(2027, 3, 1)),    # posted the day before 春节 2027
])
def test_notice_windows_and_months_on_month_and_year_ends(start, end, closing_month, next_):
    """A notice runs its days on the calendar (seed 002: 公示7天), holidays included: the case
    may move on from the end day, and a grant recorded that day may start the month after."""
    from dibao_desk.domain import procedure as rules

    assert rules.notice_window(start, 7) == (start, end)
    assert (rules.first_of_month(end), rules.next_month(end)) == (closing_month, next_)
    state = rules.CaseState("new", custom_flow=(4, 5), opened_on=start,
                            steps=(rules.StepState(4, started_on=start, window_end=end),))
    assert [p.code for p in rules.check_record(state, 4, end - dt.timedelta(days=1), end, P)] == \
        ["procedure.window_open"]
    assert rules.check_record(state, 4, end, end, P) == []


def test_the_waiting_words_give_the_year_of_an_end_in_another_year(ctx, make_household):
    """On 31 December the notice ends "至 2027年1月4日" (not "至 1月4日", a date already past in
    the year the reader is in); from 1 January, within the year, the short form again."""
    from dibao_desk.cli.procedure import waiting_text

    _h, cid = on_first_notice(ctx, make_household)
    said = {day: waiting_text(proc.get_case(ctx.uow(), cid, day).waiting)
            for day in (D(2026, 12, 28), D(2026, 12, 31), D(2027, 1, 1), D(2027, 1, 3))}
    assert said == {D(2026, 12, 28): "一榜公示至 2027年1月4日", D(2026, 12, 31): "一榜公示至 2027年1月4日",
                    D(2027, 1, 1): "一榜公示至 1月4日", D(2027, 1, 3): "一榜公示至 1月4日"}
