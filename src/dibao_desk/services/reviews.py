"""Reviews (动态管理): who is due when, recording what a review decided, gradual exit,
refusals of work, events that make a review due at once, and counts for reports.

Each receiving household has one ``review_schedule`` row with its next review
date and the rule that set it (indexed by date), so the due and overdue lists
are one indexed query. The row is kept in step:

* when a review, an event, stable work or a refusal is recorded here;
* whenever a household, its members or its incomes change through the ORM in
  any feature (a session hook collects the touched households and reschedules
  them just before the transaction commits);
* by ``reschedule_all`` (bulk), to run after a rule change or a bulk import,
  and to fill rows missing after bulk inserts (``due_list`` does this for
  receiving households that have no row yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, delete, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.reviews import (
    HouseholdFacts, MemberFacts, OpenEvent, Refusal, ReviewRules,
)
from dibao_desk.models import (
    Case, EmploymentEvent, Household, IncomeItem, IncomeStable, Member, Review, ReviewEvent, ReviewInterval,
    ReviewRuleSet, ReviewSchedule, Village, WorkRefusal,
)
from dibao_desk.models import dialect
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork


# ---- results -----------------------------------------------------------------------

@dataclass(frozen=True)
class RuleSetInfo:
    id: int | None  # None: the shipped example, not yet saved by the office
    rules: ReviewRules
    is_example: bool


class DueRow(NamedTuple):
    """One line of the due or overdue list. Immutable like the other results; a named
    tuple because a worst-case overdue list has tens of thousands of lines and a
    tuple is built several times faster than a frozen dataclass."""

    household_id: int
    village: str
    head_name: str
    head_id_number: str
    hukou_type: str
    category: str
    due_date: dt.date
    rule: str
    months: int
    base_date: dt.date | None
    overdue_days: int  # days past due on ``today`` (0 when not overdue)


@dataclass(frozen=True)
class ScheduleInfo:
    household_id: int
    due_date: dt.date
    rule: str
    months: int
    base_date: dt.date | None
    applicable: tuple[str, ...]


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    household_id: int
    review_date: dt.date
    visitor: str
    findings: str
    outcome: str
    reason: str
    effective_month: dt.date | None
    before_category: str
    after_category: str
    before_fen: int
    after_fen: int
    case_id: int | None
    due_rule: str


@dataclass(frozen=True)
class ReviewInput:
    household_id: int
    review_date: dt.date
    visitor: str
    outcome: str  # keep | change | cancel
    findings: str = ""
    reason: str = ""
    new_category: str = ""  # for a change; "" keeps the class
    new_benefit_fen: int | None = None  # for a change; None keeps the amount
    income_stable: bool | None = None  # income judged 短期内变化不大 (half-yearly); None: as it was


@dataclass(frozen=True)
class EventInfo:
    id: int
    household_id: int
    kind: str
    on: dt.date
    detail: str
    source: str
    due_date: dt.date


@dataclass(frozen=True)
class ExitInfo:
    id: int
    household_id: int
    head_name: str
    village: str
    member_name: str
    gained_on: dt.date
    last_paid_month: dt.date
    stop_month: dt.date
    reminders: tuple[dt.date, ...]
    status: str  # running | stopped | withdrawn
    state: str  # running | remind | stopped (on the day asked)
    months_left: int


@dataclass(frozen=True)
class RefusalInfo:
    id: int
    household_id: int
    member_name: str
    on: dt.date
    offer: str


@dataclass(frozen=True)
class RefusalResult:
    refusal: RefusalInfo
    count: int  # counted refusals not yet acted upon (members with full work capacity), this one included
    threshold: int
    decision: rules.RefusalDecision | None
    review_id: int | None


@dataclass(frozen=True)
class PlanRow:
    day: dt.date
    household_id: int
    village: str
    head_name: str
    category: str
    due_date: dt.date
    rule: str
    late: bool


@dataclass(frozen=True)
class PlanResult:
    start: dt.date
    end: dt.date
    working_days: int
    per_day: int
    rows: tuple[PlanRow, ...]


@dataclass(frozen=True)
class MonthCounts:
    month: dt.date
    new: int
    keep: int
    change: int
    cancel: int


# ---- rule sets -----------------------------------------------------------------------

def _to_rules(row: ReviewRuleSet) -> ReviewRules:
    return ReviewRules(
        effective_from=row.effective_from,
        intervals={i.rule: i.months for i in row.intervals},
        elderly_age=row.elderly_age, gradual_exit_months=row.gradual_exit_months,
        severe_disability_grades=_grades(row.severe_disability_grades),
        exit_reminder_months=row.exit_reminder_months, refusal_threshold=row.refusal_threshold,
        refusal_consequence=row.refusal_consequence, refusal_reduce_fen=row.refusal_reduce_fen,
        refusal_reduce_percent=row.refusal_reduce_percent,
        change_needs_notice=row.change_needs_notice, cancel_needs_notice=row.cancel_needs_notice,
        effect_offset_months=row.effect_offset_months, note=row.note)


def _grades(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(g) for g in (text or "").split(",") if g.strip().isdigit()}))


def _all_rules(session: Session) -> list[ReviewRules]:
    rows = session.scalars(select(ReviewRuleSet).order_by(ReviewRuleSet.effective_from)).all()
    return [_to_rules(r) for r in rows]


def list_rule_sets(uow: UnitOfWork) -> list[RuleSetInfo]:
    """The office's rule sets by effective date; the shipped example when none is saved."""
    with uow:
        rows = uow.session.scalars(select(ReviewRuleSet).order_by(ReviewRuleSet.effective_from)).all()
        if not rows:
            return [RuleSetInfo(None, rules.EXAMPLE_RULES, True)]
        return [RuleSetInfo(r.id, _to_rules(r), False) for r in rows]


def rules_in_force(uow: UnitOfWork, day: dt.date) -> RuleSetInfo:
    sets = list_rule_sets(uow)
    chosen = rules.rules_in_force([s.rules for s in sets], day)
    return next(s for s in sets if s.rules is chosen)


def check_rule_set(new: ReviewRules) -> list[Problem]:
    """The problems of review figures before they are saved (empty: they can be)."""
    return rules.validate_rules(new)


def save_rule_set(uow: UnitOfWork, new: ReviewRules, today: dt.date | None = None,
                  progress: Progress | None = None) -> RuleSetInfo:
    """Add a rule set (or replace the one with the same effective date), then reschedule
    every receiving household. Raises RuleError with the problems of bad figures."""
    uow.require(Role.ADMIN)
    problems = rules.validate_rules(new)
    if problems:
        raise RuleError(problems)
    with uow:
        s = uow.session
        row = s.scalars(select(ReviewRuleSet).where(ReviewRuleSet.effective_from == new.effective_from)).first()
        before = _rules_dict(_to_rules(row)) if row else None
        if row is None:
            row = ReviewRuleSet(effective_from=new.effective_from)
            s.add(row)
        else:
            row.intervals.clear()
            s.flush()
        for name in ("elderly_age", "gradual_exit_months", "exit_reminder_months", "refusal_threshold",
                     "refusal_consequence", "refusal_reduce_fen", "refusal_reduce_percent",
                     "change_needs_notice", "cancel_needs_notice", "effect_offset_months", "note"):
            setattr(row, name, getattr(new, name))
        row.severe_disability_grades = ",".join(str(g) for g in sorted(set(new.severe_disability_grades)))
        for code in rules.RULE_CODES:
            row.intervals.append(ReviewInterval(rule=code, months=int(new.intervals[code])))
        s.flush()
        uow.audit("review_rule_set", row.id, "save" if before else "create", before, _rules_dict(new))
        _reschedule_all(uow, today or dt.date.today(), progress or NullProgress())
        uow.commit()
        return RuleSetInfo(row.id, _to_rules(row), False)


def _rules_dict(r: ReviewRules) -> dict:
    d = {k: getattr(r, k) for k in r.__dataclass_fields__}
    d["intervals"] = dict(r.intervals)
    d["severe_disability_grades"] = list(r.severe_disability_grades)
    return d


# ---- a household's facts and its next review -------------------------------------------

def _facts_one(session: Session, h: Household) -> HouseholdFacts:
    members = session.execute(
        select(Member.birth_date, Member.relation, Member.disability_grade, Member.serious_illness,
               Member.work_capacity, Member.employment).where(Member.household_id == h.id)).all()
    kinds = session.scalars(select(IncomeItem.kind).where(IncomeItem.household_id == h.id,
                                                          IncomeItem.amount_fen > 0)).all()
    return HouseholdFacts(h.category or "", h.hukou_type,
                          tuple(MemberFacts(*m) for m in members), frozenset(kinds),
                          session.get(IncomeStable, h.id) is not None)


def _compute_one(session: Session, h: Household, today: dt.date,
                 sets: list[ReviewRules] | None = None) -> rules.Due:
    last = session.scalar(select(func.max(Review.review_date)).where(Review.household_id == h.id))
    base = last or h.benefit_start
    sets = sets if sets is not None else _all_rules(session)
    rs = rules.rules_in_force(sets, base or today)
    events = [OpenEvent(k, d) for k, d in session.execute(
        select(ReviewEvent.kind, ReviewEvent.on)
        .where(ReviewEvent.household_id == h.id, ReviewEvent.resolved_by.is_(None))).all()]
    exit_due = session.scalar(select(func.min(EmploymentEvent.last_paid_month)).where(
        EmploymentEvent.household_id == h.id, EmploymentEvent.status == "running"))
    not_before = None if last else _entered(h.created_at)
    return rules.next_due(_facts_one(session, h), rs, base, events=events, exit_due=exit_due, on=today,
                          not_before=not_before, spread=h.id)


def _entered(created) -> dt.date | None:
    """The day a household came into the store (its first review is not counted before it)."""
    if created is None:
        return None
    return created.date() if isinstance(created, dt.datetime) else _date(created)


def _reschedule_one(session: Session, household_id: int, today: dt.date) -> rules.Due | None:
    h = session.get(Household, household_id)
    row = session.get(ReviewSchedule, household_id)
    if h is None or h.status != "receiving":
        if row is not None:
            session.delete(row)
        return None
    due = _compute_one(session, h, today)
    base = session.scalar(select(func.max(Review.review_date)).where(Review.household_id == h.id)) \
        or h.benefit_start
    if row is None:
        row = ReviewSchedule(household_id=household_id)
        session.add(row)
    row.next_review_date = due.date
    row.next_review_rule = due.rule
    row.months = due.months
    row.base_date = base
    row.applicable = ",".join(due.applicable)
    return due


def reschedule(uow: UnitOfWork, household_id: int, today: dt.date | None = None) -> ScheduleInfo | None:
    """Recompute one household's next review now (None when it is not receiving)."""
    with uow:
        _reschedule_one(uow.session, household_id, today or dt.date.today())
        uow.commit()
    return schedule_of(uow, household_id)


def schedule_of(uow: UnitOfWork, household_id: int) -> ScheduleInfo | None:
    with uow:
        row = uow.session.get(ReviewSchedule, household_id)
        if row is None:
            return None
        return ScheduleInfo(row.household_id, row.next_review_date, row.next_review_rule, row.months,
                            row.base_date, tuple(c for c in row.applicable.split(",") if c))


def reschedule_all(uow: UnitOfWork, today: dt.date | None = None,
                   progress: Progress | None = None) -> int:
    """Recompute the next review of every receiving household in one transaction (bulk
    reads, one executemany); drop rows of households no longer receiving. Returns the count."""
    with uow:
        n = _reschedule_all(uow, today or dt.date.today(), progress or NullProgress())
        uow.audit("review_schedule", None, "reschedule_all", None, {"households": n})
        uow.commit()
        return n


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _reschedule_all(uow: UnitOfWork, today: dt.date, progress: Progress,
                    only_missing: bool = False) -> int:
    return _bulk(uow.session, today, progress, only_missing)


def _bulk(s: Session, today: dt.date, progress: Progress, only_missing: bool = False) -> int:
    s.flush()
    sets = _all_rules(s)
    cur = s.connection().connection.driver_connection.cursor()
    scope = "SELECT id FROM household WHERE status = 'receiving'"
    if only_missing:
        scope += " AND id NOT IN (SELECT household_id FROM review_schedule)"
    progress.update(0, 0, "读取家庭")
    homes = cur.execute(
        "SELECT h.id, h.category, h.hukou_type, h.benefit_start, "
        "(SELECT max(review_date) FROM review r WHERE r.household_id = h.id), h.created_at "
        f"FROM household h WHERE h.id IN ({scope}) ORDER BY h.id").fetchall()
    if not homes:
        if not only_missing:
            cur.execute("DELETE FROM review_schedule")
        return 0
    members: dict[int, list[MemberFacts]] = {}
    for hid, birth, rel, grade, ill, cap, emp in cur.execute(
            "SELECT household_id, birth_date, relation, disability_grade, serious_illness, work_capacity, "
            f"employment FROM member WHERE household_id IN ({scope})"):
        members.setdefault(hid, []).append(MemberFacts(_date(birth), rel, grade, bool(ill), cap, emp))
    kinds: dict[int, set[str]] = {}
    for hid, kind in cur.execute(
            f"SELECT DISTINCT household_id, kind FROM income_item WHERE amount_fen > 0 AND household_id IN ({scope})"):
        kinds.setdefault(hid, set()).add(kind)
    events: dict[int, list[OpenEvent]] = {}
    for hid, kind, on in cur.execute(
            "SELECT household_id, kind, \"on\" FROM review_event WHERE resolved_by IS NULL"):
        events.setdefault(hid, []).append(OpenEvent(kind, _date(on)))
    stable = {hid for (hid,) in cur.execute("SELECT household_id FROM review_income_stable")}
    exits = {hid: _date(d) for hid, d in cur.execute(
        "SELECT household_id, min(last_paid_month) FROM review_employment WHERE status = 'running' "
        "GROUP BY household_id")}
    total = len(homes)
    progress.update(0, total, "计算复核日期")
    out = []
    for n, (hid, category, hukou, start, last, created) in enumerate(homes):
        if n % 5000 == 0:
            progress.check()
            progress.update(n, total)
        base = _date(last) or _date(start)
        rs = rules.rules_in_force(sets, base or today)
        f = HouseholdFacts(category or "", hukou, tuple(members.get(hid, ())), frozenset(kinds.get(hid, ())),
                           hid in stable)
        due = rules.next_due(f, rs, base, events=events.get(hid, ()), exit_due=exits.get(hid), on=today,
                             not_before=None if last else _entered(created), spread=hid)
        out.append((hid, due.date.isoformat(), due.rule, due.months,
                    base.isoformat() if base else None, ",".join(due.applicable)))
    if not only_missing:
        cur.execute("DELETE FROM review_schedule")
    cur.executemany(dialect.driver_sql(s.connection(), dialect.insert_or_replace(
        s.connection(), "review_schedule",
        ("household_id", "next_review_date", "next_review_rule", "months", "base_date", "applicable"),
        ("household_id",))), out)
    progress.update(total, total)
    s.expire_all()
    return total


def missing_schedules(uow: UnitOfWork) -> int:
    """Receiving households without a next review date yet (a read; ``fill_missing`` writes)."""
    with uow:
        return uow.session.connection().exec_driver_sql(
            "SELECT count(*) FROM household WHERE status = 'receiving' "
            "AND id NOT IN (SELECT household_id FROM review_schedule)").scalar() or 0


def fill_missing(uow: UnitOfWork, today: dt.date | None = None) -> int:
    """Schedule receiving households that have no row yet (after bulk inserts elsewhere)."""
    with uow:
        n = _reschedule_all(uow, today or dt.date.today(), NullProgress(), only_missing=True)
        if n:
            uow.commit()
        return n


# Households touched in a transaction are rescheduled just before it commits, whichever
# feature changed them (ORM writes only; bulk writers call reschedule_all). The hooks are
# registered on the program's own sessionmaker when the store is opened (install_hooks,
# called by services.context.open_context), so the window, the command line and any
# script that opens the store behave the same whatever modules they happen to import.
_TOUCHED = "reviews.touched"
BULK_FROM = 300  # touched households from which one bulk pass is used


def _collect_touched(session: Session, _ctx, _instances) -> None:
    touched = session.info.setdefault(_TOUCHED, set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Household):
            if obj.id is not None:
                touched.add(obj.id)
            else:
                session.info.setdefault(_TOUCHED + ".new", []).append(obj)
        elif isinstance(obj, (Member, IncomeItem)):
            hid = obj.household_id
            if hid is None:  # new item appended to a household: no lazy load inside a flush
                owner = obj.__dict__.get("household")
                hid = owner.id if owner is not None else None
            if hid is not None:
                touched.add(hid)


def _reschedule_touched(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # before_commit runs before commit's own flush: collect what it touches
    if not session.info.get(_TOUCHED) and not session.info.get(_TOUCHED + ".new"):
        return
    touched = session.info.pop(_TOUCHED, set())
    touched |= {o.id for o in session.info.pop(_TOUCHED + ".new", []) if o.id is not None}
    today = dt.date.today()
    if len(touched) > BULK_FROM:
        _bulk(session, today, NullProgress())  # a roster import: one bulk pass beats many small ones
    else:
        for hid in sorted(touched):
            _reschedule_one(session, hid, today)
    session.flush()
    session.info.pop(_TOUCHED, None)


def _forget_touched(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_TOUCHED + ".new", None)


_HOOKS = (("before_flush", _collect_touched), ("before_commit", _reschedule_touched),
          ("after_rollback", _forget_touched))


def install_hooks(sessions: sessionmaker[Session]) -> None:
    """Keep review schedules in step with every ORM change made through ``sessions``."""
    for name, fn in _HOOKS:
        if not event.contains(sessions, name, fn):
            event.listen(sessions, name, fn)


# ---- lists -----------------------------------------------------------------------------

def _due_select(village_id: int | None):
    stmt = (select(ReviewSchedule.household_id, Village.name, Household.head_name, Household.head_id_number,
                   Household.hukou_type, Household.category, ReviewSchedule.next_review_date,
                   ReviewSchedule.next_review_rule, ReviewSchedule.months, ReviewSchedule.base_date)
            .join(Household, Household.id == ReviewSchedule.household_id)
            .join(Village, Village.id == Household.village_id)
            .where(Household.status == "receiving"))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    return stmt


_DUE_SQL = (
    "SELECT s.household_id, h.village_id, h.head_name, h.head_id_number, h.hukou_type, h.category, "
    "s.next_review_date, s.next_review_rule, s.months, s.base_date, h.head_sort_key "
    "FROM review_schedule s JOIN household h ON h.id = s.household_id "
    "WHERE h.status = 'receiving' AND {where} "
    "ORDER BY s.next_review_date, h.head_sort_key, h.id")


def due_list(uow: UnitOfWork, *, month: dt.date | None = None, overdue: bool = False,
             village_id: int | None = None, today: dt.date | None = None,
             fill: bool = True) -> list[DueRow]:
    """Households due in ``month`` (the whole month), or overdue on ``today`` (due before it),
    by village, then due date, then head.

    One query on the indexed next-review dates, read as plain DB-API rows and ordered
    by date and head in SQL; the few village names are joined here and a stable sort
    on the village's rank groups the lines (see bench/reviews_due.py)."""
    today = today or dt.date.today()
    if fill:
        fill_missing(uow, today)
    if overdue:
        where, params = "s.next_review_date < ?", [today.isoformat()]
    else:
        first, last = rules.month_range(month or today)
        where, params = "s.next_review_date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
    if village_id is not None:
        where += " AND h.village_id = ?"
        params.append(village_id)
    with uow:
        cur = uow.session.connection().connection.driver_connection.cursor()
        villages = dict(cur.execute("SELECT id, name FROM village").fetchall())
        rows = cur.execute(dialect.driver_sql(uow.session.connection(), _DUE_SQL.format(where=where)),
                           params).fetchall()
    names = sorted(set(villages.values()))
    rank = {vid: names.index(name) for vid, name in villages.items()}
    rows.sort(key=lambda r: rank.get(r[1], -1))  # stable: keeps date, head order within a village
    out = []
    fromiso = dt.date.fromisoformat  # SQLite gives dates as their text; PostgreSQL as dates
    ordinal = today.toordinal()
    for hid, vid, head, number, hukou, category, due, rule, months, base, _key in rows:
        d = due if due.__class__ is dt.date else fromiso(due)
        out.append(DueRow(hid, villages.get(vid, ""), head, number, hukou, category, d, rule, months,
                          _date(base) if base else None, max(0, ordinal - d.toordinal())))
    return out


def calendar_counts(uow: UnitOfWork, month: dt.date, village_id: int | None = None) -> dict[dt.date, int]:
    """How many reviews fall due on each day of a month."""
    first, last = rules.month_range(month)
    stmt = (select(ReviewSchedule.next_review_date, func.count())
            .join(Household, Household.id == ReviewSchedule.household_id)
            .where(ReviewSchedule.next_review_date.between(first, last), Household.status == "receiving")
            .group_by(ReviewSchedule.next_review_date))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    with uow:
        return {d: n for d, n in uow.session.execute(stmt).all()}


def plan_quarter(uow: UnitOfWork, start: dt.date, *, village_id: int | None = None,
                 holidays: tuple[dt.date, ...] = (), extra_workdays: tuple[dt.date, ...] = (),
                 today: dt.date | None = None) -> PlanResult:
    """Spread the quarter's due reviews (and those already overdue) over its working days."""
    q_start = rules.quarter_start(start)
    q_end = rules.add_months(q_start, 3) - dt.timedelta(days=1)
    today = today or dt.date.today()
    fill_missing(uow, today)
    stmt = _due_select(village_id).where(ReviewSchedule.next_review_date <= q_end)
    with uow:
        rows = uow.session.execute(stmt).all()
    info = {r[0]: r for r in rows}
    items = [rules.PlanItem(r[0], r[6], r[1]) for r in rows]
    plan = rules.plan_quarter(items, q_start, holidays=holidays, extra_workdays=extra_workdays,
                              not_before=today)
    out = tuple(PlanRow(v.day, v.key, info[v.key][1], info[v.key][2], info[v.key][5], v.due,
                        info[v.key][7], v.late) for v in plan.visits)
    return PlanResult(plan.start, plan.end, len(plan.days), plan.per_day, out)


# ---- recording a review -------------------------------------------------------------------

def _review_info(r: Review) -> ReviewInfo:
    return ReviewInfo(r.id, r.household_id, r.review_date, r.visitor, r.findings, r.outcome, r.reason,
                      r.effective_month, r.before_category, r.after_category, r.before_fen, r.after_fen,
                      r.case_id, r.due_rule)


def check_review(inp: ReviewInput, status: str | None, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if status is None:
        return [Problem("household.missing", "household_id", {"id": inp.household_id})]
    if status != "receiving":
        problems.append(Problem("reviews.not_receiving", "household_id", {"status": status}))
    if inp.outcome not in rules.OUTCOMES:
        problems.append(Problem("reviews.outcome", "outcome"))
    if not inp.visitor.strip():
        problems.append(Problem("reviews.visitor_empty", "visitor"))
    if inp.review_date > today:
        problems.append(Problem("reviews.date_future", "review_date", {"date": inp.review_date.isoformat()}))
    if inp.outcome in ("change", "cancel") and not inp.reason.strip():
        problems.append(Problem("reviews.reason_empty", "reason"))
    if inp.outcome == "change":
        if inp.new_benefit_fen is not None and inp.new_benefit_fen < 0:
            problems.append(Problem("amount.negative", "new_benefit_fen"))
        if inp.new_category and inp.new_category not in ("class1", "class2", "class3"):
            problems.append(Problem("reviews.category", "new_category"))
    return problems


def record_review(uow: UnitOfWork, inp: ReviewInput, today: dt.date | None = None) -> ReviewInfo:
    """Record a review and carry out its outcome.

    保留 (keep): nothing changes but the next review date. 变更/取消 open a proposal that
    runs through the steps the policy names (services.proposals); the household and its
    ledger change only when it is granted, from the month the rule set says
    (``effective_month``)."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        s = uow.session
        h = s.get(Household, inp.household_id)
        problems = check_review(inp, h.status if h else None, today)
        if h is not None and inp.outcome == "change" and not problems:
            new_cat = inp.new_category or h.category
            new_fen = h.monthly_benefit_fen if inp.new_benefit_fen is None else inp.new_benefit_fen
            if new_cat == h.category and new_fen == h.monthly_benefit_fen:
                problems.append(Problem("reviews.change_nothing", "new_benefit_fen"))
        if problems:
            raise RuleError(problems)
        assert h is not None
        rs = rules.rules_in_force(_all_rules(s), inp.review_date)
        sched = s.get(ReviewSchedule, h.id)
        before = {"status": h.status, "category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen}
        review = Review(household_id=h.id, review_date=inp.review_date, visitor=inp.visitor.strip(),
                        findings=inp.findings.strip(), outcome=inp.outcome, reason=inp.reason.strip(),
                        before_category=h.category, before_fen=h.monthly_benefit_fen,
                        after_category=h.category, after_fen=h.monthly_benefit_fen,
                        due_rule=sched.next_review_rule if sched else "", recorded_by=uow.operator)
        if inp.outcome == "change":
            review.after_category = inp.new_category or h.category
            review.after_fen = h.monthly_benefit_fen if inp.new_benefit_fen is None else inp.new_benefit_fen
        elif inp.outcome == "cancel":
            review.after_category, review.after_fen = "", 0
        proposal = None
        if inp.outcome != "keep":
            # Not a silent change: a proposal through the procedure the policy names;
            # the ledger moves when it is granted, from the month the review rules say.
            from dibao_desk.services import proposals

            review.effective_month = rules.effective_month(inp.review_date, rs)
            kind = ProposalKind.REVIEW_CHANGE if inp.outcome == "change" else ProposalKind.REVIEW_CANCEL
            proposal = proposals.propose(uow, h.id, kind, inp.reason.strip(), review.effective_month,
                                         opened_on=inp.review_date, category=review.after_category,
                                         amount_fen=review.after_fen, cancel=inp.outcome == "cancel")
            review.case_id = proposal.case_id
        s.add(review)
        s.flush()
        _mark_income_stable(uow, h.id, inp.income_stable, review)
        if proposal is not None:
            proposal.source = f"review:{review.id}"
        for ev in s.scalars(select(ReviewEvent).where(ReviewEvent.household_id == h.id,
                                                      ReviewEvent.resolved_by.is_(None),
                                                      ReviewEvent.on <= inp.review_date)):
            ev.resolved_by = review.id
        s.flush()
        _reschedule_one(s, h.id, today)
        uow.audit("review", review.id, "record", None, _review_dict(review))
        uow.commit()
        return _review_info(review)


def _review_dict(r: Review) -> dict:
    return {k: getattr(r, k) for k in (
        "household_id", "review_date", "visitor", "findings", "outcome", "reason", "effective_month",
        "before_category", "after_category", "before_fen", "after_fen", "case_id", "due_rule")}


def reviews_of(uow: UnitOfWork, household_id: int) -> list[ReviewInfo]:
    with uow:
        rows = uow.session.scalars(select(Review).where(Review.household_id == household_id)
                                   .order_by(Review.review_date.desc(), Review.id.desc())).all()
        return [_review_info(r) for r in rows]


@dataclass(frozen=True)
class HouseholdBrief:
    household_id: int
    head_name: str
    village: str
    hukou_type: str
    status: str
    category: str
    monthly_benefit_fen: int
    person_count: int
    schedule: ScheduleInfo | None
    income_stable: bool = False  # on the half-yearly rule for income that changes little


def _mark_income_stable(uow: UnitOfWork, household_id: int, stable: bool | None, review: Review) -> None:
    """Put a household on (or take it off) the half-yearly rule for income that changes little."""
    row = uow.session.get(IncomeStable, household_id)
    if stable is None or stable == (row is not None):
        return
    if stable:
        uow.session.add(IncomeStable(household_id=household_id, marked_on=review.review_date,
                                     marked_by=uow.operator or "", review_id=review.id))
    else:
        uow.session.delete(row)
    uow.session.flush()
    uow.audit("household", household_id, "income_stable", {"income_stable": not stable},
              {"income_stable": stable, "review_id": review.id})


def brief(uow: UnitOfWork, household_id: int) -> HouseholdBrief:
    """What the record-review dialog shows about the household."""
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        data = (h.id, h.head_name, h.village.name, h.hukou_type, h.status, h.category,
                h.monthly_benefit_fen, h.person_count)
        stable = uow.session.get(IncomeStable, household_id) is not None
    return HouseholdBrief(*data, schedule=schedule_of(uow, household_id), income_stable=stable)


# ---- events ---------------------------------------------------------------------------------

def raise_event(uow: UnitOfWork, household_id: int, kind: str, on: dt.date, detail: str = "",
                source: str = "") -> EventInfo:
    """Something happened that calls for a review at once (a member's death or moving
    away, a complaint found true, a cross-check warning): the household's review
    becomes due on the event date. Other features call this hook."""
    if kind not in rules.EVENT_KINDS:
        raise RuleError(Problem("reviews.event_kind", "kind", {"kind": kind}))
    with uow:
        s = uow.session
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        ev = ReviewEvent(household_id=household_id, kind=kind, on=on, detail=detail.strip(),
                         source=source.strip())
        s.add(ev)
        s.flush()
        due = _reschedule_one(s, household_id, dt.date.today())
        uow.audit("review_event", ev.id, "raise", None,
                  {"household_id": household_id, "kind": kind, "on": on, "detail": ev.detail, "source": ev.source})
        uow.commit()
        return EventInfo(ev.id, household_id, kind, on, ev.detail, ev.source, due.date if due else on)


def open_events(uow: UnitOfWork, household_id: int) -> list[EventInfo]:
    with uow:
        rows = uow.session.scalars(select(ReviewEvent).where(
            ReviewEvent.household_id == household_id, ReviewEvent.resolved_by.is_(None))
            .order_by(ReviewEvent.on)).all()
        return [EventInfo(e.id, e.household_id, e.kind, e.on, e.detail, e.source, e.on) for e in rows]


# ---- gradual exit (渐退) ----------------------------------------------------------------------

def _exit_info(e: EmploymentEvent, h: Household, village: str, rs: ReviewRules, today: dt.date) -> ExitInfo:
    sched = rules.ExitSchedule(e.gained_on, e.last_paid_month, e.stop_month,
                               tuple(rules.add_months(e.stop_month, -k)
                                     for k in range(rs.exit_reminder_months, 0, -1)),
                               e.last_paid_month)
    state = rules.exit_state(sched, today) if e.status == "running" else e.status
    return ExitInfo(e.id, e.household_id, h.head_name, village, e.member_name, e.gained_on,
                    e.last_paid_month, e.stop_month, sched.reminders, e.status, state,
                    rules.months_left(sched, today) if e.status == "running" else 0)


def record_stable_work(uow: UnitOfWork, household_id: int, gained_on: dt.date, member_name: str = "",
                       detail: str = "", today: dt.date | None = None) -> ExitInfo:
    """A member gained stable work: the benefit continues for the months the rule set says, then stops."""
    today = today or dt.date.today()
    with uow:
        s = uow.session
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        if h.status != "receiving":
            raise RuleError(Problem("reviews.not_receiving", "household_id", {"status": h.status}))
        rs = rules.rules_in_force(_all_rules(s), gained_on)
        sched = rules.gradual_exit(gained_on, rs)
        e = EmploymentEvent(household_id=household_id, member_name=member_name.strip(), gained_on=gained_on,
                            detail=detail.strip(), last_paid_month=sched.last_paid_month,
                            stop_month=sched.stop_month, status="running")
        s.add(e)
        s.flush()
        _reschedule_one(s, household_id, today)
        _ledger_gradual_exit(uow, h.id, gained_on, today)
        uow.audit("review_employment", e.id, "stable_work", None, {
            "household_id": household_id, "member": e.member_name, "gained_on": gained_on,
            "last_paid_month": e.last_paid_month, "stop_month": e.stop_month})
        uow.commit()
        return _exit_info(e, h, h.village.name, rs, today)


def _ledger_gradual_exit(uow: UnitOfWork, household_id: int, gained_on: dt.date, today: dt.date) -> None:
    """The ledger shows the months from stable work on as 渐退 (still paid, same amount);
    they end when the proposal at the end of 渐退 is granted."""
    from dibao_desk.domain import ledger as money
    from dibao_desk.services import ledger

    month = money.month_of(gained_on)
    start = max(month, money.add_months(ledger.paid_through(uow, today), 1))
    now = ledger.value_now(uow, household_id, start)
    if now is None or now.status is not money.LedgerStatus.RECEIVING:
        return
    value = money.MonthValue(money.LedgerStatus.GRADUAL_EXIT, now.category, now.covered, now.amount_fen,
                             now.supplement_fen)
    ledger.write_decision(uow, money.DecisionKind.GRADUAL_EXIT, month, today, uow.operator,
                          {household_id: value}, household_id=household_id, note="stable work", today=today)


def exits(uow: UnitOfWork, today: dt.date | None = None, *, running_only: bool = True) -> list[ExitInfo]:
    """Households in gradual exit, with their state on ``today`` (reminders due, stopping)."""
    today = today or dt.date.today()
    with uow:
        s = uow.session
        stmt = select(EmploymentEvent, Household, Village.name).join(
            Household, Household.id == EmploymentEvent.household_id).join(Village, Village.id == Household.village_id)
        if running_only:
            stmt = stmt.where(EmploymentEvent.status == "running")
        sets = _all_rules(s)
        return [_exit_info(e, h, v, rules.rules_in_force(sets, e.gained_on), today)
                for e, h, v in s.execute(stmt.order_by(EmploymentEvent.stop_month)).all()]


def apply_exit_stops(uow: UnitOfWork, today: dt.date | None = None) -> list[ReviewInfo]:
    """Stop the benefit of households whose gradual exit has ended by ``today``: each gets a
    取消 review effective from its stop month. Returns the reviews recorded."""
    today = today or dt.date.today()
    out = []
    with uow:
        s = uow.session
        due = s.scalars(select(EmploymentEvent).where(EmploymentEvent.status == "running",
                                                      EmploymentEvent.stop_month <= today)).all()
        for e in due:
            h = s.get(Household, e.household_id)
            if h is None or h.status != "receiving":
                e.status = "stopped"
                continue
            from dibao_desk.services import proposals

            try:
                proposal = proposals.propose(uow, h.id, ProposalKind.EXIT_END, "gradual_exit_ended", e.stop_month,
                                             opened_on=today, source=f"review_employment:{e.id}")
            except RuleError:
                continue  # an open case for the household: proposed once that one is closed
            e.status = "stopped"
            review = Review(household_id=h.id, review_date=today, visitor=uow.operator or "",
                            findings=e.detail, outcome="cancel", reason="gradual_exit_ended",
                            effective_month=e.stop_month, before_category=h.category,
                            before_fen=h.monthly_benefit_fen, after_category="", after_fen=0,
                            due_rule=rules.GRADUAL_EXIT_RULE, recorded_by=uow.operator,
                            case_id=proposal.case_id)
            s.add(review)
            s.flush()
            uow.audit("household", h.id, "gradual_exit_end_proposed", None,
                      {"proposal_id": proposal.id, "effective_month": e.stop_month})
            _reschedule_one(s, h.id, today)
            out.append(_review_info(review))
        uow.commit()
    return out


# ---- refusal of offered work -----------------------------------------------------------------

def record_refusal(uow: UnitOfWork, household_id: int, on: dt.date, offer: str, member_name: str = "",
                   today: dt.date | None = None) -> RefusalResult:
    """A member recorded with full work capacity refused offered work (a member with partial
    or no work capacity is refused with ``reviews.refusal_capacity``: such a refusal does not
    count). When the counted refusals not yet acted upon reach the rule set's threshold, the
    benefit stops or is reduced as it says, from the month the rule set names, recorded as a
    取消 or 变更 review. Refusals are counted with each member's work capacity as recorded now."""
    today = today or dt.date.today()
    if not offer.strip():
        raise RuleError(Problem("reviews.offer_empty", "offer"))
    if on > today:
        raise RuleError(Problem("reviews.date_future", "on", {"date": on.isoformat()}))
    with uow:
        s = uow.session
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        if h.status != "receiving":
            raise RuleError(Problem("reviews.not_receiving", "household_id", {"status": h.status}))
        capacity = dict(s.execute(select(Member.name, Member.work_capacity)
                                  .where(Member.household_id == household_id)).all())
        if member_name.strip() not in capacity:
            raise RuleError(Problem("reviews.refusal_member", "member_name", {"member": member_name.strip()}))
        if not rules.refusal_counts(capacity[member_name.strip()]):
            raise RuleError(Problem("reviews.refusal_capacity", "member_name", {
                "member": member_name.strip(), "capacity": capacity[member_name.strip()]}))
        ref = WorkRefusal(household_id=household_id, on=on, offer=offer.strip(), member_name=member_name.strip())
        s.add(ref)
        s.flush()
        uow.audit("review_refusal", ref.id, "record", None,
                  {"household_id": household_id, "on": on, "offer": ref.offer, "member": ref.member_name})
        pending = s.scalars(select(WorkRefusal).where(WorkRefusal.household_id == household_id,
                                                      WorkRefusal.acted.is_(False)).order_by(WorkRefusal.on)).all()
        rs = rules.rules_in_force(_all_rules(s), on)
        counted = rules.counted_refusals(
            [Refusal(p.on, p.offer, capacity.get(p.member_name, "")) for p in pending])
        decision = rules.refusal_decision(counted, rs, h.monthly_benefit_fen)
        review_id = None
        if decision is not None:
            from dibao_desk.services import proposals

            outcome = "cancel" if decision.consequence == "stop" else "change"
            findings = "；".join(f"{p.on.isoformat()} {p.offer}" for p in pending)
            proposal = proposals.propose(uow, h.id, ProposalKind.WORK_REFUSAL, findings, decision.from_month,
                                         opened_on=on, amount_fen=decision.new_benefit_fen,
                                         cancel=outcome == "cancel", source=f"review_refusal:{ref.id}")
            review = Review(household_id=h.id, review_date=on, visitor=uow.operator or "",
                            findings=findings, outcome=outcome, reason="work_refused",
                            effective_month=decision.from_month,
                            before_category=h.category, before_fen=h.monthly_benefit_fen,
                            after_category="" if outcome == "cancel" else h.category,
                            after_fen=decision.new_benefit_fen, due_rule="work_refused",
                            recorded_by=uow.operator, case_id=proposal.case_id)
            s.add(review)
            for p in pending:
                p.acted = True
            s.flush()
            review_id = review.id
            uow.audit("household", h.id, "work_refused_proposed", None,
                      {"proposal_id": proposal.id, "effective_month": decision.from_month})
            _reschedule_one(s, h.id, today)
        uow.commit()
        return RefusalResult(RefusalInfo(ref.id, household_id, ref.member_name, on, ref.offer),
                             len(counted), rs.refusal_threshold, decision, review_id)


def refusals_of(uow: UnitOfWork, household_id: int) -> list[RefusalInfo]:
    with uow:
        rows = uow.session.scalars(select(WorkRefusal).where(WorkRefusal.household_id == household_id)
                                   .order_by(WorkRefusal.on)).all()
        return [RefusalInfo(r.id, r.household_id, r.member_name, r.on, r.offer) for r in rows]


# ---- counts for reports ------------------------------------------------------------------------

def _month_key(col):
    return dialect.month_key(col)


def outcome_counts(uow: UnitOfWork, first_month: dt.date, last_month: dt.date) -> list[MonthCounts]:
    """Reviews done per month by outcome (保留/变更/取消), with 新增 = new cases granted
    (the procedure's new cases closed as done) in the month."""
    first = rules.first_of_month(first_month)
    last = rules.last_of_month(last_month)
    with uow:
        s = uow.session
        by: dict[str, dict[str, int]] = {}
        for key, outcome, n in s.execute(
                select(_month_key(Review.review_date), Review.outcome, func.count())
                .where(Review.review_date.between(first, last))
                .group_by(_month_key(Review.review_date), Review.outcome)).all():
            by.setdefault(key, {})[outcome] = n
        for key, n in s.execute(
                select(_month_key(Case.closed_on), func.count())
                .where(and_(Case.kind == "new", Case.status == "done", Case.closed_on.between(first, last)))
                .group_by(_month_key(Case.closed_on))).all():
            by.setdefault(key, {})["new"] = n
    out = []
    m = first
    while m <= last:
        d = by.get(f"{m:%Y-%m}", {})
        out.append(MonthCounts(m, d.get("new", 0), d.get("keep", 0), d.get("change", 0), d.get("cancel", 0)))
        m = rules.add_months(m, 1)
    return out


def village_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    with uow:
        return [(i, n) for i, n in uow.session.execute(select(Village.id, Village.name).order_by(Village.name))]


def clear_schedule(uow: UnitOfWork) -> None:  # for tests and the bench
    with uow:
        uow.session.execute(delete(ReviewSchedule))
        uow.commit()


# ---- workbooks ----------------------------------------------------------------------------------

def _heading(kind: str, month: dt.date | None, village: str, today: dt.date) -> str:
    where = f"{village} " if village else ""
    if kind == "overdue":
        return f"{where}逾期未复核低保家庭名单（截至 {today.isoformat()}）"
    assert month is not None
    return f"{where}{month.year} 年 {month.month} 月应复核低保家庭名单"


def export_due_list(uow: UnitOfWork, path, *, month: dt.date | None = None, overdue: bool = False,
                    village_id: int | None = None, today: dt.date | None = None) -> int:
    """Write the due (or overdue) list as a workbook (atomically); returns the households written."""
    from dibao_desk.exchange import reviews_xlsx

    today = today or dt.date.today()
    rows = due_list(uow, month=month, overdue=overdue, village_id=village_id, today=today)
    village = dict(village_choices(uow)).get(village_id, "") if village_id is not None else ""
    heading = _heading("overdue" if overdue else "month", rules.first_of_month(month or today), village, today)
    return reviews_xlsx.write_due_list(path, rows, heading)


def export_plan(uow: UnitOfWork, path, plan: PlanResult, village: str = "") -> int:
    from dibao_desk.exchange import reviews_xlsx

    q = (plan.start.month - 1) // 3 + 1
    heading = f"{village + ' ' if village else ''}{plan.start.year} 年第 {q} 季度低保复核计划" \
              f"（{plan.working_days} 个工作日，每日约 {plan.per_day} 户）"
    return reviews_xlsx.write_plan(path, plan.rows, heading)
