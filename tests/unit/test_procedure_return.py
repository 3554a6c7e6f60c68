"""退回乡镇审核: the township sends a case past its review back to it, and does the review again."""

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, CaseStep, PackageSent
from dibao_desk.services import procedure as proc
from dibao_desk.services.uow import UnitOfWork
from tests.helpers import make_id
from tests.unit.test_procedure import P, codes, do_step, receive, walk

pytestmark = pytest.mark.pg_store

D = dt.date
REASON = "拟定类别有误，应为一类"


@pytest.fixture
def make_household(make_household):
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})


def written(ctx):
    with ctx.uow() as u:
        return (u.session.scalar(select(func.count()).select_from(CaseStep)),
                u.session.scalar(select(func.count()).select_from(AuditLog)))


def review(ctx, case_id, on, category="class1", monthly_fen=40000, today=None):
    return proc.record_step(ctx.uow(), case_id, 6, {"on": on, "person": "分管镇长", "category": category,
                                                    "monthly_fen": monthly_fen, "amount_reason": "重新审核核定"},
                            today or on)


def test_a_case_on_its_second_notice_goes_back_to_the_review_and_is_reviewed_again(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 7)  # 乡镇审核 on 2026-11-16: class2, 312 元
    proc.start_notice(ctx.uow(), case_id, 7, D(2026, 11, 17), P, D(2026, 11, 17))
    today = D(2026, 11, 19)
    before = written(ctx)
    for on, reason, expected in ((D(2026, 11, 15), REASON, ["procedure.return_before_review"]),
                                 (D(2026, 11, 20), REASON, ["procedure.future_date"]),
                                 (D(2026, 11, 18), "  ", ["procedure.return_reason_empty"])):
        with pytest.raises(RuleError) as info:
            proc.return_to_review(ctx.uow(), case_id, on, reason, today)
        assert codes(info) == expected
    assert written(ctx) == before  # nothing half-written
    assert proc.get_case(ctx.uow(), case_id, today).next_step == 7

    done = proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 18), REASON, today)
    d = done.detail
    assert (d.info.status, d.next_step, done.at_county, done.set_aside) == ("open", 6, False, (6, 7))
    assert 6 not in d.current and 7 not in d.current and sorted(d.current) == [1, 2, 3, 4, 5]
    old = [s for s in d.steps if not s.active]
    assert [s.step for s in old] == [6, 7]
    assert old[0].fields.returned_on == D(2026, 11, 18) and old[0].fields.return_reason == REASON
    assert old[0].fields.category == "class2" and old[0].fields.monthly_fen == 31200  # kept as history
    assert d.waiting.code == "waiting.step6"
    assert [r.id for r in proc.list_cases(ctx.uow(), step=6, today=today)] == [case_id]
    with ctx.uow() as u:
        row = u.session.scalars(select(AuditLog).where(AuditLog.entity == "case", AuditLog.entity_id == case_id,
                                                       AuditLog.action == "return_review")).one()
        after = json.loads(row.after)
        assert (after["reason"], after["on"], after["next_step"], after["set_aside"]) == (REASON, "2026-11-18", 6, [6, 7])
        assert row.operator
    from dibao_desk.services import procedure_check
    assert procedure_check.check(ctx.uow()) == []

    # the review again: not dated before the return, then as usual with the new class and amount
    with pytest.raises(RuleError) as info:
        review(ctx, case_id, D(2026, 11, 17), today=today)
    assert codes(info) == ["procedure.before_previous"]
    d = review(ctx, case_id, D(2026, 11, 18), today=today)
    assert (d.next_step, d.proposed_category, d.proposed_fen) == (7, "class1", 40000)
    assert d.current[6].fields.returned_on is None and d.current[6].fields.monthly_fen == 40000
    # the 二榜 notice is posted again, from the new review on
    with pytest.raises(RuleError) as info:
        proc.start_notice(ctx.uow(), case_id, 7, D(2026, 11, 17), P, today)
    assert "procedure.before_previous" in codes(info)
    proc.start_notice(ctx.uow(), case_id, 7, D(2026, 11, 19), P, today)
    d = proc.record_step(ctx.uow(), case_id, 7, {"on": D(2026, 11, 26), "person": P}, D(2026, 11, 26))
    assert d.next_step == 8 and d.current[7].started_on == D(2026, 11, 19)
    # the county decides the new proposal and the grant starts from it
    proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 27), False, "县民政局", today=D(2026, 11, 27))
    s = proc.suggest_grant(ctx.uow(), case_id, D(2026, 12, 4))
    assert (s.category, s.monthly_fen) == ("class1", 40000)


def test_the_printed_approval_form_shows_the_review_done_again(ctx, make_household, tmp_path):
    from dibao_desk.services import printing

    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 25), REASON, D(2026, 11, 25))
    data = printing.form_data(ctx.uow(), h.id, D(2026, 11, 25))
    assert 6 not in data.steps and 7 not in data.steps  # the set-aside review is not the form's opinion
    review(ctx, case_id, D(2026, 11, 26))
    data = printing.form_data(ctx.uow(), h.id, D(2026, 11, 26))
    assert data.steps[6].on == D(2026, 11, 26) and data.monthly_fen == 40000
    from tests.exchange.test_printing_forms import flat, pdf_text

    out = tmp_path / "approval.pdf"
    printing.print_form(ctx.uow(), "approval", h.id, out, D(2026, 11, 26))
    text = flat(pdf_text(out))
    assert "拟月保障金：400.00元" in text and "312.00" not in text
    # the review box holds the redone review; the one sent back is said below it, with when and why
    assert data.review_returns == ((D(2026, 11, 16), D(2026, 11, 25), REASON),)
    assert f"（此前2026-11-16的审核已于2026-11-25退回：{REASON}）" in text


@pytest.mark.parametrize("upto", [5, 6])
def test_a_case_not_yet_past_the_review_cannot_be_returned(ctx, make_household, upto):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, upto)
    with pytest.raises(RuleError) as info:
        proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 20), REASON, D(2026, 11, 20))
    assert codes(info) == ["procedure.return_not_reviewed"]


def test_a_case_the_county_decided_goes_through_the_county(ctx, make_household):
    from dibao_desk import messages

    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 9)  # the county approved on 2026-11-26
    before = written(ctx)
    with pytest.raises(RuleError) as info:
        proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 27), REASON, D(2026, 11, 27))
    assert codes(info) == ["procedure.return_county_decided"]
    p = info.value.problems[0]
    assert "县民政局已于 2026-11-26 审批" in messages.text(p.code, **p.params)
    assert written(ctx) == before
    # refused by the county: the case is closed
    h2 = make_household(head="李四", head_id=make_id("19620411", 13))
    other = receive(ctx, h2.id).info.id
    walk(ctx, other, 8)
    proc.record_county_decision(ctx.uow(), other, False, "收入超标", D(2026, 11, 26), False, "县民政局",
                                today=D(2026, 11, 26))
    with pytest.raises(RuleError) as info:
        proc.return_to_review(ctx.uow(), other, D(2026, 11, 27), REASON, D(2026, 11, 27))
    assert codes(info) == ["procedure.case_closed"]


def test_an_open_objection_to_the_second_notice_is_dealt_with_first(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 7)
    proc.start_notice(ctx.uow(), case_id, 7, D(2026, 11, 17), P, D(2026, 11, 17))
    proc.log_objection(ctx.uow(), case_id, 7, D(2026, 11, 18), "phone", "该户有门面出租", D(2026, 11, 18))
    with pytest.raises(RuleError) as info:
        proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 19), REASON, D(2026, 11, 19))
    assert codes(info) == ["procedure.return_objections_open"]
    objection = proc.objections(ctx.uow(), case_id)[0]
    proc.resolve_objection(ctx.uow(), objection.id, "upheld", "入户核实，有出租收入", D(2026, 11, 19), D(2026, 11, 19))
    d = proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 19), "二榜异议属实，重新核定金额", D(2026, 11, 19)).detail
    assert d.next_step == 6 and d.waiting.code == "waiting.step6"
    review(ctx, case_id, D(2026, 11, 20))
    d = proc.start_notice(ctx.uow(), case_id, 7, D(2026, 11, 20), P, D(2026, 11, 20))
    assert proc.get_case(ctx.uow(), case_id, D(2026, 11, 20)).waiting.code == "waiting.notice_running"


def test_only_the_reviewer_returns_a_case(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    with pytest.raises(RuleError) as info:
        proc.return_to_review(UnitOfWork(ctx.store.sessions, "某经办", frozenset({Role.CLERK})), case_id,
                              D(2026, 11, 25), REASON, D(2026, 11, 25))
    assert codes(info) == ["account.forbidden.reviewer"]
    assert proc.get_case(ctx.uow(), case_id).next_step == 8
    d = proc.return_to_review(UnitOfWork(ctx.store.sessions, "某审核", frozenset({Role.REVIEWER})), case_id,
                              D(2026, 11, 25), REASON, D(2026, 11, 25)).detail
    assert d.next_step == 6


@pytest.mark.parametrize("today", [D(2026, 12, 31), D(2027, 1, 1)])
def test_a_return_across_the_year_end(ctx, make_household, today):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 6)
    review(ctx, case_id, D(2026, 12, 31), category="class2", monthly_fen=31200)
    with pytest.raises(RuleError) as info:  # not before the review (30 Dec)
        proc.return_to_review(ctx.uow(), case_id, D(2026, 12, 30), REASON, today)
    assert codes(info) == ["procedure.return_before_review"]
    if today == D(2026, 12, 31):
        with pytest.raises(RuleError) as info:  # not after today (1 Jan is tomorrow)
            proc.return_to_review(ctx.uow(), case_id, D(2027, 1, 1), REASON, today)
        assert codes(info) == ["procedure.future_date"]
        d = proc.return_to_review(ctx.uow(), case_id, D(2026, 12, 31), REASON, today).detail
        assert d.next_step == 6
        review(ctx, case_id, D(2026, 12, 31))  # the same day as the return is fine
    else:
        d = proc.return_to_review(ctx.uow(), case_id, D(2027, 1, 1), REASON, today).detail
        assert d.next_step == 6
        with pytest.raises(RuleError) as info:  # the review again comes after the return
            review(ctx, case_id, D(2026, 12, 31), today=today)
        assert codes(info) == ["procedure.before_previous"]
        review(ctx, case_id, D(2027, 1, 1))
    assert proc.get_case(ctx.uow(), case_id, today).proposed_fen == 40000


def test_a_case_sent_up_says_the_county_holds_the_old_record(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)  # ready for the county since 2026-11-24 (二榜 ended)
    with ctx.uow() as u:
        u.session.add(PackageSent(counterpart="360426000000", kind="cases", sequence=1, period="2026-11",
                                  sha256="0" * 64, created_at=dt.datetime(2026, 11, 25, 9)))
        u.commit()
    done = proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 26), REASON, D(2026, 11, 26))
    assert done.at_county and done.detail.next_step == 6


def test_the_store_check_names_the_way_to_return_a_case(ctx, make_household):
    """An older version's case past 乡镇审核 without a proposal: the check says how to return it,
    and once returned and reviewed again the check is clean."""
    from dibao_desk import messages
    from dibao_desk.models import Case
    from dibao_desk.services import procedure_check

    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    with ctx.uow() as u:
        c = u.session.get(Case, case_id)
        c.proposed_category, c.proposed_fen = "", 0
        u.commit()
    found = procedure_check.check(ctx.uow())
    assert [p.code for p in found] == ["check.case.no_proposal"]
    text = messages.text(found[0].code, **found[0].params)
    assert "退回乡镇审核…" in text and f"return-review {case_id}" in text
    proc.return_to_review(ctx.uow(), case_id, D(2026, 11, 25), "补录拟定类别和金额", D(2026, 11, 25))
    review(ctx, case_id, D(2026, 11, 25))
    assert procedure_check.check(ctx.uow()) == []


def test_a_change_reviewed_again_without_a_class_no_longer_proposes_the_returned_review(ctx, make_household):
    """A 变更 returned to 乡镇审核: the review done again is what counts. Without a class and
    amount it leaves the change the case was opened with, not the returned review's; a class
    without an amount (or the other way round) is refused and writes nothing."""
    from tests.unit.test_procedure import grant_new, walk_change

    hid = grant_new(ctx, make_household)
    case = proc.open_case(ctx.uow(), hid, "change", "复核：户主重病", D(2026, 12, 10), None,
                          {"category": "class1", "monthly_benefit_fen": 40000})
    day = walk_change(ctx, case.id, D(2026, 12, 11), upto=6)
    d = review(ctx, case.id, day, category="class2", monthly_fen=35000)
    assert (d.proposed_category, d.proposed_fen) == ("class2", 35000)
    proc.start_notice(ctx.uow(), case.id, 7, day, P, day)
    d = proc.return_to_review(ctx.uow(), case.id, day, "类别有误", day).detail
    assert (d.next_step, d.proposed_category, d.proposed_fen) == (6, "class1", 40000)
    before = written(ctx)
    for data, field in (({"category": "class2"}, "monthly_fen"), ({"monthly_fen": 35000}, "category")):
        with pytest.raises(RuleError) as info:
            proc.record_step(ctx.uow(), case.id, 6, {"on": day, "person": "分管镇长", "amount_reason": "重新审核", **data}, day)
        assert codes(info) == ["procedure.change_review_incomplete"]
        assert info.value.problems[0].field == field
    assert written(ctx) == before
    d = proc.record_step(ctx.uow(), case.id, 6, {"on": day, "person": "分管镇长"}, day)
    assert (d.next_step, d.proposed_category, d.proposed_fen) == (7, "class1", 40000)
    assert d.current[6].fields.category == "" and d.current[6].fields.monthly_fen is None
