"""The benefit ledger and the proposals that write it; the ledger's bulk SQL.

A household's ledger is stored as periods: a run of equal months from ``first_month``
to ``last_month`` (NULL: open-ended), each set by one ``LedgerDecision``. A month's
figures are the periods covering it, one indexed query. Corrections to months already
paid are ``LedgerAdjustment`` rows (补发 / 追回) booked in the month decided.

The functions at the end are the ledger's fast SQL (SQLAlchemy Core over a
Connection or Session), kept here so services never spell table names.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from contextlib import contextmanager

from sqlalchemy import (
    Column, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text, and_, bindparam, delete,
    case, cast, func, insert, literal, null, or_, select, update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import ColumnElement

from dibao_desk.domain import ledger as rules
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.ledger import LedgerStatus, MonthValue, Period, ProposalStatus
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.domain.reviews import ExitState, ReviewOutcome
from dibao_desk.domain.procedure_steps import GrantData
from dibao_desk.models import audit
from dibao_desk.models.base import Base, Timestamped, utcnow
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.procedure  # noqa: F401
from dibao_desk.models.household import Household


class LedgerDecision(Base):
    """A decision that set ledger months: a granted case or proposal, a policy batch,
    or the ledger's first build from the store's history."""

    __tablename__ = "ledger_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.ledger.DecisionKind
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), nullable=True, index=True)  # None: a batch
    proposal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    review_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    policy_set_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    effective_month: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LedgerPeriod(Base):
    __tablename__ = "ledger_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    first_month: Mapped[dt.date] = mapped_column(Date)
    last_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(14))  # domain.ledger.LedgerStatus
    category: Mapped[str] = mapped_column(String(12), default="")
    covered: Mapped[int] = mapped_column(Integer, default=0)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    supplement_fen: Mapped[int] = mapped_column(Integer, default=0)  # 分类施保 / 加发 part
    decision_id: Mapped[int] = mapped_column(ForeignKey("ledger_decision.id"), index=True)

    __table_args__ = (Index("ix_ledger_period_household", "household_id", "first_month"),
                      Index("ix_ledger_period_months", "first_month", "last_month"))


class LedgerAdjustment(Base):
    """补发 (amount > 0) or 追回 (amount < 0) for months already paid, booked in ``month``."""

    __tablename__ = "ledger_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    month: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # domain.ledger.AdjustmentKind
    amount_fen: Mapped[int] = mapped_column(Integer)
    first_month: Mapped[dt.date] = mapped_column(Date)
    last_month: Mapped[dt.date] = mapped_column(Date)
    decision_id: Mapped[int] = mapped_column(ForeignKey("ledger_decision.id"), index=True)


class LedgerPaidMonth(Base):
    """A month whose payment roster went out: its ledger months are history."""

    __tablename__ = "ledger_paid_month"

    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    marked_on: Mapped[dt.date] = mapped_column(Date)
    marked_by: Mapped[str] = mapped_column(String(50), default="")
    source: Mapped[str] = mapped_column(String(60), default="")


class Proposal(Timestamped, Base):
    """A proposed change to the money. A proposal for one household runs through the
    procedure as a change or cancellation case (``case_id``); a batch (a new standard)
    records its steps in ``ProposalStep``. Only its grant writes the ledger."""

    __tablename__ = "proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.ledger.ProposalKind
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), nullable=True, index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedure_case.id", ondelete="SET NULL"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(10), default=ProposalStatus.OPEN, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(60), default="")  # e.g. "review:12"
    effective_month: Mapped[dt.date] = mapped_column(Date)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    flow: Mapped[str] = mapped_column(String(40), default="")
    next_step: Mapped[int] = mapped_column(Integer, default=0)  # batches; 0 when closed
    policy_set_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_decision.id"), nullable=True)
    items_count: Mapped[int] = mapped_column(Integer, default=0)


class ProposalItem(Base):
    """One household of a proposal: its values before and as proposed."""

    __tablename__ = "proposal_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    before_category: Mapped[str] = mapped_column(String(12), default="")
    before_fen: Mapped[int] = mapped_column(Integer, default=0)
    after_status: Mapped[str] = mapped_column(String(14))
    after_category: Mapped[str] = mapped_column(String(12), default="")
    after_covered: Mapped[int] = mapped_column(Integer, default=0)
    after_fen: Mapped[int] = mapped_column(Integer, default=0)
    after_supplement_fen: Mapped[int] = mapped_column(Integer, default=0)


class ProposalStep(Base):
    """A step of a batch proposal, as recorded (a proposal for one household uses its case)."""

    __tablename__ = "proposal_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    window_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    person: Mapped[str] = mapped_column(String(50), default="")
    result: Mapped[str] = mapped_column(String(10), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ---- bulk SQL ----------------------------------------------------------------------------

P = LedgerPeriod.__table__
A = LedgerAdjustment.__table__
D = LedgerDecision.__table__
H = Household.__table__
PAID = LedgerPaidMonth.__table__


def insert_many(conn, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert many rows through the driver's own executemany: for tens of thousands of rows
    SQLAlchemy's per-row parameter processing costs more than the insert itself."""
    if not rows:
        return
    placeholder = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(conn.dialect.paramstyle)
    if placeholder is None:
        conn.execute(insert(table), [dict(zip(columns, r)) for r in rows])
        return
    if conn.dialect.name == "sqlite":  # dates as SQLAlchemy stores them there: ISO text
        rows = _sqlite_dates(rows)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))})"
    conn.exec_driver_sql(sql, rows)


def _sqlite_dates(rows: list[tuple], sep: str = "T") -> list[tuple]:
    """Rows with their dates (and datetimes, ``sep`` between date and time) as the ISO text
    SQLAlchemy stores in SQLite. A column holds one type (or None): the columns holding
    dates are found by their first value that is not None, and only those are converted,
    column by column (a batch writes tens of thousands of rows)."""
    columns: list[Sequence[Any]] = list(zip(*rows))
    found = False
    for k, column in enumerate(columns):
        first = next((v for v in column if v is not None), None)
        if isinstance(first, dt.datetime):
            columns[k] = [None if v is None else v.isoformat(sep) for v in column]
            found = True
        elif isinstance(first, dt.date):
            columns[k] = [None if v is None else v.isoformat() for v in column]
            found = True
    return list(zip(*columns)) if found else rows


def update_many(conn, table, columns: tuple[str, ...], key: str, rows: list[tuple]) -> None:
    """UPDATE table SET columns WHERE key = ..., one row of (values..., key) each, as insert_many."""
    if not rows:
        return
    placeholder = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(conn.dialect.paramstyle)
    if placeholder is None:
        conn.execute(update(table).where(table.c[key] == bindparam("_key")).values(
            {c: bindparam(c) for c in columns}), [dict(zip((*columns, "_key"), r)) for r in rows])
        return
    if conn.dialect.name == "sqlite":
        rows = _sqlite_dates(rows, " ")
    sets = ", ".join(f"{c} = {placeholder}" for c in columns)
    conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE {key} = {placeholder}", rows)


PERIOD_COLUMNS = ("household_id", "first_month", "last_month", "status", "category", "covered", "amount_fen",
                  "supplement_fen", "decision_id")


def covering(month: dt.date):
    """Periods that cover ``month``."""
    return and_(P.c.first_month <= month, or_(P.c.last_month.is_(None), P.c.last_month >= month))


def covering_all(month: dt.date):
    """``covering`` for a read of the whole ledger (a month's totals, every household's
    value). Nearly every period starts before the month asked for, so the months index
    (first_month <= month) selects almost all rows and then fetches each one: a plain
    scan is three times faster. Written through COALESCE (first_month is never NULL, so
    it means the same) so that SQLite does not take that index; portable SQL."""
    return and_(func.coalesce(P.c.first_month, month) <= month,
                or_(P.c.last_month.is_(None), P.c.last_month >= month))


def month_totals(conn, month: dt.date, village_id: int | None = None) -> list[tuple]:
    """(status, category, hukou_type, households, persons, amount, supplement, households at
    0 元) of the paid periods covering ``month``, grouped. A household 在保 on the books at
    0 元 (re-assessed over the standard, its cancellation not decided yet) is listed apart on
    the roster and not paid."""
    zero = func.sum(case((P.c.amount_fen <= 0, 1), else_=0))
    stmt = (select(P.c.status, P.c.category, H.c.hukou_type, func.count(), func.sum(P.c.covered),
                   func.sum(P.c.amount_fen), func.sum(P.c.supplement_fen), zero)
            .select_from(P.join(H, H.c.id == P.c.household_id))
            .where(covering_all(month), P.c.status.in_([s.value for s in rules.PAID_STATUSES]))
            .group_by(P.c.status, P.c.category, H.c.hukou_type))
    if village_id is not None:
        stmt = stmt.where(H.c.village_id == village_id)
    return [tuple(r) for r in conn.execute(stmt).all()]


def adjustment_totals(conn, month: dt.date, village_id: int | None = None) -> list[tuple]:
    """(kind, entries, amount) booked in ``month``."""
    stmt = (select(A.c.kind, func.count(), func.sum(A.c.amount_fen))
            .select_from(A.join(H, H.c.id == A.c.household_id))
            .where(A.c.month == month).group_by(A.c.kind))
    if village_id is not None:
        stmt = stmt.where(H.c.village_id == village_id)
    return [tuple(r) for r in conn.execute(stmt).all()]


def adjustments_by_household(conn, first: dt.date, last: dt.date) -> dict[int, int]:
    rows = conn.execute(select(A.c.household_id, func.sum(A.c.amount_fen))
                        .where(A.c.month.between(first, last)).group_by(A.c.household_id)).all()
    return {h: a for h, a in rows}


def month_values(conn, month: dt.date, household_ids: Iterable[int] | None = None) -> dict[int, MonthValue]:
    """Each household's ledger month (paid or not) for ``month``."""
    stmt = select(P.c.household_id, P.c.status, P.c.category, P.c.covered, P.c.amount_fen,
                  P.c.supplement_fen)
    out = {}
    if household_ids is None:
        rows = conn.execute(stmt.where(covering_all(month))).all()
    else:
        ids = list(household_ids)
        rows = []
        for i in range(0, len(ids), 900):
            rows += conn.execute(stmt.where(covering(month), P.c.household_id.in_(ids[i:i + 900]))).all()
    statuses = {s.value: s for s in LedgerStatus}
    for hid, status, category, covered, amount, supplement in rows:
        out[hid] = MonthValue(statuses[status], category, covered, amount, supplement)
    return out


def households_in_status(conn, month: dt.date, status: LedgerStatus) -> set[int]:
    """The households whose ledger month ``month`` has ``status`` (e.g. the few in 渐退 among
    a batch of thousands: cheaper than every household's month value)."""
    return set(conn.execute(select(P.c.household_id).where(covering_all(month), P.c.status == status.value)).scalars())


def _decision_cols():
    return [c.label(f"d_{c.name}") for c in D.c]


def _split(row) -> tuple[dict, dict]:
    m = dict(row._mapping)
    own = {k: v for k, v in m.items() if not k.startswith("d_")}
    dec = {k[2:]: v for k, v in m.items() if k.startswith("d_")}
    return own, dec


def periods_of(conn, household_id: int) -> list[tuple[dict, dict]]:
    """(period, its decision) of one household, oldest first, as column dicts."""
    stmt = (select(*P.c, *_decision_cols()).join(D, D.c.id == P.c.decision_id)
            .where(P.c.household_id == household_id).order_by(P.c.first_month))
    return [_split(r) for r in conn.execute(stmt)]


def adjustments_of(conn, household_id: int) -> list[tuple[dict, dict]]:
    stmt = (select(*A.c, *_decision_cols()).join(D, D.c.id == A.c.decision_id)
            .where(A.c.household_id == household_id).order_by(A.c.month, A.c.id))
    return [_split(r) for r in conn.execute(stmt)]


def latest_values(conn) -> dict[int, tuple[dt.date, MonthValue]]:
    """Each household's last period (open-ended or latest): first month and value."""
    latest = (select(P.c.household_id, func.max(P.c.first_month).label("m"))
              .group_by(P.c.household_id).subquery())
    stmt = (select(P.c.household_id, P.c.first_month, P.c.status, P.c.category, P.c.covered, P.c.amount_fen,
                   P.c.supplement_fen)
            .join(latest, and_(latest.c.household_id == P.c.household_id, latest.c.m == P.c.first_month)))
    return {r[0]: (r[1], MonthValue(LedgerStatus(r[2]), r[3], r[4], r[5], r[6])) for r in conn.execute(stmt)}


def households_with_ledger(conn) -> set[int]:
    return set(conn.execute(select(P.c.household_id).distinct()).scalars())


def claim(conn) -> None:
    """Wait for the right to book decisions or mark months paid (PostgreSQL; a no-op on SQLite).

    A roster's sign-off marks its months paid; a decision reads which months are paid (what it
    changes in them becomes 补发/追回) and writes the others. Both take this lock before they
    read, so a roster signed while a decision reaching back is booked waits for it (and finds
    the ledger changed since the roster was made), or the decision waits for the roster (and
    books the months it paid as adjustments). It is the audit chain's lock, which every writer
    takes at its first audit row and holds to its commit: one lock, taken in one order, cannot
    deadlock against the other."""
    audit.claim(conn)


def paid_through(conn, today: dt.date) -> dt.date:
    marked = conn.execute(select(func.max(PAID.c.month))).scalar()
    default = rules.default_paid_through(today)
    return max(default, marked) if marked is not None else default


def set_household_amounts(conn, rows: list[tuple[int, str, int]]) -> None:
    """(amount, class, household id) for each household a batch decision changed."""
    now = utcnow()
    update_many(conn, H, ("monthly_benefit_fen", "category", "updated_at"), "id",
                [(a, c, now, h) for a, c, h in rows])


def add_decision(conn, **values) -> int:
    values.setdefault("recorded_at", utcnow())
    return conn.execute(insert(D).values(**values)).inserted_primary_key[0]


def _periods_in(conn, ids: list[int], since: dt.date) -> dict[int, list[Period]]:
    out: dict[int, list[Period]] = {}
    stmt = select(P.c.household_id, P.c.first_month, P.c.last_month, P.c.status, P.c.category, P.c.covered,
                  P.c.amount_fen, P.c.supplement_fen).where(
        or_(P.c.last_month.is_(None), P.c.last_month >= since))
    for i in range(0, len(ids), 900):
        for r in conn.execute(stmt.where(P.c.household_id.in_(ids[i:i + 900]))):
            out.setdefault(r[0], []).append(
                Period(r[1], r[2], MonthValue(LedgerStatus(r[3]), r[4], r[5], r[6], r[7])))
    return out


def _adjustments_in(conn, ids: list[int]) -> dict[int, list[tuple[dt.date, dt.date, int]]]:
    """Each household's 补发/追回 entries, in the order booked: (first month, last month,
    amount). All of them: an entry for months before a decision's can still share months
    with a later one reaching into the decision's."""
    out: dict[int, list[tuple[dt.date, dt.date, int]]] = {}
    stmt = (select(A.c.household_id, A.c.first_month, A.c.last_month, A.c.amount_fen)
            .order_by(A.c.id))
    for i in range(0, len(ids), 900):
        for hid, first, last, amount in conn.execute(stmt.where(A.c.household_id.in_(ids[i:i + 900]))):
            out.setdefault(hid, []).append((first, last, amount))
    return out


_ID_TABLE_FROM = 4 * 900  # ids in a write from which a temporary table beats IN lists
_IDS = Table("ledger_write_ids", MetaData(), Column("household_id", Integer, primary_key=True),
             prefixes=["TEMPORARY"])


@contextmanager
def _id_table(conn, ids: list[int]):
    """A temporary one-column table holding ``ids`` for the statements inside; yields a
    SELECT of them (for ``in_``). Portable SQL: CREATE TEMPORARY TABLE, as PostgreSQL has too."""
    _IDS.create(conn, checkfirst=False)
    try:
        insert_many(conn, _IDS, ("household_id",), [(i,) for i in ids])
        yield select(_IDS.c.household_id)
    finally:
        _IDS.drop(conn, checkfirst=False)


def later_decisions(conn: Connection, month: dt.date) -> dict[int, dt.date]:
    """Households whose ledger has a run of months starting after ``month`` (a decision
    dated later than it), each with the first such month."""
    return {hid: first for hid, first in conn.execute(
        select(P.c.household_id, func.min(P.c.first_month)).where(P.c.first_month > month)
        .group_by(P.c.household_id))}


def write(conn: Connection, decision_id: int, effective: dt.date, values: Mapping[int, MonthValue],
          paid_through_month: dt.date, booked_month: dt.date,
          until: Mapping[int, dt.date] | None = None) -> dict[int, int]:
    """Write each household's new value from ``effective``: unpaid months are replaced,
    each paid month's difference is booked as one 补发/追回 in ``booked_month``. A household
    in ``until`` gets the value only through the month given there (a later decision of
    its own holds the months after, and keeps them). Returns the adjustment per household
    (only those with one)."""
    if not values:
        return {}
    until = {hid: rules.month_of(m) for hid, m in (until or {}).items() if hid in values}
    effective = rules.month_of(effective)
    start = max(effective, rules.add_months(paid_through_month, 1))
    adjustments: dict[int, int] = {}
    if effective <= paid_through_month:
        # what earlier decisions booked for these months counts as paid: a second decision
        # reaching back recovers (or pays) from what the first made the months, not from
        # the months' own values
        booked = _adjustments_in(conn, list(values))
        existing = _periods_in(conn, list(values), effective)
        earlier = [a[0] for entries in booked.values() for a in entries if a[0] < effective]
        if earlier:  # the few with an entry reaching further back: their periods from there
            existing.update(_periods_in(conn, [h for h, entries in booked.items()
                                               if any(a[0] < effective for a in entries)], min(earlier)))
        rows = []
        for hid, value in values.items():
            last = until.get(hid)
            periods = existing.get(hid, [])
            extra = rules.booked_extra(periods, booked[hid]) if hid in booked else None
            rw = rules.rewrite(periods, effective, value, paid_through_month, last, extra)
            if rw.adjustment_fen:
                adjustments[hid] = rw.adjustment_fen
                rows.append({"household_id": hid, "month": booked_month,
                             "kind": rules.adjustment_kind(rw.adjustment_fen).value,
                             "amount_fen": rw.adjustment_fen, "first_month": effective,
                             "last_month": rw.adjusted_months[-1], "decision_id": decision_id})
        if rows:
            conn.execute(insert(A), rows)
    for hid, last in until.items():
        if start <= last:
            _write_between(conn, decision_id, hid, start, last, values[hid])
    values = {hid: v for hid, v in values.items() if hid not in until}
    if not values:
        return adjustments
    ids = list(values)
    prev = rules.add_months(start, -1)
    if len(ids) > _ID_TABLE_FROM:
        # A batch (a standard raise: tens of thousands of households): the ids go into a
        # temporary table once, and one DELETE and one UPDATE read them from there, instead
        # of two statements per 900 ids.
        with _id_table(conn, ids) as chosen:
            conn.execute(delete(P).where(P.c.household_id.in_(chosen), P.c.first_month >= start))
            conn.execute(update(P).where(P.c.household_id.in_(chosen), P.c.first_month < start,
                                         or_(P.c.last_month.is_(None), P.c.last_month >= start))
                         .values(last_month=prev))
    for i in range(0, len(ids) if len(ids) <= _ID_TABLE_FROM else 0, 900):
        chunk = ids[i:i + 900]
        conn.execute(delete(P).where(P.c.household_id.in_(chunk), P.c.first_month >= start))
        conn.execute(update(P).where(P.c.household_id.in_(chunk), P.c.first_month < start,
                                     or_(P.c.last_month.is_(None), P.c.last_month >= start))
                     .values(last_month=prev))
    insert_many(conn, P, PERIOD_COLUMNS, [
        (hid, start, None, v.status.value, v.category, v.covered, v.amount_fen, v.supplement_fen, decision_id)
        for hid, v in values.items()])
    return adjustments


def _write_between(conn: Connection, decision_id: int, household_id: int, first: dt.date, last: dt.date,
                   value: MonthValue) -> None:
    """One household's months ``first``..``last`` set to ``value``; the runs before and
    after them keep their own values and decisions (cut where they reach into them)."""
    mine = P.c.household_id == household_id
    before = rules.add_months(first, -1)
    after = rules.add_months(last, 1)
    for row in conn.execute(select(*P.c).where(mine, P.c.first_month < first,
                                               or_(P.c.last_month.is_(None), P.c.last_month >= first))).all():
        if row.last_month is None or row.last_month > last:  # it runs on past ``last``: keep its tail
            conn.execute(insert(P).values({c: row._mapping[c] for c in PERIOD_COLUMNS} | {"first_month": after}))
        conn.execute(update(P).where(P.c.id == row.id).values(last_month=before))
    inside = and_(mine, P.c.first_month >= first, P.c.first_month <= last)
    conn.execute(update(P).where(inside, or_(P.c.last_month.is_(None), P.c.last_month > last))
                 .values(first_month=after))
    conn.execute(delete(P).where(inside))
    conn.execute(insert(P).values(household_id=household_id, first_month=first, last_month=last,
                                  status=value.status.value, category=value.category, covered=value.covered,
                                  amount_fen=value.amount_fen, supplement_fen=value.supplement_fen,
                                  decision_id=decision_id))


# ---- the first build, from what the store holds ----------------------------------------

_HOUSEHOLD_STATUS = {HouseholdStatus.RECEIVING: LedgerStatus.RECEIVING,
                     HouseholdStatus.SUSPENDED: LedgerStatus.SUSPENDED,
                     HouseholdStatus.CANCELLED: LedgerStatus.CANCELLED}


def _unbuilt() -> ColumnElement[bool]:
    """The households ``build_from_history`` builds: receiving, suspended or with a start
    month, and no ledger yet."""
    return (H.c.benefit_start.is_not(None) | H.c.status.in_((HouseholdStatus.RECEIVING, HouseholdStatus.SUSPENDED))) & ~(
        select(P.c.id).where(P.c.household_id == H.c.id).exists())


def unbuilt_exists(conn: Connection) -> bool:
    """Does some household wait for ``build_from_history`` (has no ledger yet)?"""
    return conn.execute(select(H.c.id).where(_unbuilt()).limit(1)).first() is not None


def add_history_decision(conn: Connection, today: dt.date) -> int:
    """The decision a ledger built from the store's history names (``build_from_history``)."""
    return add_decision(conn, kind=rules.DecisionKind.HISTORY.value, effective_month=rules.month_of(today),
                        decided_on=today, approved_by="", note="ledger built from the store's history",
                        recorded_by="")


def plain_periods(households: Iterable[tuple[int, str | None, str, int, int]], fallback: dt.date, history: int,
                  method_is_class: bool) -> list[tuple[Any, ...]]:
    """The one open period (PERIOD_COLUMNS) of each receiving household with no history, as
    ``build_from_history`` writes it (``_insert_plain``), for a bulk writer that hands rows to
    the driver as they are (dates as SQLite's text): each household is (id, its start as
    ISO text or None, class, persons covered, amount); its period runs from the month of its
    start, else of ``fallback`` (the day of its last change), at its class, persons covered
    and amount (all of it the supplement part under a class-based policy)."""
    since = rules.month_of(fallback).isoformat()
    receiving = LedgerStatus.RECEIVING.value
    return [(hid, f"{start[:7]}-01" if start else since, None, receiving, category, covered, amount,
             amount if method_is_class else 0, history) for hid, start, category, covered, amount in households]


def build_from_history(conn, today: dt.date, method_is_class: bool = False, history: int | None = None) -> int:
    """Build every household's ledger from what the store holds: the start month, the
    changes reviews applied directly (with their effective month), the grants of cases
    (start month, class, amount), stable work (渐退) and the current status and amount.
    The last period always agrees with the household as it stands. Returns the periods
    written. Only households without a ledger yet are built.

    A receiving household with no history (no change a review applied, no case done, no
    stable work: a roster's, say) has one open period from its start month at its class and
    amount: those are written by one INSERT ... SELECT. The others are built here in Python.

    ``history``: the HISTORY decision (``add_history_decision``) to name, made already in the
    transaction by a writer that wrote some households' plain periods itself (the roster
    import: ``plain_periods``); the periods naming it count as written here too."""
    unbuilt = _unbuilt()
    if conn.execute(select(H.c.id).where(unbuilt).limit(1)).first() is None:
        if history is None:
            return 0
        return conn.execute(select(func.count()).select_from(P).where(P.c.decision_id == history)).scalar_one()
    if history is None:
        history = add_history_decision(conn, today)
    plain = _insert_plain(conn, unbuilt, today, history, method_is_class)
    homes = conn.execute(select(
        H.c.id, H.c.status, H.c.category, H.c.monthly_benefit_fen, H.c.covered_count, H.c.benefit_start,
        H.c.updated_at).where(unbuilt)).all()
    if not homes:
        return plain
    wanted = {r[0] for r in homes}
    text_reviews, text_grants, text_exits = _reads()
    events: dict[int, list[tuple]] = {}  # hid -> (month, order, before (cat, fen) | None, value, source)
    review_cancel, case_cancel, case_new = ReviewOutcome.CANCEL, CaseKind.CANCEL, CaseKind.NEW  # once, not per row
    for hid, month, outcome, bc, bf, ac, af, rid in conn.execute(text_reviews):
        if hid in wanted and month is not None:
            status = LedgerStatus.CANCELLED if outcome == review_cancel else None
            events.setdefault(hid, []).append((month, 1, (bc, bf), (status, ac, af), ("review", rid)))
    for hid, kind, data, cid in conn.execute(text_grants):
        if hid not in wanted:
            continue
        g = GrantData.parse(json.loads(data or "{}"))  # step 10's fields, as the case page reads them
        if g.start_month is None:
            continue
        status = LedgerStatus.CANCELLED if kind == case_cancel else None
        events.setdefault(hid, []).append(
            (g.start_month, 0 if kind == case_new else 1, None, (status, g.category, g.monthly_fen or 0), ("case", cid)))
    exits: dict[int, tuple[dt.date, dt.date]] = {}
    for hid, gained, last in conn.execute(text_exits):
        if hid in wanted:
            exits[hid] = (rules.month_of(_date(gained)), _date(last))

    decisions: dict[tuple, int] = {}
    rows = []
    for hid, status, category, fen, covered, start, updated in homes:
        current_status = _HOUSEHOLD_STATUS.get(status, LedgerStatus.CANCELLED)
        evs = sorted(events.get(hid, ()), key=lambda e: (e[0], e[1]))
        start_month = rules.month_of(_date(start)) if start else None
        if start_month is None:
            start_month = evs[0][0] if evs else rules.month_of(_date(updated) if updated else today)
        first_before = next((e[2] for e in evs if e[2] is not None), None)
        cat, amount = (first_before if first_before else (category, fen))
        if current_status is LedgerStatus.CANCELLED and not first_before:
            cat, amount = category or cat, fen
        timeline: list[tuple[dt.date, LedgerStatus, str, int, int]] = [
            (start_month, LedgerStatus.RECEIVING, cat, amount, history)]
        for month, _order, _before, (st, c, f), source in evs:
            did = decisions.get(source)
            if did is None:
                kind = rules.DecisionKind.CANCEL if st is LedgerStatus.CANCELLED else rules.DecisionKind.CHANGE
                if source[0] == "case" and _order == 0:
                    kind = rules.DecisionKind.GRANT
                did = add_decision(conn, kind=kind.value, household_id=hid, effective_month=month,
                                   decided_on=month, note="", recorded_by="",
                                   **({"case_id": source[1]} if source[0] == "case" else {"review_id": source[1]}))
                decisions[source] = did
            month = max(month, start_month)
            timeline.append((month, st or LedgerStatus.RECEIVING, c if st is None else "",
                             f if st is None else 0, did))
        last = timeline[-1]
        want = (current_status, category if current_status is not LedgerStatus.CANCELLED else "",
                fen if current_status is not LedgerStatus.CANCELLED else 0)
        if (last[1], last[2], last[3]) != want:
            since = rules.month_of(_date(updated)) if updated and current_status is not LedgerStatus.RECEIVING \
                else rules.month_of(today)
            timeline.append((max(since, last[0]), *want, history))
        # later entries in the same month win
        by_month: dict[dt.date, tuple] = {}
        for entry in timeline:
            by_month[entry[0]] = entry
        ordered = [by_month[m] for m in sorted(by_month)]
        exit_span = exits.get(hid)
        for i, (month, st, c, f, did) in enumerate(ordered):
            nxt = ordered[i + 1][0] if i + 1 < len(ordered) else None
            for first, last_m, st2 in _split_exit(month, nxt, st, exit_span):
                rows.append({"household_id": hid, "first_month": first, "last_month": last_m,
                             "status": st2.value, "category": c, "covered": covered if st2 in rules.PAID_STATUSES
                             or st2 is LedgerStatus.SUSPENDED else 0,
                             "amount_fen": f, "supplement_fen": f if method_is_class else 0, "decision_id": did})
    insert_many(conn, P, PERIOD_COLUMNS, [tuple(r[c] for c in PERIOD_COLUMNS) for r in rows])
    return plain + len(rows)


def _insert_plain(conn: Connection, unbuilt: ColumnElement[bool], today: dt.date, history: int,
                  method_is_class: bool) -> int:
    """The ledger of each unbuilt receiving household with no history, set-based: one open
    period from the month of its start (of its last change when it has none) at its class,
    persons covered and amount, as ``build_from_history`` builds it in Python. Returns the
    periods written."""
    from dibao_desk.models import dialect
    from dibao_desk.models.procedure import Case
    from dibao_desk.models.reviews import EmploymentEvent, Review

    R, C, E = Review.__table__, Case.__table__, EmploymentEvent.__table__
    reviewed = select(R.c.id).where(R.c.household_id == H.c.id, R.c.case_id.is_(None),
                                    R.c.outcome.in_(("change", "cancel")), R.c.effective_month.is_not(None))
    decided = select(C.c.id).where(C.c.household_id == H.c.id, C.c.status == "done")  # a grant, maybe
    exits = select(E.c.id).where(E.c.household_id == H.c.id, E.c.status.in_(("running", "stopped")))
    start = dialect.month_start(func.coalesce(H.c.benefit_start, H.c.updated_at, literal(today, Date())))
    plain = select(H.c.id, start, cast(null(), Date()), literal(LedgerStatus.RECEIVING.value, String()),
                   H.c.category, H.c.covered_count, H.c.monthly_benefit_fen,
                   H.c.monthly_benefit_fen if method_is_class else literal(0, Integer()),
                   literal(history, Integer())).where(
        unbuilt, H.c.status == "receiving", ~reviewed.exists(), ~decided.exists(), ~exits.exists()).order_by(H.c.id)
    conn.execute(insert(LedgerPeriod).from_select(PERIOD_COLUMNS, plain))
    # counted, not the statement's rowcount: psycopg gives none for an INSERT ... SELECT here
    return conn.execute(select(func.count()).select_from(P).where(P.c.decision_id == history)).scalar_one()


def _split_exit(first: dt.date, nxt: dt.date | None, status: LedgerStatus,
                span: tuple[dt.date, dt.date] | None) -> list[tuple[dt.date, dt.date | None, LedgerStatus]]:
    """A receiving run cut where 渐退 months (the span) fall inside it."""
    last = rules.add_months(nxt, -1) if nxt else None
    if span is None or status is not LedgerStatus.RECEIVING:
        return [(first, last, status)]
    a, b = span
    lo, hi = max(first, a), b if last is None else min(b, last)
    if lo > hi:
        return [(first, last, status)]
    out: list[tuple[dt.date, dt.date | None, LedgerStatus]] = []
    if first < lo:
        out.append((first, rules.add_months(lo, -1), status))
    out.append((lo, hi, LedgerStatus.GRADUAL_EXIT))
    if last is None or hi < last:
        out.append((rules.add_months(hi, 1), last, status))
    return out


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _reads():
    from dibao_desk.models.procedure import Case, CaseStep
    from dibao_desk.models.reviews import EmploymentEvent, Review

    R, C, S, E = Review.__table__, Case.__table__, CaseStep.__table__, EmploymentEvent.__table__
    reviews = select(R.c.household_id, R.c.effective_month, R.c.outcome, R.c.before_category, R.c.before_fen,
                     R.c.after_category, R.c.after_fen, R.c.id).where(
        R.c.case_id.is_(None), R.c.outcome.in_((ReviewOutcome.CHANGE, ReviewOutcome.CANCEL)),
        R.c.effective_month.is_not(None))
    grants = (select(C.c.household_id, C.c.kind, S.c.data_json, C.c.id)
              .join(S, and_(S.c.case_id == C.c.id, S.c.step == 10, S.c.active.is_(True),
                             S.c.result == StepResult.PASSED))
              .where(C.c.status == CaseStatus.DONE))
    exits = select(E.c.household_id, E.c.gained_on, E.c.last_paid_month).where(
        E.c.status.in_((ExitState.RUNNING, ExitState.STOPPED, ExitState.KEPT)))
    return reviews, grants, exits


__all__ = ["LedgerAdjustment", "LedgerDecision", "LedgerPaidMonth", "LedgerPeriod", "Proposal", "ProposalItem",
           "ProposalStep", "build_from_history", "month_totals", "write"]
