"""Fast SQL of the bank side of payment rosters: the lines a bank file is made from, and the
bank's answers stored on them (one statement executed for every line, not a statement each)."""

from __future__ import annotations

import datetime as dt

import json
from typing import Any

from sqlalchemy import select, update

from dibao_desk.models.audit import AuditLog
from dibao_desk.models.payroll import PayrollLine

L = PayrollLine.__table__

TRANSFER_COLUMNS = ("id", "position", "household_id", "account_name", "id_number", "account", "bank_name",
                    "bank_code", "total_fen", "zero", "bank_status", "bank_reason")


def transfer_lines(conn, payroll_id: int) -> list[tuple]:
    """(id, position, household, name, ID number, account, bank, bank code, total, zero, bank
    status, bank reason) of every line of a roster, in printed order."""
    cols = [L.c[name] for name in TRANSFER_COLUMNS]
    return conn.execute(select(*cols).where(L.c.payroll_id == payroll_id).order_by(L.c.position)).all()


def line_villages(conn: Any, line_ids: list[int]) -> dict[int, str]:
    """The village each of ``line_ids`` was made with (900 ids a statement)."""
    out: dict[int, str] = {}
    for k in range(0, len(line_ids), 900):
        out.update((i, v) for i, v in conn.execute(select(L.c.id, L.c.village).where(L.c.id.in_(line_ids[k:k + 900]))))
    return out


def set_bank_answers(conn, payroll_id: int, answers: list[tuple[int, str, str]], on: dt.date) -> None:
    """Store (line id, status, reason) answers, all dated ``on``. Lines sharing an answer are
    updated together: the commonest answer (paid, no reason) by the roster, leaving out its
    other lines, when those are few; the rest 900 ids a statement."""
    groups: dict[tuple[str, str], list[int]] = {}
    for line_id, status, reason in answers:
        groups.setdefault((status, reason), []).append(line_id)
    if not groups:
        return
    common = max(groups, key=lambda k: len(groups[k]))
    if len(groups[common]) > 900:
        mine = set(groups.pop(common))
        others = [i for i in conn.execute(select(L.c.id).where(L.c.payroll_id == payroll_id)).scalars()
                  if i not in mine]
        if len(others) <= 900:
            stmt = update(L).where(L.c.payroll_id == payroll_id)
            if others:
                stmt = stmt.where(L.c.id.not_in(others))
            conn.execute(stmt.values(bank_status=common[0], bank_reason=common[1], bank_answered_on=on))
        else:
            groups[common] = sorted(mine)
    for (status, reason), ids in groups.items():
        for k in range(0, len(ids), 900):
            conn.execute(update(L).where(L.c.id.in_(ids[k:k + 900]))
                         .values(bank_status=status, bank_reason=reason, bank_answered_on=on))


def return_recorded(conn: Any, digest: str, payroll_id: int) -> tuple[int, str, str] | None:
    """(roster id, file name, day) of a bank return with the content ``digest`` (its SHA-256)
    recorded for another roster than ``payroll_id``, from the audit rows of recorded returns."""
    found = conn.execute(select(AuditLog.entity_id, AuditLog.after, AuditLog.at).where(
        AuditLog.entity == "payroll", AuditLog.action == "bank_return", AuditLog.entity_id != payroll_id,
        AuditLog.after.contains(digest)).order_by(AuditLog.id).limit(1)).first()
    if found is None:
        return None
    after = json.loads(found.after or "{}")
    day = str(after.get("on") or (found.at.date().isoformat() if found.at else ""))
    return found.entity_id, str(after.get("file", "")), day
