"""The 低保证 (救助证) of granted households: issue (新发), reissue (换发), replace (补发, with
the reason), revoke (核销) when the benefit is cancelled; the current number of a household
for the household page, the roster and the county package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import certificate as rules
from dibao_desk.domain.certificate import CertificateState, IssueKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Certificate, Household, Office, Village
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    household_id: int
    number: str
    kind: str  # IssueKind value
    reason: str
    issued_on: dt.date
    state: str  # CertificateState value
    ended_on: dt.date | None


@dataclass(frozen=True)
class CertificatePrint:
    """What the booklet shows."""

    number: str
    head_name: str
    village: str
    address: str
    hukou_type: str
    persons: int
    category: str
    monthly_fen: int
    benefit_start: dt.date | None
    issued_on: dt.date
    issuer: str  # the township
    kind: str


def _info(c: Certificate) -> CertificateInfo:
    return CertificateInfo(c.id, c.household_id, c.number, c.kind, c.reason, c.issued_on, c.state, c.ended_on)


def _active(uow: UnitOfWork, household_id: int) -> Certificate | None:
    return uow.session.scalar(select(Certificate).where(
        Certificate.household_id == household_id, Certificate.state == CertificateState.ACTIVE.value))


def issue(uow: UnitOfWork, household_id: int, kind: IssueKind | str, on: dt.date, today: dt.date,
          reason: str = "") -> CertificateInfo:
    """Issue a certificate; a reissue or replacement supersedes the active one. All or nothing."""
    uow.require(Role.CLERK)
    kind = IssueKind(kind)
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("certificate.no_household", "household", {"id": household_id}))
        office = uow.session.scalar(select(Office))
        if office is None:
            raise RuleError(Problem("printing.no_office", "office"))
        old = _active(uow, household_id)
        problems = rules.check_issue(kind, household_status=h.status, has_active=old is not None, reason=reason)
        problems += rules.check_date(on, today)
        if problems:
            raise RuleError(problems)
        prefix = rules.PREFIXES[h.hukou_type]
        serial = (uow.session.scalar(select(func.max(Certificate.serial)).where(
            Certificate.prefix == prefix, Certificate.year == on.year)) or 0) + 1
        if old is not None:
            old.state, old.ended_on = CertificateState.SUPERSEDED.value, on
            uow.audit("certificate", old.id, "supersede", {"state": "active"}, {"state": old.state})
        c = Certificate(household_id=household_id, prefix=prefix, year=on.year, serial=serial,
                        number=rules.number(h.hukou_type, office.admin_code, on.year, serial),
                        kind=kind.value, reason=reason.strip(), issued_on=on, state=CertificateState.ACTIVE.value,
                        replaces_id=old.id if old is not None else None, recorded_by=uow.operator)
        uow.session.add(c)
        uow.session.flush()
        uow.audit("certificate", c.id, kind.value, None, {"number": c.number, "household_id": household_id,
                                                          "reason": c.reason, "issued_on": on.isoformat()})
        uow.commit()
        return _info(c)


def revoke_for(uow: UnitOfWork, household_id: int, on: dt.date) -> CertificateInfo | None:
    """核销 the active certificate of a household whose benefit ends (inside the caller's
    transaction: the cancellation's grant step calls it). None when it has none."""
    c = _active(uow, household_id)
    if c is None:
        return None
    c.state, c.ended_on = CertificateState.REVOKED.value, on
    uow.audit("certificate", c.id, "revoke", {"state": "active"}, {"state": c.state, "ended_on": on.isoformat()})
    return _info(c)


def history(uow: UnitOfWork, household_id: int) -> list[CertificateInfo]:
    with uow:
        rows = uow.session.scalars(select(Certificate).where(Certificate.household_id == household_id)
                                   .order_by(Certificate.id)).all()
        return [_info(c) for c in rows]


def current_numbers(uow: UnitOfWork, household_ids: list[int] | None = None) -> dict[int, str]:
    """household id -> number of its active certificate (for lists, rosters and packages)."""
    stmt = select(Certificate.household_id, Certificate.number).where(
        Certificate.state == CertificateState.ACTIVE.value)
    with uow:
        if household_ids is None:
            return dict(uow.session.execute(stmt).all())
        out: dict[int, str] = {}
        for start in range(0, len(household_ids), 500):
            chunk = household_ids[start:start + 500]
            out.update(uow.session.execute(stmt.where(Certificate.household_id.in_(chunk))).all())
        return out


def print_data(uow: UnitOfWork, household_id: int) -> CertificatePrint:
    """The active certificate of a household, as the booklet shows it."""
    from dibao_desk.services.printing import heading

    head = heading(uow)
    with uow:
        c = _active(uow, household_id)
        if c is None:
            raise RuleError(Problem("certificate.no_active", "household"))
        h = uow.session.get(Household, household_id)
        village = uow.session.get(Village, h.village_id).name
        return CertificatePrint(c.number, h.head_name, village, h.address, h.hukou_type, h.covered_count,
                                h.category, h.monthly_benefit_fen, h.benefit_start, c.issued_on, head.signer, c.kind)


def print_certificate(uow: UnitOfWork, household_id: int, out, *, offset_x_mm: float = 0.0,
                      offset_y_mm: float = 0.0, proof: bool = False):
    """Write the household's active certificate for the booklet (atomically); a PrintResult."""
    from dibao_desk import messages
    from dibao_desk.printing import certificate as booklet
    from dibao_desk.printing import layout
    from dibao_desk.services.printing import _result, write_atomically

    d = print_data(uow, household_id)
    card = booklet.CertificateCard(d.number, d.head_name, d.village, d.address, d.hukou_type, d.persons,
                                   messages.label("category", d.category) if d.category else "", d.monthly_fen,
                                   d.benefit_start, d.issued_on, d.issuer)
    path, info = write_atomically(out, lambda p: booklet.render(p, card, offset_x_mm=offset_x_mm,
                                                                offset_y_mm=offset_y_mm, proof=proof))
    return _result(path, layout.CERTIFICATE_TITLE, info, 1)


__all__ = ["print_certificate", "CertificateInfo", "CertificatePrint", "current_numbers", "history", "issue", "print_data", "revoke_for"]
