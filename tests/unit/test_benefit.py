"""The monthly benefit: hand-computed cases for each method, the set in force per month,
seed 004's class figures, and recomputing every receiving household."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, update

from dibao_desk import messages
from dibao_desk.domain import benefit as rules
from dibao_desk.domain import eligibility
from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft, PropertyDraft
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.models import AuditLog, Household
from dibao_desk.services import benefit, policy
from tests.conftest import make_id

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

MONTH = dt.date(2026, 11, 1)
F = PolicyFigures()  # rural 450, urban 600 元; round up to the yuan; 100 元 deduction per employed member


def member(name="张三", birth="19600315", seq=11, relation="head", **kw) -> MemberDraft:
    return MemberDraft(name, make_id(birth, seq), relation, **kw)


def household(members, incomes=(), hukou="rural", deduction=0, properties=()) -> HouseholdDraft:
    return HouseholdDraft(village_id=1, hukou_type=hukou, members=tuple(members), incomes=tuple(incomes),
                          properties=tuple(properties), employment_deduction_fen=deduction)


def texts(result) -> list[str]:
    return [messages.text(s) for s in result.steps]


# ---- 补差 ----------------------------------------------------------------------------------

def test_difference_three_persons():
    # 700 元 wages (employed member), deduction 150 declared / 100 allowed -> 600 counted;
    # 3 persons -> 200 per person; (450 - 200) x 3 = 750 元.
    d = household([member(employment="employed"), member("李四", "19650101", 22, "spouse"),
                   member("张小", "20150101", 33, "son")], [IncomeDraft("wages", 70000, 0)], deduction=15000)
    r = rules.compute(d, F, MONTH)
    assert r.eligible and r.amount_fen == 75000
    lines = texts(r)
    assert "补差：450.00 元 × 3 人 − 600.00 元 = 750.00 元" in lines
    assert lines[-1] == "每月保障金：750.00 元"
    assert "就业成本扣减：申报 150.00 元，政策允许至多 100.00 元（不超过收入），按 100.00 元计" in lines
    assert all("{" not in line for line in lines)


def test_difference_counts_only_covered_persons():
    d = household([member(), member("李四", "19650101", 22, "spouse", covered=False, not_covered_reason="户口迁出"),
                   member("张小", "19900101", 33, "son")], [IncomeDraft("wages", 60000, 2)])
    r = rules.compute(d, F, MONTH)
    # income per person over all 3 living together: 200; covered 2 -> (450-200) x 2 = 500 元
    assert r.amount_fen == 50000
    assert "保障人数：2 人（共 3 人，1 人不纳入保障）" in texts(r)


@pytest.mark.parametrize("rule, expected", [
    ("yuan_up", 23400), ("yuan_half_up", 23300), ("yuan_down", 23300), ("none", 23333)])
def test_difference_rounding(rule, expected):
    # 1000 元 for 3 persons, 2 covered: (450 × 3 − 1000) × 2 ÷ 3 = 233.333… 元, rounded once
    d = household([member(), member("李四", "19650101", 22, "spouse", covered=False, not_covered_reason="户口迁出"),
                   member("张小", "19900101", 33, "son")], [IncomeDraft("pension", 100000, 0)])
    r = rules.compute(d, dataclasses.replace(F, rounding=rule), MONTH)
    assert r.amount_fen == expected
    assert "补差：（450.00 元 × 3 人 − 1000.00 元）× 2 ÷ 3 = 233.33 元" in texts(r)


@pytest.mark.parametrize("rule", ["yuan_up", "yuan_half_up", "yuan_down", "none"])
def test_difference_on_household_totals_rounded_once(rule):
    """DOMAIN: 补差 is computed on household totals and rounded once: 3 persons at a 400 元
    standard with 1,000 元 income get 200 元, not 3 × (400 − 333.33) = 200.01 → 201."""
    d = household([member(), member("李四", "19650101", 22, "spouse"), member("张小", "19900101", 33, "son")],
                  [IncomeDraft("pension", 100000, 0)])
    figures = dataclasses.replace(F, rural_standard_fen=40000, rounding=rule)
    r = rules.compute(d, figures, MONTH)
    assert r.amount_fen == 20000
    assert "补差：400.00 元 × 3 人 − 1000.00 元 = 200.00 元" in texts(r)
    assert not any(t.startswith("进到整元") for t in texts(r))
    persons = rules.persons_of(d, [60, 61, 36])
    assert rules.quick(figures, "rural", "", persons, r.income, True, False) == (True, 20000, r.category)
    assert rules.difference_fen(40000, 3, 100000, 3, rule) == 20000


def test_income_one_fen_below_the_standard_times_persons_is_eligible():
    # 1349.99 元 for 3 persons at 450: per person 449.9966…, below the standard
    d = household([member(), member("李四", "19650101", 22, "spouse"), member("张小", "19900101", 33, "son")],
                  [IncomeDraft("pension", 134999, 0)])
    r = rules.compute(d, dataclasses.replace(F, rounding="none"), MONTH)
    assert r.eligible and r.amount_fen == 1


def test_income_at_the_standard_gets_nothing():
    r = rules.compute(household([member()], [IncomeDraft("pension", 45000, 0)]), F, MONTH)
    assert not r.eligible and r.amount_fen == 0
    assert "人均收入不低于保障标准，不发放保障金" in texts(r)


@pytest.mark.parametrize("yearly_fen, eligible", [(539_999, True), (540_000, False), (540_001, False)])
def test_a_yearly_income_one_fen_below_twelve_standards_is_eligible(yearly_fen, eligible):
    """5,399.99 元 a year is 449.9992 元 a month, below the 450 元 rural standard: the monthly
    figure kept for it must not be rounded up to 450.00 and fail the income test."""
    from dibao_desk.domain.household import monthly_fen

    d = household([member()], [IncomeDraft("farming", monthly_fen(yearly_fen, "year"), 0)])
    r = rules.compute(d, dataclasses.replace(F, rounding="none"), MONTH)
    assert r.eligible is eligible
    assert r.amount_fen == (1 if eligible else 0)


def test_property_over_the_limit_gets_nothing():
    r = rules.compute(household([member()], properties=[PropertyDraft("vehicle", 5_000_000)]), F, MONTH)
    assert not r.eligible and r.amount_fen == 0


@pytest.mark.parametrize("area_x100, eligible, shown", [(6000, True, "30"), (6001, False, "30.01")])
def test_housing_area_per_person_over_the_limit_by_a_hundredth_fails(area_x100, eligible, shown):
    """60.01 m² for 2 persons is 30.005 m² each: over a 30 m² limit, on household totals (as
    deposits are), not per person cut to 30.00 m². The figure shown is then over the limit too."""
    figures = dataclasses.replace(F, housing_area_per_person_m2_x100=3000)
    d = household([member(), member("李四", "19650101", 22, "spouse")],
                  properties=[PropertyDraft("housing", 0, area_x100, 1)])
    r = rules.compute(d, figures, MONTH)
    assert r.eligible is eligible and (r.amount_fen > 0) is eligible
    prop = r.conditions[2]
    line = next(messages.text(c) for c in prop.checks if c.code == "property.area")
    assert f"人均 {shown} 平方米（上限 30 平方米/人）" in line
    totals = eligibility.property_totals([("housing", 0, area_x100, 1)], figures)
    assert eligibility.property_met(totals, 2, figures) is eligible  # the bulk recompute's test


def test_deposits_shown_per_person_are_over_the_limit_when_the_total_is():
    # 20,000.01 元 for 2 persons at 10,000 元 each: fails, and reads 10000.01 元 per person
    d = household([member(), member("李四", "19650101", 22, "spouse")],
                  properties=[PropertyDraft("deposit", 2_000_001)])
    r = rules.compute(d, F, MONTH)
    assert not r.eligible
    line = next(messages.text(c) for c in r.conditions[2].checks if c.code == "property.deposits")
    assert "人均 10000.01 元（上限 10000.00 元/人）" in line


def test_minimum_per_household():
    # 440 元 income, 1 person: (450 - 440) = 10 元, below the 50 元 minimum
    figures = dataclasses.replace(F, minimum_benefit_fen=5000)
    r = rules.compute(household([member()], [IncomeDraft("pension", 44000, 0)]), figures, MONTH)
    assert r.amount_fen == 5000
    assert "不足每户最低保障金 50.00 元，按 50.00 元发放" in texts(r)


# ---- 分类施保 ------------------------------------------------------------------------------

CLASS = dataclasses.replace(F, method="class")


def test_class_amount_uses_the_recorded_class():
    d = household([member(), member("李四", "19650101", 22, "spouse"), member("张小", "19900101", 33, "son")],
                  [IncomeDraft("wages", 30000, 2)])
    r = rules.compute(d, CLASS, MONTH, category="class2")
    assert r.category == "class2" and r.amount_fen == 3 * 5200
    assert "二类对象 52.00 元/人 × 3 人 = 156.00 元" in texts(r)


def test_class_suggested_when_none_is_recorded():
    san_wu = household([member(birth="19400101", work_capacity="none")])  # 三无: no income, capacity, supporter
    assert rules.compute(san_wu, CLASS, MONTH).category == "class1"
    assert rules.compute(san_wu, CLASS, MONTH).amount_fen == 7700
    ill = household([member(work_capacity="partial", serious_illness=True)], [IncomeDraft("farming", 10000, 0)])
    assert rules.suggest_category(ill, F, MONTH) == "class2"
    old = household([member(birth="19500101")], [IncomeDraft("farming", 10000, 0)])  # 76 years old
    assert rules.suggest_category(old, F, MONTH) == "class2"
    plain = household([member(birth="19800101")], [IncomeDraft("farming", 10000, 0)])
    assert rules.suggest_category(plain, F, MONTH) == "class3"
    # the recorded class wins over the suggestion
    assert rules.compute(plain, CLASS, MONTH, category="class1").amount_fen == 7700


def test_seed_004_class_figures():
    """Seed 004: class 1 5,409 persons at 77 元, class 2 31,622 at 52 元, class 3 23,397 at 42 元.

    The report says 6.04 万人, "月发放低保金308万多元, 月人均补助水平51元". The class amounts
    alone give 3,043,511 元 (304.35 万元) for 60,428 persons, 50.37 元 per person; the report's
    308 万 / 51 元 presumably include amounts beyond the three class figures.
    """
    counts = {"class1": 5409, "class2": 31622, "class3": 23397}
    total = 0
    for code, persons in counts.items():
        one = rules.compute(household([member(birth="19800101")], [IncomeDraft("farming", 10000, 0)]),
                            CLASS, MONTH, category=code)
        total += one.amount_fen * persons
    persons = sum(counts.values())
    assert persons == 60428
    assert total == 304_351_100  # fen: 3,043,511 元
    assert round(total / persons) == 5037  # 50.37 元 per person
    assert abs(total / 100 / 3_080_000 - 1) < 0.02 and abs(total / persons / 100 - 51) < 1


# ---- 补差 + 分类加发 -----------------------------------------------------------------------

PLUS = dataclasses.replace(F, method="difference_plus")


def test_supplements_highest_only_by_default():
    # two covered elderly, no income: (450 - 0) x 2 = 900; the head is 76 -> elderly 30;
    # the spouse is 72 and grade-1 disabled -> only the higher one, disabled 50. 980 元.
    d = household([member(birth="19500101"), member("李四", "19540101", 22, "spouse", disability_grade=1)])
    r = rules.compute(d, PLUS, MONTH)
    assert r.amount_fen == 98000
    lines = texts(r)
    assert "加发：高龄老人 1 人 × 30.00 元 = 30.00 元" in lines
    assert "加发：重度残疾人 1 人 × 50.00 元 = 50.00 元" in lines
    assert "其中 1 人符合多项加发条件，按就高原则只计最高一项" in lines


def test_supplements_stacked_when_the_policy_says_so():
    d = household([member(birth="19500101"), member("李四", "19540101", 22, "spouse", disability_grade=1)])
    r = rules.compute(d, dataclasses.replace(PLUS, supplements_stack=True), MONTH)
    assert r.amount_fen == 90000 + 3000 + 3000 + 5000


def test_single_parent_and_minor():
    # mother 35 raising a son of 10, 300 元 income: 150 per person, (450-150) x 2 = 600;
    # the son: minor 30 (higher than single-parent 20); the mother: single-parent 20. 650 元.
    d = household([member("王芳", "19910101", 22), member("王小", "20160101", 33, "son")],
                  [IncomeDraft("casual_labour", 30000, 0)])
    r = rules.compute(d, PLUS, MONTH)
    assert r.amount_fen == 65000
    assert r.supplements["minor"] == 1 and r.supplements["single_parent"] == 1


def test_grade_3_disability_is_not_severe():
    d = household([member(birth="19800101", disability_grade=3)], [IncomeDraft("farming", 25000, 0)])
    assert rules.compute(d, PLUS, MONTH).amount_fen == 20000


def test_age_is_taken_on_the_first_day_of_the_month():
    born = household([member(birth="19561201")])  # 70 on 1 December 2026
    assert rules.compute(born, PLUS, dt.date(2026, 11, 1)).supplements["elderly"] == 0
    assert rules.compute(born, PLUS, dt.date(2026, 12, 1)).supplements["elderly"] == 1


# ---- through the store --------------------------------------------------------------------

def _receive(ctx, household_id, category=""):
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == household_id)
                            .values(status="receiving", category=category))
        uow.commit()


def test_policy_change_in_the_middle_of_a_year(ctx, make_household):
    h = make_household(wages_fen=30000)  # 1 person, rural, 300 元
    base = policy.policy_in_force(ctx.uow(), dt.date(2026, 1, 1)).figures
    july = policy.add_policy_set(ctx.uow(), dt.date(2026, 7, 1),
                                 dataclasses.replace(base, rural_standard_fen=50000), "7月起提标", today=dt.date.today())
    mid = policy.add_policy_set(ctx.uow(), dt.date(2026, 9, 15),
                                dataclasses.replace(base, rural_standard_fen=52000), "9月15日起", today=dt.date.today())
    got = {m: benefit.assess(ctx.uow(), h.id, dt.date(2026, m, 1)) for m in (6, 7, 9, 10)}
    assert got[6].amount_fen == 15000 and got[6].policy_set_id != july.id
    assert got[7].amount_fen == 20000 and got[7].policy_set_id == july.id
    assert got[9].amount_fen == 20000 and got[9].policy_set_id == july.id  # in force on 1 September
    assert got[10].amount_fen == 22000 and got[10].policy_set_id == mid.id
    assert "2026年7月的保障金按 2026-07-01 起执行的政策标准计算" in str(got[7].explanation[0])
    assert "示例" in str(got[6].explanation[0])
    # assessing writes nothing
    assert benefit.assess(ctx.uow(), h.id, dt.date(2026, 6, 1)).current_fen == 0


def test_assess_explanation_reads_as_chinese(ctx, make_household):
    h = make_household(wages_fen=30000)
    a = benefit.assess(ctx.uow(), h.id, MONTH)
    assert a.amount_fen == 15000 and a.category == "class3" and a.recorded_category == ""
    assert "类别：三类（按家庭情况建议，尚未登记）" in a.text
    assert a.text.splitlines()[-1] == "每月保障金：150.00 元"


def test_recompute_all_stores_amounts_and_totals(ctx, make_household, villages):
    a = make_household(wages_fen=30000)                       # rural 1 person: 150
    b = make_household(head="李四", head_id=make_id("19700101", 13), wages_fen=10000, hukou="urban",
                       extra_members=(MemberDraft("王五", make_id("19720101", 24), "spouse"),))  # urban 2: (600-50)x2
    c = make_household(head="赵六", head_id=make_id("19750101", 15), wages_fen=60000)  # above the standard
    d = make_household(head="钱七", head_id=make_id("19760101", 17), wages_fen=0)       # registered, not receiving
    _receive(ctx, a.id)
    _receive(ctx, b.id, "class2")
    _receive(ctx, c.id, "class3")
    totals = benefit.recompute_all(ctx.uow(), MONTH)
    assert (totals.households, totals.persons, totals.total_fen) == (3, 4, 15000 + 110000)
    assert totals.changed == 2 and totals.ineligible == (c.id,)
    assert totals.by_hukou["rural"].households == 2 and totals.by_hukou["rural"].amount_fen == 15000
    assert totals.by_hukou["urban"].amount_fen == 110000
    assert totals.by_category["class2"].persons == 2 and totals.by_category["class3"].households == 2
    with ctx.uow() as uow:
        got = {h.id: (h.monthly_benefit_fen, h.category) for h in uow.session.scalars(select(Household))}
        audits = uow.session.scalars(select(AuditLog).where(AuditLog.action == "recompute_benefit")).all()
        assert {r.entity_id for r in audits} == {a.id, b.id}
        assert uow.session.scalars(select(AuditLog).where(AuditLog.action == "recompute")).one()
    assert got[a.id] == (15000, "class3")  # class suggested and stored when none was recorded
    assert got[b.id] == (110000, "class2")  # the recorded class stays
    assert got[c.id] == (0, "class3")
    assert got[d.id] == (0, "")  # not receiving: untouched
    again = benefit.recompute_all(ctx.uow(), MONTH)
    assert again.changed == 0 and again.total_fen == totals.total_fen


def test_recompute_cancelled_writes_nothing(ctx, make_household):
    from dibao_desk.services.progress import Cancelled, Progress

    h = make_household(wages_fen=30000)
    _receive(ctx, h.id)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        benefit.recompute_all(ctx.uow(), MONTH, progress)
    with ctx.uow() as uow:
        assert uow.session.get(Household, h.id).monthly_benefit_fen == 0


def test_recompute_matches_assess(ctx, make_household):
    """The bulk path and the one-household path give the same amount and class."""
    PLUS_SET = dataclasses.replace(policy.policy_in_force(ctx.uow(), MONTH).figures, method="difference_plus")
    policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), PLUS_SET, today=dt.date.today())
    ids = [
        make_household(head="甲", head_id=make_id("19500101", 11), wages_fen=0).id,
        make_household(head="乙", head_id=make_id("19910101", 22), wages_fen=30000, extra_members=(
            MemberDraft("乙子", make_id("20160101", 33), "son"),)).id,
        make_household(head="丙", head_id=make_id("19800101", 15), wages_fen=20000, extra_members=(
            MemberDraft("丙妻", make_id("19820101", 26), "spouse", disability_grade=1, serious_illness=True),)).id,
    ]
    for i in ids:
        _receive(ctx, i)
    expected = {i: benefit.assess(ctx.uow(), i, MONTH) for i in ids}
    benefit.recompute_all(ctx.uow(), MONTH)
    with ctx.uow() as uow:
        for i in ids:
            h = uow.session.get(Household, i)
            assert (h.monthly_benefit_fen, h.category) == (expected[i].amount_fen, expected[i].category)


@pytest.mark.parametrize("method", ["difference", "class", "difference_plus"])
def test_bulk_recompute_agrees_with_the_explained_path_on_varied_households(ctx, villages, method):
    """Recompute uses a plain-values path for speed; it must give what ``assess`` explains."""
    import random

    from dibao_desk.domain.household import SupporterDraft
    from dibao_desk.services import households

    rng = random.Random(7)
    base = policy.policy_in_force(ctx.uow(), MONTH).figures
    policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), dataclasses.replace(
        base, method=method, housing_area_per_person_m2_x100=3500, vehicles_allowed=1,
        vehicle_exempt_below_fen=1_000_000,
        employment_deduction_permille=100, minimum_benefit_fen=3000,
        supplements_stack=method == "difference_plus" and rng.random() < 0.5), today=dt.date.today())
    seq = 100
    ids = []
    for n in range(30):
        members = []
        for i in range(rng.randint(1, 5)):
            seq += 2
            birth = f"{rng.randint(1935, 2020)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"
            members.append(MemberDraft(
                f"成员{n}_{i}", make_id(birth, seq), "head" if i == 0 else rng.choice(["spouse", "son", "daughter", "mother"]),
                disability_grade=rng.choice([0, 0, 1, 2, 3]), serious_illness=rng.random() < 0.2,
                work_capacity=rng.choice(["full", "partial", "none"]),
                employment=rng.choice(["none", "farming", "employed", "flexible", "student"]),
                covered=i == 0 or rng.random() < 0.85, not_covered_reason="外出"))
        incomes = [IncomeDraft(rng.choice(["wages", "farming", "pension", "casual_labour", "support"]),
                               rng.randint(0, 60000), rng.choice([None, *range(len(members))]))
                   for _ in range(rng.randint(0, 3))]
        props = [PropertyDraft(rng.choice(["deposit", "securities", "vehicle", "housing", "insurance"]),
                               rng.randint(0, 2_000_000), rng.randint(0, 9000), rng.randint(0, 2))
                 for _ in range(rng.randint(0, 3))]
        sups = (SupporterDraft("赡养人"),) if rng.random() < 0.3 else ()
        draft = HouseholdDraft(villages["东风村"], rng.choice(["urban", "rural"]), tuple(members),
                               incomes=tuple(incomes), properties=tuple(props), supporters=sups,
                               employment_deduction_fen=rng.choice([0, 5000, 30000]))
        h = households.save(ctx.uow(), draft, today=dt.date(2026, 11, 23))
        _receive(ctx, h.id, rng.choice(["", "class1", "class2", "class3"]))
        ids.append(h.id)
    expected = {i: benefit.assess(ctx.uow(), i, MONTH) for i in ids}
    assert len({e.amount_fen for e in expected.values()}) > 5  # the cases really differ
    totals = benefit.recompute_all(ctx.uow(), MONTH)
    with ctx.uow() as uow:
        for i in ids:
            h = uow.session.get(Household, i)
            assert (h.monthly_benefit_fen, h.category) == (expected[i].amount_fen, expected[i].category), i
    assert set(totals.ineligible) == {i for i in ids if not expected[i].eligible}
    assert totals.total_fen == sum(e.amount_fen for e in expected.values())


@pytest.mark.parametrize("rule", ["yuan_up", "yuan_half_up", "yuan_down", "none"])
def test_rounding_in_integers_agrees_with_exact_fractions(rule):
    import math
    from fractions import Fraction

    from dibao_desk.domain.policy import round_ratio

    def exact(x: Fraction) -> int:
        if rule == "none":
            return math.floor(x + Fraction(1, 2))
        if rule == "yuan_up":
            return math.ceil(x / 100) * 100
        if rule == "yuan_down":
            return math.floor(x / 100) * 100
        return math.floor(x / 100 + Fraction(1, 2)) * 100

    for numerator in range(0, 2500, 7):
        for denominator in range(1, 8):
            assert round_ratio(numerator, denominator, rule) == exact(Fraction(numerator, denominator))
