"""The roster line a deduction recorded by hand names (追回 register, 扣减).

The operator reads the line's number (序号) off the roster — `payroll show`, the printed roster,
the window's 造册 tab all show its position — and names the roster by its period (and kind, and a
subsidy's name). ``find_line`` turns that into the line and says, in codes, what is wrong: no
roster of that period, no such line, a line of another household, of a draft (nothing paid
yet, and a draft made again loses its lines), a line listed apart (it paid nothing), or one a
deduction is already booked on. ``deduction_lines`` lists the lines a household could name,
for the window to offer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dibao_desk.domain.payroll import LOCKED_STATUSES, BankStatus, LineKind, PayrollKind
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.problems import Problem
from dibao_desk.models import Household, Payroll, PayrollLine
from dibao_desk.models.recovery import RecoveryEntry, RecoveryInstalment
from dibao_desk.services.uow import UnitOfWork

_LOCKED = tuple(s.value for s in LOCKED_STATUSES)


@dataclass(frozen=True)
class LineChoice:
    """A line of a signed roster paying the household, no deduction booked on it yet."""

    period: str
    roster_kind: PayrollKind
    roster_name: str
    position: int
    line_kind: LineKind
    months: int
    first_month: dt.date | None
    total_fen: int
    reason: str


def deduction_lines(uow: UnitOfWork, household_id: int) -> list[LineChoice]:
    """The household's paid lines of signed rosters that no instalment names, newest roster
    first, each in printed order: what a deduction by hand can name."""
    with uow:
        taken = select(RecoveryInstalment.payroll_line_id).where(RecoveryInstalment.payroll_line_id.is_not(None))
        rows = uow.session.execute(
            select(Payroll.period, Payroll.kind, Payroll.name, PayrollLine.position, PayrollLine.line_kind,
                   PayrollLine.months, PayrollLine.first_month, PayrollLine.total_fen, PayrollLine.reason)
            .join(Payroll, Payroll.id == PayrollLine.payroll_id)
            .where(PayrollLine.household_id == household_id, PayrollLine.zero.is_(False),
                   PayrollLine.bank_status != BankStatus.FAILED.value,  # the bank paid nothing
                   Payroll.status.in_(_LOCKED), PayrollLine.id.not_in(taken))
            .order_by(Payroll.first_month.desc(), Payroll.kind, Payroll.name, PayrollLine.position)).all()
    return [LineChoice(p, PayrollKind(k), n, pos, LineKind(lk), m, f, t, r) for p, k, n, pos, lk, m, f, t, r in rows]


def find_line(s: Session, e: RecoveryEntry, position: int, period: str,
              kind: PayrollKind | str = PayrollKind.REGULAR, name: str = "") -> tuple[int | None, list[Problem]]:
    """The id of the line printed as ``position`` on the roster of ``period`` (``kind``, ``name``)
    when a deduction of ``e`` may be booked on it, else the problems."""
    if not period.strip():
        return None, [Problem("recovery.line_needs_period", "period")]
    found = period_of(period)
    if found is None:
        return None, [Problem("payroll.period", "period", {"period": period})]
    kind = PayrollKind(kind)
    roster = s.execute(select(Payroll.id, Payroll.status).where(
        Payroll.period == found.text, Payroll.kind == kind.value, Payroll.name == name.strip())).first()
    where = {"period": found.text, "kind": kind.value, "name": name.strip()}
    if roster is None:
        return None, [Problem("recovery.roster_missing", "period", where)]
    row = s.execute(select(PayrollLine.id, PayrollLine.household_id).where(
        PayrollLine.payroll_id == roster.id, PayrollLine.position == position)).first()
    if row is None:
        count = s.scalar(select(func.count()).select_from(PayrollLine).where(PayrollLine.payroll_id == roster.id))
        return None, [Problem("recovery.line_position", "line", {**where, "line": position, "count": count or 0})]
    return row.id, line_problems(s, e, row.id)


def line_problems(s: Session, e: RecoveryEntry, line_id: int, period: str = "") -> list[Problem]:
    """What keeps a deduction of ``e`` from being booked on the line ``line_id`` (of the roster
    of ``period``, when one is given): each problem names the line by its printed position."""
    found = s.execute(select(PayrollLine.household_id, PayrollLine.position, PayrollLine.zero,
                             PayrollLine.bank_status, Payroll.period, Payroll.kind,
                             Payroll.name, Payroll.status, Household.head_name)
                      .join(Payroll, Payroll.id == PayrollLine.payroll_id)
                      .join(Household, Household.id == PayrollLine.household_id)
                      .where(PayrollLine.id == line_id)).first()
    if found is None:
        return [Problem("recovery.line_unknown", "payroll_line_id", {"line": line_id})]
    where = {"period": found.period, "kind": found.kind, "name": found.name, "line": found.position}
    if found.household_id != e.household_id:
        head = s.scalar(select(Household.head_name).where(Household.id == e.household_id)) or ""
        return [Problem("recovery.line_household", "line", {
            **where, "household": found.household_id, "head": found.head_name, "own_head": head})]
    if period.strip() and found.period != period.strip():  # the line of another period's roster
        return [Problem("recovery.line_period", "line", {**where, "roster": found.period, "period": period.strip()})]
    if found.status not in _LOCKED:  # nothing paid yet, and a draft made again loses its lines
        return [Problem("recovery.line_draft", "line", where)]
    if found.zero:  # listed apart: it paid nothing to deduct from
        return [Problem("recovery.line_apart", "line", where)]
    if found.bank_status == BankStatus.FAILED.value:  # the bank returned it: nothing was withheld
        return [Problem("recovery.line_failed", "line", where)]
    if s.scalar(select(RecoveryInstalment.id).where(RecoveryInstalment.payroll_line_id == line_id)) is not None:
        return [Problem("recovery.line_taken", "line", where)]
    return []


def positions(s: Session, line_ids: set[int]) -> dict[int, int]:
    """The printed position of each line."""
    ids = list(line_ids)
    out: dict[int, int] = {}
    for i in range(0, len(ids), 900):
        for line_id, position in s.execute(select(PayrollLine.id, PayrollLine.position)
                                           .where(PayrollLine.id.in_(ids[i:i + 900]))):
            out[line_id] = position
    return out


__all__ = ["LineChoice", "deduction_lines", "find_line", "line_problems", "positions"]
