"""Roles in the registers, the certificate and the proposals: a 审核人 cannot record what
only a 经办人 records, and nothing is written when refused (the service checks, not only
the window)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Certificate, Complaint, FalseDeclaration, FilingRelative, Proposal, ReviewEvent
from dibao_desk.services import blacklist, certificate, complaints, events, proposals, relatives
from dibao_desk.services.uow import UnitOfWork
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import set_receiving

D = dt.date
TODAY = D(2026, 11, 30)


def as_(ctx, *roles: Role) -> UnitOfWork:
    return UnitOfWork(ctx.store.sessions, "某人", frozenset(roles))


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def actions(ctx, villages, household_id):
    return [
        (FalseDeclaration, lambda uow: blacklist.record_false_declaration(
            uow, make_id("19800101", 51), "钱某", D(2026, 11, 2), "隐瞒存款", today=TODAY)),
        (FilingRelative, lambda uow: relatives.add_relative(
            uow, staff_id_number=make_id("19700101", 31), staff_name="赵村长", role="village_cadre",
            village_id=villages["东风村"], post="村主任", id_number=make_id("19950505", 41), name="赵小明",
            relation="child", registered_on=D(2026, 3, 1), today=TODAY)),
        (Complaint, lambda uow: complaints.add_complaint(
            uow, received_on=D(2026, 11, 2), channel="box", household_id=household_id,
            description="家中有车", today=TODAY)),
        (ReviewEvent, lambda uow: events.add_event(uow, household_id, "relocation", D(2026, 11, 1),
                                                      today=TODAY)),
        (Certificate, lambda uow: certificate.issue(uow, household_id, "new", D(2026, 11, 30), TODAY)),
        (Proposal, lambda uow: proposals.open_proposal(uow, household_id, ProposalKind.CROSSCHECK, "隐瞒存款",
                                                       D(2027, 1, 1), opened_on=TODAY, cancel=True)),
    ]


@pytest.mark.parametrize("which", range(6))
def test_a_reviewer_is_refused_and_a_clerk_records(ctx, villages, make_household, which):
    hh = make_household()
    set_receiving(ctx, hh.id)
    model, act = actions(ctx, villages, hh.id)[which]
    with pytest.raises(RuleError) as refused:
        act(as_(ctx, Role.REVIEWER))
    assert [p.code for p in refused.value.problems] == ["account.forbidden.clerk"]
    assert count(ctx, model) == 0
    act(as_(ctx, Role.CLERK))
    assert count(ctx, model) >= 1


def test_answering_a_complaint_needs_a_clerk(ctx, make_household):
    hh = make_household()
    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 2), channel="phone", household_id=hh.id,
                                 description="家中有车", today=TODAY)
    with pytest.raises(RuleError):
        complaints.answer_complaint(as_(ctx, Role.REVIEWER), c.id, finding="unfounded", investigation="入户核查",
                                    answer="经查不属实", answered_on=TODAY, today=TODAY)
    assert complaints.get_complaint(ctx.uow(), c.id).status == "open"
    done = complaints.answer_complaint(as_(ctx, Role.CLERK), c.id, finding="unfounded", investigation="入户核查",
                                       answer="经查不属实", answered_on=TODAY, today=TODAY)
    assert done.status != "open"


def test_a_new_standard_batch_needs_a_clerk_or_an_administrator(ctx):
    with pytest.raises(RuleError) as refused:
        proposals.propose_standard(as_(ctx, Role.REVIEWER), D(2027, 1, 1), TODAY)
    assert refused.value.problems[0].code == "account.forbidden.clerk"
