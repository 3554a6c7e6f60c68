"""Applying a received package's rows to the store, one function per kind.

Township side: ``decisions``, ``policy`` and ``warnings`` from the county. County side:
``cases``, ``roster`` (with the recovery register), ``payments`` and ``reviews`` from a
township. Each returns one ``Change`` per row (accepted or rejected, with the reason); a row
that does not fit is undone by its own savepoint (``UnitOfWork.nested``) and the others go on;
services called for a row get the package's session lent (``LentUnitOfWork``). The caller
(``exchange_in``) owns the transaction: nothing here commits."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from types import ModuleType
from typing import Any, Callable, cast

from sqlalchemy import CursorResult, select
from sqlalchemy.orm import aliased

from dibao_desk.domain import procedure as proc_rules
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.periods import parse_period
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import WarningStatus
from dibao_desk.domain.reviews import ReviewEventKind
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_in, packages_out, registers_sheets
from dibao_desk.models import (Case, CountyCase, CountyRosterHousehold, CountyTownship, CrossCheckWarning,
                               Household, Member, Office, PackageReceived)
from dibao_desk.models.exchange import CountyWarning
from dibao_desk.models import dialect
from dibao_desk.models import exchange as exchange_rows
from dibao_desk.services import county_money, reviews
from dibao_desk.services import policy as policy_service
from dibao_desk.services.exchange_common import Change
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork


def _row_problems(row: packages_in.ParsedRow) -> Change:
    return Change(row.row, row.sheet, row.key, row.name, "reject", {}, False, row.problems)


def _each(uow: UnitOfWork, parsed: list[packages_in.ParsedRow], progress: Progress,
          fn: Callable[[packages_in.ParsedRow], Change]) -> list[Change]:
    """Apply ``fn(row)`` to each well-formed row in its own savepoint."""
    changes: list[Change] = []
    for i, row in enumerate(parsed):
        if i % 200 == 0:
            progress.check()
            progress.update(i)
        if not row.ok:
            changes.append(_row_problems(row))
            continue
        try:
            with uow.nested() as point:
                change = fn(row)
                if not change.accepted:
                    point.undo()
        except RuleError as exc:
            change = Change(row.row, row.sheet, row.key, row.name, "reject", {}, False, tuple(exc.problems))
        changes.append(change)
    return changes


# ---- township side ---------------------------------------------------------------------------

def _apply_decisions(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                     today: dt.date, progress: Progress) -> list[Change]:
    from dibao_desk.services import procedure

    batch = LentUnitOfWork(uow)
    seen: set[str] = set()
    sources = _case_sources(m)

    def one(row: packages_in.ParsedRow) -> Change:
        d: packages_in.DecisionRow = row.record
        def reject(code: str, **p: object) -> Change:
            return Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
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
        if case.status != proc_rules.CaseStatus.OPEN and case.closed_on is not None:
            # withdrawn by the household (or ended otherwise) after the county got it: say which and when
            from dibao_desk import messages

            return reject("row.case_ended", head=h.head_name, on=case.closed_on.isoformat(),
                          status=messages.label("case_status", case.status))
        if case.status != proc_rules.CaseStatus.OPEN or case.next_step != proc_rules.COUNTY_DECISION:
            return reject("row.case_not_waiting", head=h.head_name)
        returned = _returned_since(uow, case.id, m, sources)
        if returned is not None:
            return reject(returned[0], head=h.head_name, **returned[1])
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


def _case_sources(m: pkg.Manifest) -> dict[str, int] | None:
    """The manifest's ``case_sources`` (case number -> the cases package the county decided it
    on); None from a county program that does not write it."""
    if "case_sources" not in m.extra:
        return None
    out: dict[str, int] = {}
    for part in m.extra["case_sources"].split(";"):
        ref, _, number = part.strip().rpartition(":")
        if ref and number.isdigit():
            out[ref] = int(number)
    return out


def _returned_since(uow: UnitOfWork, case_id: int, m: pkg.Manifest, sources: dict[str, int] | None
                    ) -> tuple[str, dict[str, object]] | None:
    """Why the county's decision on a case cannot be taken, when the case was returned to the
    township's review (退回乡镇审核) after a cases package carried it up: the county decided on
    the old record unless it decided on a cases package written after the return. Found by the
    audit's order (the return's row against the rows of the cases packages exported after it),
    not by clocks. None when the decision may be taken."""
    from dibao_desk.models import AuditLog

    s = uow.session
    back = s.execute(select(AuditLog.id, AuditLog.after).where(
        AuditLog.entity == "case", AuditLog.entity_id == case_id, AuditLog.action == "return_review")
        .order_by(AuditLog.id.desc()).limit(1)).first()
    if back is None:
        return None
    returned_id, after = back
    try:
        on = str(json.loads(after or "{}").get("on") or "")
    except ValueError:
        on = ""
    first_after: int | None = None  # the first cases package written after the return
    for (text,) in s.execute(select(AuditLog.after).where(
            AuditLog.entity == "package", AuditLog.action == "export", AuditLog.id > returned_id)
            .order_by(AuditLog.id)):
        try:
            d = json.loads(text or "{}")
        except ValueError:
            continue
        if d.get("kind") == "cases" and not d.get("again") and isinstance(d.get("sequence"), int):
            first_after = d["sequence"] if first_after is None else min(first_after, d["sequence"])
    if first_after is None:
        return "row.case_returned_unsent", {"on": on}
    if sources is None:  # a county program that does not say which package it decided on
        return None
    decided_on = sources.get(str(case_id))
    if decided_on is None or decided_on < first_after:
        return "row.case_returned", {"on": on, "sequence": first_after}
    return None


def _apply_policy(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                  today: dt.date, progress: Progress) -> list[Change]:
    batch = LentUnitOfWork(uow)
    groups: dict[dt.date, list[packages_in.ParsedRow]] = {}
    changes: list[Change] = []
    for row in parsed:
        if not row.ok:
            changes.append(_row_problems(row))
        else:
            groups.setdefault(row.record.effective_from, []).append(row)
    known = {(p.effective_from, json.dumps(p.figures.to_dict(), sort_keys=True))
             for p in policy_service.list_policy_sets(batch)}
    added = False
    for eff, rows in sorted(groups.items()):
        try:
            with uow.nested():
                figures = _policy_figures(batch, policy_service, eff, rows)
                same = (eff, json.dumps(figures.to_dict(), sort_keys=True)) in known
                if not same:
                    policy_service.add_policy_set(batch, eff, figures,
                                                  f"{m.county_name}政策标准（第 {m.sequence} 号数据包）",
                                                  today=today, refresh_incomes=False)
                    added = True
        except RuleError as exc:
            for row in rows:
                changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                      tuple(exc.problems)))
            continue
        for row in rows:
            r: packages_in.PolicyRow = row.record
            changes.append(Change(row.row, row.sheet, row.key, r.label or r.key,
                                  "policy_same" if same else "policy", {
                                      "on": eff.isoformat(), "key": r.key, "label": r.label or r.key,
                                      "value": r.value, "unit": r.unit,
                                      "shown": policy_value_shown(r, getattr(figures, r.key))}))
    if added:  # the list's income columns, once for the package's sets (not once a set)
        from dibao_desk.services import households

        with batch:
            batch.session.info.pop("policy.figures_on", None)
            households.refresh_counted_incomes(batch.session, today)
    changes.sort(key=lambda c: c.row)
    return changes


def policy_value_shown(row: packages_in.PolicyRow, value: Any) -> str:
    """A policy figure as a clerk reads it beside its label: money in yuan, shares in percent,
    yes/no and code words in words; a whole number with the package's unit unless the label
    already names its unit (e.g. 允许住房（套）)."""
    from dibao_desk import messages

    if isinstance(value, bool):
        return "是" if value else "否"
    if row.key == "method":
        return messages.label("policy_method", value)
    if row.key == "rounding":
        return messages.label("rounding", value)
    if row.key.endswith("_fen"):
        return f"{fen_to_yuan(value)} 元"
    if row.key.endswith("_bp"):
        return f"{value / 100:g}%"
    if row.key.endswith("_m2_x100"):
        return f"{value / 100:g} 平方米"
    return f"{value}{'' if '（' in (row.label or '') else row.unit}"


def _policy_figures(uow: UnitOfWork, policy_service: ModuleType, eff: dt.date,
                    rows: list[packages_in.ParsedRow]) -> PolicyFigures:
    """The figures in force on ``eff`` with the package's items replaced (converted to each
    field's type: whole numbers, 是/否, or words)."""
    import dataclasses

    from dibao_desk.domain import policy as policy_rules

    current = policy_service.policy_in_force(uow, eff)
    base = current.figures if current is not None else policy_rules.PolicyFigures()
    fields = {f.name: f for f in dataclasses.fields(base)}
    values: dict[str, Any] = {}
    first: dict[str, packages_in.ParsedRow] = {}  # the row that gave each field its value
    values_seen: dict[str, Any] = {}
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
            if r.key in first and values[r.key] != values_seen[r.key]:
                # the same figure twice for one date with two values: neither may silently win
                problems.append(Problem("row.policy_twice", "value", {
                    "on": eff.isoformat(), "label": r.label or first[r.key].record.label or r.key,
                    "first": first[r.key].record.value.strip(), "first_row": first[r.key].row, "value": text,
                    "row": row.row}))
            first.setdefault(r.key, row)
            values_seen.setdefault(r.key, values[r.key])
        except ValueError:
            problems.append(Problem("row.policy_value", "value", {"key": r.key, "value": text, "row": row.row}))
    if problems:
        raise RuleError(problems)
    return dataclasses.replace(base, **values)


def _apply_warnings(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                    today: dt.date, progress: Progress) -> list[Change]:
    batch = LentUnitOfWork(uow)
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
                                 county_ref=w.warning_ref, status=WarningStatus.OPEN)
        s.add(item)
        s.flush()
        uow.audit("crosscheck_warning", item.id, "receive", None, {
            "household_id": hid, "id_number": w.id_number, "kind": w.kind, "detail": w.detail,
            "answer_by": w.answer_by, "county_ref": w.warning_ref})
        reviews.raise_event(batch, hid, ReviewEventKind.DEATH if w.kind == "death" else ReviewEventKind.CROSS_CHECK, w.checked_on or today,
                            f"{packages_out.word(packages_out.WARNING_KINDS, w.kind)}：{w.detail}", "county",
                            today=today)
        h = s.get(Household, hid)
        # Already past its answer-by date when it arrives (the stick was late): registered all the
        # same, open and marked overdue, so the household's answer is still asked for.
        overdue = w.answer_by < today
        return Change(row.row, row.sheet, row.key, w.name or (h.head_name if h else ""),
                      "warning_overdue" if overdue else "warning", {
            "kind": packages_out.word(packages_out.WARNING_KINDS, w.kind), "detail": w.detail,
            "answer_by": w.answer_by.isoformat(), "household": h.head_name if h else "",
            "warning_id": item.id})

    return _each(uow, parsed, progress, one)


# ---- county side ---------------------------------------------------------------------------

def _awaiting_note(rows: list[packages_in.RecoveryRow]) -> str:
    """The clause naming the 追回 deductions a township's bank has not answered yet ('' for none)."""
    from dibao_desk import messages

    awaiting = sum(r.awaiting_fen for r in rows)
    return messages.text("change.recovery_awaiting", awaiting=fen_to_yuan(awaiting)) if awaiting else ""


def _township(uow: UnitOfWork, m: pkg.Manifest) -> CountyTownship:
    s = uow.session
    town = s.scalar(select(CountyTownship).where(CountyTownship.code == m.township_code))
    if town is None:
        # Two clerks importing the first packages of a new township at once: one row, made by
        # whichever insert comes first (the other waits for it, then skips).
        made = cast(CursorResult[Any], s.execute(dialect.insert_ignoring(s.connection(), CountyTownship.__table__)
                                                 .values(code=m.township_code, name=m.township_name))).rowcount
        town = s.scalars(select(CountyTownship).where(CountyTownship.code == m.township_code)
                         .execution_options(populate_existing=True)).one()
        if made:
            uow.audit("county_township", town.id, "create", None, {"code": town.code, "name": town.name})
        return town
    if m.township_name and town.name != m.township_name:
        uow.audit("county_township", town.id, "rename", {"name": town.name}, {"name": m.township_name})
        town.name = m.township_name
    return town


def _apply_cases(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                 today: dt.date, progress: Progress) -> list[Change]:
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
        if old is not None and old.status not in (CountyCaseStatus.AWAITING, CountyCaseStatus.ENDED):
            changes.append(Change(row.row, row.sheet, row.key, row.name, "reject", {}, False,
                                  (Problem("row.case_decided", "", {"case": r.case_ref}),)))
            continue
        values = dict(household_ref=r.household_ref, kind=r.kind, village=r.village, head_name=r.head_name,
                      head_id_number=r.head_id_number, hukou_type=r.hukou, persons=r.persons,
                      covered=r.covered, income_fen=r.income_fen, per_capita_fen=r.per_capita_fen,
                      proposed_category=r.category, proposed_fen=r.proposed_fen,
                      township_reviewed_on=r.township_reviewed_on, evidence=r.evidence)
        if old is None:
            case = CountyCase(township_id=town.id, case_ref=r.case_ref, status=CountyCaseStatus.AWAITING, **values)
            s.add(case)
            s.flush()
            action = "case_new"
        else:
            case = old
            for k, v in values.items():
                setattr(case, k, v)
            case.status = CountyCaseStatus.AWAITING  # one the township had ended and listed again
            action = "case_update"
        uow.audit("county_case", case.id, action, None, {"township": town.code, "case_ref": r.case_ref, **values})
        changes.append(Change(row.row, row.sheet, row.key, r.head_name, action, {
            "township": town.name, "village": r.village, "case": r.case_ref,
            "amount": fen_to_yuan(r.proposed_fen), "county_case_id": case.id}))
    listed = {row.key for row in parsed}  # a row rejected for its cells is still listed
    changes += _end_unlisted(uow, town, m, [c for ref, c in existing.items() if ref not in listed])
    return changes


def _end_unlisted(uow: UnitOfWork, town: CountyTownship, m: pkg.Manifest, unlisted: list[CountyCase]
                  ) -> list[Change]:
    """A cases package lists every case of its township still awaiting the county (step 8):
    one awaiting here and not listed was ended at the township (refused, withdrawn, cancelled)
    since the last package. It is closed as 乡镇已终止, leaves the spot-check population and can
    no longer be decided; a decision taken on it and not yet sent is withdrawn, with a warning.
    Sent decisions are left alone (the township has them, or will reject them in its receipt)."""
    changes: list[Change] = []
    sheet = m.sheets[0] if m.sheets else ""
    for case in sorted(unlisted, key=lambda c: c.id):
        if case.status not in (CountyCaseStatus.AWAITING, CountyCaseStatus.DECIDED):
            continue
        before = case.status
        params: dict[str, Any] = {"township": town.name, "village": case.village, "case": case.case_ref,
                                  "head": case.head_name, "sequence": m.sequence, "county_case_id": case.id}
        action = "case_ended"
        d = case.decision
        if d is not None and d.sent_id is None:
            action = "case_ended_decided"
            params |= {"decision": "批准" if d.approved else "不批准", "on": d.decided_on.isoformat()}
            uow.audit("county_decision", d.id, "withdraw", {
                "case_id": case.id, "township": town.code, "case_ref": case.case_ref, "approved": d.approved,
                "reason": d.reason, "decided_on": d.decided_on, "decided_by": d.decided_by,
                "special_json": d.special_json}, None)
            uow.session.delete(d)
        case.status = CountyCaseStatus.ENDED
        uow.session.flush()
        uow.audit("county_case", case.id, "ended", {"status": before}, {
            "status": CountyCaseStatus.ENDED, "township": town.code, "case_ref": case.case_ref,
            "sequence": m.sequence, "package_created_at": m.created_at})
        changes.append(Change(0, sheet, case.case_ref, case.head_name, action, params))
    return changes


def _newest_roster_period(uow: UnitOfWork, township_code: str) -> str:
    """The latest period among the roster packages received from a township ("" when none)."""
    periods = uow.session.scalars(select(PackageReceived.period).where(
        PackageReceived.counterpart == township_code, PackageReceived.kind == "roster")).all()
    dated = [(bounds[1], p) for p in periods if (bounds := parse_period(p)) is not None]
    return max(dated)[1] if dated else ""


def _apply_roster(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                  today: dt.date, progress: Progress) -> list[Change]:
    s = uow.session
    town = _township(uow, m)
    held = _newest_roster_period(uow, town.code)
    held_bounds, bounds = parse_period(held), parse_period(m.period)
    if held_bounds is not None and bounds is not None and bounds[1] < held_bounds[1]:
        # A roster of an earlier period than the one held (a correction sent later): the
        # township's roster and 追回 register at the county stay those of the newer period.
        return [Change(0, m.sheets[0], town.code, town.name, "roster_older", {
            "township": town.name, "period": m.period, "held": held}),
            *(_row_problems(r) for r in parsed if not r.ok)]
    changes: list[Change] = []
    # Rows go to the driver as plain tuples in models.exchange.COUNTY_ROSTER_COLUMNS' order
    # (tens of thousands of them).
    batch: list[tuple[Any, ...]] = []
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
    before = exchange_rows.replace_county_roster(s.connection(), town.id, batch)
    uow.audit("county_roster", town.id, "replace", {"households": before},
              {"households": len(batch), "period": m.period, "monthly_fen": total})
    changes += _heads_elsewhere(uow, town, m, {r.record.household_ref: r.row for r in parsed if r.ok}, today)
    changes.insert(0, Change(0, m.sheets[0], town.code, town.name, "roster", {
        "township": town.name, "period": m.period, "households": len(batch), "before": before,
        "persons": covered, "amount": fen_to_yuan(total)}))
    if register or registers_sheets.RECOVERY.name in m.sheets:
        changes += [_row_problems(r) for r in register if not r.ok]
        kept = [r.record for r in register if r.ok]
        before, now = county_money.store_recovery(uow, town, m.period, kept)
        changes.insert(1, Change(0, registers_sheets.RECOVERY.name, town.code, town.name, "recovery_register", {
            "township": town.name, "period": m.period, "entries": now, "before": before,
            "balance": fen_to_yuan(sum(r.balance_fen for r in kept)), "awaiting": _awaiting_note(kept)}))
    return changes


def _heads_elsewhere(uow: UnitOfWork, town: CountyTownship, m: pkg.Manifest, rows_of: dict[str, int],
                     today: dt.date) -> list[Change]:
    """A head on this township's roster who also heads a household on another township's latest
    roster (one person receiving twice): not refused, since either township may be right, but
    said in the preview and the receipt, and a cross-check warning (其他) is registered for this
    township, pending, for the county to send down (``services.county.export_warnings``). A
    warning with the same detail already registered for that person is not made again."""
    from dibao_desk import messages
    from dibao_desk.domain.county import CountyWarningStatus
    from dibao_desk.domain.reviews import add_months

    s = uow.session
    here = aliased(CountyRosterHousehold)
    there = aliased(CountyRosterHousehold)
    found = s.execute(
        select(here.household_ref, here.head_name, here.head_id_number, CountyTownship.name,
               there.household_ref, there.village)
        .join(there, (there.head_id_number == here.head_id_number) & (there.township_id != here.township_id))
        .join(CountyTownship, CountyTownship.id == there.township_id)
        .where(here.township_id == town.id, here.head_id_number != "")
        .order_by(here.household_ref, CountyTownship.code, there.household_ref)).all()
    changes: list[Change] = []
    sheet = m.sheets[0] if m.sheets else ""
    details = [messages.text("county.warning_elsewhere_detail", other=other, other_ref=other_ref,
                             other_village=other_village or "")
               for _ref, _head, _number, other, other_ref, other_village in found]
    # the warnings already registered for these heads: one query for the whole roster, not one a head
    known: dict[tuple[str, str], CountyWarning] = {}
    numbers = sorted({row[2] for row in found})
    for start in range(0, len(numbers), 500):
        for warning in s.scalars(select(CountyWarning).where(
                CountyWarning.township_id == town.id,
                CountyWarning.id_number.in_(numbers[start:start + 500])).order_by(CountyWarning.id)):
            known.setdefault((warning.id_number, warning.detail), warning)
    made: list[CountyWarning] = []
    for (_ref, head, number, *_rest), detail in zip(found, details):
        if (number, detail) not in known:
            warning = CountyWarning(township_id=town.id, warning_ref=f"pending-{secrets.token_hex(8)}",
                                    id_number=number, name=head, kind="other", detail=detail, checked_on=today,
                                    answer_by=add_months(today, 1), status=CountyWarningStatus.PENDING,
                                    operator=uow.operator)
            known[number, detail] = warning
            made.append(warning)
    if made:
        s.add_all(made)
        s.flush()
        for warning in made:
            warning.warning_ref = f"YJ{today.year:04d}{warning.id:06d}"  # as one typed in (services.county)
        uow.audit_many(("county_warning", w.id, "add", None, {
            "township": town.code, "warning_ref": w.warning_ref, "id_number": w.id_number, "kind": "other",
            "detail": w.detail, "checked_on": today, "answer_by": w.answer_by, "source": "roster"}) for w in made)
    fresh = {id(w) for w in made}
    for (ref, head, number, other, other_ref, _village), detail in zip(found, details):
        warning = known[number, detail]
        changes.append(Change(rows_of.get(ref, 0), sheet, number, head,
                              "roster_elsewhere" if id(warning) in fresh else "roster_elsewhere_known", {
                                  "head": head, "id_number": number, "ref": ref, "other": other,
                                  "other_ref": other_ref, "warning": warning.warning_ref,
                                  "township": town.name}))
        fresh.discard(id(warning))  # the same pair twice on one roster: made once, then known
    return changes


def _apply_payments(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                    today: dt.date, progress: Progress) -> list[Change]:
    """Store a township's payments package per period and flag one whose roster disagrees with
    the township's ledger totals it carries (services.county_money)."""
    town = _township(uow, m)
    changes = [_row_problems(r) for r in parsed if not r.ok]
    others: list[packages_in.OtherRosterRow] = [
        r.record for r in parsed if r.ok and r.sheet == packages_out.PAYMENT_OTHERS.name]
    row, before = county_money.store_payments(uow, town, m.period, m.sequence, m.extra,
                                              [r.record for r in parsed
                                               if r.ok and r.sheet != packages_out.PAYMENT_OTHERS.name], others,
                                              sha256=m.sha256)
    changes.insert(0, Change(0, m.sheets[0], town.code, town.name, "payments", {
        "township": town.name, "period": m.period, "households": row.households, "persons": row.persons,
        "amount": fen_to_yuan(row.lines_fen), "before": before if before is not None else 0,
        "county_payment_id": row.id}))
    if others:  # paid by the township apart from the regular roster: named, not in its checks
        words = packages_out.PAYMENT_OTHER_KINDS
        changes.insert(1, Change(0, packages_out.PAYMENT_OTHERS.name, town.code, town.name, "payments_others", {
            "township": town.name, "period": m.period, "rosters": len(others),
            "households": sum(r.households for r in others),
            "amount": fen_to_yuan(sum(r.amount_fen for r in others)),
            "names": "、".join(f"{words.get(r.kind, r.kind)}{('“' + r.name + '”') if r.name else ''}"
                              f" {fen_to_yuan(r.amount_fen)} 元" for r in others[:10])}))
    for code in filter(None, row.mismatch.split(",")):
        changes.insert(1, Change(0, m.sheets[0], town.code, town.name, f"payments_{code}", {
            "township": town.name, "period": m.period, "households": row.households,
            "ledger_households": row.ledger_households, "amount": fen_to_yuan(row.lines_fen),
            "roster": fen_to_yuan(row.roster_total_fen or 0),
            "regular": fen_to_yuan((row.roster_total_fen if row.roster_total_fen is not None else row.lines_fen)
                                   - (row.roster_adjustment_fen or 0)),
            "ledger": fen_to_yuan(row.ledger_total_fen or 0)}))
    return changes


def _apply_plain(uow: UnitOfWork, office: Office, m: pkg.Manifest, parsed: list[packages_in.ParsedRow],
                 today: dt.date, progress: Progress) -> list[Change]:
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

