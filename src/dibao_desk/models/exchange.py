"""Exchange packages with the county, cross-check warnings, and the county office's own tables.

Township side: each package sent or received is a row (sequence numbers run per counterpart
and kind; a package received is remembered with its checksum so the same file is refused a
second time). Cross-check warnings (核对预警) from the county are kept with the date by which
the household must answer.

County side (office mode "county"): the townships it serves, the cases they sent for approval,
the spot-check draws (with the seed that reproduces them), the decisions, and the latest
roster of each township.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dibao_desk.domain.county import CountyCaseStatus, CountyWarningStatus
from dibao_desk.domain.registers import WarningStatus
from dibao_desk.models.base import Base, utcnow


class PackageSent(Base):
    """A package this office wrote. ``sequence`` runs from 1 per (counterpart, kind)."""

    __tablename__ = "exchange_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    counterpart: Mapped[str] = mapped_column(String(12))  # township code (12 digits); the county: its code
    kind: Mapped[str] = mapped_column(String(12))
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (Index("ix_exchange_sent_counterpart_kind", "counterpart", "kind", "sequence"),)


class PackageReceived(Base):
    """A package this office applied. The same package again (same counterpart, kind, sequence
    number and checksum), or any package with a number already received, is refused."""

    __tablename__ = "exchange_received"

    id: Mapped[int] = mapped_column(primary_key=True)
    counterpart: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(12))
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(260), default="")
    accepted_rows: Mapped[int] = mapped_column(Integer, default=0)
    rejected_rows: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        UniqueConstraint("counterpart", "kind", "sequence", name="uq_exchange_received_sequence"),
    )


class CrossCheckWarning(Base):
    """A cross-check warning (核对预警) on a household: the household must answer by ``answer_by``."""

    __tablename__ = "crosscheck_warning"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(20))  # death | vehicle | deposit | housing | business | tax | ...
    detail: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    county_ref: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(12), default=WarningStatus.OPEN)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer_note: Mapped[str] = mapped_column(Text, default="")
    received_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_received.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ---- county mode -------------------------------------------------------------------------

class CountyTownship(Base):
    """A township (or street) the county office serves, known from its packages."""

    __tablename__ = "county_township"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CountySampleDraw(Base):
    """One spot-check draw: which share was asked, the seed, how many cases it covered."""

    __tablename__ = "county_sample_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    drawn_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    seed: Mapped[int] = mapped_column(Integer)
    share_permille: Mapped[int] = mapped_column(Integer)  # 300 = 30 %
    population: Mapped[int] = mapped_column(Integer, default=0)  # cases drawn from
    sampled: Mapped[int] = mapped_column(Integer, default=0)
    case_ids: Mapped[str] = mapped_column(Text, default="")  # JSON: the cases drawn from, in order
    operator: Mapped[str] = mapped_column(String(50), default="")


class CountyCase(Base):
    """A case a township sent for approval (from a ``cases`` package)."""

    __tablename__ = "county_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    case_ref: Mapped[str] = mapped_column(String(40))  # the township's case number
    household_ref: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(10), default="new")
    village: Mapped[str] = mapped_column(String(100), default="")
    head_name: Mapped[str] = mapped_column(String(50), default="")
    head_id_number: Mapped[str] = mapped_column(String(18), default="")
    hukou_type: Mapped[str] = mapped_column(String(10), default="")
    persons: Mapped[int] = mapped_column(Integer, default=0)
    covered: Mapped[int] = mapped_column(Integer, default=0)
    income_fen: Mapped[int] = mapped_column(Integer, default=0)
    per_capita_fen: Mapped[int] = mapped_column(Integer, default=0)
    proposed_category: Mapped[str] = mapped_column(String(12), default="")
    proposed_fen: Mapped[int] = mapped_column(Integer, default=0)
    township_reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    received_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_received.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[str] = mapped_column(String(10), default=CountyCaseStatus.AWAITING, index=True)
    sampled: Mapped[bool] = mapped_column(Boolean, default=False)
    draw_id: Mapped[int | None] = mapped_column(
        ForeignKey("county_sample_draw.id", ondelete="SET NULL"), nullable=True)

    township: Mapped[CountyTownship] = relationship()
    decision: Mapped["CountyDecision | None"] = relationship(back_populates="case", uselist=False)

    __table_args__ = (UniqueConstraint("township_id", "case_ref", name="uq_county_case_ref"),)


class CountyDecision(Base):
    """The county's decision on a case; sent to the township in a ``decisions`` package."""

    __tablename__ = "county_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("county_case.id", ondelete="CASCADE"), unique=True)
    approved: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(50), default="")
    sampled: Mapped[bool] = mapped_column(Boolean, default=False)
    # an approval as a special case: domain.procedure.CollectiveDecision as JSON; "" otherwise
    special_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    sent_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_sent.id", ondelete="SET NULL"), nullable=True)

    case: Mapped[CountyCase] = relationship(back_populates="decision")


class CountyRosterHousehold(Base):
    """A household on the latest roster a township sent (replaced by the next roster)."""

    __tablename__ = "county_roster_household"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    period: Mapped[str] = mapped_column(String(10), default="")
    household_ref: Mapped[str] = mapped_column(String(40))
    village: Mapped[str] = mapped_column(String(100), default="")
    head_name: Mapped[str] = mapped_column(String(50), default="")
    head_id_number: Mapped[str] = mapped_column(String(18), default="", index=True)
    hukou_type: Mapped[str] = mapped_column(String(10), default="")
    persons: Mapped[int] = mapped_column(Integer, default=0)
    covered: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(12), default="")
    monthly_fen: Mapped[int] = mapped_column(Integer, default=0)
    # the household's valid 低保证号 as the township sent it ("" for none, or an older package)
    certificate: Mapped[str] = mapped_column(String(30), default="", server_default="", index=True)


class CountyWarning(Base):
    """A cross-check warning the county office typed in for a household on a township's roster;
    ``pending`` until it goes to the township in a ``warnings`` package (then ``sent``)."""

    __tablename__ = "county_warning"

    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("county_township.id"), index=True)
    warning_ref: Mapped[str] = mapped_column(String(40), unique=True)
    id_number: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer_by: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=CountyWarningStatus.PENDING, index=True)
    sent_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_sent.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(50), default="")

    township: Mapped[CountyTownship] = relationship()
