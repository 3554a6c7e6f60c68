"""Villages after the first start: rename, set the population the statistics divide by,
and merge one village into another with all its households (村 mergers are common).

Each call is one transaction with an audit row; a merge moves every row that points at
the village (households and whatever other features file by village), then removes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Table, func, select, update

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.villages import VillageKind
from dibao_desk.models import Household, Village, load_all
from dibao_desk.services.office import VillageInfo
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MergeResult:
    into: VillageInfo
    households: int  # households moved
    other_rows: int  # other records filed by village that moved with them


def _get(uow: UnitOfWork, village_id: int) -> Village:
    v = uow.session.get(Village, village_id)
    if v is None:
        raise RuleError(Problem("village.missing", "id", {"id": village_id}))
    return v


def _info(v: Village) -> VillageInfo:
    return VillageInfo(v.id, v.name, v.kind, v.population, v.retired_on)


def _values(v: Village) -> dict[str, Any]:
    return {"name": v.name, "kind": v.kind, "population": v.population,
            "retired_on": v.retired_on.isoformat() if v.retired_on else None}


def rename_village(uow: UnitOfWork, village_id: int, name: str, kind: str | None = None) -> VillageInfo:
    """A new name (and optionally 村 / 社区) for a village; its households stay with it."""
    name = name.strip()
    if not name:
        raise RuleError(Problem("village.name", "name"))
    uow.require(Role.CLERK, Role.ADMIN)  # as adding a village
    with uow:
        v = _get(uow, village_id)
        other = uow.session.scalar(select(Village.id).where(Village.name == name, Village.id != village_id))
        if other is not None:
            raise RuleError(Problem("village.duplicate", "name", {"name": name}))
        before = _values(v)
        v.name = name
        if kind in tuple(VillageKind):
            v.kind = kind
        uow.audit("village", v.id, "rename", before, _values(v))
        uow.commit()
        return _info(v)


def set_population(uow: UnitOfWork, village_id: int, population: int) -> VillageInfo:
    """The village's registered population (户籍人口), the denominator of the dibao share."""
    if population < 0:
        raise RuleError(Problem("amount.negative", "population"))
    uow.require(Role.CLERK, Role.ADMIN)  # as adding a village
    with uow:
        v = _get(uow, village_id)
        before = _values(v)
        v.population = int(population)
        uow.audit("village", v.id, "population", before, _values(v))
        uow.commit()
        return _info(v)


def retire_village(uow: UnitOfWork, village_id: int, on: dt.date | None = None) -> VillageInfo:
    """Retire a village: no household may be registered in it (or moved into it) from now on;
    its households stay, with their cases, ledger and reviews, until they are moved or end."""
    on = on or dt.date.today()
    uow.require(Role.CLERK, Role.ADMIN)  # as adding a village
    with uow:
        v = _get(uow, village_id)
        if v.retired_on is not None:
            raise RuleError(Problem("village.retired_already", "id", {"name": v.name, "on": v.retired_on}))
        before = _values(v)
        v.retired_on = on
        uow.audit("village", v.id, "retire", before, _values(v))
        uow.commit()
        return _info(v)


def reinstate_village(uow: UnitOfWork, village_id: int) -> VillageInfo:
    """Take a village back into use (retired by mistake)."""
    uow.require(Role.CLERK, Role.ADMIN)  # as adding a village
    with uow:
        v = _get(uow, village_id)
        before = _values(v)
        v.retired_on = None
        uow.audit("village", v.id, "reinstate", before, _values(v))
        uow.commit()
        return _info(v)


def _references() -> Iterator[tuple[Table, Column[Any]]]:
    """Every column of every table that points at village.id."""
    for table in load_all().sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "village" for fk in column.foreign_keys):
                yield table, column


def merge_villages(uow: UnitOfWork, source_id: int, into_id: int, add_population: bool = True) -> MergeResult:
    """Merge ``source`` into ``into``: every household (and every other record filed by
    village) moves, the populations add up unless told otherwise, ``source`` is removed."""
    if source_id == into_id:
        raise RuleError(Problem("village.merge_same", "into"))
    uow.require(Role.CLERK, Role.ADMIN)  # as adding a village
    with uow:
        s = uow.session
        source, into = _get(uow, source_id), _get(uow, into_id)
        if into.retired_on is not None:  # its households would land where none may be registered
            raise RuleError(Problem("village.merge_retired", "into", {"name": into.name, "on": into.retired_on}))
        before = {"source": _values(source), "into": _values(into)}
        moved = s.scalar(select(func.count()).select_from(Household).where(Household.village_id == source_id)) or 0
        other = 0
        for table, column in _references():
            result = cast(CursorResult[Any], s.execute(update(table).where(column == source_id).values({column.name: into_id})))  # DML: a cursor result
            if table.name != Household.__tablename__:
                other += result.rowcount or 0
        if add_population:
            into.population += source.population
        s.flush()
        s.delete(source)
        s.flush()
        uow.audit("village", into.id, "merge", before, {
            "into": _values(into), "households": moved, "other_rows": other, "removed": source_id})
        uow.commit()
        return MergeResult(_info(into), moved, other)
