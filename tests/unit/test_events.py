"""Events and the burden-of-proof clock over a real store: review due at once, 取消 called for."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, CrossCheckWarning, FollowUp, Household, ReviewEvent
from dibao_desk.services import burden, events, followups, proposals, reviews

D = dt.date
TODAY = D(2026, 11, 30)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def receiving(ctx, make_household):
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start, h.monthly_benefit_fen = "receiving", "class3", D(2026, 1, 1), 30000
        uow.commit()
    return hh.id


@pytest.mark.parametrize("kind, cancels", [("death", True), ("moved_away", True), ("relocation", False),
                                           ("bankruptcy", False), ("imprisonment", False)])
def test_an_event_makes_the_review_due_at_once(ctx, receiving, kind, cancels):
    before = reviews.schedule_of(ctx.uow(), receiving)
    assert before.due_date > D(2026, 11, 1)
    r = events.add_event(ctx.uow(), receiving, kind, D(2026, 11, 1), "户主 11 月 1 日", today=TODAY)
    assert r.review_due == D(2026, 11, 1)
    assert reviews.schedule_of(ctx.uow(), receiving).due_date == D(2026, 11, 1)
    assert (r.followup is not None) == cancels
    if cancels:  # a death or a move opens a 取消 proposal (no 评议) from the next month
        assert (r.followup.kind, r.followup.source, r.followup.status) == ("cancel", "event", "proposed")
        p = proposals.get_proposal(ctx.uow(), r.followup.proposal_id)
        assert (p.kind, p.household_id, p.effective_month) == (kind, receiving, D(2026, 12, 1))
        with ctx.uow() as uow:  # nothing changes before the grant
            assert uow.session.get(Household, receiving).status == "receiving"
    assert [e.kind for e in events.list_events(ctx.uow(), household_id=receiving)] == [kind]


def test_an_event_of_a_household_with_an_open_case_is_recorded_for_its_review(ctx, receiving):
    from dibao_desk.services import procedure

    procedure.open_case(ctx.uow(), receiving, "change", "收入变化", D(2026, 10, 1),
                        after={"category": "class2", "monthly_benefit_fen": 40000})
    r = events.add_event(ctx.uow(), receiving, "death", D(2026, 11, 1), today=TODAY)
    assert (r.followup.status, r.followup.proposal_id) == ("recorded", None)


def test_bad_events_are_refused_and_nothing_written(ctx, receiving):
    before = count(ctx, AuditLog)
    with pytest.raises(RuleError) as info:
        events.add_event(ctx.uow(), receiving, "death", D(2026, 12, 1), today=TODAY)
    assert [p.code for p in info.value.problems] == ["registers.death_future"]
    with pytest.raises(RuleError) as info:
        events.add_event(ctx.uow(), None, "flood", None, today=TODAY)
    assert [p.code for p in info.value.problems] == [
        "registers.event_kind", "registers.date_empty", "registers.event_household"]
    with pytest.raises(RuleError) as info:
        events.add_event(ctx.uow(), 999, "death", TODAY, today=TODAY)
    assert [p.code for p in info.value.problems] == ["household.missing"]
    assert (count(ctx, ReviewEvent), count(ctx, FollowUp), count(ctx, AuditLog)) == (0, 0, before)


def warning(ctx, hid, answer_by, kind="vehicle"):
    with ctx.uow() as uow:
        w = CrossCheckWarning(household_id=hid, id_number="x", name="张三", kind=kind, detail="名下小型轿车 1 辆",
                              checked_on=D(2026, 10, 1), answer_by=answer_by, county_ref=f"W{answer_by}")
        uow.session.add(w)
        uow.commit()
        return w.id


def test_warnings_by_days_left_and_an_overdue_one_becomes_a_cancellation(ctx, receiving):
    late = warning(ctx, receiving, D(2026, 11, 29))
    soon = warning(ctx, receiving, D(2026, 12, 3))
    today_ = warning(ctx, receiving, TODAY)
    assert [(w.id, w.days_left, w.overdue) for w in burden.by_days_left(ctx.uow(), TODAY)] == [
        (late, -1, True), (today_, 0, False), (soon, 3, False)]
    with pytest.raises(RuleError) as info:
        burden.answer(ctx.uow(), today_, "withdrawn", TODAY, today=TODAY)  # the last day is still the household's
    assert [p.code for p in info.value.problems] == ["registers.warning_not_due"]
    settled = burden.settle_overdue(ctx.uow(), TODAY)
    assert [(r.warning.id, r.warning.status) for r in settled] == [(late, "withdrawn")]
    [follow] = settled[0].followups
    assert (follow.kind, follow.household_id, follow.source_id, follow.status) == ("cancel", receiving, late, "proposed")
    assert proposals.get_proposal(ctx.uow(), follow.proposal_id).kind == "overdue_warning"
    assert reviews.schedule_of(ctx.uow(), receiving).due_date == TODAY
    assert burden.settle_overdue(ctx.uow(), TODAY) == []  # once only
    assert [f.id for f in followups.list_followups(ctx.uow(), household_id=receiving)] == [follow.id]


def test_a_confirmed_warning_calls_for_cancel_and_recovery_and_an_answer_only_for_review(ctx, receiving):
    confirmed = warning(ctx, receiving, D(2026, 12, 10))
    answered = warning(ctx, receiving, D(2026, 12, 10), kind="deposit")
    r = burden.answer(ctx.uow(), confirmed, "confirmed", TODAY, "确系本人车辆，隐瞒未报", today=TODAY)
    assert [(f.kind, f.status) for f in r.followups] == [("cancel", "proposed"), ("recover", "recorded")]
    assert proposals.get_proposal(ctx.uow(), r.followups[0].proposal_id).kind == "crosscheck"
    r2 = burden.answer(ctx.uow(), answered, "answered", TODAY, "存款为代管孙子学费，有凭证", today=TODAY)
    assert r2.followups == () and r2.warning.status == "answered"
    with pytest.raises(RuleError) as info:
        burden.answer(ctx.uow(), answered, "confirmed", TODAY, today=TODAY)
    assert [p.code for p in info.value.problems] == ["registers.warning_closed"]
    assert burden.by_days_left(ctx.uow(), TODAY) == []
