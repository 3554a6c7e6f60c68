"""Payment rosters (造册) and their lines.

A ``Payroll`` is one roster of a period and kind; its ``PayrollLine`` rows hold a snapshot
of what the bank needs (name, ID number, account, bank) taken when the roster was made, so a
signed roster stays what the leader signed even when a household's account changes later.
The bank's answer per line (paid / failed, reason, date) is stored on the line.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, and_, case, delete, func, or_,
    select, type_coerce,
)
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain.household import HouseholdStatus, PersonStatus
from dibao_desk.domain.ledger import add_months
from dibao_desk.domain.payroll import BankStatus, LineKind, PayrollStatus
from dibao_desk.models.base import Base, Timestamped
from dibao_desk.models.household import Household, Member
from dibao_desk.models.ledger import LedgerAdjustment, LedgerDecision, LedgerPeriod, insert_many
from dibao_desk.models.office import Village


class Payroll(Timestamped, Base):
    __tablename__ = "payroll"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7))  # 2026-12 | 2026Q4
    first_month: Mapped[dt.date] = mapped_column(Date)
    last_month: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))  # domain.payroll.PayrollKind
    # A subsidy's name (e.g. 春节慰问金); a back-pay batch may carry a label. '' for the regular roster.
    name: Mapped[str] = mapped_column(String(100), default="")
    subsidy_basis: Mapped[str] = mapped_column(String(12), default="")  # domain.payroll.SubsidyBasis
    subsidy_fen: Mapped[int] = mapped_column(Integer, default=0)  # per household or per person
    subsidy_scope: Mapped[str] = mapped_column(Text, default="")  # JSON: {"categories": [], "villages": []}
    status: Mapped[str] = mapped_column(String(10), default=PayrollStatus.DRAFT, index=True)
    made_on: Mapped[dt.date] = mapped_column(Date)
    made_by: Mapped[str] = mapped_column(String(50), default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reviewed_by: Mapped[str] = mapped_column(String(50), default="")  # the leader's name
    reviewed_account: Mapped[str] = mapped_column(String(50), default="")  # who recorded the sign-off
    reported_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reported_by: Mapped[str] = mapped_column(String(50), default="")
    # Stored totals of the paid lines (zero lines excluded), so a package or the county can compare.
    households: Mapped[int] = mapped_column(Integer, default=0)
    persons: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    benefit_fen: Mapped[int] = mapped_column(Integer, default=0)  # 补差 part of the total
    supplement_fen: Mapped[int] = mapped_column(Integer, default=0)  # 分类施保/加发 part
    back_pay_fen: Mapped[int] = mapped_column(Integer, default=0)  # 补发 lines
    recovery_fen: Mapped[int] = mapped_column(Integer, default=0)  # 追回 lines (negative)
    subsidy_total_fen: Mapped[int] = mapped_column(Integer, default=0)  # 专项补贴 lines
    lines_count: Mapped[int] = mapped_column(Integer, default=0)
    zero_households: Mapped[int] = mapped_column(Integer, default=0)  # listed apart, not paid
    source_shares: Mapped[str] = mapped_column(Text, default="")  # JSON {source: basis points} used
    note: Mapped[str] = mapped_column(Text, default="")

    # One live roster per period, kind and name: remaking a draft replaces it.
    __table_args__ = (UniqueConstraint("period", "kind", "name", name="uq_payroll_period_kind_name"),)


class PayrollLine(Base):
    __tablename__ = "payroll_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    payroll_id: Mapped[int] = mapped_column(ForeignKey("payroll.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order on the printed roster
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    # What the bank needs, as it stood when the roster was made: the name and ID number are the
    # account holder's (开户人: the head, or the member in whose name the account is opened).
    account_name: Mapped[str] = mapped_column(String(50), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    account: Mapped[str] = mapped_column(String(40), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_code: Mapped[str] = mapped_column(String(12), default="")
    village: Mapped[str] = mapped_column(String(50), default="")
    category: Mapped[str] = mapped_column(String(12), default="")
    hukou_type: Mapped[str] = mapped_column(String(10), default="")  # urban | rural
    persons: Mapped[int] = mapped_column(Integer, default=0)
    months: Mapped[int] = mapped_column(Integer, default=0)
    first_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    benefit_fen: Mapped[int] = mapped_column(Integer, default=0)  # per month, 补差 part
    supplement_fen: Mapped[int] = mapped_column(Integer, default=0)  # per month, 分类施保/加发 part
    line_kind: Mapped[str] = mapped_column(String(12), default=LineKind.REGULAR)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)  # what the line pays (negative: 追回)
    reason: Mapped[str] = mapped_column(Text, default="")  # which months, which decision; why 0
    zero: Mapped[bool] = mapped_column(Boolean, default=False)  # 0 元: listed apart, not paid
    # Where the line comes from, when not the ledger's months: a ledger 补发/追回, an entry of the
    # 追回 register, a failed line of an earlier roster re-issued. Plain integers without
    # foreign keys or indexes: a roster of 40,000 lines is written (and a draft replaced) at
    # once, and each would cost a lookup per line; they are read with their roster.
    ledger_adjustment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recovery_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 追回 register
    bank_status: Mapped[str] = mapped_column(String(10), default="")  # domain.payroll.BankStatus
    bank_reason: Mapped[str] = mapped_column(String(200), default="")
    bank_answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    carried_from_line_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The head's name when the roster was made: whose household a line paid to a member is.
    head_name: Mapped[str] = mapped_column(String(50), default="", server_default="")

    __table_args__ = (Index("ix_payroll_line_payroll", "payroll_id", "position"),)


# ---- bulk SQL ----------------------------------------------------------------------------

R = Payroll.__table__
L = PayrollLine.__table__

LINE_COLUMNS = ("payroll_id", "position", "household_id", "account_name", "id_number", "account", "bank_name",
                "bank_code", "village", "category", "hukou_type", "persons", "months", "first_month",
                "last_month", "benefit_fen", "supplement_fen", "line_kind", "total_fen", "reason", "zero",
                "ledger_adjustment_id", "recovery_id", "bank_status", "bank_reason", "bank_answered_on",
                "carried_from_line_id", "head_name")


# Making, signing and reporting rosters decide from what the store holds (a draft, the months
# already signed, the adjustments not yet paid): on PostgreSQL each takes this
# transaction-scoped lock before it reads, so two clerks' roster work runs one at a time and the
# second reads what the first wrote (one signature, one roster a period). SQLite has one writer.
_ROSTER_LOCK = 0x6469_6270  # "dibp"


def claim(conn) -> None:
    """Wait for the right to change rosters (PostgreSQL; a no-op on SQLite)."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ROSTER_LOCK})")


def _holder():
    """The member row of a household's account holder (开户人), to join outer: none when the head
    holds the account or the holder is no longer among its members (the head's name is paid)."""
    H = Household.__table__
    M = Member.__table__.alias("holder")
    on = and_(M.c.household_id == H.c.id, M.c.id_number == H.c.bank_holder_id_number)
    return M, on, func.coalesce(M.c.name, H.c.head_name), func.coalesce(M.c.id_number, H.c.head_id_number)


def _household_cols():
    H = Household.__table__
    V = Village.__table__
    M, on, name, number = _holder()
    cols = (H.c.id, name, number, H.c.bank_account, H.c.bank_name, V.c.name,
            H.c.hukou_type, H.c.category, H.c.covered_count, H.c.monthly_benefit_fen, H.c.benefit_start,
            H.c.status, H.c.head_name)
    return H, V, cols, M, on


def households(conn, ids=None, statuses=None) -> dict[int, tuple]:
    """(id, payee name, payee ID number, account, bank, village, hukou, class, covered, monthly fen,
    start, status, head name) per household, all of them or ``ids``/``statuses``; the payee is the
    account holder (开户人), the head unless the account is opened in a member's name."""
    H, V, cols, M, on = _household_cols()
    stmt = select(*cols).join(V, V.c.id == H.c.village_id).outerjoin(M, on)
    if statuses is not None:
        stmt = stmt.where(H.c.status.in_(list(statuses)))
    if ids is None:
        return {r[0]: tuple(r) for r in conn.execute(stmt)}
    ids = list(ids)
    out = {}
    for i in range(0, len(ids), 900):
        out.update({r[0]: tuple(r) for r in conn.execute(stmt.where(H.c.id.in_(ids[i:i + 900])))})
    return out


def holders(conn) -> dict[int, tuple[str, str]]:
    """(name, ID number) of the account holder (开户人) of each household whose account a member
    holds, by household id (a holder who became the head is the head: the same name). Read on
    ``ix_household_bank_holder``: the few such households, not the whole table."""
    H = Household.__table__
    M = Member.__table__
    stmt = (select(H.c.id, M.c.name, M.c.id_number)
            .join(M, and_(M.c.household_id == H.c.id, M.c.id_number == H.c.bank_holder_id_number))
            .where(H.c.bank_holder_id_number.is_not(None)))
    return {hid: (name, number) for hid, name, number in conn.execute(stmt)}


def recorded_holders(conn, ids) -> dict[int, tuple]:
    """Households of ``ids`` whose account holder (开户人) is recorded as a member, not the head:
    (head name, head ID number, holder ID number, [(name, ID number, 人员状态) of the member rows
    with that number]) per household. Few households have one: read apart from the roster's
    lines."""
    H = Household.__table__
    M = Member.__table__
    stmt = (select(H.c.id, H.c.head_name, H.c.head_id_number, H.c.bank_holder_id_number, M.c.name, M.c.id_number,
                   M.c.person_status)
            .outerjoin(M, and_(M.c.household_id == H.c.id, M.c.id_number == H.c.bank_holder_id_number))
            .where(H.c.bank_holder_id_number.is_not(None)))
    wanted = set(ids)
    out: dict[int, tuple] = {}
    for hid, head, head_id, holder, name, number, status in conn.execute(stmt):
        if hid not in wanted:
            continue
        found = out.setdefault(hid, (head, head_id, holder, []))
        if number is not None:
            found[3].append((name, number, status))
    return out


def all_dead(conn, ids) -> dict[int, dt.date | None]:
    """Households of ``ids`` every member of which is recorded dead (人员状态 死亡): the last
    death day, None when a member's day is not recorded. Read only for households with a dead
    member: few."""
    M = Member.__table__
    dead = func.sum(case((M.c.person_status == PersonStatus.DEAD.value, 1), else_=0))
    undated = func.sum(case((M.c.status_on.is_(None), 1), else_=0))
    stmt = (select(M.c.household_id, func.max(M.c.status_on), undated)
            .where(M.c.household_id.in_(select(M.c.household_id).where(M.c.person_status == PersonStatus.DEAD.value)))
            .group_by(M.c.household_id).having(dead == func.count()))
    wanted = set(ids)
    return {hid: (None if missing else day) for hid, day, missing in conn.execute(stmt) if hid in wanted}


def periods_in(conn, first: dt.date, last: dt.date) -> list[tuple]:
    """Ledger periods overlapping ``first``..``last``: (household id, first month, last month or
    None, status, class, covered, amount, supplement, decision id, decision kind, decided on),
    by household and month."""
    P = LedgerPeriod.__table__
    D = LedgerDecision.__table__
    stmt = (select(P.c.household_id, P.c.first_month, P.c.last_month, P.c.status, P.c.category, P.c.covered,
                   P.c.amount_fen, P.c.supplement_fen, P.c.decision_id, D.c.kind, D.c.decided_on)
            .join(D, D.c.id == P.c.decision_id)
            .where(and_(P.c.first_month <= last, or_(P.c.last_month.is_(None), P.c.last_month >= first)))
            .order_by(P.c.household_id, P.c.first_month))
    return [tuple(r) for r in conn.execute(stmt)]


def ledger_pays(conn, month: dt.date, statuses: tuple[str, ...]) -> bool:
    """Whether the ledger pays any household money in ``month`` (a period in one of the paid
    ``statuses`` at more than 0 元), or a regular roster pays one the store holds as receiving
    without a ledger yet (:func:`receiving_without_ledger`, paid as it stands from its start)."""
    P = LedgerPeriod.__table__
    stmt = select(P.c.id).where(P.c.first_month <= month, or_(P.c.last_month.is_(None), P.c.last_month >= month),
                                P.c.status.in_(statuses), P.c.amount_fen > 0).limit(1)
    if conn.execute(stmt).first() is not None:
        return True
    H = Household.__table__
    end = add_months(month, 1) - dt.timedelta(days=1)
    stmt = select(H.c.id).where(H.c.status == HouseholdStatus.RECEIVING, H.c.monthly_benefit_fen > 0,
                                or_(H.c.benefit_start.is_(None), H.c.benefit_start <= end),
                                ~select(P.c.id).where(P.c.household_id == H.c.id).exists()).limit(1)
    return conn.execute(stmt).first() is not None


def iso_day(value) -> str | None:
    """A date read through ``_raw_date`` as ISO text: SQLite hands back text, other drivers dates."""
    if value is None or type(value) is str:
        return value
    return value.isoformat()


def _raw_date(col):
    """Read a date column without SQLAlchemy's per-row conversion (tens of thousands of rows)."""
    return type_coerce(col, String)


def ledger_rows(conn, first: dt.date, last: dt.date) -> list[tuple]:
    """Ledger periods overlapping ``first``..``last`` with what a roster line needs of the
    household, by household and month: (household id, first month, last month or None, status,
    class, covered, amount, supplement, decision id, decision kind, decided on, head name,
    ID number, account, bank, village, hukou). The three dates come as ISO text (None: open).
    The payee is the account holder (开户人): see :func:`holders` for the households whose
    account a member holds (read apart: a join per row would cost a quarter of this query)."""
    P = LedgerPeriod.__table__
    D = LedgerDecision.__table__
    H = Household.__table__
    V = Village.__table__
    stmt = (select(P.c.household_id, _raw_date(P.c.first_month), _raw_date(P.c.last_month), P.c.status,
                   P.c.category, P.c.covered, P.c.amount_fen, P.c.supplement_fen, P.c.decision_id, D.c.kind,
                   _raw_date(D.c.decided_on), H.c.head_name, H.c.head_id_number, H.c.bank_account, H.c.bank_name,
                   V.c.name, H.c.hukou_type)
            .join(D, D.c.id == P.c.decision_id).join(H, H.c.id == P.c.household_id)
            .join(V, V.c.id == H.c.village_id)
            .where(and_(P.c.first_month <= last, or_(P.c.last_month.is_(None), P.c.last_month >= first)))
            .order_by(P.c.household_id, P.c.first_month))
    rows = driver_rows(conn, stmt)
    if conn.dialect.name == "sqlite":  # SQLite hands back dates as the ISO text they are stored as
        return rows
    return [(*r[:1], iso_day(r[1]), iso_day(r[2]), *r[3:10], iso_day(r[10]), *r[11:]) for r in rows]


def driver_rows(conn, stmt) -> list[tuple]:
    """All rows of ``stmt`` straight from the driver's cursor, inside the connection's
    transaction: SQLAlchemy's per-row result handling costs more than the query itself for tens
    of thousands of rows. Values come as the driver gives them (no type conversion: dates are
    ISO text on SQLite, see :func:`iso_day`); bound dates are passed as SQLAlchemy stores them
    (for SQL bound to dates only: a datetime would not compare as SQLAlchemy stores it)."""
    compiled = stmt.compile(dialect=conn.dialect)
    sqlite = conn.dialect.name == "sqlite"

    def bound(v):
        return v.isoformat() if sqlite and type(v) is dt.date else v

    params: tuple[Any, ...] | dict[str, Any]
    if compiled.positiontup is not None:
        params = tuple(bound(compiled.params[k]) for k in compiled.positiontup)
    else:
        params = {k: bound(v) for k, v in compiled.params.items()}
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def receiving_without_ledger(conn) -> dict[int, tuple]:
    """Households the store holds as receiving that have no ledger yet, as :func:`households`."""
    H, V, cols, M, on = _household_cols()
    P = LedgerPeriod.__table__
    stmt = (select(*cols).join(V, V.c.id == H.c.village_id).outerjoin(M, on)
            .where(H.c.status == HouseholdStatus.RECEIVING, ~select(P.c.id).where(P.c.household_id == H.c.id).exists()))
    return {r[0]: tuple(r) for r in conn.execute(stmt)}


def adjustments_booked(conn, first: dt.date | None, last: dt.date, kind: str | None = None) -> list[tuple]:
    """Ledger 补发/追回 booked in ``first``..``last`` (``first`` None: up to ``last``): (id,
    household id, booked month, kind, amount, first month, last month, decision id, decision
    kind, decided on)."""
    A = LedgerAdjustment.__table__
    D = LedgerDecision.__table__
    stmt = (select(A.c.id, A.c.household_id, A.c.month, A.c.kind, A.c.amount_fen, A.c.first_month,
                   A.c.last_month, A.c.decision_id, D.c.kind, D.c.decided_on)
            .join(D, D.c.id == A.c.decision_id).where(A.c.month <= last).order_by(A.c.household_id, A.c.id))
    if first is not None:
        stmt = stmt.where(A.c.month >= first)
    if kind is not None:
        stmt = stmt.where(A.c.kind == kind)
    return [tuple(r) for r in conn.execute(stmt)]


def taken_adjustments(conn, locked: tuple[str, ...], except_payroll: int | None = None) -> set[int]:
    """Ledger adjustments already on a line of a roster in a ``locked`` status."""
    stmt = (select(L.c.ledger_adjustment_id).join(R, R.c.id == L.c.payroll_id)
            .where(R.c.status.in_(locked), L.c.ledger_adjustment_id.is_not(None), L.c.zero.is_(False)))
    if except_payroll is not None:
        stmt = stmt.where(R.c.id != except_payroll)
    return set(conn.execute(stmt).scalars())


def carried_lines(conn, locked: tuple[str, ...], except_payroll: int | None = None) -> set[int]:
    """Lines already carried into a roster in a ``locked`` status."""
    stmt = (select(L.c.carried_from_line_id).join(R, R.c.id == L.c.payroll_id)
            .where(R.c.status.in_(locked), L.c.carried_from_line_id.is_not(None)))
    if except_payroll is not None:
        stmt = stmt.where(R.c.id != except_payroll)
    return set(conn.execute(stmt).scalars())


def failed_lines(conn, locked: tuple[str, ...]) -> list[dict]:
    """Lines of rosters in a ``locked`` status the bank answered as failed, with their roster's period."""
    stmt = (select(*L.c, R.c.period.label("r_period"), R.c.kind.label("r_kind"))
            .join(R, R.c.id == L.c.payroll_id)
            .where(R.c.status.in_(locked), L.c.bank_status == BankStatus.FAILED, L.c.zero.is_(False))
            .order_by(L.c.payroll_id, L.c.position))
    return [dict(r._mapping) for r in conn.execute(stmt)]


# A line as made, before it has a roster and a place on it: the columns after payroll_id and
# position, in LINE_COLUMNS order, dates as ISO text. Regular lines are built as such tuples
# directly (tens of thousands); the few others through :func:`line`.
LINE_FIELDS = LINE_COLUMNS[2:]
(F_HOUSEHOLD, F_ACCOUNT_NAME, F_ID_NUMBER, F_ACCOUNT, F_BANK_NAME, F_BANK_CODE, F_VILLAGE, F_CATEGORY, F_HUKOU,
 F_PERSONS, F_MONTHS, F_FIRST, F_LAST, F_BENEFIT, F_SUPPLEMENT, F_KIND, F_TOTAL, F_REASON, F_ZERO, F_ADJUSTMENT,
 F_RECOVERY, F_BANK_STATUS, F_BANK_REASON, F_BANK_ANSWERED, F_CARRIED, F_HEAD_NAME) = range(len(LINE_FIELDS))
_LINE_DEFAULTS = {"bank_code": "", "bank_status": "", "bank_reason": "", "reason": "", "zero": False,
                  "benefit_fen": 0, "supplement_fen": 0, "months": 0, "persons": 0, "first_month": None,
                  "last_month": None, "ledger_adjustment_id": None, "recovery_id": None, "bank_answered_on": None,
                  "carried_from_line_id": None, "account": "", "bank_name": "", "account_name": "", "id_number": "",
                  "village": "", "category": "", "hukou_type": "", "head_name": ""}
_DATES = ("first_month", "last_month", "bank_answered_on")
assert tuple(LINE_FIELDS.index(c) for c in _DATES) == (F_FIRST, F_LAST, F_BANK_ANSWERED)


_EMPTY_LINE = {c: _LINE_DEFAULTS.get(c) for c in LINE_FIELDS}
_line_values = itemgetter(*LINE_FIELDS)


def line(fields: dict) -> tuple:
    """A line (see LINE_FIELDS) from a dict keyed by column; missing keys take the defaults."""
    x = _line_values({**_EMPTY_LINE, **fields})
    return (*x[:F_FIRST], iso_day(x[F_FIRST]), iso_day(x[F_LAST]), *x[F_LAST + 1:F_BANK_ANSWERED],
            iso_day(x[F_BANK_ANSWERED]), *x[F_BANK_ANSWERED + 1:])


def add_lines(conn, payroll_id: int, lines: list[tuple]) -> None:
    """Insert a roster's lines (tuples of LINE_FIELDS), placed in the order given."""
    if not lines:
        return
    if conn.dialect.name == "sqlite":  # dates as SQLAlchemy stores them there: ISO text, as made
        sql = f"INSERT INTO {L.name} ({', '.join(LINE_COLUMNS)}) VALUES ({', '.join('?' * len(LINE_COLUMNS))})"
        conn.exec_driver_sql(sql, [(payroll_id, i, *x) for i, x in enumerate(lines, 1)])
        return
    insert_many(conn, L, LINE_COLUMNS, [
        (payroll_id, i, *x[:F_FIRST], _as_date(x[F_FIRST]), _as_date(x[F_LAST]), *x[F_LAST + 1:F_BANK_ANSWERED],
         _as_date(x[F_BANK_ANSWERED]), *x[F_BANK_ANSWERED + 1:]) for i, x in enumerate(lines, 1)])


def _as_date(value) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if type(value) is str else value


def roster_totals(conn, payroll_id: int) -> tuple[dict[str | None, list[tuple]], int, int]:
    """Totals of a roster from one read of its lines: ({column: rows}, lines listed apart, paid
    lines without an account). Rows per ``column`` (village | category | hukou_type; None: one
    row for the whole roster, absent when nothing is paid), by key: (key, households, persons,
    benefit, supplement, other, total) of the paid lines. A household counts once per group, with
    the most persons any of its lines has; regular lines split 补差 and 分类施保 (per month times
    months), other lines (补发, 追回, 专项补贴) count as other."""
    stmt = (select(L.c.household_id, L.c.village, L.c.category, L.c.hukou_type, L.c.persons, L.c.line_kind,
                   L.c.benefit_fen, L.c.supplement_fen, L.c.months, L.c.total_fen, L.c.zero, L.c.account)
            .where(L.c.payroll_id == payroll_id))
    columns = ("village", "category", "hukou_type", None)
    money: dict[str | None, dict[str, list[int]]] = {c: {} for c in columns}  # key: [benefit, supplement, other, total]
    heads: dict[str | None, dict[str, dict[int, int]]] = {c: {} for c in columns}  # key: {household: most persons}
    zero = no_account = 0
    regular = LineKind.REGULAR  # a member looked up once, not per line
    for hid, village, category, hukou, persons, kind, benefit, supplement, months, total, is_zero, account \
            in driver_rows(conn, stmt):
        if is_zero:
            zero += 1
            continue
        if account == "":
            no_account += 1
        if kind == regular:
            part = (benefit * months, supplement * months, 0, total)
        else:
            part = (0, 0, total, total)
        for c, k in (("village", village), ("category", category), ("hukou_type", hukou), (None, "")):
            m = money[c].get(k)
            if m is None:
                money[c][k] = list(part)
            else:
                m[0] += part[0]
                m[1] += part[1]
                m[2] += part[2]
                m[3] += part[3]
            h = heads[c].setdefault(k, {})
            if h.get(hid, -1) < persons:
                h[hid] = persons
    out = {c: [(k, len(heads[c][k]), sum(heads[c][k].values()), *m)
               for k, m in sorted(money[c].items(), key=lambda kv: kv[0] or "")] for c in columns}
    return out, zero, no_account


def delete_lines(conn, payroll_id: int) -> None:
    conn.execute(delete(L).where(L.c.payroll_id == payroll_id))


def lines_of(conn, payroll_id: int) -> list[dict]:
    return [dict(r._mapping) for r in conn.execute(
        select(L).where(L.c.payroll_id == payroll_id).order_by(L.c.position))]
