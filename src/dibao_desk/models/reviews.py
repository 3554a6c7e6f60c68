"""Review rules, each household's next review, recorded reviews, events, employment.

``ReviewSchedule`` holds one row per receiving household with its next review
date and the rule that set it, indexed by date, so the due and overdue lists
are one indexed query. The reviews service keeps it in step; the bulk SQL it runs (the due
lists, the bulk reschedule) is at the end of this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Boolean, Connection, Date, DateTime, ForeignKey, Index, Integer, Select, String, Table, Text, bindparam, delete,
    func, or_, select,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import BindParameter

from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.reviews import ExitState
from dibao_desk.models import dialect
from dibao_desk.models.base import Base, utcnow
from dibao_desk.models.household import Household, IncomeItem, Member
from dibao_desk.models.office import Village


class ReviewRuleSet(Base):
    """One dated set of review figures (like the benefit policy sets)."""

    __tablename__ = "review_rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    elderly_age: Mapped[int] = mapped_column(Integer, default=60)
    # 重残: the disability grades (comma-separated, e.g. "1,2") the half-yearly rule applies to
    severe_disability_grades: Mapped[str] = mapped_column(String(20), default="1,2", server_default="1,2")
    gradual_exit_months: Mapped[int] = mapped_column(Integer, default=6)
    exit_reminder_months: Mapped[int] = mapped_column(Integer, default=2)
    refusal_threshold: Mapped[int] = mapped_column(Integer, default=2)
    refusal_consequence: Mapped[str] = mapped_column(String(20), default="stop")
    refusal_reduce_fen: Mapped[int] = mapped_column(Integer, default=0)
    refusal_reduce_percent: Mapped[int] = mapped_column(Integer, default=0)
    change_needs_notice: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_needs_notice: Mapped[bool] = mapped_column(Boolean, default=True)
    effect_offset_months: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    intervals: Mapped[list["ReviewInterval"]] = relationship(
        back_populates="rule_set", cascade="all, delete-orphan", order_by="ReviewInterval.id")


class ReviewInterval(Base):
    """Months between reviews for one rule of a rule set."""

    __tablename__ = "review_interval"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("review_rule_set.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(20))
    months: Mapped[int] = mapped_column(Integer)

    rule_set: Mapped[ReviewRuleSet] = relationship(back_populates="intervals")


class ReviewSchedule(Base):
    """The next review of one receiving household, and the rule that set it."""

    __tablename__ = "review_schedule"

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), primary_key=True)
    next_review_date: Mapped[dt.date] = mapped_column(Date, index=True)
    next_review_rule: Mapped[str] = mapped_column(String(30))
    months: Mapped[int] = mapped_column(Integer, default=0)
    base_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    applicable: Mapped[str] = mapped_column(String(200), default="")  # rule codes, comma-separated


class Review(Base):
    """A review as recorded: the visit and what it decided."""

    __tablename__ = "review"
    # by date, carrying the outcome: the statistics count reviews by month and outcome from the index alone
    __table_args__ = (Index("ix_review_date_outcome", "review_date", "outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    review_date: Mapped[dt.date] = mapped_column(Date)  # indexed with the outcome (__table_args__)
    visitor: Mapped[str] = mapped_column(String(100))
    findings: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(10))  # keep | change | cancel
    reason: Mapped[str] = mapped_column(Text, default="")
    effective_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    before_category: Mapped[str] = mapped_column(String(12), default="")
    after_category: Mapped[str] = mapped_column(String(12), default="")
    before_fen: Mapped[int] = mapped_column(Integer, default=0)
    after_fen: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # procedure case when on notice
    due_rule: Mapped[str] = mapped_column(String(30), default="")  # the rule that made it due
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReviewEvent(Base):
    """Something that makes a review due at once (death, moving away, complaint, cross-check)."""

    __tablename__ = "review_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="SET NULL"), nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_review_event_open", "household_id", "resolved_by"),)


class EmploymentEvent(Base):
    """Stable work gained by a member: the benefit continues for some months, then stops (渐退)."""

    __tablename__ = "review_employment"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    member_name: Mapped[str] = mapped_column(String(50), default="")
    gained_on: Mapped[dt.date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(Text, default="")
    last_paid_month: Mapped[dt.date] = mapped_column(Date)
    stop_month: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default=ExitState.RUNNING)  # running | stopped | withdrawn
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class WorkRefusal(Base):
    """A work-capable member refused offered work: the date and the offer."""

    __tablename__ = "review_work_refusal"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    member_name: Mapped[str] = mapped_column(String(50), default="")
    on: Mapped[dt.date] = mapped_column(Date)
    offer: Mapped[str] = mapped_column(Text)
    acted: Mapped[bool] = mapped_column(Boolean, default=False)  # counted in a decision already
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IncomeStable(Base):
    """The office judged a household's income 短期内变化不大 (seed 001): it is reviewed on the
    ``stable_income`` interval in place of its class interval, until a review says otherwise."""

    __tablename__ = "review_income_stable"

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), primary_key=True)
    marked_on: Mapped[dt.date] = mapped_column(Date)
    marked_by: Mapped[str] = mapped_column(String(50), default="")
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="SET NULL"), nullable=True)


# ---- bulk SQL ------------------------------------------------------------------------------
# The due and overdue lists (one indexed read, straight from the driver) and what the bulk
# reschedule reads and writes; a schema change is made here, not in the services.

def _due_statement(overdue: bool, by_village: bool) -> Select:
    S, H = ReviewSchedule.__table__, Household.__table__
    stmt = (select(S.c.household_id, H.c.village_id, H.c.head_name, H.c.head_id_number, H.c.hukou_type,
                   H.c.category, S.c.next_review_date, S.c.next_review_rule, S.c.months, S.c.base_date)
            .select_from(S.join(H, H.c.id == S.c.household_id))
            .where(H.c.status == bindparam("status")))
    if overdue:
        stmt = stmt.where(S.c.next_review_date < bindparam("before"))
    else:
        stmt = stmt.where(S.c.next_review_date.between(bindparam("first"), bindparam("last")))
    if by_village:
        stmt = stmt.where(H.c.village_id == bindparam("village_id"))
    return stmt.order_by(S.c.next_review_date, H.c.head_sort_key, H.c.id)


def due_rows(conn: Connection, *, first: dt.date | None = None, last: dt.date | None = None,
             before: dt.date | None = None, village_id: int | None = None) -> list[tuple]:
    """(household, village id, head, head's ID number, hukou, class, next review, rule, months,
    base date) of the receiving households due between ``first`` and ``last``, or before
    ``before``; by due date, then head. Dates come as the driver gives them (text on SQLite)."""
    overdue = before is not None
    params: dict[str, object] = {"status": HouseholdStatus.RECEIVING}
    if overdue:
        assert before is not None
        params["before"] = before.isoformat()
    else:
        assert first is not None and last is not None
        params["first"], params["last"] = first.isoformat(), last.isoformat()
    if village_id is not None:
        params["village_id"] = village_id
    return dialect.cached_driver_rows(conn, ("review_due", overdue, village_id is not None),
                                      lambda: _due_statement(overdue, village_id is not None), params)


def village_names(conn: Connection) -> dict[int, str]:
    V = Village.__table__
    return dict(dialect.cached_driver_rows(conn, "village_names", lambda: select(V.c.id, V.c.name), {}))


def _receiving_scope(only_missing: bool, ids: Sequence[int] | None = None, not_urban: bool = False) -> Select:
    S, H = ReviewSchedule.__table__, Household.__table__
    scope = select(H.c.id).where(H.c.status == HouseholdStatus.RECEIVING)
    if not_urban:  # the households a rural standard raise can make due (domain.reviews.raise_due)
        scope = scope.where(or_(H.c.hukou_type.is_(None), H.c.hukou_type != "urban"))
    if only_missing:
        scope = scope.where(H.c.id.not_in(select(S.c.household_id)))
    if ids is not None:
        scope = scope.where(H.c.id.in_(list(ids)))
    return scope


class ScheduleInputs(NamedTuple):
    """What the bulk reschedule reads, as driver rows (dates as text on SQLite)."""

    households: list[tuple]  # (id, class, hukou, benefit start, last review date, registered at), by id
    members: list[tuple]  # (household, birth date, relation, disability grade, serious illness, work capacity, employment)
    income_kinds: list[tuple]  # (household, kind) of incomes above zero
    open_events: list[tuple]  # (household, kind, on, recorded at) not resolved by a review
    stable_income: list[int]  # households whose income is judged stable
    exits: list[tuple]  # (household, first last-paid month) of running gradual exits


def schedule_inputs(conn: Connection, only_missing: bool = False,
                    ids: Sequence[int] | None = None, not_urban: bool = False) -> ScheduleInputs:
    """The facts of every receiving household (``only_missing``: of those without a schedule
    row yet; ``ids``: of those among these households, a chunk of a few hundred, as they go
    into one ``IN`` list; ``not_urban``: of those not on urban hukou) that its next review
    depends on."""
    H, M, I = Household.__table__, Member.__table__, IncomeItem.__table__
    R, E, T, J = Review.__table__, ReviewEvent.__table__, IncomeStable.__table__, EmploymentEvent.__table__
    scope = _receiving_scope(only_missing, ids, not_urban)
    last_review = select(func.max(R.c.review_date)).where(R.c.household_id == H.c.id).scalar_subquery()
    households = dialect.driver_rows(conn, select(
        H.c.id, H.c.category, H.c.hukou_type, H.c.benefit_start, last_review, H.c.created_at)
        .where(H.c.id.in_(scope)).order_by(H.c.id))
    if not households:
        return ScheduleInputs([], [], [], [], [], [])
    members = dialect.driver_rows(conn, select(
        M.c.household_id, M.c.birth_date, M.c.relation, M.c.disability_grade, M.c.serious_illness,
        M.c.work_capacity, M.c.employment).where(M.c.household_id.in_(scope)))
    kinds = dialect.driver_rows(conn, select(I.c.household_id, I.c.kind).distinct()
                                .where(I.c.amount_fen > 0, I.c.household_id.in_(scope)))
    events_q = select(E.c.household_id, E.c.kind, E.c.on, E.c.recorded_at).where(E.c.resolved_by.is_(None))
    stable_q = select(T.c.household_id)
    exits_q = (select(J.c.household_id, func.min(J.c.last_paid_month))
               .where(J.c.status == ExitState.RUNNING).group_by(J.c.household_id))
    if ids is not None:  # a chunk: only its households' rows (the whole store: every row, one scan each)
        events_q = events_q.where(E.c.household_id.in_(scope))
        stable_q = stable_q.where(T.c.household_id.in_(scope))
        exits_q = exits_q.where(J.c.household_id.in_(scope))
    events = dialect.driver_rows(conn, events_q)
    stable = [hid for (hid,) in dialect.driver_rows(conn, stable_q)]
    exits = dialect.driver_rows(conn, exits_q)
    return ScheduleInputs(households, members, kinds, events, stable, exits)


SCHEDULE_COLUMNS = ("household_id", "next_review_date", "next_review_rule", "months", "base_date", "applicable")


def write_schedules(conn: Connection, rows: list[tuple], *, replace_all: bool) -> None:
    """Store schedule rows (tuples in SCHEDULE_COLUMNS' order, dates as ISO text), replacing a
    household's row; ``replace_all`` first drops every row (households no longer receiving)."""
    S = ReviewSchedule.__table__
    if replace_all:
        conn.execute(delete(S))
    if rows:
        dialect.cursor_executemany(conn, dialect.insert_or_replace(conn, S.name, SCHEDULE_COLUMNS,
                                                                   ("household_id",)), rows)


def drop_schedules_not_receiving(conn: Connection, ids: Sequence[int]) -> None:
    """Drop the schedule rows of the households of ``ids`` (a chunk) that are not receiving."""
    S, H = ReviewSchedule.__table__, Household.__table__
    conn.execute(delete(S).where(S.c.household_id.in_(list(ids)),
                                 S.c.household_id.not_in(select(H.c.id).where(
                                     H.c.id.in_(list(ids)), H.c.status == HouseholdStatus.RECEIVING))))


def missing_schedule_count(conn: Connection) -> int:
    """Receiving households without a schedule row."""
    return conn.execute(select(func.count()).select_from(_receiving_scope(True).subquery())).scalar() or 0


def raise_candidates(conn: Connection, start: dt.date, due: dt.date, exit_rule: str,
                     event_prefix: str) -> list[tuple]:
    """(household, registered at, reviewed in its present spell) of the receiving households not
    on urban hukou whose schedule row a rural standard raise from ``start``, due on ``due``, moves
    earlier: not reviewed since before ``start`` (base date), due after ``due`` (or on it by a
    gradual exit, which a raise on the same day precedes), and not due for an open event (which
    always comes first). Registered at and reviewed as the driver gives them."""
    S, H, R = ReviewSchedule.__table__, Household.__table__, Review.__table__
    reviewed = (select(R.c.id).where(R.c.household_id == H.c.id,
                                     or_(H.c.benefit_start.is_(None), R.c.review_date >= H.c.benefit_start))
                .exists())
    # typed as the columns (PostgreSQL casts the ISO text to a date; SQLite compares the text)
    day: BindParameter[Any] = bindparam("due", due.isoformat(), type_=cast(Any, Date))
    since: BindParameter[Any] = bindparam("start", start.isoformat(), type_=cast(Any, Date))
    stmt = (select(S.c.household_id, H.c.created_at, reviewed)
            .select_from(S.join(H, H.c.id == S.c.household_id))
            .where(H.c.status == HouseholdStatus.RECEIVING,
                   or_(H.c.hukou_type.is_(None), H.c.hukou_type != "urban"),
                   or_(S.c.base_date.is_(None), S.c.base_date < since),
                   or_(S.c.next_review_date > day,
                       (S.c.next_review_date == day) & (S.c.next_review_rule == exit_rule)),
                   S.c.next_review_rule.not_like(event_prefix + "%"))
            .order_by(S.c.household_id))
    return dialect.driver_rows(conn, stmt)


def mark_due(conn: Connection, ids: Sequence[int], due: dt.date, rule: str) -> None:
    """Make the schedule rows of ``ids`` due on ``due`` by ``rule`` (no interval: a one-off)."""
    if ids:
        dialect.cursor_executemany(conn, "UPDATE review_schedule SET next_review_date = ?, next_review_rule = ?, "
                                         "months = 0 WHERE household_id = ?",
                                   [(due.isoformat(), rule, hid) for hid in ids])
