"""Notices (一榜/二榜/三榜) and the objections logged while a case is on notice; the lists
a notice prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Unpack, cast

from sqlalchemy import case as sa_case, func, insert, select, update
from sqlalchemy.sql import Select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.ledger import PAID_STATUSES
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.domain.procedure_steps import NoticeData
from dibao_desk.models import AuditLog, Case, CaseStep, Household, NoticeObjection, Village
from dibao_desk.models import ledger as ledger_store
from dibao_desk.services import relatives, reviews_schedule
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork, retrying
from dibao_desk.services.procedure_results import (
    CaseDetail, LongTermEntry, NoticeBatch, NoticeEntry, NoticePosting, ObjectionInfo,
)
from dibao_desk.services.procedure_store import (
    _detail, _get_case, _json, _load, _objection_info, _raise, _refresh, _state, _step_audit, list_columns,
    notice_days,
)
from dibao_desk.services.procedure_lists import list_cases


# ---- notices and objections ------------------------------------------------------------

class _BatchProblems:
    """What stops a batch (a village's notice list posted or taken down at once), all or
    nothing: each case's problems name the case and its head (``cases`` prefix), those every
    case shares (the date typed, the person) are said once, and past ``NAMED`` cases the
    rest are counted."""

    SHARED = frozenset({"procedure.person_empty", "procedure.future_date"})
    NAMED = 20

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.shared: set[tuple[str, str]] = set()
        self.cases = 0

    def add(self, case: Case, problems: list[Problem]) -> None:
        own = []
        for p in problems:
            if p.code in self.SHARED:
                if (p.code, p.field) not in self.shared:
                    self.shared.add((p.code, p.field))
                    self.problems.append(p)
            else:
                own.append(Problem(p.code, "cases", p.params | {"case_id": case.id,
                                                                 "head": case.household.head_name}))
        if own:
            self.cases += 1
            if self.cases <= self.NAMED:
                self.problems += own

    def raise_any(self) -> None:
        if self.cases > self.NAMED:
            self.problems.append(Problem("procedure.batch_more", "cases", {"count": self.cases - self.NAMED}))
        if self.problems:
            raise RuleError(self.problems)


@retrying
def start_notice(uow: UnitOfWork, case_id: int, step: int, start: dt.date, person: str,
                 today: dt.date) -> CaseDetail:
    """Post the case on notice (一榜/二榜/三榜): the window runs for the policy's days."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id, lock=True)
        _raise(rules.check_start_notice(_state(case), step, start, today, person))
        _start, end = rules.notice_window(start, notice_days(uow, start))
        rec = CaseStep(step=step, started_on=start, window_end=end, person=person.strip(),
                       recorded_by=uow.operator, data_json=_json(_as_posted(case, rules.NOTICE_STAGE[step])))
        case.steps.append(rec)
        uow.session.flush()
        _refresh(case)
        uow.audit("case_step", case.id, f"step{step}.start", None, _step_audit(rec))
        uow.commit()
        return _detail(uow, case, today)


@dataclass
class _Household:
    head_name: str
    covered_count: int
    category: str
    monthly_benefit_fen: int


@dataclass
class _Step:
    id: int
    step: int
    active: bool
    started_on: dt.date | None
    window_end: dt.date | None
    done_on: dt.date | None
    person: str
    result: str
    notes: str
    data_json: str


@dataclass
class _Objection:
    step: int
    received_on: dt.date
    resolved_on: dt.date | None


@dataclass
class _Case:
    """What a notice batch reads of a case (``_state`` reads it as it reads a ``Case``): its
    columns, records and objections as plain values, no ORM object."""

    id: int
    household_id: int
    kind: str
    status: str
    opened_on: dt.date
    flow: str
    proposed_category: str
    proposed_fen: int
    after_json: str
    before_json: str
    household: _Household
    steps: list[_Step] = field(default_factory=list)
    objections: list[_Objection] = field(default_factory=list)


def _batch_cases(uow: UnitOfWork, case_ids: list[int]) -> list[Case]:
    """The cases of a batch, in the order given, read at once with their steps, objections
    and the household columns a notice shows (a case missing is said as ``get_case`` says it).
    Plain values: three queries per 500 cases and no ORM object (loading 500 cases, their
    records and households as objects was most of a posting's time). The cases' rows are locked
    (PostgreSQL), as ``_get_case(…, lock=True)`` locks one: a case withdrawn, or a step recorded on
    it, by another clerk meanwhile waits for the batch, or the batch for it, and reads what it wrote."""
    found: dict[int, _Case] = {}
    wanted = list(dict.fromkeys(case_ids))
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        for c in uow.session.execute(
                select(Case.id, Case.household_id, Case.kind, Case.status, Case.opened_on, Case.flow,
                       Case.proposed_category, Case.proposed_fen, Case.after_json, Case.before_json,
                       Household.head_name, Household.covered_count, Household.category,
                       Household.monthly_benefit_fen)
                .join(Household, Case.household_id == Household.id).where(Case.id.in_(chunk))
                .with_for_update(of=Case)):
            found[c.id] = _Case(c.id, c.household_id, c.kind, c.status, c.opened_on, c.flow, c.proposed_category,
                                c.proposed_fen, c.after_json, c.before_json,
                                _Household(c.head_name, c.covered_count, c.category, c.monthly_benefit_fen))
        for r in uow.session.execute(
                select(CaseStep.case_id, CaseStep.id, CaseStep.step, CaseStep.active, CaseStep.started_on,
                       CaseStep.window_end, CaseStep.done_on, CaseStep.person, CaseStep.result, CaseStep.notes,
                       CaseStep.data_json)
                .where(CaseStep.case_id.in_(chunk)).order_by(CaseStep.id)):
            found[r.case_id].steps.append(_Step(r.id, r.step, r.active, r.started_on, r.window_end, r.done_on,
                                                r.person, r.result, r.notes, r.data_json))
        for o in uow.session.execute(
                select(NoticeObjection.case_id, NoticeObjection.step, NoticeObjection.received_on,
                       NoticeObjection.resolved_on)
                .where(NoticeObjection.case_id.in_(chunk)).order_by(NoticeObjection.id)):
            found[o.case_id].objections.append(_Objection(o.step, o.received_on, o.resolved_on))
    for cid in case_ids:
        if cid not in found:
            raise RuleError(Problem("procedure.case_missing", "case_id", {"id": cid}))
    return [cast(Case, found[cid]) for cid in case_ids]


_CHUNK = 500  # ids per IN (...): well under every database's limit on parameters


@retrying
def start_notice_batch(uow: UnitOfWork, case_ids: list[int], stage: int, start: dt.date, person: str,
                       today: dt.date, progress: Progress | None = None) -> int:
    """Post several cases on the same notice (one noticeboard list); all or nothing: a
    cancel (``progress``) before the end writes nothing."""
    uow.require(Role.CLERK)
    progress = progress or NullProgress()
    step = rules.STAGE_STEP[stage]
    total = len(case_ids)
    code = f"progress.notice_batch.post{stage}"
    progress.update(0, total, code, at=0, of=total)
    with uow:
        days = notice_days(uow, start)
        _start, end = rules.notice_window(start, days)
        found = _BatchProblems()
        # Every case gets the same record: built once (for its audit), written with one
        # INSERT for the batch, the list columns with one UPDATE by id; the ORM's per-object
        # work (a CaseStep each, its flush) is not needed for a row nothing else reads.
        record = dict(step=step, started_on=start, window_end=end, person=person.strip(),
                      recorded_by=uow.operator, active=True, result="", notes="", data_json="")
        audit = _step_audit(CaseStep(**record))
        steps, columns, changes = [], [], []
        for n, case in enumerate(_batch_cases(uow, case_ids), 1):
            state = _state(case)
            problems = rules.check_start_notice(state, step, start, today, person)
            if problems:
                found.add(case, problems)
            else:
                posted = dataclasses.replace(state, steps=state.steps + (_posted(case, step, start, end),))
                as_posted = _as_posted(case, stage)
                steps.append(record | {"case_id": case.id, "data_json": _json(as_posted)})
                columns.append({"id": case.id} | list_columns(posted))
                changes.append(("case_step", case.id, f"step{step}.start", None, audit | {"data": as_posted}))
            if n % 20 == 0 or n == total:
                progress.check()
                progress.update(n, total, code, at=n, of=total)
        found.raise_any()
        if steps:
            uow.session.execute(insert(CaseStep), steps)
            uow.session.execute(update(Case), columns)
            uow.session.expire_all()  # the cases read above no longer hold their records
        uow.audit_many(changes)
        progress.check()  # the last moment a cancel undoes the batch
        uow.commit()
        return len(case_ids)


def _as_posted(case: Case, stage: int) -> dict[str, Any]:
    """What a notice list shows of the case that may change after the posting (the head's name,
    the persons, the class and amount, whether these were decided): kept with the notice step so
    a reprint shows the sheet as posted."""
    h = case.household
    category, amount, decided = _shown(stage, case.kind, case.proposed_category, case.proposed_fen,
                                       case.after_json, h.category, h.monthly_benefit_fen)
    return {"head_name": h.head_name, "persons": _persons(case.kind, h.covered_count, case.before_json),
            "category": category, "monthly_fen": amount, "decided": decided}


def _shown(stage: int, kind: str, proposed_category: str, proposed_fen: int, after_json: str,
           category: str, monthly_fen: int) -> tuple[str, int, bool]:
    """The class, amount and whether they are decided, as a notice list of ``stage`` shows a
    case from the case's proposal and the household's own columns: the ones proposed (or
    granted, on the third notice); of a 取消, the household's class and nothing paid."""
    if kind == CaseKind.CANCEL:
        return category, 0, True
    after = _load(after_json)
    amount = proposed_fen or int(after.get("monthly_benefit_fen") or 0) or monthly_fen
    decided = bool(stage == 3 or proposed_category or proposed_fen
                   or (kind == CaseKind.CHANGE and (after.get("category") or "monthly_benefit_fen" in after
                                                    or category)))
    if not decided:
        return proposed_category or "", amount, False
    return proposed_category or after.get("category") or category, amount, True


def _persons(kind: str, covered_count: int, before_json: str) -> int:
    """The persons a notice list shows of a case: the household's covered persons; of a 取消, those
    whose benefit ends, as covered when the case opened (the death of the one member leaves the
    household's own count at 0)."""
    if kind == CaseKind.CANCEL:
        return int(_load(before_json).get("covered_count") or covered_count)
    return covered_count


def _posted(case: Case, step: int, start: dt.date, end: dt.date) -> rules.StepState:
    """The state of notice ``step`` just posted on ``case`` (as ``_state`` reads a record:
    the objections logged at that step count for it)."""
    objections = [o for o in case.objections if o.step == step]
    days = [d for o in objections for d in (o.received_on, o.resolved_on) if d is not None]
    return rules.StepState(step=step, started_on=start, window_end=end, done_on=None, result="",
                           open_objections=sum(1 for o in objections if o.resolved_on is None),
                           objections_on=max(days) if days else None)


def notice_batch(uow: UnitOfWork, stage: int, on: dt.date, village_id: int | None = None) -> NoticeBatch:
    """The open cases at notice ``stage`` (of one village, or all), sorted by what can be done on ``on``."""
    groups: dict[str, list[int]] = {"start_notice": [], "close_notice": [], "notice_running": [], "objections": []}
    for row in list_cases(uow, step=rules.STAGE_STEP[stage], today=on, village_id=village_id):
        groups.setdefault(row.waiting.action, []).append(row.id)
    return NoticeBatch(tuple(groups["start_notice"]), tuple(groups["close_notice"]),
                       tuple(groups["notice_running"]), tuple(groups["objections"]))


@retrying
def close_notice_batch(uow: UnitOfWork, case_ids: list[int], stage: int, on: dt.date, person: str,
                       today: dt.date, notes: str = "", progress: Progress | None = None) -> int:
    """Close the notice for several cases at once (the list comes down); all or nothing: a
    cancel (``progress``) before the end writes nothing."""
    uow.require(Role.CLERK)
    progress = progress or NullProgress()
    step = rules.STAGE_STEP[stage]
    total = len(case_ids)
    code = f"progress.notice_batch.close{stage}"
    progress.update(0, total, code, at=0, of=total)
    with uow:
        reviews_schedule.as_of(uow.session, today)  # as a step recorded alone
        found = _BatchProblems()
        cases = _batch_cases(uow, case_ids)
        recusal = relatives.step_person_problems_of(uow.session, [c.household_id for c in cases], person)
        person, notes = person.strip(), notes.strip()
        # What recording the step alone (``_record``) writes of a notice taken down, for every case
        # at once: its record marked done, the case's list columns, an audit row each, with one
        # UPDATE each and one INSERT (the ORM's per-object work, for 500 cases, was most of the time).
        records, columns, changes = [], [], []
        for n, case in enumerate(cases, 1):
            state = _state(case)
            problems = rules.check_record(state, step, on, today, person) + recusal.get(case.household_id, [])
            errors = [p for p in problems if p.severity == "error"]
            if errors:  # nothing of this case is written; the others are undone below
                found.add(case, errors)
            else:
                rec = next(r for r in case.steps if r.active and r.step == step)
                before = _step_audit(rec)
                rec.done_on, rec.person, rec.result, rec.notes = on, person, StepResult.PASSED, notes
                records.append({"id": rec.id, "done_on": on, "person": person, "result": StepResult.PASSED,
                                "notes": notes, "recorded_by": uow.operator})
                row = {"id": case.id} | list_columns(_state(case))
                if row["next_step"] == 0 and case.status == CaseStatus.OPEN:
                    row |= {"status": CaseStatus.DONE, "closed_on": on}
                columns.append(row)
                changes.append(("case_step", case.id, f"step{step}", before, _step_audit(rec)))
            if n % 20 == 0 or n == total:
                progress.check()
                progress.update(n, total, code, at=n, of=total)
        found.raise_any()
        if records:
            uow.session.execute(update(CaseStep), records)
            uow.session.execute(update(Case), [c for c in columns if "status" not in c])
            done = [c for c in columns if "status" in c]
            if done:
                uow.session.execute(update(Case), done)
            uow.session.expire_all()
        uow.audit_many(changes)
        progress.check()  # the last moment a cancel undoes the batch
        uow.commit()
        return len(case_ids)


@retrying
def log_objection(uow: UnitOfWork, case_id: int, step: int, received_on: dt.date, channel: str,
                  content: str, today: dt.date) -> ObjectionInfo:
    """Log an objection received while the case is on notice (box, phone or visit)."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id, lock=True)
        _raise(rules.check_objection(_state(case), step, received_on, today, channel, content))
        o = NoticeObjection(step=step, received_on=received_on, channel=channel, content=content.strip())
        case.objections.append(o)
        uow.session.flush()
        _refresh(case)
        uow.audit("objection", o.id, "log", None, {"case_id": case.id, "step": step,
                                                    "received_on": received_on, "channel": channel,
                                                    "content": o.content})
        uow.commit()
        return _objection_info(o)


def resolve_objection(uow: UnitOfWork, objection_id: int, result: str, note: str, resolved_on: dt.date,
                      today: dt.date) -> ObjectionInfo:
    """Record how an objection was investigated and answered (有报必查，有查必答)."""
    uow.require(Role.CLERK)
    with uow:
        o = uow.session.get(NoticeObjection, objection_id)
        if o is None:
            raise RuleError(Problem("procedure.objection_missing", "id", {"id": objection_id}))
        if o.case.status != CaseStatus.OPEN:
            raise RuleError(Problem("procedure.case_closed", "step", {"status": o.case.status}))
        _raise(rules.check_resolution(o.received_on, resolved_on, today, result, note,
                                      o.resolved_on is not None))
        before = _objection_info(o).__dict__.copy()
        o.resolved_on = resolved_on
        o.result = result
        o.note = note.strip()
        uow.session.flush()
        _refresh(o.case)
        uow.audit("objection", o.id, "resolve", before, _objection_info(o).__dict__)
        uow.commit()
        return _objection_info(o)


def objections(uow: UnitOfWork, case_id: int, step: int | None = None) -> list[ObjectionInfo]:
    with uow:
        case = _get_case(uow, case_id)
        return [_objection_info(o) for o in case.objections if step is None or o.step == step]


def _notice_base(stage: int, village_id: int | None) -> Select[Unpack[tuple[Any, ...]]]:
    step = rules.STAGE_STEP[stage]
    base: Select[Unpack[tuple[Any, ...]]] = (
        select(CaseStep.started_on, CaseStep.window_end, CaseStep.done_on, CaseStep.data_json, Case.id,
               Case.household_id,
               Case.kind, Case.proposed_category, Case.proposed_fen, Case.after_json, Case.before_json,
               Case.special_case,
               Household.village_id,
               Village.name, Household.head_name, Household.covered_count, Household.category,
               Household.monthly_benefit_fen)
        .join(Case, CaseStep.case_id == Case.id)
        .join(Household, Case.household_id == Household.id)
        .join(Village, Household.village_id == Village.id)
        .where(CaseStep.step == step, CaseStep.active.is_(True), CaseStep.started_on.is_not(None),
               CaseStep.result != StepResult.REFUSED,
               # withdrawn during its notice: off the board, as a case refused there is
               Case.status != CaseStatus.WITHDRAWN))
    if village_id is not None:
        base = base.where(Household.village_id == village_id)
    return base


def notice_postings(uow: UnitOfWork, stage: int, village_id: int | None = None) -> list[NoticePosting]:
    """The postings of notice ``stage`` (of one village, or all), the latest first."""
    sub = _notice_base(stage, village_id).subquery()
    stmt = (select(sub.c.started_on, func.max(sub.c.window_end), func.count(),
                   func.sum(sa_case((sub.c.done_on.is_(None), 1), else_=0)))
            .group_by(sub.c.started_on).order_by(sub.c.started_on.desc()))
    with uow:
        return [NoticePosting(start, end, n, int(open_ or 0))
                for start, end, n, open_ in uow.session.execute(stmt).all()]


def cases_on_notice(uow: UnitOfWork, stage: int, village_id: int | None = None,
                    on: dt.date | None = None, posted: dt.date | None = None) -> list[NoticeEntry]:
    """The households of one posting of notice ``stage`` (1, 2, 3): those posted together,
    each posting with its own window.

    ``posted`` names the posting (its first day) and lists all it held, as posted. Without
    it: the latest posting on or before ``on`` that is still on the board, listing only the
    cases still on notice (a case whose notice was closed has left the stage); when none is
    on the board, the latest posting before ``on`` as it was posted.
    Class and amount are the ones proposed (or granted, on the third notice)."""
    on = on or dt.date.today()
    base = _notice_base(stage, village_id)
    with uow:
        if posted is not None:
            rows = uow.session.execute(base.where(CaseStep.started_on == posted)).all()
        else:
            base = base.where(CaseStep.started_on <= on)
            running = base.where(CaseStep.done_on.is_(None))
            latest = uow.session.scalar(select(func.max(running.subquery().c.started_on)))
            if latest is not None:
                rows = uow.session.execute(running.where(CaseStep.started_on == latest)).all()
            else:
                latest = uow.session.scalar(select(func.max(base.subquery().c.started_on)))
                rows = (uow.session.execute(base.where(CaseStep.started_on == latest)).all()
                        if latest is not None else [])
        stored = {(r.id, r.started_on): _load(r.data_json) for r in rows}
        # a posting recorded before all it showed was kept with its step: its audit row may hold it
        audited = _posting_audits(uow, rules.STAGE_STEP[stage],
                                  [key for key, d in stored.items() if not NoticeData.parse(d).complete])
    entries = []
    for r in rows:
        kept = NoticeData.parse(audited.get((r.id, r.started_on), {}) | stored[(r.id, r.started_on)])
        # the head, persons, class and amount as the list was posted; what was not kept, as
        # the case stands today (the entry says so)
        persons = kept.persons if kept.persons is not None else _persons(r.kind, r.covered_count, r.before_json)
        category, amount, decided = _shown(stage, r.kind, r.proposed_category, r.proposed_fen, r.after_json,
                                           r.category, r.monthly_benefit_fen)
        if kept.category is not None and kept.monthly_fen is not None and kept.decided is not None:
            category, amount, decided = kept.category, kept.monthly_fen, kept.decided
        entries.append(NoticeEntry(r.id, r.household_id, r.village_id, r.name, kept.head_name or r.head_name,
                                   persons, category, amount, r.kind, r.started_on, r.window_end, decided,
                                   r.special_case or "", kept.complete))
    entries.sort(key=lambda e: (e.village_id, e.kind != CaseKind.NEW, e.household_id))
    return entries


def _posting_audits(uow: UnitOfWork, step: int, postings: list[tuple[int, dt.date]]
                    ) -> dict[tuple[int, dt.date], dict[str, Any]]:
    """(case id, first day) -> what the audit row of that posting of notice ``step`` kept of the
    list (its ``data``; the latest row when the case was posted twice that day)."""
    wanted = set(postings)
    ids = sorted({cid for cid, _day in wanted})
    out: dict[tuple[int, dt.date], dict[str, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = uow.session.execute(
            select(AuditLog.entity_id, AuditLog.after)
            .where(AuditLog.entity == "case_step", AuditLog.action == f"step{step}.start",
                   AuditLog.entity_id.in_(ids[i:i + _CHUNK]))
            .order_by(AuditLog.id)).all()
        for cid, after in rows:
            values = _load(after)
            try:
                key = (cid, dt.date.fromisoformat(str(values.get("started_on"))))
            except ValueError:
                continue
            if key in wanted and isinstance(values.get("data"), dict):
                out[key] = values["data"]
    return out


def long_term_notice(uow: UnitOfWork, village_id: int | None = None,
                     on: dt.date | None = None) -> list[LongTermEntry]:
    """Every household receiving benefit (长期公示), by village, with the persons, class and
    amount the ledger pays it in the month of ``on`` (default today). Between a member's
    death or departure and the grant of the 变更 that follows, the household's own columns
    already count those who remain while the old amount is still paid: the notice shows the
    pair in force, and the new one from the month the grant takes effect. A household the
    ledger holds nothing paid for that month is shown with its own columns, unless its benefit
    starts in a later month (granted from next month: nothing is paid to it yet). A household at
    0 元 for the month (re-assessed over the standard, its cancellation not decided yet) is
    left off: it is listed apart on the roster and not paid, and the notice lists those who
    receive 低保."""
    month = (on or dt.date.today()).replace(day=1)
    stmt = (select(Household.id, Household.village_id, Village.name, Household.head_name,
                   Household.covered_count, Household.category, Household.monthly_benefit_fen,
                   Household.benefit_start)
            .join(Village, Household.village_id == Village.id)
            .where(Household.status == HouseholdStatus.RECEIVING)
            .order_by(Household.village_id, Household.head_sort_key, Household.id))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    with uow:
        rows = uow.session.execute(stmt).all()
        paid = ledger_store.month_values(uow.session.connection(), month,
                                         [r.id for r in rows] if village_id is not None else None)
        out = []
        for r in rows:
            v = paid.get(r.id)
            if v is not None and v.status in PAID_STATUSES:
                if v.amount_fen > 0:
                    out.append(LongTermEntry(r.id, r.village_id, r.name, r.head_name, v.covered, v.category,
                                             v.amount_fen, r.benefit_start))
            elif r.monthly_benefit_fen > 0 and (r.benefit_start is None or r.benefit_start <= month):
                out.append(LongTermEntry(*r))  # no ledger month: its own columns, once its benefit began
        return out
