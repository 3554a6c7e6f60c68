"""Follow-ups the integrity registers call for: a 取消 after a death or a move away, after a
warning left unanswered or confirmed, and a 追回 after a confirmed concealment.

``call_for`` is the one place where the registers ask for a proposal. Each follow-up is
recorded (so nothing is lost and the office sees it) and the household's review is made due
at once by the caller's event; ``_propose`` turns a 取消 into a proposal that runs through
the procedure (services.proposals) from the month after the event. Where no proposal can be
opened yet (the household is not receiving, or a case of it is open) the follow-up stays
``recorded`` and the review that falls due takes it up; a 追回 waits for the recovery register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dibao_desk.domain.ledger import ProposalKind, add_months, month_of
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.domain.registers import EventKind, FollowUpKind, FollowUpSource, FollowUpStatus, WarningStatus
from dibao_desk.models import CrossCheckWarning, FollowUp, Household, ReviewEvent, Village
from dibao_desk.services import procedure_open, proposals
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    household_id: int
    head_name: str
    village: str
    kind: str  # FollowUpKind
    source: str  # FollowUpSource
    source_id: int
    on: dt.date
    reason: str
    status: str  # FollowUpStatus
    proposal_id: int | None


def call_for(uow: UnitOfWork, household_id: int, kind: FollowUpKind, source: FollowUpSource, source_id: int,
             on: dt.date, reason: str, before: dict[str, Any] | None = None) -> FollowUpInfo:
    """Record that ``source`` calls for a ``kind`` on the household, inside the caller's open unit
    of work (no commit here). The same source asks only once. ``before``: the class, amount and
    covered persons the 取消 records as before, when the caller changed them already (a death
    of the one member has left the household's own count at 0)."""
    s = uow.session
    row = s.scalars(select(FollowUp).where(FollowUp.kind == kind, FollowUp.source == source,
                                           FollowUp.source_id == source_id)).first()
    if row is None:
        row = FollowUp(household_id=household_id, kind=str(kind), source=str(source), source_id=source_id,
                       on=on, reason=reason.strip(), status=FollowUpStatus.RECORDED)
        s.add(row)
        s.flush()
        uow.audit("integrity_followup", row.id, "record", None, _audit(row))
        proposal_id = _propose(uow, row, before)
        if proposal_id is not None:
            row.status, row.proposal_id = FollowUpStatus.PROPOSED, proposal_id
            uow.audit("integrity_followup", row.id, "propose", None, _audit(row))
    return _info(s, row)


def _proposal_kind(uow: UnitOfWork, row: FollowUp) -> ProposalKind | None:
    s = uow.session
    if row.source == FollowUpSource.EVENT:
        event = s.get(ReviewEvent, row.source_id)
        kinds: dict[str, ProposalKind] = {EventKind.DEATH: ProposalKind.DEATH,
                                          EventKind.MOVED_AWAY: ProposalKind.MOVED_AWAY}
        return kinds.get(event.kind if event else "", ProposalKind.REVIEW_CANCEL)
    if row.source == FollowUpSource.WARNING:
        warning = s.get(CrossCheckWarning, row.source_id)
        confirmed = warning is not None and warning.status == WarningStatus.CONFIRMED
        return ProposalKind.CROSSCHECK if confirmed else ProposalKind.OVERDUE_WARNING
    return None


def _propose(uow: UnitOfWork, row: FollowUp, before: dict[str, Any] | None = None) -> int | None:
    """Open the 取消 proposal a follow-up calls for, from the month after its date; its id, or
    None where none can be opened now (see the module's note)."""
    if row.kind != FollowUpKind.CANCEL:
        return None
    kind = _proposal_kind(uow, row)
    if kind is None:
        return None
    reason = row.reason or str(kind)
    try:
        procedure_open.can_open_here(uow, row.household_id, CaseKind.CANCEL, reason, row.on)
    except RuleError:
        return None
    p = proposals.propose(uow, row.household_id, kind, reason, add_months(month_of(row.on), 1),
                          opened_on=row.on, cancel=True, source=f"{row.source}:{row.source_id}", before=before)
    return p.id


def list_followups(uow: UnitOfWork, *, status: str | None = None,
                   household_id: int | None = None) -> list[FollowUpInfo]:
    with uow:
        stmt = select(FollowUp).order_by(FollowUp.on, FollowUp.id)
        if status:
            stmt = stmt.where(FollowUp.status == status)
        if household_id is not None:
            stmt = stmt.where(FollowUp.household_id == household_id)
        return [_info(uow.session, r) for r in uow.session.scalars(stmt)]


def _info(s: Session, row: FollowUp) -> FollowUpInfo:
    head, village = s.execute(select(Household.head_name, Village.name).join(
        Village, Village.id == Household.village_id).where(Household.id == row.household_id)).one()
    return FollowUpInfo(row.id, row.household_id, head, village, row.kind, row.source, row.source_id, row.on,
                        row.reason, row.status, row.proposal_id)


def _audit(row: FollowUp) -> dict[str, Any]:
    return {"household_id": row.household_id, "kind": row.kind, "source": row.source,
            "source_id": row.source_id, "on": row.on, "reason": row.reason, "status": row.status,
            "proposal_id": row.proposal_id}
