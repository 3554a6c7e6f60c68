"""The 低保证 (救助证) of granted households: issue (新发), reissue (换发), replace (补发, with
the reason), revoke (核销) when the benefit is cancelled; the current number of a household
for the household page, the roster and the county package."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import certificate as rules
from dibao_desk.domain.certificate import CertificateState, IssueKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Certificate, Household, Office, StoreSetting, Village
from dibao_desk.models.certificate import lock_numbering
from dibao_desk.services.uow import UnitOfWork, retrying

if TYPE_CHECKING:
    from dibao_desk.domain.ledger import MonthValue
    from dibao_desk.printing.certificate import CertificateCard
    from dibao_desk.services.printing import PrintResult


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


@retrying
def issue(uow: UnitOfWork, household_id: int, kind: IssueKind | str, on: dt.date, today: dt.date,
          reason: str = "") -> CertificateInfo:
    """Issue a certificate; a reissue or replacement supersedes the active one. All or nothing.
    Two clerks issuing at once get consecutive serials: the numbering is locked before the
    last serial is read (``models.certificate.lock_numbering``)."""
    uow.require(Role.CLERK)
    kind = IssueKind(kind)
    with uow:
        lock_numbering(uow.session.connection())
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("certificate.no_household", "household", {"id": household_id}))
        office = uow.session.scalar(select(Office))
        if office is None:
            raise RuleError(Problem("printing.no_office", "office"))
        old = _active(uow, household_id)
        problems = rules.check_issue(kind, household_status=h.status, has_active=old is not None, reason=reason)
        last_issued = uow.session.scalar(select(func.max(Certificate.issued_on)).where(
            Certificate.household_id == household_id))
        problems += rules.check_date(on, today, last_issued)
        if problems:
            raise RuleError(problems)
        prefix = rules.PREFIXES[h.hukou_type]
        serial = (uow.session.scalar(select(func.max(Certificate.serial)).where(
            Certificate.prefix == prefix, Certificate.year == on.year)) or 0) + 1
        if old is not None:
            old.state, old.ended_on = CertificateState.SUPERSEDED.value, on
            uow.audit("certificate", old.id, "supersede", {"state": CertificateState.ACTIVE}, {"state": old.state})
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
    uow.audit("certificate", c.id, "revoke", {"state": CertificateState.ACTIVE}, {"state": c.state, "ended_on": on.isoformat()})
    return _info(c)


def history(uow: UnitOfWork, household_id: int) -> list[CertificateInfo]:
    """Every certificate of a household, oldest first; RuleError for a household not in the store."""
    with uow:
        if uow.session.get(Household, household_id) is None:
            raise RuleError(Problem("certificate.no_household", "household", {"id": household_id}))
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


def print_data(uow: UnitOfWork, household_id: int, on: dt.date | None = None) -> CertificatePrint:
    """The active certificate of a household, as the booklet printed on ``on`` (default today)
    shows it: the persons, class and amount the ledger pays for that month, as the 长期公示.
    Between a member's death and the grant of the 变更, the household's own columns already
    count those who remain while the old amount is still paid."""
    return print_data_many(uow, [household_id], on)[0]


def print_data_many(uow: UnitOfWork, household_ids: list[int], on: dt.date | None = None) -> list[CertificatePrint]:
    """``print_data`` of several households, in their order, read a few hundred at a time (a
    batch of a thousand booklets is a handful of queries, not thousands). The first household
    that cannot be printed refuses them all; in a batch of more than one, the problem names it
    (``batch_household``: "户编号 12：…"). A household whose benefit is suspended (停发) in the
    month of ``on`` is refused too: ``print_batch_data`` skips those instead."""
    return print_batch_data(uow, household_ids, on, skip_suspended=False)[0]


def print_batch_data(uow: UnitOfWork, household_ids: list[int], on: dt.date | None = None, *,
                     skip_suspended: bool = True) -> tuple[list[CertificatePrint], list[Problem]]:
    """The booklets of a batch as printed on ``on`` (default today), and the households left
    out because their benefit is suspended (暂停发放) that month: one warning each, naming
    the head and the reason (``certificate.skipped_suspended``). A household with another
    problem refuses the batch; so does a batch whose households are all suspended."""
    from dibao_desk.domain.ledger import PAID_STATUSES
    from dibao_desk.models import ledger as ledger_store
    from dibao_desk.services.printing import heading

    month = (on or dt.date.today()).replace(day=1)
    head = heading(uow)
    with uow:
        found: dict[int, tuple[Certificate, Household, str]] = {}
        for start in range(0, len(household_ids), 500):
            chunk = household_ids[start:start + 500]
            for c, h, village in uow.session.execute(
                    select(Certificate, Household, Village.name)
                    .join(Household, Household.id == Certificate.household_id)
                    .join(Village, Village.id == Household.village_id)
                    .where(Certificate.state == CertificateState.ACTIVE.value, Certificate.household_id.in_(chunk))):
                found[h.id] = (c, h, village)
        paid_in = ledger_store.month_values(uow.session.connection(), month, list(found))
        out: list[CertificatePrint] = []
        skipped: list[Problem] = []
        for hid in household_ids:
            row = found.get(hid)
            problems = _refusal(row)
            paid = paid_in.get(hid)
            if not problems and row is not None and _suspended(row[1], paid):
                if skip_suspended:
                    skipped.append(Problem("certificate.skipped_suspended", "", {
                        "household_id": hid, "name": row[1].head_name, "year": month.year, "month": month.month},
                        "warning"))
                    continue
                problems = [Problem("certificate.suspended", "household", {"year": month.year, "month": month.month})]
            if problems:
                if len(household_ids) > 1:  # the words say which household ("户编号 12：…", messages.ROW_PREFIX)
                    problems = [Problem(p.code, "batch_household", p.params | {"household_id": hid, "row": hid})
                                for p in problems]
                raise RuleError(problems)
            c, h, village = found[hid]
            persons, category, monthly = h.covered_count, h.category, h.monthly_benefit_fen
            if paid is not None and paid.status in PAID_STATUSES:
                persons, category, monthly = paid.covered, paid.category, paid.amount_fen
            out.append(CertificatePrint(c.number, h.head_name, village, h.address, h.hukou_type, persons,
                                        category, monthly, h.benefit_start, c.issued_on, head.signer, c.kind))
        if not out and skipped:
            raise RuleError(Problem("certificate.all_suspended", "households", {
                "count": len(skipped), "year": month.year, "month": month.month}))
        return out, skipped


def _suspended(h: Household, paid: MonthValue | None) -> bool:
    """Whether the household's benefit is suspended (停发) in the month: its ledger month says
    so; a household without a ledger month for it, when its own status is 暂停."""
    from dibao_desk.domain.household import HouseholdStatus
    from dibao_desk.domain.ledger import LedgerStatus

    if paid is not None:
        return bool(paid.status == LedgerStatus.SUSPENDED)
    return bool(h.status == HouseholdStatus.SUSPENDED)


def _refusal(row: tuple[Certificate, Household, str] | None) -> list[Problem]:
    """Why a household's booklet cannot be printed: it has no valid certificate, or its hukou
    moved between urban and rural since (the 换发 gives the number of the other sequence)."""
    if row is None:
        return [Problem("certificate.no_active", "household")]
    c, h, _village = row
    if rules.hukou_of(c.number) != h.hukou_type:
        return [Problem("certificate.hukou_changed", "household", {
            "number": c.number, "now": _hukou_word(h.hukou_type), "was": _hukou_word(rules.hukou_of(c.number))})]
    return []


def _hukou_word(hukou_type: str | None) -> str:
    from dibao_desk import messages

    return messages.label("hukou_type", hukou_type) if hukou_type else "?"


SETTING_OFFSET_X = "certificate.offset_x_mm"
SETTING_OFFSET_Y = "certificate.offset_y_mm"
MAX_OFFSET_MM = 30.0  # further than this the office has the wrong paper, not a printer offset


@dataclass(frozen=True)
class PrinterOffset:
    """How far every print moves the certificate's fields from where the layout puts them, to
    make up for the office's printer: x to the right, y down, in millimetres (the office finds
    it once with the test sheet: a cross printed 3 mm too far right asks for 3 mm less)."""

    x_mm: float = 0.0
    y_mm: float = 0.0


def offset_range_mm() -> tuple[tuple[float, float], tuple[float, float]]:
    """The offsets (x, y: lowest, highest, mm) a print accepts (the window's fields keep to them)."""
    from dibao_desk.printing.certificate import vertical_offset_limits_mm

    (up, _top), (down, _bottom) = vertical_offset_limits_mm()
    return (-MAX_OFFSET_MM, MAX_OFFSET_MM), (max(-MAX_OFFSET_MM, -up), min(MAX_OFFSET_MM, down))


def _check_offset(x_mm: float, y_mm: float) -> None:
    """Refuse an offset beyond ``MAX_OFFSET_MM`` (or not a number: NaN, infinity), or one that
    moves a field up or down off the sheet, whether it is saved or given for one print: those
    fields would not be printed. (To the right, a value is shrunk to stay on the sheet.)"""
    from dibao_desk.printing.certificate import vertical_offset_limits_mm

    problems = [Problem("certificate.offset_range", field, {"max": f"{MAX_OFFSET_MM:g}"})
                for field, v in (("offset_x", x_mm), ("offset_y", y_mm)) if not -MAX_OFFSET_MM <= v <= MAX_OFFSET_MM]
    if not problems:  # upwards or downwards, a field would leave the sheet before 30 mm
        (up, top), (down, bottom) = vertical_offset_limits_mm()
        if y_mm < -up:
            problems.append(Problem("certificate.offset_off_sheet", "offset_y", {"way": "up", "max": f"{up:g}", "field": top}))
        elif y_mm > down:
            problems.append(Problem("certificate.offset_off_sheet", "offset_y",
                                    {"way": "down", "max": f"{down:g}", "field": bottom}))
    if problems:
        raise RuleError(problems)


def _offset(uow: UnitOfWork, x_mm: float | None, y_mm: float | None) -> tuple[float, float]:
    """The offset a print uses: the one given, else the office's saved one (checked)."""
    saved = printer_offset(uow)
    dx = saved.x_mm if x_mm is None else x_mm
    dy = saved.y_mm if y_mm is None else y_mm
    _check_offset(dx, dy)
    return dx, dy


def printer_offset(uow: UnitOfWork) -> PrinterOffset:
    with uow:
        got = {k: v for k, v in uow.session.execute(select(StoreSetting.key, StoreSetting.value).where(
            StoreSetting.key.in_((SETTING_OFFSET_X, SETTING_OFFSET_Y))))}
    try:
        return PrinterOffset(float(got.get(SETTING_OFFSET_X, 0) or 0), float(got.get(SETTING_OFFSET_Y, 0) or 0))
    except ValueError:
        return PrinterOffset()


def set_printer_offset(uow: UnitOfWork, x_mm: float, y_mm: float) -> PrinterOffset:
    """Save the printer offset every certificate is then printed with (audited)."""
    uow.require(Role.CLERK, Role.ADMIN)
    _check_offset(x_mm, y_mm)
    before = printer_offset(uow)
    x_mm, y_mm = round(float(x_mm), 1), round(float(y_mm), 1)
    with uow:
        for key, value in ((SETTING_OFFSET_X, x_mm), (SETTING_OFFSET_Y, y_mm)):
            row = uow.session.get(StoreSetting, key)
            if row is None:
                uow.session.add(StoreSetting(key=key, value=f"{value:g}"))
            else:
                row.value = f"{value:g}"
        uow.audit("setting", None, "save", {SETTING_OFFSET_X: before.x_mm, SETTING_OFFSET_Y: before.y_mm},
                  {SETTING_OFFSET_X: x_mm, SETTING_OFFSET_Y: y_mm})
        uow.commit()
    return PrinterOffset(x_mm, y_mm)


def issued_between(uow: UnitOfWork, first: dt.date, last: dt.date, village_id: int | None = None) -> list[int]:
    """Households whose valid certificate was issued from ``first`` to ``last`` (a batch to
    print after the month's grants), by village and household."""
    stmt = (select(Certificate.household_id).join(Household, Household.id == Certificate.household_id)
            .where(Certificate.state == CertificateState.ACTIVE.value, Certificate.issued_on >= first,
                   Certificate.issued_on <= last)
            .order_by(Household.village_id, Household.id))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    with uow:
        return list(uow.session.scalars(stmt))


def _card(d: CertificatePrint) -> CertificateCard:
    from dibao_desk import messages
    from dibao_desk.printing import certificate as booklet

    return booklet.CertificateCard(d.number, d.head_name, d.village, d.address, d.hukou_type, d.persons,
                                   messages.label("category", d.category) if d.category else "", d.monthly_fen,
                                   d.benefit_start, d.issued_on, d.issuer)


def print_certificate(uow: UnitOfWork, household_id: int, out: str | Path, *, offset_x_mm: float | None = None,
                      offset_y_mm: float | None = None, proof: bool = False, on: dt.date | None = None) -> PrintResult:
    """Write the household's active certificate for the booklet (atomically); a PrintResult.
    Without an offset given, the office's saved printer offset is used."""
    return print_certificates(uow, [household_id], out, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm,
                              proof=proof, on=on)


def print_certificates(uow: UnitOfWork, household_ids: list[int], out: str | Path, *, offset_x_mm: float | None = None,
                       offset_y_mm: float | None = None, proof: bool = False, on: dt.date | None = None) -> PrintResult:
    """The valid certificates of several households, one booklet page each, in one PDF, with
    the persons and amounts paid in the month of ``on`` (default today). A household without a
    valid certificate refuses the whole batch, naming it; one whose benefit is suspended that
    month is left out and named in the result's ``skipped`` (a single household is refused:
    ``print_certificate``); a batch of suspended households only is refused."""
    from dibao_desk.printing import certificate as booklet
    from dibao_desk.printing import layout
    from dibao_desk.services.printing import _result, write_atomically

    if not household_ids:
        raise RuleError(Problem("certificate.none_to_print", "households"))
    dx, dy = _offset(uow, offset_x_mm, offset_y_mm)
    data, skipped = print_batch_data(uow, household_ids, on, skip_suspended=len(household_ids) > 1)
    cards = [_card(d) for d in data]
    path, info = write_atomically(out, lambda p: booklet.render_many(p, cards, offset_x_mm=dx, offset_y_mm=dy,
                                                                     proof=proof), uow)
    return dataclasses.replace(_result(path, layout.CERTIFICATE_TITLE, info, len(cards)), skipped=tuple(skipped))


def calibration_cross_mm(offset: PrinterOffset) -> tuple[float, float]:
    """Where the test sheet's cross should land (mm from the sheet's left and top edges) with
    this offset: 20 mm each, or further in where the offset would move it off the sheet."""
    from dibao_desk.printing.certificate import calibration_cross_mm as cross

    return cross(offset.x_mm, offset.y_mm)


def print_calibration(uow: UnitOfWork, out: str | Path, *, offset_x_mm: float | None = None,
                      offset_y_mm: float | None = None) -> PrintResult:
    """A test sheet for the printer offset: the card's words and edge, sample data where the
    fields go and a cross that should land 20 mm from the left and top edges (further in when
    the offset would move it off the sheet: ``calibration_cross_mm``, written beside it).
    Print it on plain paper, measure, and correct the offset by the difference."""
    from dibao_desk.printing import certificate as booklet
    from dibao_desk.printing import layout
    from dibao_desk.services.printing import _result, heading, write_atomically

    dx, dy = _offset(uow, offset_x_mm, offset_y_mm)
    head = heading(uow)
    today = dt.date.today()
    card = booklet.CertificateCard("N000000000000000000", "（样例）张三", "（样例）东风村", "（样例）东风村1组8号",
                                   "rural", 3, "二类", 31000, today.replace(day=1), today, head.signer)
    path, info = write_atomically(out, lambda p: booklet.render_many(p, [card], offset_x_mm=dx, offset_y_mm=dy,
                                                                     proof=True, calibrate=True), uow)
    return _result(path, layout.CERTIFICATE_TITLE, info, 0)


__all__ = ["calibration_cross_mm", "print_calibration", "print_certificate", "print_certificates", "printer_offset", "set_printer_offset", "issued_between", "offset_range_mm", "PrinterOffset", "CertificateInfo", "CertificatePrint", "current_numbers", "history", "issue", "print_batch_data", "print_data", "print_data_many", "revoke_for"]
