"""Exchange packages with the county, cross-check warnings, and the county office's own tables.

Township side: each package sent or received is a row (sequence numbers run per counterpart
and kind; a package received is remembered with its checksum so the same file is refused a
second time). Cross-check warnings (核对预警) from the county are kept with the date by which
the household must answer.

County side (office mode "county"): the townships it serves, the cases they sent for approval,
the spot-check draws (with the seed that reproduces them), the decisions, and the latest
roster of each township.

The bulk SQL of the exchange is at the end (``roster_households`` and the rest): a schema
change is made here, not in the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import cast

from sqlalchemy import (
    Boolean, ColumnElement, Connection, Date, DateTime, ForeignKey, Index, Integer, String, Text,
    Table, UniqueConstraint, case, delete, func, select, update,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dibao_desk.domain.certificate import CertificateState
from dibao_desk.domain.county import CountyCaseStatus, CountyWarningStatus
from dibao_desk.domain.household import LEFT_STATUSES, HouseholdStatus
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.domain.registers import WarningStatus
from dibao_desk.models import dialect
from dibao_desk.models.assistance import LinkedAssistance
from dibao_desk.models.base import Base, utcnow
from dibao_desk.models.certificate import Certificate
from dibao_desk.models.household import Household, Member
from dibao_desk.models.office import Village


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
    # the receipt's rows as JSON ([row, sheet, key, name, result, reason], ...): written again
    # from them when the receipt never reached the stick ("" for packages imported before)
    receipt_rows: Mapped[str] = mapped_column(Text, default="", server_default="")

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
    kind: Mapped[str] = mapped_column(String(10), default=CaseKind.NEW)
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


# ---- bulk SQL ------------------------------------------------------------------------------
# What the exchange reads and writes by the ten thousand rows: a township's roster package
# (households, persons, linked assistance of the households receiving in a period), the
# county's copy of a township's roster, and the marks an applied package leaves.

def _table(model: type[Base]) -> Table:
    return model.__table__


def _receiving(first: dt.date, last: dt.date) -> ColumnElement[bool]:
    """Households receiving in the period: receiving now, and since before its end."""
    H = Household.__table__
    return (H.c.status == HouseholdStatus.RECEIVING) & (H.c.benefit_start.is_(None) | (H.c.benefit_start <= last))


def _village_order(conn: Connection) -> ColumnElement[int]:
    """The rank of each household's village by name as Python (and the window, and SQLite)
    sorts text, by code point: ordering by the name in SQL follows the server's collation,
    pinyin on a PostgreSQL made on a Chinese system (北山村 before 东风村). A township has tens
    of villages: their ranks go into the statement and the rows still stream in order."""
    V, H = Village.__table__, Household.__table__
    names = sorted((name or "", vid) for vid, name in conn.execute(select(V.c.id, V.c.name)))
    if not names:  # no household can join a village: any order will do, but not ``ORDER BY 0``,
        return H.c.village_id  # which both engines read as a column position and refuse
    rank: dict[str, int] = {}
    for name, _vid in names:
        rank.setdefault(name, len(rank))  # villages of one name rank together, as ordering by name did
    return case({vid: rank[name] for name, vid in names}, value=H.c.village_id, else_=len(rank))


def roster_counts(conn: Connection, first: dt.date, last: dt.date) -> tuple[int, int]:
    """(households, persons) of the roster package for the period."""
    H, M = Household.__table__, Member.__table__
    where = _receiving(first, last)
    households = conn.execute(select(func.count()).select_from(H).where(where)).scalar() or 0
    persons = conn.execute(select(func.count()).select_from(M.join(H, M.c.household_id == H.c.id))
                           .where(where)).scalar() or 0
    return households, persons


def roster_households(conn: Connection, first: dt.date, last: dt.date) -> Iterator[tuple]:
    """(id, village, head, head's ID number, hukou, persons, covered, class, monthly fen, start,
    address, 低保证号, poverty cause, 三无) of each household receiving in the period, by village
    (``_village_order``) and id; straight from the driver (dates as their stored text on
    SQLite, flags as 0/1)."""
    H, V, C = Household.__table__, Village.__table__, Certificate.__table__
    return dialect.driver_batches(conn, select(
        H.c.id, V.c.name, H.c.head_name, H.c.head_id_number, H.c.hukou_type, H.c.person_count,
        H.c.covered_count, H.c.category, H.c.monthly_benefit_fen, H.c.benefit_start, H.c.address,
        func.coalesce(C.c.number, ""), H.c.poverty_cause, H.c.sanwu)
        .select_from(H.join(V, H.c.village_id == V.c.id)
                     .outerjoin(C, (C.c.household_id == H.c.id) & (C.c.state == CertificateState.ACTIVE)))
        .where(_receiving(first, last))
        .order_by(_village_order(conn), H.c.id))


def roster_persons(conn: Connection, first: dt.date, last: dt.date) -> Iterator[tuple]:
    """(household, name, ID number, sex, birth date, relation, covered, disability grade, self
    care, health, person status, the day it began) of their members, in the households' order,
    then position."""
    H, V, M = Household.__table__, Village.__table__, Member.__table__
    return dialect.driver_batches(conn, select(
        M.c.household_id, M.c.name, M.c.id_number, M.c.sex, M.c.birth_date, M.c.relation, M.c.covered,
        M.c.disability_grade, M.c.self_care, M.c.health, M.c.person_status, M.c.status_on)
        .select_from(M.join(H, M.c.household_id == H.c.id).join(V, H.c.village_id == V.c.id))
        .where(_receiving(first, last))
        .order_by(_village_order(conn), H.c.id, M.c.position))


def roster_assistance(conn: Connection, first: dt.date, last: dt.date) -> list[tuple]:
    """(household, member's ID number, member's name, kind, fen, given on, giver, note, whether
    the member has left the household) of the linked assistance given in the period to those
    households. A member who left is named wherever the store holds the number now (moved to
    another household, or still listed with a status of one who left); one no longer held
    at all by the ID number (the caller marks both as gone)."""
    H, V, M, A = Household.__table__, Village.__table__, Member.__table__, LinkedAssistance.__table__
    left = (A.c.member_id_number != "") & (
        M.c.id.is_(None) | (M.c.household_id != A.c.household_id)
        | M.c.person_status.in_(sorted(LEFT_STATUSES)))
    return [tuple(r) for r in conn.execute(
        select(A.c.household_id, A.c.member_id_number,
               case((M.c.id.is_(None), A.c.member_id_number), else_=M.c.name), A.c.kind, A.c.amount_fen,
               A.c.given_on, A.c.giver, A.c.note, left)
        .select_from(A.join(H, A.c.household_id == H.c.id).join(V, H.c.village_id == V.c.id)
                     .outerjoin(M, (A.c.member_id_number != "") & (M.c.id_number == A.c.member_id_number)))
        .where(_receiving(first, last), A.c.given_on >= first, A.c.given_on <= last)
        .order_by(_village_order(conn), H.c.id, A.c.given_on, A.c.id))]


def mark_received(conn: Connection, received_id: int, warning_ids: list[int], county_case_ids: list[int],
                  county_payment_ids: Sequence[int] = ()) -> None:
    """The warnings, county cases and other payment rosters an applied package brought, marked
    with its record."""
    from dibao_desk.models.recovery import CountyPaymentOther

    W, K, O = _table(CrossCheckWarning), _table(CountyCase), _table(CountyPaymentOther)
    if warning_ids:
        conn.execute(update(W).where(W.c.received_id.is_(None), W.c.id.in_(warning_ids))
                     .values(received_id=received_id))
    if county_case_ids:
        conn.execute(update(K).where(K.c.id.in_(county_case_ids)).values(received_id=received_id))
    if county_payment_ids:
        conn.execute(update(O).where(O.c.payment_id.in_(list(county_payment_ids))).values(received_id=received_id))


COUNTY_ROSTER_COLUMNS = ("township_id", "period", "household_ref", "village", "head_name", "head_id_number",
                         "hukou_type", "persons", "covered", "category", "monthly_fen", "certificate")


def replace_county_roster(conn: Connection, township_id: int, rows: list[tuple]) -> int:
    """Replace the county's copy of a township's roster by ``rows`` (tuples in the order of
    COUNTY_ROSTER_COLUMNS); returns how many households the copy had before. One prepared
    INSERT and executemany on SQLite, COPY on PostgreSQL."""
    R = _table(CountyRosterHousehold)
    before = conn.execute(select(func.count()).select_from(R).where(R.c.township_id == township_id)).scalar() or 0
    conn.execute(delete(R).where(R.c.township_id == township_id))
    dialect.bulk_insert(conn, R.name, COUNTY_ROSTER_COLUMNS, rows)
    return before
