"""撤销此事件: an event entered by mistake (the wrong member, the wrong date, a death that did
not happen) taken back, as long as nothing was built on it that cannot be.

What an event did is read back from the audit rows its own transaction wrote (between its
``raise`` row and the next event's): the member's 人员状态 with the household before and after
(``member_status``), the 变更 it proposed (``proposal open``, source ``event:<kind>``), and the
取消 follow-up it called for. Undo puts back exactly the members' 人员状态, the head and the
relations as they were before it, removes the event (so the review falls due as it did without
it) and the follow-up, and withdraws the case it proposed. Refused, with nothing written, when:
a review has dealt with the event; a later member event of the household was recorded on top of
it; the household form changed what the event set; the case has a step recorded (the procedure's
first step of a 变更 or 取消 is the township's review: a case with any record has begun); the
proposal was granted (the ledger's months were booked: the office corrects them by a 变更).
Only the events the office entered are undone: one a county's warning or a roster import
raised stands for what that file said.

The household form's 新增家庭成员 event (kind 其他, raised by ``households.save`` when a member
joins a household receiving benefit) is undone by removing the members that save added (with
their incomes), the review falling due as it did without it; refused when the household's
members or incomes changed since (a later save, a member event). An event whose own audit rows
are missing (recorded before the program kept them) is refused with what to correct by hand:
deleting it alone would leave the members it marked and the case it proposed as they are."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain import registers as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import PersonStatus
from dibao_desk.domain.ledger import ProposalStatus
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import FollowUpSource
from dibao_desk.domain.reviews import ReviewEventKind
from dibao_desk.models import AuditLog, Case, FollowUp, Household, Proposal, ReviewEvent
from dibao_desk.services.uow import UnitOfWork

KINDS = tuple(str(k) for k in rules.EventKind)
MEMBER_ADDED = str(ReviewEventKind.OTHER)  # the form's 新增家庭成员 (``households._member_added``)
UNDONE_KINDS = KINDS + (MEMBER_ADDED,)  # the kinds 撤销此事件 offers
OFFICE = "office"  # the source of the events the office enters (``events.add_event``): the ones undone here


@dataclass(frozen=True)
class UndoResult:
    event_id: int
    household_id: int
    kind: str
    on: dt.date
    member: str  # the member whose 人员状态 was put back ("" for an event of the whole household)
    person_status: str  # the member's 人员状态 again
    head: str  # the household's head afterwards
    withdrawn_case_ids: tuple[int, ...]  # the cases the event proposed, withdrawn with it


@dataclass(frozen=True)
class _Effects:
    member_row: AuditLog | None
    proposals: tuple[Proposal, ...]
    followups: tuple[FollowUp, ...]


def undo_event(uow: UnitOfWork, event_id: int, reason: str, *, today: dt.date) -> UndoResult:
    """Take back the event ``event_id`` (see the module's note) for ``reason`` (required)."""
    from dibao_desk.services import households, ledger, reviews_schedule
    from dibao_desk.services.procedure_store import _json, _refresh, decided_snapshot

    uow.require(Role.CLERK)
    reason = reason.strip()
    with uow:
        s = uow.session
        reviews_schedule.as_of(s, today)
        ev = s.get(ReviewEvent, event_id)
        if ev is None or ev.kind not in UNDONE_KINDS:
            raise RuleError(Problem("event.undo_missing", "event_id", {"id": event_id}))
        if ev.source != OFFICE:  # a county's death warning, a roster's members gone: their files say so
            raise RuleError(Problem("event.undo_not_office", "event_id", {"kind": ev.kind, "source": ev.source}))
        problems: list[Problem] = []
        if not reason:
            problems.append(Problem("event.undo_reason", "reason"))
        if ev.resolved_by is not None:
            problems.append(Problem("event.undo_reviewed", "event_id", {"kind": ev.kind, "on": ev.on.isoformat()}))
        h = s.get(Household, ev.household_id)
        assert h is not None  # the event's household is on file (cascade)
        if ev.kind == MEMBER_ADDED:
            return _undo_member_added(uow, ev, h, reason, problems, today)
        if _raise_row(uow, ev) is None:  # what it marked and proposed is not known: not guessed
            problems.append(Problem("event.undo_no_record", "event_id", {"kind": ev.kind, "on": ev.on.isoformat()}))
            raise RuleError(problems)
        effects = _effects(uow, ev)
        later = _later_member_event(uow, ev)
        problems += later
        before: dict[str, Any] = {}
        if effects.member_row is not None and not later:  # a later event changed it, of course
            before = json.loads(effects.member_row.before or "{}")
            after = json.loads(effects.member_row.after or "{}")
            moved_on = _moved_on(uow, ev, h, after)
            problems += moved_on
            if not moved_on and _marks(households._snapshot(h)) != _marks(after):
                problems.append(Problem("event.undo_changed_since", "event_id", {"kind": ev.kind}))
        cases: list[Case] = []
        for p in effects.proposals:
            if p.status == ProposalStatus.GRANTED:
                problems.append(Problem("event.undo_booked", "event_id", {"case": p.case_id, "kind": ev.kind}))
                continue
            case = s.get(Case, p.case_id)
            if case is None or case.status != CaseStatus.OPEN:
                continue  # withdrawn or refused already
            if case.steps:
                step = max(case.steps, key=lambda r: (r.recorded_at, r.id)).step
                problems.append(Problem("event.undo_case_started", "event_id", {"case": case.id, "step": step}))
            cases.append(case)
        if problems:
            raise RuleError(problems)

        member = ""
        status = ""
        if effects.member_row is not None:
            member, status = _put_back(uow, h, before, json.loads(effects.member_row.after or "{}"))
        for case in cases:
            case.status, case.closed_on = CaseStatus.WITHDRAWN, max(today, case.opened_on)
            _refresh(case)
            ledger.record_case_refused(uow, case.id, case.closed_on)
            withdrawal = {"on": case.closed_on, "person": uow.operator, "request": reason, "step": None,
                          "at_county": False, "undo_event": ev.id}
            case.decided_json = _json(decided_snapshot(h, "withdraw", case.closed_on) | {"withdrawal": withdrawal})
            uow.audit("case", case.id, "withdraw", {"status": CaseStatus.OPEN, "next_step": case.next_step},
                      {"status": CaseStatus.WITHDRAWN} | withdrawal)
        for f in effects.followups:
            uow.audit("integrity_followup", f.id, "delete", {"kind": f.kind, "source": f.source,
                                                             "source_id": f.source_id, "status": f.status,
                                                             "proposal_id": f.proposal_id}, {"reason": reason})
            s.delete(f)
        result = UndoResult(ev.id, h.id, ev.kind, ev.on, member, status, h.head_name,
                            tuple(c.id for c in cases))
        return _finish(uow, ev, h, reason, result, {})


def _raise_row(uow: UnitOfWork, ev: ReviewEvent) -> int | None:
    """The id of the event's ``raise`` audit row (None for an event recorded without one)."""
    # the latest: an event undone before frees its number, which SQLite gives the next event
    return uow.session.scalar(select(AuditLog.id).where(
        AuditLog.entity == "review_event", AuditLog.entity_id == ev.id,
        AuditLog.action == "raise").order_by(AuditLog.id.desc()).limit(1))


def _finish(uow: UnitOfWork, ev: ReviewEvent, h: Household, reason: str, result: UndoResult,
            extra: dict[str, Any]) -> UndoResult:
    """The event's own audit row, the event removed and the household's review rescheduled."""
    from dibao_desk.services import reviews_schedule

    s = uow.session
    uow.audit("review_event", ev.id, "undo",
              {"household_id": h.id, "kind": ev.kind, "on": ev.on, "detail": ev.detail, "source": ev.source},
              {"reason": reason, "member": result.member, "person_status": result.person_status,
               "head": h.head_name, "withdrawn_cases": list(result.withdrawn_case_ids)} | extra)
    s.delete(ev)
    s.flush()
    reviews_schedule._reschedule_one(s, h.id, reviews_schedule.day_of(s))
    uow.commit()
    return result


def _undo_member_added(uow: UnitOfWork, ev: ReviewEvent, h: Household, reason: str,
                       problems: list[Problem], today: dt.date) -> UndoResult:
    """The form's 新增家庭成员 taken back: the members the save added leave the household (with
    their incomes), when nothing changed its members or incomes since. A member whose record the
    save took from another household (迁出 there: ``households._take_moved_members``) goes back
    to it as it held the member, when nothing changed that household's members or incomes since."""
    from dibao_desk.services import households

    s = uow.session
    raised = _raise_row(uow, ev)
    # ``households.save`` writes the household's ``update`` row, then raises the event
    saved = s.scalars(select(AuditLog).where(AuditLog.id < raised).order_by(AuditLog.id.desc()).limit(1)).first() \
        if raised is not None else None
    if saved is None or (saved.entity, saved.entity_id, saved.action) != ("household", h.id, "update"):
        problems.append(Problem("event.undo_added_no_record", "event_id", {"on": ev.on.isoformat()}))
        raise RuleError(problems)
    before = json.loads(saved.before or "{}")
    after = json.loads(saved.after or "{}")
    now = households._snapshot(h)
    moved = _moved_in(uow, saved, h)
    # deleting a member moved in on the form takes the record out of the store: said, naming where from
    where = {"on": ev.on.isoformat(),
             "moved": "".join(messages.text("event.undo_added_moved_from", **_moved_from(uow, row)) for row in moved)}
    by_hand = len(problems)
    if json.loads(json.dumps(_persons(now), default=str)) != _persons(after):
        problems.append(Problem("event.undo_added_changed", "event_id", where))
    known = {k for m in before.get("members") or () for k in (m.get("id_number"), m.get("name"))}
    added = [m for m in h.members if m.id_number not in known and m.name not in known]
    if any(m.relation == "head" or (m.id_number and m.id_number == h.bank_holder_id_number) for m in added):
        problems.append(Problem("event.undo_added_head", "event_id", where))
    if len(problems) == by_hand:  # else those say already to enter them again where they came from
        problems += [p for row in moved if (p := _moved_changed(uow, ev, row)) is not None]
    if problems:
        raise RuleError(problems)
    gone = {m.id for m in added}
    for item in [i for i in h.incomes if i.member_id in gone]:
        h.incomes.remove(item)
    for m in added:
        h.members.remove(m)
    s.flush()
    for pos, kept in enumerate(h.members):
        kept.position = pos
    households.refresh_list_columns(h, households.to_draft(h), today)
    s.flush()
    names = "、".join(m.name for m in added)
    uow.audit("household", h.id, "member_added_undo", now, households._snapshot(h) | {"removed": names,
                                                                                         "reason": reason})
    for row in moved:
        _move_back(uow, row, h, reason, today)
    result = UndoResult(ev.id, h.id, ev.kind, ev.on, names, "", h.head_name, ())
    return _finish(uow, ev, h, reason, result, {"removed": names})


def _moved_in(uow: UnitOfWork, saved: AuditLog, h: Household) -> list[AuditLog]:
    """The ``member_moved`` rows of the save whose ``update`` row is ``saved``: the members whose
    records it took from other households (written just before its ``update`` row)."""
    rows: list[AuditLog] = []
    for row in uow.session.scalars(select(AuditLog).where(AuditLog.id < saved.id).order_by(AuditLog.id.desc())
                                   .limit(len(h.members) + 1)):
        if (row.entity, row.action) != ("household", "member_moved") \
                or json.loads(row.after or "{}").get("to_household_id") != h.id:
            break
        rows.append(row)
    return rows[::-1]


def _held(snapshot: dict[str, Any]) -> Any:
    """What putting a member back into a household relies on: its members, incomes and account holder."""
    return json.loads(json.dumps(_persons(snapshot) | {"bank_holder": snapshot.get("bank_holder_id_number") or ""},
                                 default=str))


def _moved_from(uow: UnitOfWork, row: AuditLog) -> dict[str, Any]:
    """The member the ``member_moved`` row took and the household it was taken from (its head
    now, or as the move left it when that household is gone)."""
    after = json.loads(row.after or "{}")
    old = uow.session.get(Household, row.entity_id) if row.entity_id is not None else None
    return {"name": after.get("member", ""), "household_id": row.entity_id,
            "head": old.head_name if old is not None else after.get("head_name", ""),
            "village": old.village.name if old is not None else ""}


def _moved_changed(uow: UnitOfWork, ev: ReviewEvent, row: AuditLog) -> Problem | None:
    """The household a member's record was taken from, changed since (or gone): the member cannot
    be put back as it held it."""
    from dibao_desk.services import households

    old = uow.session.get(Household, row.entity_id) if row.entity_id is not None else None
    if old is not None and _held(households._snapshot(old)) == _held(json.loads(row.after or "{}")):
        return None
    return Problem("event.undo_added_moved_changed", "event_id", _moved_from(uow, row) | {"on": ev.on.isoformat()})


def _move_back(uow: UnitOfWork, row: AuditLog, h: Household, reason: str, today: dt.date) -> None:
    """The member the ``member_moved`` row took from its household put back there, at its place,
    with its 人员状态, relation and incomes as that household held them."""
    from dibao_desk.domain.household import MemberDraft
    from dibao_desk.models import IncomeItem
    from dibao_desk.services import households

    s = uow.session
    before, after = json.loads(row.before or "{}"), json.loads(row.after or "{}")
    old = s.get(Household, row.entity_id)
    assert old is not None  # ``_moved_changed`` found it
    now = households._snapshot(old)
    place, was = next((i, m) for i, m in enumerate(before.get("members") or ())
                      if m.get("id_number") == after.get("id_number"))
    draft = MemberDraft(**(was | {"status_on": dt.date.fromisoformat(was["status_on"]) if was.get("status_on")
                                  else None}))
    member = households.member_row(place, draft, today)
    old.members.insert(place, member)
    for pos, kept in enumerate(old.members):
        kept.position = pos
    for inc in before.get("incomes") or ():
        if inc.get("member_index") == place:
            old.incomes.append(IncomeItem(kind=inc["kind"], amount_fen=inc["amount_fen"], note=inc.get("note") or "",
                                          member=member))
    s.flush()
    households.refresh_list_columns(old, households.to_draft(old), today)
    s.flush()
    uow.audit("household", old.id, "member_moved_back", now, households._snapshot(old) | {
        "member": member.name, "id_number": member.id_number, "from_household_id": h.id, "reason": reason})


def _persons(snapshot: dict[str, Any]) -> dict[str, Any]:
    """What a later change of the household's persons would show: its members and incomes."""
    return {"members": snapshot.get("members"), "incomes": snapshot.get("incomes")}


def _effects(uow: UnitOfWork, ev: ReviewEvent) -> _Effects:
    """What the event's own transaction wrote: the audit rows after its ``raise`` row and before
    the next event's."""
    s = uow.session
    raised = _raise_row(uow, ev)
    member_row = None
    proposal_ids: list[int] = []
    if raised is not None:
        following = s.scalar(select(AuditLog.id).where(AuditLog.entity == "review_event", AuditLog.action == "raise",
                                                       AuditLog.id > raised).order_by(AuditLog.id).limit(1))
        window = select(AuditLog).where(AuditLog.id > raised).order_by(AuditLog.id)
        if following is not None:
            window = window.where(AuditLog.id < following)
        for row in s.scalars(window.where(AuditLog.entity.in_(("household", "proposal")))):
            if row.entity == "household" and row.entity_id == ev.household_id and row.action == "member_status" \
                    and member_row is None:
                member_row = row
            elif row.entity == "proposal" and row.action == "open" and row.entity_id is not None:
                after = json.loads(row.after or "{}")
                if after.get("household_id") == ev.household_id and after.get("source") == f"event:{ev.kind}":
                    proposal_ids.append(row.entity_id)
    followups = tuple(s.scalars(select(FollowUp).where(FollowUp.source == FollowUpSource.EVENT,
                                                       FollowUp.source_id == ev.id)))
    proposal_ids += [f.proposal_id for f in followups if f.proposal_id is not None]
    found = tuple(p for p in (s.get(Proposal, i) for i in dict.fromkeys(proposal_ids)) if p is not None)
    return _Effects(member_row, found, followups)


def _later_member_event(uow: UnitOfWork, ev: ReviewEvent) -> list[Problem]:
    """A member event of the household recorded after this one was recorded on what this one
    left (its relations, its members remaining, the amount its change assessed): it depends on it."""
    s = uow.session
    later = s.scalars(select(ReviewEvent).where(ReviewEvent.household_id == ev.household_id,
                                                ReviewEvent.id > ev.id, ReviewEvent.kind.in_(KINDS))
                      .order_by(ReviewEvent.id)).all()
    for other in later:
        if _effects(uow, other).member_row is not None:
            return [Problem("event.undo_later", "event_id", {"kind": ev.kind, "later_kind": other.kind,
                                                             "later_on": other.on.isoformat()})]
    return []


def _moved_on(uow: UnitOfWork, ev: ReviewEvent, h: Household, after: dict[str, Any]) -> list[Problem]:
    """Members the event left in the household whose records another household's form has
    taken since (``member_moved``): undone here alone, they would be on file twice. The
    addition there is undone first (its 新增家庭成员 event, when the household receives benefit)."""
    s = uow.session
    here = {m.id_number for m in h.members}
    gone = [m for m in after.get("members") or () if m.get("id_number") not in here]
    if not gone:
        return []
    moves = [(row, json.loads(row.after or "{}")) for row in s.scalars(
        select(AuditLog).where(AuditLog.entity == "household", AuditLog.entity_id == h.id,
                               AuditLog.action == "member_moved", AuditLog.id > (_raise_row(uow, ev) or 0))
        .order_by(AuditLog.id.desc()))]
    problems = []
    for m in gone:
        row, to = next(((row, moved.get("to_household_id")) for row, moved in moves
                        if moved.get("id_number") == m.get("id_number")), (None, None))
        other = s.get(Household, to) if isinstance(to, int) else None
        if row is None or other is None:
            continue  # not moved (the form removed it): the marks differ, said below
        params = {"name": m.get("name", ""), "kind": ev.kind, "household_id": other.id, "head": other.head_name,
                  "village": other.village.name}
        added = _addition_after(uow, row, other)
        if added is not None:
            problems.append(Problem("event.undo_moved_on", "event_id", params | {"on": added.on.isoformat()}))
        else:
            problems.append(Problem("event.undo_moved_on_by_hand", "event_id", params))
    return problems


def _addition_after(uow: UnitOfWork, moved: AuditLog, other: Household) -> ReviewEvent | None:
    """The 新增家庭成员 event the save that wrote ``moved`` raised in ``other`` (its ``update``
    row, then the event's ``raise`` row), if it raised one and it is still on file."""
    s = uow.session
    household_id = other.id
    rows = s.scalars(select(AuditLog).where(AuditLog.id > moved.id).order_by(AuditLog.id)
                     .limit(len(other.members) + 2)).all()
    for i, row in enumerate(rows):
        if (row.entity, row.action) == ("household", "member_moved"):
            continue
        if (row.entity, row.entity_id, row.action) != ("household", household_id, "update") or i + 1 >= len(rows):
            return None
        raised = rows[i + 1]
        if (raised.entity, raised.action) != ("review_event", "raise") or raised.entity_id is None:
            return None
        ev = s.get(ReviewEvent, raised.entity_id)
        return ev if ev is not None and ev.household_id == household_id and ev.kind == MEMBER_ADDED else None
    return None


def _marks(snapshot: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What a member event sets, as JSON holds it: each member's relation, 人员状态 and its day,
    and the account holder (the old head's, when the head left)."""
    members = snapshot.get("members") or ()
    rows: list[tuple[Any, ...]] = [(m.get("id_number"), m.get("relation"), m.get("person_status"),
                                    str(m.get("status_on")) if m.get("status_on") else None) for m in members]
    rows.append(("bank_holder", snapshot.get("bank_holder_id_number") or ""))
    return rows


def _put_back(uow: UnitOfWork, h: Household, before: dict[str, Any], after: dict[str, Any]) -> tuple[str, str]:
    """The members' relations and 人员状态, and the account holder, as ``before`` had them; the
    household's list columns follow. (The member the event marked, its 人员状态 again.)"""
    from dibao_desk.services import households

    now = households._snapshot(h)
    for m, was in zip(h.members, before.get("members") or ()):
        m.relation = was.get("relation") or m.relation
        m.person_status = was.get("person_status") or PersonStatus.NORMAL
        day = was.get("status_on")
        m.status_on = dt.date.fromisoformat(day) if day else None
    h.bank_holder_id_number = before.get("bank_holder_id_number") or ""
    households.refresh_list_columns(h, households.to_draft(h))
    uow.session.flush()
    marked = next((m for m in h.members if m.id == after.get("member_id")), None)
    uow.audit("household", h.id, "member_status_undo", now, households._snapshot(h))
    if marked is None:
        return "", ""
    return marked.name, str(marked.person_status)


__all__ = ["MEMBER_ADDED", "UNDONE_KINDS", "UndoResult", "undo_event"]
