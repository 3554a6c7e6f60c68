"""Events over a real store: a review due at once, 取消 called for (the burden-of-proof clock:
test_burden.py)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, FollowUp, Household, ReviewEvent
from dibao_desk.services import events, proposals, reviews

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
