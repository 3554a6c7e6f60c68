"""`dibao-desk recompute` and `dibao-desk policy` from a terminal."""

from __future__ import annotations

from sqlalchemy import update

from dibao_desk.cli import main
from dibao_desk.models import Household


def test_recompute_prints_totals_by_class_and_hukou(ctx, make_household, capsys):
    h = make_household(wages_fen=30000)
    with ctx.uow() as uow:
        uow.session.execute(update(Household).where(Household.id == h.id).values(status="receiving"))
        uow.commit()
    assert main(["--data-dir", str(ctx.data_dir), "recompute", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "2026年11月保障金" in out and "示例标准" in out
    assert "在保 1 户 1 人，月保障金合计 150.00 元" in out
    assert "三类" in out and "农村" in out
    assert "已提出批量建议" in out


def test_recompute_refuses_a_bad_month(ctx, capsys):
    assert main(["--data-dir", str(ctx.data_dir), "recompute", "--month", "2026-13"]) == 2
    assert "2026-13" in capsys.readouterr().err


def test_policy_lists_the_sets(ctx, capsys):
    assert main(["--data-dir", str(ctx.data_dir), "policy", "--all"]) == 0
    out = capsys.readouterr().out
    assert "2000-01-01 起（现行，示例）" in out and "农村 450.00 元" in out and "公示天数：7" in out
