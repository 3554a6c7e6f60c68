"""Roster import: the store as the import sees it.

Which of the roster's ID numbers are registered (``_registered``) and what the roster may
change of those households (``_existing_rows``); the SQL, read on the driver in one pass when
the roster names much of the store and by chunks of numbers otherwise, is in models/roster.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dibao_desk.domain.household import HouseholdDraft, MemberDraft
from dibao_desk.models import roster as roster_rows
from dibao_desk.services.uow import UnitOfWork


def _registered(uow: UnitOfWork, numbers: list[str], details: bool = True,
                ahead: StoreAhead | None = None) -> dict[str, tuple[int, str, str]]:
    """ID number -> (household id, head name, village name) for those in the store (names
    left "" without ``details``). ``ahead``: the store's reads started while the sheet was read."""
    conn = uow.session.connection()
    reads = ahead.reads if ahead is not None else None
    hids = roster_rows.member_households(conn, numbers, reads)
    if not details:
        return {number: (hid, "", "") for number, hid in hids.items()}
    heads = roster_rows.heads_and_villages(conn, sorted(set(hids.values())), reads)
    return {number: (hid, *heads.get(hid, ("", ""))) for number, hid in hids.items()}


@dataclass(frozen=True)
class _Existing:
    draft: HouseholdDraft
    status: str
    category: str
    monthly_benefit_fen: int
    benefit_start: dt.date | None = None


_H_COLS = ("id", "village_id", "hukou_type", "address", "phone", "bank_name", "bank_account", "note",
           "status", "category", "monthly_benefit_fen", "benefit_start", "income_fen", "bank_holder_id_number")


_M_COLS = ("household_id", "name", "id_number", "relation", "disability_grade", "serious_illness",
           "illness_note", "work_capacity", "employment", "covered", "not_covered_reason", "person_status")


def _existing_rows(uow: UnitOfWork, ids: Iterable[int], ahead: StoreAhead | None = None
                   ) -> dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """What the roster may change of registered households, as stored: household id ->
    (its row, its members' rows in order), the columns of _H_COLS and _M_COLS, read on the
    driver (booleans as SQLite keeps them, 0 or 1). Incomes, property and supporters are not
    touched by a roster and are left out (they stay as they are)."""
    return roster_rows.household_rows(uow.session.connection(), sorted(ids), _H_COLS, _M_COLS,
                                      ahead.reads if ahead is not None else None)


class StoreAhead:
    """The reads of the whole store a roster naming much of it looks its persons up with
    (``_registered``, ``_existing_rows``), started before the roster's numbers are known: the
    preview fetches them a batch at a time while python-calamine parses the sheet (it lets go
    of the interpreter meanwhile). A lookup that reads in one pass takes them (the same rows:
    same transaction, same SQL); one that goes by chunks leaves them, and ``close`` drops them.

    Every roster of a county's size is looked up in one pass over the members' numbers. The
    registered households' rows are read ahead only in a store a roster was imported into
    before: a roster is then most likely that roster again (a month later), whose persons are
    registered; into a store filled otherwise it most likely brings new households, and reading
    the store's households and members ahead would be work thrown away."""

    def __init__(self, reads: dict[str, roster_rows.WholeRead]) -> None:
        self.reads = reads

    @classmethod
    def start(cls, uow: UnitOfWork) -> StoreAhead | None:
        """The reads, started inside ``uow``'s open transaction; None for a store with no member
        (nothing to look up)."""
        conn = uow.session.connection()
        if not roster_rows.has_members(conn):
            return None
        return cls(roster_rows.lookup_reads(conn, _H_COLS, _M_COLS, roster_rows.roster_imported(conn)))

    def pump(self) -> bool:
        """Fetch one more batch of rows; False once every read is fetched."""
        return any(read.pump() for read in self.reads.values() if not read.done)

    def close(self) -> None:
        for read in self.reads.values():
            read.close()


def _existing_of(rows: tuple[tuple[Any, ...], list[tuple[Any, ...]]]) -> _Existing:
    h, ms = rows
    members = tuple(MemberDraft(name, id_number, relation, disability_grade, bool(serious_illness), illness_note,
                                work_capacity, employment, bool(covered), not_covered_reason,
                                person_status=person_status)
                    for (_hid, name, id_number, relation, disability_grade, serious_illness, illness_note,
                         work_capacity, employment, covered, not_covered_reason, person_status) in ms)
    _id, village_id, hukou_type, address, phone, bank_name, bank_account, note, status, category, benefit, start, \
        _income, holder = h
    draft = HouseholdDraft(village_id=village_id, hukou_type=hukou_type, members=members, address=address,
                           phone=phone, bank_name=bank_name, bank_account=bank_account, note=note,
                           bank_holder_id_number=holder or "")
    return _Existing(draft, status, category, benefit, _date(start))


def _date(value: object) -> dt.date | None:
    """A date as SQLite gives it back on the driver (text), or None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
