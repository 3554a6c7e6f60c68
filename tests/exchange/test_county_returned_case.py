"""A case the township returns to its own review (退回乡镇审核) after a cases package carried it
to the county: the county cannot decide the old record, and takes the new class and amount when
the case is sent again."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.services import county, exchange, procedure
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg

TOWN = "360426100000"
D = dt.date


def _send(ctx, county_ctx, path, today):
    out = exchange.export_package(ctx.uow(), "cases", "2026-11", path, today=today)
    return exchange.import_package(county_ctx.uow(), out.path, today=today)


def _review_again(ctx, case_id, on, category, monthly_fen):
    procedure.record_step(ctx.uow(), case_id, 6, {"on": on, "person": "分管镇长", "category": category,
                                                  "monthly_fen": monthly_fen, "amount_reason": "重新审核核定"}, on)
    procedure.start_notice(ctx.uow(), case_id, 7, on, "王经办", on)
    end = on + dt.timedelta(days=procedure.notice_days(ctx.uow(), on))
    procedure.record_step(ctx.uow(), case_id, 7, {"on": end, "person": "王经办"}, end)
    return end


def test_a_returned_case_is_sent_again_with_the_new_class_and_amount(ctx, township, county_ctx, tmp_path):
    a, b = township["cases"]
    _send(ctx, county_ctx, tmp_path / "待审批1.xlsx", TODAY)
    held = {c.case_ref: c for c in county.list_cases(county_ctx.uow())}
    assert (held[str(a)].proposed_category, held[str(a)].proposed_fen) == ("class1", 42000)

    # both go back to the township review; b is reviewed again before the next package, a after it
    for case_id in (a, b):
        done = procedure.return_to_review(ctx.uow(), case_id, TODAY, "拟定金额有误", TODAY)
        assert done.at_county and done.detail.next_step == 6
    later = _review_again(ctx, b, TODAY, "class2", 35000)

    second = _send(ctx, county_ctx, tmp_path / "待审批2.xlsx", later)
    actions = {c.key: c.action for c in second.preview.changes}
    assert actions == {str(b): "case_update", str(a): "case_ended"}, actions
    said = [exchange.change_text(c) for c in second.preview.changes if c.key == str(a)]
    assert "如是乡镇退回重新审核，再次报送时按新报送的内容恢复待审批" in said[0], said  # the county is told it may come back
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow(), status=None)}
    assert rows[str(a)].status == CountyCaseStatus.ENDED  # the county cannot decide the old record
    assert (rows[str(b)].status, rows[str(b)].proposed_category, rows[str(b)].proposed_fen) == \
        (CountyCaseStatus.AWAITING, "class2", 35000)

    last = _review_again(ctx, a, later, "class2", 36000)
    third = _send(ctx, county_ctx, tmp_path / "待审批3.xlsx", last)
    assert {c.key: c.action for c in third.preview.changes} == {str(a): "case_update", str(b): "case_update"}
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow())}
    assert (rows[str(a)].status, rows[str(a)].proposed_category, rows[str(a)].proposed_fen) == \
        (CountyCaseStatus.AWAITING, "class2", 36000)
    from dibao_desk.models.exchange import CountyCase
    with county_ctx.uow() as uow:
        held_a = uow.session.get(CountyCase, rows[str(a)].id)
        assert held_a.township_reviewed_on == later  # the review done again
        # the evidence the county reads says the review was returned, when and why
        assert f"于 {TODAY} 退回重新审核，理由：拟定金额有误" in held_a.evidence, held_a.evidence

    # the county decides the case as sent again; the township takes the decision
    county.draw_sample(county_ctx.uow(), seed=7, today=last)
    county.record_decision(county_ctx.uow(), rows[str(a)].id, True, "", last, "陈科长", today=last)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果.xlsx", today=last)
    back = exchange.import_package(ctx.uow(), down.path, today=last)
    assert back.preview.rejected == 0 and [c.action for c in back.preview.changes] == ["approve"]
    s = procedure.suggest_grant(ctx.uow(), a, last)
    assert (s.category, s.monthly_fen) == ("class2", 36000)


def test_a_decision_on_the_record_a_case_had_before_its_return_is_refused(ctx, township, county_ctx, tmp_path):
    """The county decides a and b on cases package 1; meanwhile the township returns both to its
    review and reviews them again. The decisions package arrives: a (sent up again in package 2)
    and b (not yet sent up again) are refused, each saying what must come first; once the county
    has received package 2 and decided a on it, a's decision is taken."""
    from dibao_desk.services import county_reopen

    a, b = township["cases"]
    _send(ctx, county_ctx, tmp_path / "待审批1.xlsx", TODAY)
    county.draw_sample(county_ctx.uow(), seed=7, today=TODAY)

    for case_id in (a, b):
        procedure.return_to_review(ctx.uow(), case_id, TODAY, "拟定金额有误", TODAY)
    later = _review_again(ctx, a, TODAY, "class2", 36000)
    _review_again(ctx, b, TODAY, "class2", 35000)
    out = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批2.xlsx", today=later)
    assert out.sequence == 2
    # b is returned once more after package 2: no package carries its latest review yet
    procedure.return_to_review(ctx.uow(), b, later, "收入核算有误", later)
    last_b = _review_again(ctx, b, later, "class3", 20000)

    # the county, not having package 2 yet, decides both on package 1's record (after both notices)
    held = {c.case_ref: c for c in county.list_cases(county_ctx.uow())}
    for ref in (str(a), str(b)):
        county.record_decision(county_ctx.uow(), held[ref].id, True, "", last_b, "陈科长", today=last_b)
    down = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果1.xlsx", today=last_b)

    back = exchange.import_package(ctx.uow(), down.path, today=last_b)
    said = {c.key: (c.accepted, exchange.change_text(c)) for c in back.preview.changes}
    assert said == {
        str(a): (False, f"案件 {a}（张三）已于 {TODAY} 退回乡镇审核并重新审核，县民政局的这一审批是按原来报送的内容作出的，"
                        "未处理。须待县里收到重新报送的待审批数据包（第 2 号）后按新内容重新审批"),
        str(b): (False, f"案件 {b}（李四）已于 {later} 退回乡镇审核，县民政局的这一审批是按原来报送的内容作出的，"
                        "未处理。请重新审核并公示后导出待审批数据包报县，县里收到后按新内容重新审批")}, said
    assert procedure.get_case(ctx.uow(), a).next_step == 8  # still waiting for the county

    # the county reads the receipt (both back to 待审批), receives package 2, decides a on it
    county_reopen.reopen_rejected(county_ctx.uow(), back.receipt_path)
    exchange.import_package(county_ctx.uow(), out.path, today=last_b)
    rows = {c.case_ref: c for c in county.list_cases(county_ctx.uow())}
    assert (rows[str(a)].proposed_category, rows[str(a)].proposed_fen) == ("class2", 36000)
    county.record_decision(county_ctx.uow(), rows[str(a)].id, True, "", last_b, "陈科长", today=last_b)
    again = county.export_decisions(county_ctx.uow(), TOWN, tmp_path / "审批结果2.xlsx", today=last_b)
    taken = exchange.import_package(ctx.uow(), again.path, today=last_b)
    assert [(c.key, c.accepted, c.action) for c in taken.preview.changes] == [(str(a), True, "approve")]
