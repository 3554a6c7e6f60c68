"""Fast SQL of the county's combined roster as the window pages it: the ids of the rows for a
filter in display order (with the totals), and the rows of one page of ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from dibao_desk.models import dialect
from dibao_desk.models.exchange import CountyRosterHousehold, CountyTownship

H = CountyRosterHousehold.__table__
T = CountyTownship.__table__

PAGE_COLUMNS = (T.c.code, T.c.name, H.c.household_ref, H.c.village, H.c.head_name, H.c.head_id_number,
                H.c.covered, H.c.category, H.c.monthly_fen, H.c.certificate)


def roster_ids(conn: Connection, township_code: str | None = None) -> tuple[tuple[int, ...], int, int]:
    """(ids, covered, monthly fen) of the rows on the latest roster of each township, or of the
    township with ``township_code``, ordered by township code, village and id.

    One plain read of five columns, sorted here: the same order on SQLite and on PostgreSQL
    (whatever the server's collation), faster than the database's sort of joined text."""
    codes: dict[int, str] = {r[0]: r[1] for r in conn.execute(select(T.c.id, T.c.code))}
    stmt = select(H.c.id, H.c.township_id, H.c.village, H.c.covered, H.c.monthly_fen)
    if township_code:
        stmt = stmt.where(H.c.township_id.in_([tid for tid, code in codes.items() if code == township_code]))
    rows = dialect.driver_rows(conn, stmt)
    # One integer per row (township's rank, village's rank, id): a few villages and townships,
    # tens of thousands of rows, so ranks first and an integer sort.
    town_rank = {tid: i for i, tid in enumerate(sorted(codes, key=lambda t: codes[t]))}
    village_rank = {v: i for i, v in enumerate(sorted({r[2] or "" for r in rows}))}
    keyed = sorted(((town_rank.get(r[1], len(town_rank)) << 52) | (village_rank[r[2] or ""] << 32) | r[0])
                   for r in rows)
    covered = monthly = 0
    for r in rows:
        covered += r[3] or 0
        monthly += r[4] or 0
    return tuple(k & 0xFFFFFFFF for k in keyed), covered, monthly


def roster_page(conn: Connection, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """The rows of ``ids`` in the order given, each (township code, township name, household
    ref, village, head's name, head's ID number, covered, category, monthly fen, 低保证号);
    an id no longer stored is left out."""
    rows = conn.execute(select(H.c.id, *PAGE_COLUMNS).join(T, H.c.township_id == T.c.id)
                        .where(H.c.id.in_(list(ids)))).all()
    by_id = {r[0]: tuple(r[1:]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
