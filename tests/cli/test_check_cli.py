"""`dibao-desk check`: the store's consistency (services/integrity.py) and, with --audit, the
audit chain, from a terminal."""

import datetime as dt
import sqlite3

import pytest

from dibao_desk.cli import main
from tests.unit.test_audit_chain import _tamper, logged  # noqa: F401 (fixture)


def test_check_reports_ok_then_finds_a_broken_list_column(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--households", "50", "--seed", "3"]) == 0
    assert main(["--data-dir", str(data), "check"]) == 0
    out = capsys.readouterr().out
    assert "结论：正常" in out
    con = sqlite3.connect(data / "dibao.sqlite3")
    con.execute("update household set person_count = person_count + 1 where id = 1")
    con.commit()
    con.close()
    assert main(["--data-dir", str(data), "check"]) == 1
    assert "户 1 的人数与成员记录不符" in capsys.readouterr().out


@pytest.mark.parametrize("corrupt, words", [
    ("update procedure_case set next_step = 0 where id = {case}", "没有待办的步骤"),
    ("update procedure_case set next_step = 9 where id = {case}", "与步骤记录（第 2 步）不符"),
    ("update household set status = 'registered' where id = {household}", "却不是“申请中”"),
    ("update procedure_case set status = 'done', closed_on = '2026-11-30', next_step = 0 where id = {case}",
     "没有待遇批准的记录"),
    ("update procedure_case set status = 'refused', closed_on = '2026-11-30', next_step = 0 where id = {case}",
     "没有哪一步记为不予通过"),
    ("update procedure_case set proposed_category = 'class2', proposed_fen = 0 where id = {case}",
     "月保障金却为 0"),
    ("insert into procedure_case (household_id, kind, status, reason, opened_on, refused_reason, before_json,"
     " after_json, proposed_category, proposed_fen, next_step, open_objections, created_at, updated_at)"
     " select household_id, 'new', 'open', '', opened_on, '', '', '', '', 0, 1, 0, created_at, updated_at"
     " from procedure_case where id = {case}", "同时有两件以上"),
])
def test_check_finds_inconsistent_procedure_state(ctx, make_household, capsys, corrupt, words):
    from dibao_desk.services import procedure

    h = make_household()
    case = procedure.receive_application(ctx.uow(), h.id, {
        "on": dt.date(2026, 11, 20), "person": "王经办", "declaration_signed": True,
        "authorisation_signed": True}, dt.date(2026, 11, 23))
    data = str(ctx.data_dir)
    assert main(["--data-dir", data, "check"]) == 0
    capsys.readouterr()
    con = sqlite3.connect(ctx.store.path)
    con.execute(corrupt.format(case=case.info.id, household=h.id))
    con.commit()
    con.close()
    assert main(["--data-dir", data, "check"]) == 1
    out = capsys.readouterr().out
    assert words in out and "结论：有问题" in out


@pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py), as in test_audit_chain.py
def test_check_audit_from_the_terminal(logged, capsys):
    assert main(["--data-dir", str(logged.data_dir), "check", "--audit"]) == 0
    assert "操作记录完整：共 6 条" in capsys.readouterr().out
    _tamper(logged, "update audit_log set action = 'x' where id = 2")
    assert main(["--data-dir", str(logged.data_dir), "check", "--audit"]) == 1
    out = capsys.readouterr().out
    assert "第 2 条操作记录被改动过" in out and "结论：有问题" in out
