"""Two clerks at once on one store: what the second one saves on an older reading is refused
with a message naming what changed; nothing is recorded twice, nothing lost."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import CaseStep
from dibao_desk.services import procedure as proc, procedure_record
from tests.concurrency import interleaved, second_clerk
from tests.unit.test_procedure import D, receive, walk

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)


def _refused_cleanly(outcome) -> list[str]:
    """The codes of a refusal (a RuleError the window shows in words); a database error fails."""
    assert isinstance(outcome.error, RuleError), repr(outcome.error)
    return [p.code for p in outcome.error.problems]


def test_the_township_review_recorded_by_two_clerks_at_once_is_recorded_once(ctx, make_household, monkeypatch):
    hid = make_household(wages_fen=20000).id
    case = receive(ctx, hid).info
    walk(ctx, case.id, 6)
    data = {"on": D(2026, 11, 16), "person": "分管镇长", "category": "class2", "monthly_fen": 31200,
            "amount_reason": "村评议核定"}
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, procedure_record, "_state",
                           lambda: proc.record_step(ctx.uow(), case.id, 6, data, D(2026, 11, 16)),
                           lambda: proc.record_step(other.uow(), case.id, 6, data | {"monthly_fen": 30000},
                                                    D(2026, 11, 16)))
    # PostgreSQL: A holds the case, B waits and reads A's record; SQLite: B's commit comes first
    # and A's write, on its older reading, is run again and reads B's record.
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["procedure.step_done"]
    assert "第 6 步（乡镇政府审核）已由“分管镇长”于 2026-11-16 办理" in messages.text(refused.error.problems[0])
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(CaseStep).where(
            CaseStep.case_id == case.id, CaseStep.step == 6)) == 1
    detail = proc.get_case(ctx.uow(), case.id)
    assert detail.next_step == 7
    assert detail.current[6].data["monthly_fen"] == saved.value.current[6].data["monthly_fen"]
