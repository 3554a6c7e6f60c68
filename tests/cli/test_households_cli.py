"""`dibao-desk household delete ID [--yes]` as a person types it."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import func, select

from dibao_desk.models import Household
from dibao_desk.services import complaints
from tests.cli.terminal import run_captured
from tests.conftest import make_id


def held(ctx) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Household))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_household_with_history_is_refused_with_its_records(ctx, make_household, capsys):
    h = make_household(head="李四", head_id=make_id("19620101", 13))
    complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 12, 31), channel="box", household_id=h.id,
                             description="家中有车", today=dt.date(2026, 12, 31))
    code, out, err = run_captured(ctx, capsys, "household", "delete", str(h.id), "--yes")
    assert code == 1 and out == ""
    assert err.strip() == "错误：该户（户主 李四）已有 1 件举报，不能删除；如需停止保障请办理取消"
    assert held(ctx) == 1


def test_without_yes_it_asks_at_a_terminal_and_refuses_to_guess_elsewhere(ctx, make_household, capsys, monkeypatch):
    h = make_household(head="王五", head_id=make_id("19700101", 15))
    code, out, err = run_captured(ctx, capsys, "household", "delete", str(h.id))  # input is not a terminal
    assert code == 2 and "确认请加 --yes" in err and held(ctx) == 1

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, err = run_captured(ctx, capsys, "household", "delete", str(h.id))
    assert code == 1 and "东风村户主 王五 家（1 人" in out and "已取消" in out and held(ctx) == 1

    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, out, err = run_captured(ctx, capsys, "household", "delete", str(h.id))
    assert code == 0 and "已删除东风村户主 王五 家" in out and held(ctx) == 0


def test_with_yes_and_a_missing_household(ctx, make_household, capsys):
    h = make_household()
    code, out, _err = run_captured(ctx, capsys, "household", "delete", str(h.id), "--yes")
    assert code == 0 and held(ctx) == 0
    code, _out, err = run_captured(ctx, capsys, "household", "delete", str(h.id), "--yes")
    assert code == 1 and f"找不到编号为 {h.id} 的家庭" in err
