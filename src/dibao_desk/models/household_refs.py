"""What refers to a household: the rows of other tables that name it, counted by kind.

A household registered by mistake may be deleted; one with any history may not (applications,
ledger months, payroll lines, reviews, complaints, …: those are the office's record, and a
delete would cascade them away or fail on a foreign key). The tables are found from the
schema's foreign keys to ``household.id``, so a table added later is counted too (as
``other`` until it is given a kind of its own here).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, Connection, MetaData, Table, func, literal, select, union_all

# The household's own registration (its members, declared income and property, supporters) and
# what is worked out from it again (the next review): deleted with the household.
OWN_PARTS = frozenset({"member", "income_item", "property_item", "supporter", "review_schedule"})

# Table -> the kind of history its rows are (a word in messages.core, label group "household_ref").
KINDS: dict[str, str] = {
    "procedure_case": "cases",
    "ledger_decision": "ledger_decisions",
    "ledger_period": "ledger_periods",
    "ledger_adjustment": "ledger_adjustments",
    "proposal": "proposals",
    "proposal_item": "proposal_items",
    "payroll_line": "payroll_lines",
    "review": "reviews",
    "review_event": "review_events",
    "review_employment": "employment",
    "review_work_refusal": "work_refusals",
    "review_income_stable": "income_stable",
    "complaint": "complaints",
    "integrity_declaration": "false_declarations",
    "integrity_followup": "followups",
    "crosscheck_warning": "warnings",
    "recovery_entry": "recoveries",
    "certificate": "certificates",
    "linked_assistance": "assistance",
    "household_file": "files",
}
OTHER = "other"
# The order kinds are listed in a message: the procedure and the money first.
ORDER = tuple(dict.fromkeys([*KINDS.values(), OTHER]))


def referencing_columns(metadata: MetaData | None = None) -> list[Column]:
    """Every column (of a table not the household's own part) with a foreign key to
    ``household.id``, in table order. ``metadata``: the program's, with every model loaded."""
    if metadata is None:
        from dibao_desk.models import load_all

        metadata = load_all()
    found: list[Column] = []
    for table in metadata.sorted_tables:
        if table.name in OWN_PARTS or table.name == "household":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "household" and fk.column.name == "id":
                found.append(fk.parent)
    return found


def kind_of(table: Table) -> str:
    return KINDS.get(table.name, OTHER)


def count_refs(conn: Connection, household_id: int, columns: Iterable[Column] | None = None) -> dict[str, int]:
    """Kind -> rows that name the household (kinds with none left out), in ``ORDER``. One
    statement: a count per referencing column, each on its column's index."""
    cols = list(referencing_columns() if columns is None else columns)
    if not cols:
        return {}
    parts = [select(literal(i).label("i"), func.count().label("n")).select_from(c.table).where(c == household_id)
             for i, c in enumerate(cols)]
    totals: dict[str, int] = {}
    for i, n in conn.execute(union_all(*parts)).all():
        if n:
            kind = kind_of(cols[i].table)
            totals[kind] = totals.get(kind, 0) + int(n)
    rank = {k: r for r, k in enumerate(ORDER)}
    return dict(sorted(totals.items(), key=lambda kv: rank.get(kv[0], len(rank))))
