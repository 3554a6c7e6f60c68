"""Reading a received package and applying it: the three gates (the file, the manifest
against this office, each row against the store), the preview that rolls back, and the
import that records the package, writes the receipt (回执) beside it and commits."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from dibao_desk import messages
from dibao_desk.atomic import Pending, is_leftover, older_aside
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.moments import local_minute
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_in, packages_out
from dibao_desk.exchange.package import PackageError
from dibao_desk.models import CountyTownship, Office, PackageReceived
from dibao_desk.models import exchange as exchange_rows
from dibao_desk.domain import workdays
from dibao_desk.services import audit as audit_service
from dibao_desk.services import workday_calendar
from dibao_desk.services.exchange_apply import _APPLY
from dibao_desk.services.errors import file_name_problem, os_problem
from dibao_desk.services.exchange_common import (
    RECEIPT_EXTRA, RECEIPT_SUFFIX, Change, ImportResult, ManifestInfo, PackageRefused, Preview, _audit_head_extra, _office,
    county_code,
)
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork, retrying


def _manifest_info(m: pkg.Manifest) -> ManifestInfo:
    return ManifestInfo(m.kind, m.direction, m.township_code, m.township_name, m.county_name, m.sequence,
                        m.period, m.created_at, m.program, m.schema_version, dict(m.rows), m.sha256)


def preview_package(uow: UnitOfWork, path: str | Path, *, today: dt.date | None = None,
                    progress: Progress | None = None, county_calendar_wins: bool = False) -> Preview:
    """Everything ``import_package`` would do, without writing anything."""
    return _run(uow, Path(path), apply=False, today=today, progress=progress,
                county_calendar_wins=county_calendar_wins)[0]


@retrying
def import_package(uow: UnitOfWork, path: str | Path, *, today: dt.date | None = None,
                   progress: Progress | None = None, receipt_dir: str | Path | None = None,
                   county_calendar_wins: bool = False) -> ImportResult:
    """Apply a received package, all or nothing, and write the receipt next to it.

    A policy package's working calendar (工作日历) replaces the county's years it carries; a day
    the office entered itself that it says otherwise stays the office's unless
    ``county_calendar_wins`` (the clerk confirmed the county's word).

    The same package again, byte for byte (its checksum), as one recorded as imported: nothing is
    applied, its receipt is written again from the rows recorded (``receipt_again``); the
    receipt of the first import may never have reached the stick.

    Raises PackageRefused (nothing written) when the file or its manifest is refused."""
    uow.require(Role.CLERK)
    preview, receipt, received_id, receipt_problem = _run(
        uow, Path(path), apply=True, today=today, progress=progress, receipt_dir=receipt_dir,
        county_calendar_wins=county_calendar_wins)
    assert receipt is not None and received_id is not None  # applied: refused packages raise
    again = any(w.code == "package.receipt_again" for w in preview.warnings)
    return ImportResult(preview, receipt, received_id, receipt_problem, receipt_again=again)


def receipt_path_for(path: Path, folder: Path | None = None) -> Path:
    """``<package's stem>-回执.xlsx`` beside the package (or in ``folder``); the package's stem
    shortened when the receipt's temporary file would otherwise be a name too long for the stick."""
    stem = path.stem
    while len(stem) > 1 and _too_long(f"{stem}{RECEIPT_SUFFIX}.xlsx"):
        stem = stem[:-1]
    return (folder or path.parent) / f"{stem}{RECEIPT_SUFFIX}.xlsx"


def _too_long(name: str) -> bool:
    problem = file_name_problem(name, RECEIPT_EXTRA)
    return problem is not None and problem.code == "file.name_long"


# the preview; the receipt, the record and what kept the receipt from its name, when applied
_Run = tuple[Preview, Path | None, int | None, Problem | None]


def _run(uow: UnitOfWork, path: Path, *, apply: bool, today: dt.date | None,
         progress: Progress | None, receipt_dir: str | Path | None = None, county_calendar_wins: bool = False) -> _Run:
    # Reading, parsing and applying a roster make hundreds of thousands of plain objects in
    # no reference cycle; the cycle collector only slows that down (see pkg.gc_paused).
    with pkg.gc_paused():
        return _run_unpaused(uow, path, apply=apply, today=today, progress=progress, receipt_dir=receipt_dir,
                             county_calendar_wins=county_calendar_wins)


def _run_unpaused(uow: UnitOfWork, path: Path, *, apply: bool, today: dt.date | None,
                  progress: Progress | None, receipt_dir: str | Path | None = None,
                  county_calendar_wins: bool = False) -> _Run:
    progress = progress or NullProgress()
    today = today or dt.date.today()
    if is_leftover(path):
        # Written whole perhaps, but its writer never finished (nor recorded it as sent): the
        # real package, written again, may carry other rows under the same number.
        problems = [Problem("package.leftover", "file", {"name": path.name})]
        if apply:
            raise PackageRefused(problems)
        return Preview(path, None, tuple(problems), ()), None, None, None
    try:
        package = pkg.read_package(path, specs=packages_out.specs_for)
    except PackageError as exc:
        if apply:
            raise PackageRefused(exc.problems) from exc
        return Preview(path, None, tuple(exc.problems), ()), None, None, None
    m = package.manifest
    info = _manifest_info(m)
    with uow:
        office = _office(uow)
        refusals = _check_manifest(uow, office, m)
        again = _imported_before(uow, refusals)
        if again is not None:
            return _receipt_again(uow, path, office, m, again, info, apply=apply, receipt_dir=receipt_dir)
        calendar = packages_in.calendar(package) if m.kind == "policy" and not refusals else []
        if calendar:  # the whole package is refused before anything is written
            refusals = _calendar_refusals(calendar)
        if refusals:
            if apply:
                raise PackageRefused(refusals)
            return Preview(path, info, tuple(refusals), ()), None, None, None
        parsed = packages_in.parse(package)
        progress.update(0, len(parsed), "")
        renamed = _other_name(uow, office, m)  # read before the rows are applied (they rename)
        changes = _APPLY[m.kind](uow, office, m, parsed, today, progress)
        if calendar:
            changes += workday_calendar.apply_county_calendar(
                uow, calendar, county_wins=county_calendar_wins, sequence=m.sequence, county=m.county_name)
        warnings = renamed + audit_service.continuity(uow, m.township_code, m.extra) + _set_aside_beside(path)
        preview = Preview(path, info, (), tuple(changes), tuple(warnings))
        if not apply:
            uow.rollback()
            return preview, None, None, None
        counterpart = county_code(office.admin_code) if office.mode != "county" else m.township_code
        rows = receipt_rows(preview)
        received = PackageReceived(counterpart=counterpart, kind=m.kind, sequence=m.sequence, period=m.period,
                                   sha256=m.sha256.lower(), file_name=path.name,
                                   accepted_rows=preview.accepted, rejected_rows=preview.rejected,
                                   operator=uow.operator, receipt_rows=json.dumps(rows, ensure_ascii=False))
        uow.session.add(received)
        try:
            uow.session.flush()
        except IntegrityError:
            # The same package imported by another clerk at this moment: the unique key on
            # (counterpart, kind, sequence) lets one land; this one is refused as a repeat.
            raise PackageRefused([Problem("package.sequence_repeat", "sequence",
                                          {"sequence": m.sequence, "last": m.sequence})]) from None
        exchange_rows.mark_received(
            uow.session.connection(), received.id,
            [c.params["warning_id"] for c in changes if c.accepted and "warning_id" in c.params],
            [c.params["county_case_id"] for c in changes if c.accepted and "county_case_id" in c.params],
            [c.params["county_payment_id"] for c in changes if "county_payment_id" in c.params])
        uow.audit("package", received.id, "import", None, {
            "kind": m.kind, "sequence": m.sequence, "period": m.period, "from": m.township_code,
            "file": str(path), "sha256": m.sha256, "accepted": preview.accepted, "rejected": preview.rejected,
            **{k: v for k, v in m.extra.items() if k.startswith("audit_")}})
        receipt = receipt_path_for(path, Path(receipt_dir) if receipt_dir else None)
        # Written whole (a folder that cannot take it refuses the import) but under its temporary
        # name until the commit: a receipt under its own name says the package was imported, and
        # the other office acts on it (the county re-opens the cases it says were rejected). A
        # commit failing on a stick that can no longer be written leaves at most a temporary file,
        # which no import or reading of receipts takes (atomic.is_leftover).
        unplaced: list[Pending] = []
        write_receipt(receipt, office, m, preview, _audit_head_extra(uow), deferred=unplaced)
        try:
            uow.commit()
        except BaseException:
            for pending in unplaced:
                with contextlib.suppress(OSError):
                    pending.discard()
            raise
        return preview, receipt, received.id, _place(unplaced, receipt)


def _place(unplaced: list[Pending], receipt: Path) -> Problem | None:
    """Give the receipt its own name; what kept it from its name (the stick pulled out)."""
    receipt_problem = None
    for pending in unplaced:
        try:
            pending.place()
        except OSError as exc:  # imported: the store counts; the clerk is told the receipt is missing
            told = os_problem(exc)
            receipt_problem = Problem("exchange.receipt_not_placed", "file", {
                "path": str(receipt), "error": messages.text(told) if told else str(exc)})
    return receipt_problem


def _imported_before(uow: UnitOfWork, refusals: list[Problem]) -> PackageReceived | None:
    """The record of this very package (same checksum) imported before, when that is the only
    refusal (its receipt's rows recorded or not: packages imported before 0029 have none)."""
    if [p.code for p in refusals] != ["package.repeat"]:
        return None
    return uow.session.get(PackageReceived, refusals[0].params["received_id"])


def _receipt_again(uow: UnitOfWork, path: Path, office: Office, m: pkg.Manifest, seen: PackageReceived,
                   info: ManifestInfo, *, apply: bool, receipt_dir: str | Path | None) -> _Run:
    """The receipt of a package imported before, written again from its recorded rows; nothing
    applied, nothing written to the store. The preview says so.

    A package imported before its rows were recorded (0029) gets the receipt its record still
    allows: the package (kind, number, checksum), when it was imported and how many rows were
    accepted and rejected, with one row saying the row-by-row results are missing (no row marked
    拒绝: the county's ``county reopen`` re-opens nothing on the strength of it)."""
    received_at = local_time(seen.received_at)
    notes = [Problem("package.receipt_again", "sha256", {"sequence": seen.sequence, "received_at": received_at},
                     "warning")]
    extra = _audit_head_extra(uow)
    if seen.receipt_rows:
        rows = [tuple(r) for r in json.loads(seen.receipt_rows)]
    else:
        params = {"received_at": received_at, "accepted": seen.accepted_rows, "rejected": seen.rejected_rows}
        notes.append(Problem("package.receipt_rows_missing", "sha256", params, "warning"))
        rows = [(None, "", "", "", "", messages.text("receipt.rows_missing", **params))]
        extra = {**extra, "receipt_imported_at": received_at, "receipt_rows_missing": "1"}
    preview = Preview(path, info, (), (), tuple(notes))
    if not apply:
        uow.rollback()
        return preview, None, None, None
    receipt = receipt_path_for(path, Path(receipt_dir) if receipt_dir else None)
    unplaced: list[Pending] = []
    write_receipt_rows(receipt, office, m, rows, seen.accepted_rows, seen.rejected_rows, extra,
                       deferred=unplaced)
    uow.rollback()  # nothing in the store changes
    return preview, receipt, seen.id, _place(unplaced, receipt)


_CALENDAR_PROBLEMS_SHOWN = 10  # a hostile sheet of 10,000 bad rows is named by its first ones


def _calendar_refusals(days: list[packages_in.CalendarDay]) -> list[Problem]:
    problems = workdays.check_calendar_days([(d.row, d.day, d.workday) for d in days])
    if len(problems) > _CALENDAR_PROBLEMS_SHOWN:
        more = len(problems) - _CALENDAR_PROBLEMS_SHOWN
        problems = problems[:_CALENDAR_PROBLEMS_SHOWN] + [Problem("calendar.more", "calendar", {"count": more})]
    return problems


def _set_aside_beside(path: Path) -> list[Problem]:
    """A warning when the sender's export of this file was cut short (an older file it set
    aside lies beside it, ``atomic.older_aside``): the package may never have been recorded as
    sent, and the sender would then write that number again, perhaps with other rows."""
    return [Problem("package.older_aside", "file", {"name": aside.name}, "warning")
            for aside, stem in older_aside(path.parent) if stem == path.stem]


def _other_name(uow: UnitOfWork, office: Office, m: pkg.Manifest) -> list[Problem]:
    """At the county, a warning when a known township code comes under another name: a
    township renamed, or another office set up with that code by mistake."""
    if office.mode != "county" or not m.township_name:
        return []
    known = uow.session.scalar(select(CountyTownship.name).where(CountyTownship.code == m.township_code))
    if not known or known == m.township_name:
        return []
    return [Problem("package.township_name", "township_name",
                    {"code": m.township_code, "known": known, "name": m.township_name}, "warning")]


def local_time(stored: dt.datetime) -> str:
    """A moment stored in UTC (models.base.utcnow), as the office's clock showed it."""
    return local_minute(stored)


def _check_manifest(uow: UnitOfWork, office: Office, m: pkg.Manifest) -> list[Problem]:
    s = uow.session
    county = office.mode == "county"
    expected = pkg.UP_KINDS if county else pkg.DOWN_KINDS
    if m.kind == "receipt":  # brought back to be read, not imported
        x = m.extra
        return [Problem("package.receipt", "kind", {
            "by": x.get("receipt_by", "") or m.county_name, "sequence": x.get("receipt_for_sequence", ""),
            "kind": x.get("receipt_for_kind", ""), "accepted": x.get("accepted_rows", ""),
            "rejected": x.get("rejected_rows", "")})]
    if m.kind not in expected or m.direction != ("up" if county else "down"):
        return [Problem("package.direction", "kind", {
            "kind": m.kind, "kind_word": messages.label("exchange_kind", m.kind), "mode": office.mode})]
    if county:
        if m.township_code[:6] != office.admin_code[:6]:
            return [Problem("package.other_county", "township_code", {
                "code": m.township_code, "name": m.township_name or m.county_name, "ours": office.county_name})]
        if m.township_code[6:9] == "000":  # a county's own code (统计用区划代码: 001-599 are townships)
            return [Problem("package.not_township", "township_code", {
                "code": m.township_code, "name": m.township_name})]
        counterpart = m.township_code
    else:
        if m.township_code != office.admin_code:
            return [Problem("package.other_township", "township_code", {
                "code": m.township_code, "name": m.township_name, "ours": office.name})]
        counterpart = county_code(office.admin_code)
    seen = s.scalar(select(PackageReceived).where(
        PackageReceived.sha256 == m.sha256.lower(), PackageReceived.counterpart == counterpart,
        PackageReceived.kind == m.kind, PackageReceived.sequence == m.sequence))
    if seen is not None:
        return [Problem("package.repeat", "sha256", {
            "sequence": seen.sequence, "received_at": local_time(seen.received_at), "received_id": seen.id})]
    last = s.scalar(select(func.max(PackageReceived.sequence)).where(
        PackageReceived.counterpart == counterpart, PackageReceived.kind == m.kind)) or 0
    if m.sequence <= last:
        return [Problem("package.sequence_repeat", "sequence", {"sequence": m.sequence, "last": last})]
    if m.sequence > last + 1:
        return [Problem("package.sequence_skipped", "sequence", {
            "sequence": m.sequence, "expected": last + 1, "missing": m.sequence - last - 1})]
    return []


# ---- receipt -------------------------------------------------------------------------------

def change_text(change: Change) -> str:
    """The sentence for a change or for why a row was rejected."""
    if not change.accepted:
        return "；".join(messages.text(p) for p in change.problems)
    return messages.text(f"change.{change.action}", **change.params)


def receipt_rows(preview: Preview) -> list[tuple[object, ...]]:
    """The receipt's rows: every row of the package, accepted or rejected, with the reason."""
    return [(c.row, c.sheet, c.key, c.name, packages_out.RECEIPT_RESULTS[c.accepted], change_text(c))
            for c in preview.changes]


def write_receipt(path: Path, office: Office, m: pkg.Manifest, preview: Preview,
                  audit_head: dict[str, str] | None = None, deferred: list[Pending] | None = None) -> pkg.WriteResult:
    """The receipt (回执): every row of the package, accepted or rejected, with the reason."""
    return write_receipt_rows(path, office, m, receipt_rows(preview), preview.accepted, preview.rejected,
                              audit_head, deferred)


def write_receipt_rows(path: Path, office: Office, m: pkg.Manifest, rows: list[tuple[object, ...]],
                       accepted: int, rejected: int, audit_head: dict[str, str] | None = None,
                       deferred: list[Pending] | None = None) -> pkg.WriteResult:
    return pkg.write_package(
        path, kind="receipt", direction="receipt",
        township_code=office.admin_code if office.mode != "county" else m.township_code,
        township_name=office.name if office.mode != "county" else m.township_name,
        county_name=office.county_name, sequence=m.sequence, period=m.period,
        sheets=[pkg.SheetData(packages_out.RECEIPT, rows, len(rows))],
        extra={"receipt_for_kind": m.kind, "receipt_for_sequence": str(m.sequence),
               "receipt_for_sha256": m.sha256, "receipt_by": office.name,
               "accepted_rows": str(accepted), "rejected_rows": str(rejected),
               **(audit_head or {})}, deferred=deferred)


