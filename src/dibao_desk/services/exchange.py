"""Exchange with the county by USB stick: export packages, preview and apply received ones.

Township mode sends ``roster``, ``cases``, ``reviews`` and ``payments`` and receives
``decisions``, ``policy`` and ``warnings``; county mode (see ``services.county``) the reverse.

A received package goes through three gates before anything is written:

1. the file itself (``exchange.safety`` via ``exchange.package.read_package``): type, size,
   zip bombs, XML entities, truncation, then manifest, columns, row counts, checksum and schema
   version;
2. the manifest against this office: meant for this township (or this county), the right
   direction, the sequence number neither repeated nor skipped, the same file not seen before;
3. each row against the store, by applying it inside the transaction (each row in its own
   savepoint, so a row that does not fit is reported and the others go on).

``preview_package`` runs all three and rolls back: what it lists is exactly what
``import_package`` will change. ``import_package`` runs them again, writes the receipt
workbook next to the package and commits — all or nothing.

This module is the exchange's front: callers import from here. The work is done in
    exchange_common   the results, ``PackageRefused``, this office and its counterpart
    exchange_out      writing a package: ``export_package``
    exchange_in       the gates, ``preview_package``, ``import_package`` and the receipt
    exchange_apply    applying a received package's rows, one function per kind
and here, the lists of packages sent and received, the county's warnings and what the
exchange window asks (periods, kinds, file names).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import WarningStatus
from dibao_desk.exchange import package as pkg
from dibao_desk.models import CountyTownship, CrossCheckWarning, Office, PackageReceived, PackageSent
from dibao_desk.services.exchange_apply import _APPLY  # noqa: F401 - the exchange's names, as before the split
from dibao_desk.services.exchange_common import (  # noqa: F401
    RECEIPT_SUFFIX, Change, ExportResult, ImportResult, ManifestInfo, PackageRefused, Preview, ReceivedInfo,
    SentInfo, WarningInfo, _audit_head_extra, _office, county_code, kinds_for_mode,
)
from dibao_desk.services.exchange_in import (  # noqa: F401
    change_text, import_package, preview_package, receipt_path_for, write_receipt,
)
from dibao_desk.services.exchange_out import (  # noqa: F401
    _case_sheets, _roster_sheets, export_package, policy_value_text,
)
from dibao_desk.services.uow import UnitOfWork


def list_sent(uow: UnitOfWork) -> list[SentInfo]:
    with uow:
        return [SentInfo(p.id, p.counterpart, p.kind, p.sequence, p.period, p.file_name, p.rows, p.created_at)
                for p in uow.session.scalars(select(PackageSent).order_by(PackageSent.id.desc()))]


def list_received(uow: UnitOfWork) -> list[ReceivedInfo]:
    with uow:
        return [ReceivedInfo(p.id, p.counterpart, p.kind, p.sequence, p.period, p.file_name,
                             p.accepted_rows, p.rejected_rows, p.received_at)
                for p in uow.session.scalars(select(PackageReceived).order_by(PackageReceived.id.desc()))]


def list_warnings(uow: UnitOfWork, status: str | None = None) -> list[WarningInfo]:
    with uow:
        stmt = select(CrossCheckWarning).order_by(CrossCheckWarning.answer_by, CrossCheckWarning.id)
        if status:
            stmt = stmt.where(CrossCheckWarning.status == status)
        return [_warning_info(w) for w in uow.session.scalars(stmt)]


def _warning_info(w: CrossCheckWarning) -> WarningInfo:
    return WarningInfo(w.id, w.household_id, w.id_number, w.name, w.kind, w.detail, w.checked_on,
                       w.answer_by, w.status, w.county_ref, w.answered_on, w.answer_note)


def answer_warning(uow: UnitOfWork, warning_id: int, status: str, answered_on: dt.date, note: str) -> WarningInfo:
    """Record the household's answer: answered (counter-evidence given), withdrawn, or confirmed
    (the 经办人's, as the 核对预警 window allows it: a 审核人 is refused here too)."""
    uow.require(Role.CLERK)
    if status not in (WarningStatus.ANSWERED, WarningStatus.WITHDRAWN, WarningStatus.CONFIRMED):
        raise RuleError(Problem("exchange.warning_status", "status"))
    with uow:
        w = uow.session.get(CrossCheckWarning, warning_id)
        if w is None:
            raise RuleError(Problem("exchange.warning_missing", "id", {"id": warning_id}))
        before = {"status": w.status, "answered_on": w.answered_on, "answer_note": w.answer_note}
        w.status, w.answered_on, w.answer_note = status, answered_on, note.strip()
        uow.audit("crosscheck_warning", w.id, "answer", before,
                  {"status": status, "answered_on": answered_on, "answer_note": w.answer_note})
        uow.commit()
        return _warning_info(w)


# ---- for the window ------------------------------------------------------------------------

def period_ok(text: str) -> bool:
    return pkg.parse_period(text or "") is not None


def default_period(today: dt.date, quarterly: bool = False) -> str:
    if quarterly:
        return f"{today.year:04d}Q{(today.month - 1) // 3 + 1}"
    return f"{today.year:04d}-{today.month:02d}"


def export_kinds(uow: UnitOfWork) -> tuple[str, ...]:
    """What this office can export: township kinds, or the county's."""
    with uow:
        return kinds_for_mode(_office(uow).mode)


def suggested_file_name(uow: UnitOfWork, kind: str, period: str, township_code: str | None = None) -> str:
    """E.g. 德安镇-花名册-2026-11.xlsx, or (county) 德安县-审批结果-德安镇-2026-11.xlsx."""
    with uow:
        office = _office(uow)
        word = messages.label("exchange_kind", kind)
        if office.mode == "county":
            town = uow.session.scalar(select(CountyTownship.name).where(CountyTownship.code == township_code)) \
                if township_code else None
            name = f"{office.county_name}-{word}-{town or township_code or ''}-{period}"
        else:
            name = f"{office.name}-{word}-{period}"
    return "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip("-") + ".xlsx"


def last_sent_period(uow: UnitOfWork, kind: str, township_code: str | None = None) -> str | None:
    """The period of the last package of ``kind`` this office sent (in county mode: to
    ``township_code``), which 重新导出 writes again; None when none was sent."""
    with uow:
        office = _office(uow)
        counterpart = township_code if office.mode == "county" else county_code(office.admin_code)
        if not counterpart:
            return None
        return uow.session.scalar(select(PackageSent.period).where(
            PackageSent.counterpart == counterpart, PackageSent.kind == kind)
            .order_by(PackageSent.sequence.desc(), PackageSent.id).limit(1))


def office_mode(uow: UnitOfWork) -> str:
    with uow:
        o = uow.session.scalars(select(Office).limit(1)).first()
        return o.mode if o else "township"


__all__ = [
    "RECEIPT_SUFFIX", "Change", "ExportResult", "ImportResult", "ManifestInfo", "PackageRefused", "Preview",
    "ReceivedInfo", "SentInfo", "WarningInfo", "answer_warning", "change_text", "county_code", "default_period",
    "export_kinds", "export_package", "import_package", "kinds_for_mode", "last_sent_period", "list_received",
    "list_sent",
    "list_warnings", "office_mode", "period_ok", "policy_value_text", "preview_package",
    "receipt_path_for", "suggested_file_name", "write_receipt",
]
