"""A democratic review opened (民主评议已开启) and not yet recorded reads as under review, from
the day it was opened, on the case page and on the household page: not "公示中" (on notice),
which it is not."""

from __future__ import annotations

import datetime as dt

from dibao_desk.services import household_page
from dibao_desk.services import procedure as proc
from tests.helpers import walk_case

D = dt.date
P = "王经办"


def _review_opened(ctx, make_household) -> tuple[int, int]:
    h = make_household(wages_fen=20000)
    on = D(2026, 11, 2)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 4), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 4))
    proc.open_review(ctx.uow(), case_id, D(2026, 11, 6), "村委会", "村民代表 9 人", "村主任", D(2026, 11, 6))
    return case_id, h.id


def test_the_case_page_says_a_review_opened_is_under_review(qtbot, ctx, make_household):
    from dibao_desk.ui.widgets.case_page import CasePage

    case_id, _hid = _review_opened(ctx, make_household)
    page = CasePage()
    qtbot.addWidget(page)
    page.show_case(proc.get_case(ctx.uow(), case_id, D(2026, 11, 7)))
    row = page.grid.getItemPosition(page.grid.indexOf(page.findChild(type(page.title), "mark3")))[0]
    texts = [page.grid.itemAtPosition(row, col).widget().text() for col in range(1, 5)]
    assert texts == ["3. 民主评议", "2026-11-06", "村主任", "评议中"]


def test_the_household_page_says_a_review_opened_is_under_review(qtbot, ctx, make_household):
    from dibao_desk.ui.widgets.household_sections import CasesSection

    _case_id, hid = _review_opened(ctx, make_household)
    section = CasesSection()
    qtbot.addWidget(section)
    section.show_page(household_page.page(ctx.uow(), hid, D(2026, 11, 7)))
    rows = section.steps.texts()
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("申请受理", "2026-11-02", "通过"), ("调查核实", "2026-11-04", "通过"), ("民主评议", "2026-11-06", "评议中")]


def test_a_set_aside_notice_over_new_year_is_listed_with_its_years(qtbot, ctx, make_household):
    """The case page's 此前的记录 said a 二榜 notice set aside by a return as "12-28 至 01-04":
    no year, and the end read as before the start. It is said as the timeline says a notice."""
    from dibao_desk.ui.widgets.case_page import CasePage

    h = make_household(wages_fen=20000)
    on = D(2026, 11, 30)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, on)
    detail, _day = walk_case(ctx, case_id, D(2026, 12, 1), until=7)
    proc.start_notice(ctx.uow(), case_id, 7, D(2026, 12, 28), P, D(2026, 12, 28))
    proc.record_step(ctx.uow(), case_id, 7, {"on": D(2027, 1, 4), "person": P}, D(2027, 1, 4))
    proc.return_to_review(ctx.uow(), case_id, D(2027, 1, 5), "拟定类别有误", D(2027, 1, 5))
    page = CasePage()
    qtbot.addWidget(page)
    page.show_case(proc.get_case(ctx.uow(), case_id, D(2027, 1, 5)))
    lines = page.history.text().splitlines()
    assert lines[0] == "此前的记录（已退回，不再有效）："
    assert "7. 二榜公示　2026-12-28 至 2027-01-04　王经办　通过" in lines
