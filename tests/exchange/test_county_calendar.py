"""The county's working calendar (法定节假日, 调休) travels down with its policy package: a township
counts complaint deadlines and plans reviews on it for a year the shipped calendar does not know."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from dibao_desk import messages
from dibao_desk.exchange import package as pkg
from dibao_desk.services import complaints, exchange, policy, reviews, workday_calendar
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, store_state, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

D = dt.date
SPRING_2027 = [D(2027, 2, 6) + dt.timedelta(days=k) for k in range(7)]  # Sat 6 … Fri 12 Feb
SWAPPED_2027 = D(2027, 2, 20)  # a Saturday 调休 working day


def county_enters_2027(county_ctx) -> None:
    for day in SPRING_2027:
        complaints.set_override(county_ctx.uow(), day, False, "春节放假")
    complaints.set_override(county_ctx.uow(), SWAPPED_2027, True, "春节调休上班")


def county_knows_the_township(ctx, county_ctx, tmp_path) -> None:
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), D(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), D(2027, 1, 1), base, "2027 年标准", today=TODAY)


def policy_package(county_ctx, tmp_path, name="p.xlsx"):
    return exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / name,
                                   township_code="360426100000", today=TODAY)


def test_the_countys_spring_festival_reaches_the_townships_deadlines_and_plan(ctx, township, county_ctx, tmp_path):
    hid = township["households"][0]
    # a complaint received the Friday before the 2027 Spring Festival: counted on weekdays, a guess
    c = complaints.add_complaint(ctx.uow(), received_on=D(2027, 2, 5), channel="box", household_id=hid,
                                 description="家里新买了轿车", today=D(2027, 2, 5))
    assert c.due_on == D(2027, 2, 26) and c.due_approximate
    before = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 12, 31))
    assert before.approximate
    # the office typed one day itself, wrongly: 8 February a working day
    complaints.set_override(ctx.uow(), D(2027, 2, 8), True, "")

    county_knows_the_township(ctx, county_ctx, tmp_path)
    county_enters_2027(county_ctx)
    down = policy_package(county_ctx, tmp_path)
    assert down.rows["工作日历"] == 8

    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert preview.ok
    year = [ch for ch in preview.changes if ch.action == "calendar_year"]
    assert [(ch.params["year"], ch.params["holidays"], ch.params["workdays"]) for ch in year] == [(2027, 7, 1)]
    differs = [ch for ch in preview.changes if ch.action == "calendar_office"]
    assert [ch.params["day"] for ch in differs] == ["2027-02-08"]
    assert "保留本办录入的工作日" in exchange.change_text(differs[0])

    # imported without confirming: the office's own day stays, and the import says so
    result = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert [ch.action for ch in result.preview.changes if ch.action.startswith("calendar_")] == \
        ["calendar_year", "calendar_office"]
    with ctx.uow() as uow:
        days, years = workday_calendar.calendar(uow.session)
    assert years == {2027} and days[D(2027, 2, 8)] is True and days[D(2027, 2, 9)] is False

    # the county sends it again with the next package; this time the clerk lets the county's win
    again = policy_package(county_ctx, tmp_path, "p2.xlsx")
    result = exchange.import_package(ctx.uow(), again.path, today=TODAY, county_calendar_wins=True)
    chosen = [ch for ch in result.preview.changes if ch.action == "calendar_county"]
    assert [ch.params["day"] for ch in chosen] == ["2027-02-08"]
    assert [o.day for o in complaints.list_overrides(ctx.uow())] == []

    # the deadline is counted over the holiday and the 调休 Saturday, no longer a guess:
    # 15–19 Feb, 20 Feb (调休), 22–26 Feb, 1–4 Mar
    now = complaints.get_complaint(ctx.uow(), c.id)
    assert now.due_on == D(2027, 3, 4) and not now.due_approximate
    # the quarter plan knows 2027: the holiday's weekdays out, the Saturday in, no visit in the holiday
    plan = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 12, 31))
    assert not plan.approximate
    assert plan.working_days == before.working_days - 5 + 1
    assert not {r.day for r in plan.rows} & set(SPRING_2027)


@pytest.mark.parametrize("rows, says", [
    ([("2027-02-08", "放假"), ("2027-02-08", "放假")], "与第 2 行重复"),
    ([("2027-02-30", "放假")], "不是真实的日期"),
    ([("2227-02-08", "放假")], "超出范围"),
    ([("2027-02-08", "休息")], "类别应为"),
    ([((D(2027, 1, 1) + dt.timedelta(days=k)).isoformat(), "放假") for k in range(10_000)], "超过最多"),
])
def test_a_hostile_calendar_refuses_the_package_before_anything_is_written(ctx, township, county_ctx, tmp_path,
                                                                           rows, says):
    county_knows_the_township(ctx, county_ctx, tmp_path)
    down = policy_package(county_ctx, tmp_path)
    # the county's file, its calendar sheet written as someone edited it, then sealed again
    bad = tmp_path / "bad.xlsx"
    from dibao_desk.exchange import packages_out

    read = pkg.read_package(down.path, specs=packages_out.specs_for)
    policy_rows = [tuple(r[c.key] for c in packages_out.POLICY.columns) for r in read.sheets[packages_out.POLICY.name]]
    m = read.manifest
    pkg.write_package(bad, kind="policy", direction="down", township_code=m.township_code,
                      township_name=m.township_name, county_name=m.county_name, sequence=m.sequence, period=m.period,
                      sheets=[pkg.SheetData(packages_out.POLICY, policy_rows, len(policy_rows)),
                              pkg.SheetData(packages_out.CALENDAR, [(d, k, "") for d, k in rows], len(rows))])
    state = store_state(ctx)
    preview = exchange.preview_package(ctx.uow(), bad, today=TODAY)
    assert not preview.ok
    assert any(says in messages.text(p) for p in preview.refusals)
    assert len(preview.refusals) <= 11
    with pytest.raises(exchange.PackageRefused):
        exchange.import_package(ctx.uow(), bad, today=TODAY)
    assert store_state(ctx) == state


def test_a_package_without_a_calendar_imports_as_before(ctx, township, county_ctx, tmp_path):
    # a county that entered no days (or an older county program) writes no 工作日历 sheet
    county_knows_the_township(ctx, county_ctx, tmp_path)
    down = policy_package(county_ctx, tmp_path)
    assert "工作日历" not in openpyxl.load_workbook(down.path, read_only=True).sheetnames
    result = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert not [ch for ch in result.preview.changes if ch.action.startswith("calendar")]
    assert workday_calendar.county_years(ctx.uow()) == []


def test_an_older_township_reader_passes_over_the_calendar_sheet(ctx, township, county_ctx, tmp_path):
    # a reader that knows only the 政策标准 sheet (the specs of a program before 工作日历) reads it
    from dibao_desk.exchange import packages_out

    county_knows_the_township(ctx, county_ctx, tmp_path)
    county_enters_2027(county_ctx)
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY)
    read = pkg.read_package(down.path, specs=lambda kind: {packages_out.POLICY.name: packages_out.POLICY})
    assert read.manifest.schema_version == 1 and read.sheets[packages_out.POLICY.name]


def test_a_county_with_no_figures_of_its_own_sends_its_calendar_alone(ctx, township, county_ctx, tmp_path):
    # the province's standards apply: the county entered no policy set, only the 2027 holidays
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    county_enters_2027(county_ctx)
    down = policy_package(county_ctx, tmp_path)
    assert down.rows == {"工作日历": 8}
    assert openpyxl.load_workbook(down.path, read_only=True).sheetnames == ["工作日历", "包信息"]

    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert preview.ok and [ch.action for ch in preview.changes] == ["calendar_year"]
    result = exchange.import_package(ctx.uow(), down.path, today=TODAY)
    assert result.preview.accepted == 1 and result.receipt_path.is_file()
    assert [y.year for y in workday_calendar.county_years(ctx.uow())] == [2027]
    policies = [ps for ps in policy.list_policy_sets(ctx.uow()) if not ps.is_example]
    assert policies == []  # no figures came, none were made up

    # lost on the way: written again with the same number and the same checksum
    again = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "again.xlsx",
                                    township_code="360426100000", again=True, today=TODAY)
    assert again.sequence == down.sequence and again.sha256 == down.sha256 and not again.warnings


def test_a_county_with_neither_figures_nor_calendar_has_nothing_to_send(ctx, township, county_ctx, tmp_path):
    from dibao_desk.domain.problems import RuleError

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    with pytest.raises(RuleError) as refused:
        policy_package(county_ctx, tmp_path)
    assert "也没有录入工作日历" in messages.text(refused.value.problems[0])
    assert not (tmp_path / "p.xlsx").exists()


def test_an_older_township_reader_finds_no_figures_in_a_calendar_alone(ctx, township, county_ctx, tmp_path):
    # a program before 工作日历 reads the sheet with its own headers and finds no 政策标准 rows:
    # nothing to apply, nothing half-applied (its import then writes a receipt of no rows)
    from dibao_desk.exchange import packages_in, packages_out

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    county_enters_2027(county_ctx)
    down = policy_package(county_ctx, tmp_path)
    read = pkg.read_package(down.path, specs=lambda kind: {packages_out.POLICY.name: packages_out.POLICY})
    assert read.manifest.schema_version == 1 and packages_in.policy(read) == []
