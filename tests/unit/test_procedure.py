"""The procedure over a real store: every illegal move refused, writes nothing; audit rows;
democratic review; notices and objections with a fixed clock; changes and cancellations."""

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.household import PropertyDraft, SupporterDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Case, CaseStep
from dibao_desk.services import households, ledger, proposals
from tests.helpers import make_id
from dibao_desk.services import procedure as proc

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
P = "王经办"


@pytest.fixture
def make_household(make_household):
    """Households that pass the means test (200 元 wages for one person at the 450 元 standard)
    unless a test says otherwise: the county approves others only as special cases."""
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})


def codes(exc):
    return [p.code for p in exc.value.problems]


def receive(ctx, hid, on=D(2026, 11, 2)):
    return proc.receive_application(ctx.uow(), hid, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on)


# The dates each step is done on, and what it needs.
def do_step(ctx, case_id, step, detail=None):
    u = ctx.uow()
    if step == 2:
        return proc.record_step(u, case_id, 2, {"on": D(2026, 11, 4), "person": "李调查",
                                                "investigator_signed": True, "applicant_signed": True,
                                                "findings": "家中无劳动力"}, D(2026, 11, 4))
    if step == 3:
        return proc.record_step(u, case_id, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                                "attendees": "村民代表 11 人", "objections": {},
                                                "outcome": "pass"}, D(2026, 11, 6))
    if step in (4, 7, 9):
        start = {4: D(2026, 11, 7), 7: D(2026, 11, 17), 9: D(2026, 11, 27)}[step]
        proc.start_notice(u, case_id, step, start, P, start)
        end = start + dt.timedelta(days=7)
        return proc.record_step(u, case_id, step, {"on": end, "person": P}, end)
    if step == 5:
        return proc.record_step(u, case_id, 5, {"on": D(2026, 11, 15), "person": "经办机构"}, D(2026, 11, 15))
    if step == 6:
        return proc.record_step(u, case_id, 6, {"on": D(2026, 11, 16), "person": "分管镇长",
                                                "category": "class2", "monthly_fen": 31200, "amount_reason": "村评议核定"}, D(2026, 11, 16))
    if step == 8:
        return proc.record_county_decision(u, case_id, True, "", D(2026, 11, 26), True, "县民政局",
                                           today=D(2026, 11, 26))
    if step == 10:
        return proc.record_step(u, case_id, 10, {"on": D(2026, 12, 4), "person": P, "start_month": D(2026, 12, 1),
                                                 "category": "class2", "monthly_fen": 31200, "amount_reason": "村评议核定"}, D(2026, 12, 4))
    raise AssertionError(step)


def walk(ctx, case_id, to_step, flow=tuple(range(2, 11))):
    detail = None
    for step in flow:
        if step >= to_step:
            break
        detail = do_step(ctx, case_id, step)
    return detail


def count(ctx, model, **where):
    with ctx.uow() as u:
        stmt = select(func.count()).select_from(model)
        for k, v in where.items():
            stmt = stmt.where(getattr(model, k) == v)
        return u.session.scalar(stmt)


def test_an_application_goes_through_all_ten_steps(ctx, make_household):
    h = make_household()
    detail = receive(ctx, h.id)
    assert households.get(ctx.uow(), h.id).status == "applying"
    assert detail.next_step == 2
    case_id = detail.info.id
    detail = walk(ctx, case_id, 11)
    assert detail.info.status == "done" and detail.next_step is None
    assert sorted(detail.current) == list(range(1, 11))
    assert all(s.done_on and s.person and s.result == "passed" for s in detail.current.values())
    assert detail.current[8].data["sampled"] is True
    assert detail.current[4].window_end == D(2026, 11, 14)
    hh = households.get(ctx.uow(), h.id)
    assert (hh.status, hh.category, hh.monthly_benefit_fen, hh.benefit_start) == \
        ("receiving", "class2", 31200, D(2026, 12, 1))
    actions = [a for (a,) in ctx.uow().__enter__().session.execute(
        select(AuditLog.action).where(AuditLog.entity == "case_step", AuditLog.entity_id == case_id))]
    for step in range(1, 11):
        assert f"step{step}" in actions
    for step in (4, 7, 9):
        assert f"step{step}.start" in actions


def test_every_illegal_move_is_refused_and_writes_nothing(ctx, make_household):
    """At each step, try every other step (and refusing at it), then do the step."""
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    today = D(2026, 12, 31)
    for at in range(2, 11):
        before = (count(ctx, CaseStep), count(ctx, AuditLog))
        for attempt in range(1, 11):
            if attempt == at:
                continue
            with pytest.raises(RuleError) as info:
                proc.record_step(ctx.uow(), case_id, attempt, {"on": today, "person": P}, today)
            # a step done already is named as done (by whom, when), not as out of order
            assert codes(info) == ["procedure.step_done" if attempt < at else "procedure.out_of_order"]
            with pytest.raises(RuleError) as info:
                proc.refuse(ctx.uow(), case_id, attempt, "理由", today, P, today)
            assert codes(info) == ["procedure.out_of_order"]
            if attempt in (4, 7, 9):
                with pytest.raises(RuleError):
                    proc.start_notice(ctx.uow(), case_id, attempt, today, P, today)
                with pytest.raises(RuleError):
                    proc.log_objection(ctx.uow(), case_id, attempt, today, "box", "x", today)
        assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
        do_step(ctx, case_id, at)
    # After the last step the case is closed: nothing moves any more
    for attempt in range(1, 11):
        with pytest.raises(RuleError) as info:
            proc.record_step(ctx.uow(), case_id, attempt, {"on": today, "person": P}, today)
        assert codes(info) == ["procedure.case_closed"]


def test_notice_cannot_move_on_before_the_window_ends_nor_with_an_open_objection(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 4)
    start = D(2026, 11, 28)
    detail = proc.start_notice(ctx.uow(), case_id, 4, start, P, start)
    assert detail.current[4].window_end == D(2026, 12, 5)  # across the month end
    assert detail.waiting.code == "waiting.notice_running"
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 4, {"on": D(2026, 12, 4), "person": P}, D(2026, 12, 4))
    assert codes(info) == ["procedure.window_open"]
    o = proc.log_objection(ctx.uow(), case_id, 4, D(2026, 12, 1), "phone", "他家儿子在县城开店", D(2026, 12, 1))
    rows = proc.list_cases(ctx.uow(), step=4, today=D(2026, 12, 6))
    assert rows[0].waiting.code == "waiting.objections"
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 4, {"on": D(2026, 12, 6), "person": P}, D(2026, 12, 6))
    assert codes(info) == ["procedure.objections_open"]
    with pytest.raises(RuleError) as info:
        proc.resolve_objection(ctx.uow(), o.id, "dismissed", "", D(2026, 12, 2), D(2026, 12, 6))
    assert codes(info) == ["procedure.resolution_note_empty"]
    proc.resolve_objection(ctx.uow(), o.id, "dismissed", "经核查，店铺为其儿子另立户经营", D(2026, 12, 3), D(2026, 12, 6))
    with pytest.raises(RuleError) as info:
        proc.resolve_objection(ctx.uow(), o.id, "upheld", "再次", D(2026, 12, 3), D(2026, 12, 6))
    assert codes(info) == ["procedure.objection_resolved"]
    detail = proc.record_step(ctx.uow(), case_id, 4, {"on": D(2026, 12, 6), "person": P}, D(2026, 12, 6))
    assert detail.next_step == 5
    assert detail.objections[0].result == "dismissed"


def test_notice_days_come_from_one_place(ctx, make_household, monkeypatch):
    from dibao_desk.services import procedure_notice

    monkeypatch.setattr(procedure_notice, "notice_days", lambda uow, day: 10)
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 4)
    detail = proc.start_notice(ctx.uow(), case_id, 4, D(2026, 11, 25), P, D(2026, 11, 25))
    assert detail.current[4].window_end == D(2026, 12, 5)


def test_democratic_review_leaves_out_a_member_who_died_and_his_income(ctx, villages):
    """The 民主评议记录 puts to the representatives only who lives in the household: a member
    recorded as dead (or gone) is not an item, nor is the pension recorded as his."""
    from dataclasses import replace

    from dibao_desk.domain.household import IncomeDraft, MemberDraft, PersonStatus
    from tests.conftest import simple_draft

    draft = simple_draft(villages["东风村"], wages_fen=20000, extra_members=(
        MemberDraft("李梅", make_id("19650101", 22), "spouse"),
        MemberDraft("张老汉", make_id("19400101", 13), "father", person_status=PersonStatus.DEAD,
                    status_on=D(2026, 10, 1))))
    draft = replace(draft, incomes=draft.incomes + (IncomeDraft("pension", 15000, 2),))
    h = households.save(ctx.uow(), draft, today=D(2026, 11, 23))
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 3)
    items = proc.review_items(ctx.uow(), case_id)
    assert not any("张老汉" in i.label or "张老汉" in i.detail for i in items)
    assert [i.kind for i in items] == ["member", "member", "income"]
    opened = proc.open_review(ctx.uow(), case_id, D(2026, 11, 6), "村委会", "村民代表 11 人", "村主任",
                              D(2026, 11, 6))
    assert [i.key for i in opened] == [i.key for i in items]
    printed = proc.get_case(ctx.uow(), case_id, D(2026, 11, 6)).review_items
    assert len(printed) == 3 and not any("张老汉" in i.label for i in printed)


def test_democratic_review_reviews_every_declared_item(ctx, make_household):
    from dibao_desk.domain.household import MemberDraft

    h = make_household(extra_members=(MemberDraft("李梅", make_id("19650101", 22), "spouse"),),
                       properties=(PropertyDraft("housing", 5000000, 8000),),
                       supporters=(SupporterDraft("张大", relation="son", household_income_fen=400000,
                                                  support_paid_fen=20000),))
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 3)
    items = proc.review_items(ctx.uow(), case_id)
    assert [i.kind for i in items] == ["member", "member", "income", "property", "supporter"]
    spouse = items[1].key
    # One objection with a reason fails the item: the review cannot pass
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                                 "attendees": "代表 9 人", "objections": {spouse: "她在镇上超市上班"},
                                                 "outcome": "pass"}, D(2026, 11, 6))
    assert codes(info) == ["procedure.review_failed_items"]
    # ...it sends the case back to the home visit
    detail = proc.record_step(ctx.uow(), case_id, 3, {
        "on": D(2026, 11, 6), "person": "村主任", "place": "村委会", "attendees": "代表 9 人",
        "objections": {spouse: "她在镇上超市上班"}, "outcome": "return"}, D(2026, 11, 6))
    assert detail.next_step == 2
    assert [(s.step, s.active, s.result) for s in detail.steps] == \
        [(1, True, "passed"), (2, False, "passed"), (3, False, "returned")]
    # the snapshot of the returned review is kept with its objection
    with ctx.uow() as u:
        rec = u.session.scalars(select(CaseStep).where(CaseStep.step == 3)).one()
        assert [(i.key, i.objection) for i in rec.review_items if i.objection] == [(spouse, "她在镇上超市上班")]
        assert len(rec.review_items) == 5
    # second visit, second review: another failed item, refused this time
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 8), "person": "李调查",
                                             "investigator_signed": True, "applicant_signed": True}, D(2026, 11, 8))
    detail = proc.record_step(ctx.uow(), case_id, 3, {
        "on": D(2026, 11, 9), "person": "村主任", "place": "村委会", "attendees": "代表 9 人",
        "objections": {items[3].key: "房产不止一处"}, "outcome": "refuse"}, D(2026, 11, 9))
    assert detail.info.status == "refused"
    assert "房产不止一处" in detail.refused_reason
    assert households.get(ctx.uow(), h.id).status == "refused"


def test_refusal_ends_the_case_and_the_household_may_apply_again(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 5)
    with pytest.raises(RuleError) as info:
        proc.refuse(ctx.uow(), case_id, 5, " ", D(2026, 11, 15), P, D(2026, 11, 15))
    assert codes(info) == ["procedure.reason_empty"]
    detail = proc.refuse(ctx.uow(), case_id, 5, "人均收入高于保障标准", D(2026, 11, 15), P, D(2026, 11, 15))
    assert (detail.info.status, detail.current[5].result) == ("refused", "refused")
    assert households.get(ctx.uow(), h.id).status == "refused"
    # After the refusal nothing moves: no step, no refusal, no notice, no objection
    day = D(2026, 11, 16)
    for step in range(1, 11):
        with pytest.raises(RuleError) as info:
            proc.record_step(ctx.uow(), case_id, step, {"on": day, "person": P}, day)
        assert codes(info) == ["procedure.case_closed"]
        with pytest.raises(RuleError) as info:
            proc.refuse(ctx.uow(), case_id, step, "再次", day, P, day)
        assert codes(info) == ["procedure.case_closed"]
    for step in (4, 7, 9):
        with pytest.raises(RuleError) as info:
            proc.start_notice(ctx.uow(), case_id, step, day, P, day)
        assert codes(info) == ["procedure.case_closed"]
        with pytest.raises(RuleError) as info:
            proc.log_objection(ctx.uow(), case_id, step, day, "box", "x", day)
        assert codes(info) == ["procedure.case_closed"]
    again = receive(ctx, h.id, on=D(2026, 12, 1))
    assert again.info.id != case_id and again.next_step == 2


def test_county_refusal_and_one_open_case_per_household(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    with pytest.raises(RuleError) as info:
        receive(ctx, h.id)
    assert codes(info) == ["procedure.case_exists"]
    walk(ctx, case_id, 8)
    with pytest.raises(RuleError) as info:
        proc.record_county_decision(ctx.uow(), case_id, False, "", D(2026, 11, 26), True, "县民政局",
                                    today=D(2026, 11, 26))
    assert codes(info) == ["procedure.reason_empty"]
    detail = proc.record_county_decision(ctx.uow(), case_id, False, "抽查发现有经营性收入", D(2026, 11, 26),
                                         True, "县民政局", today=D(2026, 11, 26))
    assert detail.info.status == "refused"
    assert detail.current[8].data == {"approved": False, "reason": "抽查发现有经营性收入", "sampled": True}


def test_the_township_cannot_refuse_a_case_the_county_approved(ctx, make_household):
    """县民政局审批 approves; the township's 三榜公示 and 待遇批准 that follow cannot turn the
    approval into a refusal (a change is reported to the county, or a 变更/取消 case follows the
    grant): refused with the county's date, nothing written, the case still open."""
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 9)
    for step, on in ((9, D(2026, 11, 27)), (10, D(2026, 12, 4))):
        if step == 10:
            walk(ctx, case_id, 10, flow=(9,))
        before = count(ctx, CaseStep), count(ctx, AuditLog)
        with pytest.raises(RuleError) as info:
            proc.refuse(ctx.uow(), case_id, step, "村民反映有经营收入", on, P, on)
        assert codes(info) == ["procedure.refuse_county_approved"]
        assert messages.text(info.value.problems[0]).startswith("县民政局已于 2026-11-26 审批通过该案件，乡镇不能不予批准")
        assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
        detail = proc.get_case(ctx.uow(), case_id, on)
        assert detail.info.status == "open" and detail.next_step == step
    assert proc.get_case(ctx.uow(), case_id, D(2026, 12, 4)).info.status == "open"


def grant_new(ctx, make_household, **kw):
    h = make_household(**kw)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 11)
    return h.id


def walk_change(ctx, case_id, start, *, upto=10, **grant):
    """A change or cancellation through the policy's default flow (3,4,6,7,8,9,10) from
    ``start``, one step a day and each notice its 7 days; the day after the last step."""
    day = start
    for step in (3, 4, 6, 7, 8, 9, 10):
        if step >= upto:
            break
        if step == 3:
            proc.record_step(ctx.uow(), case_id, 3, {"on": day, "person": "村主任", "place": "村委会",
                                                     "attendees": "村民代表 11 人", "objections": {},
                                                     "outcome": "pass"}, day)
        elif step in (4, 7, 9):
            proc.start_notice(ctx.uow(), case_id, step, day, P, day)
            day += dt.timedelta(days=7)
            proc.record_step(ctx.uow(), case_id, step, {"on": day, "person": P}, day)
        elif step == 6:
            proc.record_step(ctx.uow(), case_id, 6, {"on": day, "person": "分管镇长"}, day)
        elif step == 8:
            proc.record_county_decision(ctx.uow(), case_id, True, "", day, False, "县民政局", today=day)
        day += dt.timedelta(days=1)
    return day


def test_change_case_goes_through_the_steps_the_policy_names(ctx, make_household):
    """A 变更 received at the office is a proposal: 民主评议 and 公示 as seed 003 says, the
    county approves (两审三公示); nothing changes before the grant."""
    hid = grant_new(ctx, make_household)
    with pytest.raises(RuleError) as info:
        proc.open_case(ctx.uow(), hid, "change", "", D(2026, 12, 10), None, {"category": "class1"})
    assert codes(info) == ["procedure.reason_empty"]
    case = proc.open_case(ctx.uow(), hid, "change", "复核：户主重病", D(2026, 12, 10), None,
                          {"category": "class1", "monthly_benefit_fen": 40000})
    assert case.before == {"category": "class2", "monthly_benefit_fen": 31200, "covered_count": 1}
    assert case.next_step == 3
    assert proc.get_case(ctx.uow(), case.id).flow == (3, 4, 6, 7, 8, 9, 10)
    proposal = proposals.proposal_for_case(ctx.uow(), case.id)
    assert (proposal.kind, proposal.effective_month, proposal.status) == ("office_change", D(2027, 1, 1), "open")
    assert households.get(ctx.uow(), hid).status == "receiving"
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case.id, 2, {"on": D(2026, 12, 10), "person": P}, D(2026, 12, 10))
    assert codes(info) == ["procedure.step_not_in_flow"]
    with pytest.raises(RuleError) as info:  # 民主评议 first: no 审核 before it
        proc.record_step(ctx.uow(), case.id, 6, {"on": D(2026, 12, 11), "person": "分管镇长"}, D(2026, 12, 11))
    assert "procedure.out_of_order" in codes(info)
    end = walk_change(ctx, case.id, D(2026, 12, 11), upto=10)
    assert households.get(ctx.uow(), hid).monthly_benefit_fen == 31200  # approved, not granted yet
    suggestion = proc.suggest_grant(ctx.uow(), case.id, end)
    assert (suggestion.category, suggestion.monthly_fen) == ("class1", 40000)
    detail = proc.record_step(ctx.uow(), case.id, 10, {"on": end, "person": P, "start_month": D(2027, 1, 1),
                                                       "category": "class1", "monthly_fen": 40000,
                                                       "amount_reason": "变更核定"}, end)
    assert detail.info.status == "done"
    hh = households.get(ctx.uow(), hid)
    assert (hh.status, hh.category, hh.monthly_benefit_fen, hh.benefit_start) == \
        ("receiving", "class1", 40000, D(2026, 12, 1))
    assert proposals.proposal_for_case(ctx.uow(), case.id).status == "granted"
    assert ledger.value_now(ctx.uow(), hid, D(2027, 1, 1)).amount_fen == 40000
    assert ledger.value_now(ctx.uow(), hid, D(2026, 12, 1)).amount_fen == 31200
    with ctx.uow() as u:
        row = u.session.scalars(select(AuditLog).where(AuditLog.entity == "household", AuditLog.action == "change")).one()
        assert json.loads(row.before)["monthly_benefit_fen"] == 31200
        assert json.loads(row.after)["monthly_benefit_fen"] == 40000


def test_cancellation_stops_the_benefit(ctx, make_household):
    hid = grant_new(ctx, make_household)
    with pytest.raises(RuleError) as info:
        proc.open_case(ctx.uow(), make_household(head="赵六", head_id=make_id("19500101", 15)).id, "cancel",
                       "迁出", D(2026, 12, 10))
    assert codes(info) == ["procedure.change_status"]
    case = proc.open_case(ctx.uow(), hid, "cancel", "复核：家庭人均收入已超过标准", D(2026, 12, 10))
    assert proposals.proposal_for_case(ctx.uow(), case.id).kind == "office_cancel"
    end = walk_change(ctx, case.id, D(2026, 12, 11), upto=10)
    assert households.get(ctx.uow(), hid).status == "receiving"
    proc.record_step(ctx.uow(), case.id, 10, {"on": end, "person": P, "start_month": D(2027, 1, 1)}, end)
    hh = households.get(ctx.uow(), hid)
    assert (hh.status, hh.monthly_benefit_fen) == ("cancelled", 0)
    assert ledger.value_now(ctx.uow(), hid, D(2027, 1, 1)).status == "cancelled"
    assert proc.long_term_notice(ctx.uow()) == []


def test_cases_view_data_counts_and_notice_lists(ctx, make_household, villages):
    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33), village="向阳社区")
    ca = receive(ctx, a.id).info.id
    cb = receive(ctx, b.id).info.id
    walk(ctx, ca, 4)
    walk(ctx, cb, 4)
    proc.start_notice(ctx.uow(), ca, 4, D(2026, 11, 22), P, D(2026, 11, 22))
    assert proc.counts_by_step(ctx.uow()) == {4: 2}
    rows = proc.list_cases(ctx.uow(), today=D(2026, 11, 25))
    waits = {r.id: (r.waiting.code, r.waiting.params.get("end")) for r in rows}
    assert waits == {ca: ("waiting.notice_running", D(2026, 11, 29)), cb: ("waiting.start_notice", None)}
    assert [e.household_id for e in proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 25))] == [a.id]
    assert proc.cases_on_notice(ctx.uow(), 1, village_id=villages["向阳社区"], on=D(2026, 11, 25)) == []
    # after the window: the most recent notice is still the one to print
    assert [e.household_id for e in proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 12, 20))] == [a.id]
    assert proc.list_cases(ctx.uow(), step=4, kind="change") == []
    assert proc.case_for_household(ctx.uow(), b.id).id == cb


def test_steps_need_signatures_person_and_grant_values(ctx, make_household):
    h = make_household()
    with pytest.raises(RuleError) as info:
        proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": ""}, D(2026, 11, 2))
    assert codes(info) == ["procedure.person_empty", "procedure.declaration_unsigned",
                           "procedure.authorisation_unsigned"]
    assert households.get(ctx.uow(), h.id).status == "registered"
    assert count(ctx, Case) == 0
    case_id = receive(ctx, h.id).info.id
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 4), "person": "李调查",
                                                 "investigator_signed": True}, D(2026, 11, 4))
    assert codes(info) == ["procedure.applicant_unsigned"]
    walk(ctx, case_id, 10)
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 10, {"on": D(2026, 12, 4), "person": P,
                                                  "start_month": D(2026, 12, 1), "category": "", "monthly_fen": 0},
                         D(2026, 12, 4))
    assert codes(info)[:2] == ["procedure.category", "procedure.amount"]


def test_review_items_are_fixed_when_the_review_is_opened(ctx, make_household):
    from dibao_desk.domain.household import IncomeDraft

    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 3)
    opened = proc.open_review(ctx.uow(), case_id, D(2026, 11, 6), "村委会", "代表 9 人", "村主任", D(2026, 11, 6))
    assert [i.kind for i in opened] == ["member", "income"]
    assert proc.list_cases(ctx.uow(), today=D(2026, 11, 6))[0].waiting.code == "waiting.review_open"
    with pytest.raises(RuleError) as info:
        proc.open_review(ctx.uow(), case_id, D(2026, 11, 6), "村委会", "代表 9 人", "村主任", D(2026, 11, 6))
    assert codes(info) == ["procedure.review_opened"]
    # The household declares another income after the review was opened
    draft = households.get(ctx.uow(), h.id).draft
    households.save(ctx.uow(), draft.__class__(**{**draft.__dict__, "incomes": draft.incomes + (
        IncomeDraft("pension", 20000, 0),)}), h.id, today=D(2026, 11, 6))
    assert [i.key for i in proc.review_items(ctx.uow(), case_id)] == [i.key for i in opened]
    detail = proc.record_step(ctx.uow(), case_id, 3, {
        "on": D(2026, 11, 7), "person": "村主任", "place": "村委会", "attendees": "代表 9 人",
        "objections": {}, "outcome": "pass"}, D(2026, 11, 7))
    assert detail.next_step == 4
    assert [i.key for i in detail.review_items] == [i.key for i in opened]
    assert detail.current[3].started_on == D(2026, 11, 6)


def test_notice_days_and_grant_defaults_come_from_the_policy_in_force(ctx, make_household):
    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import benefit, policy

    policy.add_policy_set(ctx.uow(), D(2026, 11, 20), PolicyFigures(notice_days=5), "调整公示天数", today=dt.date.today())
    before = policy.policy_in_force(ctx.uow(), D(2026, 11, 19))  # the example set, if the store has one
    assert proc.notice_days(ctx.uow(), D(2026, 11, 19)) == (before.figures.notice_days if before else 7)
    assert proc.notice_days(ctx.uow(), D(2026, 11, 20)) == 5
    h = make_household(wages_fen=10000)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 4)
    detail = proc.start_notice(ctx.uow(), case_id, 4, D(2026, 11, 28), P, D(2026, 11, 28))
    assert detail.current[4].window_end == D(2026, 12, 3)
    suggestion = proc.suggest_grant(ctx.uow(), case_id, D(2026, 12, 3))
    assessed = benefit.assess(ctx.uow(), h.id, D(2026, 12, 1))
    assert suggestion.source == "assessment"
    assert suggestion.monthly_fen == assessed.amount_fen > 0
    assert suggestion.explanation
    assert suggestion.eligible is assessed.eligible


def test_a_village_list_is_posted_and_taken_down_as_a_batch(ctx, make_household):
    ids = []
    for i in range(3):
        h = make_household(head=f"王{i}", head_id=make_id("19580101", 41 + 2 * i))
        ids.append(receive(ctx, h.id).info.id)
        walk(ctx, ids[-1], 4)
    batch = proc.notice_batch(ctx.uow(), 1, D(2026, 11, 22))
    assert sorted(batch.to_post) == sorted(ids)
    # all or nothing: a date before the previous step refuses the whole batch
    with pytest.raises(RuleError):
        proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 11, 1), P, D(2026, 11, 22))
    assert proc.notice_batch(ctx.uow(), 1, D(2026, 11, 22)).to_post == batch.to_post
    assert proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 11, 22), P, D(2026, 11, 22)) == 3
    o = proc.log_objection(ctx.uow(), ids[0], 4, D(2026, 11, 23), "box", "有车", D(2026, 11, 23))
    assert len(proc.notice_batch(ctx.uow(), 1, D(2026, 11, 28)).running) == 3
    batch = proc.notice_batch(ctx.uow(), 1, D(2026, 11, 29))
    assert (batch.with_objections, sorted(batch.to_close)) == ((ids[0],), sorted(ids[1:]))
    with pytest.raises(RuleError) as info:
        proc.close_notice_batch(ctx.uow(), ids, 1, D(2026, 11, 29), P, D(2026, 11, 29))
    assert codes(info) == ["procedure.objections_open"]
    assert proc.close_notice_batch(ctx.uow(), list(batch.to_close), 1, D(2026, 11, 29), P, D(2026, 11, 29)) == 2
    assert proc.counts_by_step(ctx.uow()) == {4: 1, 5: 2}
    proc.resolve_objection(ctx.uow(), o.id, "upheld", "核实有车一辆", D(2026, 11, 29), D(2026, 11, 29))
    assert proc.notice_batch(ctx.uow(), 1, D(2026, 11, 29)).to_close == (ids[0],)


# ---- special cases approved by collective decision (seed 001) ------------------------------

def to_county(ctx, make_household, wages_fen):
    h = make_household(wages_fen=wages_fen)
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    return h.id, case_id


def test_a_household_failing_the_means_test_is_approved_only_by_a_recorded_collective_decision(
        ctx, make_household):
    """Seed 001: "对家庭确有大病患者或资金支出大于收入的特殊情况,经过审批机关集体讨论作出批准决定"."""
    hid, case_id = to_county(ctx, make_household, 60000)  # 600 元 for one person at a 450 元 standard
    with pytest.raises(RuleError) as exc:
        proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 30), False, "县民政局",
                                    today=D(2026, 11, 30))
    assert codes(exc) == ["procedure.means_test_failed"]
    assert proc.get_case(ctx.uow(), case_id).next_step == 8  # nothing written
    thin = proc.rules.CollectiveDecision("serious_illness", D(2026, 12, 1), "张局长", "")
    with pytest.raises(RuleError) as exc:
        proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 30), False, "县民政局",
                                    today=D(2026, 11, 30), special=thin)
    assert set(codes(exc)) == {"procedure.special_date_after", "procedure.special_participants",
                               "procedure.special_minutes"}
    decision = proc.rules.CollectiveDecision("serious_illness", D(2026, 11, 30), "张局长、李科长、王主任",
                                             "户主患尿毒症，每月透析费用超过家庭收入，同意按特殊情况纳入")
    detail = proc.record_county_decision(ctx.uow(), case_id, True, "县民发〔2026〕12号", D(2026, 11, 30), False,
                                         "县民政局", today=D(2026, 11, 30), special=decision)
    assert detail.info.special_case == "serious_illness" and detail.special == decision
    assert detail.current[8].data["special_case"]["participants"] == "张局长、李科长、王主任"
    assert proc.get_case(ctx.uow(), case_id).special == decision
    assert [c.special_case for c in [proc.get_case(ctx.uow(), case_id).info]] == ["serious_illness"]
    with ctx.uow() as u:
        after = json.loads(u.session.scalars(select(AuditLog.after).where(
            AuditLog.entity == "case_step", AuditLog.action == "step8")).one())
    assert after["data"]["special_case"]["minutes"].startswith("户主患尿毒症")


def test_a_household_passing_the_means_test_needs_no_collective_decision(ctx, make_household):
    _hid, case_id = to_county(ctx, make_household, 20000)
    detail = proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 26), True, "县民政局",
                                         today=D(2026, 11, 26))
    assert detail.info.special_case == "" and detail.special is None


def test_a_county_decisions_package_is_recorded_as_the_county_made_it(ctx, make_household):
    _hid, case_id = to_county(ctx, make_household, 60000)
    detail = proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 26), True, "县民政局",
                                         today=D(2026, 11, 26), means_test=False)
    assert detail.next_step == 9 and detail.special is None
    assert "means_test" not in detail.current[8].data


def test_an_application_again_cannot_be_dated_before_the_refusal_of_the_last_one(ctx, make_household):
    """A refusal recorded on 11-15, then the household's new application entered as received on
    11-10: two applications would have been open together. The date is refused and says why."""
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    proc.refuse(ctx.uow(), case_id, 2, "申请人撤回申请", D(2026, 11, 15), P, D(2026, 11, 15))
    assert proc.can_open(ctx.uow(), h.id, "new", D(2026, 11, 10))[0].code == "procedure.before_last_case"
    with pytest.raises(RuleError) as info:
        receive(ctx, h.id, on=D(2026, 11, 10))
    assert codes(info) == ["procedure.before_last_case"]
    assert info.value.problems[0].params["closed_on"] == D(2026, 11, 15)
    assert count(ctx, Case, household_id=h.id) == 1
    assert households.get(ctx.uow(), h.id).status == "refused"
    again = receive(ctx, h.id, on=D(2026, 11, 15))  # the same day is fine
    assert again.info.id != case_id and again.next_step == 2


def test_the_grant_suggests_the_amount_of_the_standard_in_force_in_its_start_month(ctx, make_household):
    """The township proposed in October what October's standard gives (450 × 1 − 200 = 250 元);
    the standard rose to 500 元 from November, the month the grant starts. The grant form
    started from the October figure, which the grant itself then refused without a reason:
    it now starts from November's (300 元). An amount the township set by hand is kept."""
    from dibao_desk.domain.policy import PolicyFigures
    from dibao_desk.services import policy
    from tests.helpers import walk_case

    policy.ensure_default_policy(ctx.uow())
    policy.add_policy_set(ctx.uow(), D(2026, 11, 1), PolicyFigures(rural_standard_fen=50000), "提标", today=dt.date.today())
    cases = []
    for proposed in (None, 26000):
        h = make_household(wages_fen=20000, head_id=make_id("19600315", 11 + len(cases) * 2))
        case_id = receive(ctx, h.id, on=D(2026, 10, 8)).info.id
        proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 10, 9), "person": "李调查", "investigator_signed": True,
                                                 "applicant_signed": True}, D(2026, 10, 9))
        _detail, day = walk_case(ctx, case_id, D(2026, 10, 10), until=6)
        township = proc.suggest_grant(ctx.uow(), case_id, day)
        assert (township.start_month, township.monthly_fen) == (D(2026, 10, 1), 25000)
        proc.record_step(ctx.uow(), case_id, 6, {"on": day, "person": "分管镇长", "category": township.category,
                                                 "monthly_fen": proposed or township.monthly_fen,
                                                 "amount_reason": "村评议核定" if proposed else ""}, day)
        _detail, day = walk_case(ctx, case_id, day + dt.timedelta(days=1), until=10)
        cases.append((case_id, day))
    (computed_case, day), (by_hand_case, _day) = cases
    grant = proc.suggest_grant(ctx.uow(), computed_case, day)
    assert (grant.start_month, grant.category, grant.monthly_fen) == (D(2026, 11, 1), "class3", 30000)
    detail = proc.record_step(ctx.uow(), computed_case, 10, {
        "on": day, "person": P, "start_month": grant.start_month, "category": grant.category,
        "monthly_fen": grant.monthly_fen}, day)
    assert detail.info.status == "done"
    assert proc.suggest_grant(ctx.uow(), by_hand_case, day).monthly_fen == 26000


def test_after_a_review_sends_the_case_back_the_new_visit_is_not_dated_before_that_review(ctx, make_household):
    """The review of 11-06 sent the case back to the home visit: the second visit could be
    entered as done on 11-05 and the second review on 11-05, before the review that ordered
    them, so the case's history ran backwards. The previous step now includes the records the
    return set aside."""
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 3)  # the home visit on 11-04
    key = proc.review_items(ctx.uow(), case_id)[0].key
    proc.record_step(ctx.uow(), case_id, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                             "attendees": "代表 9 人", "objections": {key: "收入未如实申报"},
                                             "outcome": "return"}, D(2026, 11, 6))
    visit = {"person": "李调查", "investigator_signed": True, "applicant_signed": True}
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 5), **visit}, D(2026, 11, 20))
    assert codes(info) == ["procedure.before_previous"]
    assert info.value.problems[0].params["previous"] == D(2026, 11, 6)
    detail = proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 6), **visit}, D(2026, 11, 20))
    assert detail.next_step == 3


def test_a_grant_cannot_start_more_than_a_month_after_it_is_decided(ctx, make_household):
    """Decided on 12-04, the grant was typed as starting 2027-12 instead of 2026-12: the
    household showed 在保 and was left off every roster for a year without a word."""
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 10)
    grant = {"on": D(2026, 12, 4), "person": P, "category": "class2", "monthly_fen": 31200,
             "amount_reason": "村评议核定"}
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), case_id, 10, {**grant, "start_month": D(2027, 12, 1)}, D(2026, 12, 4))
    assert codes(info) == ["procedure.start_month_late"]
    assert households.get(ctx.uow(), h.id).status == "applying"
    detail = proc.record_step(ctx.uow(), case_id, 10, {**grant, "start_month": D(2027, 1, 1)}, D(2026, 12, 4))
    assert detail.info.status == "done"


def test_the_long_term_notice_leaves_off_a_household_at_0_yuan(ctx, make_household, tmp_path):
    """李四 is still 在保 on the books, but the ledger pays him 0 元 for November (re-assessed
    over the standard, the cancellation not decided yet): the roster lists him apart and pays
    nothing, so the public notice of those receiving 低保 does not list him at 0.00 元."""
    from dibao_desk.models import Household
    from dibao_desk.services import printing
    from tests.exchange.test_printing_notice import pages_text

    paid = make_household(wages_fen=0).id
    zero = make_household(wages_fen=0, head="李四", head_id=make_id("19700101", 33)).id
    with ctx.uow() as uow:
        for hid, fen in ((paid, 45000), (zero, 0)):
            h = uow.session.get(Household, hid)
            h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", fen, D(2026, 9, 1)
        uow.commit()
    ledger.build(ctx.uow(), D(2026, 11, 30))
    assert [e.household_id for e in proc.long_term_notice(ctx.uow(), on=D(2026, 11, 30))] == [paid]
    out = tmp_path / "long.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2026, 11, 30))
    text = "".join(pages_text(out))
    assert "本表共1户1人，月保障金合计450.00元" in text and "李四" not in text


def test_a_new_case_passes_the_township_review_only_with_a_proposed_class_and_amount(ctx, make_household):
    # the county approves the 拟定类别 and 拟定月保障金 the township sends up: a review recorded
    # without them reached the county as 0.00 元 and the grant failed after the approval
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 6)
    audits = count(ctx, AuditLog)
    for data, missing in (({}, {"procedure.township_category", "procedure.township_amount"}),
                          ({"category": "", "monthly_fen": 31200}, {"procedure.township_category"}),
                          ({"category": "class2", "monthly_fen": 0}, {"procedure.township_amount"}),
                          ({"category": "class2"}, {"procedure.township_amount"})):
        with pytest.raises(RuleError) as info:
            proc.record_step(ctx.uow(), case_id, 6, {"on": D(2026, 11, 30), "person": "分管镇长",
                                                     "amount_reason": "村评议核定", **data}, D(2026, 11, 30))
        assert set(codes(info)) & {"procedure.township_category", "procedure.township_amount"} == missing
    # nothing written: no step record, no proposal, no audit row, the case still waits at 6
    assert proc.get_case(ctx.uow(), case_id).next_step == 6
    assert count(ctx, CaseStep, case_id=case_id, step=6) == 0 and count(ctx, AuditLog) == audits
    with ctx.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert not case.proposed_category and not case.proposed_fen
    do_step(ctx, case_id, 6)  # with the class and amount it passes
    with ctx.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert (case.proposed_category, case.proposed_fen, case.next_step) == ("class2", 31200, 7)


def test_refusing_or_withdrawing_a_new_case_at_the_township_review_needs_no_amount(ctx, make_household):
    refused = make_household()
    case_id = receive(ctx, refused.id).info.id
    walk(ctx, case_id, 6)
    detail = proc.refuse(ctx.uow(), case_id, 6, "家庭财产超过规定", D(2026, 12, 31), "分管镇长", D(2026, 12, 31))
    assert detail.info.status == "refused"
    withdrawn = make_household(head="李四", head_id=make_id("19600316", 13))
    case_id = receive(ctx, withdrawn.id).info.id
    walk(ctx, case_id, 6)
    proc.withdraw(ctx.uow(), case_id, D(2026, 12, 31), P, "申请人 12月31日 递交书面撤回申请", D(2026, 12, 31))
    assert proc.get_case(ctx.uow(), case_id).info.status == "withdrawn"

