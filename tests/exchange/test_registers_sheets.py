"""The registers travel to the county: four sheets in the roster package, 备案 in the cases package."""

from __future__ import annotations

import pytest

import datetime as dt

from dibao_desk.exchange import package as pkg
from dibao_desk.exchange import packages_out
from dibao_desk.services import blacklist, complaints, county, events, exchange, relatives
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

CADRE = make_id("19700101", 31)


def test_roster_and_cases_packages_carry_the_registers(ctx, township, county_ctx, villages, tmp_path):
    first, second, third = township["households"]
    spouse = make_id("19620510", 12)  # 张三妻, a member of the first household (case waiting)
    relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                           village_id=villages["东风村"], post="村主任", id_number=spouse, name="张三妻",
                           relation="sibling", registered_on=dt.date(2026, 3, 1), today=TODAY)
    liar = make_id("19620511", 14)
    for on in (dt.date(2025, 5, 1), dt.date(2026, 11, 2)):
        blacklist.record_false_declaration(ctx.uow(), liar, "李四妻", on, "隐瞒存款", household_id=second, today=TODAY)
    old = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 10, 9), channel="phone", household_id=third,
                                   description="有车", complainant="钱某", contact="139", today=TODAY)
    complaints.answer_complaint(ctx.uow(), old.id, finding="unfounded", investigation="车为亲戚所有", answer="已答复",
                                answered_on=dt.date(2026, 10, 20), today=TODAY)  # answered before the period
    complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 20), channel="letter", household_id=third,
                             description="在外务工", complainant="孙某", contact="13812345678", today=TODAY)
    events.add_event(ctx.uow(), third, "moved_away", dt.date(2026, 11, 5), "王五妻迁往外省", today=TODAY)

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    assert {k: roster.rows[k] for k in ("诚信档案", "近亲属备案", "举报", "家庭变故")} == {
        "诚信档案": 2, "近亲属备案": 1, "举报": 1, "家庭变故": 1}
    read = pkg.read_package(roster.path, specs=packages_out.specs_for)
    [filing] = read.sheets["近亲属备案"]
    assert (filing["staff_name"], filing["role"], filing["village"], filing["id_number"], filing["relation"],
            filing["household_ref"]) == ("赵村长", "村（社区）干部", "东风村", spouse, "兄弟姐妹", str(first))
    assert [(d["outcome"], d["bar_ends"]) for d in read.sheets["诚信档案"]] == [
        ("警示", ""), ("列入黑名单", "2027-11-02")]
    [c] = read.sheets["举报"]
    assert (c["channel"], c["household_ref"], c["status"], c["due_on"]) == ("来信", str(third), "待答复", "2026-12-11")
    [e] = read.sheets["家庭变故"]
    assert (e["kind"], e["on"], e["detail"]) == ("迁出", "2026-11-05", "王五妻迁往外省")
    cells = _all_cells(roster.path)
    assert "孙某" not in cells and "13812345678" not in cells  # the complainant is never sent
    assert "在外务工" in cells

    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    assert cases.rows == {"待审批": 2, "备案标记": 1}
    read = pkg.read_package(cases.path, specs=packages_out.specs_for)
    [mark] = read.sheets["备案标记"]
    assert (mark["case_ref"], mark["member_name"], mark["staff_name"]) == (str(township["cases"][0]), "张三妻", "赵村长")

    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)  # the county takes the new sheets
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    by_ref = {c.case_ref: c for c in county.list_cases(county_ctx.uow())}
    assert by_ref[str(township["cases"][0])].evidence.startswith("备案：成员张三妻是村（社区）干部赵村长的兄弟姐妹")
    assert "备案" not in by_ref[str(township["cases"][1])].evidence


def _all_cells(path) -> set[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    return {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}


def test_a_complaint_about_a_deleted_household_names_it_so_in_the_roster_package(ctx, township, tmp_path):
    """An older version let a household with a complaint be deleted (the complaint kept the head's
    name, its household number went): the county reads 已删除的家庭（户主 X）, not a blank number."""
    from sqlalchemy import update

    from dibao_desk.models import Complaint

    third = township["households"][2]
    kept = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 20), channel="letter",
                                    household_id=township["households"][1], description="在外务工", today=TODAY)
    gone = complaints.add_complaint(ctx.uow(), received_on=dt.date(2026, 11, 21), channel="visit",
                                    household_id=third, description="有车", today=TODAY)
    with ctx.uow() as u:
        u.session.execute(update(Complaint).where(Complaint.id == gone.id).values(household_id=None))
        u.commit()

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    read = pkg.read_package(roster.path, specs=packages_out.specs_for)
    assert [(c["complaint_ref"], c["household_ref"], c["head_name"]) for c in read.sheets["举报"]] == [
        (str(kept.id), str(township["households"][1]), "李四"), (str(gone.id), "已删除的家庭（户主 王五）", "王五")]
