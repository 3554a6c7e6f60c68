"""`dibao-desk assistance` from a terminal."""

from __future__ import annotations

from dibao_desk.services import assistance
from tests.cli import terminal


def run(ctx, *args):
    return terminal.run(ctx, "assistance", *args)


def test_add_then_list_shows_the_item_and_what_a_cancellation_would_lose(ctx, make_household, capsys):
    h = make_household(wages_fen=0)
    assert run(ctx, "add", "--household", str(h.id), "--kind", "medical", "--amount", "1,250.5",
               "--giver", "县医保局") == 0
    assert "医疗救助 1250.50 元" in capsys.readouterr().out
    assert run(ctx, "list", "--household", str(h.id)) == 0
    out = capsys.readouterr().out
    assert "县医保局" in out and "全户" in out
    assert "将同时失去以下联动救助（近一年）：医疗救助 1250.50 元" in out


def test_bad_input_gets_a_chinese_message_and_writes_nothing(ctx, make_household, capsys):
    h = make_household(wages_fen=0)
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "abc", "--giver", "x") == 2
    assert "金额“abc”不是数字" in capsys.readouterr().err
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "200",
               "--giver", "县住建局", "--date", "2999-01-01") == 1
    assert "晚于今天" in capsys.readouterr().err
    assert run(ctx, "add", "--household", str(h.id), "--kind", "heating", "--amount", "200",
               "--giver", "县住建局", "--date", "2026-02-30") == 2
    assert "格式不对" in capsys.readouterr().err
    assert assistance.list_for(ctx.uow(), h.id) == []


def test_remove_deletes_one_item(ctx, make_household, capsys):
    h = make_household(wages_fen=0)
    run(ctx, "add", "--household", str(h.id), "--kind", "temporary", "--amount", "500", "--giver", "镇民政办")
    item = assistance.list_for(ctx.uow(), h.id)[0].id
    assert run(ctx, "remove", str(item)) == 0
    assert assistance.list_for(ctx.uow(), h.id) == []
    assert run(ctx, "remove", str(item)) == 1
    assert "已不存在" in capsys.readouterr().err
