"""Fast SQL of the bank side of payment rosters: the lines a bank file is made from, and the
bank's answers stored on them (one statement executed for every line, not a statement each)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, select, update

from dibao_desk.models.payroll import PayrollLine

L = PayrollLine.__table__

TRANSFER_COLUMNS = ("id", "position", "household_id", "account_name", "id_number", "account", "bank_name",
                    "bank_code", "total_fen", "zero", "bank_status", "bank_reason")


def transfer_lines(conn, payroll_id: int) -> list[tuple]:
    """(id, position, household, name, ID number, account, bank, bank code, total, zero, bank
    status, bank reason) of every line of a roster, in printed order."""
    cols = [L.c[name] for name in TRANSFER_COLUMNS]
    return [tuple(r) for r in conn.execute(
        select(*cols).where(L.c.payroll_id == payroll_id).order_by(L.c.position))]


def set_bank_answers(conn, answers: list[tuple[int, str, str]], on: dt.date) -> None:
    """Store (line id, status, reason) answers, all with the date ``on``."""
    if not answers:
        return
    stmt = (update(L).where(L.c.id == bindparam("line_id"))
            .values(bank_status=bindparam("b_status"), bank_reason=bindparam("b_reason"), bank_answered_on=on))
    conn.execute(stmt, [{"line_id": i, "b_status": s, "b_reason": r} for i, s, r in answers])
