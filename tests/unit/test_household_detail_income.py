"""A household's income as its page, its printed forms and the list read it: the employment-cost
deduction the policy allows, not the one declared (which stays on the draft)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dibao_desk.domain.household import IncomeDraft, MemberDraft
from dibao_desk.services import household_page, households, printing
from tests.helpers import make_id, simple_draft

DAY = dt.date(2026, 11, 23)


def _declaring(ctx, villages) -> int:
    """1000 元 wages of an employed head, 300 元 deduction declared (the policy allows 100 元
    a working member), two persons."""
    draft = simple_draft(villages["东风村"], wages_fen=100000, employment_deduction_fen=30000,
                         extra_members=(MemberDraft("李梅", make_id("19620101", 22), "spouse"),))
    draft = replace(draft, members=(replace(draft.members[0], employment="employed"), draft.members[1]),
                    incomes=(IncomeDraft("wages", 100000, 0),))
    return households.save(ctx.uow(), draft, today=DAY).id


def test_the_detail_counts_the_allowed_deduction_and_keeps_the_declared_one(ctx, villages):
    hid = _declaring(ctx, villages)
    d = households.get(ctx.uow(), hid, DAY)
    assert (d.income.total_fen, d.income.deduction_fen, d.income.counted_fen, d.income.per_capita_fen) == (
        100000, 10000, 90000, 45000)  # (1000 − 100) / 2, as the list shows it
    assert d.draft.employment_deduction_fen == 30000  # as declared
    with ctx.uow() as uow:
        from dibao_desk.models import Household

        assert uow.session.get(Household, hid).per_capita_fen == d.income.per_capita_fen


def test_the_page_and_the_printed_form_read_the_allowed_figure(ctx, villages):
    hid = _declaring(ctx, villages)
    assert household_page.page(ctx.uow(), hid, DAY).detail.income.per_capita_fen == 45000
    data = printing.form_data(ctx.uow(), hid, today=DAY)
    assert (data.total_income_fen, data.counted_income_fen, data.per_capita_fen) == (100000, 90000, 45000)
