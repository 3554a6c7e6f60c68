"""`dibao-desk recovery list|show|add|receive|write-off` on a real store."""

from dibao_desk.services import recovery
from tests.unit.test_ledger import put_on_benefit
from tests.cli.terminal import run


def test_recovery_commands(ctx, make_household, capsys):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    today = ["--today", "2026-11-30"]
    assert run(ctx, "recovery", "add", "--household", str(hh.id), "--source", "false_declaration",
               "--reference", "德民追〔2026〕5号", "--date", "2026-11-30", "--amount", "900",
               "--from-month", "2026-09", "--to-month", "2026-10", "--method", "cash", *today) == 0
    assert "应追回 900.00 元，现金退回" in capsys.readouterr().out
    [e] = recovery.list_entries(ctx.uow())
    assert run(ctx, "recovery", "receive", str(e.id), "--amount", "５００", "--receipt", "No.12", *today) == 0
    assert "尚欠 400.00 元" in capsys.readouterr().out
    assert run(ctx, "recovery", "receive", str(e.id), "--amount", "400.01", "--receipt", "No.13", *today) == 1
    assert "超过尚欠金额 400.00 元" in capsys.readouterr().err
    assert run(ctx, "recovery", "receive", str(e.id), "--amount", "四百", *today) == 2
    assert run(ctx, "recovery", "plan", str(e.id), "--method", "deduct", "--per-month", "100") == 0
    assert "从以后发放中扣减，每月 100.00 元" in capsys.readouterr().out
    assert recovery.get_entry(ctx.uow(), e.id).per_month_fen == 10000
    assert run(ctx, "recovery", "list") == 0
    out = capsys.readouterr().out
    assert "虚报冒领" in out and "2026-09..2026-10" in out and "400.00" in out
    assert run(ctx, "recovery", "write-off", str(e.id), "--reason", "本人死亡，无遗产", *today) == 0
    assert run(ctx, "recovery", "show", str(e.id)) == 0
    out = capsys.readouterr().out
    assert "已核销" in out and "No.12" in out and "本人死亡" in out
    assert recovery.get_entry(ctx.uow(), e.id).balance_fen == 0
