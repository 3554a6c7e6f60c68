"""The 低保证 issued to households (one row per certificate, with its state)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, update
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain.certificate import CertificateState
from dibao_desk.models import dialect
from dibao_desk.models.audit import claim
from dibao_desk.models.base import Base, Timestamped
# The tables this module's foreign keys name load with it (see dibao_desk.models).
import dibao_desk.models.household  # noqa: F401


class Certificate(Timestamped, Base):
    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    prefix: Mapped[str] = mapped_column(String(4))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # domain.certificate.IssueKind
    reason: Mapped[str] = mapped_column(Text, default="")  # 补发: why (lost, destroyed …)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(12), default=CertificateState.ACTIVE)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # superseded or revoked
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id", ondelete="SET NULL"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (UniqueConstraint("prefix", "year", "serial"),
                      Index("ix_certificate_household_state", "household_id", "state"))


def lock_numbering(conn: Connection) -> None:
    """Take the right to number a certificate before reading the last serial, and hold it to
    the commit, so that two clerks issuing at once never read the same last serial (the second
    waits for the first's commit, then reads its number). On SQLite, an update of no row as the
    transaction's first statement takes the store's one write lock (a transaction that had only
    read would be refused the lock once another one had written); on PostgreSQL, the audit
    chain's lock, which every writer of a certificate takes anyway."""
    if dialect.is_sqlite(conn):
        table = Certificate.__table__
        conn.execute(update(table).where(table.c.id == -1).values(serial=table.c.serial))
    else:
        claim(conn)
