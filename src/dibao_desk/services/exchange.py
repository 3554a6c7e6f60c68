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
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import object_session

from dibao_desk import messages
from dibao_desk.domain import procedure as proc_rules
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_in, packages_out, registers_sheets
from dibao_desk.exchange.package import PackageError
from dibao_desk.models import (
    Case, Certificate, CountyCase, CountyDecision, CountyRosterHousehold, CountyTownship, CrossCheckWarning,
    Household, LinkedAssistance, Member, Office, PackageReceived, PackageSent, Village,
)
from dibao_desk.models import audit as audit_rows
from dibao_desk.models import dialect
from dibao_desk.services import audit as audit_service
from dibao_desk.services import county_money, recovery, registers_export
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork, retrying

RECEIPT_SUFFIX = "-回执"


class PackageRefused(Exception):
    """The package cannot be applied; ``problems`` say why. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.code for p in self.problems))


# ---- results -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    period: str
    counterpart: str
    rows: dict[str, int]
    sha256: str
    size: int
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Change:
    """One row of a received package and what applying it does (or why it is rejected)."""

    row: int
    sheet: str
    key: str
    name: str
    action: str  # approve | refuse | policy | warning | case_new | case_update | roster | received
    params: dict = field(default_factory=dict)
    accepted: bool = True
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ManifestInfo:
    kind: str
    direction: str
    township_code: str
    township_name: str
    county_name: str
    sequence: int
    period: str
    created_at: str
    program: str
    schema_version: int
    rows: dict[str, int]
    sha256: str


@dataclass(frozen=True)
class Preview:
    path: Path
    manifest: ManifestInfo | None
    refusals: tuple[Problem, ...]
    changes: tuple[Change, ...]
    warnings: tuple[Problem, ...] = ()  # e.g. the sender's audit history does not continue

    @property
    def ok(self) -> bool:
        return not self.refusals

    @property
    def accepted(self) -> int:
        return sum(1 for c in self.changes if c.accepted)

    @property
    def rejected(self) -> int:
        return sum(1 for c in self.changes if not c.accepted)


@dataclass(frozen=True)
class ImportResult:
    preview: Preview
    receipt_path: Path
    received_id: int


@dataclass(frozen=True)
class SentInfo:
    id: int
    counterpart: str
    kind: str
    sequence: int
    period: str
    file_name: str
    rows: int
    created_at: dt.datetime


@dataclass(frozen=True)
class ReceivedInfo:
    id: int
    counterpart: str
    kind: str
    sequence: int
    period: str
    file_name: str
    accepted_rows: int
    rejected_rows: int
    received_at: dt.datetime


@dataclass(frozen=True)
class WarningInfo:
    id: int
    household_id: int | None
    id_number: str
    name: str
    kind: str
    detail: str
    checked_on: dt.date | None
    answer_by: dt.date | None
    status: str
    county_ref: str
    answered_on: dt.date | None = None
    answer_note: str = ""


def optional_service(name: str):
    """Another feature's service module, or None while that feature is not installed."""
    import importlib

    try:
        return importlib.import_module(f"dibao_desk.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"dibao_desk.services.{name}":
            raise
        return None


# ---- the office and its counterpart --------------------------------------------------------

def _office(uow: UnitOfWork) -> Office:
    o = uow.session.scalars(select(Office).limit(1)).first()
    if o is None:
        raise RuleError(Problem("exchange.no_office", ""))
    return o


def county_code(admin_code: str) -> str:
    """The county's 12-digit code: the first six digits of a township's code, then zeros."""
    return admin_code[:6] + "000000"


def kinds_for_mode(mode: str) -> tuple[str, ...]:
    return pkg.DOWN_KINDS if mode == "county" else pkg.UP_KINDS


# ---- export ------------------------------------------------------------------------------

@retrying
def export_package(uow: UnitOfWork, kind: str, period: str, out: str | Path, *,
                   township_code: str | None = None, again: bool = False,
                   progress: Progress | None = None, today: dt.date | None = None,
                   rows: list | None = None) -> ExportResult:
    """Write a package of ``kind`` for ``period`` to ``out``; record it as sent.

    Township mode: roster | cases | reviews | payments, to the county. County mode:
    decisions | policy | warnings, to ``township_code`` (``rows`` gives warnings as
    ``packages_in.WarningRow`` records). ``again`` writes the last package of this kind once
    more with the same sequence number (for a stick that was lost); the receiving office
    refuses it if it already has that number.
    """
    uow.require(Role.REVIEWER if kind == "payments" else Role.CLERK)
    progress = progress or NullProgress()
    today = today or dt.date.today()
    out = Path(out)
    with uow:
        office = _office(uow)
        mode = office.mode
        if kind not in kinds_for_mode(mode):
            raise RuleError(Problem("exchange.kind_for_mode", "kind", {"kind": kind, "mode": mode}))
        if not period and mode == "county":
            period = f"{today.year:04d}-{today.month:02d}"
        bounds = pkg.parse_period(period)
        if bounds is None:
            raise RuleError(Problem("exchange.period", "period", {"period": period}))
        if mode == "county":
            if not township_code:
                raise RuleError(Problem("exchange.township_required", "township"))
            # Locked: two clerks sending this township a package at once get consecutive numbers.
            town = uow.session.scalar(select(CountyTownship).where(CountyTownship.code == township_code)
                                      .with_for_update())
            if town is None:
                raise RuleError(Problem("county.township_unknown", "township", {"code": township_code}))
            counterpart, town_code, town_name = township_code, township_code, town.name
        else:
            counterpart = county_code(office.admin_code)
            town_code, town_name = office.admin_code, office.name
        last = uow.session.scalar(select(func.max(PackageSent.sequence)).where(
            PackageSent.counterpart == counterpart, PackageSent.kind == kind)) or 0
        if again and last == 0:
            raise RuleError(Problem("exchange.nothing_to_resend", "kind", {"kind": kind}))
        sequence = last if again else last + 1
        warnings: list[Problem] = []
        after_write: Callable[[PackageSent], None] | None = None
        payroll_extra: dict[str, str] = {}
        progress.update(0, 0, "")
        if kind == "roster":
            sheets = _roster_sheets(uow, bounds)
        elif kind == "cases":
            sheets = _case_sheets(uow)
        elif kind == "reviews":
            sheets = _review_sheets(uow, bounds)
        elif kind == "payments":
            sheets, warnings, payroll_extra = _payment_sheets(uow, period, bounds)
        elif kind == "decisions":
            sheets, after_write = _decision_sheets(uow, town, again, sequence)
        elif kind == "policy":
            sheets = _policy_sheets(uow)
        else:  # warnings
            sheets = [pkg.SheetData(packages_out.WARNINGS, [
                (w.warning_ref, w.id_number, w.name, packages_out.word(packages_out.WARNING_KINDS, w.kind),
                 w.detail, w.checked_on, w.answer_by) for w in (rows or [])])]
        chain = _audit_head_extra(uow) | audit_service.anchor_for(uow, counterpart)
        result = pkg.write_package(
            out, kind=kind, direction="down" if mode == "county" else "up", township_code=town_code,
            township_name=town_name, county_name=office.county_name, sequence=sequence, period=period,
            sheets=sheets, progress=progress, extra=chain | payroll_extra)
        try:
            sent = PackageSent(counterpart=counterpart, kind=kind, sequence=sequence, period=period,
                               sha256=result.manifest.sha256, file_name=out.name,
                               rows=sum(result.manifest.rows.values()), operator=uow.operator)
            uow.session.add(sent)
            uow.session.flush()
            if after_write is not None:
                after_write(sent)
            uow.audit("package", sent.id, "export", None, {
                "kind": kind, "sequence": sequence, "period": period, "counterpart": counterpart,
                "file": str(out), "rows": result.manifest.rows, "sha256": result.manifest.sha256,
                "again": again, **chain})
            uow.commit()
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return ExportResult(out, kind, sequence, period, counterpart, dict(result.manifest.rows),
                            result.manifest.sha256, result.size, tuple(warnings))


def _audit_head_extra(uow: UnitOfWork) -> dict[str, str]:
    """The audit chain's head as this package leaves: a later package whose history does not
    continue from it shows that the sender's audit log was rewritten in between."""
    h = audit_rows.head(uow.session.connection())
    last_id, digest = h if h else (0, "")
    return {"audit_head_id": str(last_id), "audit_head_sha256": digest}


def _receiving(bounds: tuple[dt.date, dt.date]):
    first, last = bounds
    return ((Household.status == "receiving")
            & ((Household.benefit_start.is_(None)) | (Household.benefit_start <= last)))


def _roster_sheets(uow: UnitOfWork, bounds) -> list[pkg.SheetData]:
    s = uow.session
    where = _receiving(bounds)
    n_h = s.scalar(select(func.count()).select_from(Household).where(where)) or 0
    n_p = s.scalar(select(func.count()).select_from(Member).join(Household).where(where)) or 0
    hh = _raw_rows(uow, select(
        Household.id, Village.name, Household.head_name, Household.head_id_number,
        Household.hukou_type, Household.person_count, Household.covered_count,
        Household.category, Household.monthly_benefit_fen, Household.benefit_start,
        Household.address, func.coalesce(Certificate.number, ""), Household.poverty_cause, Household.sanwu)
        .join(Village, Household.village_id == Village.id)
        .outerjoin(Certificate, (Certificate.household_id == Household.id) & (Certificate.state == "active"))
        .where(where)
        .order_by(Village.name, Household.id))
    relation = messages.LABELS.get("relation", {})
    persons = _raw_rows(uow, select(
        Member.household_id, Member.name, Member.id_number, Member.sex, Member.birth_date,
        Member.relation, Member.covered, Member.disability_grade, Member.self_care, Member.health,
        Member.person_status)
        .join(Household, Member.household_id == Household.id)
        .join(Village, Household.village_id == Village.id).where(where)
        .order_by(Village.name, Household.id, Member.position))
    first, last = bounds
    la = LinkedAssistance
    aid = s.execute(
        select(la.household_id, la.member_id_number, func.coalesce(Member.name, ""), la.kind, la.amount_fen,
               la.given_on, la.giver, la.note)
        .join(Household, la.household_id == Household.id)
        .join(Village, Household.village_id == Village.id)
        .outerjoin(Member, (Member.household_id == la.household_id) & (Member.id_number == la.member_id_number))
        .where(where, la.given_on >= first, la.given_on <= last)
        .order_by(Village.name, Household.id, la.given_on, la.id)).all()
    return packages_out.roster_sheets(
        ((str(r[0]), *r[1:]) for r in hh),
        ((str(r[0]), r[1], r[2], r[3], r[4], relation.get(r[5], r[5]), *r[6:]) for r in persons),
        n_h, n_p, [(str(r[0]), *r[1:]) for r in aid]) + registers_export.roster_sheets(uow, bounds) + [
        recovery.register_sheet(uow, bounds)]


def _raw_rows(uow: UnitOfWork, stmt, batch: int = 5000):
    """Rows of a query straight from the SQLite driver, in batches: for the roster's
    100,000 persons the ORM's row objects cost more than the query. Dates come back as
    their stored text (YYYY-MM-DD), booleans as 0/1."""
    sql = str(stmt.compile(dialect=uow.session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    cursor = uow.session.connection().connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                break
            yield from rows
    finally:
        cursor.close()


def _step_words() -> dict[int, str]:
    return {1: "申请受理", 2: "入户调查", 3: "民主评议", 4: "一榜公示", 5: "经办机构审查",
            6: "乡镇政府审核", 7: "二榜公示", 8: "县民政局审批", 9: "三榜公示", 10: "待遇批准"}


def _amount_mark(data_json: str) -> str:
    """A step whose amount differs from the computed one says so, with the reason."""
    import json

    data = json.loads(data_json) if data_json else {}
    computed, entered = data.get("computed_fen"), data.get("monthly_fen")
    if computed is None or entered is None or int(entered) == int(computed):
        return ""
    return (f"（金额 {fen_to_yuan(int(entered))} 元与计算结果 {fen_to_yuan(int(computed))} 元不同，"
            f"理由：{data.get('amount_reason', '')}）")


def _evidence(case: Case) -> str:
    """A short evidence summary of the case: each step done, objections, declared incomes and assets."""
    words = _step_words()
    results = {"passed": "通过", "refused": "未通过", "returned": "退回"}
    parts = []
    for st in case.steps:
        if not st.active:
            continue
        if st.window_end is not None:
            text = f"{words.get(st.step, st.step)} {st.started_on}至{st.window_end}"
        else:
            text = f"{words.get(st.step, st.step)} {st.done_on or st.started_on}"
        if st.person:
            text += f" {st.person}"
        if st.result:
            text += f" {results.get(st.result, st.result)}"
        text += _amount_mark(st.data_json)
        parts.append(text)
    if case.objections:
        upheld = sum(1 for o in case.objections if o.result == "upheld")
        parts.append(f"公示异议 {len(case.objections)} 件（属实 {upheld} 件）")
    h = case.household
    income_words = messages.LABELS.get("income_kind", {})
    prop_words = messages.LABELS.get("property_kind", {})
    if h.incomes:
        parts.append("收入：" + "，".join(
            f"{income_words.get(i.kind, i.kind)} {fen_to_yuan(i.amount_fen)} 元/月" for i in h.incomes))
    if h.properties:
        parts.append("财产：" + "，".join(
            f"{prop_words.get(p.kind, p.kind)} {fen_to_yuan(p.value_fen)} 元" for p in h.properties))
    if case.reason:
        parts.append(f"事由：{case.reason}")
    filed = registers_export.evidence_line(object_session(case), h.id)
    if filed:
        parts.insert(0, filed)  # 备案 first: the county reviews such a case strictly
    return "；".join(parts)


def _case_sheets(uow: UnitOfWork) -> list[pkg.SheetData]:
    s = uow.session
    cases = s.scalars(select(Case).where(Case.status == "open",
                                         Case.next_step == proc_rules.COUNTY_DECISION)
                      .order_by(Case.id)).all()
    rows = []
    for c in cases:
        h = c.household
        reviewed = next((st.done_on for st in c.steps
                         if st.active and st.step == proc_rules.TOWNSHIP_REVIEW), None)
        rows.append((str(c.id), packages_out.word(packages_out.CASE_KINDS, c.kind), str(h.id),
                     h.village.name if h.village else "", h.head_name, h.head_id_number,
                     packages_out.word(packages_out.HUKOU, h.hukou_type), h.person_count, h.covered_count,
                     h.income_fen, h.per_capita_fen,
                     packages_out.word(packages_out.CATEGORY, c.proposed_category or h.category),
                     c.proposed_fen or h.monthly_benefit_fen, reviewed, _evidence(c)))
    return [pkg.SheetData(packages_out.CASES, rows, len(rows)),
            registers_export.case_marks(uow, [(c.id, c.household_id) for c in cases])]


def _review_sheets(uow: UnitOfWork, bounds) -> list[pkg.SheetData]:
    """Reviews recorded in the period (the reviews feature's records), by village and date."""
    import importlib

    try:
        review_models = importlib.import_module("dibao_desk.models.reviews")
    except ModuleNotFoundError:
        raise RuleError(Problem("exchange.reviews_missing", "kind"))
    Review = review_models.Review
    first, last = bounds
    rows = []
    for r, h, village in uow.session.execute(
            select(Review, Household, Village.name)
            .join(Household, Review.household_id == Household.id)
            .join(Village, Household.village_id == Village.id)
            .where(Review.review_date >= first, Review.review_date <= last)
            .order_by(Village.name, Review.review_date, Review.id)):
        rows.append((str(h.id), village, h.head_name, h.head_id_number, r.review_date,
                     packages_out.word(packages_out.REVIEW_OUTCOMES, r.outcome),
                     packages_out.word(packages_out.CATEGORY, r.before_category), r.before_fen,
                     packages_out.word(packages_out.CATEGORY, r.after_category), r.after_fen,
                     r.visitor, "；".join(x for x in (r.findings, r.reason) if x)))
    return [pkg.SheetData(packages_out.REVIEWS, rows, len(rows))]


def _payment_sheets(uow: UnitOfWork, period: str, bounds) -> tuple[list[pkg.SheetData], list[Problem], dict]:
    """The payments package is the period's signed regular roster (造册): its paid lines, totals
    per village and by source; the manifest carries the roster's status, signer and totals
    beside the township's ledger totals for the period, so the county can flag a mismatch."""
    from dibao_desk.services import payroll

    roster = payroll.signed_regular(uow, period)
    if roster is None:
        raise RuleError(Problem("exchange.payroll_unsigned", "period", {"period": period}))
    kinds = messages.LABELS.get("payroll_line_kind", {})
    lines = []
    for x in payroll.lines(uow, roster.id):
        if x.zero:
            continue
        regular = x.line_kind.value in ("regular", "subsidy")
        lines.append(packages_out.PaymentLine(
            x.account_name, x.id_number, x.account, x.bank_name, str(x.household_id), x.village, x.persons,
            x.benefit_fen + x.supplement_fen if regular else x.total_fen, x.months if regular else 1,
            kinds.get(x.line_kind.value, x.line_kind.value), x.benefit_fen, x.supplement_fen, x.bank_code,
            x.reason, x.total_fen))
    summary = payroll.summary(uow, roster.id)
    sources = [(t.source, t.share_bp, t.households, t.persons, t.benefit_fen, t.supplement_fen, t.adjustment_fen,
                t.total_fen) for t in summary.by_source]
    missing = [i + 2 for i, p in enumerate(lines) if not p.account]
    warnings = []
    if missing:
        warnings.append(Problem("exchange.no_account", "account", {"count": len(missing),
                                                                   "rows": missing[:20]}, "warning"))
    ledger_households, ledger_fen, ledger_adjust = payroll.ledger_totals(uow, period)
    extra = {"payroll_id": str(roster.id), "payroll_status": roster.status.value,
             "payroll_reviewed_by": roster.reviewed_by,
             "payroll_reviewed_on": roster.reviewed_on.isoformat() if roster.reviewed_on else "",
             "payroll_households": str(roster.households), "payroll_persons": str(roster.persons),
             "payroll_total_fen": str(roster.total_fen), "payroll_benefit_fen": str(roster.benefit_fen),
             "payroll_supplement_fen": str(roster.supplement_fen),
             "payroll_adjustment_fen": str(roster.back_pay_fen + roster.recovery_fen),
             "ledger_households": str(ledger_households), "ledger_total_fen": str(ledger_fen),
             "ledger_adjustment_fen": str(ledger_adjust)}
    return packages_out.payment_sheets(lines, sources), warnings, extra


def _special_cells(text: str) -> tuple:
    """特殊情况, 集体讨论日期, 参加人员, 纪要 of a decision (empty when not a special case)."""
    special = proc_rules.CollectiveDecision.from_dict(json.loads(text) if text else None)
    if special is None:
        return "", None, "", ""
    return (packages_out.SPECIAL_CASES.get(special.kind, special.kind), special.decided_on,
            special.participants, special.minutes)


def _decision_sheets(uow: UnitOfWork, town: CountyTownship, again: bool, sequence: int):
    s = uow.session
    stmt = (select(CountyDecision).join(CountyCase)
            .where(CountyCase.township_id == town.id).order_by(CountyCase.id))
    if again:
        last_sent = s.scalar(select(PackageSent.id).where(
            PackageSent.counterpart == town.code, PackageSent.kind == "decisions",
            PackageSent.sequence == sequence).order_by(PackageSent.id.desc()).limit(1))
        stmt = stmt.where(CountyDecision.sent_id == last_sent)
    else:
        stmt = stmt.where(CountyDecision.sent_id.is_(None))
    decisions = s.scalars(stmt).all()
    if not decisions:
        raise RuleError(Problem("county.no_decisions", "township", {"code": town.code, "name": town.name}))
    rows = [(d.case.case_ref, d.case.household_ref, d.case.head_name, d.case.head_id_number,
             packages_out.DECISION[d.approved], d.reason, d.decided_on, packages_out.YES_NO[d.sampled],
             d.decided_by, *_special_cells(d.special_json)) for d in decisions]

    def mark(sent: PackageSent) -> None:
        for d in decisions:
            d.sent_id = sent.id
            d.case.status = "sent"

    return [pkg.SheetData(packages_out.DECISIONS, rows, len(rows))], mark


def _policy_unit(key: str) -> str:
    for suffix, unit in (("_fen", "分"), ("_permille", "‰"), ("_m2_x100", "0.01 平方米"), ("_days", "天"),
                         ("_age", "岁"), ("_max", "级"), ("_allowed", "辆"), ("houses_max", "套")):
        if key.endswith(suffix):
            return unit
    return ""


def policy_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _policy_sheets(uow: UnitOfWork) -> list[pkg.SheetData]:
    """Every set of figures this office entered (not the shipped example), field by field."""
    policy_service = optional_service("policy")
    if policy_service is None:
        raise RuleError(Problem("exchange.policy_missing", "kind"))
    words = messages.LABELS.get("policy_field", {})
    rows = []
    for ps in policy_service.list_policy_sets(uow):
        if ps.is_example:
            continue
        for key, value in ps.figures.to_dict().items():
            rows.append((ps.effective_from, key, words.get(key, key), policy_value_text(value),
                         _policy_unit(key), ps.note))
    if not rows:
        raise RuleError(Problem("exchange.no_policy", "kind"))
    return [pkg.SheetData(packages_out.POLICY, rows, len(rows))]


# ---- lists -------------------------------------------------------------------------------

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
    """Record the household's answer: answered (counter-evidence given), withdrawn, or confirmed."""
    if status not in ("answered", "withdrawn", "confirmed"):
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


# ---- import ------------------------------------------------------------------------------

class _Batch(UnitOfWork):
    """The caller's open session lent to another service: its ``with``/``commit`` only flush,
    so everything it does stays inside the one transaction of the package."""

    def __init__(self, outer: UnitOfWork):
        super().__init__(None, outer.operator)  # type: ignore[arg-type]
        self._session = outer.session

    def __enter__(self) -> "_Batch":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def commit(self) -> None:
        self.session.flush()

    def rollback(self) -> None:
        raise RuntimeError("a row is undone by its savepoint, not by rollback")


def _manifest_info(m: pkg.Manifest) -> ManifestInfo:
    return ManifestInfo(m.kind, m.direction, m.township_code, m.township_name, m.county_name, m.sequence,
                        m.period, m.created_at, m.program, m.schema_version, dict(m.rows), m.sha256)


def preview_package(uow: UnitOfWork, path: str | Path, *, today: dt.date | None = None,
                    progress: Progress | None = None) -> Preview:
    """Everything ``import_package`` would do, without writing anything."""
    return _run(uow, Path(path), apply=False, today=today, progress=progress)[0]


@retrying
def import_package(uow: UnitOfWork, path: str | Path, *, today: dt.date | None = None,
                   progress: Progress | None = None, receipt_dir: str | Path | None = None) -> ImportResult:
    """Apply a received package, all or nothing, and write the receipt next to it.

    Raises PackageRefused (nothing written) when the file or its manifest is refused."""
    uow.require(Role.CLERK)
    preview, receipt, received_id = _run(uow, Path(path), apply=True, today=today, progress=progress,
                                         receipt_dir=receipt_dir)
    return ImportResult(preview, receipt, received_id)


def receipt_path_for(path: Path, folder: Path | None = None) -> Path:
    return (folder or path.parent) / f"{path.stem}{RECEIPT_SUFFIX}.xlsx"


def _run(uow: UnitOfWork, path: Path, *, apply: bool, today: dt.date | None,
         progress: Progress | None, receipt_dir: str | Path | None = None):
    # Reading, parsing and applying a roster make hundreds of thousands of plain objects in
    # no reference cycle; the cycle collector only slows that down (see pkg.gc_paused).
    with pkg.gc_paused():
        return _run_unpaused(uow, path, apply=apply, today=today, progress=progress, receipt_dir=receipt_dir)


def _run_unpaused(uow: UnitOfWork, path: Path, *, apply: bool, today: dt.date | None,
                  progress: Progress | None, receipt_dir: str | Path | None = None):
    progress = progress or NullProgress()
    today = today or dt.date.today()
    try:
        package = pkg.read_package(path, specs=packages_out.specs_for)
    except PackageError as exc:
        if apply:
            raise PackageRefused(exc.problems) from exc
        return Preview(path, None, tuple(exc.problems), ()), None, None
    m = package.manifest
    info = _manifest_info(m)
    with uow:
        office = _office(uow)
        refusals = _check_manifest(uow, office, m)
        if refusals:
            if apply:
                raise PackageRefused(refusals)
            return Preview(path, info, tuple(refusals), ()), None, None
        _begin_for_savepoints(uow)
        parsed = packages_in.parse(package)
        progress.update(0, len(parsed), "")
        changes = _APPLY[m.kind](uow, office, m, parsed, today, progress)
        warnings = audit_service.continuity(uow, m.township_code, m.extra)
        preview = Preview(path, info, (), tuple(changes), tuple(warnings))
        if not apply:
            uow.rollback()
            return preview, None, None
        counterpart = county_code(office.admin_code) if office.mode != "county" else m.township_code
        received = PackageReceived(counterpart=counterpart, kind=m.kind, sequence=m.sequence, period=m.period,
                                   sha256=m.sha256.lower(), file_name=path.name,
                                   accepted_rows=preview.accepted, rejected_rows=preview.rejected,
                                   operator=uow.operator)
        uow.session.add(received)
        try:
            uow.session.flush()
        except IntegrityError:
            # The same package imported by another clerk at this moment: the unique key on
            # (counterpart, kind, sequence) lets one land; this one is refused as a repeat.
            raise PackageRefused([Problem("package.sequence_repeat", "sequence",
                                          {"sequence": m.sequence, "last": m.sequence})]) from None
        uow.session.execute(
            CrossCheckWarning.__table__.update()
            .where(CrossCheckWarning.received_id.is_(None), CrossCheckWarning.id.in_(
                [c.params["warning_id"] for c in changes if c.accepted and "warning_id" in c.params]))
            .values(received_id=received.id))
        uow.session.execute(
            CountyCase.__table__.update()
            .where(CountyCase.id.in_([c.params["county_case_id"] for c in changes
                                      if c.accepted and "county_case_id" in c.params]))
            .values(received_id=received.id))
        uow.audit("package", received.id, "import", None, {
            "kind": m.kind, "sequence": m.sequence, "period": m.period, "from": m.township_code,
            "file": str(path), "sha256": m.sha256, "accepted": preview.accepted, "rejected": preview.rejected,
            **{k: v for k, v in m.extra.items() if k.startswith("audit_")}})
        receipt = receipt_path_for(path, Path(receipt_dir) if receipt_dir else None)
        write_receipt(receipt, office, m, preview, _audit_head_extra(uow))
        try:
            uow.commit()
        except BaseException:
            receipt.unlink(missing_ok=True)
            raise
        return preview, receipt, received.id


def _begin_for_savepoints(uow: UnitOfWork) -> None:
    """Make sure a real transaction is open before the first SAVEPOINT.

    Python's sqlite3 driver opens its transaction lazily, before the first data-changing
    statement. A SAVEPOINT issued before that would itself open the transaction, and releasing
    it would COMMIT — rows of a preview would stay. A no-op UPDATE makes the driver BEGIN, so
    every savepoint nests inside the one transaction that the preview rolls back."""
    uow.session.execute(update(Office).where(Office.id == -1).values(name=Office.name))


def _check_manifest(uow: UnitOfWork, office: Office, m: pkg.Manifest) -> list[Problem]:
    s = uow.session
    county = office.mode == "county"
    expected = pkg.UP_KINDS if county else pkg.DOWN_KINDS
    if m.kind not in expected or m.direction != ("up" if county else "down"):
        return [Problem("package.direction", "kind", {
            "kind": m.kind, "kind_word": messages.label("exchange_kind", m.kind), "mode": office.mode})]
    if county:
        if m.township_code[:6] != office.admin_code[:6]:
            return [Problem("package.other_county", "township_code", {
                "code": m.township_code, "name": m.township_name or m.county_name, "ours": office.county_name})]
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
            "sequence": seen.sequence, "received_at": seen.received_at.strftime("%Y-%m-%d %H:%M")})]
    last = s.scalar(select(func.max(PackageReceived.sequence)).where(
        PackageReceived.counterpart == counterpart, PackageReceived.kind == m.kind)) or 0
    if m.sequence <= last:
        return [Problem("package.sequence_repeat", "sequence", {"sequence": m.sequence, "last": last})]
    if m.sequence > last + 1:
        return [Problem("package.sequence_skipped", "sequence", {
            "sequence": m.sequence, "expected": last + 1, "missing": m.sequence - last - 1})]
    return []


def _row_problems(row: packages_in.ParsedRow) -> Change:
    return Change(row.row, row.sheet, row.key, row.name, "reject", {}, False, row.problems)


def _each(uow: UnitOfWork, parsed, progress: Progress, fn) -> list[Change]:
    """Apply ``fn(row)`` to each well-formed row in its own savepoint."""
    changes: list[Change] = []
    for i, row in enumerate(parsed):
        if i % 200 == 0:
            progress.check()
            progress.update(i)
        if not row.ok:
            changes.append(_row_problems(row))
            continue
        nested = uow.session.begin_nested()
        try:
            change = fn(row)
        except RuleError as exc:
            nested.rollback()
            changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                  tuple(exc.problems)))
            continue
        if change.accepted:
            nested.commit()
        else:
            nested.rollback()
        changes.append(change)
    return changes


def _apply_decisions(uow, office, m, parsed, today, progress) -> list[Change]:
    from dibao_desk.services import procedure

    batch = _Batch(uow)
    seen: set[str] = set()

    def one(row: packages_in.ParsedRow) -> Change:
        d: packages_in.DecisionRow = row.record
        reject = lambda code, **p: Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,  # noqa: E731
                                          (Problem(code, "", {"case": d.case_ref, **p}),))
        if d.case_ref in seen:
            return reject("row.duplicate_case")
        seen.add(d.case_ref)
        if not d.case_ref.isdigit():
            return reject("row.case_unknown")
        case = uow.session.get(Case, int(d.case_ref))
        if case is None:
            return reject("row.case_unknown")
        h = case.household
        if d.head_id_number and d.head_id_number != h.head_id_number:
            return reject("row.case_mismatch", head=h.head_name)
        if case.status != "open" or case.next_step != proc_rules.COUNTY_DECISION:
            return reject("row.case_not_waiting", head=h.head_name)
        procedure.record_county_decision(batch, case.id, d.approved, d.reason, d.decided_on, d.sampled,
                                         d.decided_by or m.county_name, today=max(today, d.decided_on),
                                         special=d.special,
                                         means_test=False)  # the county's decision as it made it
        action = ("approve_special" if d.special else "approve") if d.approved else "refuse"
        return Change(row.row, row.sheet, row.key, h.head_name, action, {
            "case": d.case_ref, "on": d.decided_on.isoformat(), "reason": d.reason,
            "sampled": "是" if d.sampled else "否", "village": h.village.name if h.village else "",
            **({"special": packages_out.SPECIAL_CASES.get(d.special.kind, d.special.kind),
                "special_on": d.special.decided_on.isoformat() if d.special.decided_on else ""}
               if d.special else {})})

    return _each(uow, parsed, progress, one)


def _apply_policy(uow, office, m, parsed, today, progress) -> list[Change]:
    policy_service = optional_service("policy")
    if policy_service is None:
        raise PackageRefused([Problem("exchange.policy_missing", "kind")])
    batch = _Batch(uow)
    groups: dict[dt.date, list[packages_in.ParsedRow]] = {}
    changes: list[Change] = []
    for row in parsed:
        if not row.ok:
            changes.append(_row_problems(row))
        else:
            groups.setdefault(row.record.effective_from, []).append(row)
    known = {(p.effective_from, json.dumps(p.figures.to_dict(), sort_keys=True))
             for p in policy_service.list_policy_sets(batch)}
    for eff, rows in sorted(groups.items()):
        nested = uow.session.begin_nested()
        try:
            figures = _policy_figures(batch, policy_service, eff, rows)
            same = (eff, json.dumps(figures.to_dict(), sort_keys=True)) in known
            if not same:
                policy_service.add_policy_set(batch, eff, figures,
                                              f"{m.county_name}政策标准（第 {m.sequence} 号数据包）")
        except RuleError as exc:
            nested.rollback()
            for row in rows:
                changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                      tuple(exc.problems)))
            continue
        nested.commit()
        for row in rows:
            r: packages_in.PolicyRow = row.record
            changes.append(Change(row.row, row.sheet, row.key, r.label or r.key,
                                  "policy_same" if same else "policy", {
                                      "on": eff.isoformat(), "key": r.key, "label": r.label or r.key,
                                      "value": r.value, "unit": r.unit}))
    changes.sort(key=lambda c: c.row)
    return changes


def _policy_figures(uow, policy_service, eff: dt.date, rows):
    """The figures in force on ``eff`` with the package's items replaced (converted to each
    field's type: whole numbers, 是/否, or words)."""
    import dataclasses

    from dibao_desk.domain import policy as policy_rules

    current = policy_service.policy_in_force(uow, eff)
    base = current.figures if current is not None else policy_rules.PolicyFigures()
    fields = {f.name: f for f in dataclasses.fields(base)}
    values: dict[str, Any] = {}
    problems = []
    for row in rows:
        r: packages_in.PolicyRow = row.record
        if r.key not in fields:
            problems.append(Problem("row.policy_key", "key", {"key": r.key, "row": row.row}))
            continue
        old = getattr(base, r.key)
        text = r.value.strip()
        try:
            if isinstance(old, bool):
                if text not in ("是", "否", "true", "false", "1", "0"):
                    raise ValueError(text)
                values[r.key] = text in ("是", "true", "1")
            elif isinstance(old, int):
                number = float(text)
                if not number.is_integer():
                    raise ValueError(text)
                values[r.key] = int(number)
            else:
                values[r.key] = text
        except ValueError:
            problems.append(Problem("row.policy_value", "value", {"key": r.key, "value": text, "row": row.row}))
    if problems:
        raise RuleError(problems)
    return dataclasses.replace(base, **values)


def _apply_warnings(uow, office, m, parsed, today, progress) -> list[Change]:
    reviews = optional_service("reviews")
    batch = _Batch(uow)
    s = uow.session
    numbers = [r.record.id_number for r in parsed if r.ok]
    owners = dict(s.execute(select(Member.id_number, Member.household_id)
                            .where(Member.id_number.in_(numbers))).all()) if numbers else {}

    def one(row: packages_in.ParsedRow) -> Change:
        w: packages_in.WarningRow = row.record
        hid = owners.get(w.id_number)
        if hid is None:
            return Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                          (Problem("row.person_unknown", "id_number", {"id_number": w.id_number}),))
        if w.warning_ref and s.scalar(select(CrossCheckWarning.id).where(
                CrossCheckWarning.county_ref == w.warning_ref, CrossCheckWarning.id_number == w.id_number)):
            return Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                          (Problem("row.warning_repeat", "warning_ref", {"ref": w.warning_ref}),))
        item = CrossCheckWarning(household_id=hid, id_number=w.id_number, name=w.name, kind=w.kind,
                                 detail=w.detail, checked_on=w.checked_on, answer_by=w.answer_by,
                                 county_ref=w.warning_ref, status="open")
        s.add(item)
        s.flush()
        uow.audit("crosscheck_warning", item.id, "receive", None, {
            "household_id": hid, "id_number": w.id_number, "kind": w.kind, "detail": w.detail,
            "answer_by": w.answer_by, "county_ref": w.warning_ref})
        if reviews is not None and hasattr(reviews, "raise_event"):
            reviews.raise_event(batch, hid, "death" if w.kind == "death" else "cross_check", w.checked_on or today,
                                f"{packages_out.word(packages_out.WARNING_KINDS, w.kind)}：{w.detail}",
                                "county")
        h = s.get(Household, hid)
        return Change(row.row, row.sheet, row.key, w.name or (h.head_name if h else ""), "warning", {
            "kind": packages_out.word(packages_out.WARNING_KINDS, w.kind), "detail": w.detail,
            "answer_by": w.answer_by.isoformat(), "household": h.head_name if h else "",
            "warning_id": item.id})

    return _each(uow, parsed, progress, one)


# ---- county side ---------------------------------------------------------------------------

def _township(uow: UnitOfWork, m: pkg.Manifest) -> CountyTownship:
    s = uow.session
    town = s.scalar(select(CountyTownship).where(CountyTownship.code == m.township_code))
    if town is None:
        # Two clerks importing the first packages of a new township at once: one row, made by
        # whichever insert comes first (the other waits for it, then skips).
        made = s.execute(dialect.insert_ignoring(s.connection(), CountyTownship.__table__).values(
            code=m.township_code, name=m.township_name)).rowcount
        town = s.scalars(select(CountyTownship).where(CountyTownship.code == m.township_code)
                         .execution_options(populate_existing=True)).one()
        if made:
            uow.audit("county_township", town.id, "create", None, {"code": town.code, "name": town.name})
        return town
    if m.township_name and town.name != m.township_name:
        uow.audit("county_township", town.id, "rename", {"name": town.name}, {"name": m.township_name})
        town.name = m.township_name
    return town


def _apply_cases(uow, office, m, parsed, today, progress) -> list[Change]:
    s = uow.session
    town = _township(uow, m)
    existing = {c.case_ref: c for c in s.scalars(select(CountyCase).where(CountyCase.township_id == town.id))}
    changes: list[Change] = []
    seen: set[str] = set()
    for row in parsed:
        if not row.ok:
            changes.append(_row_problems(row))
            continue
        r: packages_in.CaseRow = row.record
        if r.case_ref in seen:
            changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                  (Problem("row.duplicate_case", "", {"case": r.case_ref}),)))
            continue
        seen.add(r.case_ref)
        old = existing.get(r.case_ref)
        if old is not None and old.status != "awaiting":
            changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                  (Problem("row.case_decided", "", {"case": r.case_ref}),)))
            continue
        values = dict(household_ref=r.household_ref, kind=r.kind, village=r.village, head_name=r.head_name,
                      head_id_number=r.head_id_number, hukou_type=r.hukou, persons=r.persons,
                      covered=r.covered, income_fen=r.income_fen, per_capita_fen=r.per_capita_fen,
                      proposed_category=r.category, proposed_fen=r.proposed_fen,
                      township_reviewed_on=r.township_reviewed_on, evidence=r.evidence)
        if old is None:
            case = CountyCase(township_id=town.id, case_ref=r.case_ref, status="awaiting", **values)
            s.add(case)
            s.flush()
            action = "case_new"
        else:
            case = old
            for k, v in values.items():
                setattr(case, k, v)
            action = "case_update"
        uow.audit("county_case", case.id, action, None, {"township": town.code, "case_ref": r.case_ref, **values})
        changes.append(Change(row.row, row.sheet, row.key, r.head_name, action, {
            "township": town.name, "village": r.village, "case": r.case_ref,
            "amount": fen_to_yuan(r.proposed_fen), "county_case_id": case.id}))
    return changes


def _apply_roster(uow, office, m, parsed, today, progress) -> list[Change]:
    s = uow.session
    town = _township(uow, m)
    before = s.scalar(select(func.count()).select_from(CountyRosterHousehold)
                      .where(CountyRosterHousehold.township_id == town.id)) or 0
    s.execute(delete(CountyRosterHousehold).where(CountyRosterHousehold.township_id == town.id))
    changes: list[Change] = []
    # Rows go to the driver as plain tuples in this column order (tens of thousands of them).
    columns = ("township_id", "period", "household_ref", "village", "head_name", "head_id_number",
               "hukou_type", "persons", "covered", "category", "monthly_fen", "certificate")
    batch: list[tuple] = []
    town_id, period = town.id, m.period
    total = covered = 0
    register = [r for r in parsed if r.sheet == registers_sheets.RECOVERY.name]
    parsed = [r for r in parsed if r.sheet != registers_sheets.RECOVERY.name]
    for i, row in enumerate(parsed):
        if i % 5000 == 0:
            progress.check()
            progress.update(i)
        if not row.ok:
            changes.append(_row_problems(row))
            continue
        r: packages_in.RosterRow = row.record
        batch.append((town_id, period, r.household_ref, r.village, r.head_name, r.head_id_number, r.hukou,
                      r.persons, r.covered, r.category, r.monthly_fen, r.certificate))
        total += r.monthly_fen
        covered += r.covered
    if batch:
        # one prepared statement and executemany (SQLite), COPY (PostgreSQL)
        dialect.bulk_insert(s.connection(), CountyRosterHousehold.__tablename__, columns, batch)
    uow.audit("county_roster", town.id, "replace", {"households": before},
              {"households": len(batch), "period": m.period, "monthly_fen": total})
    changes.insert(0, Change(0, m.sheets[0], town.code, town.name, "roster", {
        "township": town.name, "period": m.period, "households": len(batch), "before": before,
        "persons": covered, "amount": fen_to_yuan(total)}))
    if register or registers_sheets.RECOVERY.name in m.sheets:
        changes += [_row_problems(r) for r in register if not r.ok]
        kept = [r.record for r in register if r.ok]
        before, now = county_money.store_recovery(uow, town, m.period, kept)
        changes.insert(1, Change(0, registers_sheets.RECOVERY.name, town.code, town.name, "recovery_register", {
            "township": town.name, "period": m.period, "entries": now, "before": before,
            "balance": fen_to_yuan(sum(r.balance_fen for r in kept))}))
    return changes


def _apply_payments(uow, office, m, parsed, today, progress) -> list[Change]:
    """Store a township's payments package per period and flag one whose roster disagrees with
    the township's ledger totals it carries (services.county_money)."""
    town = _township(uow, m)
    changes = [_row_problems(r) for r in parsed if not r.ok]
    row, before = county_money.store_payments(uow, town, m.period, m.sequence, m.extra,
                                              [r.record for r in parsed if r.ok])
    changes.insert(0, Change(0, m.sheets[0], town.code, town.name, "payments", {
        "township": town.name, "period": m.period, "households": row.households, "persons": row.persons,
        "amount": fen_to_yuan(row.lines_fen), "before": before if before is not None else 0}))
    for code in filter(None, row.mismatch.split(",")):
        changes.insert(1, Change(0, m.sheets[0], town.code, town.name, f"payments_{code}", {
            "township": town.name, "period": m.period, "households": row.households,
            "ledger_households": row.ledger_households, "amount": fen_to_yuan(row.lines_fen),
            "roster": fen_to_yuan(row.roster_total_fen or 0),
            "regular": fen_to_yuan((row.roster_total_fen if row.roster_total_fen is not None else row.lines_fen)
                                   - (row.roster_adjustment_fen or 0)),
            "ledger": fen_to_yuan(row.ledger_total_fen or 0)}))
    return changes


def _apply_plain(uow, office, m, parsed, today, progress) -> list[Change]:
    town = _township(uow, m)
    changes = [_row_problems(r) for r in parsed if not r.ok]
    ok = sum(1 for r in parsed if r.ok)
    changes.insert(0, Change(0, m.sheets[0], town.code, town.name, "received", {
        "township": town.name, "period": m.period, "rows": ok, "kind": m.kind}))
    return changes


_APPLY: dict[str, Callable[..., list[Change]]] = {
    "decisions": _apply_decisions,
    "policy": _apply_policy,
    "warnings": _apply_warnings,
    "cases": _apply_cases,
    "roster": _apply_roster,
    "reviews": _apply_plain,
    "payments": _apply_payments,
}


# ---- receipt -------------------------------------------------------------------------------

def change_text(change: Change) -> str:
    """The sentence for a change or for why a row was rejected."""
    if not change.accepted:
        return "；".join(messages.text(p) for p in change.problems)
    return messages.text(f"change.{change.action}", **change.params)


def write_receipt(path: Path, office: Office, m: pkg.Manifest, preview: Preview,
                  audit_head: dict[str, str] | None = None) -> pkg.WriteResult:
    """The receipt (回执): every row of the package, accepted or rejected, with the reason."""
    rows = [(c.row, c.sheet, c.key, c.name, packages_out.RECEIPT_RESULTS[c.accepted], change_text(c))
            for c in preview.changes]
    return pkg.write_package(
        path, kind="receipt", direction="receipt",
        township_code=office.admin_code if office.mode != "county" else m.township_code,
        township_name=office.name if office.mode != "county" else m.township_name,
        county_name=office.county_name, sequence=m.sequence, period=m.period,
        sheets=[pkg.SheetData(packages_out.RECEIPT, rows, len(rows))],
        extra={"receipt_for_kind": m.kind, "receipt_for_sequence": str(m.sequence),
               "receipt_for_sha256": m.sha256, "receipt_by": office.name,
               "accepted_rows": str(preview.accepted), "rejected_rows": str(preview.rejected),
               **(audit_head or {})})


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


def office_mode(uow: UnitOfWork) -> str:
    with uow:
        o = uow.session.scalars(select(Office).limit(1)).first()
        return o.mode if o else "township"
