"""Household registration through the service, on a fresh SQLite store per test."""

import datetime as dt
from dataclasses import replace
import json

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.household import (
    HouseholdDraft, IncomeDraft, MemberDraft, PropertyDraft, SupporterDraft, income_summary,
)
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household, Member
from dibao_desk.services import households
from dibao_desk.services.households import HouseholdQuery
from tests.helpers import make_id, simple_draft

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

TODAY = dt.date(2026, 11, 23)


def count(ctx, model):
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_register_family_keeps_every_declared_item(ctx, villages):
    draft = HouseholdDraft(
        village_id=villages["东风村"], hukou_type="rural", address="3组12号", phone="13800000000",
        bank_name="德安县农村信用合作联社", bank_account="6217 0000 1111 2222 333",
        members=(MemberDraft("张三", make_id("19600315", 11), "head", work_capacity="partial"),
                 MemberDraft("李梅", make_id("19620101", 22), "spouse", disability_grade=2,
                             work_capacity="none"),
                 MemberDraft("张小明", make_id("20100606", 33), "son", employment="student",
                             covered=False, not_covered_reason="随母亲户籍在外")),
        incomes=(IncomeDraft("farming", 60000, 0), IncomeDraft("support", 30000, None, "女儿每月给付")),
        properties=(PropertyDraft("housing", 0, 8550, 1, "自建房"), PropertyDraft("deposit", 500000)),
        supporters=(SupporterDraft("张丽", make_id("19850808", 44), "女儿", "maintain_elder", 3, 450000, 30000),),
        employment_deduction_fen=10000)
    saved = households.save(ctx.uow(), draft, today=TODAY)
    again = households.get(ctx.uow(), saved.id)
    assert again.draft.members[2].covered is False
    assert again.draft.members[1].disability_grade == 2
    assert again.draft.bank_account == "6217000011112222333"
    assert again.draft.properties[0].area_m2_x100 == 8550
    assert again.draft.supporters[0].support_paid_fen == 30000
    assert again.draft.incomes[0].member_index == 0 and again.draft.incomes[1].member_index is None
    # counted as eligibility does: no member is employed, so the policy allows none of the
    # 100 元 declared (kept on the draft) and 900 元 is counted over 3 persons, as the list shows
    assert again.draft.employment_deduction_fen == 10000
    assert (again.income.deduction_fen, again.income.counted_fen, again.income.per_capita_fen) == (0, 90000, 30000)
    row = households.fetch_rows(ctx.uow(), [saved.id])[0]
    assert (row.head_name, row.person_count, row.covered_count, row.per_capita_fen) == ("张三", 3, 2, 30000)
    with ctx.uow() as uow:
        assert uow.session.get(Household, saved.id).income_fen == 90000


def test_birth_date_and_sex_come_from_the_id(ctx, make_household):
    saved = make_household(head_id=make_id("19600315", 12))
    with ctx.uow() as uow:
        m = uow.session.scalars(select(Member)).one()
        assert (m.birth_date, m.sex) == (dt.date(1960, 3, 15), "女")
    assert saved.draft.members[0].id_number == make_id("19600315", 12)


def test_id_registered_in_another_household_is_refused_and_says_where(ctx, villages, make_household):
    first = make_household(head="王五", head_id=make_id("19500101", 15), village="向阳社区")
    draft = simple_draft(villages["东风村"], head="赵六", head_id=make_id("19500101", 15))
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), draft, today=TODAY)
    [problem] = info.value.problems
    assert problem.code == "member.id_registered"
    assert problem.params["household_id"] == first.id
    assert problem.params["head"] == "王五" and problem.params["village"] == "向阳社区"
    assert count(ctx, Household) == 1


@pytest.mark.parametrize("change, field", [
    (dict(wages_fen=10 ** 19), "incomes[0].amount_fen"),  # "1e17" 元 typed: beyond any store integer
    (dict(wages_fen=2_500_000_000), "incomes[0].amount_fen"),  # 25 million 元: beyond PostgreSQL's integer
    (dict(properties=(PropertyDraft("deposit", 10 ** 19),)), "properties[0].value_fen"),
    (dict(supporters=(SupporterDraft("张大", support_paid_fen=10 ** 19),)), "supporters[0].support_paid_fen"),
])
def test_an_amount_beyond_any_real_figure_is_refused_in_chinese_and_nothing_is_written(ctx, villages, change, field):
    from dibao_desk import messages

    audit_before = count(ctx, AuditLog)
    draft = simple_draft(villages["东风村"], **change)
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), draft, today=TODAY)
    [problem] = [p for p in info.value.problems if p.code == "amount.too_large"]
    assert problem.field == field
    assert "大得不合常理" in messages.text(problem) and "{" not in messages.text(problem)
    assert count(ctx, Household) == 0 and count(ctx, AuditLog) == audit_before


def test_incomes_adding_up_beyond_any_real_figure_are_refused(ctx, villages):
    draft = replace(simple_draft(villages["东风村"], wages_fen=0),
                    incomes=(IncomeDraft("wages", 900_000_000, 0), IncomeDraft("business", 900_000_000, 0)))
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), draft, today=TODAY)
    assert [p.code for p in info.value.problems] == ["amount.incomes_too_large"]
    assert count(ctx, Household) == 0


def test_household_without_head_is_refused(ctx, villages):
    draft = HouseholdDraft(villages["东风村"], "rural", (MemberDraft("李四", make_id("19700101", 11), "spouse"),))
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), draft, today=TODAY)
    assert [p.code for p in info.value.problems] == ["household.no_head"]


def test_negative_income_is_refused_and_nothing_is_written(ctx, villages):
    audit_before = count(ctx, AuditLog)
    draft = simple_draft(villages["东风村"], wages_fen=-100)
    with pytest.raises(RuleError) as info:
        households.save(ctx.uow(), draft, today=TODAY)
    assert "amount.negative" in [p.code for p in info.value.problems]
    assert count(ctx, Household) == 0 and count(ctx, Member) == 0
    assert count(ctx, AuditLog) == audit_before


def test_failure_inside_the_transaction_leaves_the_old_household(ctx, villages, make_household, monkeypatch):
    saved = make_household(head="张三", wages_fen=50000)
    audit_before = count(ctx, AuditLog)

    def boom(*a, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(households, "refresh_list_columns", boom)
    changed = simple_draft(villages["东风村"], head="张三丰", head_id=saved.draft.members[0].id_number)
    with pytest.raises(RuntimeError):
        households.save(ctx.uow(), changed, saved.id, today=TODAY)
    monkeypatch.undo()
    again = households.get(ctx.uow(), saved.id)
    assert again.draft.members[0].name == "张三" and again.draft.incomes[0].amount_fen == 50000
    assert count(ctx, AuditLog) == audit_before


def test_every_change_leaves_an_audit_row_with_before_and_after(ctx, villages, make_household):
    saved = make_household(head="张三", wages_fen=50000)
    changed = simple_draft(villages["东风村"], head="张三", head_id=saved.draft.members[0].id_number,
                           wages_fen=70000)
    households.save(ctx.uow(), changed, saved.id, today=TODAY)
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "household")
                                   .order_by(AuditLog.id)).all()
        assert [r.action for r in rows] == ["create", "update"]
        assert rows[1].operator == "王经办"
        assert json.loads(rows[1].before)["incomes"][0]["amount_fen"] == 50000
        assert json.loads(rows[1].after)["incomes"][0]["amount_fen"] == 70000


def test_member_may_keep_its_id_when_the_household_is_edited(ctx, villages, make_household):
    saved = make_household(head="张三")
    draft = saved.draft.with_members(list(saved.draft.members) + [MemberDraft("张四", make_id("19900101", 31), "son")])
    updated = households.save(ctx.uow(), draft, saved.id, today=TODAY)
    assert len(updated.draft.members) == 2


@pytest.fixture
def three(ctx, villages, make_household):
    a = make_household(head="张三", head_id=make_id("19600101", 11))
    b = make_household(head="李四", head_id=make_id("19610101", 13), village="向阳社区",
                       extra_members=[MemberDraft("张红", make_id("19900101", 22), "daughter")])
    c = make_household(head="王五", head_id=make_id("19620101", 15), wages_fen=0)
    return a, b, c


@pytest.mark.parametrize("text, heads", [
    ("张三", {"张三"}),
    ("zs", {"张三"}),
    ("ZS", {"张三"}),
    ("zhanghong", {"李四"}),  # member 张红 lives in 李四's household
    ("张", {"张三", "李四"}),
    ("zhangsan", {"张三"}),
    ("360426196101", {"李四"}),
    ("%", set()),
    ("", {"张三", "李四", "王五"}),
    # typed with the input method in full-width mode, as the ID field of the form accepts
    ("３６０４２６１９６１０１", {"李四"}),
    ("ｚｈａｎｇｈｏｎｇ", {"李四"}),
    ("\u3000ＺＳ\u3000", {"张三"}),
])
def test_search_by_name_pinyin_initials_and_id(ctx, three, text, heads):
    ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
    rows = households.fetch_rows(ctx.uow(), ids, text)
    assert {r.head_name for r in rows} == heads
    if text == "ｚｈａｎｇｈｏｎｇ":
        assert [r.matched_member for r in rows] == ["张红"]


@pytest.fixture
def with_u(ctx, villages, make_household):
    """Names with ü (pypinyin writes it v), beside names with a plain u."""
    make_household(head="吕小明", head_id=make_id("19600101", 17))
    make_household(head="卢芳", head_id=make_id("19610101", 19))
    make_household(head="陈玉", head_id=make_id("19620101", 21),
                   extra_members=[MemberDraft("陈绿女", make_id("19900101", 24), "daughter")])
    make_household(head="刘略", head_id=make_id("19630101", 23))
    make_household(head="牛奴", head_id=make_id("19640101", 25))


@pytest.mark.parametrize("text, heads", [
    ("lv", {"吕小明", "陈玉", "刘略"}),  # 吕; 绿 of member 陈绿女; 略 lve
    ("lu", {"吕小明", "卢芳", "陈玉", "刘略"}),  # ü typed as u, and 卢 lu itself
    ("lyu", {"吕小明", "陈玉", "刘略"}),
    ("lü", {"吕小明", "陈玉", "刘略"}),
    ("LÜ", {"吕小明", "陈玉", "刘略"}),
    ("lvxiaoming", {"吕小明"}),
    ("luxiaoming", {"吕小明"}),
    ("lyuxiaoming", {"吕小明"}),
    ("lxm", {"吕小明"}),
    ("lufang", {"卢芳"}),
    ("nv", {"陈玉"}),  # 女
    ("nu", {"陈玉", "牛奴"}),
    ("nyu", {"陈玉"}),  # 女 as nyu; 陈玉 chenyu as typed
    ("chenlunu", {"陈玉"}),
    ("chenlyunyu", {"陈玉"}),
    ("liulve", {"刘略"}),
    ("liulue", {"刘略"}),
    ("liulyue", {"刘略"}),
    ("chenyu", {"陈玉"}),
])
def test_search_finds_u_umlaut_typed_as_v_u_or_yu(ctx, with_u, text, heads):
    """Offices type ü as v, as u or as yu (吕 lv, lu, lyu; 女 nv, nu, nyu; 略 lve, lue, lyue)."""
    ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
    rows = households.fetch_rows(ctx.uow(), ids, text)
    assert {r.head_name for r in rows} == heads
    if text == "chenlunu":
        assert [r.matched_member for r in rows] == ["陈绿女"]


def test_filter_by_village_and_sort_by_pinyin(ctx, villages, three):
    ids = households.query_ids(ctx.uow(), HouseholdQuery(sort="head_name"))
    assert [r.head_name for r in households.fetch_rows(ctx.uow(), ids)] == ["李四", "王五", "张三"]
    ids = households.query_ids(ctx.uow(), HouseholdQuery(sort="per_capita_fen", descending=True))
    assert [r.head_name for r in households.fetch_rows(ctx.uow(), ids)][-1] == "王五"
    ids = households.query_ids(ctx.uow(), HouseholdQuery(village_id=villages["向阳社区"]))
    assert [r.head_name for r in households.fetch_rows(ctx.uow(), ids)] == ["李四"]


def test_delete_only_before_any_application(ctx, make_household):
    saved = make_household()
    households.delete(ctx.uow(), saved.id)
    assert count(ctx, Household) == 0 and count(ctx, Member) == 0


def test_income_summary_deduction_never_below_zero():
    draft = HouseholdDraft(1, "urban", (MemberDraft("甲", "x"), MemberDraft("乙", "y")),
                           incomes=(IncomeDraft("wages", 30000),), employment_deduction_fen=50000)
    s = income_summary(draft)
    assert (s.total_fen, s.deduction_fen, s.counted_fen, s.per_capita_fen) == (30000, 30000, 0, 0)


@pytest.mark.parametrize("age_birth, capacity, employment, code", [
    ("20150601", "full", "student", "member.age_capacity"),          # 11 with full work capacity
    ("20150601", "none", "farming", "member.age_employment"),
    ("20240601", "none", "student", "member.age_student"),           # 2 and 在校学生
    ("20150601", "none", "preschool", "member.age_preschool"),
    ("19400101", "full", "none", "member.age_old_capacity"),          # 86 left at the default
    ("19660601", "full", "farming", "member.age_old_capacity"),       # 60
])
def test_an_age_that_contradicts_a_field_is_a_warning(age_birth, capacity, employment, code):
    from dibao_desk.domain.household import age_warnings as validate

    # "other": a son born before the head (1960) would be said too
    child = MemberDraft("张小", make_id(age_birth, 13), "other", work_capacity=capacity, employment=employment)
    draft = simple_draft(1, extra_members=(child,))
    found = [p for p in validate(draft, today=dt.date(2026, 11, 30)) if p.field.startswith("members[1]")]
    assert [(p.code, p.severity) for p in found] == [(code, "warning")]


def test_ages_that_fit_raise_nothing():
    from dibao_desk.domain.household import age_warnings, validate

    members = (MemberDraft("张小", make_id("20100101", 13), "son", work_capacity="none", employment="student"),
               MemberDraft("张幼", make_id("20230101", 15), "son", work_capacity="none", employment="preschool"),
               MemberDraft("张大", make_id("20100101", 17), "son", work_capacity="full", employment="farming"),
               MemberDraft("张老", make_id("19661231", 19), "sibling", work_capacity="full", employment="farming"),
               MemberDraft("李老", make_id("19400101", 20), "mother", work_capacity="partial"))
    draft = simple_draft(1, extra_members=members)
    assert validate(draft, today=dt.date(2026, 11, 30)) == age_warnings(draft, today=dt.date(2026, 11, 30)) == []


def test_the_form_check_warns_of_an_age_contradiction_without_blocking(ctx, villages):
    child = MemberDraft("张小", make_id("20150601", 13), "son", work_capacity="full", employment="student")
    draft = simple_draft(villages["东风村"], extra_members=(child,))
    found = households.check(ctx.uow(), draft, today=dt.date(2026, 11, 30))
    assert [(p.code, p.severity) for p in found] == [("member.age_capacity", "warning")]
    assert households.save(ctx.uow(), draft, today=dt.date(2026, 11, 30)).id


@pytest.mark.parametrize("fen, unit, monthly", [
    (1_000_000, "year", 83_333),  # 10,000 元 a year: 833.33 元 a month
    (1_000_011, "year", 83_334),  # 833.3425: cut to the fen, never rounded up
    (1_200_000, "year", 100_000),
    (539_999, "year", 44_999),  # 5,399.99 元 a year stays below a 450 元 standard
    (540_000, "year", 45_000),
    (11, "year", 0),
    (5, "year", 0),
    (35_050, "month", 35_050),
])
def test_an_income_entered_per_year_is_kept_as_its_monthly_figure(fen, unit, monthly):
    from dibao_desk.domain.household import monthly_fen

    assert monthly_fen(fen, unit) == monthly


def test_support_a_supporter_pays_but_not_counted_in_the_income_is_a_warning(ctx, villages):
    """The son pays 200 元 a month (赡养人 tab) but no 赡养费 income was entered: the income, the
    per-capita figure and the benefit left the 200 元 out without a word. The form now says so;
    once the support is entered as income the warning goes."""
    son = SupporterDraft("张大伟", relation="长子", household_size=4, household_income_fen=300000,
                         support_paid_fen=20000)
    draft = simple_draft(villages["东风村"], wages_fen=0, supporters=(son,))
    from dibao_desk import messages

    found = households.check(ctx.uow(), draft, today=dt.date(2026, 11, 30))
    assert [(p.code, p.severity, p.field) for p in found] == [
        ("supporter.paid_not_counted", "warning", "supporters[0].support_paid_fen")]
    assert found[0].params == {"paid": "200.00", "counted": "0.00"}
    assert messages.text(found[0]).startswith("赡养（抚养、扶养）人每月给付合计 200.00 元")
    counted = replace(draft, incomes=(IncomeDraft("support", 20000),))
    assert households.check(ctx.uow(), counted, today=dt.date(2026, 11, 30)) == []
    unpaid = replace(draft, supporters=(replace(son, support_paid_fen=0),))
    assert households.check(ctx.uow(), unpaid, today=dt.date(2026, 11, 30)) == []


@pytest.mark.parametrize("relation, seq, warned", [
    ("grandson", 22, True),  # an even 17th digit: a woman
    ("granddaughter", 22, False),
    ("son", 33, False),
    ("daughter", 33, True),
    ("mother", 33, True),
    ("spouse", 22, False),  # no sex in the word
])
def test_a_relation_the_id_number_contradicts_is_a_warning(ctx, villages, relation, seq, warned):
    """A granddaughter entered as 孙子 (or an ID number with a wrong digit): the review table
    showed “孙子，女” to the village representatives. The form now says so, without blocking."""
    from dibao_desk import messages

    member = MemberDraft("张乐乐", make_id("20180505", seq), relation, work_capacity="none")
    draft = simple_draft(villages["东风村"], extra_members=(member,))
    found = [p for p in households.check(ctx.uow(), draft, today=dt.date(2026, 11, 30))
             if p.code == "member.relation_sex"]
    assert [(p.field, p.severity) for p in found] == ([("members[1].relation", "warning")] if warned else [])
    if warned:
        sentence = messages.text(found[0])
        assert sentence.startswith("第 2 名成员") and "性" in sentence and "relation" not in sentence


def test_a_status_date_in_the_future_or_before_birth_is_pointed_out(ctx, villages):
    """A death typed as 2027-03-01 on 2026-12-01, a move away dated before the son was born:
    saved without a word. The form now says so."""
    dead = MemberDraft("张父", make_id("19500101", 13), "father", work_capacity="none", person_status="dead",
                       status_on=dt.date(2027, 3, 1))
    gone = MemberDraft("张子", make_id("19800101", 15), "son", person_status="split_out",
                       status_on=dt.date(1970, 3, 1))
    fine = MemberDraft("张孙", make_id("20000101", 17), "grandson", person_status="split_out",
                       status_on=dt.date(2026, 12, 1))
    draft = simple_draft(villages["东风村"], extra_members=(dead, gone, fine))
    found = [(p.code, p.field, p.severity) for p in households.check(ctx.uow(), draft, today=dt.date(2026, 12, 1))]
    assert found == [("member.status_on_future", "members[1].status_on", "warning"),
                     ("member.status_on_before_birth", "members[2].status_on", "warning")]


def test_a_bank_account_typed_in_full_width_is_kept_in_plain_digits(ctx, villages):
    """With the input method in full-width mode, ６２１７… passed the digits check and was kept
    as typed: the bank file then carried full-width digits the bank's system does not read. A
    full-width space between groups was refused as “只能包含数字”. Both are now read as the
    bank-account import reads them."""
    from dibao_desk.models import Household

    draft = simple_draft(villages["东风村"], bank_account="６２１７　０００１ １１１１ 2222 333")
    found = households.check(ctx.uow(), draft, today=dt.date(2026, 12, 1))
    assert [p.code for p in found if p.severity == "error"] == []
    saved = households.save(ctx.uow(), draft, today=dt.date(2026, 12, 1))
    with ctx.uow() as uow:
        assert uow.session.get(Household, saved.id).bank_account == "6217000111112222333"


def test_a_card_number_with_a_wrong_digit_is_pointed_out_when_registered(ctx, villages):
    """A UnionPay card number with one digit typed wrong was taken at registration and found
    only months later, when the bank file refused the whole roster. The form now says so at
    once (a warning: the household can still be registered)."""
    from dibao_desk.domain.bank_accounts import luhn_ok

    good = next(f"621700001111{n:04d}" for n in range(10000) if luhn_ok(f"621700001111{n:04d}"))
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    found = households.check(ctx.uow(), simple_draft(villages["东风村"], bank_account=wrong, bank_name="农业银行"),
                             today=dt.date(2026, 12, 1))
    assert [(p.code, p.field, p.severity) for p in found] == [("bank_account.luhn", "bank_account", "warning")]
    assert households.check(ctx.uow(), simple_draft(villages["东风村"], bank_account=good, bank_name="农业银行"),
                            today=dt.date(2026, 12, 1)) == []
    assert households.check(ctx.uow(), simple_draft(villages["东风村"]), today=dt.date(2026, 12, 1)) == []


def test_a_sanwu_household_with_income_a_supporter_or_a_member_able_to_work_is_pointed_out(ctx, villages):
    """三无 means no work capacity, no income, no one with a duty of support: ticked for a
    household whose son pays support and whose head farms, it went to the county's package and
    the 三无 counts as it was. The form now names what contradicts it."""
    from dibao_desk import messages

    def sanwu(draft):
        return [(p.code, p.field, p.severity) for p in households.check(ctx.uow(), draft, today=dt.date(2026, 12, 1))
                if p.code.startswith("household.sanwu")]

    son = SupporterDraft("张大伟", relation="长子", support_paid_fen=20000)
    draft = replace(simple_draft(villages["东风村"], wages_fen=0, supporters=(son,), sanwu=True),
                    incomes=(IncomeDraft("farming", 20000, 0), IncomeDraft("support", 20000)))
    assert sanwu(draft) == [("household.sanwu_income", "sanwu", "warning"),
                            ("household.sanwu_supporters", "sanwu", "warning"),
                            ("household.sanwu_able", "sanwu", "warning")]  # the head: 部分劳动能力
    assert all("三无" in messages.text(p) for p in households.check(ctx.uow(), draft, today=dt.date(2026, 12, 1))
               if p.code.startswith("household.sanwu"))
    alone = replace(draft, supporters=(), incomes=(), members=(replace(draft.members[0], work_capacity="none"),))
    assert households.check(ctx.uow(), alone, today=dt.date(2026, 12, 1)) == []
    assert sanwu(replace(alone, sanwu=False, incomes=draft.incomes)) == []  # not ticked: nothing to say


def test_a_deduction_declared_above_what_the_policy_allows_is_said_with_the_figure_counted(ctx, villages):
    """The form's summary subtracted the 300 元 declared while the means test counts only the
    100 元 the example policy allows for one employed member: the check now says so."""
    from dibao_desk import messages
    from dibao_desk.services import benefit

    head = MemberDraft("张三", make_id("19700315", 11), "head", employment="employed")
    draft = HouseholdDraft(villages["东风村"], "rural", (head,), incomes=(IncomeDraft("wages", 50000, 0),),
                           employment_deduction_fen=30000)
    [problem] = [p for p in households.check(ctx.uow(), draft, today=TODAY)
                 if p.code == "household.deduction_above_allowed"]
    assert problem.severity == "warning" and problem.field == "employment_deduction_fen"
    assert "申报的就业成本扣减 300.00 元超过现行政策标准（2000-01-01 起执行）允许的 100.00 元" in messages.text(problem)
    saved = households.save(ctx.uow(), draft, today=TODAY)  # a warning: saving goes on
    assessed = benefit.assess(ctx.uow(), saved.id, TODAY)
    assert assessed.amount_fen == 45000 - (50000 - 10000)  # as the warning says: 100 元 deducted
    assert "申报 300.00 元，政策允许至多 100.00 元（不超过收入），按 100.00 元计" in assessed.text
    within = replace(draft, employment_deduction_fen=10000)
    assert not [p for p in households.check(ctx.uow(), within, saved.id, today=TODAY)
                if p.code == "household.deduction_above_allowed"]


def test_a_save_over_a_household_changed_since_it_was_opened_is_refused(ctx, make_household):
    """Two windows open the same household; the second to save would write its older copy over
    the first one's change without a word."""
    opened = make_household(head="张三")
    first = replace(opened.draft, phone="13800000001")
    households.save(ctx.uow(), first, opened.id, today=TODAY, expected=opened.draft)
    second = replace(opened.draft, address="幸福路 9 号")
    with pytest.raises(RuleError) as err:
        households.save(ctx.uow(), second, opened.id, today=TODAY, expected=opened.draft)
    assert [p.code for p in err.value.problems] == ["household.changed"]
    kept = households.get(ctx.uow(), opened.id).draft
    assert (kept.phone, kept.address) == ("13800000001", "")


def test_a_member_registered_with_an_old_15_digit_number_is_found_by_its_18_digit_tail(ctx, villages):
    """The store and the new card hold 18 digits; the clerk searches by the last four of the card."""
    son18 = make_id("19850101", 31)
    son15 = son18[:6] + son18[8:17]
    draft = simple_draft(villages["东风村"], extra_members=(MemberDraft("张小", son15, "son"),))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    for text in (son18[-4:], son18[6:14], son18):
        ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
        assert ids == [saved.id], text
        assert [r.matched_member for r in households.fetch_rows(ctx.uow(), ids, text)] == ["张小"]


@pytest.mark.parametrize("birth, seq, relation, code", [
    ("20210601", 22, "spouse", "member.age_married"),            # a 5-year-old 配偶
    ("20080101", 22, "daughter_in_law", "member.age_married"),   # 18: under 20, the women's marriage age
    ("20050101", 21, "spouse", "member.age_married"),            # a man of 21: under 22
    ("19550101", 31, "son", "member.age_older_than_head"),       # a son born before the head (1960)
    ("19900101", 31, "father", "member.age_younger_than_head"),  # a father born after the head
])
def test_a_relation_the_age_contradicts_is_a_warning(ctx, villages, birth, seq, relation, code):
    member = MemberDraft("张某", make_id(birth, seq), relation, work_capacity="partial", employment="none")
    draft = simple_draft(villages["东风村"], extra_members=(member,))
    today = dt.date(2026, 11, 30)
    found = [p for p in households.check(ctx.uow(), draft, today=today) if p.field == "members[1].relation"]
    assert [(p.code, p.severity) for p in found] == [(code, "warning")]
    from dibao_desk import messages

    said = messages.text(found[0])
    assert "请核对关系" in said and "{" not in said and relation not in said, said
    assert households.save(ctx.uow(), draft, today=today).id  # the operator may know better


def test_relations_that_fit_the_ages_raise_nothing():
    from dibao_desk.domain.household import age_warnings

    members = (MemberDraft("李梅", make_id("19620101", 22), "spouse", work_capacity="partial"),
               MemberDraft("张父", make_id("19301231", 31), "father", work_capacity="none"),
               MemberDraft("张子", make_id("19901231", 33), "son", work_capacity="full", employment="farming"),
               MemberDraft("王媳", make_id("19920101", 24), "daughter_in_law", work_capacity="full",
                           employment="farming"))
    assert age_warnings(simple_draft(1, extra_members=members), today=dt.date(2026, 12, 31)) == []


def test_a_text_longer_than_its_field_holds_is_refused_in_words_and_nothing_is_written(ctx, villages):
    """A 201-character address: a server store refuses it with an English error, a file store
    keeps it whole and the printed form cuts it. Refused at the form, saying how long it may be."""
    from dibao_desk import messages

    long_name = "买买提·" + "艾" * 47  # 51 characters
    draft = simple_draft(villages["东风村"], address="幸福路" * 67,  # 201 characters
                         extra_members=(MemberDraft(long_name, make_id("19900101", 31), "son"),))
    with pytest.raises(RuleError) as err:
        households.save(ctx.uow(), draft, today=TODAY)
    found = {(p.code, p.field) for p in err.value.problems}
    assert found == {("household.address_long", "address"), ("member.text_long", "members[1].name")}
    said = [messages.text(p) for p in err.value.problems]
    assert any("家庭住址最多 200 个字，现填了 201 个字" in t for t in said), said
    assert count(ctx, Household) == 0
    fits = replace(draft, address="幸福路" * 66 + "号 ",
                   members=(draft.members[0], replace(draft.members[1], name=long_name[:50])))
    assert households.save(ctx.uow(), fits, today=TODAY).draft.address == "幸福路" * 66 + "号"


@pytest.mark.parametrize("text", ["360426********0226", "360426＊＊＊＊＊＊＊＊0226", "*0226", "19900101***"])
def test_search_by_a_number_masked_as_a_notice_or_the_county_list_prints_it(ctx, three, text):
    """The county returns lists with numbers masked (360426********0226); pasted into the search
    they found nothing."""
    assert make_id("19900101", 22)[-4:] == "0226"  # 张红, a member of 李四's household
    ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
    rows = households.fetch_rows(ctx.uow(), ids, text)
    assert [(r.head_name, r.matched_member) for r in rows] == [("李四", "张红")]


@pytest.mark.parametrize("typed", ["买买提•艾力", "买买提・艾力", "买买提.艾力", " 买买提．艾力 "])
def test_a_name_typed_with_another_dot_is_stored_with_the_id_cards_dot_and_found_by_either(ctx, villages, typed):
    """The bank's 户名 and the identity card write 买买提·艾力; the same person typed with a
    bullet or a full stop was another name to the bank file and to the search."""
    draft = simple_draft(villages["东风村"], head=typed)
    saved = households.save(ctx.uow(), draft, today=TODAY)
    assert saved.draft.members[0].name == "买买提·艾力"
    for text in ("买买提·艾力", "买买提.艾力", typed, "maimaiti·aili"):
        assert households.query_ids(ctx.uow(), HouseholdQuery(text=text)) == [saved.id], text


def test_a_dotted_name_is_found_typed_without_the_dot_or_by_its_initials(ctx, villages):
    """Offices type 买买提·艾力 as 买买提艾力 or mmtal; the list names the member it found."""
    member = MemberDraft("买买提•艾力", make_id("19900101", 31), "son")
    saved = households.save(ctx.uow(), simple_draft(villages["东风村"], extra_members=(member,)), today=TODAY)
    households.save(ctx.uow(), simple_draft(villages["东风村"], head="李四", head_id=make_id("19610101", 13)),
                    today=TODAY)
    for text in ("买买提艾力", "mmtal", "MMTAL", "maimaitiaili", "买买提・艾力", "买买提.艾力", "提艾"):
        ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
        assert ids == [saved.id], text
        rows = households.fetch_rows(ctx.uow(), ids, text)
        assert [(r.head_name, r.matched_member) for r in rows] == [("张三", "买买提·艾力")], text


def test_a_member_registered_with_15_digits_is_found_by_the_18_the_list_shows(ctx, villages):
    number18 = make_id("19600101", 11)
    number15 = number18[:6] + number18[8:17]
    saved = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王五", head_id=number15), today=TODAY)
    assert households.fetch_rows(ctx.uow(), [saved.id])[0].head_id_number == number18
    for text in (number18, number18[-6:], number18[6:14]):
        assert households.query_ids(ctx.uow(), HouseholdQuery(text=text)) == [saved.id], text



def test_the_old_15_digits_typed_from_a_paper_form_find_the_member(ctx, villages):
    """The search text holds the 18 digits the list shows; an operator types the 15 of an old
    paper form (a member's, not the head's): the household is found and the member named."""
    son18 = make_id("19851020", 31)
    son15 = son18[:6] + son18[8:17]
    draft = simple_draft(villages["东风村"], extra_members=(MemberDraft("张小", son15, "son"),))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    other = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王五", head_id=make_id("19700101", 13)),
                            today=TODAY)
    for text in (son15, son15.translate(str.maketrans("0123456789", "０１２３４５６７８９")), son18):
        ids = households.query_ids(ctx.uow(), HouseholdQuery(text=text))
        assert ids == [saved.id], text
        assert households.count(ctx.uow(), HouseholdQuery(text=text)) == 1
        assert [(r.head_name, r.matched_member) for r in households.fetch_rows(ctx.uow(), ids, text)] == [
            ("张三", "张小")], text
    # the first 15 of an 18-digit number still find it as typed
    other18 = make_id("19700101", 13)
    assert households.query_ids(ctx.uow(), HouseholdQuery(text=other18[:15])) == [other.id]

def test_the_list_counts_the_income_eligibility_counts_not_the_declared_deduction(ctx, villages):
    """A declared employment-cost deduction above what the policy allows: the list shows, sorts
    and filters on the income the means test counts, the same as the eligibility panel."""
    from dibao_desk.domain import eligibility
    from dibao_desk.services import policy

    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    # the example set allows 100 元 per employed member: 1000 元 − 100 元 = 900 元, 450 元 a person
    figures = policy.require_policy(ctx.uow(), TODAY).figures
    assert eligibility.income(saved.draft, figures).counted_fen == 90000
    with ctx.uow() as uow:
        h = uow.session.get(Household, saved.id)
        assert (h.income_fen, h.per_capita_fen) == (90000, 45000)
    assert households.fetch_rows(ctx.uow(), [saved.id])[0].per_capita_fen == 45000
    assert saved.income.counted_fen == 90000  # the household's page and forms read the same figure
    assert saved.draft.employment_deduction_fen == 30000  # the declared one stays on the draft


def test_a_new_policy_set_recomputes_the_lists_income_columns(ctx, villages):
    """The allowed deduction rises from 100 元 to 200 元 an employed member: the list's income
    and per-person columns follow at once, without the household being saved again."""
    from dibao_desk.services import policy

    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    plain = households.save(ctx.uow(), simple_draft(villages["东风村"], head="王五", head_id=make_id("19500101", 15),
                                                    wages_fen=60000), today=TODAY)
    figures = policy.require_policy(ctx.uow(), TODAY).figures
    policy.add_policy_set(ctx.uow(), TODAY, replace(figures, employment_deduction_per_member_fen=20000),
                          "提高就业成本扣减", today=TODAY)
    with ctx.uow() as uow:
        h = uow.session.get(Household, saved.id)
        assert (h.income_fen, h.per_capita_fen) == (80000, 40000)  # 1000 元 − 200 元, two persons
        other = uow.session.get(Household, plain.id)
        assert (other.income_fen, other.per_capita_fen) == (60000, 60000)
    assert [r.per_capita_fen for r in households.fetch_rows(ctx.uow(), [saved.id, plain.id])] == [40000, 60000]


def test_the_recomputed_income_columns_are_those_a_save_writes(ctx, villages):
    """A member who died with wages of her own, an employed son: the columns the new policy set
    recomputes in bulk are the ones saving the household again writes."""
    from dibao_desk.services import policy

    head = replace(simple_draft(villages["东风村"]).members[0], employment="employed")
    dead = MemberDraft("李梅", make_id("19620101", 22), "spouse", employment="employed", person_status="dead",
                       status_on=dt.date(2026, 10, 1))
    son = MemberDraft("张强", make_id("19900101", 31), "son", employment="flexible")
    draft = replace(simple_draft(villages["东风村"]), members=(head, dead, son), employment_deduction_fen=90000,
                    incomes=(IncomeDraft("wages", 100000, 0), IncomeDraft("wages", 50000, 1),
                             IncomeDraft("wages", 70000, 2), IncomeDraft("pension", 20000, None)))
    saved = households.save(ctx.uow(), draft, today=TODAY)
    figures = policy.require_policy(ctx.uow(), TODAY).figures
    policy.add_policy_set(ctx.uow(), TODAY, replace(figures, employment_deduction_per_member_fen=25000),
                          "提高就业成本扣减", today=TODAY)
    with ctx.uow() as uow:
        h = uow.session.get(Household, saved.id)
        recomputed = (h.income_fen, h.per_capita_fen)
    # 1900 元 of the two living members and the household, less 2 × 250 元: 1400 元, 700 元 a person
    assert recomputed == (140000, 70000)
    households.save(ctx.uow(), saved.draft, saved.id, today=TODAY)
    with ctx.uow() as uow:
        h = uow.session.get(Household, saved.id)
        assert (h.income_fen, h.per_capita_fen) == recomputed
