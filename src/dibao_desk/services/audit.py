"""The audit chain: verify it, and read its head (written into every exchange package)."""

from __future__ import annotations

from dataclasses import dataclass

from dibao_desk.domain.audit_chain import ChainBreak, ChainReport, Tamper, verify
from dibao_desk.models import audit as audit_rows
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class RowInfo:
    """What a person needs to find a row: when, who, what."""

    id: int
    at: str
    operator: str
    entity: str
    entity_id: int | None
    action: str


@dataclass(frozen=True)
class AuditCheck:
    report: ChainReport
    row: RowInfo | None  # the first row affected, if it is still there
    last_good: RowInfo | None  # the last row before it that checks out

    @property
    def ok(self) -> bool:
        return self.report.ok


@dataclass(frozen=True)
class ChainHead:
    last_id: int
    hash: str


def check_chain(uow: UnitOfWork) -> AuditCheck:
    """Walk the whole chain; name the first row changed, removed or inserted."""
    with uow:
        conn = uow.session.connection()
        rows = audit_rows.stored_rows(conn)
        report = verify(rows, audit_rows.head(conn))
    by_id = {r.id: r for r in rows}
    found: ChainBreak | None = report.first_break
    row = last = None
    if found is not None:
        if found.kind is not Tamper.REMOVED and found.row_id in by_id:
            row = _info(by_id[found.row_id].values)
        if found.last_good_id is not None and found.last_good_id in by_id:
            last = _info(by_id[found.last_good_id].values)
    return AuditCheck(report, row, last)


def head(uow: UnitOfWork) -> ChainHead:
    """The chain's head as of the last commit (0 and "" for an empty log)."""
    with uow:
        h = audit_rows.head(uow.session.connection())
    return ChainHead(*h) if h else ChainHead(0, "")


def _info(values: tuple) -> RowInfo:
    return RowInfo(values[0], values[1] or "", values[2] or "", values[3] or "", values[4], values[5] or "")


__all__ = ["AuditCheck", "ChainHead", "RowInfo", "Tamper", "check_chain", "head"]
