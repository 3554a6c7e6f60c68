"""The benefit's bulk reads and writes, straight on the driver (tens of thousands of rows):
every payable household's facts for the month's computation, and the recomputed amounts with
their audit rows. Table and column names come from the mapped tables, so a schema change is
made here and in the models only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table

from dibao_desk.domain.household import LEFT_STATUSES, HouseholdStatus
from dibao_desk.models import dialect
from dibao_desk.models.audit import AuditLog
from dibao_desk.models.household import Household, IncomeItem, Member, PropertyItem, Supporter

# Households that may be paid in a month: receiving now, or paid by the ledger for that month
# although a decision stops them later (the service filters their rows by the ledger).
PAYABLE = (HouseholdStatus.RECEIVING, HouseholdStatus.SUSPENDED, HouseholdStatus.CANCELLED)


class BenefitInputs(NamedTuple):
    """Driver rows (dates as text on SQLite, as dates on PostgreSQL)."""

    homes: list[tuple[Any, ...]]  # (id, hukou, class, employment deduction, monthly fen, village id, status), by id
    members: dict[int, list[tuple[Any, ...]]]  # (household, id, birth, relation, disability, illness, work, employment, covered), in order
    incomes: dict[int, list[tuple[Any, ...]]]  # (household, member id, kind, amount fen)
    properties: dict[int, list[tuple[Any, ...]]]  # (household, kind, value fen, area m² ×100, quantity)
    supporters: dict[int, int]  # household -> people with a duty of support


def _cols(table: Table, names: Sequence[str]) -> str:
    """The columns' names as the table has them (a name it lacks is a KeyError here, not SQL)."""
    return ", ".join(table.c[n].name for n in names)


def _grouped(rows: Sequence[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row)
    return out


def payable_inputs(conn: Connection) -> BenefitInputs:
    """Everything the benefit of every payable household depends on, one read per table."""
    H, M, I, P, S = (Household.__table__, Member.__table__, IncomeItem.__table__, PropertyItem.__table__,
                     Supporter.__table__)
    payable = f"{H.c.status.name} IN (" + ", ".join(f"'{s.value}'" for s in PAYABLE) + ")"
    scope = f'SELECT {H.c.id.name} FROM "{H.name}" WHERE {payable}'
    # members who left the household (dead, moved out …) count for nothing, nor do their incomes
    left = f"{M.c.person_status.name} IN (" + ", ".join(f"'{s.value}'" for s in sorted(LEFT_STATUSES)) + ")"
    dbapi = conn.connection.driver_connection
    assert dbapi is not None  # an open connection
    cur = dbapi.cursor()
    try:
        homes = cur.execute(
            f'SELECT {_cols(H, ("id", "hukou_type", "category", "employment_deduction_fen", "monthly_benefit_fen", "village_id", "status"))} '
            f'FROM "{H.name}" WHERE {payable} ORDER BY {H.c.id.name}').fetchall()
        members = _grouped(cur.execute(
            f'SELECT {_cols(M, ("household_id", "id", "birth_date", "relation", "disability_grade", "serious_illness", "work_capacity", "employment", "covered"))} '
            f'FROM "{M.name}" WHERE {M.c.household_id.name} IN ({scope}) AND NOT {left} '
            f"ORDER BY {M.c.household_id.name}, {M.c.position.name}").fetchall())
        incomes = _grouped(cur.execute(
            f'SELECT {_cols(I, ("household_id", "member_id", "kind", "amount_fen"))} '
            f'FROM "{I.name}" WHERE {I.c.household_id.name} IN ({scope}) AND ({I.c.member_id.name} IS NULL '
            f'OR {I.c.member_id.name} NOT IN (SELECT {M.c.id.name} FROM "{M.name}" WHERE {left}))').fetchall())
        properties = _grouped(cur.execute(
            f'SELECT {_cols(P, ("household_id", "kind", "value_fen", "area_m2_x100", "quantity"))} '
            f'FROM "{P.name}" WHERE {P.c.household_id.name} IN ({scope})').fetchall())
        supporters = dict(cur.execute(
            f'SELECT {S.c.household_id.name}, count(*) FROM "{S.name}" '
            f"WHERE {S.c.household_id.name} IN ({scope}) GROUP BY {S.c.household_id.name}").fetchall())
    finally:
        cur.close()
    return BenefitInputs(homes, members, incomes, properties, supporters)


def write_amounts(conn: Connection, amounts: Sequence[tuple[int, str, int]],
                  audits: Sequence[tuple[str, str, int, str, str]]) -> None:
    """Store (monthly fen, class, household id) rows and their audit rows (at, operator,
    household id, before, after: entity ``household``, action ``recompute_benefit``). The
    caller has claimed the audit chain; the seal chains the rows at commit."""
    H, A = Household.__table__, AuditLog.__table__
    dbapi = conn.connection.driver_connection
    assert dbapi is not None  # an open connection
    cur = dbapi.cursor()
    try:
        cur.executemany(dialect.driver_sql(
            conn, f'UPDATE "{H.name}" SET {H.c.monthly_benefit_fen.name} = ?, {H.c.category.name} = ? '
                  f"WHERE {H.c.id.name} = ?"), list(amounts))
        cur.executemany(dialect.driver_sql(
            conn, f'INSERT INTO "{A.name}" ({_cols(A, ("at", "operator", "entity", "entity_id", "action"))}, '
                  f'"{A.c.before.name}", "{A.c.after.name}") '
                  "VALUES (?, ?, 'household', ?, 'recompute_benefit', ?, ?)"), list(audits))
    finally:
        cur.close()
