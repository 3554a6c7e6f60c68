"""The burden-of-proof clock over a real store: cross-check warnings by days left, an unanswered
one past its date taken as withdrawing, a confirmed one calling for 取消 and 追回."""

import pytest

from dibao_desk.domain.problems import RuleError
from dibao_desk.models import CrossCheckWarning
from dibao_desk.services import burden, followups, proposals, reviews
from tests.unit.test_events import D, TODAY, receiving  # noqa: F401 (fixture)


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
