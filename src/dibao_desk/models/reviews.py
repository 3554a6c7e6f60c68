"""Review rules, each household's next review, recorded reviews, events, employment.

``ReviewSchedule`` holds one row per receiving household with its next review
date and the rule that set it, indexed by date, so the due and overdue lists
are one indexed query. The reviews service keeps it in step.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dibao_desk.models.base import Base, utcnow


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
    status: Mapped[str] = mapped_column(String(10), default="running")  # running | stopped | withdrawn
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
