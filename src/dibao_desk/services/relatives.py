"""近亲属备案: handling staff and village cadres, and the close relatives they register.

A household with a registered relative among its members is marked 备案 wherever it is
shown (``filed_household_ids``, ``filings_of``), and nobody registered as that relative's
staff member or cadre may record a step of its case (``step_person_problems``, 回避).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import FilingRelative, FilingStaff, Household, Member, Village
from dibao_desk.models import registers as queries
from dibao_desk.models.dialect import code_point
from dibao_desk.services import blacklist
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class RelativeInfo:
    id: int
    staff_id: int
    staff_name: str
    staff_id_number: str
    role: str  # StaffRole
    village: str  # the cadre's village ("" for handling staff)
    post: str
    name: str
    id_number: str
    relation: str  # Relation
    registered_on: dt.date
    note: str
    household_id: int | None  # the household the relative is a member of in this store
    head_name: str
    household_status: str


@dataclass(frozen=True)
class FilingMark:
    """Why a household is marked 备案: one registered relative among its members."""

    member_name: str
    member_id_number: str
    staff_name: str
    role: str
    relation: str


def add_relative(uow: UnitOfWork, *, staff_id_number: str, staff_name: str, role: str,
                 id_number: str, name: str, relation: str, village_id: int | None = None, post: str = "",
                 registered_on: dt.date | None = None, note: str = "",
                 today: dt.date | None = None) -> RelativeInfo:
    """Register a close relative of a staff member or cadre (the staff member is registered with
    the first relative). A relative the same staff member registered already is refused."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    registered_on = registered_on or today
    staff_number, number, problems = rules.check_relative(
        staff_id_number, staff_name, role, village_id is not None, id_number, name, relation, today)
    problems += rules.check_registered_on(registered_on, staff_number, number, today)
    problems += rules.check_lengths(post=post)
    with uow:
        s = uow.session
        if village_id is not None and s.get(Village, village_id) is None:
            problems.append(Problem("registers.village_missing", "village", {"id": village_id}))
        problems += blacklist.recorded_name_problems(s, number, name, "name")
        if problems:
            raise RuleError(problems)
        staff = s.scalars(select(FilingStaff).where(FilingStaff.id_number == staff_number)).first()
        if staff is None:
            staff = FilingStaff(id_number=staff_number, name=staff_name.strip(), role=role,
                                village_id=village_id if role == rules.StaffRole.VILLAGE_CADRE else None,
                                post=post.strip())
            s.add(staff)
            s.flush()
            uow.audit("filing_staff", staff.id, "create", None, _staff_audit(staff))
        elif staff.name != staff_name.strip() or staff.role != role:
            raise RuleError(Problem("registers.staff_differs", "staff_id_number", {
                "id_number": staff_number, "name": staff.name,
                "role": role if staff.role == role else staff.role}))
        dup = s.scalars(select(FilingRelative).where(FilingRelative.staff_id == staff.id,
                                                     FilingRelative.id_number == number)).first()
        if dup is not None:
            raise RuleError(Problem("registers.duplicate_relative", "id_number", {
                "name": dup.name, "id_number": number, "staff": staff.name,
                "registered_on": dup.registered_on.isoformat()}))
        row = FilingRelative(staff=staff, id_number=number, name=name.strip(), relation=relation,
                             registered_on=registered_on, note=note.strip(), recorded_by=uow.operator)
        s.add(row)
        s.flush()
        uow.audit("filing_relative", row.id, "create", None, {
            "staff_id": staff.id, "staff_name": staff.name, "id_number": number, "name": row.name,
            "relation": relation, "registered_on": registered_on, "note": row.note})
        uow.commit()
        return _infos(s, [row])[0]


def _relative_audit(r: FilingRelative) -> dict[str, Any]:
    return {"staff_id": r.staff_id, "staff_name": r.staff.name, "id_number": r.id_number, "name": r.name,
            "relation": r.relation, "registered_on": r.registered_on, "note": r.note}


def _get(uow: UnitOfWork, relative_id: int) -> FilingRelative:
    row = uow.session.get(FilingRelative, relative_id)
    if row is None:
        raise RuleError(Problem("registers.relative_missing", "id", {"id": relative_id}))
    return row


def edit_relative(uow: UnitOfWork, relative_id: int, *, name: str, relation: str, registered_on: dt.date | None,
                  note: str, reason: str, today: dt.date) -> RelativeInfo:
    """Correct a registration's name, relation, day or note, with the reason (audited), on
    ``today`` (the program's clock: no registration dated after it). The ID numbers are what
    marks households: a wrong one is removed and registered again."""
    uow.require(Role.CLERK)
    with uow:
        s = uow.session
        row = _get(uow, relative_id)
        st = row.staff
        _a, _b, problems = rules.check_relative(st.id_number, st.name, st.role, st.village_id is not None,
                                                row.id_number, name, relation, today)
        problems += rules.check_registered_on(registered_on, st.id_number, row.id_number, today)
        problems += rules.check_reason(reason)
        problems += blacklist.recorded_name_problems(s, row.id_number, name, "name")
        if problems or registered_on is None:
            raise RuleError(problems)
        before = _relative_audit(row)
        row.name, row.relation, row.registered_on, row.note = name.strip(), relation, registered_on, note.strip()
        s.flush()
        uow.audit("filing_relative", row.id, "correct", before, _relative_audit(row) | {"reason": reason.strip()})
        uow.commit()
        return _infos(s, [row])[0]


def edit_staff(uow: UnitOfWork, staff_id: int, *, name: str, role: str, village_id: int | None, post: str,
               reason: str) -> None:
    """Correct a staff member's or cadre's name, kind, village or post, with the reason (audited).
    The ID number is what the 回避 check matches: a wrong one is removed and registered again."""
    uow.require(Role.CLERK)
    with uow:
        s = uow.session
        st = s.get(FilingStaff, staff_id)
        if st is None:
            raise RuleError(Problem("registers.staff_missing", "id", {"id": staff_id}))
        problems = []
        if not name.strip():
            problems.append(Problem("registers.staff_name_empty", "staff_name"))
        problems += rules.check_lengths(staff_name=name, post=post)
        if role not in rules.StaffRole.__members__.values():
            problems.append(Problem("registers.role", "role", {"value": role}))
        elif role == rules.StaffRole.VILLAGE_CADRE and village_id is None:
            problems.append(Problem("registers.cadre_village", "village"))
        if village_id is not None and s.get(Village, village_id) is None:
            problems.append(Problem("registers.village_missing", "village", {"id": village_id}))
        problems += rules.check_reason(reason)
        if problems:
            raise RuleError(problems)
        before = _staff_audit(st)
        st.name, st.role, st.post = name.strip(), role, post.strip()
        st.village_id = village_id if role == rules.StaffRole.VILLAGE_CADRE else None
        s.flush()
        uow.audit("filing_staff", st.id, "correct", before, _staff_audit(st) | {"reason": reason.strip()})
        uow.commit()


def remove_relative(uow: UnitOfWork, relative_id: int, reason: str) -> None:
    """Remove a registration (recorded in error, or the relation ended), with the reason; the
    household is no longer marked 备案 by it. A staff member left with no relative goes too."""
    uow.require(Role.CLERK)
    with uow:
        s = uow.session
        row = _get(uow, relative_id)
        problems = rules.check_reason(reason)
        if problems:
            raise RuleError(problems)
        staff = row.staff
        uow.audit("filing_relative", row.id, "remove", _relative_audit(row), {"reason": reason.strip()})
        staff.relatives.remove(row)
        s.flush()
        if not staff.relatives:
            uow.audit("filing_staff", staff.id, "remove", _staff_audit(staff), {"reason": reason.strip()})
            s.delete(staff)
        uow.commit()


def list_relatives(uow: UnitOfWork, *, year: int | None = None, village_id: int | None = None) -> list[RelativeInfo]:
    """Every registration (registered in ``year``, of cadres of ``village_id``), by staff then relative."""
    with uow:
        s = uow.session
        stmt = (select(FilingRelative).join(FilingStaff, FilingStaff.id == FilingRelative.staff_id)
                .order_by(FilingStaff.role, code_point(FilingStaff.name), FilingRelative.id))
        if year is not None:
            stmt = stmt.where(FilingRelative.registered_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        if village_id is not None:
            stmt = stmt.where(FilingStaff.village_id == village_id)
        return _infos(s, list(s.scalars(stmt)))


def _infos(s: Session, rows: list[FilingRelative]) -> list[RelativeInfo]:
    villages: dict[int | None, str] = dict(s.execute(select(Village.id, Village.name)).all())
    numbers = [r.id_number for r in rows]
    homes: dict[str, tuple[int | None, str, str]] = {}
    if numbers:
        for number, home_id, head, status in s.execute(
                select(Member.id_number, Household.id, Household.head_name, Household.status)
                .join(Household, Household.id == Member.household_id).where(Member.id_number.in_(numbers))):
            homes[number] = (home_id, head, status)
    out = []
    for r in rows:
        st = r.staff
        hid, head, status = homes.get(r.id_number, (None, "", ""))
        out.append(RelativeInfo(r.id, st.id, st.name, st.id_number, st.role, villages.get(st.village_id, ""),
                                st.post, r.name, r.id_number, r.relation, r.registered_on, r.note, hid, head,
                                status))
    return out


def filed_household_ids(uow: UnitOfWork, household_ids: Iterable[int] | None = None) -> set[int]:
    """Of ``household_ids`` (or all households), those marked 备案."""
    with uow:
        return queries.filed_household_ids(uow.session, household_ids)


def filings_of(uow: UnitOfWork, household_id: int) -> list[FilingMark]:
    """Why the household is marked 备案 (empty: it is not)."""
    with uow:
        return marks(uow.session, household_id)


def marks(session: Session, household_id: int) -> list[FilingMark]:
    """``filings_of`` inside another service's open session."""
    return [FilingMark(member, number, r.staff.name, r.staff.role, r.relation)
            for member, number, r in queries.filings_of_household(session, household_id)]


def step_person_problems(session: Session, household_id: int, person: str) -> list[Problem]:
    """回避: the person recording a step may not be a staff member or cadre who registered a
    member of the household as a close relative. ``person`` may name several people (王五、李四:
    two who visited); each is checked, and a name is matched as stored (spaces, the dot)."""
    if not person.strip():
        return []
    return [Problem("registers.conflict_of_interest", "person", {
                "person": r.staff.name, "member": member, "relation": r.relation})
            for member, _number, r in queries.filings_of_household(session, household_id)
            if rules.named_in(person, r.staff.name)]


def step_person_problems_of(session: Session, household_ids: Iterable[int], person: str) -> dict[int, list[Problem]]:
    """``step_person_problems`` for many households in one query per 500: household id ->
    its problems (a household without any is left out)."""
    person = person.strip()
    found: dict[int, list[Problem]] = {}
    ids = sorted(set(household_ids))
    if not person:
        return found
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(Member.household_id, Member.name, FilingRelative.relation, FilingStaff.name)
            .join(FilingRelative, FilingRelative.id_number == Member.id_number)
            .join(FilingStaff, FilingStaff.id == FilingRelative.staff_id)
            .where(Member.household_id.in_(ids[i:i + 500]))
            .order_by(Member.id, FilingRelative.id))
        # The same rule as step_person_problems: each name the field holds is checked.
        for household_id, member, relation, staff in rows:
            if rules.named_in(person, staff):
                found.setdefault(household_id, []).append(Problem("registers.conflict_of_interest", "person", {
                    "person": staff, "member": member, "relation": relation}))
    return found


def _staff_audit(st: FilingStaff) -> dict[str, Any]:
    return {"id_number": st.id_number, "name": st.name, "role": st.role, "village_id": st.village_id,
            "post": st.post}


def print_filing_table(uow: UnitOfWork, year: int, out: str | Path, today: dt.date) -> Any:
    """The yearly 备案表 as a PDF at ``out`` (written whole or not at all), dated ``today`` (the
    program's clock)."""
    from dibao_desk import messages
    from dibao_desk.printing import filing_table
    from dibao_desk.services import printing

    head = printing.heading(uow)
    rows = [filing_table.FilingRow(
        r.staff_name, messages.label("staff_role", r.role), "　".join(x for x in (r.village, r.post) if x),
        r.name, messages.label("kin_relation", r.relation), r.id_number,
        f"{r.household_id} {r.head_name}" if r.household_id else "",
        messages.label("status", r.household_status) if r.household_id else "", r.registered_on)
        for r in list_relatives(uow, year=year)]
    doc = filing_table.document(head.title, head.signer, year, rows, today)
    path, info = printing.write_atomically(out, lambda tmp: filing_table.render(tmp, doc), uow)
    return printing.PrintResult(path, doc.title, info.pages, len({r.household for r in rows if r.household}),
                                missing_chars=tuple(info.missing), texts_with_missing=tuple(info.texts_with_missing))
