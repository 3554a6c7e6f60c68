"""Payment rosters (造册) and their lines.

A ``Payroll`` is one roster of a period and kind; its ``PayrollLine`` rows hold a snapshot
of what the bank needs (name, ID number, account, bank) taken when the roster was made, so a
signed roster stays what the leader signed even when a household's account changes later.
The bank's answer per line (paid / failed, reason, date) is stored on the line.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.models.base import Base, Timestamped


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
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)  # PayrollStatus
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
    # What the bank needs, as it stood when the roster was made.
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
    line_kind: Mapped[str] = mapped_column(String(12), default="regular")  # domain.payroll.LineKind
    total_fen: Mapped[int] = mapped_column(Integer, default=0)  # what the line pays (negative: 追回)
    reason: Mapped[str] = mapped_column(Text, default="")  # which months, which decision; why 0
    zero: Mapped[bool] = mapped_column(Boolean, default=False)  # 0 元: listed apart, not paid
    ledger_adjustment_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    recovery_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)  # 追回 register
    bank_status: Mapped[str] = mapped_column(String(10), default="")  # domain.payroll.BankStatus
    bank_reason: Mapped[str] = mapped_column(String(200), default="")
    bank_answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    carried_from_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("payroll_line.id", ondelete="SET NULL"), nullable=True, index=True)

    __table_args__ = (Index("ix_payroll_line_payroll", "payroll_id", "position"),)
