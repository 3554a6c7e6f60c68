"""Who is due when: the due and overdue lists, the month's calendar, the quarter's plan, the
counts for reports and the workbooks of a list or a plan. ``due_list`` and ``plan_quarter``
first fill the schedule rows missing after bulk inserts (the one write here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, delete, func, literal_column, or_, select
from sqlalchemy.orm import QueryableAttribute

from dibao_desk.domain import reviews as rules
from dibao_desk.domain import workdays
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.procedure import CaseKind, CaseStatus
from dibao_desk.domain.reviews import ExitState, ReviewOutcome
from dibao_desk.models import Case, Household, Proposal, Review, ReviewSchedule, Village
from dibao_desk.models import dialect
from dibao_desk.models import reviews as review_rows
from dibao_desk.models.statistics import VillageThen, village_condition
from dibao_desk.services.reviews_results import DueRow, MonthCounts, PlanResult, PlanRow
from dibao_desk.services.reviews_schedule import _date, fill_missing
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.services.printing import PrintResult


# ---- lists -----------------------------------------------------------------------------

def _due_select(village_id: int | None) -> Select[int, str, str, str, str, str, dt.date, str, int, dt.date | None]:
    stmt = (select(ReviewSchedule.household_id, Village.name, Household.head_name, Household.head_id_number,
                   Household.hukou_type, Household.category, ReviewSchedule.next_review_date,
                   ReviewSchedule.next_review_rule, ReviewSchedule.months, ReviewSchedule.base_date)
            .join(Household, Household.id == ReviewSchedule.household_id)
            .join(Village, Village.id == Household.village_id)
            .where(Household.status == HouseholdStatus.RECEIVING))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    return stmt


def due_list(uow: UnitOfWork, *, month: dt.date | None = None, overdue: bool = False,
             village_id: int | None = None, today: dt.date | None = None,
             fill: bool = True) -> list[DueRow]:
    """Households due in ``month`` (the whole month), or overdue on ``today`` (due before it),
    by village, then due date, then head.

    One query on the indexed next-review dates, read as plain DB-API rows and ordered
    by date and head in SQL (``models.reviews.due_rows``); the few village names are joined
    here and a stable sort on the village's rank groups the lines (see bench/reviews_due.py)."""
    today = today or dt.date.today()
    if fill:
        fill_missing(uow, today)
    with uow:
        conn = uow.session.connection()
        villages = review_rows.village_names(conn)
        if overdue:
            rows = review_rows.due_rows(conn, before=today, village_id=village_id)
        else:
            first, last = rules.month_range(month or today)
            rows = review_rows.due_rows(conn, first=first, last=last, village_id=village_id)
        # 备案 households are few: all of them in one query, not an IN list of every row
        from dibao_desk.models.registers import filed_household_ids

        filed = filed_household_ids(uow.session)
    names = sorted(set(villages.values()))
    rank = {vid: names.index(name) for vid, name in villages.items()}
    rows.sort(key=lambda r: rank.get(r[1], -1))  # stable: keeps date, head order within a village
    out = []
    fromiso = dt.date.fromisoformat  # SQLite gives dates as their text; PostgreSQL as dates
    ordinal = today.toordinal()
    for hid, vid, head, number, hukou, category, due, rule, months, base in rows:
        d = due if due.__class__ is dt.date else fromiso(due)
        out.append(DueRow(hid, villages.get(vid, ""), head, number, hukou, category, d, rule, months,
                          _date(base) if base else None, max(0, ordinal - d.toordinal()), hid in filed))
    return out


def calendar_counts(uow: UnitOfWork, month: dt.date, village_id: int | None = None) -> dict[dt.date, int]:
    """How many reviews fall due on each day of a month."""
    first, last = rules.month_range(month)
    stmt = (select(ReviewSchedule.next_review_date, func.count())
            .join(Household, Household.id == ReviewSchedule.household_id)
            .where(ReviewSchedule.next_review_date.between(first, last), Household.status == HouseholdStatus.RECEIVING)
            .group_by(ReviewSchedule.next_review_date))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    with uow:
        return {d: n for d, n in uow.session.execute(stmt).all()}


def plan_quarter(uow: UnitOfWork, start: dt.date, *, village_id: int | None = None,
                 holidays: tuple[dt.date, ...] = (), extra_workdays: tuple[dt.date, ...] = (),
                 today: dt.date | None = None) -> PlanResult:
    """Spread the quarter's due reviews (and those already overdue) over its working days.

    A quarter planned ahead takes only the reviews due in it: those due earlier (or overdue)
    stay in the present quarter, to be visited now. Once the present quarter has no working
    day left after today, the next quarter's plan takes them, so nobody is left in no plan.

    The working days are those of the office's working calendar (the official holidays and
    调休, the county's calendar and the office's own days: ``services.workday_calendar``, as
    for complaint deadlines), less the
    ``holidays`` given, plus the ``extra_workdays`` given."""
    q_start = rules.quarter_start(start)
    q_end = rules.add_months(q_start, 3) - dt.timedelta(days=1)
    today = today or dt.date.today()
    fill_missing(uow, today)
    # Imported here: the registers' models load when a plan is made, not with the review hooks
    # every store opens with.
    from dibao_desk.services import workday_calendar

    stmt = _due_select(village_id).where(ReviewSchedule.next_review_date <= q_end)
    present_end = rules.add_months(rules.quarter_start(today), 3) - dt.timedelta(days=1)
    with uow:
        own, known = workday_calendar.calendar(uow.session)
        if q_start > today:  # made ahead
            left_now = any(workdays.is_workday(today + dt.timedelta(days=k), own, known)[0]
                           for k in range(1, (present_end - today).days + 1))
            if left_now or q_start > present_end + dt.timedelta(days=1):
                stmt = stmt.where(ReviewSchedule.next_review_date >= q_start)
        rows = uow.session.execute(stmt).all()
        # 备案 households are few: all of them in one query, as the due list reads them
        from dibao_desk.models.registers import filed_household_ids

        filed = filed_household_ids(uow.session)
    off, extra, guessed = _calendar_days(q_start, q_end, own, known)
    info = {r[0]: r for r in rows}
    items = [rules.PlanItem(r[0], r[6], r[1]) for r in rows]
    plan = rules.plan_quarter(items, q_start, holidays=(*off, *holidays),
                              extra_workdays=tuple(d for d in (*extra, *extra_workdays) if d not in holidays),
                              not_before=today)
    out = tuple(PlanRow(v.day, v.key, info[v.key][1], info[v.key][2], info[v.key][5], v.due,
                        info[v.key][7], v.late, v.key in filed) for v in plan.visits)
    return PlanResult(plan.start, plan.end, len(plan.days), plan.per_day, out, left_out=len(items) - len(out),
                      approximate=any(d >= today for d in guessed))


def left_out_problem(plan: PlanResult, today: dt.date) -> Problem:
    """What to say of the households a plan left out: no working day left from today to the
    quarter's end, or (a quarter already over) that the quarter has ended."""
    if today > plan.end:
        return Problem("reviews.plan_past", "", {"year": plan.start.year, "quarter": (plan.start.month - 1) // 3 + 1,
                                                 "end": plan.end.isoformat(), "count": plan.left_out})
    return Problem("reviews.plan_no_days", "", {"start": max(plan.start, today).isoformat(),
                                                "end": plan.end.isoformat(), "count": plan.left_out})


def _calendar_days(first: dt.date, last: dt.date, own: dict[dt.date, bool],
                   known_years: frozenset[int] = frozenset()) -> tuple[list[dt.date], list[dt.date], list[dt.date]]:
    """(weekdays that are days off, weekend days that are working days, days only the weekday
    rule decided) from first to last."""
    off: list[dt.date] = []
    extra: list[dt.date] = []
    guessed: list[dt.date] = []
    day = first
    while day <= last:
        working, known = workdays.is_workday(day, own, known_years)
        if day.weekday() < 5 and not working:
            off.append(day)
        elif day.weekday() >= 5 and working:
            extra.append(day)
        if not known:
            guessed.append(day)
        day += dt.timedelta(days=1)
    return off, extra, guessed


# ---- counts for reports ------------------------------------------------------------------------

def _month_key(col: QueryableAttribute[Any]) -> ColumnElement[str]:
    return dialect.month_key(col)


def outcome_counts(uow: UnitOfWork, first_month: dt.date, last_month: dt.date,
                   village_id: int | VillageThen | None = None) -> list[MonthCounts]:
    """Per month: 保留 = reviews that kept the household, in the month of the review; 变更 and
    取消 = the decisions that took effect, in the month they were granted, whatever proposed them
    (a review, a death or a move away, the office, a cross-check): every granted change or
    cancellation case counts once (a proposal refused or withdrawn is not counted; a review's
    变更 or 取消 applied at once in older stores, with no case, counts in its review's month);
    新增 = new cases granted, with the new applications refused and withdrawn (申请人撤回) apart.
    The 取消 or 变更 the program proposes itself (the end of 渐退, refusals of work) are counted
    apart. With a village, its households' only (with a ``VillageThen``, those it held in the
    month of the review or the decision: a household moved since counts where it was)."""
    first = rules.first_of_month(first_month)
    last = rules.last_of_month(last_month)
    if first > last:
        raise RuleError(Problem("reviews.months_reversed", "first_month", {
            "first": f"{first:%Y-%m}", "last": f"{last:%Y-%m}"}))

    def in_village(day: Any) -> list[ColumnElement[bool]]:
        return [] if village_id is None else [village_condition(village_id, day=day)]
    # literals, not bound parameters: PostgreSQL matches the GROUP BY to the selected expression
    what = case((Review.reason == literal_column(f"'{rules.EXIT_END_REASON}'"), literal_column("'exit_end'")),
                (Review.reason == literal_column(f"'{rules.WORK_REFUSED_REASON}'"), literal_column("'work_refused'")),
                else_=Review.outcome)
    with uow:
        s = uow.session
        by: dict[str, dict[str, int]] = {}
        at_once = select(_month_key(Review.review_date), what, func.count()).where(
            Review.review_date.between(first, last),
            or_(Review.outcome == ReviewOutcome.KEEP, Review.case_id.is_(None)))
        # a change or cancellation case runs one proposal; the program's own stops by its kind
        decided = case((Proposal.kind == literal_column(f"'{ProposalKind.EXIT_END}'"), literal_column("'exit_end'")),
                       (Proposal.kind == literal_column(f"'{ProposalKind.WORK_REFUSAL}'"),
                        literal_column("'work_refused'")),
                       else_=Case.kind)
        took_effect = select(_month_key(Case.closed_on), decided, func.count()).select_from(Case).outerjoin(
            Proposal, Proposal.case_id == Case.id).where(
            Case.kind.in_((CaseKind.CHANGE, CaseKind.CANCEL)), Case.status == CaseStatus.DONE,
            Case.closed_on.between(first, last))
        granted = select(_month_key(Case.closed_on), Case.status, func.count())
        if village_id is not None:
            at_once = at_once.join(Household, Household.id == Review.household_id)
            took_effect = took_effect.join(Household, Household.id == Case.household_id)
            granted = granted.join(Household, Household.id == Case.household_id)
        for stmt, month, outcome_col in ((at_once, Review.review_date, what), (took_effect, Case.closed_on, decided)):
            stmt = stmt.where(*in_village(month)).group_by(_month_key(month), outcome_col)
            for key, outcome, n in s.execute(stmt).all():
                got = by.setdefault(key, {})
                got[outcome] = got.get(outcome, 0) + n
        ended = {CaseStatus.DONE: "new", CaseStatus.REFUSED: "refused", CaseStatus.WITHDRAWN: "withdrawn"}
        for key, status, n in s.execute(
                granted.where(and_(Case.kind == CaseKind.NEW, Case.status.in_(tuple(ended)),
                                   Case.closed_on.between(first, last)), *in_village(Case.closed_on))
                .group_by(_month_key(Case.closed_on), Case.status)).all():
            by.setdefault(key, {})[ended[CaseStatus(status)]] = n
    out = []
    m = first
    while m <= last:
        d = by.get(f"{m:%Y-%m}", {})
        out.append(MonthCounts(m, d.get("new", 0), d.get(ReviewOutcome.KEEP, 0), d.get(ReviewOutcome.CHANGE, 0),
                                 d.get(ReviewOutcome.CANCEL, 0), d.get("refused", 0), d.get("withdrawn", 0),
                                 d.get("exit_end", 0), d.get("work_refused", 0)))
        m = rules.add_months(m, 1)
    return out


def village_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    with uow:
        return [(i, n) for i, n in uow.session.execute(select(Village.id, Village.name).order_by(dialect.code_point(Village.name)))]


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


def export_due_list(uow: UnitOfWork, path: str | Path, *, month: dt.date | None = None, overdue: bool = False,
                    village_id: int | None = None, today: dt.date | None = None) -> int:
    """Write the due (or overdue) list as a workbook (atomically); returns the households written."""
    from dibao_desk.exchange import reviews_xlsx

    today = today or dt.date.today()
    rows = due_list(uow, month=month, overdue=overdue, village_id=village_id, today=today)
    village = dict(village_choices(uow)).get(village_id, "") if village_id is not None else ""
    heading = _heading("overdue" if overdue else "month", rules.first_of_month(month or today), village, today)
    return reviews_xlsx.write_due_list(path, rows, heading)


def export_plan(uow: UnitOfWork, path: str | Path, plan: PlanResult, village: str = "") -> int:
    from dibao_desk.exchange import reviews_xlsx

    q = (plan.start.month - 1) // 3 + 1
    heading = f"{village + ' ' if village else ''}{plan.start.year} 年第 {q} 季度低保复核计划" \
              f"（{plan.working_days} 个工作日，每日约 {plan.per_day} 户）"
    return reviews_xlsx.write_plan(path, plan.rows, heading)


# ---- printing -------------------------------------------------------------------------------

def print_plan(uow: UnitOfWork, out: str | Path, plan: PlanResult, village: str = "",
               today: dt.date | None = None) -> "PrintResult":
    """The quarter's plan as a PDF at ``out`` (written whole or not at all), with what the plan's
    window shows: the title, the summary (households left out, days guessed) and each visit."""
    from dibao_desk import messages
    from dibao_desk.printing import review_lists
    from dibao_desk.services import printing

    today = today or dt.date.today()
    summary = review_lists.PLAN_SUMMARY.format(
        start=plan.start.isoformat(), end=plan.end.isoformat(), count=len(plan.rows), days=plan.working_days,
        per_day=plan.per_day, late=sum(1 for r in plan.rows if r.late))
    filed = sum(1 for r in plan.rows if r.filed)
    if filed:
        summary += review_lists.PLAN_FILED.format(count=filed)
    if plan.left_out:
        summary += "\n" + messages.text(left_out_problem(plan, today))
    if plan.approximate:
        summary += "\n" + messages.text("reviews.plan_approximate")
    lines = [review_lists.PlanLine(r.day, r.village, r.head_name, messages.label("category", r.category), r.due_date,
                                   messages.label("review_rule", r.rule), r.late, r.filed) for r in plan.rows]
    title = review_lists.plan_title(village, plan.start)
    doc = review_lists.plan_document(title, summary, lines)
    path, info = printing.write_atomically(out, lambda tmp: review_lists.render(tmp, doc), uow)
    return printing.PrintResult(path, title, info.pages, len(lines), missing_chars=tuple(info.missing),
                                texts_with_missing=tuple(info.texts_with_missing))


def print_due_list(uow: UnitOfWork, out: str | Path, *, month: dt.date | None = None, overdue: bool = False,
                   village_id: int | None = None, today: dt.date | None = None) -> "PrintResult":
    """The due (or overdue) list as a PDF at ``out`` (written whole or not at all), with what the
    复核 tab shows: the heading, the count by 复核依据 and each household."""
    from dibao_desk import messages
    from dibao_desk.printing import review_lists
    from dibao_desk.services import printing

    today = today or dt.date.today()
    rows = due_list(uow, month=month, overdue=overdue, village_id=village_id, today=today)
    village = dict(village_choices(uow)).get(village_id, "") if village_id is not None else ""
    first = rules.first_of_month(month or today)
    title = _heading("overdue" if overdue else "month", first, village, today)
    if overdue:
        summary = review_lists.DUE_OVERDUE_SUMMARY.format(today=today.isoformat(), count=len(rows))
    else:
        summary = review_lists.DUE_MONTH_SUMMARY.format(year=first.year, month=first.month, count=len(rows))
    by_rule: dict[str, int] = {}
    for r in rows:
        key = "event" if r.rule.startswith(rules.EVENT_RULE_PREFIX) else r.rule
        by_rule[key] = by_rule.get(key, 0) + 1
    if by_rule:
        summary += "（" + "，".join(
            f"{review_lists.EVENT if k == 'event' else messages.label('review_rule_short', k)} {n}"
            for k, n in sorted(by_rule.items(), key=lambda kv: -kv[1])) + "）"
    filed = sum(1 for r in rows if r.filed)
    if filed:
        summary += "\n" + messages.text("reviews.filed_note", count=filed)
    # the households in 渐退 after stable work, which the 复核 tab counts under its list: on
    # paper each row says how far the benefit is paid and when it stops
    from dibao_desk.services.reviews_record import exits

    listed = {r.household_id for r in rows}
    leaving = {e.household_id: e for e in exits(uow, today) if e.household_id in listed}
    if leaving:
        states = [e.state for e in leaving.values()]
        summary += "\n" + review_lists.EXIT_SUMMARY.format(
            count=len(leaving), remind=states.count(ExitState.REMIND), stop=states.count(ExitState.STOPPED))
    notes = {hid: review_lists.exit_note(e.state, e.last_paid_month, e.stop_month) for hid, e in leaving.items()}
    lines = [review_lists.DueLine(r.village, r.head_name, messages.label("hukou_type", r.hukou_type),
                                  messages.label("category", r.category), r.due_date,
                                  messages.label("review_rule", r.rule), r.base_date, r.overdue_days, r.filed,
                                  notes.get(r.household_id, ""))
             for r in rows]
    doc = review_lists.due_document(title, summary, lines)
    path, info = printing.write_atomically(out, lambda tmp: review_lists.render(tmp, doc), uow)
    return printing.PrintResult(path, title, info.pages, len(lines), missing_chars=tuple(info.missing),
                                texts_with_missing=tuple(info.texts_with_missing))
