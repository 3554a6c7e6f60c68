"""The county side of money: a township's 追回 register travels in its roster package and is
kept per township; payments packages are stored per township and period, totalled, and one
whose roster disagrees with the township's ledger totals is flagged."""

import datetime as dt

from dibao_desk.domain.county_money import Mismatch
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out
from dibao_desk.services import county_money, exchange, ledger, payroll, recovery
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401


def test_the_roster_package_carries_the_recovery_register_to_the_county(ctx, township, county_ctx, tmp_path):
    a, b, _c = township["households"]
    first = recovery.add(ctx.uow(), a, "false_declaration", "德民追〔2026〕5号", dt.date(2026, 11, 2), 62000,
                         first_month=dt.date(2026, 9, 1), last_month=dt.date(2026, 10, 1), method="cash",
                         today=TODAY)
    recovery.receive(ctx.uow(), first.id, 20000, dt.date(2026, 11, 10), receipt_no="No.7", today=TODAY)
    second = recovery.add(ctx.uow(), b, "bank_error", "德银〔2026〕2号", dt.date(2026, 11, 3), 31000, today=TODAY)
    recovery.write_off(ctx.uow(), second.id, "银行已冲正，无需追回", today=TODAY)
    out = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "roster.xlsx", today=TODAY)
    assert out.rows["追回"] == 2
    preview = exchange.import_package(county_ctx.uow(), out.path, today=TODAY).preview
    assert preview.ok
    assert any("追回登记：2 条" in exchange.change_text(c) for c in preview.changes)
    rows = county_money.recovery_entries(county_ctx.uow())
    assert [(r.household_ref, r.source, r.amount_fen, r.recovered_fen, r.balance_fen, r.status) for r in rows] == [
        (str(a), "false_declaration", 62000, 20000, 42000, "open"),
        (str(b), "bank_error", 31000, 0, 0, "written_off")]
    assert rows[0].township_code == "360426100000" and rows[0].reference == "德民追〔2026〕5号"

    # the next roster package replaces the township's register; a settled entry stays while it
    # closed inside the period
    recovery.receive(ctx.uow(), first.id, 42000, dt.date(2026, 11, 20), receipt_no="No.8", today=TODAY)
    again = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "roster2.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), again.path, today=TODAY)
    rows = county_money.recovery_entries(county_ctx.uow())
    assert [(r.balance_fen, r.status) for r in rows] == [(0, "settled"), (0, "written_off")]
    assert county_money.recovery_entries(county_ctx.uow(), open_only=True) == []


def _payments_package(path, lines, extra, sequence=1, period="2026-11", others=()):
    """A township's payments package; ``others``: rows of its 补发及专项造册 sheet."""
    return pkg.write_package(path, kind="payments", direction="up", township_code="360426100000",
                             township_name="德安镇", county_name="德安县", sequence=sequence, period=period,
                             sheets=packages_out.payment_sheets(lines, (), others), extra=extra)


def _line(name, ref, covered, monthly, months=1):
    return packages_out.PaymentLine(name, "", "6217000000001234", "德安县农村信用社", ref, "东风村", covered,
                                    monthly, months)


def test_payments_are_stored_per_township_and_period_and_a_mismatch_is_flagged(ctx, township, county_ctx, tmp_path):
    # the township's signed November roster agrees with its ledger: stored, not flagged
    ledger.build(ctx.uow(), TODAY)
    roster = payroll.make(ctx.uow(), "2026-11", today=TODAY)
    payroll.sign(ctx.uow(), roster.id, "刘镇长", TODAY, today=TODAY)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=TODAY)
    preview = exchange.import_package(county_ctx.uow(), out.path, today=TODAY).preview
    assert preview.ok
    [row] = county_money.payments(county_ctx.uow(), "2026-11")
    assert (row.households, row.persons, row.lines_fen, row.flagged) == (3, 6, 93000, False)
    assert (row.ledger_households, row.ledger_total_fen, row.reviewed_by) == (3, 93000, "刘镇长")

    # the December roster pays 1 household less than the ledger and 310 元 less
    lines = [_line("张三", "1", 2, 31000), _line("李四", "2", 2, 31000), _line("李四", "2", 2, -5000)]
    good = {"payroll_total_fen": "57000", "payroll_adjustment_fen": "-5000", "payroll_households": "2",
            "ledger_households": "2", "ledger_total_fen": "62000", "ledger_adjustment_fen": "-5000"}
    _payments_package(tmp_path / "dec.xlsx", lines, good, sequence=2, period="2026-12")
    exchange.import_package(county_ctx.uow(), tmp_path / "dec.xlsx", today=TODAY)
    bad = dict(good, ledger_households="3", ledger_total_fen="93000")
    _payments_package(tmp_path / "dec2.xlsx", lines, bad, sequence=3, period="2026-12")
    preview = exchange.import_package(county_ctx.uow(), tmp_path / "dec2.xlsx", today=TODAY).preview
    texts = [exchange.change_text(c) for c in preview.changes]
    assert any("造册保障金 620.00 元与该乡镇账册应发 930.00 元不符" in t for t in texts)
    assert any("造册 2 户与该乡镇账册应发 3 户不符" in t for t in texts)
    rows = county_money.payments(county_ctx.uow())
    assert [(r.period, r.households, r.lines_fen, r.mismatches) for r in rows] == [
        ("2026-12", 2, 57000, (Mismatch.LEDGER_AMOUNT, Mismatch.LEDGER_HOUSEHOLDS)),  # replaced the good one
        ("2026-11", 3, 93000, ())]
    assert county_money.payment_totals(rows) == {"2026-12": (1, 2, 4, 57000), "2026-11": (1, 3, 6, 93000)}


def test_a_household_paid_only_a_back_pay_is_not_a_household_the_ledger_lacks(ctx, county_ctx, tmp_path):
    # 王五 left in October; his back pay for September is booked in November and paid on the
    # November roster: his only line. The ledger pays 2 households in November, and so does the roster.
    lines = [_line("张三", "1", 2, 31000), _line("李四", "2", 2, 31000),
             packages_out.PaymentLine("王五", "", "6217000000005678", "德安县农村信用社", "3", "东风村", 3, 12000,
                                      1, "补发", total_fen=12000)]
    _payments_package(tmp_path / "p.xlsx", lines, {
        "payroll_total_fen": "74000", "payroll_adjustment_fen": "12000", "payroll_households": "3",
        "ledger_households": "2", "ledger_total_fen": "62000", "ledger_adjustment_fen": "12000"})
    preview = exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=TODAY).preview
    assert not any("不符" in exchange.change_text(c) for c in preview.changes)
    [row] = county_money.payments(county_ctx.uow(), "2026-11")
    assert (row.lines, row.households, row.persons, row.lines_fen, row.mismatches) == (3, 2, 4, 74000, ())

    # a regular household missing from the roster is still flagged beside the back pay
    _payments_package(tmp_path / "p2.xlsx", lines, {
        "payroll_total_fen": "74000", "payroll_adjustment_fen": "12000", "ledger_households": "3",
        "ledger_total_fen": "62000"}, sequence=2)
    exchange.import_package(county_ctx.uow(), tmp_path / "p2.xlsx", today=TODAY)
    [row] = county_money.payments(county_ctx.uow(), "2026-11")
    assert row.mismatches == (Mismatch.LEDGER_HOUSEHOLDS,)


def test_a_roster_whose_lines_do_not_add_up_is_flagged(ctx, county_ctx, tmp_path):
    lines = [_line("张三", "1", 2, 31000)]
    _payments_package(tmp_path / "p.xlsx", lines, {"payroll_total_fen": "31100", "ledger_households": "1",
                                                   "ledger_total_fen": "31100"})
    exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=TODAY)
    [row] = county_money.payments(county_ctx.uow(), "2026-11")
    assert row.mismatches == (Mismatch.LINES,)


def test_county_payments_and_recovery_commands(ctx, county_ctx, tmp_path, capsys):
    from dibao_desk.cli import main

    lines = [_line("张三", "1", 2, 31000)]
    _payments_package(tmp_path / "p.xlsx", lines, {"payroll_total_fen": "31000", "ledger_households": "2",
                                                   "ledger_total_fen": "62000"})
    exchange.import_package(county_ctx.uow(), tmp_path / "p.xlsx", today=TODAY)
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "payments", "--period", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "2026-11\t360426100000\t德安镇\t1\t2\t310.00\t2\t620.00" in out
    assert "⚠ 造册金额与账册不符；造册户数与账册不符" in out and "1 份造册与乡镇账册不符" in out
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "payments", "--period", "2026-13"]) == 1
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "recovery"]) == 0
    assert "没有乡镇上报的追回登记" in capsys.readouterr().out


def test_a_household_whose_month_is_zero_is_not_a_household_missing_from_the_roster(
        ctx, township, county_ctx, tmp_path):
    # a receiving household whose counted income reaches the standard gets 0 元 this month: the
    # roster lists it apart, unpaid, and the county must not flag the package for it
    from tests.exchange.exchange_fixtures import set_receiving

    _a, _b, c = township["households"]
    set_receiving(ctx, c, monthly_fen=0)
    ledger.build(ctx.uow(), TODAY)
    roster = payroll.make(ctx.uow(), "2026-11", today=TODAY)
    payroll.sign(ctx.uow(), roster.id, "刘镇长", TODAY, today=TODAY)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=TODAY)
    preview = exchange.import_package(county_ctx.uow(), out.path, today=TODAY).preview
    assert not any("不符" in exchange.change_text(x) for x in preview.changes)
    [row] = county_money.payments(county_ctx.uow(), "2026-11")
    assert (row.households, row.lines_fen, row.ledger_households, row.ledger_total_fen) == (2, 62000, 2, 62000)
    assert not row.flagged


def _roster_with_register(path, code, name, entries, sequence=1):
    """A township's roster package whose 追回 sheet carries 其中待银行回执 (as its program writes it)."""
    from dibao_desk.exchange import registers_sheets
    from dibao_desk.exchange.package_format import SheetData
    from tests.conftest import make_id

    households = [("7", "东风村", "赵六", make_id("19550101", 21), "rural", 1, 1, "class1", 52000, "2025-03-01", "")]
    persons = [("7", "赵六", make_id("19550101", 21), "男", "1955-01-01", "户主", True, None)]
    register = [(ref, "7", "赵六", make_id("19550101", 21), "取消追溯", "追〔2026〕1号", dt.date(2026, 10, 8),
                 "2026-08～2026-09", amount, recovered, amount - recovered, "待追回" if amount > recovered else "已追回",
                 awaiting) for ref, amount, recovered, awaiting in entries]
    pkg.write_package(path, kind="roster", direction="up", township_code=code, township_name=name,
                      county_name="德安县", sequence=sequence, period="2026-11",
                      sheets=[*packages_out.roster_sheets(households, persons, 1, 1),
                              SheetData(registers_sheets.RECOVERY, register, len(register))])
    return path


def test_the_county_keeps_what_each_township_has_deducted_awaiting_the_bank(county_ctx, tmp_path, capsys):
    """Two townships report deductions the bank has not answered yet: the county keeps them per
    entry and shows them beside 已收回, in the command's list and its total."""
    from dibao_desk.cli import main

    for path, code, name, entries in (
            (tmp_path / "a.xlsx", "360426100000", "德安镇", [("R1", 60000, 30000, 20000), ("R2", 10000, 0, 0)]),
            (tmp_path / "b.xlsx", "360426101000", "车桥镇", [("R9", 45000, 45000, 15000)])):
        preview = exchange.import_package(county_ctx.uow(), _roster_with_register(path, code, name, entries),
                                          today=TODAY).preview
        assert preview.ok
    rows = county_money.recovery_entries(county_ctx.uow())
    assert [(r.township_name, r.entry_ref, r.recovered_fen, r.awaiting_fen, r.balance_fen) for r in rows] == [
        ("德安镇", "R1", 30000, 20000, 30000), ("德安镇", "R2", 0, 0, 10000), ("车桥镇", "R9", 45000, 15000, 0)]
    assert main(["--data-dir", str(county_ctx.data_dir), "county", "recovery"]) == 0
    out = capsys.readouterr().out
    assert "其中待银行回执（元）" in out.splitlines()[0]
    assert "德安镇\tR1\t7\t赵六\t取消追溯\t追〔2026〕1号\t2026-10-08\t600.00\t300.00\t200.00\t300.00\t待追回" in out
    assert "共 3 条，尚欠合计 400.00 元；已收回中有 350.00 元为造册扣减、待银行回执" in out


def test_the_periods_subsidy_roster_travels_with_the_payments_package_and_an_older_county_ignores_it(
        ctx, township, county_ctx, tmp_path):
    from dibao_desk.domain.payroll import PayrollKind, SubsidyBasis, SubsidyRule
    from dibao_desk.exchange import packages_in

    ledger.build(ctx.uow(), TODAY)
    roster = payroll.make(ctx.uow(), "2026-11", today=TODAY)
    payroll.sign(ctx.uow(), roster.id, "刘镇长", TODAY, today=TODAY)
    rule = SubsidyRule("冬季取暖补贴", SubsidyBasis.HOUSEHOLD, 10000)
    extra = payroll.make(ctx.uow(), "2026-11", PayrollKind.SUBSIDY, subsidy=rule, today=TODAY)
    payroll.sign(ctx.uow(), extra.id, "刘镇长", TODAY, today=TODAY)
    out = exchange.export_package(ctx.uow(), "payments", "2026-11", tmp_path / "p.xlsx", today=TODAY)
    assert out.rows["补发及专项造册"] == 1

    preview = exchange.import_package(county_ctx.uow(), out.path, today=TODAY).preview
    assert preview.ok
    texts = [exchange.change_text(c) for c in preview.changes]
    assert any("另有补发、专项补贴造册 1 份：3 户次，金额 300.00 元（专项补贴“冬季取暖补贴” 300.00 元）" in t
               for t in texts), texts
    [row] = county_money.payments(county_ctx.uow(), "2026-11")  # the regular roster's checks unchanged
    assert (row.households, row.lines_fen, row.flagged) == (3, 93000, False)

    # a county program that does not know the sheet reads the package as before: the sheet is
    # one it does not know, its rows are not 造册 lines
    old_specs = {s.name: s for s in (packages_out.PAYMENTS, packages_out.PAYMENT_TOTALS, packages_out.PAYMENT_SOURCES)}
    package = pkg.read_package(out.path, specs=lambda _kind: old_specs)
    lines = packages_in.plain(package, packages_out.PAYMENTS, "id_number", "name")
    assert len(lines) == 3 and all(r.ok for r in lines)


def test_the_payments_list_puts_each_quarter_at_the_head_of_its_months_latest_first(county_ctx, tmp_path):
    # A county with townships on both cycles: the quarter's money heads the months it is made of,
    # and a first quarter never sits above the December before it (as its text, 2026Q1, did).
    lines = [_line("张三", "1", 2, 31000)]
    figures = {"payroll_total_fen": "31000", "payroll_adjustment_fen": "0", "payroll_households": "1",
               "ledger_households": "1", "ledger_total_fen": "31000", "ledger_adjustment_fen": "0"}
    for seq, period in enumerate(["2026-09", "2026Q3", "2026-10", "2026-12", "2026Q4", "2027Q1", "2027-01"], 1):
        _payments_package(tmp_path / f"p{seq}.xlsx", lines, figures, sequence=seq, period=period)
        assert exchange.import_package(county_ctx.uow(), tmp_path / f"p{seq}.xlsx", today=TODAY).preview.ok, period
    rows = county_money.payments(county_ctx.uow())
    assert [r.period for r in rows] == ["2027Q1", "2027-01", "2026Q4", "2026-12", "2026-10", "2026Q3", "2026-09"]
    assert list(county_money.payment_totals(rows)) == [r.period for r in rows]
