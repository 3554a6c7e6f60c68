"""撤销此事件 (services.events_undo): an event entered by mistake is taken back with exactly what
it changed (the member's 人员状态, the head and the relations, the review schedule, the case it
proposed), or refused with nothing written when something was built on it."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Case, FollowUp, Proposal, ReviewEvent
from dibao_desk.domain.household import IncomeDraft
from dibao_desk.services import events, events_undo, households, procedure, proposals, reviews
from tests.helpers import walk_case
from tests.unit.test_member_events import household_row, member, receiving, three

D = dt.date
DAY = D(2026, 12, 31)


def state(ctx, hid):
    """What the store holds of the household that an event changes."""
    d = households.get(ctx.uow(), hid).draft
    schedule = reviews.schedule_of(ctx.uow(), hid)
    with ctx.uow() as uow:
        evs = uow.session.scalars(select(ReviewEvent.kind).where(ReviewEvent.household_id == hid)).all()
        follow = uow.session.scalars(select(FollowUp.id).where(FollowUp.household_id == hid)).all()
    return ([(m.name, m.relation, m.person_status, m.status_on) for m in d.members], d.bank_holder_id_number,
            household_row(ctx, hid),
            schedule, evs, follow)


def case_of(ctx, proposal_id):
    with ctx.uow() as uow:
        p = uow.session.get(Proposal, proposal_id)
        c = uow.session.get(Case, p.case_id)
        return p.status, c.status


def case_of_proposal(ctx, proposal_id):
    with ctx.uow() as uow:
        return uow.session.get(Proposal, proposal_id).case_id


def test_a_head_s_death_entered_by_mistake_is_undone_exactly(ctx, make_household):
    """张三's death was typed on the wrong household: undo gives him back his 正常 status and the
    head, 李梅 and 张小明 their relations, the review its date, and withdraws the 变更 (not begun)."""
    hid = three(make_household, bank_account="6228480000000000001").id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    head, *_ = member(ctx, hid, "张三")
    was = state(ctx, hid)
    r = events.add_event(ctx.uow(), hid, "death", DAY, member_id=head, today=DAY)
    assert (r.new_head, r.change.status) == ("李梅", "open")
    assert state(ctx, hid) != was
    u = events_undo.undo_event(ctx.uow(), r.event.id, "误录：死亡的是邻户的张三", today=D(2027, 1, 4))
    assert (u.member, u.person_status, u.head, u.withdrawn_case_ids) == ("张三", "normal", "张三",
                                                                         (r.change.case_id,))
    assert state(ctx, hid) == was
    assert [(m.name, m.relation, m.person_status, m.status_on)
            for m in households.get(ctx.uow(), hid).draft.members] == [
        ("张三", "head", "normal", None), ("李梅", "spouse", "normal", None), ("张小明", "son", "normal", None)]
    assert case_of(ctx, r.change.id) == ("refused", "withdrawn")
    with ctx.uow() as uow:
        row = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "review_event",
                                                         AuditLog.action == "undo")).one()
        assert (row.entity_id, json.loads(row.after)["reason"]) == (r.event.id, "误录：死亡的是邻户的张三")
        assert json.loads(row.before)["kind"] == "death"
    assert events.list_events(ctx.uow(), household_id=hid) == []


def test_an_undo_needs_a_reason_and_writes_nothing_without_one(ctx, make_household):
    hid = three(make_household).id
    son, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "moved_away", DAY, member_id=son, today=DAY)
    after = state(ctx, hid)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "  ", today=DAY)
    assert [p.code for p in e.value.problems] == ["event.undo_reason"]
    assert state(ctx, hid) == after
    events_undo.undo_event(ctx.uow(), r.event.id, "迁出的是另一户", today=DAY)
    assert member(ctx, hid, "张小明")[1:] == ("normal", None)


def test_the_death_of_the_one_member_undone_removes_the_cancellation_it_called_for(ctx, make_household):
    hid = make_household().id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    was = state(ctx, hid)
    r = events.add_event(ctx.uow(), hid, "death", DAY, today=DAY)
    assert r.followup.status == "proposed"
    u = events_undo.undo_event(ctx.uow(), r.event.id, "人还健在", today=DAY)
    assert state(ctx, hid) == was
    assert u.withdrawn_case_ids == (case_of_proposal(ctx, r.followup.proposal_id),)
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Case.status).where(Case.household_id == hid, Case.kind == "cancel")).all() \
            == ["withdrawn"]


def test_an_undo_is_refused_once_the_case_has_a_step_recorded(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    son, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", DAY, member_id=son, today=DAY)
    flow = procedure.get_case(ctx.uow(), r.change.case_id, D(2027, 1, 4)).flow
    assert flow[0] == 6
    walk_case(ctx, r.change.case_id, D(2027, 1, 4), until=flow[1])  # 乡镇政府审核 recorded, nothing after
    after = state(ctx, hid)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "误录", today=D(2027, 1, 5))
    [p] = e.value.problems
    assert (p.code, p.params) == ("event.undo_case_started", {"case": r.change.case_id, "step": 6})
    assert messages.text(p) == f"该变故提出的案件 {r.change.case_id} 已办理到“乡镇政府审核”，不能撤销；请在审批流程中处理该案件"
    assert state(ctx, hid) == after
    assert case_of(ctx, r.change.id) == ("open", "open")


def test_an_undo_is_refused_when_the_change_was_granted(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    son, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", DAY, member_id=son, today=DAY)
    walk_case(ctx, r.change.case_id, D(2027, 1, 4))
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "误录", today=D(2027, 2, 5))
    assert [p.code for p in e.value.problems] == ["event.undo_booked"]
    assert member(ctx, hid, "张小明")[1:] == ("dead", DAY)


def test_an_earlier_event_is_undone_only_after_the_later_one_that_depends_on_it(ctx, make_household):
    hid = three(make_household).id
    head, *_ = member(ctx, hid, "张三")
    son, *_ = member(ctx, hid, "张小明")
    was = state(ctx, hid)
    first = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 1), member_id=head, today=DAY)
    second = events.add_event(ctx.uow(), hid, "moved_away", D(2026, 12, 20), member_id=son, today=DAY)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), first.event.id, "误录", today=DAY)
    assert [(p.code, p.params["later_kind"]) for p in e.value.problems] == [("event.undo_later", "moved_away")]
    events_undo.undo_event(ctx.uow(), second.event.id, "误录", today=DAY)
    assert member(ctx, hid, "张小明")[1:] == ("normal", None)
    events_undo.undo_event(ctx.uow(), first.event.id, "误录", today=DAY)
    assert state(ctx, hid) == was


def test_an_undo_is_refused_when_the_form_changed_what_the_event_set(ctx, make_household):
    """After 张三's death 李梅 heads the household; the office then set 张小明's relation by hand:
    undo would overwrite it, so it is refused and the form is to be corrected."""
    hid = three(make_household).id
    head, *_ = member(ctx, hid, "张三")
    r = events.add_event(ctx.uow(), hid, "death", DAY, member_id=head, today=DAY)
    d = households.get(ctx.uow(), hid).draft
    members = tuple(m if m.name != "张小明" else m.__class__(**{**m.__dict__, "relation": "grandson"})
                    for m in d.members)
    households.save(ctx.uow(), d.__class__(**{**d.__dict__, "members": members}), household_id=hid, today=DAY)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "误录", today=DAY)
    assert [p.code for p in e.value.problems] == ["event.undo_changed_since"]
    assert member(ctx, hid, "张三")[1:] == ("dead", DAY)


def test_a_whole_household_s_move_undone_withdraws_its_cancellation_and_the_review_date_returns(
        ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    was = state(ctx, hid)
    r = events.add_event(ctx.uow(), hid, "moved_away", D(2026, 12, 15), "全户迁往县城", today=DAY)
    assert r.member == "" and r.followup.status == "proposed"
    assert reviews.schedule_of(ctx.uow(), hid).due_date == D(2026, 12, 15)
    u = events_undo.undo_event(ctx.uow(), r.event.id, "迁出的是同村另一户", today=DAY)
    assert (u.member, u.head, u.withdrawn_case_ids) == ("", "张三", (case_of_proposal(ctx, r.followup.proposal_id),))
    assert state(ctx, hid) == was
    assert case_of(ctx, r.followup.proposal_id) == ("refused", "withdrawn")


def test_an_event_a_review_has_dealt_with_is_not_undone(ctx, make_household):
    """The relocation made the review due; the review visited the household and kept it: the
    event is part of the review's record now, and stays."""
    from dibao_desk.services.reviews_results import ReviewInput

    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    r = events.add_event(ctx.uow(), hid, "relocation", D(2026, 12, 15), "易地搬迁", today=DAY)
    reviews.record_review(ctx.uow(), ReviewInput(hid, D(2026, 12, 20), "王经办", "keep", findings="搬迁后收入无变化"),
                          today=DAY)
    assert [e.resolved for e in events.list_events(ctx.uow(), household_id=hid)] == [True]
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "误录", today=DAY)
    assert [messages.text(p) for p in e.value.problems] == ["2026-12-15 的“搬迁安置”已经复核处理，不能撤销"]
    assert [e.kind for e in events.list_events(ctx.uow(), household_id=hid)] == ["relocation"]


def test_an_event_entered_again_after_an_undo_is_undone_with_what_it_did_itself(ctx, make_household):
    """李梅's death is undone; the office then enters 张小明's move away (the store may give it the
    freed number): undoing that one puts back 张小明, not 李梅, and withdraws its own case."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    was = state(ctx, hid)
    spouse, *_ = member(ctx, hid, "李梅")
    son, *_ = member(ctx, hid, "张小明")
    first = events.add_event(ctx.uow(), hid, "death", DAY, member_id=spouse, today=DAY)
    events_undo.undo_event(ctx.uow(), first.event.id, "误录", today=DAY)
    again = events.add_event(ctx.uow(), hid, "moved_away", DAY, member_id=son, today=DAY)
    assert member(ctx, hid, "张小明")[1:] == ("split_out", DAY)
    u = events_undo.undo_event(ctx.uow(), again.event.id, "也是误录", today=DAY)
    assert (u.member, u.withdrawn_case_ids) == ("张小明", (again.change.case_id,))
    assert state(ctx, hid) == was
    assert case_of(ctx, again.change.id) == ("refused", "withdrawn")


def test_an_event_a_county_file_raised_is_not_the_office_s_to_undo(ctx, make_household):
    hid = three(make_household).id
    raised = reviews.raise_event(ctx.uow(), hid, "death", DAY, detail="张小明", source="比对结果2026-12.xlsx")
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), raised.id, "误录", today=DAY)
    assert [messages.text(p) for p in e.value.problems] == [
        "该“成员死亡”来自“比对结果2026-12.xlsx”，不是本乡镇登记的变故，不能撤销"]
    assert [e.source for e in events.list_events(ctx.uow(), household_id=hid)] == ["比对结果2026-12.xlsx"]



def add_daughter(ctx, hid, today=DAY):
    """The household form: 张小红 (daughter, born 2020) added to the household receiving benefit."""
    from dataclasses import replace
    from tests.conftest import make_id
    from dibao_desk.domain.household import MemberDraft

    d = households.get(ctx.uow(), hid).draft
    girl = MemberDraft("张小红", make_id("20200302", 44), "daughter", employment="preschool")
    households.save(ctx.uow(), replace(d, members=d.members + (girl,)), hid, today=today, expected=d)
    with ctx.uow() as uow:
        return uow.session.scalars(select(ReviewEvent).where(ReviewEvent.household_id == hid,
                                                             ReviewEvent.kind == "other")).one().id


def test_a_member_added_by_mistake_is_undone_and_the_review_date_comes_back(ctx, make_household):
    """张小红 was added to 张三's household by mistake: undoing the form's 新增家庭成员 removes her,
    and the household's members, list columns, review date and events are as before."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    was = state(ctx, hid)
    ev = add_daughter(ctx, hid)
    assert state(ctx, hid) != was
    assert reviews.schedule_of(ctx.uow(), hid).due_date == DAY
    u = events_undo.undo_event(ctx.uow(), ev, "误录：张小红是邻户的孩子", today=D(2027, 1, 4))
    assert (u.kind, u.member, u.head, u.withdrawn_case_ids) == ("other", "张小红", "张三", ())
    assert state(ctx, hid) == was
    assert [m.name for m in households.get(ctx.uow(), hid).draft.members] == ["张三", "李梅", "张小明"]
    with ctx.uow() as uow:
        row = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "review_event",
                                                         AuditLog.action == "undo")).one()
        assert (row.entity_id, json.loads(row.after)["reason"], json.loads(row.after)["removed"]) == (
            ev, "误录：张小红是邻户的孩子", "张小红")
        removed = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "household",
                                                             AuditLog.action == "member_added_undo")).one()
        assert [m["name"] for m in json.loads(removed.before)["members"]] == ["张三", "李梅", "张小明", "张小红"]
        assert [m["name"] for m in json.loads(removed.after)["members"]] == ["张三", "李梅", "张小明"]


def test_a_member_added_then_edited_on_the_form_is_not_undone(ctx, make_household):
    """The form saved again after the member was added (her details filled in): something was built
    on the addition, so undo refuses, naming what to do, and writes nothing."""
    from dataclasses import replace

    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), DAY)
    ev = add_daughter(ctx, hid)
    d = households.get(ctx.uow(), hid).draft
    girl = replace(d.members[3], disability_grade=3)
    households.save(ctx.uow(), replace(d, members=d.members[:3] + (girl,)), hid, today=DAY, expected=d)
    after = state(ctx, hid)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), ev, "误录", today=DAY)
    assert [p.code for p in e.value.problems] == ["event.undo_added_changed"]
    assert messages.text(e.value.problems[0]) == (
        "2026-12-31 新增家庭成员后，该户的成员或收入又修改过（或登记了成员变故），不能自动撤销："
        "请在“修改家庭信息”中删除误增的成员")
    assert state(ctx, hid) == after


def test_an_event_without_its_audit_rows_is_refused_not_half_undone(ctx, make_household):
    """An old death whose audit rows are missing: undo cannot know which member it marked, so it
    refuses (saying what to correct by hand) instead of deleting the event and leaving 张小明 dead."""
    hid = three(make_household).id
    son, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", DAY, member_id=son, today=DAY)
    with ctx.uow() as uow:
        for row in uow.session.scalars(select(AuditLog).where(AuditLog.entity == "review_event")):
            uow.session.delete(row)
        uow.commit()
    after = state(ctx, hid)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), r.event.id, "误录", today=DAY)
    assert [p.code for p in e.value.problems] == ["event.undo_no_record"]
    assert messages.text(e.value.problems[0]) == (
        "2026-12-31 的“成员死亡”登记时没有留下操作记录，无法确定它改动了哪些成员，不能自动撤销："
        "请在“修改家庭信息”中核对更正成员的人员状态、户主和关系，在审批流程中撤回它提出的案件，复核时说明该变故系误录")
    assert state(ctx, hid) == after


def moved_into_other(ctx, make_household):
    """张三 (head of household A, with his 600 元 wages and the bank account in his name) moved out
    on 31 December (李梅 heads A, its 变更 proposed); on 5 January the office adds him to 王五's
    household B, both receiving benefit. (A, B, the 迁出 event, B's 新增家庭成员 event, A and B
    as they were just before he was added to B)."""
    from dataclasses import replace
    from tests.conftest import make_id
    from dibao_desk.domain.household import MemberDraft

    a = three(make_household, bank_account="6228480000000000001").id
    receiving(ctx, a, D(2026, 12, 1), DAY)
    b = make_household(head="王五", head_id=make_id("19580101", 55), wages_fen=30000).id
    receiving(ctx, b, D(2026, 12, 1), DAY)
    head, *_ = member(ctx, a, "张三")
    left = events.add_event(ctx.uow(), a, "moved_away", DAY, member_id=head, today=DAY)
    assert (left.new_head, left.change.status) == ("李梅", "open")
    before = state(ctx, a), state(ctx, b), proposals.get_proposal(ctx.uow(), left.change.id)
    zhang = households.get(ctx.uow(), a).draft.members[0]
    d = households.get(ctx.uow(), b).draft
    moved = MemberDraft("张三", zhang.id_number, "sibling", work_capacity="partial")
    households.save(ctx.uow(), replace(d, members=d.members + (moved,),
                                       incomes=d.incomes + (IncomeDraft("wages", 60000, 1),)),
                    b, today=D(2027, 1, 5), expected=d)
    assert [m.name for m in households.get(ctx.uow(), a).draft.members] == ["李梅", "张小明"]
    with ctx.uow() as uow:
        added = uow.session.scalars(select(ReviewEvent.id).where(ReviewEvent.household_id == b,
                                                                 ReviewEvent.kind == "other")).one()
    return a, b, left, added, before


def test_a_member_moved_in_from_another_household_goes_back_there_when_the_addition_is_undone(
        ctx, make_household):
    """张三 was added to 王五's household by mistake: undoing the addition puts him back in his
    old household as it held him (迁出 on 31 December, still its 户主 relation, his wages, the
    account in his name), 王五's household as before, both review dates and A's 变更 as before."""
    a, b, left, added, (was_a, was_b, change) = moved_into_other(ctx, make_household)
    u = events_undo.undo_event(ctx.uow(), added, "误录：张三未迁入本户", today=D(2027, 1, 6))
    assert (u.kind, u.member, u.head) == ("other", "张三", "王五")
    assert state(ctx, a) == was_a
    assert state(ctx, b) == was_b
    assert proposals.get_proposal(ctx.uow(), left.change.id) == change
    d = households.get(ctx.uow(), a).draft
    assert [(m.name, m.relation, m.person_status, m.status_on) for m in d.members][0] == (
        "张三", "head", "split_out", DAY)
    assert d.incomes == (IncomeDraft("wages", 60000, 0),)
    assert d.bank_holder_id_number == d.members[0].id_number
    with ctx.uow() as uow:
        row = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "household", AuditLog.entity_id == a,
                                                         AuditLog.action == "member_moved_back")).one()
        assert json.loads(row.after)["from_household_id"] == b
    # and the 迁出 itself may now be undone: 张三 heads A again
    events_undo.undo_event(ctx.uow(), left.event.id, "误录：张三未迁出", today=D(2027, 1, 6))
    assert [(m.name, m.relation, m.person_status) for m in households.get(ctx.uow(), a).draft.members] == [
        ("张三", "head", "normal"), ("李梅", "spouse", "normal"), ("张小明", "son", "normal")]


def test_a_move_out_is_not_undone_while_the_member_is_on_file_in_another_household(ctx, make_household):
    """张三's record is in 王五's household now: undoing his 迁出 alone would leave him in two
    households, so it is refused, saying to undo the addition there first; nothing is written."""
    a, b, left, added, _ = moved_into_other(ctx, make_household)
    after = state(ctx, a), state(ctx, b)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), left.event.id, "误录", today=D(2027, 1, 6))
    assert [p.code for p in e.value.problems] == ["event.undo_moved_on"]
    assert messages.text(e.value.problems[0]) == (
        f"张三 的成员记录已于 2027-01-05 转入东风村户主“王五”的家庭（户编号 {b}），不能撤销这次“迁出”："
        "请先在该户撤销 2027-01-05 的“新增家庭成员”，使其回到本户，再撤销本次变故")
    assert (state(ctx, a), state(ctx, b)) == after


def test_an_addition_is_not_undone_when_the_old_household_changed_since(ctx, make_household):
    """李梅's household was edited after 张三 left its records (a new income): putting him back
    there could not give the household as it was, so undo refuses with what to do by hand."""
    from dataclasses import replace

    a, b, left, added, _ = moved_into_other(ctx, make_household)
    d = households.get(ctx.uow(), a).draft
    households.save(ctx.uow(), replace(d, incomes=d.incomes + (IncomeDraft("pension", 15000, 0),)), a,
                    today=D(2027, 1, 6), expected=d)
    after = state(ctx, a), state(ctx, b)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), added, "误录", today=D(2027, 1, 7))
    assert [p.code for p in e.value.problems] == ["event.undo_added_moved_changed"]
    assert messages.text(e.value.problems[0]) == (
        f"张三 是 2027-01-05 从东风村户主“李梅”的家庭（户编号 {a}）转入的，该户之后又修改过，不能自动撤销："
        "请先在本户“修改家庭信息”中删除该成员，再在原户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）")
    assert (state(ctx, a), state(ctx, b)) == after


def test_an_addition_edited_since_names_the_household_a_moved_in_member_came_from(ctx, make_household):
    """王五's household was edited after 张三 was added from 李梅's: deleting 张三 on the form would
    leave him in no household, so the refusal says to enter him again in 李梅's household, named."""
    from dataclasses import replace

    a, b, left, added, _ = moved_into_other(ctx, make_household)
    d = households.get(ctx.uow(), b).draft
    households.save(ctx.uow(), replace(d, incomes=d.incomes + (IncomeDraft("pension", 15000, 0),)), b,
                    today=D(2027, 1, 6), expected=d)
    after = state(ctx, a), state(ctx, b)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), added, "误录", today=D(2027, 1, 7))
    assert [p.code for p in e.value.problems] == ["event.undo_added_changed"]
    assert messages.text(e.value.problems[0]) == (
        "2027-01-05 新增家庭成员后，该户的成员或收入又修改过（或登记了成员变故），不能自动撤销："
        "请在“修改家庭信息”中删除误增的成员；其中 张三 是从东风村户主“李梅”的家庭"
        f"（户编号 {a}）转入的，删除后即不在任何一户：请再在该户“修改家庭信息”中按原样补录"
        "（关系、人员状态及日期、收入）")
    assert (state(ctx, a), state(ctx, b)) == after


def test_an_addition_made_head_names_the_household_a_moved_in_member_came_from(ctx, make_household):
    """张三, moved in from 李梅's household, was made the account holder of 王五's: the refusal to
    undo says to enter him again in 李梅's household, named, once he is deleted."""
    from dataclasses import replace

    a, b, left, added, _ = moved_into_other(ctx, make_household)
    d = households.get(ctx.uow(), b).draft
    households.save(ctx.uow(), replace(d, bank_holder_id_number=d.members[-1].id_number), b,
                    today=D(2027, 1, 6), expected=d)
    with pytest.raises(RuleError) as e:
        events_undo.undo_event(ctx.uow(), added, "误录", today=D(2027, 1, 7))
    assert [p.code for p in e.value.problems] == ["event.undo_added_head"]
    assert messages.text(e.value.problems[0]) == (
        "2027-01-05 新增的成员已是户主或收款人，不能自动撤销：请在“修改家庭信息”中先改定户主和收款人，再删除误增的成员；"
        f"其中 张三 是从东风村户主“李梅”的家庭（户编号 {a}）转入的，删除后即不在任何一户："
        "请再在该户“修改家庭信息”中按原样补录（关系、人员状态及日期、收入）")
