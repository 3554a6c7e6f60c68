"""`dibao-desk payroll make|sign|show|list|print` from a terminal."""

from __future__ import annotations

import pytest

from dibao_desk.models import Payroll
from tests.cli.test_ledger_cli import receiving
from tests.cli.terminal import run_captured as run


def test_make_sign_and_show_a_month_then_remaking_is_refused(ctx, make_household, capsys, tmp_path):
    receiving(ctx, make_household)
    code, out, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--today", "2026-11-30")
    assert code == 0 and "1 户" in out and "450.00 元" in out and "草稿" in out
    code, out, _ = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长", "--on",
                       "2026-11-30")
    assert code == 0 and "已审核" in out and "赵镇长" in out
    assert "提示" not in out  # the account passes its check
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2026-12")
    assert code == 1 and "不能再修改或重新造册" in err
    code, out, _ = run(ctx, capsys, "payroll", "show", "--period", "2026-12")
    assert code == 0 and "中央 60%" in out and "450.00" in out
    code, out, _ = run(ctx, capsys, "payroll", "list")
    assert "2026-12 常规造册　已审核" in out
    code, out, _ = run(ctx, capsys, "payroll", "print", "--period", "2026-12", "--out", str(tmp_path / "r.pdf"))
    assert code == 0 and (tmp_path / "r.pdf").stat().st_size > 1000
    with ctx.uow() as uow:
        assert uow.session.query(Payroll).one().reviewed_by == "赵镇长"


def test_a_subsidy_needs_an_amount_and_a_bad_period_is_named(ctx, make_household, capsys):
    receiving(ctx, make_household)
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2026-13")
    assert code == 1 and "2026-13" in err
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2027-01", "--kind", "subsidy", "--name", "春节慰问金")
    assert code == 2 and "--amount" in err
    code, out, _ = run(ctx, capsys, "payroll", "make", "--period", "2027-01", "--kind", "subsidy", "--name",
                       "春节慰问金", "--amount", "200", "--per", "person", "--today", "2027-01-31")
    assert code == 0 and "专项补贴" in out and "春节慰问金" in out


def test_a_subsidy_above_ten_million_yuan_is_refused_in_chinese_and_nothing_is_made(ctx, make_household, capsys):
    receiving(ctx, make_household)
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2027-01", "--kind", "subsidy", "--name",
                       "春节慰问金", "--amount", "10000000.01", "--per", "person", "--today", "2027-01-31")
    assert code == 1 and "专项补贴金额 10000000.01 元大得不合常理（上限 1000 万元）" in err
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2027-01", "--kind", "subsidy", "--name",
                       "春节慰问金", "--amount", "9" * 30, "--today", "2027-01-31")
    assert code == 2 and "大得不合常理" in err and "Traceback" not in err
    with ctx.uow() as uow:
        assert uow.session.query(Payroll).count() == 0
    code, out, _ = run(ctx, capsys, "payroll", "make", "--period", "2027-01", "--kind", "subsidy", "--name",
                       "春节慰问金", "--amount", "10000000", "--per", "household", "--today", "2027-01-31")
    assert code == 0 and "10000000.00 元" in out


def test_the_roster_cycle_is_an_office_setting(ctx, make_household, capsys):
    receiving(ctx, make_household)
    assert run(ctx, capsys, "payroll", "cycle")[1].strip() == "造册周期：按月"
    assert run(ctx, capsys, "payroll", "cycle", "quarter")[1].strip() == "造册周期：按季度"
    code, out, _ = run(ctx, capsys, "payroll", "make", "--today", "2026-11-30")
    assert code == 0 and "2026Q4" in out


def test_a_far_future_period_and_a_sign_date_to_come_are_refused_in_chinese_30_november(ctx, make_household, capsys):
    receiving(ctx, make_household)
    code, _, err = run(ctx, capsys, "payroll", "make", "--period", "2036-12", "--today", "2026-11-30")
    assert code == 1 and "造册期间 2036-12" in err and "今天最远只能为 2026-12 开始的期间造册" in err
    code, _, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--today", "2026-11-30")
    assert code == 0
    code, _, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长", "--on",
                       "2026-12-25", "--today", "2026-11-30")
    assert code == 1 and "审核日期 2026-12-25 晚于今天（2026-11-30）" in err
    code, _, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长", "--on",
                       "2026-11-01", "--today", "2026-11-30")
    assert code == 1 and "早于 2026-12 造册的日期 2026-11-30" in err
    with ctx.uow() as uow:
        assert uow.session.query(Payroll).one().status == "draft"
    code, out, _ = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长",
                       "--today", "2026-11-30")
    assert code == 0 and "2026-11-30" in out


def test_signing_names_a_card_failing_its_check_digit_and_signs(ctx, make_household, capsys):
    from tests.unit.test_payroll import set_account

    hid = receiving(ctx, make_household)
    set_account(ctx, hid, "6217991000000000016")  # a UnionPay card with one digit wrong
    run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--today", "2026-11-30")
    code, out, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长", "--on",
                         "2026-11-30", "--today", "2026-11-30")
    assert code == 0, err
    assert "已审核" in out and "提示：有 1 户的银行账号校验不通过" in out
    assert "6217991000000000016" in out and "卡号校验位不对" in out


def test_a_sign_or_report_day_that_does_not_exist_is_named_and_full_width_digits_are_read(ctx, make_household, capsys):
    receiving(ctx, make_household)
    code, _, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-11", "--today", "2026-11-30")
    assert code == 0
    code, _, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-11", "--leader", "赵镇长", "--on",
                       "2026-02-30", "--today", "2026-11-30")
    assert code == 2 and "日期“2026-02-30”不存在：2026 年 2 月只有 28 天" in err
    with ctx.uow() as uow:
        assert uow.session.query(Payroll).one().status == "draft"
    code, out, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-11", "--leader", "赵镇长", "--on",
                         "２０２６－１１－３０", "--today", "2026-11-30")  # typed with a Chinese IME left on
    assert code == 0, err
    assert "审核：赵镇长 2026-11-30" in out


def test_going_quarterly_after_the_quarter_s_first_month_was_paid_says_which_rosters_are_made_31_january(
        ctx, make_household, capsys):
    """January signed by its own roster, then `payroll cycle quarter`: the command says that
    2027Q1 cannot be made and which month rosters pay the rest; `payroll make` without a period
    then makes February, not a quarter it would refuse."""
    receiving(ctx, make_household)
    for args in (("make", "--period", "2027-01"), ("sign", "--period", "2027-01", "--leader", "赵镇长")):
        assert run(ctx, capsys, "payroll", *args, "--today", "2027-01-31")[0] == 0
    code, out, _ = run(ctx, capsys, "payroll", "cycle", "quarter", "--today", "2027-01-31")
    assert code == 0 and "造册周期：按季度" in out
    assert out.splitlines()[1] == ("注意：本期（2027 年第 1 季度）按月造册，不能再按季度造册。"
                                   "2027 年 1 月：已发放（2027 年 1 月造册已审核）；2027 年 2 月、2027 年 3 月：请按月造册。"
                                   "下一期起按新的造册周期造册")
    code, out, _ = run(ctx, capsys, "payroll", "make", "--today", "2027-01-31")
    assert code == 0 and "2027-02 常规造册" in out


def _quarter_split_with_back_pay_booked_in_march(ctx, make_household, capsys) -> None:
    """January signed by its own roster, then quarters; on 15 March a change reaching back to
    January (450 -> 500 元) books 100 元 of 补发 in March (January and February, the months the
    ledger holds as paid by then). February has no roster yet."""
    import datetime as dt

    from dibao_desk.domain.ledger import LedgerStatus, MonthValue
    from tests.unit.test_payroll import decide

    hid = receiving(ctx, make_household)
    for args in (("make", "--period", "2027-01"), ("sign", "--period", "2027-01", "--leader", "赵镇长")):
        assert run(ctx, capsys, "payroll", *args, "--today", "2027-01-31")[0] == 0
    assert run(ctx, capsys, "payroll", "cycle", "quarter", "--today", "2027-01-31")[0] == 0
    decide(ctx, hid, dt.date(2027, 1, 1), dt.date(2027, 3, 15), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000))


def test_a_back_pay_roster_without_a_period_pays_what_is_owed_up_to_now_in_a_split_quarter_31_march(
        ctx, make_household, capsys):
    """The regular roster proposed is February's (the quarter is paid month by month), but a 补发
    roster made without a period is the quarter's: it takes the 补发 booked in March, not only
    what was booked by the end of February."""
    import datetime as dt

    from dibao_desk.services import payroll

    _quarter_split_with_back_pay_booked_in_march(ctx, make_household, capsys)
    assert payroll.default_period(ctx.uow(), dt.date(2027, 3, 31)) == "2027-02"
    assert payroll.default_period(ctx.uow(), dt.date(2027, 3, 31), "back_pay") == "2027Q1"
    code, out, err = run(ctx, capsys, "payroll", "make", "--kind", "back_pay", "--today", "2027-03-31")
    assert code == 0, err
    assert "2027Q1 补发造册" in out and "补发 100.00 元" in out
    code, out, _ = run(ctx, capsys, "payroll", "make", "--today", "2027-03-31")  # the regular one: February
    assert code == 0 and "2027-02 常规造册" in out


def test_payroll_list_names_a_quarter_draft_that_can_no_longer_be_signed_31_january(ctx, make_household, capsys):
    """2027Q1 drafted by a quarterly office on 31 December, then January signed by its own roster:
    `payroll list` marks the draft 无法审核 and says which rosters pay its other months."""
    receiving(ctx, make_household)
    for args in (("cycle", "quarter", "--today", "2026-12-31"), ("make", "--period", "2027Q1", "--today", "2026-12-31"),
                 ("cycle", "month", "--today", "2027-01-31"), ("make", "--period", "2027-01", "--today", "2027-01-31"),
                 ("sign", "--period", "2027-01", "--leader", "赵镇长", "--today", "2027-01-31")):
        assert run(ctx, capsys, "payroll", *args)[0] == 0
    code, out, _ = run(ctx, capsys, "payroll", "list")
    assert code == 0
    assert "2027Q1 常规造册　草稿（无法审核）" in out and "2027-01 常规造册　已审核" in out
    assert ("    无法审核：2027 年第 1 季度的常规造册不能再发已经造册发放的月份。2027 年 1 月：已发放（2027 年 1 月造册已审核，"
            "审核人：赵镇长）。请只为其余月份造册：2027 年 2 月、2027 年 3 月（造册周期按季度时也可按月造册）") in out.splitlines()


@pytest.mark.parametrize("steps, unit, today, note", [
    # a quarterly office going monthly on 31 December: December is paid by the signed quarter
    ([("cycle", "quarter", "2026-12-31"), ("make", "2026Q4", "2026-12-31"), ("sign", "2026Q4", "2026-12-31")],
     "month", "2026-12-31",
     "本期（2026 年 12 月）：已发放（2026 年第 4 季度造册已审核），不必另行造册；下一期起按新的造册周期造册"),
    # January and February paid month by month, quarterly from 28 February: March is still to make
    ([("make", "2027-01", "2027-01-31"), ("sign", "2027-01", "2027-01-31"), ("make", "2027-02", "2027-02-28"),
      ("sign", "2027-02", "2027-02-28")], "quarter", "2027-02-28",
     "本期（2027 年第 1 季度）按月造册，不能再按季度造册。2027 年 1 月：已发放（2027 年 1 月造册已审核）；"
     "2027 年 2 月：已发放（2027 年 2 月造册已审核）；2027 年 3 月：请按月造册。下一期起按新的造册周期造册"),
    # the whole quarter paid month by month, quarterly from 31 March
    ([(verb, f"2027-{m:02d}", day) for m, day in ((1, "2027-01-31"), (2, "2027-02-28"), (3, "2027-03-31"))
      for verb in ("make", "sign")], "quarter", "2027-03-31",
     "本期（2027 年第 1 季度）：已发放（2027 年 1 月、2027 年 2 月、2027 年 3 月造册已审核），不必另行造册；"
     "下一期起按新的造册周期造册"),
], ids=["month-paid-by-quarter-31-december", "quarter-split-28-february", "quarter-paid-by-months-31-march"])
def test_payroll_cycle_names_each_month_of_this_period_once_in_words(ctx, make_household, capsys,
                                                                    steps, unit, today, note):
    receiving(ctx, make_household)
    for verb, arg, day in steps:
        args = ("cycle", arg) if verb == "cycle" else (verb, "--period", arg) + (
            ("--leader", "赵镇长") if verb == "sign" else ())
        assert run(ctx, capsys, "payroll", *args, "--today", day)[0] == 0
    code, out, _ = run(ctx, capsys, "payroll", "cycle", unit, "--today", today)
    assert code == 0
    assert out.splitlines()[1:] == [f"注意：{note}"]


def test_a_month_past_with_no_roster_is_not_said_paid_and_each_month_gets_the_raise_once_31_march(
        ctx, make_household, capsys):
    """January signed by its own roster, quarterly since, February with no roster; a raise from
    January (450 -> 500 元) decided 15 March. February is history for the ledger (the raise is
    booked as 补发 for January and February) but was never paid: the ledger says so until its
    roster is signed, and that roster pays February at the ledger's 450 元, the 补发 the 50 元."""
    _quarter_split_with_back_pay_booked_in_march(ctx, make_household, capsys)

    def ledger_lines(today):
        code, out, _ = run(ctx, capsys, "ledger", "--household", "1", "--today", today)
        assert code == 0
        lines = out.splitlines()
        return lines[0], {line[:7]: line for line in lines if line[:2] == "20" and "补发" not in line}

    head, months = ledger_lines("2027-03-15")
    assert head == ("户 1　东风村　张三　（2027 年 02 月及以前的月份不再改写，更正记为补发或追回；"
                    "其中 2027 年 2 月 尚未造册发放，仍按台账金额造册）")
    assert months["2027-02"].endswith("　尚未造册发放") and not months["2027-01"].endswith("发放")
    assert months["2027-03"].endswith("　未发放")

    paid: dict[str, str] = {}
    for kind, period in (("regular", "2027-02"), ("back_pay", "2027Q1"), ("regular", "2027-03")):
        code, out, err = run(ctx, capsys, "payroll", "make", "--kind", kind, "--period", period, "--today", "2027-03-31")
        assert code == 0, err
        paid[period] = out.splitlines()[0].rsplit("　", 1)[1]
        assert run(ctx, capsys, "payroll", "sign", "--kind", kind, "--period", period, "--leader", "赵镇长",
                   "--today", "2027-03-31")[0] == 0
    # January 450 (its own roster) + February 450 + 补发 100 + March 500 = 3 × 500
    assert paid == {"2027-02": "450.00 元", "2027Q1": "100.00 元", "2027-03": "500.00 元"}
    head, months = ledger_lines("2027-03-31")
    assert head == "户 1　东风村　张三　（2027 年 03 月及以前为已发放月份）"
    assert "尚未造册发放" not in "".join(months.values())
