"""`dibao-desk ledger`, `dibao-desk proposals` and `check` from a terminal."""

from __future__ import annotations

import datetime as dt

from dibao_desk.models import Household
from dibao_desk.services import ledger, proposals
from tests.cli.terminal import run_captured as run

D = dt.date


ACCOUNT = "6217990000000000014"  # a card passing its check digit: a roster is signed only with an account


def receiving(ctx, make_household, **kw):
    kw.setdefault("bank_account", ACCOUNT)
    kw.setdefault("bank_name", "中国邮政储蓄银行德安县支行")
    hh = make_household(wages_fen=0, **kw)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 45000, D(2026, 9, 1)
        uow.commit()
    ledger.build(ctx.uow(), D(2026, 11, 30))
    return hh.id


def test_ledger_for_a_household_prints_each_month_and_its_decision(ctx, make_household, capsys):
    hid = receiving(ctx, make_household)
    code, out, _ = run(ctx, capsys, "ledger", "--household", str(hid), "--today", "2026-11-30")
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("2026-")]
    assert [line[:7] for line in lines] == ["2026-09", "2026-10", "2026-11"]
    assert "在保" in lines[0] and "450.00" in lines[0] and "建账时原有记录" in lines[0]
    assert lines[-1].endswith("未发放") and not lines[0].endswith("未发放")


def test_ledger_for_a_month_prints_the_same_totals_as_the_window(ctx, make_household, villages, capsys):
    from tests.conftest import make_id

    receiving(ctx, make_household)
    receiving(ctx, make_household, head="李四", head_id=make_id("19700101", 33), village="向阳社区")
    code, out, _ = run(ctx, capsys, "ledger", "--month", "2026-11")
    assert code == 0
    assert "2026 年 11 月保障金台账：2 户，2 人，900.00 元" in out
    assert "三类 2 户 2 人 900.00 元" in out and "农村 2 户" in out
    code, out, _ = run(ctx, capsys, "ledger", "--month", "2026-11", "--village", "向阳社区")
    assert "（向阳社区）：1 户，1 人，450.00 元" in out
    code, _out, err = run(ctx, capsys, "ledger", "--month", "2026-13")
    assert code == 2 and "YYYY-MM" in err
    code, _out, err = run(ctx, capsys, "ledger", "--month", "2026-11", "--village", "没有村")
    assert code == 1 and "没有名为" in err


def test_ledger_for_a_month_says_how_many_are_at_0_yuan(ctx, make_household, capsys):
    """李四 is still 在保 in the ledger, but at 0 元 (re-assessed over the standard, the
    cancellation not decided yet): the roster lists him apart and pays him nothing."""
    from tests.conftest import make_id

    receiving(ctx, make_household)
    hid = make_household(wages_fen=0, head="李四", head_id=make_id("19700101", 33)).id
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", "class3", 0, D(2026, 9, 1)
        uow.commit()
    ledger.build(ctx.uow(), D(2026, 11, 30))
    assert ledger.month_totals(ctx.uow(), D(2026, 11, 1)).zero == 1
    code, out, _ = run(ctx, capsys, "ledger", "--month", "2026-11")
    assert code == 0
    assert "2026 年 11 月保障金台账：2 户，2 人，450.00 元" in out
    assert "其中 1 户本月 0 元（造册另列不发放）" in out


def test_proposals_lists_what_each_waits_for(ctx, make_household, capsys):
    hid = receiving(ctx, make_household)
    proposals.open_proposal(ctx.uow(), hid, "death", "户主死亡", D(2026, 12, 1), opened_on=D(2026, 11, 30))
    code, out, _ = run(ctx, capsys, "proposals", "--today", "2026-11-30")
    assert code == 0
    assert "死亡" in out and "2026-12" in out and "待乡镇政府审核" in out and "共 1 份" in out


def test_check_finds_the_ledger_and_the_household_disagree(ctx, make_household, capsys):
    hid = receiving(ctx, make_household)
    code, out, _ = run(ctx, capsys, "check")
    assert code == 0, out
    with ctx.uow() as uow:
        uow.session.get(Household, hid).monthly_benefit_fen = 99900
        uow.commit()
    code, out, _ = run(ctx, capsys, "check")
    assert code == 1 and "台账最后一月为 在保 三类 450.00 元" in out


def test_ledger_month_reads_a_month_as_the_office_writes_it(ctx, make_household, villages, capsys):
    """`ledger --month 2026年11月` (or 2026-11 without its zero, 2026/11) is November, as in
    `stats --period` and `reviews due --month`; a quarter is not a month."""
    receiving(ctx, make_household)
    _code, written, _ = run(ctx, capsys, "ledger", "--month", "2026-11")
    for typed in ("2026年11月", "2026/11"):
        code, out, _ = run(ctx, capsys, "ledger", "--month", typed)
        assert code == 0 and out == written, typed
    code, _out, err = run(ctx, capsys, "ledger", "--month", "2026Q4")
    assert code == 2 and "2026年12月" in err


def test_ledger_reads_the_day_as_every_command_does(ctx, make_household, capsys):
    """`--today` typed with full-width digits (an IME left on) is the day; a day the month lacks
    is named as such, not called a bad format; both exit 2 when refused and print nothing else."""
    hid = receiving(ctx, make_household)
    _code, written, _ = run(ctx, capsys, "ledger", "--household", str(hid), "--today", "2026-11-30")
    code, out, _ = run(ctx, capsys, "ledger", "--household", str(hid), "--today", "２０２６-１１-３０")
    assert code == 0 and out == written
    code, out, err = run(ctx, capsys, "ledger", "--household", str(hid), "--today", "2027-02-29")
    assert (code, out) == (2, "") and "日期“2027-02-29”不存在：2027 年 2 月只有 28 天" in err
    code, out, err = run(ctx, capsys, "proposals", "--today", "2026-11-31")
    assert (code, out) == (2, "") and "2026 年 11 月只有 30 天" in err
