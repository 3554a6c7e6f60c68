from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dibao_desk.domain.household import HouseholdStatus, PersonStatus
from dibao_desk.models.base import Base, Timestamped
from dibao_desk.models.office import Village


class Household(Timestamped, Base):
    """A household (户). List columns (head, counts, income) are kept in step by
    the household service so the list can filter and sort in SQL."""

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), index=True)
    hukou_type: Mapped[str] = mapped_column(String(10))  # urban | rural
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    # 开户人: the ID number of the member in whose name the account is opened; None: the head
    bank_holder_id_number: Mapped[str | None] = mapped_column(String(18), nullable=True, default=None)
    employment_deduction_fen: Mapped[int] = mapped_column(Integer, default=0)
    consent_full_notice: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    poverty_cause: Mapped[str] = mapped_column(String(12), default="", server_default="")  # POVERTY_CAUSES
    sanwu: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 三无

    status: Mapped[str] = mapped_column(String(12), default=HouseholdStatus.REGISTERED, index=True)
    category: Mapped[str] = mapped_column(String(12), default="")  # benefit class, e.g. class1
    monthly_benefit_fen: Mapped[int] = mapped_column(Integer, default=0)
    benefit_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    # Kept in step with members and incomes by services.households
    head_name: Mapped[str] = mapped_column(String(50), default="")
    # pinyin, then the name (names.sort_key), for sorting: compared byte by byte (code points) on
    # both engines, whatever collation a PostgreSQL database was made with (a Chinese one
    # would order two names that read the same in pinyin its own way)
    head_sort_key: Mapped[str] = mapped_column(
        String(200).with_variant(String(200, collation="C"), "postgresql"), default="")
    head_id_number: Mapped[str] = mapped_column(String(18), default="")
    person_count: Mapped[int] = mapped_column(Integer, default=0)
    covered_count: Mapped[int] = mapped_column(Integer, default=0)
    income_fen: Mapped[int] = mapped_column(Integer, default=0)  # counted monthly income
    per_capita_fen: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village] = relationship()
    members: Mapped[list["Member"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Member.position")
    incomes: Mapped[list["IncomeItem"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="IncomeItem.id")
    properties: Mapped[list["PropertyItem"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="PropertyItem.id")
    supporters: Mapped[list["Supporter"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Supporter.id")

    __table_args__ = (
        Index("ix_household_head_sort", "head_sort_key"),
        Index("ix_household_village_status", "village_id", "status"),
        # the few households paid into a member's account, found without reading them all (造册)
        Index("ix_household_bank_holder", "bank_holder_id_number"),
    )


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    sex: Mapped[str] = mapped_column(String(2))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(20))
    disability_grade: Mapped[int] = mapped_column(Integer, default=0)
    serious_illness: Mapped[bool] = mapped_column(Boolean, default=False)
    illness_note: Mapped[str] = mapped_column(String(200), default="")
    work_capacity: Mapped[str] = mapped_column(String(10), default="full")
    employment: Mapped[str] = mapped_column(String(20), default="none")
    covered: Mapped[bool] = mapped_column(Boolean, default=True)
    not_covered_reason: Mapped[str] = mapped_column(String(200), default="")
    self_care: Mapped[str] = mapped_column(String(8), default="", server_default="")  # SELF_CARE, "" not told
    health: Mapped[str] = mapped_column(String(8), default="", server_default="")  # HEALTH, "" not told
    person_status: Mapped[str] = mapped_column(String(12), default=PersonStatus.NORMAL, server_default="normal")
    status_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # the day person_status began
    unemployment_registered: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    household: Mapped[Household] = relationship(back_populates="members")


class IncomeItem(Base):
    __tablename__ = "income_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"), nullable=True,
                                                  index=True)
    kind: Mapped[str] = mapped_column(String(20))
    amount_fen: Mapped[int] = mapped_column(Integer)  # per month
    note: Mapped[str] = mapped_column(String(200), default="")

    household: Mapped[Household] = relationship(back_populates="incomes")
    member: Mapped[Member | None] = relationship()


class PropertyItem(Base):
    __tablename__ = "property_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value_fen: Mapped[int] = mapped_column(Integer, default=0)
    area_m2_x100: Mapped[int] = mapped_column(Integer, default=0)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(200), default="")

    household: Mapped[Household] = relationship(back_populates="properties")


class Supporter(Base):
    """A person with a legal duty of support (赡养/抚养/扶养义务人)."""

    __tablename__ = "supporter"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    relation: Mapped[str] = mapped_column(String(20), default="")
    duty: Mapped[str] = mapped_column(String(20), default="maintain_elder")
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    household_income_fen: Mapped[int] = mapped_column(Integer, default=0)
    support_paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")

    household: Mapped[Household] = relationship(back_populates="supporters")
