"""Roster import: the store as the import sees it.

Which of the roster's ID numbers are registered (``_registered``) and what the roster may
change of those households (``_existing_rows``), read on the driver in one pass when the
roster names much of the store, by chunks of numbers otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from dibao_desk.domain.household import HouseholdDraft, MemberDraft
from dibao_desk.models import Household, Member, Village
from dibao_desk.services.uow import UnitOfWork
_LOOKUP_CHUNK = 900


def _registered(uow: UnitOfWork, numbers: list[str], details: bool = True) -> dict[str, tuple[int, str, str]]:
    """ID number -> (household id, head name, village name) for those in the store (names
    left "" without ``details``)."""
    found: dict[str, tuple[int, str, str]] = {}
    conn = uow.session.connection()
    if not numbers or conn.exec_driver_sql(f'SELECT 1 FROM "{Member.__tablename__}" LIMIT 1').first() is None:
        return found  # an empty store (the first import): nothing to look up
    # Straight on the driver, 900 numbers a query (under SQLite's oldest parameter limit):
    # a statement per 500 through the ORM cost more than the lookups themselves.
    m, h, v = Member.__table__.name, Household.__table__.name, Village.__table__.name
    hids: dict[str, int] = {}
    if _most_of(conn, m, len(numbers)):
        # The roster names a good part of the store (a second import): one pass over the
        # store is cheaper than looking each number up.
        wanted = set(numbers)
        hids = {number: hid for number, hid in _fetch(conn, f'SELECT id_number, household_id FROM "{m}"', ())
                if number in wanted}
    else:
        for i in range(0, len(numbers), _LOOKUP_CHUNK):
            chunk = numbers[i:i + _LOOKUP_CHUNK]
            hids.update(_fetch(conn, f'SELECT id_number, household_id FROM "{m}" '
                                     f'WHERE id_number IN ({",".join("?" * len(chunk))})', tuple(chunk)))
    if not details:
        return {number: (hid, "", "") for number, hid in hids.items()}
    heads: dict[int, tuple[str, str]] = {}
    sql = f'SELECT h.id, h.head_name, v.name FROM "{h}" h JOIN "{v}" v ON h.village_id = v.id'
    wanted_hids = sorted(set(hids.values()))
    if _most_of(conn, h, len(wanted_hids)):
        heads = {hid: (head, village) for hid, head, village in _fetch(conn, sql, ())}
    else:
        for i in range(0, len(wanted_hids), _LOOKUP_CHUNK):
            hid_chunk = tuple(wanted_hids[i:i + _LOOKUP_CHUNK])
            heads.update((hid, (head, village)) for hid, head, village in _fetch(
                conn, f'{sql} WHERE h.id IN ({",".join("?" * len(hid_chunk))})', hid_chunk))
    for number, hid in hids.items():
        head, village = heads.get(hid, ("", ""))
        found[number] = (hid, head, village)
    return found


def _most_of(conn: Connection, table: str, wanted: int) -> bool:
    """Is `wanted` rows a good part (an eighth or more) of the table? Then reading all of it
    in one pass beats looking rows up by the hundred."""
    if wanted < 4 * _LOOKUP_CHUNK:
        return False
    return wanted * 8 >= int(_fetch(conn, f'SELECT count(*) FROM "{table}"', ())[0][0])


@dataclass(frozen=True)
class _Existing:
    draft: HouseholdDraft
    status: str
    category: str
    monthly_benefit_fen: int
    benefit_start: dt.date | None = None


_H_COLS = ("id", "village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "note",
           "status", "category", "monthly_benefit_fen", "benefit_start", "income_fen")


_M_COLS = ("household_id", "name", "id_number", "relation", "disability_grade", "serious_illness",
           "illness_note", "work_capacity", "employment", "covered", "not_covered_reason")


def _existing_rows(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """What the roster may change of registered households, as stored: household id ->
    (its row, its members' rows in order), the columns of _H_COLS and _M_COLS, read on the
    driver (booleans as SQLite keeps them, 0 or 1). Incomes, property and supporters are not
    touched by a roster and are left out (they stay as they are)."""
    out: dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = {}
    ids_list = sorted(ids)
    conn = uow.session.connection()
    h_sql = f'SELECT {", ".join(_H_COLS)} FROM "{Household.__table__.name}" WHERE id IN '
    m_sql = (f'SELECT {", ".join(_M_COLS)} FROM "{Member.__table__.name}" WHERE household_id IN ({{}}) '
             f'ORDER BY household_id, position')
    members: dict[int, list[tuple[Any, ...]]]
    if _most_of(conn, Household.__table__.name, len(ids_list)):
        wanted = set(ids_list)
        members = {}
        for r in _fetch(conn, m_sql.replace("WHERE household_id IN ({})", ""), ()):
            if r[0] in wanted:
                members.setdefault(r[0], []).append(r)
        for r in _fetch(conn, h_sql.removesuffix(" WHERE id IN "), ()):
            if r[0] in wanted:
                out[r[0]] = (r, members.get(r[0], []))
        return out
    for i in range(0, len(ids_list), _LOOKUP_CHUNK):
        chunk = tuple(ids_list[i:i + _LOOKUP_CHUNK])
        marks = ",".join("?" * len(chunk))
        members = {}
        for r in _fetch(conn, m_sql.format(marks), chunk):
            members.setdefault(r[0], []).append(r)
        for r in _fetch(conn, f"{h_sql}({marks})", chunk):
            out[r[0]] = (r, members.get(r[0], []))
    return out


def _fetch(conn: Connection, sql: str, params: tuple[Any, ...]) -> Sequence[tuple[Any, ...]]:
    """All rows of a query as plain tuples, on the session's own DB-API connection (same
    transaction): SQLAlchemy's per-row result handling cost more than the lookups."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # the session's open connection
    cur = dbapi.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def _existing_of(rows: tuple[tuple[Any, ...], list[tuple[Any, ...]]]) -> _Existing:
    h, ms = rows
    members = tuple(MemberDraft(name, id_number, relation, disability_grade, bool(serious_illness), illness_note,
                                work_capacity, employment, bool(covered), not_covered_reason)
                    for (_hid, name, id_number, relation, disability_grade, serious_illness, illness_note,
                         work_capacity, employment, covered, not_covered_reason) in ms)
    _id, village_id, hukou_type, address, phone, bank_name, bank_account, note, status, category, benefit, start, \
        _income = h
    draft = HouseholdDraft(village_id=village_id, hukou_type=hukou_type, members=members, address=address,
                           phone=phone, bank_name=bank_name, bank_account=bank_account, note=note)
    return _Existing(draft, status, category, benefit, _date(start))


def _date(value: object) -> dt.date | None:
    """A date as SQLite gives it back on the driver (text), or None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
