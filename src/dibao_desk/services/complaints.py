"""Complaints (举报, 有报必查、有查必答): received, investigated, answered by a deadline.

The deadline is the policy's working days (``PolicyFigures.complaint_answer_days``, the set
in force on the day received) after the day received, on the official calendar with 调休
(``domain.workdays``) corrected by the county's calendar and the office's own list of days
(``services.workday_calendar``).
A complaint found true (属实 or 部分属实) makes the household's review due at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import registers as rules
from dibao_desk.domain import workdays
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Complaint, Household, Village, WorkdayOverride
from dibao_desk.services import policy, reviews, workday_calendar
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    received_on: dt.date
    channel: str  # Channel
    complainant: str  # "" when anonymous
    contact: str
    household_id: int | None
    household_name: str
    village: str
    description: str
    due_on: dt.date
    due_approximate: bool  # the calendar of a year on the way was not known: weekdays were assumed
    status: str  # ComplaintStatus
    investigation: str
    investigator: str
    finding: str  # Finding, "" while open
    answer: str
    answered_on: dt.date | None

    @property
    def anonymous(self) -> bool:
        return not self.complainant

    @property
    def household_deleted(self) -> bool:
        """The household it was about was deleted (by an older version, which allowed that);
        ``household_name`` still names its head. Every complaint is received about a household."""
        return self.household_id is None

    def overdue_on(self, day: dt.date) -> bool:
        return self.status == rules.ComplaintStatus.OPEN and self.due_on < day

    def days_left(self, day: dt.date) -> int:
        return (self.due_on - day).days

    def days_late(self) -> int:
        """Days an answer came after the deadline (0: answered in time, or not answered)."""
        if self.status != rules.ComplaintStatus.ANSWERED or self.answered_on is None:
            return 0
        return max(0, (self.answered_on - self.due_on).days)


@dataclass(frozen=True)
class OverrideInfo:
    day: dt.date
    workday: bool
    note: str


@dataclass(frozen=True)
class ComplaintCounts:
    received: int
    answered: int
    substantiated: int  # 属实 or 部分属实
    overdue: int  # open past the deadline on the last day of the period (today while it runs)


# ---- the calendar -----------------------------------------------------------------------

def overrides(uow: UnitOfWork) -> tuple[dict[dt.date, bool], frozenset[int]]:
    """(day -> working day, years known whole): the office's days over the county's calendar."""
    with uow:
        return workday_calendar.calendar(uow.session)


def list_overrides(uow: UnitOfWork) -> list[OverrideInfo]:
    with uow:
        return [OverrideInfo(r.day, r.workday, r.note)
                for r in uow.session.scalars(select(WorkdayOverride).order_by(WorkdayOverride.day))]


def set_override(uow: UnitOfWork, day: dt.date, workday: bool | None, note: str = "") -> None:
    """Say a day is a working day (True), a day off (False), or follow the shipped calendar (None)."""
    uow.require(Role.CLERK, Role.ADMIN)
    problems = rules.check_lengths(override_note=note)
    if problems:
        raise RuleError(problems)
    with uow:
        s = uow.session
        row = s.get(WorkdayOverride, day)
        before = {"workday": row.workday, "note": row.note} if row else None
        if workday is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(WorkdayOverride(day=day, workday=workday, note=note.strip()))
        else:
            row.workday, row.note = workday, note.strip()
        uow.audit("workday_override", None, "set", before,
                  None if workday is None else {"day": day, "workday": workday, "note": note.strip()})
        s.flush()
        recount_deadlines(uow, day, day)
        uow.commit()


def recount_deadlines(uow: UnitOfWork, first: dt.date, last: dt.date) -> None:
    """Count again the deadline of each open complaint whose count a day from ``first`` to
    ``last`` falls in (received before ``last``, due on or after ``first``), on the calendar as
    it now stands: a day the office entered, or the county's calendar, makes it later or
    earlier, as for one received now. Each change is audited."""
    s = uow.session
    calendar, known = workday_calendar.calendar(s)
    for row in s.scalars(select(Complaint).where(Complaint.status == rules.ComplaintStatus.OPEN,
                                                 Complaint.received_on < last, Complaint.due_on >= first)):
        days = policy.require_policy(uow, row.received_on).figures.complaint_answer_days
        due = workdays.add_working_days(row.received_on, days, calendar, known)
        if (due.day, due.approximate) != (row.due_on, row.due_approximate):
            old = {"due_on": row.due_on, "due_approximate": row.due_approximate}
            row.due_on, row.due_approximate = due.day, due.approximate
            uow.audit("complaint", row.id, "calendar", old, {"due_on": due.day, "due_approximate": due.approximate})


@dataclass(frozen=True)
class DeadlineMove:
    """An open complaint's deadline counted again on a calendar that now knows its year."""

    complaint_id: int
    household_name: str
    before: dt.date
    after: dt.date
    approximate: bool  # still partly counted on weekdays (a year further on is not known either)

    @property
    def notice(self) -> Problem:
        return Problem("registers.due_recounted", "due_on",
                       {"id": self.complaint_id, "household": self.household_name,
                        "before": self.before.isoformat(), "after": self.after.isoformat()})


def recount_guessed_deadlines(uow: UnitOfWork) -> list[DeadlineMove]:
    """Count again each open complaint's deadline that was guessed (a year on the way not known,
    weekdays assumed): a program update may have brought a chinese-calendar that knows that
    year, and only a restart brings one, so reading the complaints is a reliable point to look.
    Cheap: only the few guessed rows are read. A deadline now counted on the real calendar
    loses its guessed mark; each change is audited. Returns those whose day moved, for the
    clerk to be told (a deadline only confirmed is not news)."""
    with uow:
        s = uow.session
        rows = list(s.scalars(select(Complaint).where(Complaint.status == rules.ComplaintStatus.OPEN,
                                                      Complaint.due_approximate.is_(True))
                              .order_by(Complaint.due_on, Complaint.id)))
        if not rows:
            return []
        calendar, known = workday_calendar.calendar(s)
        moved = []
        changed = False
        for row in rows:
            days = policy.require_policy(uow, row.received_on).figures.complaint_answer_days
            due = workdays.add_working_days(row.received_on, days, calendar, known)
            if (due.day, due.approximate) == (row.due_on, row.due_approximate):
                continue  # the calendar still does not know the year
            old = {"due_on": row.due_on, "due_approximate": row.due_approximate}
            if due.day != row.due_on:
                moved.append(DeadlineMove(row.id, row.household_name, row.due_on, due.day, due.approximate))
            row.due_on, row.due_approximate = due.day, due.approximate
            uow.audit("complaint", row.id, "calendar", old, {"due_on": due.day, "due_approximate": due.approximate})
            changed = True
        if changed:
            uow.commit()
        return moved


def deadline(uow: UnitOfWork, received_on: dt.date) -> workdays.Deadline:
    days = policy.require_policy(uow, received_on).figures.complaint_answer_days
    return workdays.add_working_days(received_on, days, *overrides(uow))


# ---- complaints ---------------------------------------------------------------------------

def add_complaint(uow: UnitOfWork, *, received_on: dt.date | None, channel: str, household_id: int | None,
                  description: str, complainant: str = "", contact: str = "",
                  today: dt.date | None = None) -> ComplaintInfo:
    """Record a complaint received; its deadline is set from the day received."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    problems = rules.check_complaint(received_on, channel, household_id is not None, description, today)
    problems += rules.check_lengths(complainant=complainant, contact=contact)
    with uow:
        s = uow.session
        h = s.get(Household, household_id) if household_id is not None else None
        if household_id is not None and h is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        if problems:
            raise RuleError(problems)
        assert received_on is not None and h is not None
        due = deadline(uow, received_on)
        row = Complaint(received_on=received_on, channel=channel, complainant=complainant.strip(),
                        contact=contact.strip(), household_id=h.id, household_name=h.head_name,
                        description=description.strip(), due_on=due.day, due_approximate=due.approximate,
                        status=rules.ComplaintStatus.OPEN, recorded_by=uow.operator)
        s.add(row)
        s.flush()
        uow.audit("complaint", row.id, "receive", None, _audit(row))
        uow.commit()
        return _info(s, row)


def answer_complaint(uow: UnitOfWork, complaint_id: int, *, finding: str, investigation: str, answer: str,
                     answered_on: dt.date | None, investigator: str = "",
                     today: dt.date | None = None) -> ComplaintInfo:
    """Record the investigation, the finding and the answer given. A complaint found true makes
    the household's review due at once."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        s = uow.session
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise RuleError(Problem("registers.complaint_missing", "id", {"id": complaint_id}))
        if row.status == rules.ComplaintStatus.ANSWERED:
            raise RuleError(Problem("registers.complaint_answered", "id", {
                "id": complaint_id, "date": row.answered_on.isoformat() if row.answered_on else ""}))
        problems = rules.check_answer(row.received_on, finding, investigation, answer, answered_on, today)
        if problems or answered_on is None:  # check_answer refuses an empty day
            raise RuleError(problems)
        before = _audit(row)
        row.finding, row.investigation, row.investigator = finding, investigation.strip(), investigator.strip()
        row.answer, row.answered_on, row.status = answer.strip(), answered_on, rules.ComplaintStatus.ANSWERED
        uow.audit("complaint", row.id, "answer", before, _audit(row))
        if finding in rules.SUBSTANTIATED_FINDINGS and row.household_id is not None:
            reviews.raise_event(LentUnitOfWork(uow), row.household_id, "complaint", answered_on,
                                detail=row.description, source=f"complaint:{row.id}", today=today)
        uow.commit()
        return _info(s, row)


def _get(uow: UnitOfWork, complaint_id: int) -> Complaint:
    row = uow.session.get(Complaint, complaint_id)
    if row is None:
        raise RuleError(Problem("registers.complaint_missing", "id", {"id": complaint_id}))
    return row


def edit_complaint(uow: UnitOfWork, complaint_id: int, *, received_on: dt.date | None, channel: str,
                   household_id: int | None, description: str, complainant: str = "", contact: str = "",
                   reason: str, today: dt.date | None = None) -> ComplaintInfo:
    """Correct what was recorded on receiving a complaint, with the reason (audited); a new
    day received sets its deadline again."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        s = uow.session
        row = _get(uow, complaint_id)
        # A complaint about a household since deleted keeps naming it when none is given.
        keeps_deleted = household_id is None and row.household_id is None
        problems = rules.check_complaint(received_on, channel, household_id is not None or keeps_deleted,
                                         description, today)
        problems += rules.check_lengths(complainant=complainant, contact=contact)
        problems += rules.check_reason(reason)
        h = s.get(Household, household_id) if household_id is not None else None
        if household_id is not None and h is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        if received_on is not None and row.answered_on is not None and received_on > row.answered_on:
            problems.append(Problem("registers.answer_before_received", "received_on", {
                "received_on": received_on.isoformat()}))
        if problems:
            raise RuleError(problems)
        assert received_on is not None and (h is not None or keeps_deleted)
        before = _audit(row)
        if received_on != row.received_on:
            due = deadline(uow, received_on)
            row.due_on, row.due_approximate = due.day, due.approximate
        row.received_on, row.channel, row.description = received_on, channel, description.strip()
        row.complainant, row.contact = complainant.strip(), contact.strip()
        if h is not None and h.id != row.household_id:
            row.household_id, row.household_name = h.id, h.head_name
        s.flush()
        uow.audit("complaint", row.id, "correct", before, _audit(row) | {"reason": reason.strip()})
        uow.commit()
        return _info(s, row)


def remove_complaint(uow: UnitOfWork, complaint_id: int, reason: str) -> None:
    """Remove a complaint recorded in error (twice, or not a complaint), with the reason; the
    audit row keeps what it said. A review it made due stays due."""
    uow.require(Role.CLERK)
    with uow:
        row = _get(uow, complaint_id)
        problems = rules.check_reason(reason)
        if problems:
            raise RuleError(problems)
        uow.audit("complaint", row.id, "remove", _audit(row), {"reason": reason.strip()})
        uow.session.delete(row)
        uow.commit()


def list_complaints(uow: UnitOfWork, *, status: str | None = None, household_id: int | None = None,
                    overdue_on: dt.date | None = None) -> list[ComplaintInfo]:
    """Complaints by deadline (open ones past ``overdue_on`` only, when given)."""
    with uow:
        s = uow.session
        stmt = select(Complaint).order_by(Complaint.due_on, Complaint.id)
        if status:
            stmt = stmt.where(Complaint.status == status)
        if household_id is not None:
            stmt = stmt.where(Complaint.household_id == household_id)
        if overdue_on is not None:
            stmt = stmt.where(Complaint.status == rules.ComplaintStatus.OPEN, Complaint.due_on < overdue_on)
        rows = list(s.scalars(stmt))
        villages = _villages(s, [r.household_id for r in rows])
        return [_info(s, r, villages) for r in rows]


def get_complaint(uow: UnitOfWork, complaint_id: int) -> ComplaintInfo:
    with uow:
        row = uow.session.get(Complaint, complaint_id)
        if row is None:
            raise RuleError(Problem("registers.complaint_missing", "id", {"id": complaint_id}))
        return _info(uow.session, row)


def overdue(uow: UnitOfWork, today: dt.date | None = None) -> list[ComplaintInfo]:
    return list_complaints(uow, overdue_on=today or dt.date.today())


def counts(uow: UnitOfWork, first: dt.date, last: dt.date, today: dt.date | None = None) -> ComplaintCounts:
    """Complaints received from ``first`` to ``last``: answered, found true, overdue on ``last``
    (on ``today`` while the period runs: a deadline later in it is not missed yet)."""
    as_of = min(last, today or dt.date.today())
    with uow:
        s = uow.session
        where = (Complaint.received_on >= first, Complaint.received_on <= last)
        received = s.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0
        answered = s.scalar(select(func.count()).select_from(Complaint).where(
            *where, Complaint.status == rules.ComplaintStatus.ANSWERED)) or 0
        found = s.scalar(select(func.count()).select_from(Complaint).where(
            *where, Complaint.finding.in_([str(f) for f in rules.SUBSTANTIATED_FINDINGS]))) or 0
        late = s.scalar(select(func.count()).select_from(Complaint).where(
            *where, or_(Complaint.status == rules.ComplaintStatus.OPEN, Complaint.answered_on > as_of),
            Complaint.due_on < as_of)) or 0
    return ComplaintCounts(received, answered, found, late)


def _villages(s: Session, household_ids: Iterable[int | None]) -> dict[int | None, str]:
    ids = [i for i in set(household_ids) if i is not None]
    if not ids:
        return {}
    return dict(s.execute(select(Household.id, Village.name).join(Village, Village.id == Household.village_id)
                          .where(Household.id.in_(ids))).all())


def _info(s: Session, r: Complaint, villages: dict[int | None, str] | None = None) -> ComplaintInfo:
    if villages is None:
        villages = _villages(s, [r.household_id])
    return ComplaintInfo(r.id, r.received_on, r.channel, r.complainant, r.contact, r.household_id,
                         r.household_name, villages.get(r.household_id, ""), r.description, r.due_on,
                         r.due_approximate, r.status, r.investigation, r.investigator, r.finding, r.answer,
                         r.answered_on)


def _audit(r: Complaint) -> dict[str, Any]:
    return {"received_on": r.received_on, "channel": r.channel, "complainant": r.complainant,
            "contact": r.contact, "household_id": r.household_id, "description": r.description,
            "due_on": r.due_on, "status": r.status, "investigation": r.investigation,
            "investigator": r.investigator, "finding": r.finding, "answer": r.answer,
            "answered_on": r.answered_on}
