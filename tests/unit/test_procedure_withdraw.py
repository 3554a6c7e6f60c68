"""The household withdraws its case (申请人撤回): its own outcome, not a refusal."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.models import AuditLog, PackageSent
from dibao_desk.services import households, printing, procedure as proc, proposals
from tests.helpers import make_id
from tests.unit.test_procedure import P, codes, receive, walk, walk_change, grant_new

pytestmark = pytest.mark.pg_store

D = dt.date
REQUEST = "申请人于 2026-11-05 递交书面撤回申请，本人签字"


@pytest.fixture
def make_household(make_household):
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})


def test_a_withdrawn_application_ends_as_withdrawn_and_the_household_may_apply_again(ctx, make_household, tmp_path):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 3)  # the home visit is done (2026-11-04)
    with pytest.raises(RuleError) as info:
        proc.withdraw(ctx.uow(), case_id, D(2026, 11, 5), P, " ", D(2026, 11, 5))
    assert codes(info) == ["procedure.withdraw_request_empty"]
    with pytest.raises(RuleError) as info:  # not before the last record
        proc.withdraw(ctx.uow(), case_id, D(2026, 11, 3), P, REQUEST, D(2026, 11, 5))
    assert codes(info) == ["procedure.before_previous"]
    assert households.get(ctx.uow(), h.id).status == "applying"

    done = proc.withdraw(ctx.uow(), case_id, D(2026, 11, 5), "李经办", REQUEST, D(2026, 11, 5))
    assert (done.detail.info.status, done.detail.closed_on, done.at_county) == ("withdrawn", D(2026, 11, 5), False)
    assert done.detail.refused_reason == "" and all(s.result != "refused" for s in done.detail.steps)
    assert done.detail.info.decided["withdrawal"] == {
        "on": "2026-11-05", "person": "李经办", "request": REQUEST, "step": 3, "at_county": False}
    # back to the status it had before applying, not refused
    assert households.get(ctx.uow(), h.id).status == "registered"
    with ctx.uow() as u:
        row = u.session.scalars(select(AuditLog).where(AuditLog.entity == "case", AuditLog.entity_id == case_id,
                                                       AuditLog.action == "withdraw")).one()
        assert json.loads(row.after)["request"] == REQUEST and row.operator
    # nothing moves on a withdrawn case
    for call in (lambda: proc.record_step(ctx.uow(), case_id, 3, {"on": D(2026, 11, 6), "person": P}, D(2026, 11, 6)),
                 lambda: proc.refuse(ctx.uow(), case_id, 3, "x", D(2026, 11, 6), P, D(2026, 11, 6)),
                 lambda: proc.withdraw(ctx.uow(), case_id, D(2026, 11, 6), P, REQUEST, D(2026, 11, 6))):
        with pytest.raises(RuleError) as info:
            call()
        assert codes(info) == ["procedure.case_closed"]
    # no 不予批准 notice with appeal rights for a withdrawal
    with pytest.raises(RuleError) as info:
        printing.print_form(ctx.uow(), "refusal", h.id, tmp_path / "refusal.pdf", D(2026, 11, 6))
    assert codes(info) == ["printing.withdrawn"]
    assert not (tmp_path / "refusal.pdf").exists()
    # a new application, not dated before the withdrawal
    with pytest.raises(RuleError) as info:
        receive(ctx, h.id, on=D(2026, 11, 4))
    assert "procedure.before_last_case" in codes(info)
    from dibao_desk.services import procedure_check
    assert procedure_check.check(ctx.uow()) == []  # the store check takes a withdrawn case as ended
    again = receive(ctx, h.id, on=D(2026, 11, 6))
    assert again.info.status == "open" and households.get(ctx.uow(), h.id).status == "applying"


def test_a_household_refused_before_goes_back_to_refused(ctx, make_household):
    h = make_household()
    first = receive(ctx, h.id).info.id
    proc.refuse(ctx.uow(), first, 2, "人均收入高于保障标准", D(2026, 11, 3), P, D(2026, 11, 3))
    second = receive(ctx, h.id, on=D(2026, 11, 10)).info.id
    assert proc.withdraw(ctx.uow(), second, D(2026, 11, 11), P, REQUEST, D(2026, 11, 11)).household_status == "refused"


def test_a_withdrawn_change_leaves_the_household_receiving(ctx, make_household):
    hid = grant_new(ctx, make_household)
    case = proc.open_case(ctx.uow(), hid, "cancel", "复核：家庭人均收入已超过标准", D(2026, 12, 10))
    done = proc.withdraw(ctx.uow(), case.id, D(2026, 12, 10), P, REQUEST, D(2026, 12, 10))
    assert done.detail.info.status == "withdrawn"
    hh = households.get(ctx.uow(), hid)
    assert (hh.status, hh.monthly_benefit_fen) == ("receiving", 31200)
    assert proposals.proposal_for_case(ctx.uow(), case.id).status != "open"


def test_a_case_sent_up_to_the_county_says_the_county_must_be_told(ctx, make_household):
    h = make_household()
    case_id = receive(ctx, h.id).info.id
    walk(ctx, case_id, 8)
    with ctx.uow() as u:
        u.session.add(PackageSent(counterpart="360426000000", kind="cases", sequence=1, period="2026-11",
                                  sha256="0" * 64, created_at=dt.datetime(2026, 11, 25, 9)))
        u.commit()
    done = proc.withdraw(ctx.uow(), case_id, D(2026, 11, 26), P, REQUEST, D(2026, 11, 26))
    assert done.at_county and done.detail.info.decided["withdrawal"]["at_county"] is True
    rows = proc.list_cases(ctx.uow(), status=None, today=D(2026, 11, 26))
    assert [(r.id, r.status) for r in rows] == [(case_id, "withdrawn")]
    assert proc.list_cases(ctx.uow(), today=D(2026, 11, 26)) == []  # no longer open: no package lists it


def test_the_command_line_withdraws_a_case_and_refuses_the_refusal_notice(ctx, make_household, capsys, tmp_path):
    from dibao_desk.cli import main

    h = make_household()
    case_id = receive(ctx, h.id).info.id

    def run(*argv):
        return main(["--data-dir", str(ctx.data_dir), *argv])

    assert run("withdraw", str(case_id), "--on", "2026-11-03", "--person", "李经办", "--request", " ",
               "--today", "2026-11-03") == 1
    assert "书面撤回申请" in capsys.readouterr().err
    assert proc.get_case(ctx.uow(), case_id).info.status == "open"
    assert run("withdraw", str(case_id), "--on", "2026-11-03", "--person", "李经办", "--request", REQUEST,
               "--today", "2026-11-03") == 0
    out = capsys.readouterr().out
    assert "已于 2026-11-03 由申请人撤回" in out and "“已登记”" in out and "县民政局" not in out
    assert proc.get_case(ctx.uow(), case_id).info.status == "withdrawn"
    assert households.get(ctx.uow(), h.id).status == "registered"
    assert run("case", str(case_id)) == 0
    assert "已撤回" in capsys.readouterr().out
    assert run("print", "form", "--household", str(h.id), "refusal", "--out", str(tmp_path / "r.pdf")) == 1
    assert "撤回" in capsys.readouterr().err and not (tmp_path / "r.pdf").exists()


def test_the_statistics_count_a_withdrawal_apart_from_the_refusals(ctx, make_household):
    from dibao_desk.domain.periods import period_of
    from dibao_desk.services import statistics

    refused, withdrawn, other = (make_household(head=n, head_id=i) for n, i in (
        ("甲", make_id("19500101", 11)), ("乙", make_id("19600101", 13)), ("丙", make_id("19700101", 15))))
    proc.refuse(ctx.uow(), receive(ctx, refused.id).info.id, 2, "人均收入高于保障标准", D(2026, 11, 3), P,
                D(2026, 11, 3))
    for h in (withdrawn, other):
        proc.withdraw(ctx.uow(), receive(ctx, h.id).info.id, D(2026, 11, 4), P, REQUEST, D(2026, 11, 4))
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=D(2026, 12, 1))
    table = statistics.flows_table(o)
    columns = dict(zip(table.headers, table.rows[-1]))
    assert (columns["申请不予批准"], columns["申请人撤回"], columns["新增"]) == (1, 2, 0)


@pytest.mark.parametrize("status", [s for s in CaseStatus if s != CaseStatus.OPEN])
def test_every_ended_case_says_in_words_what_it_waits_for(status):
    from dibao_desk import messages
    from dibao_desk.domain import procedure as rules

    w = rules.waiting(rules.CaseState(kind="new", status=status), D(2026, 12, 1))
    assert messages.text(w.code) != w.code and "waiting" not in messages.text(w.code)


def test_a_case_withdrawn_during_its_notice_leaves_the_notice(ctx, make_household):
    # the household withdrew while its 一榜公示 was on the board: the notice printed for that
    # village from then on (the posting still on the board) must not list it any more
    stay, leave = make_household(), make_household(head="李四", head_id=make_id("19620520", 13))
    ids = [receive(ctx, h.id).info.id for h in (stay, leave)]
    for case_id in ids:
        walk(ctx, case_id, 4)
    proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 11, 7), P, D(2026, 11, 7))
    assert {e.case_id for e in proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 9))} == set(ids)
    proc.withdraw(ctx.uow(), ids[1], D(2026, 11, 9), P, REQUEST, D(2026, 11, 9))
    assert [e.case_id for e in proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 9))] == [ids[0]]
    assert [(p.cases, p.on_notice) for p in proc.notice_postings(ctx.uow(), 1)] == [(1, 1)]
