"""The audit log, kept as a hash chain (``domain.audit_chain``).

Rows are written by ``UnitOfWork.audit`` and by bulk writers with plain SQL; none of them
fills the chain columns. ``seal`` does, for every row not yet in the chain, just before a
transaction commits (a listener that ``models.store`` registers on the program's engine, so it
runs after every session hook and the last flush), so every writer joins the chain in the same
transaction as its rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain import audit_chain
from dibao_desk.models import dialect
from dibao_desk.models.base import Base, utcnow


class AuditLog(Base):
    """Who changed what, when: before and after as JSON; chained by hash."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(50), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

    # one record's rows (a notice reprint looks up the audit row of an older posting)
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class AuditHead(Base):
    """One row: the last chained audit row and its hash (a truncated log no longer matches it)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64), default="")




def _rows_sql(conn: Connection) -> str:
    return (f'SELECT id, {dialect.timestamp_text_sql(conn, "at")}, operator, entity, entity_id, action, '
            '"before", "after", prev_hash, row_hash FROM audit_log WHERE id > ? ORDER BY id')


# Two clerks writing at once on PostgreSQL: the rows of one transaction must all come before or
# all after the other's, or a commit would seal past rows still invisible to it. A writer takes
# this transaction-scoped lock before its first audit row and holds it to its commit, so audit
# appends (and the seal) run one transaction at a time. SQLite needs none: it has one writer.
_CHAIN_LOCK = 0x6469_6263  # "dibc"

# The one key dibao-desk took, exclusively, both to append to the chain and to upgrade a server
# store (models.store.SERVER_UPGRADE_LOCK) until they were given keys of their own. Both take it
# still, shared: shared holds do not wait for each other, so the chain and an upgrade no longer
# wait for each other, while a PC still on an earlier program during a county's rollout (taking
# it exclusively) waits for them and they for it: its chain appends stay one at a time with
# ours, and it writes no audit row while the store is being upgraded (once upgraded, the store
# is refused to it when it is opened: store.newer_schema). Taken before the key of its own.
EARLIER_PROGRAMS_LOCK = 0x6469_6261  # "diba"


def claim(conn: Connection) -> None:
    """Wait for the right to append to the chain (PostgreSQL; a no-op on SQLite)."""
    if not dialect.is_sqlite(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({EARLIER_PROGRAMS_LOCK}), "
                             f"pg_advisory_xact_lock({_CHAIN_LOCK})")


def head(conn: Connection) -> tuple[int, str] | None:
    row = dialect.run(conn, "SELECT last_id, hash FROM audit_head WHERE id = 1").first()
    return (int(row[0]), str(row[1])) if row is not None else None


def seal(conn: Connection) -> int:
    """Chain every audit row after the head; returns how many rows were sealed."""
    current = head(conn)
    last_id, prev = current if current is not None else (0, audit_chain.GENESIS)
    rows = [r[:8] for r in dialect.run(conn, _rows_sql(conn), (last_id,))]
    if not rows:
        return 0
    if not dialect.is_sqlite(conn):  # a writer outside UnitOfWork.audit: claim now, then read again
        claim(conn)
        current = head(conn)
        last_id, prev = current if current is not None else (0, audit_chain.GENESIS)
        rows = [r[:8] for r in dialect.run(conn, _rows_sql(conn), (last_id,))]
    links = audit_chain.chain(prev, rows)
    dialect.run(conn, "UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?",
                         [(p, h, i) for i, p, h in links])
    new_id, _, new_hash = links[-1]
    _move_head(conn, current is not None, new_id, new_hash)
    return len(links)


def _move_head(conn: Connection, exists: bool, last_id: int, last_hash: str) -> None:
    if not exists:
        dialect.run(conn, "INSERT INTO audit_head (id, last_id, hash) VALUES (1, ?, ?)", (last_id, last_hash))
    else:
        dialect.run(conn, "UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1", (last_id, last_hash))


_APPEND_COLUMNS = ("at", "operator", "entity", "entity_id", "action", '"before"', '"after"')
# rows appended chained: (id, *_APPEND_COLUMNS, prev_hash, row_hash)
APPEND_CHAINED_SQL = (f'INSERT INTO audit_log (id, {", ".join(_APPEND_COLUMNS)}, prev_hash, row_hash) '
                      f'VALUES ({", ".join("?" * (len(_APPEND_COLUMNS) + 3))})')


@dataclass
class ChainEnd:
    """Where the chain ends while a writer appends rows to it in parts (``chain_end``)."""

    last_id: int
    hash: str
    head_exists: bool  # audit_head has its row (else the first move inserts it)


def chain_end(conn: Connection) -> ChainEnd | None:
    """Seal the rows written before in the transaction and return where the chain ends, for
    rows appended chained in parts: ``chained_rows`` for each part, inserted with
    ``APPEND_CHAINED_SQL`` in order, then ``move_head``. None where rows cannot go in chained
    (PostgreSQL, several writers; or the log's last row is not the head's): there they go
    through ``append_chained``."""
    if not dialect.is_sqlite(conn):
        return None
    seal(conn)
    current = head(conn)
    last_id, prev = current if current is not None else (0, audit_chain.GENESIS)
    top = dialect.run(conn, "SELECT max(id) FROM audit_log").scalar() or 0
    return ChainEnd(last_id, prev, current is not None) if top == last_id else None


def chained_rows(end: ChainEnd, rows: Sequence[tuple[str, str, str, int | None, str, str, str]]
                 ) -> list[tuple[Any, ...]]:
    """``rows`` (as ``append_chained`` takes them) with the next ids and their hashes, as
    ``APPEND_CHAINED_SQL`` inserts them; ``end`` moves to the last of them."""
    if not rows:
        return []
    ids = range(end.last_id + 1, end.last_id + 1 + len(rows))
    shared = {(r[0], r[1], r[2], r[4], r[5]) for r in rows} if len(rows) > 1 else ()
    if len(shared) == 1:
        # one writer's rows of one kind (the roster import's): chained with the shared values' text made once
        links = audit_chain.chain_alike(end.hash, ids, next(iter(shared)), [r[3] for r in rows], [r[6] for r in rows])
    else:
        links = audit_chain.chain(end.hash, [(i, *r) for i, r in zip(ids, rows)])
    end.last_id, end.hash = links[-1][0], links[-1][2]
    return [(i, *r, p, h) for r, (i, p, h) in zip(rows, links)]


def move_head(conn: Connection, end: ChainEnd) -> None:
    """The head to the last row appended after ``chain_end`` (once they are all inserted)."""
    _move_head(conn, end.head_exists, end.last_id, end.hash)
    end.head_exists = True


def append_chained(conn: Connection, rows: Sequence[tuple[str, str, str, int | None, str, str, str]]) -> int:
    """Append many audit rows at once, chained as they are written: each row is (at as the
    store's text ``YYYY-MM-DD HH:MM:SS.ffffff``, operator, entity, entity_id, action, before,
    after). The rows written before them in the transaction are sealed first; these take
    the next ids with their hashes in one insert, and the head moves to the last. The
    chain is exactly what ``seal`` would make of the same rows at commit, without writing
    each row twice. On PostgreSQL (several writers), or when the log's last row is not the
    head's, the rows go in plain and ``seal`` chains them at commit, as any writer's.
    Returns how many rows were chained here."""
    if not rows:
        return 0
    end = chain_end(conn)
    if end is not None:
        dialect.run(conn, APPEND_CHAINED_SQL, chained_rows(end, rows))
        move_head(conn, end)
        return len(rows)
    claim(conn)
    dialect.bulk_insert(conn, "audit_log", _APPEND_COLUMNS, list(rows))
    return 0


def stored_rows(conn: Connection) -> list[audit_chain.StoredRow]:
    return [audit_chain.StoredRow(tuple(r[:8]), r[8], r[9]) for r in dialect.run(conn, _rows_sql(conn), (-1,))]
