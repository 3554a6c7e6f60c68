"""services.reviews_schedule over a real store: each household's next review kept in step
with every change (at commit, in bulk, from a process that imports only the command line),
and the rule sets, with a fixed clock."""

import datetime as dt
from dataclasses import replace

import pytest

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household
from dibao_desk.services import households, reviews, reviews_schedule
from tests.conftest import MemberDraft, make_id

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
TODAY = D(2026, 11, 23)


def receive(ctx, hid, *, category="class3", fen=42000, start=D(2026, 1, 31)):
    """Put a household on benefit as the procedure's grant would."""
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", category, fen, start
        h.created_at = dt.datetime(start.year, start.month, start.day)  # registered when benefit began
        uow.commit()


@pytest.fixture
def home(ctx, make_household):
    hh = make_household(wages_fen=0)
    receive(ctx, hh.id)
    return hh.id


def test_a_household_put_on_benefit_gets_its_next_review_at_commit(ctx, home):
    s = reviews.schedule_of(ctx.uow(), home)
    # the head is partially work-capable, no unstable income, aged 66: class3 (3 months) wins over elderly (6)
    assert (s.due_date, s.rule, s.months) == (D(2026, 4, 30), "class3_rural", 3)
    assert "elderly" in s.applicable


def test_changing_members_reschedules_the_household(ctx, home):
    detail = households.get(ctx.uow(), home)
    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    draft = detail.draft.with_members([detail.draft.members[0], kid])
    receive(ctx, home, category="class1")
    assert reviews.schedule_of(ctx.uow(), home).rule == "elderly"
    households.save(ctx.uow(), draft, home, today=TODAY)
    s = reviews.schedule_of(ctx.uow(), home)
    # a member added to a receiving household: reviewed at once, the rules worked out anew
    assert (s.rule, s.due_date) == ("event:other", TODAY)
    assert "single_parent" in s.applicable


def test_rule_change_reschedules_everyone(ctx, home):
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, intervals={
        **rules.EXAMPLE_RULES.intervals, "class3_rural": 2}), today=TODAY)
    assert reviews.schedule_of(ctx.uow(), home).due_date == D(2026, 3, 31)
    assert len(reviews.list_rule_sets(ctx.uow())) == 1


@pytest.mark.parametrize("first", [D(2027, 1, 1), D(2026, 3, 1), D(2028, 3, 1)])
def test_the_first_rule_set_leaves_earlier_dates_on_the_built_in_figures(ctx, make_household, first):
    # the office's first set, dated 1 January (or 1 March), decides the households whose
    # schedule starts on or after that day; one starting the day before keeps the built-in 3 months
    eve, on = first - dt.timedelta(days=1), first
    before = make_household(wages_fen=0).id
    after = make_household(wages_fen=0, head="李四", head_id=make_id("19600316", 13)).id
    receive(ctx, before, start=eve)
    receive(ctx, after, start=on)
    assert reviews.rules_in_force(ctx.uow(), eve).is_example
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, effective_from=first, intervals={
        **rules.EXAMPLE_RULES.intervals, "class3_rural": 2}), today=on)
    old, new = reviews.schedule_of(ctx.uow(), before), reviews.schedule_of(ctx.uow(), after)
    assert (old.rule, old.months) == ("class3_rural", 3)
    assert (new.rule, new.months) == ("class3_rural", 2)
    assert (old.due_date, new.due_date) == (rules.add_months(eve, 3), rules.add_months(on, 2))
    in_force = reviews.rules_in_force(ctx.uow(), eve)
    assert in_force.is_example and in_force.id is None and in_force.rules.interval("class3_rural") == 3
    assert reviews.rules_in_force(ctx.uow(), on).rules.interval("class3_rural") == 2


def test_bad_rule_set_is_refused(ctx):
    with pytest.raises(RuleError):
        reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, gradual_exit_months=13))
    assert reviews.list_rule_sets(ctx.uow())[0].is_example


def test_reschedule_all_fills_bulk_inserted_households(ctx, home):
    reviews.clear_schedule(ctx.uow())
    assert reviews.schedule_of(ctx.uow(), home) is None
    assert reviews.due_list(ctx.uow(), month=D(2026, 4, 1), today=TODAY)[0].household_id == home
    assert reviews.reschedule_all(ctx.uow(), today=TODAY) == 1


def test_a_roster_imported_long_after_the_start_is_not_years_overdue(ctx, make_household):
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class2", D(2019, 3, 1)
        h.created_at = dt.datetime(2026, 11, 2, 9, 0)
        uow.commit()
    s = reviews.schedule_of(ctx.uow(), hh.id)
    assert (s.due_date, s.rule) == (D(2027, 3, 1), "class2_rural")


def test_many_households_changed_in_one_transaction_are_rescheduled_in_bulk(ctx, make_household, monkeypatch):
    a = make_household(wages_fen=0)
    b = make_household(head="李四", head_id=make_id("19700101", 33), wages_fen=0)
    monkeypatch.setattr(reviews_schedule, "BULK_FROM", 1)  # where the hook reads it
    with ctx.uow() as uow:
        for hid in (a.id, b.id):
            h = uow.session.get(Household, hid)
            h.status, h.category, h.benefit_start = "receiving", "class1", D(2026, 1, 31)
            h.created_at = dt.datetime(2026, 1, 31)
        uow.commit()
    assert {reviews.schedule_of(ctx.uow(), h).due_date for h in (a.id, b.id)} == {D(2026, 7, 31), D(2027, 1, 31)}


_SAVE_FROM_A_SCRIPT = """
import sys
from dataclasses import replace
from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.services import households
from dibao_desk.services.context import open_context

ctx = open_context(sys.argv[1])
hid = int(sys.argv[2])
draft = households.get(ctx.uow(), hid).draft
son = MemberDraft("张强", sys.argv[3], "son", work_capacity="full")
draft = replace(draft, hukou_type="urban", members=(*draft.members, son),
                incomes=(IncomeDraft("casual_labour", 30000, 1),))
households.save(ctx.uow(), draft, hid)
ctx.close()
"""


def test_a_household_saved_by_a_process_that_never_imports_reviews_is_rescheduled(ctx, home):
    """The command line loads feature modules lazily: the schedule must follow a save all the same."""
    import subprocess
    import sys

    before = reviews.schedule_of(ctx.uow(), home)
    ctx.close()
    subprocess.run([sys.executable, "-c", _SAVE_FROM_A_SCRIPT, str(ctx.data_dir), str(home),
                    make_id("19950304", 51)],
                   check=True, timeout=120)
    stored = reviews.schedule_of(ctx.uow(), home)
    fresh = reviews.reschedule(ctx.uow(), home)  # what the rules say for the saved household
    assert "unstable_urban" in stored.applicable  # urban, work-capable, casual income: monthly
    assert stored.rule == "event:other" != before.rule  # and the son added: reviewed at once
    assert (stored.due_date, stored.rule, stored.months) == (fresh.due_date, fresh.rule, fresh.months)


def test_severe_disability_grades_are_saved_with_the_rule_set(ctx, make_household):
    mother = MemberDraft("李母", make_id("19800101", 44), "mother", disability_grade=3, work_capacity="none")
    hh = make_household(wages_fen=0, extra_members=(mother,))
    receive(ctx, hh.id, category="class1")
    assert "disabled" not in reviews.schedule_of(ctx.uow(), hh.id).applicable
    reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, effective_from=D(2026, 1, 1),
                                             severe_disability_grades=(1, 2, 3)), today=TODAY)
    assert reviews.rules_in_force(ctx.uow(), TODAY).rules.severe_disability_grades == (1, 2, 3)
    assert "disabled" in reviews.schedule_of(ctx.uow(), hh.id).applicable
    with pytest.raises(RuleError):
        reviews.save_rule_set(ctx.uow(), replace(rules.EXAMPLE_RULES, severe_disability_grades=()), today=TODAY)


def test_every_store_opened_in_one_process_gets_the_schedule_hooks():
    """A store opened after others were closed (a restore reopens the store) gets the hooks
    too: SQLAlchemy's event.contains, asked about a new sessionmaker, can answer from a freed
    one's registration."""
    import gc

    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    engine = create_engine("sqlite://")
    for k in range(40):
        sessions = sessionmaker(bind=engine)
        reviews_schedule.install_hooks(sessions)
        with sessions() as session:
            for name, fn in reviews_schedule._HOOKS:
                assert fn in list(getattr(session.dispatch, name)), f"sessionmaker {k}: no {name} hook"
        del sessions
        gc.collect()


def test_a_household_granted_again_is_scheduled_from_its_new_start_not_its_old_reviews(ctx, make_household):
    """Reviewed in February 2026, cancelled from April after a cross-check warning (no review
    closed the warning: the cancellation did), applied again and granted from November: it is
    next due three months after the new start, not on the old warning's day nor on the old
    review's cycle, months before its benefit began again. (A death found late and recorded
    during the new spell still makes it due at once, whatever day it is dated: next test.)"""
    from dibao_desk.domain.ledger import ProposalKind
    from dibao_desk.models import ReviewEvent
    from dibao_desk.services import procedure, proposals
    from dibao_desk.services.reviews import ReviewInput
    from tests.helpers import walk_case
    from tests.unit.test_ledger import put_on_benefit

    hid = make_household(wages_fen=0).id
    put_on_benefit(ctx, hid, start=D(2025, 10, 1), today=D(2026, 1, 31))
    reviews.record_review(ctx.uow(), ReviewInput(hid, D(2026, 2, 10), "王经办", "keep"), today=D(2026, 2, 10))
    ev = reviews.raise_event(ctx.uow(), hid, "cross_check", D(2026, 3, 2), "车辆信息预警", "县核对中心",
                             today=D(2026, 3, 2))
    with ctx.uow() as uow:  # recorded that day (the clock of the test is fixed, the computer's is not)
        uow.session.get(ReviewEvent, ev.id).recorded_at = dt.datetime(2026, 3, 2, 9, 0)
        uow.commit()
    p = proposals.open_proposal(ctx.uow(), hid, ProposalKind.OFFICE_CANCEL, "核实有车辆", D(2026, 4, 1),
                                opened_on=D(2026, 3, 5))
    walk_case(ctx, p.case_id, D(2026, 3, 6), start_month=D(2026, 4, 1))
    assert reviews.schedule_of(ctx.uow(), hid) is None  # cancelled: not scheduled
    on = D(2026, 10, 1)
    case = procedure.receive_application(ctx.uow(), hid, {"on": on, "person": "王经办", "declaration_signed": True,
                                                           "authorisation_signed": True}, on)
    procedure.record_step(ctx.uow(), case.info.id, 2, {"on": D(2026, 10, 2), "person": "李调查", "findings": "车辆已转让",
                                                       "investigator_signed": True, "applicant_signed": True},
                          D(2026, 10, 2))
    walk_case(ctx, case.info.id, D(2026, 10, 3), start_month=D(2026, 11, 1))
    s = reviews.reschedule(ctx.uow(), hid, D(2026, 11, 20))
    assert (s.due_date, s.rule, s.base_date) == (D(2027, 2, 1), "class3_rural", D(2026, 11, 1))
    assert reviews.due_list(ctx.uow(), overdue=True, today=D(2026, 11, 20)) == []
    reviews.reschedule_all(ctx.uow(), today=D(2026, 11, 20))  # the bulk pass says the same
    assert reviews.schedule_of(ctx.uow(), hid) == s


def test_an_event_recorded_during_the_spell_counts_even_if_dated_before_its_start(ctx, make_household):
    """A member's death dated before the household's benefit began, found and recorded later:
    the review is due at once on the day of the death."""
    hid = make_household(wages_fen=0).id
    receive(ctx, hid, start=D(2026, 3, 1))
    reviews.raise_event(ctx.uow(), hid, "death", D(2026, 2, 10), "户主之母去世（核对发现）", today=TODAY)
    s = reviews.schedule_of(ctx.uow(), hid)
    assert (s.due_date, s.rule) == (D(2026, 2, 10), "event:death")
    reviews.reschedule_all(ctx.uow(), today=TODAY)
    assert reviews.schedule_of(ctx.uow(), hid).rule == "event:death"


def test_a_raised_rural_standard_makes_rural_households_due_until_reviewed(ctx, home, make_household):
    """Seed 000: rural households are reviewed at the yearly standard raise. A set that raises
    the rural standard from January makes the rural household due in January, in the due list
    and the quarter plan, with the reason in words; a review on or after the raise ends it,
    and an urban household is not affected."""
    from dibao_desk import messages
    from dibao_desk.services import policy
    from dibao_desk.services.reviews import ReviewInput

    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "keep"), today=TODAY)
    town = make_household(head="李四", head_id=make_id("19700101", 33), hukou="urban", wages_fen=0).id
    receive(ctx, town)
    urban_before = reviews.schedule_of(ctx.uow(), town)
    assert reviews.schedule_of(ctx.uow(), home).due_date == D(2027, 2, 20)  # class3_rural, 3 months

    old = policy.policy_in_force(ctx.uow(), TODAY).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=old.rural_standard_fen + 3000),
                          "2027 年农村标准提高", today=TODAY)

    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.rule) == (D(2027, 1, 1), "standard_raise")
    assert messages.label("review_rule", s.rule) == "农村低保标准提高后复核"
    assert reviews.schedule_of(ctx.uow(), town) == urban_before
    january = reviews.due_list(ctx.uow(), month=D(2027, 1, 1), today=TODAY)
    assert [(r.household_id, r.rule) for r in january] == [(home, "standard_raise")]
    plan = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=TODAY)
    assert [(p.household_id, p.rule) for p in plan.rows if p.household_id == home] == [(home, "standard_raise")]

    reviews.record_review(ctx.uow(), ReviewInput(home, D(2027, 1, 6), "王经办", "keep"), today=D(2027, 1, 6))
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.rule) == (D(2027, 4, 6), "class3_rural")


def test_a_rural_raise_rewrites_only_the_rows_a_raise_can_move(ctx, home, make_household):
    """Saving a raise of the rural standard reschedules the rural households (due at the
    raise) and leaves the urban households' rows as they were (no raise makes them due), so
    the policy dialog does not rework a whole county for a rural figure. Entered on 31 December
    for 1 January."""
    from sqlalchemy import update

    from dibao_desk.models import ReviewSchedule
    from dibao_desk.services import policy
    from dibao_desk.services.reviews import ReviewInput

    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 30), "王经办", "keep"), today=D(2026, 11, 30))
    town = make_household(head="李四", head_id=make_id("19700101", 33), hukou="urban", wages_fen=0).id
    receive(ctx, town)
    with ctx.uow() as uow:  # a marker no reschedule would write: it stays only if the row is not rewritten
        uow.session.execute(update(ReviewSchedule).where(ReviewSchedule.household_id == town)
                            .values(next_review_date=D(2031, 12, 31)))
        uow.commit()
    old = policy.policy_in_force(ctx.uow(), D(2026, 12, 31)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=old.rural_standard_fen + 3000),
                          "2027 年农村标准提高", today=D(2026, 12, 31))
    s = reviews.schedule_of(ctx.uow(), home)
    assert (s.due_date, s.rule) == (D(2027, 1, 1), "standard_raise")
    assert reviews.schedule_of(ctx.uow(), town).due_date == D(2031, 12, 31)
    reviews.reschedule_all(ctx.uow(), today=D(2026, 12, 31))  # the full pass gives the urban row its own date
    assert reviews.schedule_of(ctx.uow(), town).rule != "standard_raise"
    assert reviews.schedule_of(ctx.uow(), town).due_date < D(2031, 12, 31)


@pytest.mark.parametrize("today", [D(2026, 12, 31), D(2028, 2, 29), D(2026, 11, 30), "real"])
def test_a_rural_raise_marks_the_dates_a_full_reschedule_gives(ctx, today):
    """Saving a raise sets the raise's date in bulk SQL instead of computing every household's
    schedule again: on a demo township (reviews, open events, gradual exits, urban and rural,
    some households registered after the raise) the rows are those a full reschedule writes,
    for a raise from the next month, one from months back, a second raise, and a correction
    that lowers a raise (which reschedules the rural households again)."""
    from sqlalchemy import select, update

    from dibao_desk.models import ReviewSchedule
    from dibao_desk.services import demo, policy

    today = dt.date.today() if today == "real" else today
    demo.generate(ctx.uow(), households=240, seed=3, today=today)
    later = dt.datetime.combine(today + dt.timedelta(days=75), dt.time(12))
    with ctx.uow() as uow:  # some came into the store after the raises: not due for them
        uow.session.execute(update(Household).where(Household.id % 7 == 0).values(created_at=later))
        uow.commit()
    reviews.reschedule_all(ctx.uow(), today=today)

    def rows():
        with ctx.uow() as uow:
            return [tuple(r) for r in uow.session.execute(select(
                ReviewSchedule.household_id, ReviewSchedule.next_review_date, ReviewSchedule.next_review_rule,
                ReviewSchedule.months, ReviewSchedule.base_date, ReviewSchedule.applicable)
                .order_by(ReviewSchedule.household_id))]

    nxt = rules.add_months(today.replace(day=1), 1)
    figures = policy.policy_in_force(ctx.uow(), today).figures
    raised = 0
    for start, fen in ((nxt, 3000), (rules.add_months(nxt, -5), 1000), (rules.add_months(nxt, 12), 5000),
                       (nxt, 2000)):  # the last: a correction of the first raise, lower
        figures = replace(figures, rural_standard_fen=figures.rural_standard_fen + fen)
        policy.add_policy_set(ctx.uow(), start, figures, "农村标准提高", today=today)
        marked = rows()
        reviews.reschedule_all(ctx.uow(), today=today)
        assert marked == rows(), start
        raised = max(raised, sum(1 for r in marked if r[2] == "standard_raise"))
    assert raised > 20  # the raises moved many households (the demo is mostly rural)


def test_a_set_that_does_not_raise_the_rural_standard_changes_no_review(ctx, home):
    from dibao_desk.services import policy

    before = reviews.schedule_of(ctx.uow(), home)
    old = policy.policy_in_force(ctx.uow(), TODAY).figures
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), replace(old, urban_standard_fen=old.urban_standard_fen + 5000),
                          "城市标准提高", today=TODAY)
    assert reviews.schedule_of(ctx.uow(), home) == before


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset to set the zone")
def test_a_raise_entered_late_falls_due_on_the_offices_day_of_entry(ctx, home, monkeypatch):
    """A raise from 1 December entered at 07:30 on 2 December in China is stored as 23:30 on
    1 December (UTC): the review falls due on the office's day of entry, 2 December."""
    import time

    from sqlalchemy import update

    from dibao_desk.models import PolicySet
    from dibao_desk.services import policy

    from dibao_desk.services.reviews import ReviewInput

    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 20), "王经办", "keep"), today=TODAY)
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        old = policy.policy_in_force(ctx.uow(), TODAY).figures
        policy.add_policy_set(ctx.uow(), D(2026, 12, 1), replace(old, rural_standard_fen=old.rural_standard_fen + 3000),
                              "农村标准提高", today=D(2026, 12, 2))
        with ctx.uow() as uow:
            uow.session.execute(update(PolicySet).where(PolicySet.effective_from == D(2026, 12, 1))
                                .values(created_at=dt.datetime(2026, 12, 1, 23, 30)))
            uow.commit()
        reviews.reschedule_all(ctx.uow(), today=D(2026, 12, 2))
        s = reviews.schedule_of(ctx.uow(), home)
        assert (s.due_date, s.rule) == (D(2026, 12, 2), "standard_raise")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
