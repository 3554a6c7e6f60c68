"""Bulk inserts run on a thread of their own, in the caller's transaction, while the caller
makes the next rows (the roster import's commit: 40,000 households and 100,000 members).

Why a thread: SQLite lets go of the interpreter while it inserts, and making the rows is
Python, so on a machine with a second core the two overlap. Why many rows a statement: the
driver's executemany takes the interpreter back after every row, and a thread making rows
keeps it for up to the interpreter's switch interval (5 ms) each time, so a row-by-row
writer would wait for the maker almost all the time; an INSERT of a few thousand rows binds
them at once and then runs without the interpreter until they are all in.

While the block runs, the interpreter's switch interval is shortened to half a millisecond
(then set back): the insert thread needs the interpreter for a moment after each statement,
and with the default 5 ms it waits for the row-making thread to let go about as long as
SQLite takes for the statement itself.

One thread uses the connection at a time: from ``__enter__`` to ``__exit__`` only the insert
thread touches it (the caller must neither query nor flush), and ``__exit__`` waits for the
thread in every case. The inserts run in the order given, in the caller's transaction. A
failure in the thread (a constraint, a full disk) is raised in the caller at its next
``insert`` or at the end of the block, as SQLAlchemy's error of that kind; the batches after it
are not run. An exception leaving the block (a cancel) drops the batches not yet run and
waits for the one running. Either way the transaction is the caller's to roll back: nothing
is committed here.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Mapping, Sequence
from itertools import chain
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy import exc as sa_exc

from dibao_desk.models import dialect

# The most rows one INSERT carries (also bounded by the driver's limit on parameters).
MAX_ROWS_PER_STATEMENT = 2000
SWITCH_INTERVAL = 0.0005  # seconds (sys.setswitchinterval) while the thread runs
_QUEUED = 4  # inserts waiting at most (about one batch of the import): memory stays flat

_Job = tuple[str, int, Sequence[Sequence[Any]]]  # the one-row INSERT, rows a statement (at most), the rows


class InsertThread:
    """Runs inserts, in order, on a thread of its own on ``conn``'s DB-API connection (SQLite)."""

    def __init__(self, conn: Connection) -> None:
        if not dialect.is_sqlite(conn):
            raise ValueError("InsertThread: SQLite only")
        self._conn = conn
        dbapi = conn.connection.driver_connection
        assert dbapi is not None  # the connection is open (in the caller's transaction)
        self._dbapi: Any = dbapi
        # the driver's limits on a statement's parameters and length (SQLite's oldest, else)
        module = conn.dialect.loaded_dbapi
        getlimit = getattr(dbapi, "getlimit", None)
        self._max_params, self._max_length = (999, 1_000_000) if getlimit is None else (
            int(getlimit(module.SQLITE_LIMIT_VARIABLE_NUMBER)), int(getlimit(module.SQLITE_LIMIT_SQL_LENGTH)))
        self._jobs: queue.Queue[_Job | None] = queue.Queue(_QUEUED)
        self._failure: tuple[BaseException, str] | None = None
        self._statements: dict[tuple[str, int], str] = {}  # (one-row INSERT, rows) -> its SQL (the thread's)
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="dibao-insert", daemon=True)

    def __enter__(self) -> InsertThread:
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        self._thread.start()
        return self

    def insert(self, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               fixed: Mapping[str, Any] | None = None) -> None:
        """Queue ``rows`` (plain values in ``columns`` order, as ``models.roster.insert_rows``
        takes them; the caller must not change them afterwards) for the thread; waits while
        enough are queued. Raises the thread's failure, if any."""
        from dibao_desk.models.roster import insert_sql  # here: models.roster imports this module

        self._raise_failure()
        if not rows:
            return
        one = insert_sql(self._conn, table, columns, fixed)
        row_length = len(one) - one.index(" VALUES ") + 2  # one more row: its values and a comma
        per = max(1, min(MAX_ROWS_PER_STATEMENT, self._max_params // max(1, len(columns)),
                         self._max_length // row_length - 1))
        self._jobs.put((one, per, rows))

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is not None:
            self._stop = True  # the caller failed or was cancelled: drop what is not yet run
        self._jobs.put(None)
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)
        if kind is None:
            self._raise_failure()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            error, sql = self._failure
            base = self._dbapi_error_class()
            if base is not None and isinstance(error, base):
                raise sa_exc.DBAPIError.instance(sql, None, error, base, dialect=self._conn.dialect) from error
            raise error

    def _dbapi_error_class(self) -> type[Exception] | None:
        module = getattr(self._conn.dialect, "loaded_dbapi", None)
        return getattr(module, "Error", None)

    def _run(self) -> None:
        cur = None
        while True:
            job = self._jobs.get()
            if job is None:
                break
            if self._stop or self._failure is not None:
                continue  # taken off the queue, not run
            one, per, rows = job
            sql = one
            try:
                if cur is None:
                    cur = self._dbapi.cursor()
                start = 0
                while start < len(rows):
                    # ``per`` rows a statement; the rest in statements of 1024, 512, ... rows, so
                    # the few statements the driver prepares and keeps serve every batch
                    left = len(rows) - start
                    count = per if left >= per else 1 << (left.bit_length() - 1)
                    sql = self._sql(one, count)
                    cur.execute(sql, list(chain.from_iterable(rows[start:start + count])))
                    start += count
            except BaseException as error:  # raised in the caller's thread
                self._failure = (error, sql)
        if cur is not None:
            cur.close()

    def _sql(self, one: str, rows: int) -> str:
        found = self._statements.get((one, rows))
        if found is None:
            found = self._statements[one, rows] = _rows_sql(one, rows)
        return found


def _rows_sql(one: str, rows: int) -> str:
    """The INSERT ``one`` (``INSERT ... VALUES (...)``, as ``models.roster.insert_sql`` makes
    it) for ``rows`` rows in one statement."""
    if rows == 1:
        return one
    head, values = one.split(" VALUES ", 1)
    return f"{head} VALUES {', '.join([values] * rows)}"
