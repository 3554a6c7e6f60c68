"""Integrity registers: false declarations (诚信档案, the blacklist is derived from them),
close relatives of staff and cadres (近亲属备案), complaints (举报), the office's own
working-day calendar, and follow-ups (a 取消 or 追回 that an event, a warning or a complaint
calls for).

Persons are matched by ID number (text, 18 characters), not by member row: a person on
the blacklist or a registered relative may not be in any household of this store yet.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from dibao_desk.domain.registers import ComplaintStatus, FollowUpStatus
from dibao_desk.models.base import Base, utcnow
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.procedure  # noqa: F401
from dibao_desk.models.household import Member


class FalseDeclaration(Base):
    """A false declaration found against a person: the first a warning, later ones bar the
    person from applying until ``bar_ends`` (the first day an application is accepted again)."""

    __tablename__ = "integrity_declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(50))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedure_case.id", ondelete="SET NULL"), nullable=True)
    found_on: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text)  # what was declared falsely
    outcome: Mapped[str] = mapped_column(String(10))  # DeclarationOutcome
    bar_ends: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class FilingStaff(Base):
    """A member of the handling staff or a village cadre who registered close relatives."""

    __tablename__ = "filing_staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))  # StaffRole
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="SET NULL"), nullable=True, index=True)
    post: Mapped[str] = mapped_column(String(50), default="")  # 职务
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    relatives: Mapped[list["FilingRelative"]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", order_by="FilingRelative.id")


class FilingRelative(Base):
    """A close relative registered by a staff member or cadre (备案)."""

    __tablename__ = "filing_relative"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("filing_staff.id", ondelete="CASCADE"), index=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(50))
    relation: Mapped[str] = mapped_column(String(20))  # Relation
    registered_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    staff: Mapped[FilingStaff] = relationship(back_populates="relatives")

    __table_args__ = (UniqueConstraint("staff_id", "id_number", name="uq_filing_relative_staff_person"),)


class Complaint(Base):
    """A complaint (举报) about a household: received, investigated, answered."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(10))  # Channel
    complainant: Mapped[str] = mapped_column(String(50), default="")  # blank: anonymous
    contact: Mapped[str] = mapped_column(String(60), default="")
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True)
    household_name: Mapped[str] = mapped_column(String(50), default="")  # head's name when received
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date)
    due_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default=ComplaintStatus.OPEN)
    investigation: Mapped[str] = mapped_column(Text, default="")
    investigator: Mapped[str] = mapped_column(String(50), default="")
    finding: Mapped[str] = mapped_column(String(15), default="")  # Finding
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_complaint_status_due", "status", "due_on"),)


class WorkdayOverride(Base):
    """The office's own word on one day (a year the shipped calendar does not know, or a
    local arrangement): a working day or a day off."""

    __tablename__ = "workday_override"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")


class FollowUp(Base):
    """A 取消 or 追回 that an event, a warning or a complaint calls for. ``recorded`` until a
    proposal is opened for it (``proposal_id``)."""

    __tablename__ = "integrity_followup"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # FollowUpKind
    source: Mapped[str] = mapped_column(String(10))  # FollowUpSource
    source_id: Mapped[int] = mapped_column(Integer)
    on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=FollowUpStatus.RECORDED)
    proposal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "source", "source_id", name="uq_integrity_followup_source"),)


# ---- queries other features use to mark and check households ------------------------------

def filed_household_ids(session: Session, household_ids=None) -> set[int]:
    """Households (of ``household_ids``, or all) with a registered relative among their members."""
    stmt = (select(Member.household_id).join(FilingRelative, FilingRelative.id_number == Member.id_number)
            .distinct())
    if household_ids is not None:
        ids = list(household_ids)
        if not ids:
            return set()
        stmt = stmt.where(Member.household_id.in_(ids))
    return set(session.scalars(stmt))


def filings_of_household(session: Session, household_id: int) -> list[tuple[str, str, FilingRelative]]:
    """(member name, member ID number, registration) for each registered relative in the household."""
    rows = session.execute(
        select(Member.name, Member.id_number, FilingRelative)
        .join(FilingRelative, FilingRelative.id_number == Member.id_number)
        .where(Member.household_id == household_id).order_by(Member.id, FilingRelative.id)).all()
    return [(n, i, r) for n, i, r in rows]
