"""Each case keeps the household as it was decided: granted or refused, later edits do not
change it, and it reads back in words (the household page shows these lines)."""

import dataclasses
import datetime as dt

from dibao_desk import messages
from dibao_desk.domain.household import IncomeDraft
from dibao_desk.services import household_page, households
from dibao_desk.services import procedure as proc
from tests.unit.test_procedure import D, P, make_household, receive, walk  # noqa: F401 (fixture)


def test_a_grant_keeps_the_household_as_it_was_decided(ctx, make_household):
    h = make_household(head="张三")
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 11)
    snap = proc.get_case(ctx.uow(), case_id).info.decided
    assert (snap["decision"], snap["on"], snap["category"], snap["monthly_benefit_fen"]) == (
        "grant", "2026-12-04", "class2", 31200)
    assert [m["name"] for m in snap["members"]] == ["张三"]
    assert snap["income"]["total_fen"] == 20000 and snap["incomes"][0]["amount_fen"] == 20000

    # a later edit changes the household, not what the case was decided on
    d = households.get(ctx.uow(), h.id)
    households.save(ctx.uow(), dataclasses.replace(d.draft, incomes=(IncomeDraft("wages", 25000, 0),)),
                    household_id=h.id, today=dt.date(2027, 1, 5))
    page = household_page.page(ctx.uow(), h.id, today=dt.date(2027, 1, 5))
    kept = page.cases[0].info.decided
    assert kept["income"]["total_fen"] == 20000
    lines = messages.procedure.decided_lines(kept)
    assert lines[0] == "决定：批准（2026-12-04）"
    assert any("月保障金：312.00 元" in line for line in lines)
    assert any("张三" in line for line in lines)


def test_a_refusal_keeps_the_household_too(ctx, make_household):
    h = make_household(head="李四")
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 5)
    proc.refuse(ctx.uow(), case_id, 5, "人均收入高于保障标准", D(2026, 11, 15), P, D(2026, 11, 15))
    snap = proc.get_case(ctx.uow(), case_id).info.decided
    assert (snap["decision"], snap["on"], snap["status"]) == ("refuse", "2026-11-15", "refused")
    assert messages.procedure.decided_lines(snap)[0] == "决定：未通过（2026-11-15）"


def test_an_open_case_has_no_snapshot(ctx, make_household):
    h = make_household()
    assert receive(ctx, h.id).info.decided == {}
