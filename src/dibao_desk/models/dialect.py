"""What differs between the two engines the store runs on, in one place.

A township's store is a SQLite file; a county's may be a PostgreSQL database. Models and
services write the same SQL for both; where the engines differ (the driver's placeholders,
date formatting, SQLite's planner hints, upserts) they go through the helpers here, so a new
difference is handled once.

- ``run(conn, sql, params)``: plain SQL written with ``?`` placeholders, sent to the driver in
  its own paramstyle (psycopg wants ``%s``); a list of rows is one executemany.
- ``month_key(col)``: a date column as ``YYYY-MM`` text; ``month_start(col)``: the first day of its month.
- ``no_index(col)``: the column, with SQLite told not to use an index on it (unary plus);
  PostgreSQL's planner needs no hint.
- ``code_point(col)``: a text column to ORDER BY in code-point order, as SQLite, Python and the
  window sort: on PostgreSQL ``COLLATE "C"``, whatever collation the database was made with
  (pinyin on a Chinese system: 北山村 before 东风村).
- ``timestamp_text(col)``: a timestamp as ``YYYY-MM-DD HH:MM:SS.ffffff`` text, the way SQLite
  stores it, so the audit chain hashes the same text on both engines.
- ``insert_or_replace`` / ``insert_or_ignore``: INSERT that replaces or skips a row whose key exists.
- ``driver_rows`` / ``driver_batches`` / ``cached_driver_rows``: a SQLAlchemy query's rows
  straight from the driver, for tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Date, String
from sqlalchemy.sql import ClauseElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def is_sqlite(conn_or_engine) -> bool:
    return conn_or_engine.dialect.name == SQLITE


def driver_sql(conn: Connection, sql: str, has_params: bool = True) -> str:
    """``sql`` written with ``?`` placeholders, in the driver's paramstyle."""
    style = conn.dialect.paramstyle
    if style == "qmark" or not has_params:
        return sql
    if style in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    raise NotImplementedError(f"paramstyle {style}")


def run(conn: Connection, sql: str, params: Sequence[Any] | Sequence[Sequence[Any]] | None = None):
    """Execute plain SQL (``?`` placeholders) on the driver; a list of tuples runs as executemany."""
    if params is None:
        return conn.exec_driver_sql(driver_sql(conn, sql, False))
    return conn.exec_driver_sql(driver_sql(conn, sql), params)


def bulk_insert(conn: Connection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert many rows, fast: one prepared INSERT run by the driver's executemany on SQLite,
    COPY ... FROM STDIN on PostgreSQL (several times faster than any INSERT there)."""
    if not rows:
        return
    if is_sqlite(conn):
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             rows)
        return
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cur.close()


def cursor_executemany(conn: Connection, sql: str, rows: list[tuple]) -> None:
    """executemany on the raw DB-API cursor (the fastest path for tens of thousands of rows)."""
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.executemany(driver_sql(conn, sql), rows)
    finally:
        cur.close()


def driver_rows(conn: Connection, stmt) -> list[tuple]:
    """A SQLAlchemy query's rows straight from the driver (no per-row result processing: for tens
    of thousands of rows that costs more than the query). Values are the driver's own: SQLite
    gives dates as text and booleans as 0/1, psycopg gives dates and booleans."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    if compiled.positiontup is not None:  # qmark, format: parameters in order
        params: Any = [compiled.params[name] for name in compiled.positiontup]
    else:  # pyformat: by name
        params = compiled.params
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(str(compiled), params)
        return cur.fetchall()
    finally:
        cur.close()


def driver_batches(conn: Connection, stmt: ClauseElement, batch: int = 5000) -> Iterator[tuple]:
    """Like ``driver_rows``, fetched ``batch`` rows at a time (for a hundred thousand rows
    written out as they come). The statement's values are rendered into its SQL."""
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(sql)
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            yield from rows
    finally:
        cur.close()


_COMPILED: dict[tuple[str, str, Hashable], tuple[str, Sequence[str] | None]] = {}


def cached_driver_rows(conn: Connection, key: Hashable, build: Callable[[], ClauseElement],
                       params: dict[str, Any]) -> list[tuple]:
    """``driver_rows`` of a statement asked for often (a list the window shows): ``build()``
    makes it once per engine kind and ``key`` (its shape), with named ``bindparam``s that
    ``params`` fill, passed to the driver as they are (dates as ISO text suit both engines)."""
    k = (conn.dialect.name, str(conn.dialect.paramstyle), key)
    found = _COMPILED.get(k)
    if found is None:
        compiled = build().compile(dialect=conn.dialect)
        found = _COMPILED[k] = (str(compiled), getattr(compiled, "positiontup", None))
    sql, order = found
    args: Any = [params[name] for name in order] if order is not None else params
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(sql, args)
        return cur.fetchall()
    finally:
        cur.close()


def insert_or_replace(conn: Connection, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
    """``INSERT OR REPLACE`` (SQLite) / ``INSERT ... ON CONFLICT (key) DO UPDATE`` (PostgreSQL),
    with ``?`` placeholders for ``columns``."""
    marks = ", ".join("?" * len(columns))
    cols = ", ".join(columns)
    if is_sqlite(conn):
        return f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({marks})"
    sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in key)
    return (f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) "
            + (f"DO UPDATE SET {sets}" if sets else "DO NOTHING"))


def insert_or_ignore(conn: Connection, table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" * len(columns))
    cols = ", ".join(columns)
    if is_sqlite(conn):
        return f"INSERT OR IGNORE INTO {table} ({cols}) VALUES ({marks})"
    return f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT DO NOTHING"


def insert_ignoring(conn: Connection, table):
    """An INSERT of ``table`` that skips a row whose unique key is already there (a concurrent
    transaction's too: PostgreSQL waits for it, then skips), as a SQLAlchemy statement."""
    if is_sqlite(conn):
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    return pg_insert(table).on_conflict_do_nothing()


def integrity_messages(conn: Connection) -> list[str]:
    """The engine's own check of the store: ["ok"] when it finds nothing. SQLite reads every
    page (PRAGMA integrity_check); PostgreSQL keeps its pages itself, so what is checked there
    is that every constraint is validated (none was added NOT VALID or left so by a restore)."""
    if is_sqlite(conn):
        return [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    bad = [f"{t}: {c}" for t, c in conn.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE n.nspname = current_schema() AND NOT c.convalidated ORDER BY 1, 2")]
    return [f"constraint not validated: {b}" for b in bad] or ["ok"]


def foreign_key_problems(conn: Connection) -> int:
    """Rows whose foreign key points nowhere. PostgreSQL refuses such rows when they are
    written (its constraints are always on); SQLite is asked."""
    if is_sqlite(conn):
        return len(conn.exec_driver_sql("PRAGMA foreign_key_check").all())
    return 0


# ---- expressions compiled per dialect ---------------------------------------------------------

class month_key(FunctionElement):
    """A date column as 'YYYY-MM' text."""

    type = String()
    inherit_cache = True


@compiles(month_key)
def _month_key_sqlite(element, compiler, **kw):
    return "strftime('%Y-%m', " + compiler.process(element.clauses, **kw) + ")"


@compiles(month_key, POSTGRESQL)
def _month_key_pg(element, compiler, **kw):
    return "to_char(%s, 'YYYY-MM')" % compiler.process(element.clauses, **kw)


class timestamp_text(FunctionElement):
    """A timestamp as 'YYYY-MM-DD HH:MM:SS.ffffff' text."""

    type = String()
    inherit_cache = True


@compiles(timestamp_text)
def _ts_text_sqlite(element, compiler, **kw):
    return "CAST(%s AS TEXT)" % compiler.process(element.clauses, **kw)


@compiles(timestamp_text, POSTGRESQL)
def _ts_text_pg(element, compiler, **kw):
    return "to_char(%s, 'YYYY-MM-DD HH24:MI:SS.US')" % compiler.process(element.clauses, **kw)


class no_index(FunctionElement):
    """The column; on SQLite with a unary plus, which keeps the planner off its index."""

    inherit_cache = True

    def __init__(self, col: ColumnElement):
        super().__init__(col)
        self.type = col.type


@compiles(no_index)
def _no_index_sqlite(element, compiler, **kw):
    return "+%s" % compiler.process(element.clauses, **kw)


@compiles(no_index, POSTGRESQL)
def _no_index_pg(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


class code_point(FunctionElement):
    """A text column compared by code point (SQLite's BINARY; ``COLLATE "C"`` on PostgreSQL)."""

    inherit_cache = True

    def __init__(self, col: Any):  # a Core column or a mapped attribute
        super().__init__(col)
        self.type = col.type


@compiles(code_point)
def _code_point_sqlite(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(code_point, POSTGRESQL)
def _code_point_pg(element, compiler, **kw):
    return '(%s) COLLATE "C"' % compiler.process(element.clauses, **kw)


def timestamp_text_sql(conn: Connection, column: str) -> str:
    """``timestamp_text`` for plain SQL."""
    if is_sqlite(conn):
        return f"CAST({column} AS TEXT)"
    return f"to_char({column}, 'YYYY-MM-DD HH24:MI:SS.US')"


class month_start(FunctionElement):
    """The first day of the month of a date or timestamp, as a date."""

    type = Date()
    inherit_cache = True


@compiles(month_start)
def _month_start_sqlite(element, compiler, **kw):
    return "date(%s, 'start of month')" % compiler.process(element.clauses, **kw)


@compiles(month_start, POSTGRESQL)
def _month_start_pg(element, compiler, **kw):
    return "CAST(date_trunc('month', %s) AS DATE)" % compiler.process(element.clauses, **kw)
