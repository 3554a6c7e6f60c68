"""County mode: re-open the cases whose sent decision the township rejected.

A township that cannot record a decision (the head's ID number differs from its record, the
decision is dated before its notice ended …) rejects the row in the receipt (回执) it writes
for the ``decisions`` package. At the county the case stayed 已下发, could not be decided again,
and the township's re-sending of it was refused (``row.case_decided``). Reading that receipt
here puts each rejected case back to 待审批: its decision is withdrawn (audited with what it
said and why the township rejected it), and it can be decided and sent again. The spot-check
draw that covered it still does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from dibao_desk.atomic import is_leftover
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out
from dibao_desk.models import CountyCase, CountyTownship, Office
from dibao_desk.models.exchange import PackageSent
from dibao_desk.services.uow import UnitOfWork, retrying


@dataclass(frozen=True)
class Reopened:
    """A case put back to 待审批, or left as it was (``done`` False) and why."""

    case_ref: str
    head_name: str
    reason: str  # the township's reason for rejecting the decision
    done: bool
    note: str = ""  # a problem code when not done


def _int(text: str) -> int:
    return int(text) if text.strip().isdigit() else 0


@retrying
def reopen_rejected(uow: UnitOfWork, receipt_path: str | Path) -> list[Reopened]:
    """Re-open the cases a township's receipt of one of our ``decisions`` packages rejected."""
    uow.require(Role.REVIEWER)  # it undoes the county's 审批
    if is_leftover(receipt_path):
        # the township's import wrote it and failed before it counted: no proof of anything
        raise RuleError(Problem("county.reopen_leftover", "path", {"name": Path(receipt_path).name}))
    try:
        receipt = pkg.read_package(Path(receipt_path), specs=packages_out.specs_for)
    except pkg.PackageError as exc:
        raise RuleError(list(exc.problems)) from exc
    m = receipt.manifest
    x = m.extra
    if m.kind != "receipt" or x.get("receipt_for_kind") != "decisions":
        raise RuleError(Problem("county.reopen_not_receipt", "path"))
    with uow:
        s = uow.session
        office = s.scalars(select(Office).limit(1)).first()
        if office is None or office.mode != "county":
            raise RuleError(Problem("county.not_county", "mode"))
        town = s.scalars(select(CountyTownship).where(CountyTownship.code == m.township_code)).first()
        answered = (x.get("receipt_for_sha256") or "").lower()
        sent_ids = {p.id for p in s.scalars(select(PackageSent).where(
            PackageSent.counterpart == m.township_code, PackageSent.kind == "decisions",
            PackageSent.sequence == _int(x.get("receipt_for_sequence", ""))))
            if (p.sha256 or "").lower() == answered}
        if town is None or not sent_ids:
            raise RuleError(Problem("county.reopen_unknown_package", "path", {
                "name": m.township_name, "sequence": x.get("receipt_for_sequence", "")}))
        decisions = packages_out.DECISIONS.name
        out: list[Reopened] = []
        for row in receipt.sheets[packages_out.RECEIPT.name]:
            if row["sheet"] != decisions or row["result"] != packages_out.RECEIPT_RESULTS[False]:
                continue
            ref, reason = str(row["key"]), str(row["reason"] or "")
            case = s.scalars(select(CountyCase).where(CountyCase.township_id == town.id,
                                                      CountyCase.case_ref == ref)
                             .with_for_update()).first()
            d = case.decision if case is not None else None
            if case is None or case.status != CountyCaseStatus.SENT or d is None or d.sent_id not in sent_ids:
                out.append(Reopened(ref, str(row["name"] or ""), reason, False, "county.reopen_not_sent"))
                continue
            uow.audit("county_decision", d.id, "rejected_by_township", {
                "case_id": case.id, "township": town.code, "case_ref": ref, "approved": d.approved,
                "reason": d.reason, "decided_on": d.decided_on, "decided_by": d.decided_by,
                "special_json": d.special_json, "sent_id": d.sent_id}, {"township_reason": reason})
            s.delete(d)
            case.status = CountyCaseStatus.AWAITING
            s.flush()
            uow.audit("county_case", case.id, "reopen", {"status": CountyCaseStatus.SENT},
                      {"status": CountyCaseStatus.AWAITING, "receipt_for_sequence": m.sequence,
                       "township_reason": reason})
            out.append(Reopened(ref, case.head_name, reason, True))
        uow.commit()
        return out
