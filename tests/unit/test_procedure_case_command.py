"""`dibao-desk case N` says what the case page says of a case: who took a withdrawal and the
written request, and the 备案 mark of a household with a staff member's close relative."""

import datetime as dt

from dibao_desk.domain.household import MemberDraft
from dibao_desk.services import procedure as proc
from dibao_desk.services import relatives
from tests.helpers import make_id

D = dt.date
P = "王经办"
SPOUSE = make_id("19650402", 22)
CADRE = make_id("19700101", 33)


def run(ctx, *argv):
    from dibao_desk.cli import main

    return main(["--data-dir", str(ctx.data_dir), *argv])


def receive(ctx, hid, on=D(2026, 11, 2)):
    return proc.receive_application(ctx.uow(), hid, {
        "on": on, "person": P, "declaration_signed": True, "authorisation_signed": True}, on).info.id


def test_the_case_command_says_who_took_the_withdrawal_and_the_request(ctx, make_household, capsys):
    h = make_household()
    case_id = receive(ctx, h.id)
    proc.withdraw(ctx.uow(), case_id, D(2026, 11, 3), "李经办", "2026年11月3日递交书面撤回申请，户主张三签字",
                  D(2026, 11, 3))
    capsys.readouterr()
    assert run(ctx, "case", str(case_id), "--today", "2026-11-30") == 0
    out = capsys.readouterr().out
    assert "申请人于 2026-11-03 撤回（经办人 李经办）：2026年11月3日递交书面撤回申请，户主张三签字" in out


def test_the_case_command_marks_a_filed_household(ctx, make_household, capsys):
    h = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    case_id = receive(ctx, h.id)
    capsys.readouterr()
    assert run(ctx, "case", str(case_id), "--today", "2026-11-30") == 0
    assert "备案" not in capsys.readouterr().out
    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                           village_id=1, id_number=SPOUSE, name="李四", relation="sibling", today=D(2026, 11, 30))
    assert run(ctx, "case", str(case_id), "--today", "2026-11-30") == 0
    out = capsys.readouterr().out
    assert "【备案】本户成员 李四 是村（社区）干部 赵村长 的兄弟姐妹，须从严审核；赵村长 应回避，不能经办、审批本案" in out


def test_the_case_command_marks_a_special_case_with_its_collective_decision(ctx, make_household, capsys):
    from dibao_desk.domain import procedure as rules
    from tests.unit.test_procedure import walk

    h = make_household(wages_fen=20000)
    case_id = receive(ctx, h.id)
    walk(ctx, case_id, 8)
    decision = rules.CollectiveDecision("serious_illness", D(2026, 11, 25), "张局长、李科长", "重病支出大")
    proc.record_county_decision(ctx.uow(), case_id, True, "", D(2026, 11, 26), False, "县民政局",
                                today=D(2026, 11, 26), special=decision)
    capsys.readouterr()
    assert run(ctx, "case", str(case_id), "--today", "2026-11-30") == 0
    out = capsys.readouterr().out
    assert "★ 特殊情况（重病）：不符合测算条件，经审批机关 2026-11-25 集体讨论批准；参加人员：张局长、李科长；纪要：重病支出大" in out


def test_the_case_command_says_a_review_opened_is_under_review_and_a_notice_on_notice(ctx, make_household, capsys):
    h = make_household()
    case_id = receive(ctx, h.id)
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 4), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 4))
    proc.open_review(ctx.uow(), case_id, D(2026, 11, 6), "村委会", "村民代表 9 人", "村主任", D(2026, 11, 6))
    capsys.readouterr()
    assert run(ctx, "case", str(case_id), "--today", "2026-11-07") == 0
    assert "▶  3 民主评议　2026-11-06　村主任　评议中" in capsys.readouterr().out
    proc.record_step(ctx.uow(), case_id, 3, {"on": D(2026, 11, 6), "person": "村主任", "place": "村委会",
                                             "attendees": "村民代表 9 人", "objections": {}, "outcome": "pass"},
                     D(2026, 11, 6))
    proc.start_notice(ctx.uow(), case_id, 4, D(2026, 11, 7), P, D(2026, 11, 7))
    assert run(ctx, "case", str(case_id), "--today", "2026-11-08") == 0
    assert "▶  4 一榜公示　2026-11-07 至 2026-11-14　王经办　公示中" in capsys.readouterr().out
