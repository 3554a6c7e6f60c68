"""Review scheduling (动态管理): who is reviewed when, gradual exit, refusal of work.

Pure rules. The figures (intervals, months of gradual exit, the refusal
threshold and its consequence) come from a ``ReviewRules`` the office edits
with an effective date; ``EXAMPLE_RULES`` are the shipped example figures
taken from the sources (seed 000, 001, 003), not literals the logic relies on.

Schedule
    A receiving household's next review is ``base + interval`` where the base
    is its last review (or its benefit start when never reviewed) and the
    interval is the shortest among the rules that apply to it (``RULE_CODES``).
    The rule that gave the shortest interval is reported with the date.
    An open event (death, moving away, complaint found true, cross-check
    warning) makes the review due at once: the due date is the (earliest open)
    event date, whatever the schedule said, until a review closes it.
    A household in gradual exit (渐退) is due in the first day of its last
    paid month, so the visit that ends the benefit is not forgotten; a review
    on or after that day is that visit.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable, Mapping, Sequence

from dibao_desk.domain import idcard
from dibao_desk.domain.problems import Problem

# Rule codes, in the order they are shown to the office. Each has an interval in months.
RULE_CODES = (
    "class1",          # 城市一类（三无）: yearly
    "class2",          # 城市二类（特困）: half-yearly
    "class3",          # 城市三类（一般）: quarterly
    "class1_rural",    # 农村一类: class intervals may differ for urban and rural
    "class2_rural",    # 农村二类
    "class3_rural",    # 农村三类
    "serious_illness",  # 有重病成员: half-yearly
    "disabled",        # 有重度残疾成员（重残: the grades the rule set lists）: half-yearly
    "elderly",         # 有老年成员（达到年龄线）: half-yearly
    "single_parent",   # 单亲家庭: half-yearly
    "stable_income",   # 短期内收入变化不大（经办人认定）: half-yearly, stands in for the class rule
    "unstable_urban",  # 城市、收入不稳定且有劳动能力: monthly
    "unstable_rural",  # 农村、收入不稳定且有劳动能力: quarterly
    "default",         # 以上都不适用时
)

# Rules that the shipped example figures of an older store lacked, with where their
# months come from when a store is migrated (another rule's months, or a number).
RURAL_CLASS_RULES = {"class1_rural": "class1", "class2_rural": "class2", "class3_rural": "class3"}

DISABILITY_GRADES = (1, 2, 3, 4)  # 一级 (most severe) .. 四级

# Rules that are not intervals but still set a date (reported as ``rule``).
EVENT_RULE_PREFIX = "event:"
GRADUAL_EXIT_RULE = "gradual_exit"
# The reasons of the reviews the program records itself (no visit: the end of 渐退, refusals
# of work reaching the threshold), as stored in ``review.reason``; the counts list them apart.
EXIT_END_REASON, WORK_REFUSED_REASON = "gradual_exit_ended", "work_refused"
FIRST_RULE = "first"  # never reviewed and no benefit start known (spread over its first cycle)
# Seed 000: rural households are reviewed "at the yearly standard raise" (农村低保标准提高后复核).
STANDARD_RAISE_RULE = "standard_raise"



class ReviewEventKind(StrEnum):
    """What happened to a household that makes its review due at once (``review_event.kind``):
    the events the office enters (``registers.EventKind``, same codes) and those raised for it."""

    DEATH = "death"
    MOVED_AWAY = "moved_away"
    RELOCATION = "relocation"
    BANKRUPTCY = "bankruptcy"
    IMPRISONMENT = "imprisonment"
    COMPLAINT = "complaint"  # a complaint found substantiated
    CROSS_CHECK = "cross_check"  # a cross-check warning
    OTHER = "other"  # e.g. fewer covered persons than members on an imported roster


EVENT_KINDS = tuple(ReviewEventKind)


class ReviewOutcome(StrEnum):
    KEEP = "keep"  # 保留
    CHANGE = "change"  # 变更
    CANCEL = "cancel"  # 取消


class ExitState(StrEnum):
    """Where a household's 渐退 (stable work found) stands; ``review_employment.status`` stores
    running, stopped, withdrawn or kept, and ``exit_state`` adds remind (a reminder is due)."""

    RUNNING = "running"  # 渐退中
    REMIND = "remind"  # 即将停发
    STOPPED = "stopped"  # 已停发
    WITHDRAWN = "withdrawn"  # 已撤销
    KEPT = "kept"  # 继续保障: the 取消 at its end was refused, the household kept on benefit


OUTCOMES = tuple(ReviewOutcome)
COUNT_OUTCOMES = ("new", *ReviewOutcome)  # 新增 (a new case granted) / 保留 / 变更 / 取消

REFUSAL_CONSEQUENCES = ("stop", "reduce_amount", "reduce_share")

# Income kinds that make income "unstable" (see ``is_unstable_income``).
UNSTABLE_INCOME_KINDS = frozenset({"casual_labour", "business", "farming"})

CHILD_RELATIONS = frozenset({"son", "daughter", "grandson", "granddaughter"})
ADULT_AGE = 18
WORKING_AGE_LOW = 16


@dataclass(frozen=True)
class ReviewRules:
    """One dated set of review figures (the office edits these)."""

    effective_from: dt.date
    intervals: Mapping[str, int]  # rule code -> months
    elderly_age: int = 60
    severe_disability_grades: tuple[int, ...] = (1, 2)  # 重残: grades that put a household on "disabled"
    gradual_exit_months: int = 6  # 3..12: months the benefit continues after stable work
    exit_reminder_months: int = 2  # reminders this many months before the benefit stops
    refusal_threshold: int = 2  # refusals of offered work that trigger the consequence
    refusal_consequence: str = "stop"  # stop | reduce_amount | reduce_share
    refusal_reduce_fen: int = 0  # per month, for reduce_amount
    refusal_reduce_percent: int = 0  # 0..100, for reduce_share
    change_needs_notice: bool = False  # a 变更 goes through public notice
    cancel_needs_notice: bool = True  # a 取消 goes through public notice
    effect_offset_months: int = 1  # a decision (review, work refusal) takes effect this many months after its month
    note: str = ""

    def interval(self, rule: str) -> int | None:
        months = self.intervals.get(rule)
        return int(months) if months else None


# Example figures from the sources; shipped as a starting rule set the office may change.
EXAMPLE_RULES = ReviewRules(
    effective_from=dt.date(2000, 1, 1),
    intervals={
        "class1": 12, "class2": 6, "class3": 3,  # seed 003 (a city)
        "class1_rural": 12, "class2_rural": 6, "class3_rural": 3,
        "serious_illness": 6, "disabled": 6, "elderly": 6, "single_parent": 6,  # seed 000: 重病重残…每半年
        "stable_income": 6,  # seed 001: 对短期内收入变化不大的家庭,可半年核查一次
        "unstable_urban": 1, "unstable_rural": 3,  # seed 001: 城市按月、农村按季度
        "default": 12,
    },
    elderly_age=60, severe_disability_grades=(1, 2), gradual_exit_months=6, exit_reminder_months=2,
    refusal_threshold=2, refusal_consequence="stop",
    change_needs_notice=False, cancel_needs_notice=True, effect_offset_months=1,
    note="示例数据（据民政部门公开资料），请按本地政策修改",
)


def validate_rules(r: ReviewRules) -> list[Problem]:
    problems: list[Problem] = []
    for code in RULE_CODES:
        months = r.intervals.get(code)
        if months is None or not (1 <= int(months) <= 36):
            problems.append(Problem("reviews.interval", f"intervals.{code}", {"rule": code}))
    if not (3 <= r.gradual_exit_months <= 12):
        problems.append(Problem("reviews.gradual_exit_months", "gradual_exit_months"))
    if not (0 <= r.exit_reminder_months <= r.gradual_exit_months):
        problems.append(Problem("reviews.exit_reminder_months", "exit_reminder_months"))
    if r.refusal_threshold < 1:
        problems.append(Problem("reviews.refusal_threshold", "refusal_threshold"))
    if r.refusal_consequence not in REFUSAL_CONSEQUENCES:
        problems.append(Problem("reviews.refusal_consequence", "refusal_consequence"))
    if r.refusal_consequence == "reduce_amount" and r.refusal_reduce_fen <= 0:
        problems.append(Problem("reviews.refusal_reduce", "refusal_reduce_fen"))
    if r.refusal_consequence == "reduce_share" and not (1 <= r.refusal_reduce_percent <= 100):
        problems.append(Problem("reviews.refusal_reduce", "refusal_reduce_percent"))
    if not r.severe_disability_grades or not set(r.severe_disability_grades) <= set(DISABILITY_GRADES):
        problems.append(Problem("reviews.severe_disability_grades", "severe_disability_grades"))
    if not (40 <= r.elderly_age <= 100):
        problems.append(Problem("reviews.elderly_age", "elderly_age"))
    if not (0 <= r.effect_offset_months <= 3):
        problems.append(Problem("reviews.effect_offset", "effect_offset_months"))
    return problems


def rules_in_force(sets: Sequence[ReviewRules], on: dt.date) -> ReviewRules:
    """The rule set in force on a day: the latest effective_from not after it. Before the
    office's first set (or with none saved) the built-in figures apply, as they did before
    it was saved: a set dated 1 January does not reach back to 31 December."""
    chosen = EXAMPLE_RULES
    for r in sorted(sets, key=lambda r: r.effective_from):
        if r.effective_from <= on:
            chosen = r
    return chosen


# ---- month arithmetic ----------------------------------------------------------

def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(d.day, month_end(year, month)))


def first_of_month(d: dt.date) -> dt.date:
    return d.replace(day=1)


def last_of_month(d: dt.date) -> dt.date:
    return d.replace(day=month_end(d.year, d.month))


def month_range(month: dt.date) -> tuple[dt.date, dt.date]:
    return first_of_month(month), last_of_month(month)


def parse_month(text: str) -> dt.date:
    """'2026-03' -> 2026-03-01; raises ValueError."""
    year, month = text.strip().split("-")
    return dt.date(int(year), int(month), 1)


def quarter_start(d: dt.date) -> dt.date:
    return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


# ---- a household's situation ---------------------------------------------------

@dataclass(frozen=True)
class MemberFacts:
    birth_date: dt.date
    relation: str = "head"
    disability_grade: int = 0
    serious_illness: bool = False
    work_capacity: str = "full"
    employment: str = "none"


@dataclass(frozen=True)
class HouseholdFacts:
    category: str  # class1 | class2 | class3 | ""
    hukou_type: str  # urban | rural
    members: tuple[MemberFacts, ...]
    income_kinds: frozenset[str] = frozenset()
    income_stable: bool = False  # the office judged its income 短期内变化不大 (seed 001)


def is_work_capable(m: MemberFacts, on: dt.date, elderly_age: int) -> bool:
    """Work-capable: full or partial work capacity and aged from 16 to below the elderly age."""
    age = idcard.age_on(m.birth_date, on)
    return m.work_capacity in ("full", "partial") and WORKING_AGE_LOW <= age < elderly_age


def is_unstable_income(f: HouseholdFacts, on: dt.date, elderly_age: int) -> bool:
    """Unstable income with work capacity (收入不稳定且有劳动能力).

    The household has income of a kind that varies from month to month —
    casual labour / flexible work (劳务及灵活就业), non-farm business (非农经营)
    or farming (农业生产经营) — and at least one member who is work-capable
    (full or partial work capacity, aged 16 to below the elderly age).
    Wages, pensions, support and transfers count as stable.
    """
    return bool(f.income_kinds & UNSTABLE_INCOME_KINDS) and any(
        is_work_capable(m, on, elderly_age) for m in f.members)


def is_single_parent(f: HouseholdFacts, on: dt.date) -> bool:
    """Single parent (单亲家庭): a child under 18 of the head, and no spouse in the household."""
    has_child = any(m.relation in ("son", "daughter") and idcard.age_on(m.birth_date, on) < ADULT_AGE
                    for m in f.members)
    has_spouse = any(m.relation == "spouse" for m in f.members)
    return has_child and not has_spouse


def class_rule(category: str, hukou_type: str) -> str:
    """The class's interval rule: urban and rural classes have their own intervals."""
    return category if hukou_type == "urban" else f"{category}_rural"


def is_severely_disabled(m: MemberFacts, rules: ReviewRules) -> bool:
    """重残 (seed 000 "重病重残家庭…每半年审核一次"): a grade the rule set lists, not any grade."""
    return m.disability_grade in rules.severe_disability_grades


def applicable_rules(f: HouseholdFacts, rules: ReviewRules, on: dt.date) -> list[str]:
    """The rule codes that apply to a household on a day, in ``RULE_CODES`` order.

    A household whose income the office judged 变化不大 is on ``stable_income`` in place of
    its class rule and the unstable-income rules; the member rules (illness, severe
    disability, age, single parent) still apply, and the shortest interval wins."""
    found: set[str] = set()
    if f.income_stable:
        found.add("stable_income")
    elif f.category in ("class1", "class2", "class3"):
        found.add(class_rule(f.category, f.hukou_type))
    if any(m.serious_illness for m in f.members):
        found.add("serious_illness")
    if any(is_severely_disabled(m, rules) for m in f.members):
        found.add("disabled")
    if any(idcard.age_on(m.birth_date, on) >= rules.elderly_age for m in f.members):
        found.add("elderly")
    if is_single_parent(f, on):
        found.add("single_parent")
    if not f.income_stable and is_unstable_income(f, on, rules.elderly_age):
        found.add("unstable_urban" if f.hukou_type == "urban" else "unstable_rural")
    if not found:
        found.add("default")
    return [c for c in RULE_CODES if c in found]


@dataclass(frozen=True)
class Due:
    date: dt.date
    rule: str  # a RULE_CODES code, "event:<kind>", "gradual_exit" or "first"
    months: int = 0  # the interval used (0 for events and first reviews)
    applicable: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenEvent:
    kind: str
    on: dt.date


@dataclass(frozen=True)
class StandardRaise:
    """A raise of the rural standard (农村低保标准提高): the day the raised figure takes effect,
    and the day the rural households' reviews for it fall due (that day, or the day the office
    entered the figure if it was entered later: no one can review for a raise not yet known)."""

    start: dt.date
    due: dt.date


def rural_raises(sets: Iterable[tuple[dt.date, int, dt.date | None]]) -> tuple[StandardRaise, ...]:
    """The raises of the rural standard among dated policy sets, each given as (effective
    date, rural standard in fen, day entered), in the order they were added. Of sets with the
    same date the one added last is in force (a correction); a date is a raise when its figure
    is above the one in force the day before. The first set is no raise (nothing before it)."""
    by_day: dict[dt.date, tuple[int, dt.date | None]] = {}
    for start, fen, entered in sets:
        first_entered = by_day[start][1] if start in by_day else entered
        if entered is not None and (first_entered is None or entered < first_entered):
            first_entered = entered
        by_day[start] = (fen, first_entered)  # the last added is in force; entered when first known
    out: list[StandardRaise] = []
    before: int | None = None
    for start in sorted(by_day):
        fen, entered = by_day[start]
        if before is not None and fen > before:
            out.append(StandardRaise(start, max(start, entered) if entered else start))
        before = fen
    return tuple(out)


def raise_due(f: HouseholdFacts, raises: Sequence[StandardRaise], base: dt.date | None,
              not_before: dt.date | None) -> StandardRaise | None:
    """The rural standard raise a rural household is still to be reviewed for (the earliest),
    or None. A raise counts when it took effect after ``base`` (the last review, or the benefit
    start: a household granted on or after the raise was assessed at the raised standard, and
    one reviewed on or after its start was reviewed for it) and, for a household never reviewed
    in this program, falls due on or after ``not_before`` (raises before it came into the store
    were dealt with on paper). Urban households are not reviewed for a rural raise."""
    if f.hukou_type == "urban":
        return None
    for r in sorted(raises, key=lambda r: (r.due, r.start)):
        if (base is None or r.start > base) and (not_before is None or r.due >= not_before):
            return r
    return None


def next_due(f: HouseholdFacts, rules: ReviewRules, base: dt.date | None, *,
             events: Iterable[OpenEvent] = (), exit_due: dt.date | None = None,
             on: dt.date | None = None, not_before: dt.date | None = None,
             spread: int | None = None, raises: Sequence[StandardRaise] = ()) -> Due:
    """When the household is next due for review, and which rule says so.

    ``base`` is the last review date (or the benefit start). The shortest
    interval among the applicable rules wins; ties go to the rule listed first
    in ``RULE_CODES``. A gradual exit earlier than that wins; an open event
    always wins (due at once, on the event date).
    Ages are taken on ``on`` (defaults to ``base``); a member who reaches an age that brings
    a shorter rule before the date found (the elderly age; 16, with unstable income) makes the
    household due on that rule's date, or on the day the member reaches the age if that is
    later, so a schedule written today still holds when nothing is saved until then.

    ``not_before`` is for a household never reviewed in this program whose base
    is its benefit start (e.g. a roster imported years after the start): the
    cycle runs on from the start, and the first due date counted is the first
    one on or after ``not_before`` (the day the household came into the store),
    so paper reviews done before are not shown as years overdue.

    A household with neither (a roster without 批准时间: the office's caseload coming in)
    is first due within one cycle of its shortest interval from ``not_before``, on day
    ``spread`` (its id) modulo the cycle's days: an import's households, numbered one after
    another, fall due one a day instead of all on the import day. Without ``spread`` or
    ``not_before`` it is due at once.

    ``raises`` are the rural standard raises (``rural_raises``): a rural household not yet
    reviewed for one (``raise_due``) is due on its day if that is earlier.
    """
    on = on or base or dt.date.today()
    codes = applicable_rules(f, rules, on)
    if base is None:
        best = Due(on, FIRST_RULE, 0, tuple(codes))
        months = min((m for m in (rules.interval(c) for c in codes) if m), default=None)
        if spread is not None and not_before is not None and months:
            days = (add_months(not_before, months) - not_before).days
            best = Due(not_before + dt.timedelta(days=spread % days), FIRST_RULE, months, tuple(codes))
    else:
        shortest = _shortest(codes, rules, base, not_before)
        best = shortest if shortest is not None else Due(base, FIRST_RULE, 0, tuple(codes))
        for day in _age_steps(f, rules, on, best):
            # a member reaches an age that brings a shorter rule (老年, working age with unstable
            # income) before the date: due on that rule's date, not before the day it applies
            later = applicable_rules(f, rules, day)
            found = _shortest(later, rules, base, not_before)
            if found is not None and max(day, found.date) < best.date:
                best = Due(max(day, found.date), found.rule, found.months, tuple(later))
    raised = raise_due(f, raises, base, not_before) if raises else None
    if raised is not None and raised.due < best.date:
        best = Due(raised.due, STANDARD_RAISE_RULE, 0, best.applicable)
    if exit_due is not None and exit_due < best.date and (base is None or base < exit_due):
        # the visit that ends a gradual exit: due until a review on or after its day is made
        best = Due(exit_due, GRADUAL_EXIT_RULE, 0, best.applicable)
    for ev in sorted(events, key=lambda e: (e.on, e.kind)):
        return Due(ev.on, EVENT_RULE_PREFIX + ev.kind, 0, best.applicable)
    return best


def _shortest(codes: Sequence[str], rules: ReviewRules, base: dt.date, not_before: dt.date | None) -> Due | None:
    """The due date of the rule with the shortest interval among ``codes`` (ties: the first listed)."""
    shortest: Due | None = None
    for code in codes:
        months = rules.interval(code)
        if months is None:
            continue
        if shortest is None or months < shortest.months:
            shortest = Due(_cycle_due(base, months, not_before), code, months, tuple(codes))
    return shortest


def _age_steps(f: HouseholdFacts, rules: ReviewRules, after: dt.date, until: Due) -> list[dt.date]:
    """The days after ``after`` and before the date ``until`` gives on which a member reaches an
    age that can bring a rule shorter than its interval: the elderly age (老年), or working age
    (16) in a household with unstable income. The schedule is computed on one day; these are
    the days it would change on without anything being saved. (Reaching 18 only ends 单亲.)"""
    ages: list[int] = []
    elderly = rules.interval("elderly")
    if elderly and elderly < until.months and "elderly" not in until.applicable:
        ages.append(rules.elderly_age)
    unstable = rules.interval("unstable_urban" if f.hukou_type == "urban" else "unstable_rural")
    if unstable and unstable < until.months and not f.income_stable and f.income_kinds & UNSTABLE_INCOME_KINDS:
        ages.append(WORKING_AGE_LOW)
    if not ages:
        return []
    days: set[dt.date] = set()
    first, last = after.year, until.date.year
    for m in f.members:
        for age in ages:
            if first <= m.birth_date.year + age <= last:
                day = birthday(m.birth_date, age)
                if after < day < until.date:
                    days.add(day)
    return sorted(days)


def birthday(birth: dt.date, age: int) -> dt.date:
    """The day someone born on ``birth`` reaches ``age`` (born 29 February: 1 March of a common year)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return dt.date(birth.year + age, 3, 1)


def _cycle_due(base: dt.date, months: int, not_before: dt.date | None) -> dt.date:
    due = add_months(base, months)
    if not_before is None or due >= not_before:
        return due
    k = ((not_before.year - base.year) * 12 + not_before.month - base.month) // months
    k = max(1, k)
    due = add_months(base, k * months)  # from the base each time: no month-end drift
    while due < not_before:
        k += 1
        due = add_months(base, k * months)
    return due


# ---- gradual exit (渐退) --------------------------------------------------------

@dataclass(frozen=True)
class ExitSchedule:
    gained_on: dt.date
    last_paid_month: dt.date  # first day of the last month with benefit
    stop_month: dt.date  # first day of the first month without benefit
    reminders: tuple[dt.date, ...]  # days the office is reminded (first of month)
    review_due: dt.date  # the visit that ends the benefit


def gradual_exit(gained_on: dt.date, rules: ReviewRules) -> ExitSchedule:
    """Stable work gained on a day (seed 001: "继续给予3至12个月"): the benefit continues
    for ``gradual_exit_months`` months counted from the month stable income begins, that
    month included, then stops. With 6 months from March the last paid month is August
    and the benefit stops from September.

    Reminders fall on the first day of each of the ``exit_reminder_months`` months before
    the stop month; the closing review is due on the first day of the last paid month.
    """
    start = first_of_month(gained_on)
    last = add_months(start, rules.gradual_exit_months - 1)
    stop = add_months(last, 1)
    reminders = tuple(add_months(stop, -k) for k in range(rules.exit_reminder_months, 0, -1))
    return ExitSchedule(gained_on, last, stop, reminders, last)


def exit_state(s: ExitSchedule, today: dt.date) -> ExitState:
    """Running, remind (a reminder is due) or stopped."""
    if today >= s.stop_month:
        return ExitState.STOPPED
    if s.reminders and today >= s.reminders[0]:
        return ExitState.REMIND
    return ExitState.RUNNING


def months_left(s: ExitSchedule, today: dt.date) -> int:
    """Paid months left from this month through the last paid month (0 once stopped)."""
    if today >= s.stop_month:
        return 0
    this = first_of_month(today)
    return (s.last_paid_month.year - this.year) * 12 + s.last_paid_month.month - this.month + 1


# ---- refusal of offered work ----------------------------------------------------

@dataclass(frozen=True)
class Refusal:
    on: dt.date
    offer: str
    work_capacity: str = "full"  # the refusing member's work capacity as recorded


@dataclass(frozen=True)
class RefusalDecision:
    consequence: str  # stop | reduce_amount | reduce_share
    from_month: dt.date
    new_benefit_fen: int
    count: int


def refusal_counts(work_capacity: str) -> bool:
    """Seed 001: "对有完全劳动能力、……经介绍但拒绝就业两次以上的,应停发或减发" — a refusal
    counts only for a member recorded with full work capacity."""
    return work_capacity == "full"


def counted_refusals(refusals: Sequence[Refusal]) -> list[Refusal]:
    return sorted((r for r in refusals if refusal_counts(r.work_capacity)), key=lambda r: r.on)


def refusal_decision(refusals: Sequence[Refusal], rules: ReviewRules,
                     current_benefit_fen: int) -> RefusalDecision | None:
    """Once the counted refusals (members with full work capacity) reach the rule set's
    threshold, the benefit stops or is reduced from the month the rule set names for a
    decision (``effective_month`` of the refusal that reached it); None below the threshold.

    This is the decision only: it takes effect through the month ledger, not by changing
    the household on the day the refusal is recorded."""
    ordered = counted_refusals(refusals)
    if len(ordered) < rules.refusal_threshold:
        return None
    trigger = ordered[rules.refusal_threshold - 1]
    from_month = effective_month(trigger.on, rules)
    if rules.refusal_consequence == "reduce_amount":
        new = max(0, current_benefit_fen - rules.refusal_reduce_fen)
    elif rules.refusal_consequence == "reduce_share":
        new = current_benefit_fen * (100 - rules.refusal_reduce_percent) // 100
    else:
        new = 0
    return RefusalDecision(rules.refusal_consequence, from_month, new, len(ordered))


def effective_month(review_date: dt.date, rules: ReviewRules) -> dt.date:
    """The month from which a review's decision takes effect."""
    return add_months(first_of_month(review_date), rules.effect_offset_months)


# ---- quarter planning -------------------------------------------------------------

def working_days(start: dt.date, end: dt.date, holidays: Iterable[dt.date] = (),
                 extra_workdays: Iterable[dt.date] = ()) -> list[dt.date]:
    """Monday–Friday from start to end inclusive, less holidays, plus swapped workdays (调休)."""
    off = set(holidays)
    extra = set(extra_workdays)
    days = []
    d = start
    while d <= end:
        if (d.weekday() < 5 and d not in off) or d in extra:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


@dataclass(frozen=True)
class PlanItem:
    key: int  # the household id
    due: dt.date
    group: str = ""  # the village, to keep a village's visits together within a day


@dataclass(frozen=True)
class PlannedVisit:
    day: dt.date
    key: int
    due: dt.date
    group: str
    late: bool  # planned after its due date (overdue before the quarter or no room)


@dataclass(frozen=True)
class QuarterPlan:
    start: dt.date
    end: dt.date
    days: tuple[dt.date, ...]
    visits: tuple[PlannedVisit, ...]
    per_day: int  # the even load used

    def count_on(self, day: dt.date) -> int:
        return sum(1 for v in self.visits if v.day == day)


def plan_quarter(items: Sequence[PlanItem], start: dt.date, *, holidays: Iterable[dt.date] = (),
                 extra_workdays: Iterable[dt.date] = (), not_before: dt.date | None = None) -> QuarterPlan:
    """Spread the reviews due in a quarter over its working days.

    The even load is ``ceil(n / working days)``. Visits are placed latest due
    first, each on the latest working day on or before its due date that is
    still below the even load (so no visit is made after it is due when that
    can be helped, and none needlessly early); when no such day is left, the
    least-loaded day before the due date takes it. A visit already overdue
    (or due before the first working day) goes to the least-loaded of the
    first days and is marked late. With ``not_before`` (today, for a quarter
    already under way) no visit is planned on a day already past.
    """
    start = quarter_start(start)
    end = add_months(start, 3) - dt.timedelta(days=1)
    days = working_days(max(start, not_before or start), end, holidays, extra_workdays)
    if not days:
        return QuarterPlan(start, end, (), (), 0)
    per_day = max(1, math.ceil(len(items) / len(days)))
    load = [0] * len(days)
    visits: list[PlannedVisit] = []
    import bisect

    for it in sorted(items, key=lambda i: (i.due, i.group, i.key), reverse=True):
        upto = bisect.bisect_right(days, it.due)  # days[:upto] are on or before due
        choice = None
        if upto:
            # latest day on or before due that is below the even load
            for k in range(upto - 1, -1, -1):
                if load[k] < per_day:
                    choice = k
                    break
            if choice is None:
                choice = min(range(upto), key=lambda k: (load[k], -k))
            late = False
        else:
            late = True
        if choice is None:
            choice = min(range(len(days)), key=lambda k: (load[k], k))
        load[choice] += 1
        visits.append(PlannedVisit(days[choice], it.key, it.due, it.group, late or days[choice] > it.due))
    visits.sort(key=lambda v: (v.day, v.group, v.due, v.key))
    return QuarterPlan(start, end, tuple(days), tuple(visits), per_day)
