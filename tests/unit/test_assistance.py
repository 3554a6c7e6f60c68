"""Linked assistance (1+X): recording, checks, totals by kind, and the "cliff" a cancellation
would cause (seed 002: dibao status unlocks the other assistance)."""

import datetime as dt

import pytest

from dibao_desk.domain import assistance as rules
from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, LinkedAssistance
from dibao_desk.services import assistance, households
from tests.conftest import MemberDraft, make_id

D = dt.date
TODAY = D(2026, 11, 30)


def draft(kind="medical_insurance", fen=38000, on=D(2026, 3, 1), giver="县医保局", member=""):
    return AssistanceDraft(kind, fen, on, giver, member)


@pytest.fixture
def home(make_household):
    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    return make_household(wages_fen=0, extra_members=[kid])


def test_an_item_is_recorded_for_a_member_with_an_audit_row(ctx, home):
    kid_id = home.draft.members[1].id_number
    info = assistance.add(ctx.uow(), home.id, draft("education", 50000, D(2026, 9, 1), "县教育局", kid_id), TODAY)
    assert (info.kind, info.amount_fen, info.member_name, info.giver) == ("education", 50000, "张小", "县教育局")
    with ctx.uow() as uow:
        audit = uow.session.query(AuditLog).filter_by(entity="linked_assistance").one()
        assert audit.entity_id == info.id and audit.action == "create"


def test_an_item_keeps_its_member_after_the_household_is_saved_again(ctx, home):
    kid_id = home.draft.members[1].id_number
    assistance.add(ctx.uow(), home.id, draft(member=kid_id), TODAY)
    households.save(ctx.uow(), home.draft, home.id, today=TODAY)  # members are re-written
    assert [i.member_name for i in assistance.list_for(ctx.uow(), home.id)] == ["张小"]


@pytest.mark.parametrize("bad, code", [
    (draft(kind="lottery"), "assistance.kind"),
    (draft(fen=-1), "assistance.negative"),
    (draft(fen=rules.MAX_AMOUNT_FEN + 1), "assistance.too_large"),
    (draft(on=D(2026, 12, 1)), "assistance.future"),
    (draft(giver="  "), "assistance.giver"),
    (draft(member=make_id("19990101", 77)), "assistance.member"),
])
def test_bad_input_is_refused_and_nothing_is_written(ctx, home, bad, code):
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), home.id, bad, TODAY)
    assert [p.code for p in info.value.problems] == [code]
    with ctx.uow() as uow:
        assert uow.session.query(LinkedAssistance).count() == 0
        assert uow.session.query(AuditLog).filter_by(entity="linked_assistance").count() == 0


def test_an_unknown_household_is_refused(ctx):
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), 999, draft(), TODAY)
    assert info.value.problems[0].code == "household.missing"


def test_removing_an_item_is_audited(ctx, home):
    info = assistance.add(ctx.uow(), home.id, draft(), TODAY)
    assistance.remove(ctx.uow(), info.id)
    assert assistance.list_for(ctx.uow(), home.id) == []
    with pytest.raises(RuleError):
        assistance.remove(ctx.uow(), info.id)
    with ctx.uow() as uow:
        actions = [a.action for a in uow.session.query(AuditLog).filter_by(entity="linked_assistance")]
    assert actions == ["create", "delete"]


@pytest.mark.parametrize("on, expected", [
    # given 2025-11-30 (medical insurance) and 2026-02-28 (heating), 2026-11-30 (temporary)
    (D(2026, 11, 30), ["heating", "temporary"]),   # a year back is 2025-11-30: that day no longer counts
    (D(2026, 11, 29), ["medical_insurance", "heating"]),
    (D(2027, 2, 28), ["temporary"]),               # the heating of 28 Feb 2026 is a year old
    (D(2027, 2, 27), ["heating", "temporary"]),
])
def test_a_cancellation_loses_what_was_given_in_the_last_year(on, expected):
    given = [("medical_insurance", D(2025, 11, 30), 38000), ("heating", D(2026, 2, 28), 20000),
             ("temporary", D(2026, 11, 30), 100000)]
    assert [h.kind for h in rules.lost_on_cancel(given, on)] == expected


def test_the_cliff_adds_up_each_kind_over_the_year(ctx, home):
    for on, fen in ((D(2026, 1, 15), 30000), (D(2026, 6, 15), 50000)):
        assistance.add(ctx.uow(), home.id, draft("medical", fen, on, "县医保局"), TODAY)
    assistance.add(ctx.uow(), home.id, draft("medical_insurance", 38000, D(2025, 3, 1)), TODAY)  # too old
    lost = assistance.lost_on_cancel(ctx.uow(), home.id, TODAY)
    assert [(h.kind, h.year_fen, h.times, h.last_given) for h in lost] == [("medical", 80000, 2, D(2026, 6, 15))]


def test_totals_by_kind_for_a_period_and_a_village(ctx, home, make_household):
    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0)
    assistance.add(ctx.uow(), home.id, draft("medical", 30000, D(2026, 11, 2)), TODAY)
    assistance.add(ctx.uow(), home.id, draft("medical", 20000, D(2026, 11, 30)), TODAY)
    assistance.add(ctx.uow(), other.id, draft("medical", 10000, D(2026, 11, 15)), TODAY)
    assistance.add(ctx.uow(), other.id, draft("temporary", 5000, D(2026, 10, 31)), TODAY)  # before the month
    nov = assistance.totals(ctx.uow(), D(2026, 11, 1), D(2026, 11, 30))
    assert [(t.kind, t.households, t.items, t.amount_fen) for t in nov] == [("medical", 2, 3, 60000)]
    only = assistance.totals(ctx.uow(), D(2026, 10, 1), D(2026, 12, 31), home.draft.village_id)
    assert [(t.kind, t.households, t.items, t.amount_fen) for t in only] == [("medical", 1, 2, 50000)]
