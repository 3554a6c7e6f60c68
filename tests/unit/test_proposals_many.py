"""``proposals.propose_many`` (a roster's update proposes a thousand amounts at once) writes what
``propose`` called for each household in turn writes: the same cases, proposals, items and audit
rows, with the same ids, and leaves out the households ``propose`` would refuse."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.models import Household
from dibao_desk.services import ledger, procedure_open, proposals
from tests.conftest import make_id

TABLES = ("procedure_case", "proposal", "proposal_item", "audit_log")
TIMES = {"at", "created_at", "updated_at", "recorded_at", "prev_hash", "row_hash"}  # when, not what


def _rows(uow) -> dict[str, list[tuple]]:
    uow.session.flush()
    out = {}
    for table in TABLES:
        result = uow.session.execute(text(f"SELECT * FROM {table} ORDER BY id"))
        keep = [k for k, name in enumerate(result.keys()) if name not in TIMES]
        out[table] = [tuple(row[k] for k in keep) for row in result]
    return out


def _one_by_one(uow, wanted, month, today, source):
    """What the roster's commit did before propose_many: can_open_here, then propose, each in turn."""
    left = []
    with uow.session.no_autoflush:
        for w in wanted:
            try:
                procedure_open.can_open_here(uow, w.household_id, CaseKind.CHANGE, w.reason, today)
                proposals.propose(uow, w.household_id, ProposalKind.ROSTER_CHANGE, w.reason, month,
                                  opened_on=today, category=w.category, amount_fen=w.amount_fen, source=source)
            except RuleError:
                left.append(w.household_id)
    return left


@pytest.mark.parametrize("today", [dt.date(2026, 11, 30), dt.date(2026, 12, 31)])
def test_many_proposals_at_once_are_the_rows_of_one_by_one(ctx, make_household, today):
    homes = [make_household(head=f"户主{k}", head_id=make_id("19600315", 11 + 2 * k), wages_fen=0).id
             for k in range(12)]
    with ctx.uow() as uow:
        for k, hid in enumerate(homes):
            h = uow.session.get(Household, hid)
            if k != 10:  # household 10 stays registered: not receiving, no proposal
                h.status, h.category, h.monthly_benefit_fen = "receiving", "class3", 45000 + 100 * k
                h.benefit_start = dt.date(2026, 3, 1)
        uow.commit()
    ledger.build(ctx.uow(), today)
    busy = homes[9]  # a change of its own already open: left for the operator
    procedure_open.open_case(ctx.uow(), busy, CaseKind.CHANGE, "本户申请变更", today,
                             after={"monthly_benefit_fen": 30000})
    month = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
    wanted = [proposals.Wanted(hid, f"花名册 二月.xlsx 第{k}户：二类 500 元", "class2" if k % 3 == 0 else None,
                               50000 + k) for k, hid in enumerate(homes[:9])]
    wanted += [proposals.Wanted(busy, "花名册：变更", None, 52000),
               proposals.Wanted(homes[10], "花名册：变更", None, 52000),
               proposals.Wanted(homes[11], "花名册：金额相同", "class3", 45000 + 1100),  # nothing changes
               proposals.Wanted(homes[2], "花名册：同一户又列一次", None, 53000),  # its case is opened just above
               proposals.Wanted(homes[3], "   ", None, 53000)]  # no reason
    source = "roster:二月.xlsx"

    with ctx.uow() as uow:
        left_one = _one_by_one(uow, wanted, month, today, source)
        one = _rows(uow)
    with ctx.uow() as uow:  # the same store again (the unit of work above was rolled back)
        made, left_many = proposals.propose_many(uow, ProposalKind.ROSTER_CHANGE, month, wanted, opened_on=today,
                                                 source=source)
        many = _rows(uow)

    assert left_many == left_one == [busy, homes[10], homes[11], homes[2], homes[3]]
    assert [r[:3] for r in many["proposal"] if r[0] in made] == [
        (pid, "roster_change", hid) for pid, hid in zip(made, homes[:9])]
    for table in TABLES:
        assert many[table] == one[table], table
    new_cases = [r for r in many["procedure_case"] if r[1] in homes[:9]]
    assert len(new_cases) == 9 and len(many["proposal_item"]) == 1 + 9  # the busy household's own, then these
    opened = [r for r in many["audit_log"] if r[2] in ("case", "proposal") and r[4] == "open"]
    assert len(opened) == 2 + 2 * 9  # the busy household's own case and proposal, then a case and a proposal each


def test_a_proposal_kind_that_is_a_batch_is_refused_before_anything_is_written(ctx):
    with ctx.uow() as uow, pytest.raises(RuleError):
        proposals.propose_many(uow, ProposalKind.STANDARD, dt.date(2027, 1, 1), [proposals.Wanted(1, "x")],
                               opened_on=dt.date(2026, 12, 31))


@pytest.mark.pg_store  # the RETURNING of the bulk INSERTs on PostgreSQL too (tests/pg.py)
def test_many_proposals_are_numbered_in_the_order_asked_and_each_runs_as_its_own_case(ctx, make_household):
    today = dt.date(2026, 12, 31)
    homes = [make_household(head=f"户主{k}", head_id=make_id("19600315", 11 + 2 * k), wages_fen=0).id
             for k in range(4)]
    with ctx.uow() as uow:
        for hid in homes:
            h = uow.session.get(Household, hid)
            h.status, h.category, h.monthly_benefit_fen = "receiving", "class3", 45000
        uow.commit()
    order = [homes[2], homes[0], homes[3], homes[1]]
    with ctx.uow() as uow:
        made, left = proposals.propose_many(
            uow, ProposalKind.ROSTER_CHANGE, dt.date(2027, 1, 1),
            [proposals.Wanted(hid, f"花名册：第{k}户", None, 50000 + k) for k, hid in enumerate(order)],
            opened_on=today, source="roster:一月.xlsx")
        uow.commit()
    assert left == [] and made == sorted(made)
    assert [proposals.get_proposal(ctx.uow(), pid).household_id for pid in made] == order
    rows = {r.household_id: r for r in proposals.list_proposals(ctx.uow(), today=today)}
    for k, hid in enumerate(order):
        p = proposals.get_proposal(ctx.uow(), made[k])
        assert (rows[hid].id, rows[hid].after_fen, rows[hid].before_fen, p.status) == (made[k], 50000 + k, 45000, "open")
        case = procedure_open.can_open(ctx.uow(), hid, CaseKind.CHANGE, today)
        assert [x.code for x in case] == ["procedure.case_exists"]
        assert case[0].params["case_id"] == p.case_id
