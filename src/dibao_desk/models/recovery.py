"""The 追回 register (township) and the registers townships send (county), with their SQL.

``RecoveryEntry`` keeps ``recovered_fen`` (the instalments' sum) beside the amount so a list
of thousands of entries with balances is one query; every instalment updates it in the same
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.models.base import Base, utcnow
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.exchange  # noqa: F401
import dibao_desk.models.household  # noqa: F401
import dibao_desk.models.ledger  # noqa: F401
import dibao_desk.models.payroll  # noqa: F401
import dibao_desk.models.registers  # noqa: F401


class RecoveryEntry(Base):
    """An amount to recover from a household (domain.recovery)."""

    __tablename__ = "recovery_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # RecoverySource
    status: Mapped[str] = mapped_column(String(12), default=RecoveryStatus.OPEN, index=True)
    reference: Mapped[str] = mapped_column(String(100), default="")  # the decision's number (文号)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    recovered_fen: Mapped[int] = mapped_column(Integer, default=0)
    first_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    method: Mapped[str] = mapped_column(String(10), default="cash")  # RecoveryMethod
    per_month_fen: Mapped[int] = mapped_column(Integer, default=0)  # deduction plan; 0: the whole balance
    note: Mapped[str] = mapped_column(Text, default="")
    ledger_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_decision.id", ondelete="SET NULL"), nullable=True, index=True)
    ledger_adjustment_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_adjustment.id", ondelete="SET NULL"), nullable=True)
    followup_id: Mapped[int | None] = mapped_column(
        ForeignKey("integrity_followup.id", ondelete="SET NULL"), nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    write_off_reason: Mapped[str] = mapped_column(Text, default="")
    write_off_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class RecoveryInstalment(Base):
    """Money that came back: cash received (退回) or deducted from a payment (扣减)."""

    __tablename__ = "recovery_instalment"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("recovery_entry.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # InstalmentKind
    on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    receipt_no: Mapped[str] = mapped_column(String(60), default="")
    period: Mapped[str] = mapped_column(String(10), default="")  # the roster's period, for a deduction
    payroll_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("payroll_line.id", ondelete="SET NULL"), nullable=True, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CountyRecoveryEntry(Base):
    """An entry of a township's 追回 register as its latest roster package carried it
    (replaced by the next one)."""

    __tablename__ = "county_recovery_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    period: Mapped[str] = mapped_column(String(10), default="")
    entry_ref: Mapped[str] = mapped_column(String(40))
    household_ref: Mapped[str] = mapped_column(String(40), default="")
    head_name: Mapped[str] = mapped_column(String(50), default="")
    head_id_number: Mapped[str] = mapped_column(String(18), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    recovered_fen: Mapped[int] = mapped_column(Integer, default=0)
    balance_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="")
    # of recovered_fen, deducted on roster transfers the bank has not answered yet (0 from a
    # package written before the township's register carried it)
    awaiting_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CountyPayment(Base):
    """A township's payments package for one period as the county stored it (a later package of
    the same period replaces it): the lines' totals, the roster's own totals and the township's
    ledger totals it carries, and whether they disagree (``mismatch``: a domain code, '' when they
    agree or the package carries no ledger totals)."""

    __tablename__ = "county_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    lines: Mapped[int] = mapped_column(Integer, default=0)
    households: Mapped[int] = mapped_column(Integer, default=0)  # distinct households on the lines
    persons: Mapped[int] = mapped_column(Integer, default=0)
    lines_fen: Mapped[int] = mapped_column(Integer, default=0)  # the lines' amounts added up
    roster_total_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    roster_adjustment_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ledger_households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ledger_total_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ledger_adjustment_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_by: Mapped[str] = mapped_column(String(50), default="")
    mismatch: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("township_id", "period", name="uq_county_payment_township_id"),)


class CountyPaymentOther(Base):
    """A 补发 or 专项补贴 roster a township signed for a period, as its payments package of that
    period carried it (optional sheet 补发及专项造册): one row a roster, at the level of transfers
    (户次). Kept with the township's ``county_payment`` row of the period: the next package of the
    same period replaces them (none when it carries no such sheet)."""

    __tablename__ = "county_payment_other"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("county_payment.id", ondelete="CASCADE"), index=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    period: Mapped[str] = mapped_column(String(10))  # the package's period
    position: Mapped[int] = mapped_column(Integer, default=0)  # the row's place in the sheet
    kind: Mapped[str] = mapped_column(String(12))  # domain.payroll.PayrollKind: back_pay | subsidy
    name: Mapped[str] = mapped_column(String(100), default="")  # the roster's name (名称)
    roster_period: Mapped[str] = mapped_column(String(40), default="")  # the roster's own 期间
    reviewed_by: Mapped[str] = mapped_column(String(50), default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # signed (审核日期)
    households: Mapped[int] = mapped_column(Integer, default=0)  # transfers (户次)
    persons: Mapped[int] = mapped_column(Integer, default=0)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # the package's number
    sha256: Mapped[str] = mapped_column(String(64), default="")  # the package's checksum
    received_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_received.id", ondelete="SET NULL"), nullable=True)


# ---- SQL -----------------------------------------------------------------------------------

E = RecoveryEntry.__table__


def open_balances(conn, household_ids=None) -> dict[int, list[tuple[int, int, int, str]]]:
    """Open entries per household, oldest first: (entry id, balance, per month, method)."""
    stmt = (select(E.c.household_id, E.c.id, E.c.amount_fen - E.c.recovered_fen, E.c.per_month_fen, E.c.method)
            .where(E.c.status == RecoveryStatus.OPEN).order_by(E.c.household_id, E.c.decided_on, E.c.id))
    out: dict[int, list[tuple[int, int, int, str]]] = {}
    if household_ids is not None:
        ids = list(household_ids)
        rows = []
        for i in range(0, len(ids), 900):
            rows += conn.execute(stmt.where(E.c.household_id.in_(ids[i:i + 900]))).all()
    else:
        rows = conn.execute(stmt).all()
    for hid, eid, balance, per_month, method in rows:
        out.setdefault(hid, []).append((eid, balance, per_month, method))
    return out


def awaiting_bank(conn: Connection, entry_ids: Iterable[int] | None = None) -> dict[int, dict[int, int]]:
    """{entry id: {roster line id: fen}} of the 扣减 instalments made on roster lines whose
    transfer the bank has not answered yet (no return says paid or failed). A deduction that
    takes a household's whole payment sends no transfer (its lines net to nothing) and awaits
    nothing: it is made when the roster is signed."""
    from dibao_desk.domain.payroll import BankStatus
    from dibao_desk.domain.recovery import InstalmentKind
    from dibao_desk.models.payroll import PayrollLine

    I, L = RecoveryInstalment.__table__, PayrollLine.__table__
    stmt = (select(I.c.entry_id, I.c.payroll_line_id, I.c.amount_fen, L.c.payroll_id, L.c.household_id)
            .join(L, L.c.id == I.c.payroll_line_id)
            .where(I.c.kind == str(InstalmentKind.DEDUCTION), L.c.bank_status == str(BankStatus.UNANSWERED)))
    rows: list[Any] = []
    if entry_ids is None:
        rows = list(conn.execute(stmt))
    else:
        ids = list(entry_ids)
        for i in range(0, len(ids), 900):
            rows += conn.execute(stmt.where(I.c.entry_id.in_(ids[i:i + 900]))).all()
    if not rows:
        return {}
    households = sorted({r[4] for r in rows})
    rosters = {r[3] for r in rows}
    net: dict[tuple[int, int], int] = {}
    for i in range(0, len(households), 900):
        for pid, hid, fen in conn.execute(
                select(L.c.payroll_id, L.c.household_id, func.sum(L.c.total_fen))
                .where(L.c.household_id.in_(households[i:i + 900]), L.c.zero.is_(False))
                .group_by(L.c.payroll_id, L.c.household_id)):
            if pid in rosters:
                net[(pid, hid)] = int(fen or 0)
    out: dict[int, dict[int, int]] = {}
    for eid, line_id, fen, pid, hid in rows:
        if net.get((pid, hid), 0) > 0:  # a transfer was sent for the household's lines
            out.setdefault(eid, {})[line_id] = fen
    return out


def cash_receipt(conn, receipt_no: str) -> list[tuple[int, int, dt.date]]:
    """Where a cash receipt's number is recorded already: (entry id, household id, day received)
    of each 退回 instalment carrying it, oldest first."""
    from dibao_desk.domain.recovery import InstalmentKind

    I = RecoveryInstalment.__table__
    stmt = (select(I.c.entry_id, E.c.household_id, I.c.on).join(E, E.c.id == I.c.entry_id)
            .where(I.c.kind == str(InstalmentKind.CASH), I.c.receipt_no == receipt_no).order_by(I.c.on, I.c.id))
    return [(int(eid), int(hid), on) for eid, hid, on in conn.execute(stmt)]


def totals(conn) -> tuple[int, int, int]:
    """(open entries, amount, balance) of the open entries."""
    n, amount, recovered = conn.execute(select(func.count(), func.sum(E.c.amount_fen), func.sum(E.c.recovered_fen))
                                        .where(E.c.status == RecoveryStatus.OPEN)).one()
    return n or 0, amount or 0, (amount or 0) - (recovered or 0)


__all__ = ["CountyPayment", "CountyPaymentOther", "CountyRecoveryEntry", "RecoveryEntry", "RecoveryInstalment", "awaiting_bank",
           "cash_receipt", "open_balances", "totals"]
