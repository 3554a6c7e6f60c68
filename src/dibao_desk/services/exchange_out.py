"""Writing a package: what a township sends up (``roster``, ``cases``, ``reviews``,
``payments``) and what the county sends down (``decisions``, ``policy``, ``warnings``).

``export_package`` checks the kind against the office's mode, numbers the package, gathers
its sheets from the store, writes the workbook and records it as sent, all in one transaction
(the file is removed again if the record cannot be written)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.sql import ClauseElement
from sqlalchemy.orm import object_session

from dibao_desk import messages
from dibao_desk.atomic import Placed, is_leftover, older_aside
from dibao_desk.domain import procedure as proc_rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import LineKind, PayrollKind
from dibao_desk.domain.periods import written
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out
from dibao_desk.models import (Case, CountyCase, CountyDecision, CountyTownship, Household, PackageReceived,
                               PackageSent, Village)
from dibao_desk.models import exchange as exchange_rows
from dibao_desk.models.dialect import code_point
from dibao_desk.services import audit as audit_service
from dibao_desk.models import Review
from dibao_desk.services import policy as policy_service
from dibao_desk.services import workday_calendar
from dibao_desk.services import recovery, registers_export
from dibao_desk.services.errors import file_name_problem
from dibao_desk.services.exchange_common import (
    LONGEST_EXTRA, ExportResult, _audit_head_extra, _office, county_code, kinds_for_mode,
)
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork, retrying


# ---- export ------------------------------------------------------------------------------

@retrying
def export_package(uow: UnitOfWork, kind: str, period: str, out: str | Path, *,
                   township_code: str | None = None, again: bool = False,
                   progress: Progress | None = None, today: dt.date | None = None,
                   rows: list[Any] | None = None) -> ExportResult:
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
    # A name the stick refuses would fail only at the write, as if the stick were broken; the
    # longest name written for it is the receipt the other office writes beside it.
    named = file_name_problem(out.name, LONGEST_EXTRA)
    if named is not None:
        raise RuleError(named)
    with uow:
        office = _office(uow)
        mode = office.mode
        if kind not in kinds_for_mode(mode):
            raise RuleError(Problem("exchange.kind_for_mode", "kind", {"kind": kind, "mode": mode}))
        if period:
            period = written(period) or period  # 2026-q4 as typed, 2026Q4 in the package
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
        # The package written again: its first writing under this number.
        first: PackageSent | None = uow.session.scalar(select(PackageSent).where(
            PackageSent.counterpart == counterpart, PackageSent.kind == kind, PackageSent.sequence == sequence)
            .order_by(PackageSent.id).limit(1)) if again else None
        if first is not None:
            period = _period_again(mode, kind, period, first)
        elif not period and mode == "county":
            period = f"{today.year:04d}-{today.month:02d}"
        bounds = pkg.parse_period(period)
        if bounds is None:
            raise RuleError(Problem("exchange.period", "period", {"period": period}))
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
            assert town is not None  # a county's package: its township was required above
            sheets, after_write, payroll_extra = _decision_sheets(uow, town, again, sequence)
        elif kind == "policy":
            sheets, warnings = _policy_sheets(uow, first)
        else:  # warnings
            sheets = [pkg.SheetData(packages_out.WARNINGS, [
                (w.warning_ref, w.id_number, w.name, packages_out.word(packages_out.WARNING_KINDS, w.kind),
                 w.detail, w.checked_on, w.answer_by) for w in (rows or [])])]
        warnings += _settle_aside(uow, mode, out.parent)
        chain = _audit_head_extra(uow) | audit_service.anchor_for(uow, counterpart)
        # An older file of the same name stays aside until the record of this one is committed:
        # should the record fail, the older file is put back and no unrecorded package is left.
        # The write is inside too: an error once the package is in place (the stick pulled out
        # just after the rename) must not leave a package no record says was sent.
        held: list[Placed] = []
        try:
            result = pkg.write_package(
                out, kind=kind, direction="down" if mode == "county" else "up", township_code=town_code,
                township_name=town_name, county_name=office.county_name, sequence=sequence, period=period,
                sheets=sheets, progress=progress, extra=chain | payroll_extra, held=held)
            if first is not None and kind in _REBUILT and result.manifest.sha256 != first.sha256:
                warnings.append(Problem("exchange.again_differs", "kind", {
                    "kind": kind, "sequence": sequence, "period": period}, "warning"))
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
            for placed in held:
                with contextlib.suppress(OSError):  # the stick pulled out: the record's error says more
                    placed.undo()
            raise
        for placed in held:
            placed.keep()
        return ExportResult(out, kind, sequence, period, counterpart, dict(result.manifest.rows),
                            result.manifest.sha256, result.size, tuple(warnings))


def _settle_aside(uow: UnitOfWork, mode: str, folder: Path) -> list[Problem]:
    """Settle the older files an earlier export to ``folder`` set aside and never kept or put
    back (the program stopped between writing a package and recording it: ``atomic.Placed``).

    Beside each is the file of its name (or none). When that file is a package this office
    recorded as sent, the older file was replaced as meant: it is removed. When it is this
    office's package that was never recorded (the record never saved), or is gone, the older
    file is put back under its name, as the export would have done had it finished. Anything
    else (another office's file, several files of that name) is left as it is and the person is
    told what the older file is and what to do (a warning in the result)."""
    from dibao_desk.services.package_inbox import read_manifest

    told: list[Problem] = []
    for aside, stem in older_aside(folder):
        try:
            named = [p for p in folder.iterdir()
                     if p.stem == stem and p.is_file() and not is_leftover(p)]
        except OSError:
            return told
        if not named:
            m = read_manifest(aside)
            if m is not None and _ours(uow, mode, m):
                with contextlib.suppress(OSError):
                    os.replace(aside, folder / f"{stem}.xlsx")
                    continue
            told.append(_aside_problem(aside, f"{stem}.xlsx"))
            continue
        target = named[0]
        m = read_manifest(target) if len(named) == 1 else None
        if m is None or not _ours(uow, mode, m):
            told.append(_aside_problem(aside, target.name))
            continue
        recorded = uow.session.scalar(select(PackageSent.id).where(
            PackageSent.kind == m.kind, PackageSent.sequence == m.sequence,
            func.lower(PackageSent.sha256) == m.sha256.lower()).limit(1))
        try:
            if recorded is not None:
                aside.unlink()  # the new package counts: the older one was to go
            else:
                os.replace(aside, target)  # the new package never counted: the older one is back
        except OSError:
            told.append(_aside_problem(aside, target.name))
    return told


def _ours(uow: UnitOfWork, mode: str, m: pkg.Manifest) -> bool:
    """Whether this office writes packages like ``m``: a township its own, up; a county its
    townships', down."""
    office = _office(uow)
    if mode == "county":
        return m.direction == "down" and m.township_code[:6] == office.admin_code[:6]
    return m.direction == "up" and m.township_code == office.admin_code


def _aside_problem(aside: Path, target: str) -> Problem:
    return Problem("exchange.older_aside", "file", {"name": aside.name, "target": target}, "warning")


# What a township sends up is made again from the store for the same period: the households,
# cases, reviews or roster of that period as the store now holds them, which is what the county
# keeps. What the county sends down is what it sent the first time: the same decisions and
# warnings (marked with the package), the same policy figures (see _policy_sheets).
_REBUILT = frozenset({"roster", "cases", "reviews", "payments"})


def _period_again(mode: str, kind: str, period: str, first: PackageSent) -> str:
    """The period of a package written again: the first writing's. A township that names another
    period is told which one the package had (the county's packages take it as they were)."""
    if mode == "county" or not period or period == first.period:
        return first.period
    raise RuleError(Problem("exchange.again_period", "period", {
        "kind": kind, "sequence": first.sequence, "period": first.period, "given": period}))


def _roster_sheets(uow: UnitOfWork, bounds: tuple[dt.date, dt.date]) -> list[pkg.SheetData]:
    """The households receiving in the period, their members and the linked assistance they
    were given in it (read in bulk by ``models.exchange``; a member who has left named as
    such: 张三（已不在本户）), the registers and the 追回 register."""
    conn = uow.session.connection()
    first, last = bounds
    n_h, n_p = exchange_rows.roster_counts(conn, first, last)
    relation = messages.LABELS.get("relation", {})
    hh = exchange_rows.roster_households(conn, first, last)
    persons = exchange_rows.roster_persons(conn, first, last)
    aid = exchange_rows.roster_assistance(conn, first, last)
    return packages_out.roster_sheets(
        ((str(r[0]), *r[1:]) for r in hh),
        ((str(r[0]), r[1], r[2], r[3], r[4], relation.get(r[5], r[5]), *r[6:]) for r in persons),
        n_h, n_p, [(str(r[0]), r[1], messages.text("assistance.member_gone", name=r[2]) if r[8] else r[2], *r[3:8])
                   for r in aid]) + registers_export.roster_sheets(uow, bounds) + [
        recovery.register_sheet(uow, bounds)]


def _amount_mark(step: int, data_json: str) -> str:
    """A step whose amount differs from the computed one (乡镇审核, 待遇批准) says so, with the reason."""
    from dibao_desk.domain.procedure_steps import GrantData, TownshipReviewData, parse_step_data

    d = parse_step_data(step, data_json)
    if not isinstance(d, (TownshipReviewData, GrantData)) or not d.amount_differs:
        return ""
    assert d.monthly_fen is not None and d.computed_fen is not None  # amount_differs says both are there
    return (f"（金额 {fen_to_yuan(d.monthly_fen)} 元与计算结果 {fen_to_yuan(d.computed_fen)} 元不同，"
            f"理由：{d.amount_reason}）")


def _evidence(case: Case) -> str:
    """A short evidence summary of the case: each step done, objections, declared incomes and assets."""
    words = messages.LABELS["step"]  # the steps' words: one home, in messages
    results = messages.LABELS["step_result_brief"]
    parts = []
    for st in case.steps:
        if not st.active:
            continue
        if st.window_end is not None:
            text = f"{words.get(str(st.step), st.step)} {st.started_on}至{st.window_end}"
        else:
            text = f"{words.get(str(st.step), st.step)} {st.done_on or st.started_on}"
        if st.person:
            text += f" {st.person}"
        if st.result:
            text += f" {results.get(st.result, st.result)}"
        text += _amount_mark(st.step, st.data_json)
        parts.append(text)
    parts += _returns(case)
    if case.objections:
        upheld = sum(1 for o in case.objections if o.result == proc_rules.ObjectionResult.UPHELD)
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
        parts.append(f"事由：{messages.given_reason(case.reason)}")
    session = object_session(case)
    assert session is not None  # the case was read in the export's session
    filed = registers_export.evidence_line(session, h.id)
    if filed:
        parts.insert(0, filed)  # 备案 first: the county reviews such a case strictly
    return "；".join(parts)


def _returns(case: Case) -> list[str]:
    """Each time the township sent the case back to its own review (退回乡镇审核): the county
    sees why the class or amount it may have held before changed."""
    from dibao_desk.domain.procedure_steps import TownshipReviewData, parse_step_data

    found = []
    for st in case.steps:
        d = parse_step_data(st.step, st.data_json) if not st.active and st.step == proc_rules.TOWNSHIP_REVIEW else None
        if isinstance(d, TownshipReviewData) and d.returned_on is not None:
            found.append(f"原乡镇审核（{st.done_on}）于 {d.returned_on} 退回重新审核，理由：{d.return_reason}")
    return found


def _case_sheets(uow: UnitOfWork) -> list[pkg.SheetData]:
    s = uow.session
    cases = s.scalars(select(Case).where(Case.status == proc_rules.CaseStatus.OPEN,
                                         Case.next_step == proc_rules.COUNTY_DECISION)
                      .order_by(Case.id)).all()
    rows = []
    for c in cases:
        h = c.household
        reviewed = next((st.done_on for st in c.steps
                         if st.active and st.step == proc_rules.TOWNSHIP_REVIEW), None)
        if c.kind == proc_rules.CaseKind.CANCEL:
            # the payment is to stop: no class and 0, never the current benefit, which the county
            # would read as an amount proposed to go on being paid
            category, proposed = "", 0
        else:
            category = packages_out.word(packages_out.CATEGORY, c.proposed_category or h.category)
            proposed = c.proposed_fen or h.monthly_benefit_fen
        rows.append((str(c.id), packages_out.word(packages_out.CASE_KINDS, c.kind), str(h.id),
                     h.village.name if h.village else "", h.head_name, h.head_id_number,
                     packages_out.word(packages_out.HUKOU, h.hukou_type), h.person_count, h.covered_count,
                     h.income_fen, h.per_capita_fen, category, proposed, reviewed, _evidence(c)))
    return [pkg.SheetData(packages_out.CASES, rows, len(rows)),
            registers_export.case_marks(uow, [(c.id, c.household_id) for c in cases])]


def _review_sheets(uow: UnitOfWork, bounds: tuple[dt.date, dt.date]) -> list[pkg.SheetData]:
    """Reviews recorded in the period, by village and date."""
    first, last = bounds
    rows = []
    for r, h, village in uow.session.execute(
            select(Review, Household, Village.name)
            .join(Household, Review.household_id == Household.id)
            .join(Village, Household.village_id == Village.id)
            .where(Review.review_date >= first, Review.review_date <= last)
            .order_by(code_point(Village.name), Review.review_date, Review.id)):
        rows.append((str(h.id), village, h.head_name, h.head_id_number, r.review_date,
                     packages_out.word(packages_out.REVIEW_OUTCOMES, r.outcome),
                     packages_out.word(packages_out.CATEGORY, r.before_category), r.before_fen,
                     packages_out.word(packages_out.CATEGORY, r.after_category), r.after_fen,
                     r.visitor, "；".join(x for x in (r.findings, messages.given_reason(r.reason)) if x)))
    return [pkg.SheetData(packages_out.REVIEWS, rows, len(rows))]


def _payment_sheets(uow: UnitOfWork, period: str, bounds: tuple[dt.date, dt.date]
                    ) -> tuple[list[pkg.SheetData], list[Problem], dict[str, str]]:
    """The payments package is the period's signed regular roster (造册): its paid lines, totals
    per village and by source; the manifest carries the roster's status, signer and totals
    beside the township's ledger totals for the period, so the county can flag a mismatch."""
    from dibao_desk.services import payroll

    roster = payroll.signed_regular(uow, period)
    if roster is None:
        paying, rest = payroll.paid_by_others(uow, period)
        if paying:  # a quarter paid month by month (or a month a quarter pays): no roster of its own
            raise RuleError(Problem("exchange.payroll_by_months", "period", {
                "period": period, "others": "、".join(paying),
                "rest": f"（{payroll.months_words(rest)} 尚无已审核的常规造册）" if rest else ""}))
        raise RuleError(Problem("exchange.payroll_unsigned", "period", {"period": period}))
    kinds = messages.LABELS.get("payroll_line_kind", {})
    lines = []
    for x in payroll.lines(uow, roster.id):
        if x.zero:
            continue
        regular = x.line_kind in (LineKind.REGULAR, LineKind.SUBSIDY)
        lines.append(packages_out.PaymentLine(
            x.account_name, x.id_number, x.account, x.bank_name, str(x.household_id), x.village, x.persons,
            x.benefit_fen + x.supplement_fen if regular else x.total_fen, x.months if regular else 1,
            kinds.get(x.line_kind.value, x.line_kind.value), x.benefit_fen, x.supplement_fen, x.bank_code,
            x.reason, x.total_fen, x.head_name))
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
    # the period's signed 补发 / 专项补贴 rosters: paid by the township too, so the county sees them
    words = packages_out.PAYMENT_OTHER_KINDS
    others = [(words.get(r.kind.value, r.kind.value), r.name, r.period, r.reviewed_by, r.reviewed_on,
               r.households, r.persons, r.total_fen)
              for r in reversed(payroll.rosters(uow))
              if r.kind != PayrollKind.REGULAR and r.locked and bounds[0] <= r.first_month <= bounds[1]]
    return packages_out.payment_sheets(lines, sources, others), warnings, extra


def _special_cells(text: str) -> tuple[str, dt.date | None, str, str]:
    """特殊情况, 集体讨论日期, 参加人员, 纪要 of a decision (empty when not a special case)."""
    special = proc_rules.CollectiveDecision.from_dict(json.loads(text) if text else None)
    if special is None:
        return "", None, "", ""
    return (packages_out.SPECIAL_CASES.get(special.kind, special.kind), special.decided_on,
            special.participants, special.minutes)


def _decision_sheets(uow: UnitOfWork, town: CountyTownship, again: bool, sequence: int
                     ) -> tuple[list[pkg.SheetData], Callable[[PackageSent], None], dict[str, str]]:
    """The decisions not yet sent to ``town`` (or those of package ``sequence`` again), and the
    manifest key ``case_sources``: for each decided case, the number of the township's cases
    package whose record of it the county decided on (``case_ref:sequence;…``), so that the
    township can refuse a decision on a record it has since returned to review."""
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
            d.case.status = CountyCaseStatus.SENT

    received = [d.case.received_id for d in decisions if d.case.received_id is not None]
    numbers = dict(s.execute(select(PackageReceived.id, PackageReceived.sequence)
                             .where(PackageReceived.id.in_(received))).all()) if received else {}
    sources = ";".join(f"{d.case.case_ref}:{numbers[d.case.received_id]}" for d in decisions
                       if d.case.received_id in numbers)
    return [pkg.SheetData(packages_out.DECISIONS, rows, len(rows))], mark, {"case_sources": sources}


def _policy_unit(key: str) -> str:
    for suffix, unit in (("_fen", "分"), ("_permille", "‰"), ("_bp", "0.01%"), ("_m2_x100", "0.01 平方米"),
                         ("_days", "天"), ("_age", "岁"), ("houses_max", "套"), ("_max", "级"), ("_allowed", "辆")):
        if key.endswith(suffix):
            return unit
    return ""


def policy_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _policy_rows(sets: list[policy_service.PolicySetInfo]) -> list[tuple[Any, ...]]:
    words = messages.LABELS.get("policy_field", {})
    rows: list[tuple[Any, ...]] = []
    for ps in sets:
        for key, value in ps.figures.to_dict().items():
            rows.append((ps.effective_from, key, words.get(key, key), policy_value_text(value),
                         _policy_unit(key), ps.note))
    return rows


def _policy_sheets(uow: UnitOfWork, first: PackageSent | None = None
                   ) -> tuple[list[pkg.SheetData], list[Problem]]:
    """Every set of figures this office entered (not the shipped example), field by field.

    Written again (``first``: the package's first writing), the sets it carried, not those
    entered since: sets are only ever added, so it carried the sets up to some id, found by the
    checksum it was sent with. When no such sets give that checksum any more (the program's
    policy fields changed since), the sets entered before it was first written, with a warning."""
    sets = [ps for ps in policy_service.list_policy_sets(uow) if not ps.is_example]
    with uow:
        days = workday_calendar.package_rows(uow.session)
    # The county's 工作日历 (a sheet of its own: an older township program reads the package's
    # sheets it knows and passes over this one), only when the county entered days.
    calendar = [pkg.SheetData(packages_out.CALENDAR, days, len(days))] if days else []
    if first is None:
        rows = _policy_rows(sets)
        if not rows and not calendar:
            raise RuleError(Problem("exchange.no_policy", "kind"))
        # A county with days entered but no figures of its own (the province's standards apply)
        # sends the calendar alone: a 政策标准 sheet of no rows would say nothing.
        return ([pkg.SheetData(packages_out.POLICY, rows, len(rows))] if rows else []) + calendar, []
    if calendar and pkg.sheets_sha256(calendar) == first.sha256:  # the calendar alone was sent
        return calendar, []
    for cutoff in sorted({ps.id for ps in sets}, reverse=True):
        rows = _policy_rows([ps for ps in sets if ps.id <= cutoff])
        for sheets in ([pkg.SheetData(packages_out.POLICY, rows, len(rows)), *calendar],
                       [pkg.SheetData(packages_out.POLICY, rows, len(rows))]):
            if pkg.sheets_sha256(sheets) == first.sha256:
                return sheets, []
    rows = _policy_rows([ps for ps in sets if ps.created_at is not None and ps.created_at <= first.created_at])
    if not rows and not calendar:
        raise RuleError(Problem("exchange.no_policy", "kind"))
    return ([pkg.SheetData(packages_out.POLICY, rows, len(rows))] if rows else []) + calendar, [Problem(
        "exchange.again_policy_rebuilt", "kind", {"sequence": first.sequence}, "warning")]


