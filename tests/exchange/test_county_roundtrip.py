"""Township -> county -> township: roster and cases go up, decisions come back down."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.services import county, exchange, exchange_in, procedure
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


def test_round_trip_township_county_township(ctx, township, county_ctx, tmp_path):
    stick = tmp_path / "U盘"
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", stick / "花名册.xlsx", today=TODAY)
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", stick / "待审批.xlsx", today=TODAY)
    assert roster.rows == {"花名册": 3, "保障人员": 6, "联动救助": 0, "诚信档案": 0, "近亲属备案": 0, "举报": 0,
                           "家庭变故": 0, "追回": 0}
    assert cases.rows == {"待审批": 2, "备案标记": 0} and cases.sequence == 1

    # the county imports both
    pre = exchange.preview_package(county_ctx.uow(), cases.path, today=TODAY)
    assert pre.ok and [c.action for c in pre.changes] == ["case_new", "case_new"]
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    result = exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    assert result.receipt_path.exists()
    totals = county.townships(county_ctx.uow())
    assert [(t.code, t.households, t.covered, t.monthly_fen, t.awaiting) for t in totals] == [
        ("360426100000", 3, 6, 93000, 2)]

    awaiting = county.list_cases(county_ctx.uow())
    assert len(awaiting) == 2
    draw = county.draw_sample(county_ctx.uow(), seed=42, today=TODAY)
    assert draw.population == 2 and len(draw.sampled_case_ids) == 1  # ceil(30 % of 2)
    assert county.verify_draw(county_ctx.uow(), draw.id)
    first, second = awaiting
    county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    county.record_decision(county_ctx.uow(), second.id, False, "存款超过规定标准", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), "360426100000", stick / "审批结果.xlsx", today=TODAY)
    assert down.rows == {"审批结果": 2}

    # back at the township
    pre = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert pre.ok, pre.refusals
    assert sorted(c.action for c in pre.changes) == ["approve", "refuse"]
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    by_ref = {int(first.case_ref): True, int(second.case_ref): False}
    for case_id, approved in by_ref.items():
        detail = procedure.get_case(ctx.uow(), case_id, TODAY)
        rec = detail.current.get(8)
        assert rec is not None and rec.done_on == dt.date(2026, 11, 20)
        if approved:
            assert detail.info.status == "open" and detail.next_step == 9  # 三榜公示, then the grant
        else:
            assert detail.info.status == "refused" and "存款" in detail.refused_reason


def test_preview_of_a_good_package_writes_nothing(ctx, township, county_ctx, tmp_path):
    from tests.exchange.exchange_fixtures import file_digest, store_state

    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    for c in county.list_cases(county_ctx.uow()):
        county.record_decision(county_ctx.uow(), c.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), "360426100000", tmp_path / "d.xlsx", today=TODAY)
    before, digest = store_state(ctx), file_digest(ctx.store.path)
    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert preview.ok and preview.accepted == 2
    assert store_state(ctx) == before and file_digest(ctx.store.path) == digest


def test_a_failing_row_is_undone_alone_and_a_late_failure_undoes_everything(ctx, township, tmp_path, monkeypatch):
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out
    from tests.exchange.exchange_fixtures import store_state

    # decided before the township's own notice ended: the procedure refuses that row only
    rows = [(str(township["cases"][0]), "", "", "", "批准", "", dt.date(2026, 10, 4), "否", "县局"),
            (str(township["cases"][1]), "", "", "", "批准", "", dt.date(2026, 11, 20), "是", "县局")]
    path = tmp_path / "d.xlsx"
    pkg.write_package(path, kind="decisions", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.DECISIONS, rows)])
    preview = exchange.preview_package(ctx.uow(), path, today=TODAY)
    assert [c.accepted for c in preview.changes] == [False, True]
    # the receipt cannot be written (stick pulled out): nothing of the package stays
    before = store_state(ctx)

    def broken(*a, **k):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(exchange_in, "write_receipt", broken)  # where the import calls it
    with pytest.raises(OSError):
        exchange.import_package(ctx.uow(), path, today=TODAY)
    assert store_state(ctx) == before


def test_a_special_case_decided_at_the_county_comes_back_marked(ctx, township, county_ctx, tmp_path):
    """Seed 001: 特殊情况 "经过审批机关集体讨论作出批准决定" — the county records the collective
    decision, the decisions package carries it, the township's case is marked."""
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.domain.procedure import CollectiveDecision

    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=42, today=TODAY)
    first, second = county.list_cases(county_ctx.uow())
    with pytest.raises(RuleError):  # a collective decision names at least two participants
        county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长",
                               special=CollectiveDecision("serious_illness", dt.date(2026, 11, 19), "陈科长", "纪要"), today=TODAY)
    decision = CollectiveDecision("serious_illness", dt.date(2026, 11, 19), "陈局长、陈科长、刘科长",
                                  "户主肝癌晚期，医疗支出大于家庭收入")
    county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长", special=decision, today=TODAY)
    county.record_decision(county_ctx.uow(), second.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), "360426100000", tmp_path / "d.xlsx", today=TODAY)

    pre = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert pre.ok, pre.refusals
    special = [c for c in pre.changes if c.action == "approve_special"]
    assert len(special) == 1 and "特殊情况（重病），经审批机关 2026-11-19 集体讨论批准" in \
        messages.text(f"change.{special[0].action}", **special[0].params)
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    got = procedure.get_case(ctx.uow(), int(first.case_ref), TODAY)
    assert got.info.special_case == "serious_illness" and got.special == decision
    assert procedure.get_case(ctx.uow(), int(second.case_ref), TODAY).special is None


def test_the_roster_paged_by_ids_is_the_roster_in_order(ctx, township, county_ctx, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    whole = county.roster(county_ctx.uow())
    found = county.roster_ids(county_ctx.uow())
    assert county.roster_lines(county_ctx.uow(), found.ids) == whole and len(whole) == 3
    assert (found.covered, found.monthly_fen) == (sum(r.covered for r in whole), sum(r.monthly_fen for r in whole))
    assert county.roster_lines(county_ctx.uow(), found.ids[1:2]) == whole[1:2]
    assert county.roster_ids(county_ctx.uow(), "360426999000").ids == ()


def test_a_township_with_no_receiving_household_shows_the_period_it_reported(ctx, county_ctx, tmp_path):
    # a new township office with nobody on the benefit yet reports its (empty) November roster:
    # the county sees it reported November, not a blank as if it had never reported
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    assert roster.rows["花名册"] == 0
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    totals = county.townships(county_ctx.uow())
    assert [(t.code, t.period, t.households, t.monthly_fen) for t in totals] == [("360426100000", "2026-11", 0, 0)]


def test_a_package_under_a_known_code_with_another_name_is_pointed_out(ctx, township, county_ctx, tmp_path):
    # a second office set up with the first one's code by mistake (or a township renamed): the
    # county clerk is told before importing, not left to find the township renamed afterwards
    from dibao_desk import messages
    from dibao_desk.services import office

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    import dataclasses

    office.save_office(ctx.uow(), dataclasses.replace(office.get_office(ctx.uow()), name="宝塔乡"))
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    pre = exchange.preview_package(county_ctx.uow(), cases.path, today=TODAY)
    said = [messages.text(w) for w in pre.warnings]
    assert any("360426100000" in t and "“德安镇”" in t and "“宝塔乡”" in t for t in said), said
    assert [t.name for t in county.townships(county_ctx.uow())] == ["德安镇"]  # the preview renamed nothing


def test_a_package_from_an_office_set_up_with_the_countys_own_code_is_refused(ctx, township, county_ctx, tmp_path):
    # a township office that typed the county's code (360426000000) at its first start: the
    # county would otherwise register itself as one of its townships
    import dataclasses

    from dibao_desk.services import office

    office.save_office(ctx.uow(), dataclasses.replace(office.get_office(ctx.uow()), admin_code="360426000000"))
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    pre = exchange.preview_package(county_ctx.uow(), roster.path, today=TODAY)
    assert [p.code for p in pre.refusals] == ["package.not_township"]
    from dibao_desk import messages

    assert "360426000000" in messages.text(pre.refusals[0]) and "乡镇" in messages.text(pre.refusals[0])
    assert county.townships(county_ctx.uow()) == []


def test_a_roster_of_an_earlier_period_does_not_replace_the_newer_one(ctx, township, county_ctx, tmp_path):
    # the township sends November, then a corrected October (the next number): the county keeps
    # November as the township's roster, and the preview and the receipt say why
    from dibao_desk import messages

    nov = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "11.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), nov.path, today=TODAY)
    procedure_household = township["households"][2]
    from tests.exchange.exchange_fixtures import set_receiving

    set_receiving(ctx, procedure_household, monthly_fen=50000)
    octo = exchange.export_package(ctx.uow(), "roster", "2026-10", tmp_path / "10.xlsx", today=TODAY)
    assert octo.sequence == 2
    result = exchange.import_package(county_ctx.uow(), octo.path, today=TODAY)
    said = [exchange.change_text(c) for c in result.preview.changes]
    assert any("2026-10" in t and "2026-11" in t and "未替换" in t for t in said), said
    totals = county.townships(county_ctx.uow())
    assert [(t.period, t.households, t.monthly_fen) for t in totals] == [("2026-11", 3, 93000)]
    # the next month replaces November as before
    dec = exchange.export_package(ctx.uow(), "roster", "2026-12", tmp_path / "12.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), dec.path, today=TODAY)
    totals = county.townships(county_ctx.uow())
    assert [(t.period, t.households, t.monthly_fen) for t in totals] == [("2026-12", 3, 112000)]
    assert messages.text("change.roster_older", township="德安镇", period="2026-10", held="2026-11")


def test_a_decision_dated_after_today_or_before_the_townships_review_is_refused_at_the_county(
        ctx, township, county_ctx, tmp_path):
    # `county decide --date` with a year mistyped: the township would refuse the row (before its
    # notice) or record step 8 a year ahead, and the county, having sent it, could not decide again
    from dibao_desk import messages
    from dibao_desk.domain.county import CountyCaseStatus
    from dibao_desk.domain.problems import RuleError

    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    first = county.list_cases(county_ctx.uow())[0]
    for wrong, words in ((dt.date(2027, 11, 23), "晚于今天"), (dt.date(2025, 11, 23), "乡镇审核日期")):
        with pytest.raises(RuleError) as caught:
            county.record_decision(county_ctx.uow(), first.id, True, "", wrong, "陈科长", today=TODAY)
        said = messages.text(caught.value.problems[0])
        assert wrong.isoformat() in said and words in said, said
    assert county.list_cases(county_ctx.uow())[0].status == CountyCaseStatus.AWAITING
    row = county.record_decision(county_ctx.uow(), first.id, True, "", TODAY, "陈科长", today=TODAY)
    assert row.status == CountyCaseStatus.DECIDED


def test_an_empty_roster_of_an_earlier_period_leaves_the_period_reported(ctx, county_ctx, tmp_path):
    # a township with nobody on the benefit yet sends November, then a corrected October
    nov = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "11.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), nov.path, today=TODAY)
    octo = exchange.export_package(ctx.uow(), "roster", "2026-10", tmp_path / "10.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), octo.path, today=TODAY)
    assert [(t.period, t.households) for t in county.townships(county_ctx.uow())] == [("2026-11", 0)]


def test_the_combined_roster_is_in_the_same_order_on_a_server_with_a_chinese_collation(
        ctx, tmp_path, request):
    # A county's PostgreSQL made on a Chinese Windows sorts text by pinyin (北 before 东); the
    # combined roster from the terminal must come in the order the window and SQLite show
    import uuid

    from dibao_desk.services import office
    from dibao_desk.services.context import open_context
    from tests import pg
    from tests.conftest import make_id, mark_test_data, simple_draft
    from tests.exchange.exchange_fixtures import set_receiving

    if pg.admin_url() is None or request.config.getoption("--db-engine") == "sqlite":
        pytest.skip(f"{pg.ENV} not set: no PostgreSQL to test against")
    name = f"dibao_zh_{uuid.uuid4().hex[:12]}"
    with pg._admin() as con:
        try:
            con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                        f"LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'")
        except Exception as exc:  # a server without ICU (or older than 15)
            pytest.skip(f"no ICU collation on this server: {exc}")

    def drop():
        with pg._admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    (tmp_path / "county-zh").mkdir()
    (tmp_path / "county-zh" / "database.txt").write_text(pg._db_url(name) + "\n", encoding="utf-8")
    cz = open_context(tmp_path / "county-zh")
    request.addfinalizer(cz.close)
    office.save_office(cz.uow(), office.OfficeInfo(
        name="德安县民政局", admin_code="360426000000", county_name="德安县", complaint_phone="",
        complaint_box="", mode="county", operator="陈科长"))
    cz.operator = "陈科长"
    mark_test_data(cz)

    from dibao_desk.services import households

    office.add_village(ctx.uow(), "北山村", "village", 900)
    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    for head, village, seq in (("张三", "北山村", 11), ("李四", "东风村", 13), ("王五", "北山村", 15)):
        made = households.save(ctx.uow(), simple_draft(villages[village], head=head, head_id=make_id("19600310", seq)),
                               today=TODAY)
        set_receiving(ctx, made.id)
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(cz.uow(), roster.path, today=TODAY)
    lines = county.roster(cz.uow())
    assert [line.village for line in lines] == ["东风村", "北山村", "北山村"]  # as SQLite and the window
    assert lines == county.roster_lines(cz.uow(), county.roster_ids(cz.uow()).ids)


def test_a_cancellation_reaches_the_county_without_a_proposed_benefit(ctx, township, county_ctx, tmp_path):
    # A 取消 case proposes that the payment stop: the county must not read the household's
    # current 310.00 元 as an amount the township proposes to keep paying
    from tests.helpers import walk_case

    hid = township["households"][2]
    info = procedure.open_case(ctx.uow(), hid, "cancel", "家庭成员已稳定就业，人均收入超过标准",
                               dt.date(2026, 10, 1))
    walk_case(ctx, info.id, dt.date(2026, 10, 2), until=8)
    cases = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "待审批.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), cases.path, today=TODAY)
    by_kind = {c.kind: c for c in county.list_cases(county_ctx.uow())}
    assert by_kind["cancel"].proposed_fen == 0 and by_kind["cancel"].proposed_category == ""
    assert by_kind["change"].proposed_fen == 42000 and by_kind["change"].proposed_category == "class1"
