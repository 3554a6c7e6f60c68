"""Cases of the procedure (申请、变更、取消) and what each step recorded."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.models.base import Base, Timestamped, utcnow
from dibao_desk.models.household import Household


class Case(Timestamped, Base):
    """One application, change or cancellation of one household.

    ``next_step``, ``notice_start``, ``notice_end`` and ``open_objections`` are
    kept in step with the step records by the procedure service, so the cases
    view can group, count and say what each case waits for in one query.
    """

    __tablename__ = "procedure_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # new | change | cancel
    status: Mapped[str] = mapped_column(String(10), default=CaseStatus.OPEN)
    reason: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    refused_reason: Mapped[str] = mapped_column(Text, default="")
    before_json: Mapped[str] = mapped_column(Text, default="")  # values before a change (JSON)
    after_json: Mapped[str] = mapped_column(Text, default="")  # values asked for (JSON)
    # the household as it was when the case was granted or refused (JSON, services.procedure)
    decided_json: Mapped[str] = mapped_column(Text, default="", server_default="")
    proposed_category: Mapped[str] = mapped_column(String(12), default="")
    proposed_fen: Mapped[int] = mapped_column(Integer, default=0)
    # A special case (重病 / 支出大于收入) approved by a collective decision although the means
    # test failed (seed 001); the decision itself is in the county step's data. "" otherwise.
    special_case: Mapped[str] = mapped_column(String(20), default="", server_default="")

    next_step: Mapped[int] = mapped_column(Integer, default=1)  # 0 when closed
    notice_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # current notice / opened review
    notice_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    open_objections: Mapped[int] = mapped_column(Integer, default=0)
    # The steps this case goes through ("3,4,6,8,10"), named by the policy when it was
    # opened; empty: the kind's flow (domain.procedure.FLOWS).
    flow: Mapped[str] = mapped_column(String(40), default="")

    household: Mapped[Household] = relationship()
    steps: Mapped[list["CaseStep"]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseStep.id")
    objections: Mapped[list["NoticeObjection"]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="NoticeObjection.id")

    __table_args__ = (Index("ix_procedure_case_status_step", "status", "next_step"),)


class CaseStep(Base):
    """One step as recorded. A record is superseded (``active`` False) when the
    democratic review sends the case back to the home visit, or the township sends a
    case back to its own review (退回乡镇审核); it stays as history."""

    __tablename__ = "procedure_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("procedure_case.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    window_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    person: Mapped[str] = mapped_column(String(50), default="")
    result: Mapped[str] = mapped_column(String(10), default="")  # passed | refused | returned
    notes: Mapped[str] = mapped_column(Text, default="")
    data_json: Mapped[str] = mapped_column(Text, default="")  # step-specific fields (JSON)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    case: Mapped[Case] = relationship(back_populates="steps")
    review_items: Mapped[list["ReviewItemRecord"]] = relationship(
        back_populates="case_step", cascade="all, delete-orphan", order_by="ReviewItemRecord.id")

    __table_args__ = (Index("ix_procedure_step_step_start", "step", "started_on"),)


class ReviewItemRecord(Base):
    """A declared item of the household as put before the democratic review (a snapshot)."""

    __tablename__ = "procedure_review_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_step_id: Mapped[int] = mapped_column(ForeignKey("procedure_step.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))  # member | income | property | supporter
    label: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(String(300), default="")
    objection: Mapped[str] = mapped_column(Text, default="")  # reason; non-empty fails the item

    case_step: Mapped[CaseStep] = relationship(back_populates="review_items")


class NoticeObjection(Base):
    """An objection received while a case was on public notice, and how it was resolved."""

    __tablename__ = "procedure_objection"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("procedure_case.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(10))  # box | phone | visit
    content: Mapped[str] = mapped_column(Text)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(String(10), default="")  # upheld | dismissed
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="objections")
