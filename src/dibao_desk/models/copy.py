"""Copy a whole store from one engine to another (a township's or county's SQLite file into the
county's PostgreSQL database), then prove the copy: rows per table and a checksum per table.

The checksum is SHA-256 over each table's rows sorted by primary key, every value written in
one normal form (NULL, booleans, numbers, dates and times, text) so that the same data gives
the same digest whatever engine holds it. Everything runs in one transaction on the target:
a copy that does not verify leaves the target as it was.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, insert, inspect, select

from dibao_desk.models import dialect
from dibao_desk.models import load_all

BATCH = 5000


@dataclass(frozen=True)
class TableCopy:
    name: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


def tables() -> list[Table]:
    """The store's tables, parents before children (the order rows can be inserted in)."""
    return list(load_all().sorted_tables)


def _seeded(table: Table):
    """Rows the migrations themselves write into a new store (the example policy): not data."""
    if table.name == "policy_set" and "is_example" in table.c:
        return table.c.is_example.is_(True)
    return None


def first_data_table(conn: Connection) -> tuple[str, int] | None:
    """The first table of the store that holds data in ``conn``'s database, with its row count;
    None for an empty store (tables missing count as empty)."""
    have = set(inspect(conn).get_table_names())
    for table in tables():
        if table.name not in have:
            continue
        stmt = select(func.count()).select_from(table)
        seeded = _seeded(table)
        if seeded is not None:
            stmt = stmt.where(~seeded)
        n = conn.scalar(stmt) or 0
        if n:
            return table.name, n
    return None


def clear_seeded(conn: Connection) -> None:
    for table in tables():
        seeded = _seeded(table)
        if seeded is not None:
            conn.execute(delete(table).where(seeded))


def copy_table(src: Connection, dst: Connection, table: Table) -> int:
    """Every row of ``table`` from ``src`` into ``dst``, in batches of multi-row inserts."""
    cols = [c.name for c in table.c]
    result = src.execute(select(table).execution_options(yield_per=BATCH))
    n = 0
    for part in result.partitions(BATCH):
        rows = [dict(zip(cols, r)) for r in part]
        dst.execute(insert(table), rows)
        n += len(rows)
    return n


def reset_sequence(dst: Connection, table: Table) -> None:
    """After rows came in with their ids, the next id the database gives follows the largest."""
    if dialect.is_sqlite(dst):
        return
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
        return
    seq = dst.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table.name}', '{pk[0].name}')").scalar()
    if seq:
        dst.exec_driver_sql(f'SELECT setval(\'{seq}\', COALESCE((SELECT max("{pk[0].name}") FROM "{table.name}"), 1), '
                            f'(SELECT max("{pk[0].name}") FROM "{table.name}") IS NOT NULL)')


def _norm(v) -> str:
    if v is None:
        return "\x00"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dt.datetime):
        return v.isoformat(" ", timespec="microseconds")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (int, decimal.Decimal)):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 of the rows sorted by primary key, values normalised)."""
    pk_idx = [i for i, c in enumerate(table.c) if c.primary_key] or list(range(len(table.c)))
    rows = [tuple(_norm(v) for v in r) for r in conn.execute(select(table))]

    def key(r: tuple) -> tuple:  # integer keys sorted as numbers, the rest as text
        return tuple((0, int(r[i]), "") if r[i].lstrip("-").isdigit() else (1, 0, r[i]) for i in pk_idx)

    rows.sort(key=key)
    h = hashlib.sha256()
    for r in rows:
        h.update("\x1f".join(r).encode("utf-8"))
        h.update(b"\x1e")
    return len(rows), h.hexdigest()


def copy_all(src: Connection, dst: Connection, on_table: Callable[[str, int], None] | None = None) -> list[TableCopy]:
    """Copy every table in dependency order, reset the target's id sequences, and return the
    per-table comparison (the caller commits only when every one is ok)."""
    clear_seeded(dst)
    for table in tables():
        n = copy_table(src, dst, table)
        if on_table is not None:
            on_table(table.name, n)
    for table in tables():
        reset_sequence(dst, table)
    return verify(src, dst, tables())


def verify(src: Connection, dst: Connection, which: Iterable[Table]) -> list[TableCopy]:
    out = []
    for table in which:
        sn, sd = table_digest(src, table)
        tn, td = table_digest(dst, table)
        out.append(TableCopy(table.name, sn, tn, sd, td))
    return out
