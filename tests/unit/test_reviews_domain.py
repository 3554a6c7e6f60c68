"""Golden review schedules, gradual exit, refusals and quarter plans (pure rules, fixed dates)."""

import datetime as dt
from dataclasses import replace

import pytest

from dibao_desk.domain import reviews as r
from dibao_desk.domain.reviews import HouseholdFacts, MemberFacts, OpenEvent, Refusal

D = dt.date
RULES = r.EXAMPLE_RULES
ON = D(2026, 1, 31)


def adult(**kw):
    return MemberFacts(birth_date=D(1980, 5, 1), **kw)


def facts(category="class3", hukou="rural", members=None, incomes=()):
    return HouseholdFacts(category, hukou, tuple(members or [adult(work_capacity="none")]),
                          frozenset(incomes))


@pytest.mark.parametrize("d,months,expected", [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2028, 1, 31), 1, D(2028, 2, 29)),   # leap year
    (D(2026, 8, 31), 6, D(2027, 2, 28)),   # across the year end into a short month
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2026, 12, 15), 1, D(2027, 1, 15)),
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
    (D(2023, 2, 28), 12, D(2024, 2, 28)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
])
def test_month_arithmetic_clamps_to_month_end(d, months, expected):
    assert r.add_months(d, months) == expected


@pytest.mark.parametrize("f,rule,due", [
    (facts("class1"), "class1_rural", D(2027, 1, 31)),
    (facts("class2"), "class2_rural", D(2026, 7, 31)),
    (facts("class3"), "class3_rural", D(2026, 4, 30)),
    (facts("class1", hukou="urban"), "class1", D(2027, 1, 31)),
    (facts("class3", hukou="urban"), "class3", D(2026, 4, 30)),
    (facts(""), "default", D(2027, 1, 31)),
    (facts("class1", members=[adult(serious_illness=True, work_capacity="none")]), "serious_illness", D(2026, 7, 31)),
    (facts("class1", members=[adult(disability_grade=1, work_capacity="none")]), "disabled", D(2026, 7, 31)),
    (facts("class1", members=[adult(disability_grade=4, work_capacity="none")]), "class1_rural", D(2027, 1, 31)),
    (facts("class1", members=[MemberFacts(D(1960, 1, 1), work_capacity="none")]), "elderly", D(2026, 7, 31)),
    (facts("class1", members=[adult(), MemberFacts(D(2015, 3, 1), relation="son", work_capacity="none")]),
     "single_parent", D(2026, 7, 31)),
    (facts("class1", hukou="urban", members=[adult()], incomes={"casual_labour"}), "unstable_urban", D(2026, 2, 28)),
    (facts("class1", hukou="rural", members=[adult()], incomes={"farming"}), "unstable_rural", D(2026, 4, 30)),
])
def test_each_rule_sets_its_golden_date(f, rule, due):
    got = r.next_due(f, RULES, ON)
    assert (got.date, got.rule) == (due, rule)


def test_shortest_interval_wins_and_every_applicable_rule_is_listed():
    f = facts("class2", hukou="urban", incomes={"business"},
              members=[adult(), MemberFacts(D(1950, 1, 1), relation="mother", disability_grade=2,
                                            work_capacity="none")])
    got = r.next_due(f, RULES, D(2026, 12, 31))
    assert got.rule == "unstable_urban" and got.months == 1
    assert got.date == D(2027, 1, 31)
    assert set(got.applicable) == {"class2", "disabled", "elderly", "unstable_urban"}


def test_tie_goes_to_the_rule_listed_first():
    f = facts("class2", members=[adult(serious_illness=True, work_capacity="none")])
    assert r.next_due(f, RULES, ON).rule == "class2_rural"


def test_stable_wages_are_not_unstable_income_and_no_capacity_means_not_unstable():
    assert "unstable_rural" not in r.applicable_rules(facts(members=[adult()], incomes={"wages"}), RULES, ON)
    assert "unstable_rural" not in r.applicable_rules(
        facts(members=[adult(work_capacity="none")], incomes={"farming"}), RULES, ON)
    old = MemberFacts(D(1950, 1, 1), work_capacity="full")  # past the elderly age: not work-capable
    assert "unstable_rural" not in r.applicable_rules(facts(members=[old], incomes={"farming"}), RULES, ON)


def test_elderly_age_is_a_figure():
    f = facts("class1", members=[MemberFacts(D(1970, 1, 1), work_capacity="none")])
    assert r.next_due(f, RULES, ON).rule == "class1_rural"
    assert r.next_due(f, replace(RULES, elderly_age=55), ON).rule == "elderly"


def test_intervals_are_data():
    rules = replace(RULES, intervals={**RULES.intervals, "class3_rural": 2})
    assert r.next_due(facts("class3"), rules, ON).date == D(2026, 3, 31)


def test_class_intervals_can_differ_for_urban_and_rural():
    rules = replace(RULES, intervals={**RULES.intervals, "class1_rural": 6, "class3": 1})
    assert r.next_due(facts("class1"), rules, ON).date == D(2026, 7, 31)
    assert r.next_due(facts("class1", hukou="urban"), rules, ON).date == D(2027, 1, 31)
    assert r.next_due(facts("class3", hukou="urban"), rules, D(2026, 12, 31)).date == D(2027, 1, 31)
    assert r.next_due(facts("class3"), rules, D(2026, 11, 30)).date == D(2027, 2, 28)


@pytest.mark.parametrize("grade, half_yearly", [(1, True), (2, True), (3, False), (4, False)])
def test_the_half_yearly_disability_rule_is_for_severe_disability(grade, half_yearly):
    """Seed 000: "重病重残家庭…每半年审核一次" — 重残 are the grades the rule set lists (一级、二级
    by default), not any grade."""
    f = facts("class1", members=[adult(disability_grade=grade, work_capacity="none")])
    assert ("disabled" in r.applicable_rules(f, RULES, ON)) is half_yearly
    assert "disabled" in r.applicable_rules(f, replace(RULES, severe_disability_grades=(1, 2, 3, 4)), ON)
    assert r.validate_rules(replace(RULES, severe_disability_grades=())) != []
    assert r.validate_rules(replace(RULES, severe_disability_grades=(0, 1))) != []


def test_a_household_whose_income_changes_little_can_be_put_on_the_half_yearly_rule():
    """Seed 001: "对短期内收入变化不大的家庭,可半年核查一次" — in place of its class rule and the
    unstable-income rule; member rules still apply."""
    plain = facts("class3", members=[adult()], incomes={"farming"})
    assert r.next_due(plain, RULES, D(2026, 2, 28)).rule == "class3_rural"
    stable = replace(plain, income_stable=True)
    got = r.next_due(stable, RULES, D(2026, 2, 28))
    assert (got.rule, got.months, got.date) == ("stable_income", 6, D(2026, 8, 28))
    assert got.applicable == ("stable_income",)
    urban = facts("class3", hukou="urban", members=[adult()], incomes={"casual_labour"}, )
    assert r.next_due(replace(urban, income_stable=True), RULES, D(2026, 12, 31)).date == D(2027, 6, 30)
    ill = replace(stable, members=(adult(serious_illness=True),))
    assert set(r.applicable_rules(ill, RULES, ON)) == {"stable_income", "serious_illness"}


def test_single_parent_needs_a_minor_child_and_no_spouse():
    kid = MemberFacts(D(2012, 1, 1), relation="daughter", work_capacity="none")
    assert r.is_single_parent(facts(members=[adult(), kid]), ON)
    assert not r.is_single_parent(facts(members=[adult(), adult(relation="spouse"), kid]), ON)
    grown = MemberFacts(D(2000, 1, 1), relation="daughter")
    assert not r.is_single_parent(facts(members=[adult(), grown]), ON)


def test_an_event_makes_the_review_due_at_once():
    got = r.next_due(facts("class1"), RULES, ON, events=[OpenEvent("death", D(2026, 3, 5)),
                                                          OpenEvent("cross_check", D(2026, 2, 10))])
    assert (got.date, got.rule) == (D(2026, 2, 10), "event:cross_check")


def test_never_reviewed_without_start_is_due_at_once():
    got = r.next_due(facts("class1"), RULES, None, on=D(2026, 5, 6))
    assert (got.date, got.rule) == (D(2026, 5, 6), "first")


def test_never_reviewed_without_start_is_spread_over_its_first_cycle_from_entry():
    """A roster without 批准时间: day <id> of one cycle from the day the household came in,
    across month and year ends (entered 30 Nov, yearly: the cycle has 365 days)."""
    entered = D(2026, 11, 30)
    got = [r.next_due(facts("class1"), RULES, None, on=entered, not_before=entered, spread=k) for k in (0, 31, 365)]
    assert [(g.date, g.rule, g.months) for g in got] == [
        (entered, "first", 12), (D(2026, 12, 31), "first", 12), (entered, "first", 12)]
    leap = r.next_due(facts("class3"), RULES, None, on=D(2027, 12, 31), not_before=D(2027, 12, 31), spread=60)
    assert leap.date == D(2028, 2, 29)  # a quarter from 31 Dec has 91 days; day 60 is the leap day


def test_gradual_exit_schedule_with_reminders_before_the_stop():
    rules = replace(RULES, gradual_exit_months=6, exit_reminder_months=2)
    s = r.gradual_exit(D(2026, 9, 14), rules)
    assert s.last_paid_month == D(2027, 2, 1)
    assert s.stop_month == D(2027, 3, 1)
    assert s.reminders == (D(2027, 1, 1), D(2027, 2, 1))
    assert r.exit_state(s, D(2026, 12, 31)) == "running"
    assert r.exit_state(s, D(2027, 1, 1)) == "remind"
    assert r.exit_state(s, D(2027, 2, 28)) == "remind"
    assert r.exit_state(s, D(2027, 3, 1)) == "stopped"
    assert r.months_left(s, D(2026, 9, 20)) == 6
    assert r.months_left(s, D(2027, 2, 2)) == 1
    assert r.months_left(s, D(2027, 3, 2)) == 0


def test_gradual_exit_counts_the_month_stable_income_begins():
    """Seed 001: "对就业或自主创业获得稳定收入的家庭,继续给予3至12个月的低保救助" — N months
    counted from the month stable income begins, that month included: 6 months from March,
    the last paid month is August."""
    s = r.gradual_exit(D(2026, 3, 1), replace(RULES, gradual_exit_months=6))
    assert (s.last_paid_month, s.stop_month) == (D(2026, 8, 1), D(2026, 9, 1))
    assert r.months_left(s, D(2026, 3, 31)) == 6
    assert r.months_left(s, D(2026, 8, 31)) == 1
    assert r.exit_state(s, D(2026, 8, 31)) != "stopped"
    assert r.exit_state(s, D(2026, 9, 1)) == "stopped"


@pytest.mark.parametrize("gained_on, months, last, stop", [
    (D(2026, 1, 31), 6, D(2026, 6, 1), D(2026, 7, 1)),
    (D(2028, 2, 29), 12, D(2029, 1, 1), D(2029, 2, 1)),
    (D(2026, 2, 28), 3, D(2026, 4, 1), D(2026, 5, 1)),
    (D(2026, 11, 30), 6, D(2027, 4, 1), D(2027, 5, 1)),
    (D(2026, 12, 31), 3, D(2027, 2, 1), D(2027, 3, 1)),
])
def test_gradual_exit_on_month_and_year_ends(gained_on, months, last, stop):
    s = r.gradual_exit(gained_on, replace(RULES, gradual_exit_months=months, exit_reminder_months=2))
    assert (s.last_paid_month, s.stop_month, s.review_due) == (last, stop, last)
    assert r.months_left(s, gained_on) == months


def test_gradual_exit_from_today():
    today = dt.date.today()
    s = r.gradual_exit(today, replace(RULES, gradual_exit_months=3))
    assert r.months_left(s, today) == 3
    assert s.stop_month == r.add_months(today.replace(day=1), 3)


def test_gradual_exit_review_wins_when_earlier():
    s = r.gradual_exit(D(2026, 1, 10), replace(RULES, gradual_exit_months=3))
    got = r.next_due(facts("class1"), RULES, D(2026, 1, 1), exit_due=s.review_due)
    assert (got.date, got.rule) == (D(2026, 3, 1), "gradual_exit")


def test_gradual_exit_months_must_be_3_to_12():
    codes = {p.code for p in r.validate_rules(replace(RULES, gradual_exit_months=2))}
    assert "reviews.gradual_exit_months" in codes
    assert r.validate_rules(RULES) == []


def test_one_refusal_changes_nothing_two_stop_the_benefit_from_the_next_month():
    first = [Refusal(D(2026, 3, 3), "县城物业保洁，月薪 1800 元")]
    assert r.refusal_decision(first, RULES, 60000) is None
    both = first + [Refusal(D(2026, 5, 20), "镇工业园包装工")]
    d = r.refusal_decision(both, RULES, 60000)
    assert (d.consequence, d.from_month, d.new_benefit_fen) == ("stop", D(2026, 6, 1), 0)


def test_a_refusal_counts_only_for_a_member_with_full_work_capacity():
    """Seed 001: "对有完全劳动能力、不主动就业或经介绍但拒绝就业两次以上的,应停发或减发最低生活保障金"."""
    partial = [Refusal(D(2026, 3, 3), "a", "partial"), Refusal(D(2026, 4, 3), "b", "none")]
    assert r.refusal_decision(partial, RULES, 60000) is None
    mixed = partial + [Refusal(D(2026, 5, 3), "c", "full")]
    assert r.refusal_decision(mixed, RULES, 60000) is None
    d = r.refusal_decision(mixed + [Refusal(D(2026, 12, 31), "d", "full")], RULES, 60000)
    assert (d.count, d.from_month) == (2, D(2027, 1, 1))
    assert [x.offer for x in r.counted_refusals(mixed)] == ["c"]


@pytest.mark.parametrize("offset, on, month", [
    (0, D(2026, 1, 31), D(2026, 1, 1)), (1, D(2026, 1, 31), D(2026, 2, 1)),
    (1, D(2028, 2, 29), D(2028, 3, 1)), (2, D(2026, 11, 30), D(2027, 1, 1)),
    (1, D(2026, 12, 31), D(2027, 1, 1)),
])
def test_the_threshold_and_the_month_a_refusal_takes_effect_are_policy_figures(offset, on, month):
    rules = replace(RULES, refusal_threshold=1, effect_offset_months=offset)
    d = r.refusal_decision([Refusal(on, "a")], rules, 60000)
    assert d.from_month == month and d.count == 1
    assert r.refusal_decision([Refusal(on, "a")], replace(rules, refusal_threshold=2), 60000) is None


def test_refusal_reduces_by_amount_or_share_per_policy():
    both = [Refusal(D(2026, 12, 1), "a"), Refusal(D(2026, 12, 20), "b")]
    amount = replace(RULES, refusal_consequence="reduce_amount", refusal_reduce_fen=20000)
    d = r.refusal_decision(both, amount, 60000)
    assert (d.new_benefit_fen, d.from_month) == (40000, D(2027, 1, 1))
    share = replace(RULES, refusal_consequence="reduce_share", refusal_reduce_percent=50)
    assert r.refusal_decision(both, share, 60000).new_benefit_fen == 30000
    three = replace(RULES, refusal_threshold=3)
    assert r.refusal_decision(both, three, 60000) is None


def test_rules_in_force_by_effective_date():
    a = replace(RULES, effective_from=D(2025, 1, 1))
    b = replace(RULES, effective_from=D(2026, 7, 1), gradual_exit_months=12)
    assert r.rules_in_force([b, a], D(2026, 6, 30)) is a
    assert r.rules_in_force([b, a], D(2026, 7, 1)) is b


def test_quarter_plan_uses_working_days_only_and_keeps_visits_before_due():
    holidays = [D(2026, 1, 1), D(2026, 1, 2)]
    workdays = r.working_days(D(2026, 1, 1), D(2026, 3, 31), holidays)
    assert len(workdays) == 62 and workdays[0] == D(2026, 1, 5)
    # dues crowd the end of the quarter: the plan moves visits earlier, never after the due date
    items = [r.PlanItem(i, workdays[-1 - (i % 40)], f"村{i % 3}") for i in range(200)]
    plan = r.plan_quarter(items, D(2026, 2, 10), holidays=holidays)
    assert plan.start == D(2026, 1, 1) and plan.end == D(2026, 3, 31)
    assert len(plan.visits) == 200
    assert all(v.day.weekday() < 5 and v.day not in holidays for v in plan.visits)
    assert all(v.day <= v.due for v in plan.visits)
    assert max(plan.count_on(d) for d in plan.days) <= plan.per_day


def test_quarter_plan_puts_overdue_visits_first():
    items = [r.PlanItem(1, D(2025, 12, 1)), r.PlanItem(2, D(2026, 3, 31))]
    plan = r.plan_quarter(items, D(2026, 1, 1))
    first = {v.key: v for v in plan.visits}
    assert first[1].day == D(2026, 1, 1) and first[1].late
    assert first[2].day == D(2026, 3, 31) and not first[2].late


def test_effective_month_follows_the_offset():
    assert r.effective_month(D(2026, 12, 31), RULES) == D(2027, 1, 1)
    assert r.effective_month(D(2026, 12, 31), replace(RULES, effect_offset_months=0)) == D(2026, 12, 1)


def test_never_reviewed_cycle_runs_on_from_the_start_to_when_the_household_came_in():
    f = facts("class3")
    got = r.next_due(f, RULES, D(2019, 1, 31), not_before=D(2026, 11, 23))
    assert got.date == D(2027, 1, 31)  # 2019-01-31 + 32 quarters, clamped from the start each time
    got = r.next_due(f, RULES, D(2019, 8, 31), not_before=D(2026, 11, 23))
    assert got.date == D(2026, 11, 30)
    assert r.next_due(f, RULES, D(2026, 10, 1), not_before=D(2026, 9, 1)).date == D(2027, 1, 1)


def test_quarter_plan_under_way_plans_nothing_in_the_past():
    items = [r.PlanItem(1, D(2026, 11, 2)), r.PlanItem(2, D(2026, 12, 1))]
    plan = r.plan_quarter(items, D(2026, 10, 1), not_before=D(2026, 11, 23))
    days = {v.key: (v.day, v.late) for v in plan.visits}
    assert days[1] == (D(2026, 11, 23), True)
    assert days[2][0] >= D(2026, 11, 23) and not days[2][1]


@pytest.mark.parametrize("birth,on,expected", [
    # a class 1 household (yearly) last reviewed 2026-06-30; the head turns 60 on 2026-12-15:
    # 老年 (half-yearly) from then, so due on the half-year, 2026-12-30
    (D(1966, 12, 15), D(2026, 6, 30), (D(2026, 12, 30), "elderly", 6)),
    # turning 60 after the half-year (2027-03-10): due the day the head turns 60
    (D(1967, 3, 10), D(2026, 6, 30), (D(2027, 3, 10), "elderly", 6)),
    # reviewed 2027-08-31, 60 on 2027-11-30: the half-year ends on 29 February 2028
    (D(1967, 11, 30), D(2027, 8, 31), (D(2028, 2, 29), "elderly", 6)),
    # turning 60 after the yearly date: the yearly date stands
    (D(1967, 8, 1), D(2026, 6, 30), (D(2027, 6, 30), "class1_rural", 12)),
])
def test_a_member_reaching_the_elderly_age_before_the_due_date_brings_it_forward(birth, on, expected):
    f = facts("class1", members=[MemberFacts(birth, work_capacity="none")])
    got = r.next_due(f, RULES, on, on=on)
    assert (got.date, got.rule, got.months) == expected
    assert "elderly" in got.applicable or expected[1] != "elderly"


def test_a_child_reaching_working_age_with_unstable_income_brings_the_review_forward():
    # an urban class 1 household with casual income: the mother is past working age, the son
    # turns 16 on 2026-09-01 and is work-capable from then, so monthly reviews (收入不稳定) begin
    f = facts("class1", hukou="urban", incomes={"casual_labour"},
              members=[MemberFacts(D(1960, 3, 1), work_capacity="none"),
                       MemberFacts(D(2010, 9, 1), relation="son", work_capacity="full")])
    got = r.next_due(f, RULES, D(2026, 6, 30), on=D(2026, 6, 30))
    assert (got.date, got.rule) == (D(2026, 9, 1), "unstable_urban")


def test_the_closing_visit_of_a_gradual_exit_once_made_is_not_due_again():
    # last paid month November 2026: the visit is due on 1 November; reviewed on 5 November,
    # the household is next due on its own cycle, not again on 1 November
    s = r.gradual_exit(D(2026, 6, 10), RULES)
    assert s.review_due == D(2026, 11, 1)
    got = r.next_due(facts("class3"), RULES, D(2026, 11, 5), exit_due=s.review_due)
    assert (got.date, got.rule) == (D(2027, 2, 5), "class3_rural")
    got = r.next_due(facts("class3"), RULES, D(2026, 11, 1), exit_due=s.review_due)  # on the day itself
    assert (got.date, got.rule) == (D(2027, 2, 1), "class3_rural")


def test_rural_raises_are_the_dates_the_rural_standard_goes_up():
    D = dt.date
    found = r.rural_raises([
        (D(2025, 1, 1), 45000, D(2025, 1, 1)),  # the first set: nothing before it
        (D(2026, 1, 1), 48000, D(2026, 2, 10)),  # entered late: due when entered
        (D(2026, 1, 1), 49000, D(2026, 3, 1)),  # a correction of the same date, still a raise known in February
        (D(2026, 7, 1), 49000, D(2026, 6, 1)),  # the same rural figure: no raise
        (D(2027, 1, 1), 47000, D(2026, 12, 1)),  # lower: no raise
        (D(2028, 1, 1), 52000, D(2027, 11, 5)),  # entered ahead: due on its first day
    ])
    assert found == (r.StandardRaise(D(2026, 1, 1), D(2026, 2, 10)), r.StandardRaise(D(2028, 1, 1), D(2028, 1, 1)))


def test_a_rural_household_is_due_at_a_raise_it_was_not_reviewed_for():
    D = dt.date
    head = MemberFacts(D(1980, 5, 1), "head", None, False, "partial", "")
    rural = HouseholdFacts("class1", "rural", (head,), frozenset(), False)
    urban = replace(rural, hukou_type="urban")
    raises = (r.StandardRaise(D(2027, 1, 1), D(2027, 1, 1)),)
    due = r.next_due(rural, r.EXAMPLE_RULES, D(2026, 6, 1), raises=raises, on=D(2026, 12, 1))
    assert (due.date, due.rule) == (D(2027, 1, 1), r.STANDARD_RAISE_RULE)
    assert r.next_due(urban, r.EXAMPLE_RULES, D(2026, 6, 1), raises=raises).rule == "class1"
    # reviewed on the raise's first day, or granted after it: not due for it
    assert r.next_due(rural, r.EXAMPLE_RULES, D(2027, 1, 1), raises=raises).rule == "class1_rural"
    # brought into the store after the raise was due, never reviewed here: dealt with on paper
    assert r.next_due(rural, r.EXAMPLE_RULES, D(2026, 6, 1), raises=raises,
                      not_before=D(2027, 3, 1)).rule == "class1_rural"


@pytest.mark.parametrize("first, before", [
    (D(2027, 1, 1), D(2026, 12, 31)),
    (D(2026, 3, 1), D(2026, 2, 28)),
    (D(2028, 3, 1), D(2028, 2, 29)),
    (D(2026, 12, 1), D(2026, 11, 30)),
    (D(2026, 2, 1), D(2026, 1, 31)),
])
def test_the_first_saved_set_does_not_reach_back_before_its_date(first, before):
    # the built-in figures stay in force until the office's first set takes effect
    mine = replace(RULES, effective_from=first, intervals={**RULES.intervals, "class3_rural": 2})
    assert r.rules_in_force([mine], before) is RULES
    assert r.rules_in_force([mine], first) is mine
    later = replace(mine, effective_from=dt.date(first.year + 1, 1, 1), gradual_exit_months=12)
    assert r.rules_in_force([later, mine], before) is RULES
    assert r.rules_in_force([later, mine], later.effective_from - dt.timedelta(days=1)) is mine


def test_the_first_saved_set_and_the_real_date():
    today = dt.date.today()
    tomorrow = replace(RULES, effective_from=today + dt.timedelta(days=1), gradual_exit_months=12)
    assert r.rules_in_force([tomorrow], today) is RULES
    assert r.rules_in_force([replace(tomorrow, effective_from=today)], today).gradual_exit_months == 12
