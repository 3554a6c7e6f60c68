"""The procedure's rules, pure: order, windows with a fixed clock, democratic review items."""

import datetime as dt

import pytest

from dibao_desk.domain import procedure as p

D = dt.date


def codes(problems):
    return [x.code for x in problems]


def state_at(step, kind="new", **rec):
    """An open case whose steps before ``step`` are done on 2026-11-01."""
    flow = p.FLOWS[kind]
    done = tuple(p.StepState(s, started_on=D(2026, 11, 1), done_on=D(2026, 11, 1), result="passed")
                 for s in flow[:flow.index(step)])
    current = (p.StepState(step, **rec),) if rec else ()
    return p.CaseState(kind, "open", done + current, opened_on=D(2026, 11, 1))


@pytest.mark.parametrize("start,days,end", [
    (D(2026, 11, 22), 7, D(2026, 11, 29)),
    (D(2026, 11, 28), 7, D(2026, 12, 5)),      # across a month end
    (D(2026, 12, 27), 7, D(2027, 1, 3)),       # across a year end
    (D(2028, 2, 25), 7, D(2028, 3, 3)),        # leap February
    (D(2027, 2, 25), 7, D(2027, 3, 4)),        # common February
    (D(2026, 1, 31), 1, D(2026, 2, 1)),
])
def test_window_end_is_start_plus_notice_days(start, days, end):
    assert p.notice_window(start, days) == (start, end)


def test_window_needs_at_least_one_day():
    with pytest.raises(ValueError):
        p.notice_window(D(2026, 11, 1), 0)


def test_new_case_starts_at_application_and_walks_the_ten_steps():
    state = p.CaseState("new", opened_on=D(2026, 11, 1))
    assert p.next_step(state) == 1
    assert p.FLOWS["new"] == tuple(range(1, 11))
    assert p.next_step(state_at(6)) == 6


@pytest.mark.parametrize("at", p.STEPS)
@pytest.mark.parametrize("attempt", p.STEPS)
def test_every_step_out_of_order_is_refused(at, attempt):
    state = state_at(at)
    problems = p.check_record(state, attempt, D(2026, 11, 2), D(2026, 11, 30), "李四")
    if attempt == at:
        assert "procedure.out_of_order" not in codes(problems)
    else:
        assert codes(problems) == ["procedure.out_of_order"]
        assert problems[0].params == {"step": attempt, "expected": at}
        assert codes(p.check_refuse(state, attempt, D(2026, 11, 2), D(2026, 11, 30), "理由", "李四")) \
            == ["procedure.out_of_order"]


@pytest.mark.parametrize("status", ["done", "refused"])
@pytest.mark.parametrize("attempt", p.STEPS)
def test_nothing_moves_after_a_case_ends(status, attempt):
    state = p.CaseState("new", status, ())
    assert codes(p.check_record(state, attempt, D(2026, 11, 2), D(2026, 11, 30), "李四")) == ["procedure.case_closed"]
    assert codes(p.check_refuse(state, attempt, D(2026, 11, 2), D(2026, 11, 30), "x", "李四")) == ["procedure.case_closed"]
    assert p.next_step(state) is None


@pytest.mark.parametrize("kind", ["change", "cancel"])
def test_changes_skip_the_steps_not_in_their_flow(kind):
    state = p.CaseState(kind, opened_on=D(2026, 11, 1))
    assert p.next_step(state) == p.TOWNSHIP_REVIEW
    for step in (1, 2, 3, 4, 5, 9):
        assert codes(p.check_record(state, step, D(2026, 11, 2), D(2026, 11, 30), "李四")) \
            == ["procedure.step_not_in_flow"]


def test_dates_cannot_be_in_the_future_or_before_the_previous_step():
    state = state_at(5)
    assert "procedure.future_date" in codes(p.check_record(state, 5, D(2026, 12, 1), D(2026, 11, 30), "李四"))
    assert "procedure.before_previous" in codes(p.check_record(state, 5, D(2026, 10, 31), D(2026, 11, 30), "李四"))
    assert p.check_record(state, 5, D(2026, 11, 1), D(2026, 11, 1), "李四") == []
    assert codes(p.check_record(state, 5, D(2026, 11, 1), D(2026, 11, 1), " ")) == ["procedure.person_empty"]


def test_notice_cannot_close_before_it_is_posted_or_before_the_window_ends():
    today = D(2026, 11, 28)
    assert codes(p.check_record(state_at(4), 4, today, today, "李四")) == ["procedure.notice_not_started"]
    running = state_at(4, started_on=D(2026, 11, 22), window_end=D(2026, 11, 29))
    assert codes(p.check_record(running, 4, today, today, "李四")) == ["procedure.window_open"]
    # On the end day the notice may close
    assert p.check_record(running, 4, D(2026, 11, 29), D(2026, 11, 29), "李四") == []
    # ...but not with an earlier date even when recorded later
    assert codes(p.check_record(running, 4, D(2026, 11, 28), D(2026, 12, 1), "李四")) == ["procedure.window_open"]


def test_notice_cannot_close_with_an_unresolved_objection():
    rec = dict(started_on=D(2026, 11, 22), window_end=D(2026, 11, 29), open_objections=2)
    problems = p.check_record(state_at(7, **rec), 7, D(2026, 12, 1), D(2026, 12, 1), "李四")
    assert codes(problems) == ["procedure.objections_open"]
    assert problems[0].params["count"] == 2


def test_notice_started_once_and_objections_only_in_its_window():
    today = D(2026, 11, 25)
    assert p.check_start_notice(state_at(4), 4, D(2026, 11, 22), today, "李四") == []
    assert codes(p.check_start_notice(state_at(5), 5, D(2026, 11, 22), today, "李四")) == ["procedure.not_a_notice"]
    running = state_at(4, started_on=D(2026, 11, 22), window_end=D(2026, 11, 29))
    assert codes(p.check_start_notice(running, 4, D(2026, 11, 23), today, "李四")) == ["procedure.notice_started"]
    assert codes(p.check_objection(state_at(4), 4, today, today, "box", "x")) == ["procedure.notice_not_started"]
    assert p.check_objection(running, 4, D(2026, 11, 22), today, "phone", "他家有车") == []
    assert codes(p.check_objection(running, 4, D(2026, 11, 21), today, "phone", "x")) \
        == ["procedure.objection_outside_window"]
    assert codes(p.check_objection(running, 4, D(2026, 11, 26), today, "phone", "x")) == ["procedure.future_date"]
    assert codes(p.check_objection(running, 4, today, today, "fax", " ")) \
        == ["procedure.objection_channel", "procedure.objection_empty"]


def test_waiting_texts_follow_the_window_with_a_fixed_clock():
    running = state_at(4, started_on=D(2026, 11, 22), window_end=D(2026, 11, 29))
    w = p.waiting(running, D(2026, 11, 28))
    assert (w.action, w.code, w.params["end"]) == ("notice_running", "waiting.notice_running", D(2026, 11, 29))
    assert p.waiting(running, D(2026, 11, 29)).action == "close_notice"
    blocked = state_at(4, started_on=D(2026, 11, 22), window_end=D(2026, 11, 29), open_objections=1)
    assert p.waiting(blocked, D(2026, 11, 30)).action == "objections"
    assert p.waiting(state_at(4), D(2026, 11, 30)).action == "start_notice"
    assert p.waiting(state_at(8), D(2026, 11, 30)).code == "waiting.step8"
    assert p.waiting(p.CaseState("new", "refused"), D(2026, 11, 30)).action == "none"


def items(*objections):
    return [p.ReviewItem(f"member:{i}", "member", f"成员{i}", "", o) for i, o in enumerate(objections)]


def test_one_objection_with_a_reason_fails_the_item_it_is_not_a_vote():
    reviewed = items("", "他在外地打工，月收入三千元", "")
    assert [i.key for i in p.review_failed(reviewed)] == ["member:1"]
    assert codes(p.check_review(reviewed, "pass", "村委会", "村民代表 11 人")) == ["procedure.review_failed_items"]
    assert p.check_review(reviewed, "return", "村委会", "村民代表 11 人") == []
    assert p.check_review(reviewed, "refuse", "村委会", "村民代表 11 人") == []


def test_a_blank_objection_is_no_objection():
    reviewed = items("", "   ")
    assert p.review_failed(reviewed) == []
    assert p.check_review(reviewed, "pass", "村委会", "代表") == []
    assert codes(p.check_review(reviewed, "return", "村委会", "代表")) == ["procedure.review_return_without_objection"]


def test_review_needs_place_and_attendees():
    assert codes(p.check_review(items(""), "pass", "", " ")) == ["procedure.review_place", "procedure.review_attendees"]


def test_both_signatures_are_required_on_the_home_visit():
    assert codes(p.check_signatures(2, {"investigator_signed": True})) == ["procedure.applicant_unsigned"]
    assert codes(p.check_signatures(2, {"applicant_signed": True})) == ["procedure.investigator_unsigned"]
    assert p.check_signatures(2, {"investigator_signed": True, "applicant_signed": True}) == []
    assert codes(p.check_signatures(1, {})) == ["procedure.declaration_unsigned", "procedure.authorisation_unsigned"]


def test_grant_needs_a_first_of_month_a_class_and_an_amount():
    cats = ("class1", "class2")
    assert p.check_grant("new", D(2026, 12, 1), "class1", 7700, cats) == []
    assert codes(p.check_grant("new", D(2026, 12, 2), "class9", 0, cats)) \
        == ["procedure.start_month_day", "procedure.category", "procedure.amount"]
    assert p.check_grant("cancel", D(2026, 12, 1), "", 0, cats) == []


@pytest.mark.parametrize("day,expected", [(D(2026, 11, 23), D(2026, 12, 1)), (D(2026, 12, 31), D(2027, 1, 1))])
def test_next_month(day, expected):
    assert p.next_month(day) == expected
