"""诚信档案 and 诚信黑名单: false declarations found against persons, and who is barred.

A person is found to have declared falsely (date, what was false, the household and case).
The first time it is a warning; the second and later times the person is on the blacklist
from that day for the policy's months (``PolicyFigures.blacklist_months``, the set in force
on the day found). Receiving an application checks every member (``application_problems``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, FalseDeclaration, Household, Member
from dibao_desk.services import policy
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class DeclarationInfo:
    id: int
    id_number: str
    name: str
    household_id: int | None
    case_id: int | None
    found_on: dt.date
    what: str
    outcome: str  # DeclarationOutcome
    bar_ends: dt.date | None  # the first day an application is accepted again
    recorded_by: str


@dataclass(frozen=True)
class ListedPerson:
    id_number: str
    name: str
    declarations: int
    last_found_on: dt.date
    bar_ends: dt.date

    def barred_on(self, day: dt.date) -> bool:
        return day < self.bar_ends


@dataclass(frozen=True)
class PersonRecord:
    id_number: str
    name: str
    declarations: tuple[DeclarationInfo, ...]
    barred_until: dt.date | None  # the day the bar in force ends; None: not barred


def _info(d: FalseDeclaration) -> DeclarationInfo:
    return DeclarationInfo(d.id, d.id_number, d.name, d.household_id, d.case_id, d.found_on, d.what,
                           d.outcome, d.bar_ends, d.recorded_by)


def record_false_declaration(uow: UnitOfWork, id_number: str, name: str, found_on: dt.date | None, what: str,
                             *, household_id: int | None = None, case_id: int | None = None,
                             today: dt.date | None = None) -> DeclarationInfo:
    """Record a false declaration; the result says whether it was a warning or put the person on
    the blacklist (and until when). Nothing is written when a problem is found."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    number, problems = rules.check_declaration(id_number, name, found_on, what, today)
    with uow:
        s = uow.session
        if household_id is not None and s.get(Household, household_id) is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None:
                problems.append(Problem("registers.case_missing", "case_id", {"id": case_id}))
            elif household_id is None:
                household_id = case.household_id
        if problems:
            raise RuleError(problems)
        assert found_on is not None
        problems += recorded_name_problems(s, number, name, "name")
        problems += _same_day(uow, number, found_on, None)
        if problems:
            raise RuleError(problems)
        if household_id is None:  # the person's household in this store, when there is one
            household_id = s.scalar(select(Member.household_id).where(Member.id_number == number))
        # counted by the day found, not the order entered: a finding entered late (a paper
        # record from before) is the first, and the one found after it becomes the second
        earlier = s.scalar(select(func.count()).select_from(FalseDeclaration)
                           .where(FalseDeclaration.id_number == number, FalseDeclaration.found_on < found_on)) or 0
        outcome = rules.outcome_of(earlier)
        ends = None
        if outcome == rules.DeclarationOutcome.LISTED:
            months = policy.require_policy(uow, found_on).figures.blacklist_months
            ends = rules.bar_ends(found_on, months)
        row = FalseDeclaration(id_number=number, name=name.strip(), household_id=household_id, case_id=case_id,
                               found_on=found_on, what=what.strip(), outcome=str(outcome), bar_ends=ends,
                               recorded_by=uow.operator)
        s.add(row)
        s.flush()
        uow.audit("integrity_declaration", row.id, "record", None, {
            "id_number": number, "name": row.name, "household_id": household_id, "case_id": case_id,
            "found_on": found_on, "what": row.what, "outcome": row.outcome, "bar_ends": ends})
        _renumber(uow, number)  # those found after it: a warning may now be the second, a bar
        uow.commit()
        return _info(row)


def recorded_name_problems(session: Session, id_number: str, name: str, field: str) -> list[Problem]:
    """The name typed is not the name this store has for the ID number (a member of a household):
    the record would name one person and mark another."""
    if not id_number or not name.strip():
        return []
    rows = session.execute(select(Member.name, Member.household_id).where(Member.id_number == id_number)
                           .order_by(Member.id.desc())).all()
    if not rows or any(r.name == name.strip() for r in rows):
        return []
    return [Problem("registers.name_differs", field, {
        "id_number": id_number, "name": name.strip(), "recorded": rows[0].name, "household_id": rows[0].household_id})]


def _same_day(uow: UnitOfWork, id_number: str, found_on: dt.date, other_than: int | None) -> list[Problem]:
    """A declaration of the person already recorded on ``found_on``: what was found false that day
    is one declaration (entered twice, it would put the person on the blacklist), corrected, not added."""
    stmt = select(FalseDeclaration).where(FalseDeclaration.id_number == id_number,
                                          FalseDeclaration.found_on == found_on)
    if other_than is not None:
        stmt = stmt.where(FalseDeclaration.id != other_than)
    same = uow.session.scalars(stmt.order_by(FalseDeclaration.id)).first()
    if same is None:
        return []
    return [Problem("registers.declaration_same_day", "found_on", {
        "id": same.id, "name": same.name, "id_number": id_number, "date": found_on.isoformat()})]


def _audit(d: FalseDeclaration) -> dict[str, Any]:
    return {"id_number": d.id_number, "name": d.name, "household_id": d.household_id, "case_id": d.case_id,
            "found_on": d.found_on, "what": d.what, "outcome": d.outcome, "bar_ends": d.bar_ends}


def _get(uow: UnitOfWork, declaration_id: int) -> FalseDeclaration:
    row = uow.session.get(FalseDeclaration, declaration_id)
    if row is None:
        raise RuleError(Problem("registers.declaration_missing", "id", {"id": declaration_id}))
    return row


def _renumber(uow: UnitOfWork, id_number: str) -> None:
    """After a correction or removal: the person's declarations in the order found, the first
    a warning and the later ones a bar from their own day (the outcomes recorded before may
    change: removing the first warning makes the second one the warning)."""
    rows = uow.session.scalars(select(FalseDeclaration).where(FalseDeclaration.id_number == id_number)
                               .order_by(FalseDeclaration.found_on, FalseDeclaration.id)).all()
    for earlier, row in enumerate(rows):
        outcome = rules.outcome_of(earlier)
        ends = None
        if outcome == rules.DeclarationOutcome.LISTED:
            ends = rules.bar_ends(row.found_on, policy.require_policy(uow, row.found_on).figures.blacklist_months)
        if (row.outcome, row.bar_ends) != (str(outcome), ends):
            before = _audit(row)
            row.outcome, row.bar_ends = str(outcome), ends
            uow.audit("integrity_declaration", row.id, "reassess", before, _audit(row))


def get_declaration(uow: UnitOfWork, declaration_id: int) -> DeclarationInfo:
    with uow:
        return _info(_get(uow, declaration_id))


def correct_declaration(uow: UnitOfWork, declaration_id: int, *, found_on: dt.date | None, what: str,
                        reason: str, today: dt.date | None = None) -> DeclarationInfo:
    """Correct the day found or what was false, with the reason (audited). The person's
    warning and bar are worked out again from the corrected days."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        row = _get(uow, declaration_id)
        _number, problems = rules.check_declaration(row.id_number, row.name, found_on, what, today)
        problems += rules.check_reason(reason)
        if found_on is not None:
            problems += _same_day(uow, row.id_number, found_on, row.id)
        if problems:
            raise RuleError(problems)
        assert found_on is not None  # check_declaration refuses an empty day
        before = _audit(row)
        row.found_on, row.what = found_on, what.strip()
        uow.session.flush()
        uow.audit("integrity_declaration", row.id, "correct", before, _audit(row) | {"reason": reason.strip()})
        _renumber(uow, row.id_number)
        uow.commit()
        return _info(row)


def remove_declaration(uow: UnitOfWork, declaration_id: int, reason: str) -> None:
    """Remove a declaration recorded in error (or overturned), with the reason; the audit row
    keeps what it said. The person's later declarations are worked out again."""
    uow.require(Role.CLERK)
    with uow:
        row = _get(uow, declaration_id)
        problems = rules.check_reason(reason)
        if problems:
            raise RuleError(problems)
        number = row.id_number
        uow.audit("integrity_declaration", row.id, "remove", _audit(row), {"reason": reason.strip()})
        uow.session.delete(row)
        uow.session.flush()
        _renumber(uow, number)
        uow.commit()


def listed(uow: UnitOfWork, today: dt.date | None = None, *, include_ended: bool = False) -> list[ListedPerson]:
    """Persons on the blacklist on ``today`` (or ever, with ``include_ended``), the bar ending last first."""
    today = today or dt.date.today()
    with uow:
        s = uow.session
        stmt = (select(FalseDeclaration.id_number, func.max(FalseDeclaration.bar_ends),
                       func.count(), func.max(FalseDeclaration.found_on))
                .where(FalseDeclaration.bar_ends.is_not(None))
                .group_by(FalseDeclaration.id_number))
        rows = s.execute(stmt).all()
        counts = dict(s.execute(select(FalseDeclaration.id_number, func.count())
                                .group_by(FalseDeclaration.id_number)).all())
        names = dict(s.execute(select(FalseDeclaration.id_number, FalseDeclaration.name)
                               .order_by(FalseDeclaration.id)).all())  # the latest name wins
    out = [ListedPerson(number, names.get(number, ""), counts.get(number, 0), last, _date(ends))
           for number, ends, _n, last in rows]
    if not include_ended:
        out = [p for p in out if p.barred_on(today)]
    return sorted(out, key=lambda p: (p.bar_ends, p.id_number), reverse=True)


def person(uow: UnitOfWork, id_number: str, today: dt.date | None = None) -> PersonRecord:
    """A person's 诚信档案: every false declaration found and the bar in force. A number that is
    not a valid ID number is refused (RuleError): looked up with a character wrong, a barred
    person would read as having a clean record."""
    today = today or dt.date.today()
    from dibao_desk.domain import idcard

    parsed, problems = idcard.parse(id_number or "", today=today, field="id_number")
    errors = [p for p in problems if p.severity == "error"]
    if errors or parsed is None:
        raise RuleError(errors or [Problem("id.empty", "id_number")])
    number = parsed.number
    with uow:
        rows = uow.session.scalars(select(FalseDeclaration).where(FalseDeclaration.id_number == number)
                                   .order_by(FalseDeclaration.found_on, FalseDeclaration.id)).all()
        infos = tuple(_info(r) for r in rows)
    name = infos[-1].name if infos else ""
    return PersonRecord(number, name, infos, rules.barred_until((d.bar_ends for d in infos), today))


def barred_members(session: Session, household_id: int, on: dt.date) -> list[tuple[str, str, dt.date]]:
    """(name, ID number, bar ends) of each member of the household barred on ``on``."""
    rows = session.execute(
        select(Member.name, Member.id_number, func.max(FalseDeclaration.bar_ends))
        .join(FalseDeclaration, FalseDeclaration.id_number == Member.id_number)
        .where(Member.household_id == household_id, FalseDeclaration.bar_ends > on)
        .group_by(Member.id, Member.name, Member.id_number).order_by(Member.id)).all()
    return [(name, number, _date(ends)) for name, number, ends in rows]


def application_problems(session: Session, household_id: int, on: dt.date) -> list[Problem]:
    """Why an application of the household cannot be received on ``on``: a member on the blacklist."""
    return [Problem("registers.barred", "members", {"name": name, "id_number": number,
                                                   "until": ends.isoformat()})
            for name, number, ends in barred_members(session, household_id, on)]


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
