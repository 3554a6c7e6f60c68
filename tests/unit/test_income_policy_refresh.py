"""The household list's income columns follow a policy set dated in the future on the day it
comes into force: recomputed in one pass when the store is opened on or after that day."""

from __future__ import annotations

import datetime as dt
import types
from dataclasses import replace

from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.models import Household
from dibao_desk.services import context, households, policy
from tests.helpers import make_id, simple_draft

NEW_YEARS_EVE = dt.date(2026, 12, 31)
NEW_YEAR = dt.date(2027, 1, 1)


def _clock(monkeypatch, day: dt.date) -> None:
    class _Day(dt.date):
        @classmethod
        def today(cls) -> dt.date:  # type: ignore[override]
            return day

    monkeypatch.setattr(context, "dt", types.SimpleNamespace(date=_Day))


def _declaring(ctx, villages) -> int:
    """1000 元 wages of an employed head, 300 元 deduction declared, two persons."""
    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    return households.save(ctx.uow(), draft, today=NEW_YEARS_EVE).id


def _columns(ctx, hid: int) -> tuple[int, int]:
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        return h.income_fen, h.per_capita_fen


def test_a_set_dated_1_january_counts_in_the_list_from_the_first_opening_that_day(ctx, villages, monkeypatch):
    hid = _declaring(ctx, villages)
    figures = policy.require_policy(ctx.uow(), NEW_YEARS_EVE).figures
    policy.add_policy_set(ctx.uow(), NEW_YEAR, replace(figures, employment_deduction_per_member_fen=20000),
                          "2027 年提高就业成本扣减", today=NEW_YEARS_EVE)
    # 31 December: the example set (100 元 an employed member) is still in force
    assert _columns(ctx, hid) == (90000, 45000)
    _clock(monkeypatch, NEW_YEARS_EVE)
    ctx.reopen()
    assert _columns(ctx, hid) == (90000, 45000)
    # 1 January: the new set allows 200 元: 1000 元 − 200 元 = 800 元, 400 元 a person
    _clock(monkeypatch, NEW_YEAR)
    ctx.reopen()
    assert _columns(ctx, hid) == (80000, 40000)
    assert households.refresh_income_columns_if_due(ctx.uow(), NEW_YEAR) is None  # counted once
    assert households.refresh_income_columns_if_due(ctx.uow(), NEW_YEARS_EVE) == 1  # the clock set back


def test_the_recomputing_at_opening_is_skipped_when_the_columns_are_up_to_date(ctx, villages, monkeypatch):
    hid = _declaring(ctx, villages)
    calls = []
    real = households.refresh_counted_incomes
    monkeypatch.setattr(households, "refresh_counted_incomes", lambda s, d: calls.append(d) or real(s, d))
    _clock(monkeypatch, NEW_YEARS_EVE)
    ctx.reopen()
    ctx.reopen()
    assert calls == [] and _columns(ctx, hid) == (90000, 45000)
