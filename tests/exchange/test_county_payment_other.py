"""The county keeps the 补发 and 专项补贴 rosters a township's payments package carries: one row
a roster beside the township's regular roster of the period, with the totals its own 造册 shows;
the township's next package of the period replaces them (none when it carries no such sheet)."""

import datetime as dt

import pytest
from sqlalchemy import select

from dibao_desk.domain.payroll import PayrollKind, SubsidyBasis, SubsidyRule
from dibao_desk.models import PackageReceived
from dibao_desk.models.recovery import CountyPayment, CountyPaymentOther
from dibao_desk.services import county_money, exchange, ledger, payroll
from dibao_desk.services.county_money import OtherTotals
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, store_state, township  # noqa: F401
from tests.exchange.test_county_money import _line, _payments_package

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

SIGNED = dt.date(2026, 11, 30)  # the rosters are signed on the month's last day


def _sign(ctx, info, on=SIGNED):
    return payroll.sign(ctx.uow(), info.id, "刘镇长", on, today=on)


def november_with_other_rosters(ctx, township):
    """November's regular roster, signed; one household's transfer failed and is re-paid by a
    补发 roster once its account is corrected; a 专项补贴 roster pays every household 100 元."""
    from dibao_desk.models.payroll import PayrollLine
    from tests.unit.test_payroll import set_account

    a, b, _c = township["households"]
    ledger.build(ctx.uow(), TODAY)
    regular = _sign(ctx, payroll.make(ctx.uow(), "2026-11", today=TODAY), TODAY)
    with ctx.uow() as uow:
        line = uow.session.scalars(select(PayrollLine).where(PayrollLine.payroll_id == regular.id,
                                                             PayrollLine.household_id == b)).one()
        line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户已销户", dt.date(2026, 11, 25)
        uow.commit()
    set_account(ctx, b, "6221999900001111")
    back = _sign(ctx, payroll.make(ctx.uow(), "2026-11", PayrollKind.BACK_PAY, today=SIGNED))
    heating = _sign(ctx, payroll.make(ctx.uow(), "2026-11", PayrollKind.SUBSIDY, today=SIGNED,
                                      subsidy=SubsidyRule("冬季取暖补贴", SubsidyBasis.HOUSEHOLD, 10000)))
    return regular, back, heating


def test_the_county_keeps_each_roster_with_the_totals_the_townships_own_rosters_show(
        ctx, township, county_ctx, tmp_path):
    regular, back, heating = november_with_other_rosters(ctx, township)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=SIGNED)
    assert out.rows["补发及专项造册"] == 2
    result = exchange.import_package(county_ctx.uow(), out.path, today=SIGNED)
    assert result.preview.ok

    own = {r.kind: r for r in payroll.rosters(ctx.uow()) if r.kind is not PayrollKind.REGULAR}
    assert own[PayrollKind.BACK_PAY].total_fen == 31000 and own[PayrollKind.SUBSIDY].total_fen == 30000
    rows = county_money.other_rosters(county_ctx.uow())
    assert [(r.township_code, r.period, r.kind, r.name, r.reviewed_by, r.reviewed_on, r.households, r.persons,
             r.amount_fen, r.sequence) for r in rows] == [
        ("360426100000", "2026-11", r.kind, r.name, "刘镇长", SIGNED, r.households, r.persons, r.total_fen, 1)
        for r in (own[PayrollKind.SUBSIDY], own[PayrollKind.BACK_PAY])]  # in the package's order
    assert rows[0].name == "冬季取暖补贴" and rows[0].roster_period == heating.period

    [pay] = county_money.payments(county_ctx.uow(), "2026-11")
    assert (pay.lines_fen, pay.back_pay_fen, pay.subsidy_fen, pay.flagged) == (regular.total_fen, 31000, 30000, False)
    assert county_money.other_totals(rows) == {"2026-11": {
        PayrollKind.BACK_PAY: OtherTotals(1, own[PayrollKind.BACK_PAY].households,
                                          own[PayrollKind.BACK_PAY].persons, 31000),
        PayrollKind.SUBSIDY: OtherTotals(1, 3, own[PayrollKind.SUBSIDY].persons, 30000)}}

    # each row names the package that brought it: its record and checksum
    with county_ctx.uow() as uow:
        record = uow.session.get(PackageReceived, result.received_id)
        stored = uow.session.scalars(select(CountyPaymentOther)).all()
        assert {(o.received_id, o.sha256) for o in stored} == {(record.id, record.sha256)}


def test_a_resent_package_replaces_the_periods_rosters_and_one_without_the_sheet_clears_them(
        ctx, township, county_ctx, tmp_path):
    november_with_other_rosters(ctx, township)
    first = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p1.xlsx", today=SIGNED)
    exchange.import_package(county_ctx.uow(), first.path, today=SIGNED)

    # a second 专项补贴 roster signed later the same month: the package sent again names three
    _sign(ctx, payroll.make(ctx.uow(), "2026-11", PayrollKind.SUBSIDY, today=SIGNED,
                            subsidy=SubsidyRule("节日慰问金", SubsidyBasis.PERSON, 5000)))
    again = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p2.xlsx", today=SIGNED)
    preview = exchange.import_package(county_ctx.uow(), again.path, today=SIGNED).preview
    assert any("另有补发、专项补贴造册 3 份" in exchange.change_text(c) for c in preview.changes)
    rows = county_money.other_rosters(county_ctx.uow(), "2026-11")
    assert sorted((r.kind, r.name, r.amount_fen, r.sequence) for r in rows) == [
        (PayrollKind.BACK_PAY, "", 31000, 2), (PayrollKind.SUBSIDY, "冬季取暖补贴", 30000, 2),
        (PayrollKind.SUBSIDY, "节日慰问金", 6 * 5000, 2)]
    totals = county_money.other_totals(rows)["2026-11"]
    assert (totals[PayrollKind.SUBSIDY].rosters, totals[PayrollKind.SUBSIDY].amount_fen) == (2, 60000)

    # October's package (sent late) has its own 补发 roster: November's stay
    _payments_package(tmp_path / "oct.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=3, period="2026-10",
                      others=[("补发", "", "2026-10", "刘镇长", dt.date(2026, 10, 31), 1, 2, 12000)])
    exchange.import_package(county_ctx.uow(), tmp_path / "oct.xlsx", today=SIGNED)
    assert len(county_money.other_rosters(county_ctx.uow(), "2026-11")) == 3

    # the township's latest word for November carries no such sheet: November has none now
    _payments_package(tmp_path / "p3.xlsx", [_line("张三", "1", 2, 31000)], {}, sequence=4)
    exchange.import_package(county_ctx.uow(), tmp_path / "p3.xlsx", today=SIGNED)
    assert county_money.other_rosters(county_ctx.uow(), "2026-11") == []
    [pay] = county_money.payments(county_ctx.uow(), "2026-11")
    assert (pay.back_pay_fen, pay.subsidy_fen) == (0, 0)
    assert [(r.period, r.amount_fen) for r in county_money.other_rosters(county_ctx.uow())] == [("2026-10", 12000)]


def test_an_import_that_fails_keeps_neither_the_roster_nor_the_other_rosters(
        ctx, township, county_ctx, tmp_path, monkeypatch):
    from dibao_desk.services import exchange_in

    november_with_other_rosters(ctx, township)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=SIGNED)
    before = store_state(county_ctx)

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange_in, "write_receipt", disk_full)
    with pytest.raises(OSError):
        exchange.import_package(county_ctx.uow(), out.path, today=SIGNED)
    assert store_state(county_ctx) == before
    with county_ctx.uow() as uow:
        assert uow.session.scalars(select(CountyPayment)).all() == []
        assert uow.session.scalars(select(CountyPaymentOther)).all() == []


def test_a_roster_of_an_unknown_kind_is_reported_and_the_rest_is_kept(county_ctx, tmp_path):
    others = [("补发", "", "2026-11", "刘镇长", SIGNED, 1, 2, 31000),
              ("临时救助", "", "2026-11", "刘镇长", SIGNED, 1, 2, 50000)]
    _payments_package(tmp_path / "p.xlsx", [_line("张三", "1", 2, 31000)], {}, others=others)
    preview = exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=SIGNED).preview
    assert preview.rejected == 1
    texts = [exchange.change_text(c) for c in preview.changes]
    assert any("临时救助" in t and "专项补贴" in t for t in texts), texts
    assert [(r.kind, r.amount_fen) for r in county_money.other_rosters(county_ctx.uow())] == [
        (PayrollKind.BACK_PAY, 31000)]


def test_county_payments_lists_them_beside_the_regular_rosters_with_totals(ctx, township, county_ctx, tmp_path,
                                                                          capsys):
    from dibao_desk.cli import main

    regular, back, heating = november_with_other_rosters(ctx, township)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=SIGNED)
    exchange.import_package(county_ctx.uow(), out.path, today=SIGNED)
    capsys.readouterr()
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "payments", "--period", "2026-11"]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[0].split("\t")[6:10] == ["账册户数", "账册应发（元）", "补发（元）", "专项补贴（元）"]
    assert "2026-11\t360426100000\t德安镇\t3\t6\t930.00\t3\t930.00\t310.00\t300.00\t刘镇长\t相符" in lines
    assert "2026-11\t合计\t1 个乡镇\t3\t6\t930.00\t\t\t310.00\t300.00" in lines
    assert "期间\t乡镇代码\t乡镇\t造册类型\t名称\t造册期间\t审核人\t审核日期\t户次\t保障人口\t金额（元）" in lines
    assert (f"2026-11\t360426100000\t德安镇\t专项补贴\t冬季取暖补贴\t{heating.period}\t刘镇长\t2026-11-30\t3\t"
            f"{heating.persons}\t300.00") in lines
    assert f"2026-11\t360426100000\t德安镇\t补发\t\t{back.period}\t刘镇长\t2026-11-30\t1\t{back.persons}\t310.00" in lines
    assert f"2026-11\t补发合计\t1 份\t\t\t\t\t\t1\t{back.persons}\t310.00" in lines
    assert f"2026-11\t专项补贴合计\t1 份\t\t\t\t\t\t3\t{heating.persons}\t300.00" in lines
    assert "2026-11 发放合计：常规造册 930.00 元，补发 310.00 元，专项补贴 300.00 元；共 1540.00 元" in lines

    # a period no township has sent yet
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "payments", "--period", "2026-10"]) == 0
    assert "还没有收到发放造册" in capsys.readouterr().out


@pytest.mark.parametrize("day", [dt.date(2026, 12, 31), None], ids=["31-december", "today"])
def test_a_quarters_package_names_the_rosters_signed_in_the_quarter(ctx, township, county_ctx, tmp_path, day):
    """季初造册: the township rosters by quarter; a 专项补贴 roster of the quarter signed on the
    year's last day (and once on the real date) travels in the quarter's package."""
    on = day or dt.date.today()
    ledger.build(ctx.uow(), TODAY)
    payroll.set_period_unit(ctx.uow(), "quarter")
    _sign(ctx, payroll.make(ctx.uow(), "2026Q4", today=on), on)
    gift = _sign(ctx, payroll.make(ctx.uow(), "2026Q4", PayrollKind.SUBSIDY, today=on,
                                   subsidy=SubsidyRule("元旦慰问金", SubsidyBasis.HOUSEHOLD, 20000)), on)
    out = exchange.export_package(ctx.uow(), "payments", "2026Q4", tmp_path / "q4.xlsx", today=on)
    assert exchange.import_package(county_ctx.uow(), out.path, today=on).preview.ok
    [row] = county_money.other_rosters(county_ctx.uow(), "2026Q4")
    assert (row.period, row.kind, row.name, row.reviewed_on, row.households, row.amount_fen) == (
        "2026Q4", PayrollKind.SUBSIDY, "元旦慰问金", on, gift.households, gift.total_fen)
    assert gift.total_fen == 3 * 20000
    [pay] = county_money.payments(county_ctx.uow(), "2026Q4")
    assert (pay.subsidy_fen, pay.back_pay_fen) == (60000, 0)
