"""一户一档: everything the office holds about one household, read in one session.

The household page shows what a 花名册 row and the paper folder give: the household and its
members, incomes, property and supporters; the benefit now and the ledger month by month with
its 补发/追回; each case with its dated steps; reviews done and the next one due; open
proposals; linked assistance; the integrity registers that name it (备案, complaints, warnings,
events, 诚信档案); and the documents filed with it. Each section is read by the service that
owns it, all inside one unit of work, so the page costs one session and a query or two a section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, CrossCheckWarning, FalseDeclaration, Household, Member, Proposal
from dibao_desk.services import (
    assistance, blacklist, complaints, events, exchange, household_files, households, ledger, procedure, procedure_store,
    proposals, relatives, reviews,
)
from dibao_desk.services.reviews_results import ReviewInfo, ScheduleInfo
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class CaseHistory:
    """One application, change or cancellation with every step as recorded, in order."""

    info: procedure.CaseInfo
    steps: tuple[procedure.StepInfo, ...]
    closed_on: dt.date | None
    refused_reason: str


@dataclass(frozen=True)
class HouseholdPage:
    detail: households.HouseholdDetail
    certificate: str  # the number of its valid 低保证, "" without one
    ledger: ledger.HouseholdLedger
    cases: tuple[CaseHistory, ...]  # newest first
    reviews: tuple[ReviewInfo, ...]  # newest first
    schedule: ScheduleInfo | None  # the next review due
    proposals: tuple[proposals.ProposalInfo, ...]  # newest first
    assistance: tuple[assistance.AssistanceInfo, ...]
    filings: tuple[relatives.FilingMark, ...]  # 近亲属备案: members who are relatives of staff or cadres
    complaints: tuple[complaints.ComplaintInfo, ...]
    warnings: tuple[exchange.WarningInfo, ...]  # the county's cross-check warnings
    events: tuple[events.EventRow, ...]
    declarations: tuple[blacklist.DeclarationInfo, ...]  # 诚信档案 entries of its members
    files: tuple[household_files.FileInfo, ...]
    today: dt.date  # the day it was read on (its income, the review due), the day what it prints is dated

    @property
    def head_name(self) -> str:
        members = self.detail.draft.present_only().members or self.detail.draft.members  # a dead head is no more head
        return next((m.name for m in members if m.relation == "head"), members[0].name if members else "")


def page(uow: UnitOfWork, household_id: int, today: dt.date) -> HouseholdPage:
    """The household's page on ``today`` (the program's clock); RuleError household.missing when
    there is no such household."""
    with uow:
        s = uow.session
        if s.get(Household, household_id) is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        detail = households.get(uow, household_id, today)
        cert = s.execute(select(households.SORT_COLUMNS["certificate"].label("number"))
                         .select_from(Household).where(Household.id == household_id)).scalar()
        book = ledger.household_ledger(uow, household_id, today)
        case_rows = s.scalars(select(Case).where(Case.household_id == household_id)
                              .order_by(Case.opened_on.desc(), Case.id.desc())).all()
        cases = tuple(CaseHistory(procedure_store._info(c), tuple(procedure_store._step_info(r) for r in
                                                            sorted(c.steps, key=lambda r: (r.step, r.id))),
                                  c.closed_on, c.refused_reason) for c in case_rows)
        done = tuple(reviews.reviews_of(uow, household_id))
        schedule = reviews.schedule_of(uow, household_id)
        props = tuple(proposals._info(p) for p in s.scalars(
            select(Proposal).where(Proposal.household_id == household_id)
            .order_by(Proposal.opened_on.desc(), Proposal.id.desc())))
        given = tuple(assistance.list_for(uow, household_id))
        filings = tuple(relatives.marks(s, household_id))
        told = tuple(complaints.list_complaints(uow, household_id=household_id))
        numbers = list(s.scalars(select(Member.id_number).where(Member.household_id == household_id)))
        warned = tuple(exchange._warning_info(w) for w in s.scalars(
            select(CrossCheckWarning).where(or_(CrossCheckWarning.household_id == household_id,
                                                CrossCheckWarning.id_number.in_(numbers)))
            .order_by(CrossCheckWarning.answer_by, CrossCheckWarning.id)))
        happened = tuple(events.list_events(uow, household_id=household_id))
        declared = tuple(blacklist._info(d) for d in s.scalars(
            select(FalseDeclaration).where(or_(FalseDeclaration.household_id == household_id,
                                               FalseDeclaration.id_number.in_(numbers)))
            .order_by(FalseDeclaration.found_on.desc(), FalseDeclaration.id.desc())))
        files = tuple(household_files.list_files(uow, household_id))
    return HouseholdPage(detail, cert or "", book, cases, done, schedule, props, given, filings, told, warned,
                         happened, declared, files, today)
