"""A member's death or departure (services.events with a member): the member is marked, the
household is re-assessed for the members who remain (a 变更 from the month after the event),
or cancelled when none remains; the ledger moves only at the grant."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.household import MemberDraft
from dibao_desk.domain.members import Kin, rebase_relations
from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Case, Household, Member, Proposal, ReviewEvent
from dibao_desk.services import benefit, events, households, ledger, policy, proposals
from tests.conftest import make_id
from tests.helpers import walk_case
from tests.unit.test_ledger import golden, put_on_benefit

D = dt.date
SPOUSE, SON = make_id("19620402", 22), make_id("20150601", 33)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def three(make_household, **kw):
    """张三 (head, 66, 600 元 wages), 李梅 (spouse, disability grade 2), 张小明 (son, 11)."""
    return make_household(wages_fen=60000, extra_members=(
        MemberDraft("李梅", SPOUSE, "spouse", work_capacity="partial", disability_grade=2),
        MemberDraft("张小明", SON, "son", employment="student")), **kw)


def receiving(ctx, hid, month, today):
    """On benefit since March 2026 with the amount assessed for ``month``; ledger built ``today``."""
    a = benefit.assess(ctx.uow(), hid, month)
    put_on_benefit(ctx, hid, category=a.category, fen=a.amount_fen, today=today)
    return a.amount_fen


def member(ctx, hid, name):
    with ctx.uow() as uow:
        m = uow.session.scalars(select(Member).where(Member.household_id == hid, Member.name == name)).one()
        return m.id, m.person_status, m.status_on


def household_row(ctx, hid):
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        return h.status, h.head_name, h.person_count, h.covered_count, h.monthly_benefit_fen


def test_a_death_of_one_of_three_re_assesses_the_two_others_from_february_31_january(ctx, make_household):
    """difference_plus: 补差 (450×3 − 600) = 750, plus 50 for 李梅's disability and 30 for the
    boy (a minor): 830 元. 李梅 dies on 31 January: from February 补差 (450×2 − 600) = 300, her
    50 元 leave with her, the boy keeps 30 and 张三, now raising him alone, gets the single
    parent's 20: 350 元."""
    old = policy.policy_in_force(ctx.uow(), D(2026, 1, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2026, 1, 1), replace(old, method="difference_plus"), "分类加发", today=dt.date.today())
    hid = three(make_household).id
    assert receiving(ctx, hid, D(2027, 1, 1), D(2027, 1, 31)) == 83000
    wife, *_ = member(ctx, hid, "李梅")

    r = events.add_event(ctx.uow(), hid, "death", D(2027, 1, 31), member_id=wife, today=D(2027, 1, 31))

    assert (r.member, r.person_status, r.remaining, r.followup) == ("李梅", "dead", 2, None)
    assert member(ctx, hid, "李梅")[1:] == ("dead", D(2027, 1, 31))
    assert household_row(ctx, hid) == ("receiving", "张三", 2, 2, 83000)  # the money waits for the grant
    p = r.change
    assert (p.kind, p.effective_month, p.flow, p.status) == ("member_left", D(2027, 2, 1), (6, 8, 9, 10), "open")
    row = proposals.list_proposals(ctx.uow(), today=D(2027, 1, 31))[0]
    assert (row.before_fen, row.after_fen) == (83000, 35000)
    assert p.reason == "李梅：成员死亡（2027-01-31）"
    assert ledger.month_totals(ctx.uow(), D(2027, 2, 1)).total.persons == 3

    walk_case(ctx, p.case_id, D(2027, 2, 1))
    months, adjustments = golden(ctx, hid, D(2027, 2, 5), D(2027, 2, 1))
    assert months[-2:] == ["2027-01 receiving class2 83000 history paid", "2027-02 receiving class2 35000 change"]
    assert adjustments == []
    feb = ledger.month_totals(ctx.uow(), D(2027, 2, 1)).total
    assert (feb.households, feb.persons, feb.amount_fen) == (1, 2, 35000)
    assert ledger.month_totals(ctx.uow(), D(2027, 1, 1)).total.persons == 3
    assert household_row(ctx, hid) == ("receiving", "张三", 2, 2, 35000)
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_death_on_29_february_2028_changes_the_benefit_from_march(ctx, make_household):
    hid = three(make_household).id
    assert receiving(ctx, hid, D(2028, 2, 1), D(2028, 2, 29)) == 75000
    boy, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", D(2028, 2, 29), "张小明 2 月 29 日病故", member_id=boy,
                         today=D(2028, 2, 29))
    assert (r.change.effective_month, r.change.reason) == (D(2028, 3, 1), "张小明 2 月 29 日病故")
    walk_case(ctx, r.change.case_id, D(2028, 2, 29))  # granted in early March, before March is paid
    months, adjustments = golden(ctx, hid, D(2028, 3, 5), D(2028, 3, 1))
    assert months[-2:] == ["2028-02 receiving class2 75000 history paid", "2028-03 receiving class2 30000 change"]
    assert adjustments == []


def test_a_death_on_31_december_recorded_after_january_was_paid_recovers_january(ctx, make_household):
    """The family reports 李梅's death of 31 December on 10 February; January was paid for three.
    The change is decided back to January: January stays as paid, the 450 元 paid for her is a
    追回 booked in the month decided, and February on is paid for two."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, hid, "李梅")
    r = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2027, 2, 10))
    assert r.change.effective_month == D(2027, 1, 1)
    ledger.mark_paid(ctx.uow(), D(2027, 1, 1), D(2027, 1, 20))
    walk_case(ctx, r.change.case_id, D(2027, 2, 10))
    months, adjustments = golden(ctx, hid, D(2027, 2, 20), D(2027, 2, 1))
    assert months[-2:] == ["2027-01 receiving class2 75000 history paid", "2027-02 receiving class2 30000 change"]
    assert adjustments == ["2027-02 recovery -45000 2027-01..2027-01"]


def test_the_death_of_the_one_member_cancels_the_household_from_the_next_month_31_january(ctx, make_household):
    hid = make_household(wages_fen=0).id
    receiving(ctx, hid, D(2027, 1, 1), D(2027, 1, 31))
    r = events.add_event(ctx.uow(), hid, "death", D(2027, 1, 31), today=D(2027, 1, 31))  # no need to say who
    assert (r.member, r.remaining, r.change) == ("张三", 0, None)
    assert (r.followup.kind, r.followup.status) == ("cancel", "proposed")
    p = proposals.get_proposal(ctx.uow(), r.followup.proposal_id)
    assert (p.kind, p.effective_month, p.flow) == ("death", D(2027, 2, 1), (6, 8, 9, 10))
    assert p.reason == "张三：成员死亡（2027-01-31）"  # whose, though no 说明 was typed
    assert member(ctx, hid, "张三")[1:] == ("dead", D(2027, 1, 31))
    walk_case(ctx, p.case_id, D(2027, 2, 1))
    months, _ = golden(ctx, hid, D(2027, 2, 5), D(2027, 2, 1))
    assert months[-2:] == ["2027-01 receiving class3 45000 history paid", "2027-02 cancelled  0 cancel"]
    assert household_row(ctx, hid)[0] == "cancelled"


def test_the_last_of_two_dying_cancels_after_the_first_was_a_change(ctx, make_household):
    hid = make_household(wages_fen=0, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),)).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, hid, "李梅")
    first = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    walk_case(ctx, first.change.case_id, D(2026, 12, 31))
    second = events.add_event(ctx.uow(), hid, "death", D(2027, 3, 31), today=D(2027, 3, 31))  # 张三, the one left
    assert (second.member, second.remaining, second.followup.status) == ("张三", 0, "proposed")


def test_the_head_dies_and_the_spouse_becomes_head(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    head, *_ = member(ctx, hid, "张三")
    r = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=head, today=D(2026, 12, 31))
    assert (r.new_head, r.remaining) == ("李梅", 2)
    assert household_row(ctx, hid)[1:4] == ("李梅", 2, 2)
    # without 张三's wages the two are assessed at 450 × 2 = 900 元 from January
    assert proposals.list_proposals(ctx.uow(), today=D(2026, 12, 31))[0].after_fen == 90000
    d = households.get(ctx.uow(), hid)  # the household saves again as it is (one head living)
    households.save(ctx.uow(), d.draft, household_id=hid, today=D(2027, 1, 5))
    again = households.get(ctx.uow(), hid).draft.members
    assert [(m.name, m.relation, m.person_status, m.status_on) for m in again] == [
        ("张三", "head", "dead", D(2026, 12, 31)), ("李梅", "head", "normal", None),
        ("张小明", "son", "normal", None)]


def test_the_head_dies_and_the_son_becomes_head_the_others_relations_follow(ctx, make_household):
    """张三 dies; his son 张大伟 (married to 王芳) heads the household: 李梅 is his mother, 王芳
    his wife, his sister 张丽 his sibling. The grandson 张小明 may be 张丽's as well as his (she
    lives there too), and 张三's brother 张四 is no rule's: both are left to check (其他, named
    to the operator)."""
    hid = make_household(extra_members=(
        MemberDraft("李梅", SPOUSE, "spouse"), MemberDraft("张大伟", make_id("19880301", 13), "son"),
        MemberDraft("王芳", make_id("19900505", 24), "daughter_in_law"),
        MemberDraft("张小明", SON, "grandson"), MemberDraft("张丽", make_id("19920707", 46), "daughter"),
        MemberDraft("张四", make_id("19650909", 55), "sibling"))).id
    head, *_ = member(ctx, hid, "张三")
    son, *_ = member(ctx, hid, "张大伟")
    r = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=head, new_head_id=son,
                         today=D(2026, 12, 31))
    assert (r.new_head, r.to_check) == ("张大伟", ("张小明", "张四"))
    members = households.get(ctx.uow(), hid).draft.members
    assert [(m.name, m.relation) for m in members] == [
        ("张三", "head"), ("李梅", "mother"), ("张大伟", "head"), ("王芳", "spouse"), ("张小明", "other"),
        ("张丽", "sibling"), ("张四", "other")]


def test_relations_are_re_based_only_where_a_rule_is_sure():
    """Two sons, one 儿媳: whose wife, whose child? 其他, to check. A wife whose ID number does
    not tell her sex is 其他 too; the old head's parents are the new head's grandparents."""
    from dibao_desk.domain.members import Kin, rebase_relations

    son = Kin(1, "son", "男")
    relations, unsure = rebase_relations(son, [
        Kin(2, "son", "男"), Kin(3, "daughter_in_law", "女"), Kin(4, "granddaughter", "女"),
        Kin(5, "spouse", ""), Kin(6, "mother", "女"), Kin(7, "other", "男")])
    assert relations == {2: "sibling", 3: "other", 4: "other", 5: "other", 6: "grandmother", 7: "other"}
    assert unsure == [3, 4, 5]
    # the wife becomes head: the children stay hers, the old head's father is 其他 (her father-in-law)
    assert rebase_relations(Kin(1, "spouse", "女"), [Kin(2, "daughter", "女"), Kin(3, "father", "男")]) == (
        {2: "daughter", 3: "other"}, [3])
    # a daughter, the one child, heads: her husband is her spouse, the old head's husband her father
    assert rebase_relations(Kin(1, "daughter", "女"), [Kin(2, "son_in_law", "男"), Kin(3, "spouse", "男"),
                                                       Kin(4, "grandson", "男")]) == (
        {2: "spouse", 3: "father", 4: "son"}, [])


@pytest.mark.parametrize("sibling, wife, to_check", [
    (Kin(5, "daughter", "女"), "spouse", [3, 4]),  # the one 儿媳 is his wife: he is the one son
    (Kin(5, "son", "男"), "other", [2, 3, 4])], ids=["sister", "brother"])  # whose wife is she?
def test_a_grandchild_is_to_check_when_another_child_of_the_old_head_lives_there(sibling, wife, to_check):
    """A son who becomes head lives with his wife, and a sister (or a brother) of his lives there
    too: the old head's grandchildren may be hers (his), so they are 其他 and named to check; the
    sister (brother) is his sibling."""
    relations, unsure = rebase_relations(Kin(1, "son", "男"), [
        Kin(2, "daughter_in_law", "女"), Kin(3, "grandson", "男"), Kin(4, "granddaughter", "女"), sibling])
    assert relations == {2: wife, 3: "other", 4: "other", 5: "sibling"}
    assert unsure == to_check
    # a daughter who becomes head with her husband and a brother living there: the same
    assert rebase_relations(Kin(1, "daughter", "女"), [Kin(2, "son_in_law", "男"), Kin(3, "grandson", "男"),
                                                       Kin(4, "son", "男")]) == (
        {2: "spouse", 3: "other", 4: "sibling"}, [3])
    # with no brother or sister living there, the grandchildren are the new head's children
    assert rebase_relations(Kin(1, "son", "男"), [Kin(2, "daughter_in_law", "女"), Kin(3, "grandson", "男")]) == (
        {2: "spouse", 3: "son"}, [])


def test_a_member_married_out_or_imprisoned_leaves_the_household(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    boy, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "moved_away", D(2026, 12, 31), member_id=boy, person_status="married_out",
                         today=D(2026, 12, 31))
    assert (r.person_status, r.remaining, r.change.effective_month) == ("married_out", 2, D(2027, 1, 1))
    assert household_row(ctx, hid)[2:4] == (2, 2)


def test_a_whole_household_moving_away_is_still_a_cancellation(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    r = events.add_event(ctx.uow(), hid, "moved_away", D(2026, 12, 31), "全户迁往县城", today=D(2026, 12, 31))
    assert (r.member, r.change, r.followup.status) == ("", None, "proposed")
    assert household_row(ctx, hid)[2] == 3


def test_what_cannot_be_recorded_of_a_member_is_refused_and_nothing_written(ctx, make_household):
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, hid, "李梅")
    head, *_ = member(ctx, hid, "张三")
    before = (count(ctx, ReviewEvent), count(ctx, Proposal), count(ctx, Case), count(ctx, AuditLog))
    for kw, code in (({}, "event.member_needed"),  # a death in a household of three: whose?
                     ({"member_id": 9999}, "event.member_missing"),
                     ({"member_id": wife, "new_head_id": wife}, "event.new_head"),
                     ({"member_id": wife, "person_status": "imprisoned"}, "event.member_status")):
        with pytest.raises(RuleError) as info:
            events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), today=D(2026, 12, 31), **kw)
        assert [p.code for p in info.value.problems] == [code]
    with pytest.raises(RuleError) as info:
        events.add_event(ctx.uow(), hid, "relocation", D(2026, 12, 31), member_id=head, today=D(2026, 12, 31))
    assert [p.code for p in info.value.problems] == ["event.member_kind"]
    assert (count(ctx, ReviewEvent), count(ctx, Proposal), count(ctx, Case), count(ctx, AuditLog)) == before
    events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    with pytest.raises(RuleError) as info:  # she is dead already
        events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    assert [p.code for p in info.value.problems] == ["event.member_left"]


def test_a_member_is_found_by_name_or_id_number(ctx, make_household):
    hid = three(make_household).id
    wife, *_ = member(ctx, hid, "李梅")
    assert events.find_member(ctx.uow(), hid, "李梅") == wife
    assert events.find_member(ctx.uow(), hid, SPOUSE.lower()) == wife
    with pytest.raises(RuleError) as info:
        events.find_member(ctx.uow(), hid, "王五")
    assert info.value.problems[0].code == "event.member_unknown"


def test_the_next_standard_batch_counts_the_members_who_remain(ctx, make_household):
    """A death granted in January: the 2027 standard raise proposed after it computes the two
    who remain (450 → 500 元: (500×2 − 600) = 400), not three."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, hid, "李梅")
    r = events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    walk_case(ctx, r.change.case_id, D(2026, 12, 31))
    old = policy.policy_in_force(ctx.uow(), D(2027, 2, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 2, 1), replace(old, rural_standard_fen=50000), "2027 年标准", today=dt.date.today())
    totals, p = proposals.propose_standard(ctx.uow(), D(2027, 2, 1), D(2027, 1, 20))
    assert (totals.persons, totals.total_fen) == (2, 40000)


def test_the_store_check_counts_the_members_living_in_a_household(ctx, make_household):
    """`dibao-desk check` compared the list's 人数 with every member record, so each household
    with a dead member was reported as 人数与成员记录不符."""
    from dibao_desk.services import integrity

    hid = three(make_household).id
    alone = make_household(head="王五", head_id=make_id("19500101", 55), wages_fen=0).id
    for h in (hid, alone):
        receiving(ctx, h, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, hid, "李梅")
    events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31))
    events.add_event(ctx.uow(), alone, "death", D(2026, 12, 31), today=D(2026, 12, 31))
    assert household_row(ctx, alone)[1:4] == ("王五", 0, 0)  # no one lives in it any more
    report = integrity.check(ctx.uow(), ctx.store)
    assert [p for p in report.consistency_problems if "人数" in p] == []


def test_the_forms_name_the_new_head_and_mark_the_member_who_died(ctx, make_household):
    """The 审批表 of the 变更 named the dead head as 户主 (with his ID number) and printed him as
    纳入保障."""
    from dibao_desk.services import printing

    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    head, *_ = member(ctx, hid, "张三")
    events.add_event(ctx.uow(), hid, "death", D(2026, 12, 31), member_id=head, today=D(2026, 12, 31))
    form = printing.form_data(ctx.uow(), hid, D(2027, 1, 5))
    assert (form.head_name, form.head_id, form.persons, form.covered) == ("李梅", SPOUSE, 2, 2)
    assert [(m["name"], m["covered"]) for m in form.members] == [
        ("张三", "否（死亡，2026-12-31）"), ("李梅", "是"), ("张小明", "是")]


def test_the_form_does_not_mark_a_member_of_a_receiving_household_dead_without_the_procedure(ctx, make_household):
    """Choosing 人员状态 死亡 in the household form of a receiving household dropped the member
    from its persons with no 变更, no review and no 追回: the ledger kept paying for three."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    d = households.get(ctx.uow(), hid)
    members = list(d.draft.members)
    members[1] = replace(members[1], person_status="dead", status_on=D(2026, 12, 20))
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), d.draft.with_members(members), household_id=hid, today=D(2026, 12, 31))
    assert [(p.code, p.params["row"]) for p in info.value.problems] == [("member.left_by_event", 2)]
    assert household_row(ctx, hid)[2] == 3
    # a household not receiving is edited freely; one already marked stays as it is
    wife, *_ = member(ctx, hid, "李梅")
    events.add_event(ctx.uow(), hid, "death", D(2026, 12, 20), member_id=wife, today=D(2026, 12, 31))
    d = households.get(ctx.uow(), hid)
    households.save(ctx.uow(), replace(d.draft, address="新地址"), household_id=hid, today=D(2026, 12, 31))
    registered = make_household(head="王五", head_id=make_id("19500101", 55),
                                extra_members=(MemberDraft("王小", make_id("19800101", 57), "son"),)).id
    d = households.get(ctx.uow(), registered)
    gone = [d.draft.members[0], replace(d.draft.members[1], person_status="split_out")]
    households.save(ctx.uow(), d.draft.with_members(gone), household_id=registered, today=D(2026, 12, 31))


def test_the_form_s_refusal_says_what_to_do():
    from dibao_desk import messages
    from dibao_desk.domain.problems import Problem

    text = messages.text(Problem("member.left_by_event", "members[1].person_status", {"row": 2, "status": "dead"}))
    assert text == "第 2 名成员改为“死亡”：该户正在领取低保，请用“登记家庭变故”登记，以便从次月起重新核定保障金"


def test_the_long_term_notice_shows_what_is_paid_until_the_grant(ctx, make_household, tmp_path):
    """张小明 dies on 29 February 2028; the 变更 (750 → 300 元) is granted in March. Until the
    grant the 长期公示 showed 2 persons beside the 750 元 still paid for 3; it now shows the
    pair the ledger pays in the notice's month: 3 persons and 750 元, then 2 and 300 元."""
    from dibao_desk.services import printing, procedure
    from tests.exchange.test_printing_notice import pages_text

    hid = three(make_household).id
    assert receiving(ctx, hid, D(2028, 2, 1), D(2028, 2, 29)) == 75000
    boy, *_ = member(ctx, hid, "张小明")
    r = events.add_event(ctx.uow(), hid, "death", D(2028, 2, 29), member_id=boy, today=D(2028, 2, 29))
    assert household_row(ctx, hid)[3] == 2  # the household's list already counts those who remain

    def notice(on: dt.date) -> tuple[int, str, int]:
        [e] = procedure.long_term_notice(ctx.uow(), on=on)
        return e.persons, e.category, e.monthly_fen

    assert notice(D(2028, 2, 29)) == (3, "class2", 75000)
    assert notice(D(2028, 3, 1)) == (3, "class2", 75000)  # the 变更 not granted yet: March pays 3 at 750
    out = tmp_path / "long.pdf"
    printing.print_notice(ctx.uow(), "long", out, on=D(2028, 3, 1))
    assert "本表共1户3人，月保障金合计750.00元" in "".join(pages_text(out))

    walk_case(ctx, r.change.case_id, D(2028, 2, 29))  # granted in early March, from March
    assert notice(D(2028, 3, 10)) == (2, "class2", 30000)
    assert notice(D(2028, 2, 29)) == (3, "class2", 75000)  # February was paid for three
    printing.print_notice(ctx.uow(), "long", out, on=D(2028, 3, 10))
    assert "本表共1户2人，月保障金合计300.00元" in "".join(pages_text(out))


def test_a_death_dated_before_the_benefit_began_recovers_only_the_months_paid(ctx, make_household):
    """On benefit since March 2026 at 750 元 for three; 李梅's death is entered in December 2026
    as of May 2025, before the benefit began. The 变更 starts in March 2026 (months before were
    never granted, so nothing is paid for them): 450 元 too much for each of the 10 months paid,
    4,500 元 recovered, not 1,800 net of 9 months (June 2025 to February 2026) paid as if granted."""
    hid = three(make_household).id
    assert receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31)) == 75000
    wife, *_ = member(ctx, hid, "李梅")
    r = events.add_event(ctx.uow(), hid, "death", D(2025, 5, 5), member_id=wife, today=D(2026, 12, 31))
    assert r.change.effective_month == D(2026, 3, 1)
    walk_case(ctx, r.change.case_id, D(2027, 1, 2))
    months, adjustments = golden(ctx, hid, D(2027, 1, 5), D(2027, 1, 1))
    assert months[0] == "2026-03 receiving class2 75000 history paid"
    assert months[-1] == "2027-01 receiving class2 30000 change"
    assert adjustments == ["2027-01 recovery -450000 2026-03..2026-12"]


def test_an_event_dated_before_the_member_was_born_is_refused_and_nothing_written(ctx, make_household):
    """张小明 was born on 1 June 2015: his death typed as 2010 is a slip in the date. Taken, it
    re-assessed the household from February 2010 and paid 16 years of benefit as 补发."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    boy, *_ = member(ctx, hid, "张小明")
    before = (count(ctx, ReviewEvent), count(ctx, Proposal), count(ctx, Case), count(ctx, AuditLog))
    with pytest.raises(RuleError) as info:
        events.add_event(ctx.uow(), hid, "death", D(2010, 1, 5), member_id=boy, today=D(2026, 12, 31))
    assert [p.code for p in info.value.problems] == ["event.before_birth"]
    assert messages.text(info.value.problems[0]) == \
        "“成员死亡”的日期 2010-01-05 早于 张小明 的出生日期（2015-06-01，按身份证号），请核对日期"
    assert (count(ctx, ReviewEvent), count(ctx, Proposal), count(ctx, Case), count(ctx, AuditLog)) == before
    assert member(ctx, hid, "张小明")[1:] == ("normal", None)
    r = events.add_event(ctx.uow(), hid, "death", D(2015, 6, 1), member_id=boy, today=D(2026, 12, 31))
    assert r.person_status == "dead"


def test_a_death_entered_after_a_standard_raise_keeps_the_raise_for_the_months_to_come(ctx, make_household):
    """On benefit at 750 元 (450 × 3 − 600); the standard is raised to 500 元 from October (900
    元). 李梅's death on 10 July is entered on 20 December. The 变更 from August sets one amount:
    it was the July standard's (450 × 2 − 600 = 300 元), which undid the raise for every month to
    come; it is now the standard in force when it is entered: 500 × 2 − 600 = 400 元. August and
    September are recovered against it (350 元 each), October and November 500 元 each."""
    hid = three(make_household).id
    receiving(ctx, hid, D(2026, 9, 1), D(2026, 9, 30))
    old = policy.policy_in_force(ctx.uow(), D(2026, 10, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2026, 10, 1), replace(old, rural_standard_fen=50000), "提标", today=dt.date.today())
    _totals, p = proposals.propose_standard(ctx.uow(), D(2026, 10, 1), D(2026, 10, 2), "提标")
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 10, 3), "分管镇长", D(2026, 10, 3))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 10, 4), "县民政局", D(2026, 10, 4))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 10, 5), "王经办", D(2026, 10, 5))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 10, 12), "王经办", D(2026, 10, 12))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 10, 13), "王经办", D(2026, 10, 13))
    assert household_row(ctx, hid) == ("receiving", "张三", 3, 3, 90000)
    wife, *_ = member(ctx, hid, "李梅")

    r = events.add_event(ctx.uow(), hid, "death", D(2026, 7, 10), member_id=wife, today=D(2026, 12, 20))

    assert r.change.effective_month == D(2026, 8, 1)
    row = proposals.list_proposals(ctx.uow(), today=D(2026, 12, 20))[0]
    assert (row.before_fen, row.after_fen) == (90000, 40000)
    walk_case(ctx, r.change.case_id, D(2026, 12, 20))
    months, adjustments = golden(ctx, hid, D(2027, 2, 5), D(2027, 2, 1))
    assert months[-3:] == ["2026-12 receiving class2 40000 change paid", "2027-01 receiving class2 40000 change paid",
                           "2027-02 receiving class2 40000 change"]
    assert adjustments == ["2026-12 recovery -170000 2026-08..2026-11"]
    assert household_row(ctx, hid) == ("receiving", "张三", 2, 2, 40000)


def test_the_cancellation_after_the_one_member_s_death_is_noticed_with_the_person_it_ends(ctx, make_household,
                                                                                        tmp_path):
    """张三, alone, dies: the 取消 case recorded as before the household's count after his death
    (0 persons), and the 三榜公示 listed 张三 with 保障人数 0."""
    import json

    from dibao_desk.services import printing
    from tests.exchange.test_printing_notice import pages_text

    hid = make_household(wages_fen=0).id
    receiving(ctx, hid, D(2027, 1, 1), D(2027, 1, 31))
    r = events.add_event(ctx.uow(), hid, "death", D(2027, 1, 31), today=D(2027, 1, 31))
    p = proposals.get_proposal(ctx.uow(), r.followup.proposal_id)
    with ctx.uow() as uow:
        assert json.loads(uow.session.get(Case, p.case_id).before_json) == {
            "category": "class3", "monthly_benefit_fen": 45000, "covered_count": 1}
    walk_case(ctx, p.case_id, D(2027, 2, 1), until=10)
    out = tmp_path / "3.pdf"
    printing.print_notice(ctx.uow(), "3", out, on=D(2027, 2, 4))
    [text] = pages_text(out)
    assert "1东风村张三1三类—取消" in text


def test_a_child_born_into_a_receiving_household_makes_its_review_due_at_once(ctx, make_household):
    """张三 and 李梅 receive 300 元 (450 × 2 − 600). Their son, born on 1 December, is added on
    the household form: the household counted 3 persons and kept the 2 persons' amount, with
    no review due and nothing proposed, until someone happened to notice. Its review is now due
    that day, saying why; correcting a member's ID number is not a new member."""
    from dibao_desk.services import reviews, reviews_record

    hid = make_household(wages_fen=60000, extra_members=(MemberDraft("李梅", SPOUSE, "spouse"),)).id
    receiving(ctx, hid, D(2026, 12, 1), D(2026, 12, 31))
    with ctx.uow() as uow:
        draft = households.to_draft(uow.session.get(Household, hid))
    fixed = tuple(replace(m, id_number=make_id("19620402", 23)) if m.name == "李梅" else m for m in draft.members)
    households.save(ctx.uow(), replace(draft, members=fixed), hid, today=D(2026, 12, 20), expected=draft)
    assert reviews_record.open_events(ctx.uow(), hid) == []
    with ctx.uow() as uow:
        draft = households.to_draft(uow.session.get(Household, hid))
    baby = MemberDraft("张宝宝", make_id("20261201", 44), "son")
    households.save(ctx.uow(), replace(draft, members=draft.members + (baby,)), hid, today=D(2026, 12, 31),
                    expected=draft)
    assert household_row(ctx, hid) == ("receiving", "张三", 3, 3, 30000)  # the money waits for the review
    [event] = reviews_record.open_events(ctx.uow(), hid)
    assert (event.kind, event.on, event.detail) == (
        "other", D(2026, 12, 31), "新增家庭成员 张宝宝：该户正在领取低保，复核立即到期，重新核定保障金")
    due = reviews.due_list(ctx.uow(), month=D(2026, 12, 1), today=D(2026, 12, 31), fill=False)
    assert [(r.household_id, r.due_date) for r in due] == [(hid, D(2026, 12, 31))]
