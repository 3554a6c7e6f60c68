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


def test_policy_flow_saves_a_new_set_with_the_steps_changed(ctx, capsys):
    import datetime as dt

    from dibao_desk.services import policy

    args = ["--data-dir", str(ctx.data_dir), "policy", "--flow", "change=2，3，4，6，7，8，9，10",
            "--flow", "no_review=8,9,10", "--from", "2027-01-01", "--note", "县民政局 2026 年第 9 号文"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "自 2027-01-01 起执行" in out and "调查核实、民主评议、一榜公示" in out
    figures = policy.policy_in_force(ctx.uow(), dt.date(2027, 1, 1)).figures
    assert figures.flow_for("change") == (2, 3, 4, 6, 7, 8, 9, 10)
    assert figures.flow_for("no_review") == (8, 9, 10)
    assert figures.rural_standard_fen == 45000  # the rest as in force before
    assert policy.policy_in_force(ctx.uow(), dt.date(2026, 12, 31)).figures.flow_for("change") == \
        (3, 4, 6, 7, 8, 9, 10)


def test_policy_flow_refuses_dropping_the_democratic_review(ctx, capsys):
    from dibao_desk.services import policy

    assert main(["--data-dir", str(ctx.data_dir), "policy", "--flow", "cancel=6,8,10"]) == 1
    err = capsys.readouterr().err
    assert "取消须经步骤" in err and "民主评议" in err and "公示" in err
    assert main(["--data-dir", str(ctx.data_dir), "policy", "--flow", "transfer=3,4,8,10"]) == 2
    assert "类别=步骤" in capsys.readouterr().err
    assert len(policy.list_policy_sets(ctx.uow())) == 1


def test_recompute_names_the_households_it_finds_ineligible(ctx, make_household, capsys):
    """“请安排复核或办理取消” is of no use without saying which households: each is named."""
    from tests.conftest import make_id

    fits = make_household(wages_fen=30000)
    above = make_household(head="李四", head_id=make_id("19700101", 13), wages_fen=60000)
    with ctx.uow() as uow:
        for hid in (fits.id, above.id):
            uow.session.execute(update(Household).where(Household.id == hid)
                                .values(status="receiving", monthly_benefit_fen=30000))
        uow.commit()
    assert main(["--data-dir", str(ctx.data_dir), "recompute", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "1 户按现有登记已不符合低保条件" in out
    assert f"户 {above.id}　东风村　李四" in out and "张三" not in out.split("不符合低保条件")[1]


def test_policy_flow_without_a_date_starts_the_month_after_the_command_s_day(ctx, capsys):
    """Acting on 29 February 2028 (the computer says otherwise), the new set is in force from
    1 March 2028, the month after the command's day, and the list marks the set in force that day."""
    args = ["--data-dir", str(ctx.data_dir), "policy", "--flow", "no_review=8,9,10", "--today", "2028-02-29"]
    assert main(args) == 0
    assert "自 2028-03-01 起执行" in capsys.readouterr().out
    assert main(["--data-dir", str(ctx.data_dir), "policy", "--today", "2028-03-01"]) == 0
    assert "2028-03-01 起（现行）" in capsys.readouterr().out


def test_a_day_that_does_not_exist_is_refused_in_chinese(ctx, capsys):
    assert main(["--data-dir", str(ctx.data_dir), "policy", "--today", "2027-02-29"]) == 2
    assert "2027 年 2 月只有 28 天" in capsys.readouterr().err
