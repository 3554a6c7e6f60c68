"""分户: a member who moved out of a household (分户迁出, 嫁娶) is registered in the household
they moved to. The member's ID number used to stay registered in the old household, so the new
household could not be saved (“身份证号已登记在…的家庭中”)."""

import datetime as dt

import pytest
from sqlalchemy import select

from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog
from dibao_desk.services import events, households
from tests.conftest import make_id, simple_draft

D = dt.date
SON, WIFE = make_id("19950601", 33), make_id("19620402", 22)


def old_home(make_household):
    return make_household(wages_fen=0, extra_members=(MemberDraft("李梅", WIFE, "spouse"),
                                                      MemberDraft("张大明", SON, "son")))


def test_a_son_who_split_out_is_registered_as_head_of_his_own_household(ctx, make_household, villages):
    hh = old_home(make_household)
    old = households.get(ctx.uow(), hh.id)
    # his wages were recorded in the old household as his
    households.save(ctx.uow(), old.draft.__class__(**{**old.draft.__dict__, "incomes": (IncomeDraft("wages", 200000, 2),)}),
                    household_id=hh.id, today=D(2026, 11, 30))
    son = households.get(ctx.uow(), hh.id).member_ids[2]
    events.add_event(ctx.uow(), hh.id, "moved_away", D(2026, 11, 1), "分户另立", member_id=son, today=D(2026, 11, 30))
    draft = simple_draft(villages["向阳社区"], head="张大明", head_id=SON, wages_fen=200000)
    from dibao_desk import messages

    said = [messages.text(p) for p in households.check(ctx.uow(), draft, today=D(2026, 11, 30))
            if p.code == "member.moved_in"]
    assert said == ["第 1 名成员已从东风村户主“张三”的家庭（户编号 1）分户迁出，保存后其成员记录转入本户"]
    new = households.save(ctx.uow(), draft, today=D(2026, 11, 30))
    assert [(m.name, m.person_status) for m in new.draft.members] == [("张大明", "normal")]
    left = households.get(ctx.uow(), hh.id)
    assert [m.name for m in left.draft.members] == ["张三", "李梅"]
    assert (left.income.persons, left.income.counted_fen) == (2, 0)  # his wages left with him
    with ctx.uow() as uow:
        moved = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "household",
                                                          AuditLog.entity_id == hh.id,
                                                          AuditLog.action == "member_moved")).all()
    assert len(moved) == 1


def test_a_member_who_died_or_still_lives_there_stays_registered_where_he_is(ctx, make_household, villages):
    hh = old_home(make_household)
    wife = households.get(ctx.uow(), hh.id).member_ids[1]
    events.add_event(ctx.uow(), hh.id, "death", D(2026, 11, 1), member_id=wife, today=D(2026, 11, 30))
    for number in (WIFE, SON):
        with pytest.raises(RuleError) as info:
            households.save(ctx.uow(), simple_draft(villages["东风村"], head="某某", head_id=number),
                            today=D(2026, 11, 30))
        assert [p.code for p in info.value.problems] == ["member.id_registered"]
    assert [m.name for m in households.get(ctx.uow(), hh.id).draft.members] == ["张三", "李梅", "张大明"]


def test_the_one_member_of_a_household_moves_into_another(ctx, make_household, villages):
    """合户: 王五 lives alone; he moves in with his son's family. His household keeps its name and
    history with no member left; he is registered in his son's household."""
    alone = make_household(head="王五", head_id=make_id("19500101", 55), wages_fen=0).id
    events.add_event(ctx.uow(), alone, "moved_away", D(2026, 11, 1), member_id=households.get(
        ctx.uow(), alone).member_ids[0], today=D(2026, 11, 30))
    son = old_home(make_household)
    d = households.get(ctx.uow(), son.id)
    joined = d.draft.with_members([*d.draft.members, MemberDraft("王五", make_id("19500101", 55), "father")])
    households.save(ctx.uow(), joined, household_id=son.id, today=D(2026, 11, 30))
    assert [m.name for m in households.get(ctx.uow(), son.id).draft.members][-1] == "王五"
    with ctx.uow() as uow:
        from dibao_desk.models import Household

        h = uow.session.get(Household, alone)
        assert (h.head_name, h.person_count, len(h.members)) == ("王五", 0, 0)
