"""The audit chain: verify it, and read its head (written into every exchange package)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from dibao_desk.domain.audit_chain import ChainBreak, ChainReport, Tamper, verify
from dibao_desk.domain.problems import Problem
from dibao_desk.models import AuditLog
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


# ---- the chain across packages ----------------------------------------------------------------
# A package carries the sender's chain head (audit_head_id, audit_head_sha256) and, for the heads
# it sent this counterpart in its last packages, those rows' hashes as they are today
# (audit_anchors: "id:sha256;id:sha256"). The receiver compares them with the heads it was given
# then: a different hash means the sender's history up to that row was rewritten in between.

ANCHORS = 10


def _package_rows(uow: UnitOfWork, action: str) -> Iterator[dict[str, Any]]:
    rows = uow.session.execute(select(AuditLog.after).where(
        AuditLog.entity == "package", AuditLog.action == action).order_by(AuditLog.id.desc()))
    for (after,) in rows:
        try:
            yield json.loads(after or "{}")
        except ValueError:
            continue


def anchor_for(uow: UnitOfWork, counterpart: str) -> dict[str, str]:
    """The heads sent to ``counterpart`` in the last packages, with those rows' hashes as stored now."""
    ids: list[int] = []
    for d in _package_rows(uow, "export"):
        if d.get("counterpart") == counterpart and d.get("audit_head_id"):
            row_id = int(d["audit_head_id"])
            if row_id and row_id not in ids:
                ids.append(row_id)
            if len(ids) >= ANCHORS:
                break
    if not ids:
        return {}
    stored = dict(uow.session.execute(select(AuditLog.id, AuditLog.row_hash).where(AuditLog.id.in_(ids))).all())
    return {"audit_anchors": ";".join(f"{i}:{stored.get(i) or ''}" for i in ids)}


def continuity(uow: UnitOfWork, sender: str, extra: dict[str, str]) -> list[Problem]:
    """Warnings when a sender's package does not continue the history its earlier ones showed."""
    if not extra.get("audit_head_id"):
        return []
    known: dict[int, str] = {}
    anchored: set[str] = set()  # heads a later package said were sent before it, as "id:sha256"
    for d in _package_rows(uow, "import"):
        if d.get("from") == sender and d.get("audit_head_id"):
            known.setdefault(int(d["audit_head_id"]), d.get("audit_head_sha256", ""))
            anchored.update((d.get("audit_anchors") or "").split(";"))
    if not known:
        return []
    problems = []
    head = int(extra["audit_head_id"])
    # A package written before one already imported (the same stick's packages taken in another
    # order) is older, not shorter: that later package named its head among those sent before.
    if head < max(known) and f"{head}:{extra.get('audit_head_sha256', '')}" not in anchored:
        problems.append(Problem("audit.history_shorter", "", {"sender": sender, "before": max(known), "now": head},
                                "warning"))
    for item in (extra.get("audit_anchors") or "").split(";"):
        row_id, _, digest = item.partition(":")
        if row_id.isdigit() and int(row_id) in known and known[int(row_id)] != digest:
            problems.append(Problem("audit.history_rewritten", "", {"sender": sender, "id": int(row_id)}, "warning"))
            break
    return problems


def _info(values: tuple[Any, ...]) -> RowInfo:
    return RowInfo(values[0], values[1] or "", values[2] or "", values[3] or "", values[4], values[5] or "")


__all__ = ["AuditCheck", "ChainHead", "RowInfo", "Tamper", "anchor_for", "check_chain", "continuity", "head"]
