from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, DateTime, String, Table, Text, bindparam, delete, insert, literal, update
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from sqlalchemy.orm import Mapped, mapped_column

from dibao_desk.domain.household import ListColumns
from dibao_desk.models import dialect
from dibao_desk.models.audit import AuditLog
from dibao_desk.models.base import Base, utcnow
from dibao_desk.models.household import Household, IncomeItem, Member
from dibao_desk.models.insert_thread import InsertThread
from dibao_desk.models.ledger import PERIOD_COLUMNS, LedgerPeriod
from dibao_desk.models.office import Village


class RosterMapping(Base):
    """A column mapping the operator used for a roster of one header shape (the same
    header labels in the same order), offered again for the next file of that shape."""

    __tablename__ = "roster_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    shape_key: Mapped[str] = mapped_column(String(64), unique=True)
    labels: Mapped[str] = mapped_column(Text, default="")  # JSON list of header labels
    mapping: Mapped[str] = mapped_column(Text, default="")  # JSON list: one field per column
    used_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ---- the roster import's bulk SQL (services/roster_commit.py) --------------------------------
#
# A county's roster is 40,000 households and 100,000 members written in one transaction: the
# rows go to the driver's executemany, with SQL made here from the mapped tables (column names
# checked against them, the other columns' Python defaults as literals), so a change of the
# schema is made in the models only. Made once per engine kind and kept.

# The columns the import gives for a new household, in the order of its rows.
NEW_HOUSEHOLD_COLUMNS: tuple[str, ...] = (
    "id", "village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "note", "status",
    "category", "monthly_benefit_fen", "created_at", "updated_at", "benefit_start", *ListColumns._fields,
    "bank_holder_id_number")
# ... for a new member, when the roster says more than name, number and relation
NEW_MEMBER_COLUMNS: tuple[str, ...] = (
    "id", "household_id", "position", "name", "id_number", "sex", "birth_date", "relation", "disability_grade",
    "serious_illness", "illness_note", "work_capacity")
# ... and when it says only those (the rest take the member's defaults)
PLAIN_MEMBER_COLUMNS: tuple[str, ...] = NEW_MEMBER_COLUMNS[:8]
# ... for the roster's income of a household: (household_id, amount_fen), of one kind and note
INCOME_COLUMNS: tuple[str, ...] = ("household_id", "amount_fen")

_SQL: dict[tuple[str, str, str, tuple[str, ...], tuple[tuple[str, Any], ...]], str] = {}


def insert_sql(conn: Connection, table: Table, columns: Sequence[str], fixed: Mapping[str, Any] | None = None) -> str:
    """An INSERT of ``table`` for the driver: ``columns`` as parameters in that order, ``fixed``
    and every other column's scalar Python default as literals (what the ORM would write), the
    rest left to the store (server defaults, NULL). Raises KeyError for a column the table
    does not have."""
    fixed_items = tuple(sorted((fixed or {}).items()))
    key = (conn.dialect.name, str(conn.dialect.paramstyle), table.fullname, tuple(columns), fixed_items)
    sql = _SQL.get(key)
    if sql is None:
        values = dict(fixed_items)
        for c in table.c:
            if c.name not in values and c.name not in columns and isinstance(c.default, ScalarElementColumnDefault):
                values[c.name] = c.default.arg
        quote = conn.dialect.identifier_preparer.quote
        names = [quote(table.c[name].name) for name in columns]
        literals = [literal(v, table.c[name].type).compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
                    for name, v in values.items()]
        names += [quote(table.c[name].name) for name in values]
        sql = _SQL[key] = dialect.driver_sql(conn, (
            f"INSERT INTO {conn.dialect.identifier_preparer.format_table(table)} ({', '.join(names)}) "
            f"VALUES ({', '.join(['?'] * len(columns) + [str(x) for x in literals])})"))
    return sql


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                fixed: Mapping[str, Any] | None = None) -> None:
    """Insert ``rows`` (plain values in ``columns`` order: dates already as the store's text)
    with one executemany on the driver, in the connection's transaction. SQLAlchemy's own
    per-row parameter handling costs more than SQLite's insert for a county's roster."""
    if rows:
        conn.exec_driver_sql(insert_sql(conn, table, columns, fixed), list(rows))


def insert_new_households(writer: InsertThread, rows: Sequence[Sequence[Any]]) -> None:
    """New households' rows, in NEW_HOUSEHOLD_COLUMNS order."""
    writer.insert(Household.__table__, NEW_HOUSEHOLD_COLUMNS, rows)


def insert_new_members(writer: InsertThread, rows: Sequence[Sequence[Any]]) -> None:
    """New members' rows, in NEW_MEMBER_COLUMNS or PLAIN_MEMBER_COLUMNS order (all the rows the same)."""
    if rows:
        columns = NEW_MEMBER_COLUMNS if len(rows[0]) == len(NEW_MEMBER_COLUMNS) else PLAIN_MEMBER_COLUMNS
        writer.insert(Member.__table__, columns, rows)


def insert_incomes(writer: InsertThread, rows: Sequence[Sequence[Any]], kind: str, note: str) -> None:
    """One income item a household, (household_id, amount_fen), of no member."""
    writer.insert(IncomeItem.__table__, INCOME_COLUMNS, rows, {"kind": kind, "note": note})


def insert_dicts(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``insert_rows`` of rows given as dicts, every row the same keys."""
    if rows:
        insert_rows(conn, table, list(rows[0]), [tuple(r.values()) for r in rows])


def insert_core(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows given as dicts (every row the same keys) inserted by one Core ``executemany``, in
    order: the types' conversions and the columns' Python defaults applied as the ORM applies
    them (ids given in row order, as the ORM's inserts give them)."""
    if rows:
        conn.execute(insert(table), rows)


def update_by_id(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows of ``table`` changed by their id: one Core ``executemany`` (every row the same keys,
    its id under ``b_id``); a column's ``onupdate`` applied as the ORM applies it."""
    if rows:
        values: dict[str, Any] = {k: bindparam(k) for k in rows[0] if k != "b_id"}
        conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(values), rows)


def delete_by_id(conn: Connection, table: Table, ids: Sequence[int]) -> None:
    """Rows of ``table`` deleted by their id: one Core ``executemany``."""
    if ids:
        conn.execute(delete(table).where(table.c.id == bindparam("b_id")), [{"b_id": i} for i in ids])


def insert_periods(writer: InsertThread, rows: Sequence[Sequence[Any]]) -> None:
    """Ledger periods in ``models.ledger.PERIOD_COLUMNS`` order (``models.ledger.plain_period``)."""
    writer.insert(LedgerPeriod.__table__, PERIOD_COLUMNS, rows)


# ... for an audit row appended chained: models.audit.chained_rows
CHAINED_AUDIT_COLUMNS: tuple[str, ...] = (
    "id", "at", "operator", "entity", "entity_id", "action", "before", "after", "prev_hash", "row_hash")


def insert_audits_chained(writer: InsertThread, rows: Sequence[Sequence[Any]]) -> None:
    """Audit rows with their ids and hashes (``models.audit.chained_rows``), in CHAINED_AUDIT_COLUMNS order."""
    writer.insert(AuditLog.__table__, CHAINED_AUDIT_COLUMNS, rows)


@contextmanager
def page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache of this connection at ``kib`` KiB for the block, then as it was
    (leave the block before the transaction commits: the connection then goes back to the
    pool). A county's roster writes some 50 MB of pages in one transaction, its indexes in
    name and ID-number order touched all over: with the default 2 MB the cache spills pages
    to the log mid-transaction and reads them back."""
    before = dialect.run(conn, "PRAGMA cache_size").scalar()
    dialect.run(conn, f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        dialect.run(conn, f"PRAGMA cache_size = {int(before)}")


# ---- the store as the import sees it (services/roster_lookup) ---------------------------------
# Read straight on the session's DB-API connection (same transaction): SQLAlchemy's per-row
# result handling cost more than the lookups. A roster naming a good part of the store is
# matched in one pass over it; a smaller one by chunks of numbers or ids.

LOOKUP_CHUNK = 900  # numbers or ids a query: under SQLite's oldest parameter limit


def _columns(table: Table, names: Sequence[str]) -> str:
    """The columns' names as the table has them (a name it lacks is a KeyError here, not SQL)."""
    return ", ".join(table.c[n].name for n in names)


def _fetch(conn: Connection, sql: str, params: Sequence[Any]) -> Sequence[tuple[Any, ...]]:
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # the session's open connection
    cur = dbapi.cursor()
    try:
        cur.execute(sql, tuple(params))
        return cur.fetchall()
    finally:
        cur.close()


def most_of(conn: Connection, table: Table, wanted: int) -> bool:
    """Is ``wanted`` rows a good part (an eighth or more) of the table? Then reading all of it
    in one pass beats looking rows up by the hundred."""
    if wanted < 4 * LOOKUP_CHUNK:
        return False
    return wanted * 8 >= int(_fetch(conn, f'SELECT count(*) FROM "{table.name}"', ())[0][0])


def _chunks(values: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [tuple(values[i:i + LOOKUP_CHUNK]) for i in range(0, len(values), LOOKUP_CHUNK)]


class WholeRead:
    """A whole-table read started ahead of the lookup that may want it (``lookup_reads``): its
    rows are fetched a batch at a time (``pump``; the query runs at the first) while the caller
    waits for something else, the rest when the lookup takes them (``take``). Same transaction,
    so the same rows as the lookup's own query; dropped when the lookup goes by chunks instead."""

    def __init__(self, conn: Connection, sql: str) -> None:
        self._conn = conn
        self.sql = sql
        self._cursor: Any = None
        self.rows: list[tuple[Any, ...]] = []
        self.done = False  # every row fetched
        self.dropped = False  # closed: its rows let go

    def _open(self) -> Any:
        if self._cursor is None:
            dbapi = self._conn.connection.dbapi_connection
            assert dbapi is not None  # the session's open connection
            self._cursor = dbapi.cursor()
            self._cursor.execute(self.sql)
        return self._cursor

    def pump(self, batch: int = 2000) -> bool:
        """Fetch up to ``batch`` more rows; False once all are fetched."""
        if self.done:
            return False
        part = self._open().fetchmany(batch)
        self.rows += part
        if len(part) < batch:
            self._finish()
        return not self.done

    def take(self) -> list[tuple[Any, ...]]:
        """All the rows (the ones not fetched yet fetched now)."""
        if self.dropped:
            raise RuntimeError("a whole-table read taken after it was dropped")
        if not self.done:
            self.rows += self._open().fetchall()
            self._finish()
        return self.rows

    def _finish(self) -> None:
        self.done = True
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None

    def close(self) -> None:
        """Drop the read: its rows and its cursor (a lookup after it reads for itself)."""
        self.dropped = True
        self._finish()
        self.rows = []


def _whole(conn: Connection, sql: str, ahead: Mapping[str, WholeRead] | None) -> Sequence[tuple[Any, ...]]:
    """The rows of a whole-table read: the one started ahead for this SQL, or read now."""
    read = ahead.get(sql) if ahead else None
    return read.take() if read is not None and not read.dropped else _fetch(conn, sql, ())


def has_members(conn: Connection) -> bool:
    """Whether any member is stored (none: the first import, nothing to look up)."""
    return bool(_fetch(conn, f'SELECT 1 FROM "{Member.__table__.name}" LIMIT 1', ()))


def roster_imported(conn: Connection) -> bool:
    """Whether a roster was imported into the store before (its mapping is remembered)."""
    return bool(_fetch(conn, f'SELECT 1 FROM "{RosterMapping.__table__.name}" LIMIT 1', ()))


def _member_households_sql() -> str:
    M = Member.__table__
    return f'SELECT {_columns(M, ("id_number", "household_id"))} FROM "{M.name}"'


def _heads_sql() -> str:
    H, V = Household.__table__, Village.__table__
    return (f'SELECT h.{H.c.id.name}, h.{H.c.head_name.name}, v.{V.c.name.name} FROM "{H.name}" h '
            f'JOIN "{V.name}" v ON h.{H.c.village_id.name} = v.{V.c.id.name}')


def _household_rows_sql(household_columns: Sequence[str], member_columns: Sequence[str]) -> tuple[str, str, str]:
    """(households' SQL, members' SQL, the members' order)."""
    H, M = Household.__table__, Member.__table__
    return (f'SELECT {_columns(H, household_columns)} FROM "{H.name}"',
            f'SELECT {_columns(M, member_columns)} FROM "{M.name}"',
            f" ORDER BY {M.c.household_id.name}, {M.c.position.name}")


def lookup_reads(conn: Connection, household_columns: Sequence[str], member_columns: Sequence[str],
                 registered_too: bool = True) -> dict[str, WholeRead]:
    """The whole-table reads ``member_households``, ``heads_and_villages`` and
    ``household_rows`` make for a roster naming much of the store (none run yet), in the order
    a roster needs them: numbers, heads, members' rows, households' rows. Without
    ``registered_too`` only the numbers' (the others serve a roster whose persons are registered)."""
    h_sql, m_sql, m_order = _household_rows_sql(household_columns, member_columns)
    sqls = (_member_households_sql(), _heads_sql(), m_sql + m_order, h_sql) if registered_too else \
        (_member_households_sql(),)
    return {sql: WholeRead(conn, sql) for sql in sqls}


def member_households(conn: Connection, numbers: Sequence[str],
                      ahead: Mapping[str, WholeRead] | None = None) -> dict[str, int]:
    """ID number -> household id, for the numbers some member in the store has. ``ahead``:
    whole-table reads started ahead (``lookup_reads``), used if this one reads in one pass."""
    M = Member.__table__
    if not numbers or not has_members(conn):
        return {}  # an empty store (the first import): nothing to look up
    sql = _member_households_sql()
    if most_of(conn, M, len(numbers)):
        wanted = set(numbers)
        return {number: hid for number, hid in _whole(conn, sql, ahead) if number in wanted}
    found: dict[str, int] = {}
    for chunk in _chunks(numbers):
        found.update(_fetch(conn, f'{sql} WHERE {M.c.id_number.name} IN ({",".join("?" * len(chunk))})', chunk))
    return found


def heads_and_villages(conn: Connection, hids: Sequence[int],
                       ahead: Mapping[str, WholeRead] | None = None) -> dict[int, tuple[str, str]]:
    """Household id -> (head's name, village name)."""
    H = Household.__table__
    sql = _heads_sql()
    if most_of(conn, H, len(hids)):
        return {hid: (head, village) for hid, head, village in _whole(conn, sql, ahead)}
    found: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(hids):
        found.update((hid, (head, village)) for hid, head, village in _fetch(
            conn, f'{sql} WHERE h.{H.c.id.name} IN ({",".join("?" * len(chunk))})', chunk))
    return found


def household_rows(conn: Connection, ids: Sequence[int], household_columns: Sequence[str],
                   member_columns: Sequence[str], ahead: Mapping[str, WholeRead] | None = None
                   ) -> dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """Household id -> (its row, its members' rows in order), the given columns as stored
    (booleans as the driver gives them). The first column of each must be the household's id
    (``id`` and ``household_id``)."""
    H, M = Household.__table__, Member.__table__
    h_sql, m_sql, m_order = _household_rows_sql(household_columns, member_columns)
    out: dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = {}
    members: dict[int, list[tuple[Any, ...]]]
    if most_of(conn, H, len(ids)):
        wanted = set(ids)
        members = {}
        for r in _whole(conn, m_sql + m_order, ahead):
            if r[0] in wanted:
                members.setdefault(r[0], []).append(r)
        for r in _whole(conn, h_sql, ahead):
            if r[0] in wanted:
                out[r[0]] = (r, members.get(r[0], []))
        return out
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        members = {}
        for r in _fetch(conn, f"{m_sql} WHERE {M.c.household_id.name} IN ({marks}){m_order}", chunk):
            members.setdefault(r[0], []).append(r)
        for r in _fetch(conn, f"{h_sql} WHERE {H.c.id.name} IN ({marks})", chunk):
            out[r[0]] = (r, members.get(r[0], []))
    return out
