"""The package format: text cells, neutralised formulas, checksum, atomic writing, receipts."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from dibao_desk import messages
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out as out
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import exchange, payroll
from tests.exchange.exchange_fixtures import TODAY, county, set_receiving, township  # noqa: F401
from tests.helpers import make_id

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

SPEC = pkg.SheetSpec("测试", (pkg.Column("id", "编号", pkg.ID), pkg.Column("text", "内容"),
                            pkg.Column("money", "金额", pkg.MONEY), pkg.Column("n", "数", pkg.INT),
                            pkg.Column("day", "日期", pkg.DATE)))
TRICKY = ["=SUM(A1:A9)", "+86 139", "-5", "@cmd", "\tTAB", "'=already quoted", "''=two", "普通文字",
          "a\\b", "line\nbreak", "'plain apostrophe"]


def write(path, rows, **kw):
    return pkg.write_package(path, kind="roster", direction="up", township_code="360426100000",
                             township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                             sheets=[pkg.SheetData(SPEC, rows)], **kw)


def test_text_comes_back_as_it_was_and_nothing_is_a_formula(tmp_path):
    rows = [(f"00{i}", t, 12345 + i, i, dt.date(2026, 1, 1 + i)) for i, t in enumerate(TRICKY)]
    write(tmp_path / "p.xlsx", rows)
    back = pkg.read_package(tmp_path / "p.xlsx", specs={"测试": SPEC}).sheets["测试"]
    assert [r["text"] for r in back] == TRICKY
    assert [r["id"] for r in back] == [f"00{i}" for i in range(len(TRICKY))]
    assert [r["money"] for r in back] == [12345 + i for i in range(len(TRICKY))]
    wb = openpyxl.load_workbook(tmp_path / "p.xlsx")
    ws = wb["测试"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert ws["B2"].value == "'=SUM(A1:A9)"
    assert ws["A2"].number_format == "@" and ws["A2"].data_type == "s"


@pytest.mark.parametrize("text,stored", [("=1", "'=1"), ("'=1", "''=1"), ("'x", "'x"), ("x=1", "x=1"),
                                         ("-", "'-"), ("", "")])
def test_neutralise_and_restore_are_inverse(text, stored):
    assert pkg.neutralise(text) == stored
    assert pkg.restore(stored) == text


def test_checksum_depends_on_values_not_on_zip_bytes(tmp_path):
    rows = [("1", "甲", 100, 1, dt.date(2026, 1, 1))]
    a = write(tmp_path / "a.xlsx", rows, created_at=dt.datetime(2026, 1, 1, 8))
    b = write(tmp_path / "b.xlsx", rows, created_at=dt.datetime(2026, 2, 1, 9))
    assert a.manifest.sha256 == b.manifest.sha256
    # resaved by a spreadsheet program: different zip bytes, same values, same checksum
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    wb.save(tmp_path / "c.xlsx")
    assert (tmp_path / "c.xlsx").read_bytes() != (tmp_path / "a.xlsx").read_bytes()
    assert pkg.read_package(tmp_path / "c.xlsx").manifest.sha256 == a.manifest.sha256
    c = write(tmp_path / "d.xlsx", [("1", "甲", 101, 1, dt.date(2026, 1, 1))])
    assert c.manifest.sha256 != a.manifest.sha256


def test_canonical_numbers():
    assert [pkg.canonical(v) for v in (12, 12.0, 12.5, 0.1 + 0.2, -3.0, "", None, "a\tb")] == [
        "12", "12", "12.50", "0.30", "-3", "", "", "a\\tb"]


def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "p.xlsx"
    target.write_bytes(b"old")

    def rows():
        yield ("1", "甲", 100, 1, None)
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write(target, rows())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["p.xlsx"]


def test_periods():
    assert pkg.parse_period("2026-11") == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert pkg.parse_period("2026Q4") == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert pkg.parse_period("2026-13") is None and pkg.parse_period("2026Q5") is None


def test_payment_roster_is_bank_ready_with_totals(ctx, township, make_household, tmp_path):
    late = make_household(head="孙七", head_id=make_id("19550101", 31))
    set_receiving(ctx, late.id, monthly_fen=25050, start=dt.date(2026, 11, 1), account="6217000099990001")
    with pytest.raises(RuleError) as refused:  # only a roster the leader signed goes to the county
        exchange.export_package(ctx.uow(), "payments", "2026Q4", tmp_path / "造册.xlsx", today=TODAY)
    assert refused.value.problems[0].code == "exchange.payroll_unsigned"
    roster = payroll.make(ctx.uow(), "2026Q4", today=TODAY)
    payroll.sign(ctx.uow(), roster.id, "赵镇长", TODAY, today=TODAY)
    result = exchange.export_package(ctx.uow(), "payments", "2026Q4", tmp_path / "造册.xlsx", today=TODAY)
    p = pkg.read_package(result.path, specs=out.specs_for("payments"))
    assert p.manifest.extra["payroll_status"] == "reviewed" and p.manifest.extra["payroll_reviewed_by"] == "赵镇长"
    assert p.manifest.extra["payroll_total_fen"] == str(93000 * 3 + 50100)
    assert sum(r["amount"] for r in p.sheets["资金来源"][:-1]) == 93000 * 3 + 50100
    lines = p.sheets["造册"]
    assert [(r["name"], r["amount"], r["months"]) for r in lines] == [
        ("张三", 93000, 3), ("李四", 93000, 3), ("王五", 93000, 3), ("孙七", 50100, 2)]
    assert all(len(r["account"]) >= 16 and r["account"].isdigit() for r in lines)
    totals = p.sheets["合计"]
    assert totals[-1] == {"village": "合计", "households": 4, "persons": 7, "amount": 93000 * 3 + 50100}
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == ["造册", "合计", "资金来源", pkg.MANIFEST_SHEET]
    assert wb["造册"]["E2"].number_format == "0.00" and wb["造册"]["D2"].number_format == "@"


def test_payments_of_a_quarter_paid_by_month_rosters_names_them_31_march(ctx, township, tmp_path):
    """January and February paid by their own rosters, then the office goes quarterly: there is
    no 2027Q1 roster and none can be made. The quarter's payments package is refused naming the
    signed month rosters to send instead and the month none pays yet, not asking for a quarter
    roster to be made and signed; each month's package goes."""
    for period, day in (("2027-01", dt.date(2027, 1, 31)), ("2027-02", dt.date(2027, 2, 28))):
        r = payroll.make(ctx.uow(), period, today=day)
        payroll.sign(ctx.uow(), r.id, "赵镇长", day, today=day)
    payroll.set_period_unit(ctx.uow(), "quarter")
    day = dt.date(2027, 3, 31)
    with pytest.raises(RuleError) as refused:
        exchange.export_package(ctx.uow(), "payments", "2027Q1", tmp_path / "q1.xlsx", today=day)
    [problem] = refused.value.problems
    text = messages.text(problem)
    assert problem.code == "exchange.payroll_by_months"
    assert "2027-01、2027-02" in text and "2027年3月" in text and "请先在“造册”中造册并审核" not in text
    assert not (tmp_path / "q1.xlsx").exists()
    sent = exchange.export_package(ctx.uow(), "payments", "2027-01", tmp_path / "jan.xlsx", today=day)
    assert sent.path.exists()


def test_receipt_lists_accepted_and_rejected_rows(ctx, township, tmp_path):
    rows = [("YJ-1", make_id("19600310", 11), "张三", "车辆", "名下登记小型轿车一辆", dt.date(2026, 11, 1),
             dt.date(2026, 12, 15)),
            ("YJ-2", make_id("19800101", 99), "外乡人", "存款", "存款 8 万元", dt.date(2026, 11, 1),
             dt.date(2026, 12, 15)),
            ("YJ-3", make_id("19600311", 13), "李四", "飞船", "?", "", dt.date(2026, 12, 15))]
    path = tmp_path / "核对预警.xlsx"
    pkg.write_package(path, kind="warnings", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.WARNINGS, rows)])
    result = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert result.receipt_path == tmp_path / "核对预警-回执.xlsx"
    receipt = pkg.read_package(result.receipt_path, specs=out.specs_for("receipt"))
    assert receipt.manifest.kind == "receipt"
    assert receipt.manifest.extra["receipt_for_sha256"] == pkg.read_package(path).manifest.sha256
    lines = receipt.sheets["回执"]
    assert [(r["row"], r["result"]) for r in lines] == [(2, "接受"), (3, "拒绝"), (4, "拒绝")]
    assert "车辆" in lines[0]["reason"] and "2026-12-15" in lines[0]["reason"]
    assert "不是本乡镇登记的家庭成员" in lines[1]["reason"]
    assert "飞船" in lines[2]["reason"]
    warnings = exchange.list_warnings(ctx.uow())
    assert [(w.name, w.kind, w.answer_by, w.status) for w in warnings] == [
        ("张三", "vehicle", dt.date(2026, 12, 15), "open")]
    assert warnings[0].household_id == township["households"][0]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
def test_libreoffice_reads_back_what_was_written(ctx, township, make_household, tmp_path):
    tricky = make_household(head="周八", head_id=make_id("19580101", 41), address="=HYPERLINK(\"x\")+1")
    set_receiving(ctx, tricky.id, monthly_fen=12345)
    result = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    outdir = tmp_path / "csv"
    # one CSV per sheet, UTF-8, raw values (not "as shown")
    subprocess.run([SOFFICE, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(outdir), str(result.path)],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(result.path))
    for sheet in ("花名册", "保障人员", pkg.MANIFEST_SHEET):
        with open(outdir / f"花名册-{sheet}.csv", encoding="utf-8", newline="") as fh:
            seen = list(csv.reader(fh))
        written = [[pkg.canonical(v) for v in row] for row in wb.get_sheet_by_name(sheet).to_python()]
        assert seen == written, sheet
    with open(outdir / "花名册-花名册.csv", encoding="utf-8", newline="") as fh:
        households = list(csv.reader(fh))
    ids = {row[3] for row in households[1:]}
    assert make_id("19580101", 41) in ids  # 18 digits intact, not 3.60426E+17
    assert any(row[10] == "'=HYPERLINK(\"x\")+1" for row in households)  # shown, never run


def test_review_results_go_up_and_warnings_make_a_review_due(ctx, township, tmp_path):
    from dibao_desk.services import reviews

    hid = township["households"][2]
    reviews.record_review(ctx.uow(), reviews.ReviewInput(hid, dt.date(2026, 11, 5), "王经办", "keep",
                                                         findings="家庭情况无变化"), today=TODAY)
    result = exchange.export_package(ctx.uow(), "reviews", "2026-11", tmp_path / "复核.xlsx", today=TODAY)
    rows = pkg.read_package(result.path, specs=out.specs_for("reviews")).sheets["复核结果"]
    assert [(r["head_name"], r["outcome"], r["reviewed_on"]) for r in rows] == [("王五", "保留", "2026-11-05")]

    path = tmp_path / "预警.xlsx"
    pkg.write_package(path, kind="warnings", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.WARNINGS, [("YJ-9", make_id("19600312", 15), "王五", "存款",
                                                             "名下存款 12 万元", dt.date(2026, 11, 2),
                                                             dt.date(2026, 12, 2))])])
    exchange.import_package(ctx.uow(), path, today=TODAY)
    events = reviews.open_events(ctx.uow(), hid)
    assert [(e.kind, e.on) for e in events] == [("cross_check", dt.date(2026, 11, 2))]
    assert "存款" in events[0].detail


def test_cancelled_export_leaves_no_file_and_uses_no_number(ctx, township, tmp_path):
    from dibao_desk.services.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", progress=progress, today=TODAY)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*")) == []
    assert exchange.list_sent(ctx.uow()) == []
    result = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    assert result.sequence == 1


def test_roster_package_carries_the_linked_assistance_of_the_period(ctx, township, county, tmp_path):
    from dibao_desk.domain.assistance import AssistanceDraft
    from dibao_desk.services import assistance, county as county_service, households

    first, second, _ = township["households"]
    wife = households.get(ctx.uow(), first).draft.members[1]
    assistance.add(ctx.uow(), first, AssistanceDraft("medical_insurance", 38000, dt.date(2026, 11, 2),
                                                     "县医保局", wife.id_number), today=TODAY)
    assistance.add(ctx.uow(), second, AssistanceDraft("temporary", 100000, dt.date(2026, 11, 20),
                                                      "镇民政办", "", "=火灾"), today=TODAY)
    assistance.add(ctx.uow(), second, AssistanceDraft("heating", 20000, dt.date(2026, 10, 31),
                                                      "县住建局"), today=TODAY)  # before the period
    result = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    assert result.rows["联动救助"] == 2
    back = pkg.read_package(result.path, specs=out.specs_for("roster")).sheets["联动救助"]
    assert [(r["household_ref"], r["name"], r["id_number"], r["kind"], r["amount"], r["given_on"], r["note"])
            for r in back] == [
        (str(first), wife.name, wife.id_number, "代缴参合金", 38000, "2026-11-02", ""),
        (str(second), "", "", "临时救助", 100000, "2026-11-20", "=火灾")]
    # the county reads the package as before
    exchange.import_package(county.uow(), result.path, today=TODAY)
    assert [t.households for t in county_service.townships(county.uow())] == [3]
