"""The integrity registers as sheets of the packages to the county (``exchange.registers_sheets``).

The roster package carries the registers as they stand at the end of its period; the cases
package marks the cases whose household includes a registered relative (备案), both in a
sheet of its own and in each case's evidence summary, which the county keeps and shows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dibao_desk import messages
from dibao_desk.domain import registers as rules
from dibao_desk.exchange import registers_sheets as fmt
from dibao_desk.exchange.package import SheetData
from dibao_desk.exchange.packages_out import word
from dibao_desk.models import (
    Complaint, FalseDeclaration, FilingRelative, FilingStaff, Household, Member, ReviewEvent, Village,
)
from dibao_desk.models import registers as queries
from dibao_desk.models.dialect import code_point
from dibao_desk.services.uow import UnitOfWork

ENTERED_EVENTS = tuple(str(k) for k in rules.EventKind)


def roster_sheets(uow: UnitOfWork, bounds: tuple[dt.date, dt.date]) -> list[SheetData]:
    """The four register sheets of a roster package for the period ``bounds``."""
    s = uow.session
    first, last = bounds
    declarations = [
        (d.id_number, d.name, _ref(d.household_id), d.found_on, d.what, word(fmt.DECLARATION_OUTCOMES, d.outcome),
         d.bar_ends or "")
        for d in s.scalars(select(FalseDeclaration).where(FalseDeclaration.found_on <= last)
                           .order_by(FalseDeclaration.found_on, FalseDeclaration.id))]
    homes = dict(s.execute(select(Member.id_number, Member.household_id)
                           .join(FilingRelative, FilingRelative.id_number == Member.id_number)).all())
    villages: dict[int | None, str] = dict(s.execute(select(Village.id, Village.name)).all())
    filings = [
        (st.name, st.id_number, word(fmt.STAFF_ROLES, st.role), villages.get(st.village_id, ""), st.post,
         r.name, r.id_number, word(fmt.RELATIONS, r.relation), r.registered_on, _ref(homes.get(r.id_number)))
        for r, st in s.execute(select(FilingRelative, FilingStaff)
                               .join(FilingStaff, FilingStaff.id == FilingRelative.staff_id)
                               .where(FilingRelative.registered_on <= last)
                               .order_by(code_point(FilingStaff.name), FilingRelative.id))]
    complaints = [
        (str(c.id), c.received_on, word(fmt.CHANNELS, c.channel), _complained_of(c), c.household_name,
         c.description, c.due_on, word(fmt.COMPLAINT_STATUSES, _status_on(c, last)),
         word(fmt.FINDINGS, c.finding if _status_on(c, last) == rules.ComplaintStatus.ANSWERED else ""),
         c.answered_on if c.answered_on and c.answered_on <= last else "")
        for c in s.scalars(select(Complaint).where(
            Complaint.received_on <= last,
            or_(Complaint.received_on >= first, Complaint.answered_on.is_(None), Complaint.answered_on > last))
            .order_by(Complaint.received_on, Complaint.id))]
    events = [
        (_ref(e.household_id), head, word(fmt.EVENT_KINDS, e.kind), e.on, e.detail)
        for e, head in s.execute(select(ReviewEvent, Household.head_name)
                                 .join(Household, Household.id == ReviewEvent.household_id)
                                 .where(ReviewEvent.kind.in_(ENTERED_EVENTS), ReviewEvent.on >= first,
                                        ReviewEvent.on <= last)
                                 .order_by(ReviewEvent.on, ReviewEvent.id))]
    return [SheetData(fmt.DECLARATIONS, declarations, len(declarations)),
            SheetData(fmt.FILINGS, filings, len(filings)),
            SheetData(fmt.COMPLAINTS, complaints, len(complaints)),
            SheetData(fmt.EVENTS, events, len(events))]


def case_marks(uow: UnitOfWork, cases: list[tuple[int, int]]) -> SheetData:
    """The ``备案标记`` sheet for (case id, household id) pairs."""
    rows = []
    for case_id, household_id in cases:
        for member, _number, r in queries.filings_of_household(uow.session, household_id):
            rows.append((str(case_id), str(household_id), member, r.staff.name, word(fmt.STAFF_ROLES, r.staff.role),
                         word(fmt.RELATIONS, r.relation)))
    return SheetData(fmt.FILING_MARKS, rows, len(rows))


def evidence_line(session: Session, household_id: int) -> str:
    """The 备案 words for a case's evidence summary ("" when the household is not marked)."""
    marks = queries.filings_of_household(session, household_id)
    return "；".join(messages.text("registers.evidence_filing", member=member, staff=r.staff.name,
                                   role=messages.label("staff_role", r.staff.role),
                                   relation=messages.label("kin_relation", r.relation))
                    for member, _number, r in marks)


def _complained_of(c: Complaint) -> str:
    """户编号 of a complaint: its household's number, or 已删除的家庭（户主 X） when an older
    version deleted the household (every complaint is received about one), so the county is
    not left with a blank number."""
    if c.household_id is None:
        return messages.text("household.deleted_ref", head=c.household_name)
    return str(c.household_id)


def _ref(household_id: int | None) -> str:
    return "" if household_id is None else str(household_id)


def _status_on(c: Complaint, day: dt.date) -> str:
    answered = c.status == rules.ComplaintStatus.ANSWERED and c.answered_on is not None and c.answered_on <= day
    return rules.ComplaintStatus.ANSWERED if answered else rules.ComplaintStatus.OPEN
