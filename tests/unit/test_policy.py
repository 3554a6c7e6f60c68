"""Policy figures: dated sets, kept forever; the means test's three conditions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain import eligibility, policy as rules
from dibao_desk.domain.household import HouseholdDraft, IncomeDraft, MemberDraft, PropertyDraft
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import benefit, policy
from tests.conftest import make_id

F = PolicyFigures()


def member(name="张三", birth="19600315", seq=11, relation="head", **kw) -> MemberDraft:
    return MemberDraft(name, make_id(birth, seq), relation, **kw)


def draft(members, incomes=(), properties=(), hukou="rural", deduction=0) -> HouseholdDraft:
    return HouseholdDraft(village_id=1, hukou_type=hukou, members=tuple(members), incomes=tuple(incomes),
                          properties=tuple(properties), employment_deduction_fen=deduction)


# ---- the sets ---------------------------------------------------------------------------

def test_new_store_has_the_example_set_in_force(ctx):
    sets = policy.list_policy_sets(ctx.uow())
    assert len(sets) == 1
    example = sets[0]
    assert example.is_example and "示例" in example.note
    assert example.figures == PolicyFigures()  # the migration's data and the dataclass agree
    assert example.figures.class_amounts == {"class1": 7700, "class2": 5200, "class3": 4200}
    assert example.figures.notice_days == 7 and example.figures.county_check_permille == 300
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 11, 23)).id == example.id


def test_adding_a_set_keeps_the_old_one_and_dates_decide(ctx):
    old = policy.policy_in_force(ctx.uow(), dt.date(2026, 1, 1))
    new = policy.add_policy_set(ctx.uow(), dt.date(2026, 7, 1),
                                dataclasses.replace(old.figures, rural_standard_fen=50000), "2026年提标", today=dt.date.today())
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 6, 30)).id == old.id
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 7, 1)).id == new.id
    history = policy.list_policy_sets(ctx.uow())
    assert [s.id for s in history] == [old.id, new.id]
    assert history[0].figures.rural_standard_fen == 45000  # untouched
    assert history[0].in_force_until == dt.date(2026, 6, 30)
    assert history[1].in_force_until is None and not history[1].is_example
    assert policy.policy_in_force(ctx.uow(), dt.date(1999, 12, 31)) is None


def test_a_correction_on_the_same_date_wins_and_both_stay_in_history(ctx):
    base = PolicyFigures()
    first = policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), dataclasses.replace(base, rural_standard_fen=48000), today=dt.date.today())
    fixed = policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), dataclasses.replace(base, rural_standard_fen=49000),
                                  "更正：农村标准应为490元", today=dt.date.today())
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 3, 1)).id == fixed.id
    history = {s.id: s for s in policy.list_policy_sets(ctx.uow())}
    assert history[first.id].superseded and not history[fixed.id].superseded


def test_a_set_is_audited(ctx):
    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    added = policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), PolicyFigures(), "新标准", today=dt.date.today())
    with ctx.uow() as uow:
        row = uow.session.scalars(select(AuditLog).where(AuditLog.entity == "policy_set")).one()
        assert row.entity_id == added.id and row.operator == "王经办" and "45000" in row.after


@pytest.mark.parametrize("change, code, words", [
    ({"rural_standard_fen": 0}, "policy.positive", "农村低保标准"),
    ({"deposit_limit_per_person_fen": -1}, "policy.negative", "存款及有价证券上限"),
    ({"method": "lottery"}, "policy.method", "lottery"),
    ({"rounding": "to_ten"}, "policy.rounding", "to_ten"),
    ({"county_check_permille": 1200}, "policy.share", "县级抽查比例"),
    ({"method": "class", "class1_fen": 0, "class2_fen": 0, "class3_fen": 0}, "policy.class_amounts", "类别"),
    ({"flow_change": "3,4,6,8"}, "policy.flow", "变更须经步骤"),
    ({"flow_change": "6,8,10"}, "policy.flow_needs_review", "民主评议"),  # seed 003
    ({"flow_cancel": "4,6,7,8,9,10"}, "policy.flow_needs_review", "取消须经步骤"),
    ({"flow_cancel": "3,6,8,10"}, "policy.flow_needs_notice", "公示"),
    ({"flow_no_review": "6,9,10"}, "policy.flow_needs_county", "县民政局审批"),  # 两审三公示 (seed 001)
    ({"flow_batch": "6,8,10"}, "policy.flow_needs_notice", "调整标准"),
    # "1e20" in a county's package: stored, then every recompute stopped on SQLite's integer limit
    ({"urban_standard_fen": 10 ** 20}, "policy.too_large", "城市低保标准（元/人·月）”的数值 1000000000000000000.00 元 大得"),
    ({"notice_days": 10 ** 12}, "policy.too_large", "公示"),
])
def test_bad_figures_are_refused_with_a_sentence_and_nothing_is_written(ctx, change, code, words):
    with pytest.raises(RuleError) as info:
        policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), dataclasses.replace(PolicyFigures(), **change), today=dt.date.today())
    assert code in [p.code for p in info.value.problems]
    assert any(words in messages.text(p) for p in info.value.problems)
    assert len(policy.list_policy_sets(ctx.uow())) == 1


@pytest.mark.parametrize("change", [
    {"flow_change": "2,3,4,5,6,7,8,9,10"},  # with the home visit and the handling office's check
    {"flow_cancel": "3,4,6,8,10"},  # one notice
    {"flow_no_review": "8,9,10"},  # a death: noticed and approved, no 评议
    {"flow_batch": "6,7,8,10"},
])
def test_flows_may_add_steps_or_drop_extra_notices(ctx, change):
    added = policy.add_policy_set(ctx.uow(), dt.date(2026, 1, 1), dataclasses.replace(PolicyFigures(), **change), today=dt.date.today())
    (name, text), = change.items()
    assert added.figures.flow_for(name.removeprefix("flow_")) == tuple(int(s) for s in text.split(","))


def test_missing_date_is_refused(ctx):
    with pytest.raises(RuleError) as info:
        policy.add_policy_set(ctx.uow(), None, PolicyFigures(), today=dt.date.today())
    assert info.value.problems[0].code == "policy.effective_from"


def test_figures_read_back_tolerate_unknown_and_missing_keys():
    got = PolicyFigures.from_dict({"rural_standard_fen": 51000, "from_a_newer_program": 1})
    assert got.rural_standard_fen == 51000 and got.urban_standard_fen == PolicyFigures().urban_standard_fen


@pytest.mark.parametrize("rule, expected", [
    ("yuan_up", 35100), ("yuan_half_up", 35000), ("yuan_down", 35000), ("none", 35001)])
def test_rounding_rules(rule, expected):
    assert rules.round_fen(35001, rule) == expected
    assert rules.round_fen(35050, "yuan_half_up") == 35100
    assert rules.round_fen(35000, rule) == 35000


# ---- the means test ---------------------------------------------------------------------

def conditions(d, figures=F):
    return {c.code: c for c in eligibility.means_test(d, figures, township="德安镇")}


def test_hukou_is_met_while_one_member_is_covered():
    d = draft([member(), member("李四", "19650101", 22, "spouse", covered=False, not_covered_reason="迁出")])
    c = conditions(d)["hukou"]
    assert c.met and c.params["covered"] == 1 and c.params["not_covered"] == 1
    assert "德安镇" in messages.text("eligibility.hukou.met", **c.params)


def test_hukou_fails_when_no_member_is_covered():
    d = draft([member(covered=False, not_covered_reason="户口迁出本乡镇")])
    assert not conditions(d)["hukou"].met


TOWN = eligibility.Township("德安镇", "360426100000", {1: "东风村", 2: "向阳社区"})


def test_hukou_must_be_in_this_township():
    """Seed 001: 凡符合条件的城乡居民都有权直接向其户籍所在地的乡镇政府(街道办事处)…提出低保申请."""
    here = eligibility.means_test(draft([member()]), F, township=TOWN, on=dt.date(2026, 11, 30))[0]
    assert here.met
    assert "户籍所在村（社区）：东风村，属本乡镇（德安镇）" in [messages.text(p) for p in here.checks]
    away = dataclasses.replace(draft([member()]), village_id=9)
    c = eligibility.means_test(away, F, township=TOWN, on=dt.date(2026, 11, 30))[0]
    assert not c.met and [p.code for p in c.checks if p.severity == "error"] == ["hukou.not_in_township"]
    assert not eligibility.means_test(dataclasses.replace(away, village_id=None), F, township="德安镇")[0].met
    from dibao_desk.domain import benefit as money_rules

    r = money_rules.compute(away, F, dt.date(2026, 11, 1), township=TOWN)
    assert not r.eligible and r.amount_fen == 0
    persons = money_rules.persons_of(away, [66])
    assert money_rules.quick(F, "rural", "", persons, r.income, True, False,
                             eligibility.hukou_in_township(9, TOWN))[0] is False


@pytest.mark.parametrize("on, birth, seq, hukou, capacity, employment, due", [
    (dt.date(2026, 11, 30), "19900101", 11, "urban", "full", "none", True),
    (dt.date(2026, 11, 30), "19900101", 11, "rural", "full", "none", False),   # rural: no 失业登记 item
    (dt.date(2026, 11, 30), "19900101", 11, "urban", "partial", "none", False),
    (dt.date(2026, 11, 30), "19900101", 11, "urban", "full", "employed", False),
    (dt.date(2026, 12, 31), "20101231", 11, "urban", "full", "none", True),    # 16 on 31 Dec 2026
    (dt.date(2026, 12, 31), "20110101", 11, "urban", "full", "none", False),   # 15 that day
    (dt.date(2027, 2, 28), "19670228", 11, "urban", "full", "none", False),    # a man of 60
    (dt.date(2027, 2, 28), "19670301", 11, "urban", "full", "none", True),     # 59 that day
    (dt.date(2028, 2, 29), "19730301", 12, "urban", "full", "none", True),     # a woman of 54
    (dt.date(2028, 2, 29), "19730228", 12, "urban", "full", "none", False),    # 55
    (dt.date(2027, 1, 31), "19900101", 11, "urban", "full", "none", True),
])
def test_urban_applicants_of_working_age_without_a_job_carry_an_unemployment_registration_item(
        on, birth, seq, hukou, capacity, employment, due):
    """Seed 001: "劳动年龄内有劳动能力的城市失业困难群众在申请低保时,应先到当地就业服务机构办理失业登记"."""
    d = draft([member("赵六", birth, seq, work_capacity=capacity, employment=employment)], hukou=hukou)
    c = eligibility.means_test(d, F, township=TOWN, on=on)[0]
    items = [p for p in c.checks if p.code == "hukou.unemployment_registration"]
    assert bool(items) is due
    if due:
        assert items[0].severity == "warning" and c.met  # a check item, not a failed condition
        assert messages.text(items[0]).startswith("赵六：城市户籍、劳动年龄内、有完全劳动能力、未就业")


def test_working_age_is_a_policy_figure():
    d = draft([member("赵六", "19900101", 11)], hukou="urban")
    older = dataclasses.replace(F, working_age_end_male=30)
    c = eligibility.means_test(d, older, township=TOWN, on=dt.date(2026, 11, 30))[0]
    assert not [p for p in c.checks if p.code == "hukou.unemployment_registration"]


def test_income_below_the_standard_for_the_hukou_type():
    # rural 450 元: 2 persons, 700 元 wages of an employed member, declared deduction 150 元,
    # the policy allows 100 元 per employed member -> counted 600 元, 300 元 per person.
    d = draft([member(employment="employed"), member("李四", "19650101", 22, "spouse")],
              [IncomeDraft("wages", 70000, 0)], deduction=15000)
    c = conditions(d)["income"]
    assert c.met
    assert (c.params["total_fen"], c.params["deduction_fen"], c.params["counted_fen"],
            c.params["per_capita_fen"], c.params["standard_fen"]) == (70000, 10000, 60000, 30000, 45000)
    urban = conditions(dataclasses.replace(d, hukou_type="urban"))["income"]
    assert urban.met and urban.params["standard_fen"] == 60000


def test_income_equal_to_the_standard_fails():
    d = draft([member()], [IncomeDraft("pension", 45000, 0)])
    c = conditions(d)["income"]
    assert not c.met
    assert "不低于保障标准 450.00 元" in messages.text("eligibility.income.failed", **c.params)


def test_deduction_as_a_share_of_earned_income():
    figures = dataclasses.replace(F, employment_deduction_per_member_fen=0, employment_deduction_permille=200)
    d = draft([member(employment="flexible")], [IncomeDraft("casual_labour", 50000, 0),
                                                 IncomeDraft("pension", 10000, 0)], deduction=99999)
    inc = eligibility.income(d, figures)
    assert inc.allowed_deduction_fen == 10000  # 20 % of 500 元 earned; the pension is not earned
    assert inc.counted_fen == 50000


@pytest.mark.parametrize("props, failing", [
    ([PropertyDraft("deposit", 1_500_000), PropertyDraft("securities", 500_000)], set()),  # 20000 for 2
    ([PropertyDraft("deposit", 2_000_001)], {"property.deposits"}),
    ([PropertyDraft("vehicle", 3_000_000, quantity=1)], {"property.vehicles"}),
    ([PropertyDraft("housing", 0, 6000, 2)], {"property.houses"}),
])
def test_property_limits(props, failing):
    d = draft([member(), member("李四", "19650101", 22, "spouse")], properties=props)
    c = conditions(d)["property"]
    assert c.met == (not failing)
    assert {p.code for p in c.checks if p.severity == "error"} == failing
    for p in c.checks:
        assert "{" not in messages.text(p)


def test_cheap_vehicles_are_not_counted_when_the_policy_exempts_them():
    figures = dataclasses.replace(F, vehicle_exempt_below_fen=2_000_000)  # 20,000 元
    one = [member()]
    assert conditions(draft(one, properties=[PropertyDraft("vehicle", 500_000)]), figures)["property"].met
    c = conditions(draft(one, properties=[PropertyDraft("vehicle", 6_000_000)]), figures)["property"]
    assert not c.met and "机动车辆 1 辆（允许 0 辆）" in [messages.text(p) for p in c.checks]
    assert not conditions(draft(one, properties=[PropertyDraft("vehicle", 500_000)]))["property"].met


def test_housing_area_per_person():
    figures = dataclasses.replace(F, housing_area_per_person_m2_x100=3000)
    two = [member(), member("李四", "19650101", 22, "spouse")]
    assert conditions(draft(two, properties=[PropertyDraft("housing", 0, 6000)]), figures)["property"].met
    c = conditions(draft(two, properties=[PropertyDraft("housing", 0, 6100)]), figures)["property"]
    assert not c.met
    assert "人均 30.5 平方米" in messages.text(c.checks[-1])


def test_assess_reports_conditions_with_figures(ctx, make_household):
    h = make_household(wages_fen=30000)
    a = benefit.assess(ctx.uow(), h.id, dt.date(2026, 11, 1))
    assert a.eligible and [c.code for c in a.conditions] == ["hukou", "income", "property"]
    assert a.conditions[1].params["per_capita_fen"] == 30000


def test_ensure_default_policy_restores_the_example_in_an_empty_table(ctx):
    from sqlalchemy import delete

    from dibao_desk.models import PolicySet

    with ctx.uow() as uow:
        uow.session.execute(delete(PolicySet))
        uow.commit()
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 1, 1)) is None
    with pytest.raises(RuleError) as info:
        policy.policy_for_month(ctx.uow(), dt.date(2026, 1, 1))
    assert "没有生效的政策标准" in messages.text(info.value.problems[0])
    made = policy.ensure_default_policy(ctx.uow())
    assert made.is_example and made.figures == PolicyFigures()
    assert policy.ensure_default_policy(ctx.uow()).id == made.id  # only once


def test_a_member_registered_as_unemployed_no_longer_carries_the_registration_item():
    d = draft([member("赵六", "19900101", 11, unemployment_registered=True)], hukou="urban")
    c = eligibility.means_test(d, F, township=TOWN, on=dt.date(2026, 11, 30))[0]
    assert not [p for p in c.checks if p.code == "hukou.unemployment_registration"]
