"""County mode: the same program set up for the county civil-affairs bureau (县民政局).

It imports packages from its townships (``services.exchange.import_package``), lists the
cases awaiting approval across townships, draws the spot-check sample (at least the policy's
share, reproducible from the recorded seed), records decisions, exports one decision package
per township, and shows the combined roster with totals by township. Cross-check warnings
(核对预警) the county office types in for households on a township's roster go to that township
in a ``warnings`` package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from dibao_desk.domain import idcard
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.county import CountyCaseStatus, CountyWarningStatus
from dibao_desk.domain.periods import parse_period
from dibao_desk.domain.procedure import CollectiveDecision, check_collective_decision
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import packages_in, packages_out
from dibao_desk.models import (
    CountyCase, CountyDecision, CountyRosterHousehold, CountySampleDraw, CountyTownship, Office,
)
from dibao_desk.models.exchange import CountyWarning, PackageReceived, PackageSent
from dibao_desk.models import county_roster
from dibao_desk.services import exchange, policy
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork, retrying

# Example only (seed 001: the county checks at least 30 % of households by home visit). The
# share in force comes from the policy figures when they carry one.
EXAMPLE_SAMPLE_PERMILLE = 300


@dataclass(frozen=True)
class TownshipTotals:
    code: str
    name: str
    households: int
    persons: int
    covered: int
    monthly_fen: int
    period: str
    awaiting: int
    decided: int


@dataclass(frozen=True)
class CountyCaseRow:
    id: int
    township_code: str
    township_name: str
    case_ref: str
    kind: str
    village: str
    head_name: str
    head_id_number: str
    covered: int
    per_capita_fen: int
    proposed_category: str
    proposed_fen: int
    evidence: str
    status: str
    sampled: bool
    drawn: bool
    approved: bool | None
    reason: str
    special_case: str = ""  # approved as a special case by collective decision: its kind


@dataclass(frozen=True)
class SampleDraw:
    id: int
    seed: int
    share_permille: int
    population: int
    sampled_case_ids: tuple[int, ...]


@dataclass(frozen=True)
class RosterLine:
    township_code: str
    township_name: str
    household_ref: str
    village: str
    head_name: str
    head_id_number: str
    covered: int
    category: str
    monthly_fen: int
    certificate: str = ""  # 低保证号 ("" when the township sent none)


def _require_county(uow: UnitOfWork) -> Office:
    o = uow.session.scalars(select(Office).limit(1)).first()
    if o is None or o.mode != "county":
        raise RuleError(Problem("county.not_county", "mode"))
    return o


def sample_share_permille(uow: UnitOfWork, day: dt.date) -> int:
    """The spot-check share in force (per mille): the policy's figure, else the example 30 %."""
    found = policy.policy_in_force(uow, day)
    if found is None or found.figures.county_check_permille <= 0:
        return EXAMPLE_SAMPLE_PERMILLE
    return found.figures.county_check_permille


def townships(uow: UnitOfWork) -> list[TownshipTotals]:
    """Every township with its latest roster totals and its cases; a last line for the county.
    Read as one snapshot: a package another clerk imports meanwhile counts wholly or not at all."""
    with uow:
        uow.read_snapshot()
        _require_county(uow)
        s = uow.session
        roster = {tid: (n, p, c, m, period) for tid, n, p, c, m, period in s.execute(
            select(CountyRosterHousehold.township_id, func.count(), func.sum(CountyRosterHousehold.persons),
                   func.sum(CountyRosterHousehold.covered), func.sum(CountyRosterHousehold.monthly_fen),
                   func.max(CountyRosterHousehold.period))
            .group_by(CountyRosterHousehold.township_id))}
        cases: dict[int, dict[str, int]] = {}
        for tid, status, n in s.execute(select(CountyCase.township_id, CountyCase.status, func.count())
                                        .group_by(CountyCase.township_id, CountyCase.status)):
            cases.setdefault(tid, {})[status] = n
        # the newest period of each township's roster packages, also when it listed nobody (a
        # roster of an earlier period received later does not replace it: services.exchange_apply)
        reported: dict[str, str] = {}
        for code, period in s.execute(select(PackageReceived.counterpart, PackageReceived.period)
                                      .where(PackageReceived.kind == "roster").order_by(PackageReceived.sequence)):
            bounds, held = parse_period(period), parse_period(reported.get(code))
            if bounds is not None and (held is None or bounds[1] >= held[1]):
                reported[code] = period
        out = []
        for t in s.scalars(select(CountyTownship).order_by(CountyTownship.code)):
            n, p, c, m, period = roster.get(t.id, (0, 0, 0, 0, reported.get(t.code, "")))
            k = cases.get(t.id, {})
            out.append(TownshipTotals(t.code, t.name, n or 0, p or 0, c or 0, m or 0, period or "",
                                      k.get(CountyCaseStatus.AWAITING, 0),
                                      k.get(CountyCaseStatus.DECIDED, 0) + k.get(CountyCaseStatus.SENT, 0)))
        return out


def county_totals(rows: list[TownshipTotals]) -> TownshipTotals:
    return TownshipTotals("", "合计", sum(r.households for r in rows), sum(r.persons for r in rows),
                          sum(r.covered for r in rows), sum(r.monthly_fen for r in rows), "",
                          sum(r.awaiting for r in rows), sum(r.decided for r in rows))


def _row(c: CountyCase) -> CountyCaseRow:
    d = c.decision
    return CountyCaseRow(c.id, c.township.code, c.township.name, c.case_ref, c.kind, c.village, c.head_name,
                         c.head_id_number, c.covered, c.per_capita_fen, c.proposed_category, c.proposed_fen,
                         c.evidence, c.status, c.sampled, c.draw_id is not None,
                         d.approved if d else None, d.reason if d else "",
                         json.loads(d.special_json).get("kind", "") if d and d.special_json else "")


def list_cases(uow: UnitOfWork, *, status: str | None = CountyCaseStatus.AWAITING,
               township_code: str | None = None) -> list[CountyCaseRow]:
    """Cases across townships (awaiting approval by default), by township and case number."""
    with uow:
        _require_county(uow)
        stmt = select(CountyCase).join(CountyTownship).order_by(CountyTownship.code, CountyCase.id)
        if status:
            stmt = stmt.where(CountyCase.status == status)
        if township_code:
            stmt = stmt.where(CountyTownship.code == township_code)
        return [_row(c) for c in uow.session.scalars(stmt)]


@retrying
def draw_sample(uow: UnitOfWork, *, share_permille: int | None = None, seed: int | None = None,
                today: dt.date) -> SampleDraw:
    """Draw the home-visit spot check from the awaiting cases not yet drawn.

    At least the share of the policy in force on ``today`` (the program's clock; never less,
    whatever is asked), rounded up. The population is
    ordered by township code and case number; ``random.Random(seed).sample`` picks from it, and
    both the seed and the ordered population are recorded, so the draw can be repeated exactly.
    """
    uow.require(Role.CLERK)
    with uow:
        _require_county(uow)
        s = uow.session
        floor = sample_share_permille(uow, today)
        share = max(floor, share_permille or 0)
        if not 10 <= share <= 1000:
            raise RuleError(Problem("county.share", "share"))
        # Locked (PostgreSQL): a second clerk drawing at the same moment waits, then finds these
        # cases drawn and draws from what is left; a decision cannot be taken on a case mid-draw.
        population = s.scalars(
            select(CountyCase).join(CountyTownship)
            .where(CountyCase.status == CountyCaseStatus.AWAITING, CountyCase.draw_id.is_(None))
            .order_by(CountyTownship.code, CountyCase.case_ref, CountyCase.id)
            .with_for_update(of=CountyCase)).all()
        if not population:
            raise RuleError(Problem("county.nothing_to_draw", ""))
        seed = seed if seed is not None else secrets.randbelow(2**31)
        ids = [c.id for c in population]
        picked = set(pick(ids, share, seed))
        draw = CountySampleDraw(seed=seed, share_permille=share, population=len(ids), sampled=len(picked),
                                case_ids=json.dumps(ids), operator=uow.operator)
        s.add(draw)
        s.flush()
        for c in population:
            c.draw_id = draw.id
            c.sampled = c.id in picked
        uow.audit("county_sample_draw", draw.id, "draw", None, {
            "seed": seed, "share_permille": share, "population": len(ids), "sampled": sorted(picked)})
        uow.commit()
        return SampleDraw(draw.id, seed, share, len(ids), tuple(sorted(picked)))


def pick(ids: list[int], share_permille: int, seed: int) -> list[int]:
    """The cases a draw picks: ceil(share × N) of ``ids`` (in their recorded order) by the seed."""
    n = math.ceil(len(ids) * share_permille / 1000)
    return random.Random(seed).sample(ids, n)


def verify_draw(uow: UnitOfWork, draw_id: int) -> bool:
    """Repeat a recorded draw from its seed: True when it picks exactly the cases marked sampled."""
    with uow:
        draw = uow.session.get(CountySampleDraw, draw_id)
        if draw is None:
            return False
        ids = json.loads(draw.case_ids)
        marked = set(uow.session.scalars(select(CountyCase.id).where(
            CountyCase.draw_id == draw_id, CountyCase.sampled.is_(True))))
        return set(pick(ids, draw.share_permille, draw.seed)) == marked


@retrying
def record_decision(uow: UnitOfWork, case_id: int, approved: bool, reason: str, decided_on: dt.date,
                    decided_by: str, special: CollectiveDecision | None = None,
                    *, today: dt.date) -> CountyCaseRow:
    """Approve or refuse a case after the spot-check draw has covered it. An approval may be
    of a special case (重病, spending above income) by the county's collective decision
    (seed 001), which goes to the township with the decision.

    ``decided_on`` is neither after ``today`` (the program's clock) nor before the township's review (乡镇审核) of
    the case: the township would refuse such a decision, or record it a year ahead, and a case
    once sent cannot be decided again."""
    uow.require(Role.REVIEWER)  # the county's 审批, as the township's 乡镇审核 is a 审核人's
    reason = (reason or "").strip()
    if special is not None and approved:
        problems = check_collective_decision(special, decided_on)
        if problems:
            raise RuleError(problems)
    with uow:
        _require_county(uow)
        # Locked: two clerks deciding the same case at once, the second finds it decided.
        c = uow.session.get(CountyCase, case_id, with_for_update=True, populate_existing=True)
        if c is None:
            raise RuleError(Problem("county.case_missing", "id", {"id": case_id}))
        if c.status == CountyCaseStatus.ENDED:
            raise RuleError(Problem("county.case_ended", "id"))
        if c.status != CountyCaseStatus.AWAITING:
            raise RuleError(Problem("county.case_not_awaiting", "id"))
        if c.draw_id is None:
            raise RuleError(Problem("county.not_drawn", "id"))
        if decided_on > today:
            raise RuleError(Problem("county.decided_future", "decided_on",
                                    {"date": decided_on.isoformat(), "today": today.isoformat()}))
        if c.township_reviewed_on is not None and decided_on < c.township_reviewed_on:
            raise RuleError(Problem("county.decided_before_review", "decided_on", {
                "date": decided_on.isoformat(), "reviewed": c.township_reviewed_on.isoformat()}))
        if not approved and not reason:
            raise RuleError(Problem("county.reason_required", "reason"))
        d = CountyDecision(case_id=c.id, approved=approved, reason=reason, decided_on=decided_on,
                           decided_by=(decided_by or uow.operator).strip(), sampled=c.sampled,
                           special_json=json.dumps(special.to_dict(), ensure_ascii=False)
                           if special is not None and approved else "")
        uow.session.add(d)
        c.status = CountyCaseStatus.DECIDED
        uow.session.flush()
        uow.audit("county_decision", d.id, "decide", None, {
            "case_id": c.id, "township": c.township.code, "case_ref": c.case_ref, "approved": approved,
            "reason": reason, "decided_on": decided_on, "sampled": c.sampled,
            "special_case": special.to_dict() if special is not None and approved else None})
        uow.commit()
        uow.session.refresh(c)
        return _row(c)


def export_decisions(uow: UnitOfWork, township_code: str, out: str | Path, *, again: bool = False,
                     progress: Progress | None = None, today: dt.date | None = None) -> exchange.ExportResult:
    """The decision package for one township: every decision not yet sent to it."""
    today = today or dt.date.today()
    return exchange.export_package(uow, "decisions", f"{today.year:04d}-{today.month:02d}", out,
                                   township_code=township_code, again=again, progress=progress, today=today)


def roster(uow: UnitOfWork, township_code: str | None = None) -> list[RosterLine]:
    """The combined roster (latest of each township), by township code, village and id: sorted
    here, as ``roster_ids`` sorts for the window, so a PostgreSQL server's collation (pinyin on
    a Chinese system) gives the same order as SQLite."""
    with uow:
        _require_county(uow)
        stmt = (select(CountyRosterHousehold.id, CountyTownship.code, CountyTownship.name,
                       CountyRosterHousehold.household_ref, CountyRosterHousehold.village,
                       CountyRosterHousehold.head_name, CountyRosterHousehold.head_id_number,
                       CountyRosterHousehold.covered, CountyRosterHousehold.category,
                       CountyRosterHousehold.monthly_fen, CountyRosterHousehold.certificate)
                .join(CountyTownship, CountyRosterHousehold.township_id == CountyTownship.id))
        if township_code:
            stmt = stmt.where(CountyTownship.code == township_code)
        rows = sorted(uow.session.execute(stmt), key=lambda r: (r[1], r[4] or "", r[0]))
        return [RosterLine(*r[1:]) for r in rows]


@dataclass(frozen=True)
class RosterIds:
    """The combined roster as the view pages it: the rows' ids in display order, and totals."""

    ids: tuple[int, ...]
    covered: int
    monthly_fen: int


def roster_ids(uow: UnitOfWork, township_code: str | None = None) -> RosterIds:
    """The ids of the combined roster's rows (latest of each township; one township's with
    ``township_code``), by township code, village and id, with the totals: what the view needs
    before it paints its first page (``roster_lines``)."""
    with uow:
        uow.read_snapshot()  # the townships' codes and the rows of one moment
        _require_county(uow)
        ids, covered, monthly = county_roster.roster_ids(uow.session.connection(), township_code)
    return RosterIds(ids, covered, monthly)


def roster_lines(uow: UnitOfWork, ids: list[int] | tuple[int, ...]) -> list[RosterLine]:
    """The rows of ``ids`` (one page of ``roster_ids``), in the order given."""
    with uow:
        _require_county(uow)
        return [RosterLine(*r) for r in county_roster.roster_page(uow.session.connection(), ids)]


# ---- cross-check warnings typed in at the county --------------------------------------------

@dataclass(frozen=True)
class CountyWarningRow:
    id: int
    township_code: str
    township_name: str
    warning_ref: str
    id_number: str
    name: str
    kind: str
    detail: str
    checked_on: dt.date | None
    answer_by: dt.date
    status: str  # pending | sent


def warning_kinds() -> dict[str, str]:
    """The documented vocabulary of warning kinds: code -> the word in packages (死亡, 车辆 …)."""
    return dict(packages_out.WARNING_KINDS)


def _warning_row(w: CountyWarning) -> CountyWarningRow:
    return CountyWarningRow(w.id, w.township.code, w.township.name, w.warning_ref, w.id_number, w.name,
                            w.kind, w.detail, w.checked_on, w.answer_by, w.status)


def _township_by_code(uow: UnitOfWork, code: str) -> CountyTownship:
    town = uow.session.scalar(select(CountyTownship).where(CountyTownship.code == (code or "").strip()))
    if town is None:
        raise RuleError(Problem("county.township_unknown", "township", {"code": code}))
    return town


def _checked_warning(uow: UnitOfWork, town: CountyTownship, id_number: str, kind: str, detail: str,
                     answer_by: dt.date, today: dt.date, *,
                     not_id: int | None = None) -> tuple[str, str, str, str]:
    """(ID number, head's name, kind code, detail) of a warning as typed, or every problem with
    it: the head on the township's latest roster, a kind of the vocabulary, a detail, an answer-by
    date not before today, no other pending warning of that kind for that head (``not_id``: the
    warning being edited)."""
    s = uow.session
    detail = (detail or "").strip()
    problems: list[Problem] = []
    info, id_problems = idcard.parse(id_number or "", today=today)
    problems += [p for p in id_problems if p.severity != "warning"]
    number = info.number if info else ""
    head = None
    if info is not None:
        head = s.execute(select(CountyRosterHousehold.head_name).where(
            CountyRosterHousehold.township_id == town.id,
            CountyRosterHousehold.head_id_number == number).limit(1)).first()
        if head is None:
            problems.append(Problem("county.warning_not_on_roster", "id_number",
                                    {"id_number": number, "township": town.name}))
    code = kind if kind in packages_out.WARNING_KINDS else next(
        (c for c, w in packages_out.WARNING_KINDS.items() if w == (kind or "").strip()), None)
    if code is None:
        problems.append(Problem("county.warning_kind", "kind", {"kind": kind}))
    if not detail:
        problems.append(Problem("county.warning_detail", "detail"))
    if answer_by is None or answer_by < today:
        problems.append(Problem("county.warning_answer_by", "answer_by", {"answer_by": answer_by}))
    if problems or head is None or code is None:  # no head without an ID number that parses
        raise RuleError(problems)
    stmt = select(CountyWarning.warning_ref).where(
        CountyWarning.township_id == town.id, CountyWarning.id_number == number,
        CountyWarning.kind == code, CountyWarning.status == CountyWarningStatus.PENDING)
    if not_id is not None:
        stmt = stmt.where(CountyWarning.id != not_id)
    same = s.scalar(stmt.limit(1))
    if same:
        raise RuleError(Problem("county.warning_repeat", "kind", {"ref": same}))
    return number, head[0], code, detail


def add_warning(uow: UnitOfWork, township_code: str, id_number: str, kind: str, detail: str,
                answer_by: dt.date, *, checked_on: dt.date | None = None,
                today: dt.date) -> CountyWarningRow:
    """Record a cross-check warning on a household of ``township_code``'s latest roster, on
    ``today`` (the program's clock: the answer date not before it, the year of its number).

    ``id_number`` is the head's ID number as it stands on that roster; ``kind`` a code or word of
    the documented vocabulary. The warning waits (pending) until ``export_warnings`` sends it.
    """
    uow.require(Role.CLERK)
    with uow:
        _require_county(uow)
        s = uow.session
        town = _township_by_code(uow, township_code)
        number, name, code, detail = _checked_warning(uow, town, id_number, kind, detail, answer_by, today)
        w = CountyWarning(township_id=town.id, warning_ref=f"pending-{secrets.token_hex(8)}", id_number=number,
                          name=name, kind=code, detail=detail, checked_on=checked_on, answer_by=answer_by,
                          status=CountyWarningStatus.PENDING, operator=uow.operator)
        s.add(w)
        s.flush()
        # the county's reference: unique in this office, readable on the phone (YJ + year + number)
        w.warning_ref = f"YJ{today.year:04d}{w.id:06d}"
        uow.audit("county_warning", w.id, "add", None, {
            "township": town.code, "warning_ref": w.warning_ref, "id_number": number, "kind": code,
            "detail": detail, "checked_on": checked_on, "answer_by": answer_by})
        uow.commit()
        return _warning_row(w)


def _pending_warning(uow: UnitOfWork, ref: str) -> CountyWarning:
    """The warning ``ref`` (its 预警编号), locked with its township against a send at the same
    moment; refused once sent: the township has it, and a correction goes as a new warning."""
    s = uow.session
    w = s.scalar(select(CountyWarning).where(CountyWarning.warning_ref == (ref or "").strip()))
    if w is None:
        raise RuleError(Problem("county.warning_unknown", "warning_ref", {"ref": ref}))
    s.execute(select(CountyTownship.id).where(CountyTownship.id == w.township_id).with_for_update())
    s.refresh(w)
    if w.status != CountyWarningStatus.PENDING:
        raise RuleError(Problem("county.warning_sent", "warning_ref", {"ref": w.warning_ref}))
    return w


def _warning_audit(w: CountyWarning) -> dict[str, object]:
    return {"township": w.township.code, "warning_ref": w.warning_ref, "id_number": w.id_number,
            "name": w.name, "kind": w.kind, "detail": w.detail, "checked_on": w.checked_on,
            "answer_by": w.answer_by}


def update_warning(uow: UnitOfWork, ref: str, id_number: str, kind: str, detail: str, answer_by: dt.date, *,
                   checked_on: dt.date | None = None, today: dt.date) -> CountyWarningRow:
    """Correct a warning not yet sent (pending): the household (its head's ID number on the same
    township's latest roster), kind, detail, dates, checked as ``add_warning`` checks them.
    A sent warning is read-only (``county.warning_sent``)."""
    uow.require(Role.CLERK)
    with uow:
        _require_county(uow)
        w = _pending_warning(uow, ref)
        number, name, code, detail = _checked_warning(uow, w.township, id_number, kind, detail, answer_by, today,
                                                      not_id=w.id)
        before = _warning_audit(w)
        w.id_number, w.name, w.kind, w.detail = number, name, code, detail
        w.checked_on, w.answer_by = checked_on, answer_by
        after = _warning_audit(w)
        if after != before:
            uow.audit("county_warning", w.id, "edit", before, after)
        uow.commit()
        return _warning_row(w)


def delete_warning(uow: UnitOfWork, ref: str) -> CountyWarningRow:
    """Delete a warning not yet sent (pending), typed in by mistake; audited with what it held.
    A sent warning is read-only (``county.warning_sent``)."""
    uow.require(Role.CLERK)
    with uow:
        _require_county(uow)
        w = _pending_warning(uow, ref)
        row = _warning_row(w)
        uow.audit("county_warning", w.id, "delete", _warning_audit(w), None)
        uow.session.delete(w)
        uow.commit()
        return row


def list_warnings(uow: UnitOfWork, *, township_code: str | None = None,
                  status: str | None = CountyWarningStatus.PENDING) -> list[CountyWarningRow]:
    """Warnings typed in at the county (pending by default), by township and entry order."""
    with uow:
        _require_county(uow)
        stmt = select(CountyWarning).join(CountyTownship).order_by(CountyTownship.code, CountyWarning.id)
        if status:
            stmt = stmt.where(CountyWarning.status == status)
        if township_code:
            stmt = stmt.where(CountyTownship.code == township_code)
        return [_warning_row(w) for w in uow.session.scalars(stmt)]


def export_warnings(uow: UnitOfWork, township_code: str, out: str | Path, *,
                    progress: Progress | None = None, today: dt.date | None = None,
                    again: bool = False) -> exchange.ExportResult:
    """The ``warnings`` package for one township: every pending warning typed in for it.

    The warnings are marked sent in the same transaction that records the package, so a failed
    write leaves them pending and uses no sequence number. Those whose answer-by date is before
    ``today`` go too (the township registers them as overdue); the result warns of them
    (``county.warnings_overdue``). ``again`` writes the last package
    again, with its number and its warnings (a stick lost on the way).
    """
    today = today or dt.date.today()
    with uow:
        _require_county(uow)
        town = _township_by_code(uow, township_code)
        # Locked before the pending ones are read: a second clerk sending this township's warnings
        # at the same moment waits, then finds them sent instead of sending them again.
        uow.session.execute(select(CountyTownship.id).where(CountyTownship.id == town.id).with_for_update())
        if again:
            last_sent = uow.session.scalar(select(PackageSent.id).where(
                PackageSent.counterpart == town.code, PackageSent.kind == "warnings")
                .order_by(PackageSent.sequence.desc(), PackageSent.id.desc()).limit(1))
            if last_sent is None:
                raise RuleError(Problem("exchange.nothing_to_resend", "kind", {"kind": "warnings"}))
            pending = uow.session.scalars(select(CountyWarning).where(CountyWarning.sent_id == last_sent)
                                          .order_by(CountyWarning.id)).all()
        else:
            pending = uow.session.scalars(select(CountyWarning).where(
                CountyWarning.township_id == town.id, CountyWarning.status == CountyWarningStatus.PENDING)
                .order_by(CountyWarning.id)).all()
        if not pending:
            raise RuleError(Problem("county.no_warnings", "township", {"name": town.name}))
        rows = [packages_in.WarningRow(w.warning_ref, w.id_number, w.name, w.kind, w.detail, w.checked_on,
                                       w.answer_by) for w in pending]
        period = f"{today.year:04d}-{today.month:02d}"
        if again:  # the same package: its period as first written
            period = uow.session.scalar(select(PackageSent.period).where(PackageSent.id == last_sent)) or period
        else:
            for w in pending:
                w.status = CountyWarningStatus.SENT
        # export_package commits the package record together with the status change above
        result = exchange.export_package(uow, "warnings", period, out,
                                         township_code=town.code, progress=progress, today=today, rows=rows,
                                         again=again)
        overdue = [w for w in pending if w.answer_by < today]
        if overdue:  # sent all the same (the township registers them as overdue); the operator is told
            result = dataclasses.replace(result, warnings=(*result.warnings, Problem(
                "county.warnings_overdue", "answer_by",
                {"count": len(overdue), "refs": "、".join(f"{w.warning_ref} {w.name} {w.answer_by.isoformat()}"
                                                          for w in overdue)}, "warning")))
        sent_id = uow.session.scalar(select(PackageSent.id).where(
            PackageSent.counterpart == town.code, PackageSent.kind == "warnings",
            PackageSent.sequence == result.sequence).order_by(PackageSent.id.desc()).limit(1))
        for w in pending:
            w.sent_id = sent_id
        uow.commit()
        return result
