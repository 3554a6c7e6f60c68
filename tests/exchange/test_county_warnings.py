"""Cross-check warnings typed in at the county go to the township in a ``warnings`` package."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import county, exchange, reviews
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)

TOWN = "360426100000"


@pytest.fixture
def county_with_roster(ctx, township, county_ctx, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    return county_ctx


def test_typed_warning_goes_down_and_makes_a_review_due(ctx, township, county_with_roster, tmp_path):
    c = county_with_roster
    head = make_id("19600312", 15)  # 王五, third household of the township
    w = county.add_warning(c.uow(), TOWN, head, "deposit", "名下存款 12 万元", dt.date(2026, 12, 23),
                           checked_on=dt.date(2026, 11, 20), today=TODAY)
    assert (w.name, w.kind, w.status, w.township_name) == ("王五", "deposit", "pending", "德安镇")
    assert w.warning_ref.startswith("YJ2026")
    assert [x.id for x in county.list_warnings(c.uow())] == [w.id]

    down = county.export_warnings(c.uow(), TOWN, tmp_path / "预警.xlsx", today=TODAY)
    assert down.rows == {"核对预警": 1} and down.kind == "warnings" and down.sequence == 1
    assert county.list_warnings(c.uow()) == []
    assert [x.status for x in county.list_warnings(c.uow(), status=None)] == ["sent"]
    with pytest.raises(RuleError) as nothing:
        county.export_warnings(c.uow(), TOWN, tmp_path / "again.xlsx", today=TODAY)
    assert nothing.value.problems[0].code == "county.no_warnings"

    # back at the township: the warning and a review due at once
    preview = exchange.preview_package(ctx.uow(), down.path, today=TODAY)
    assert preview.ok, preview.refusals
    exchange.import_package(ctx.uow(), down.path, today=TODAY)
    got = exchange.list_warnings(ctx.uow())
    assert [(x.name, x.kind, x.detail, x.answer_by, x.county_ref, x.household_id) for x in got] == [
        ("王五", "deposit", "名下存款 12 万元", dt.date(2026, 12, 23), w.warning_ref, township["households"][2])]
    events = reviews.open_events(ctx.uow(), township["households"][2])
    assert [(e.kind, e.on) for e in events] == [("cross_check", dt.date(2026, 11, 20))]


def test_a_warning_needs_a_household_on_that_roster_a_known_kind_and_a_date(county_with_roster):
    c = county_with_roster
    head = make_id("19600310", 11)
    with pytest.raises(RuleError) as bad:
        county.add_warning(c.uow(), TOWN, make_id("19700101", 31), "飞机", "", dt.date(2026, 11, 1), today=TODAY)
    assert {p.code for p in bad.value.problems} == {
        "county.warning_not_on_roster", "county.warning_kind", "county.warning_detail", "county.warning_answer_by"}
    with pytest.raises(RuleError) as unknown:
        county.add_warning(c.uow(), "360426999000", head, "death", "死亡比对", dt.date(2026, 12, 1), today=TODAY)
    assert unknown.value.problems[0].code == "county.township_unknown"
    first = county.add_warning(c.uow(), TOWN, head, "车辆", "名下小型汽车一辆", dt.date(2026, 12, 1), today=TODAY)
    assert first.kind == "vehicle"  # the word of the vocabulary is taken as well as the code
    with pytest.raises(RuleError) as again:
        county.add_warning(c.uow(), TOWN, head, "vehicle", "同一辆车", dt.date(2026, 12, 1), today=TODAY)
    assert again.value.problems[0].code == "county.warning_repeat"
    assert len(county.list_warnings(c.uow())) == 1


def test_warnings_from_the_terminal(ctx, township, county_with_roster, tmp_path, capsys):
    from dibao_desk.cli import main

    cnty, town = str(county_with_roster.data_dir), str(ctx.data_dir)
    args = ["--data-dir", cnty, "county", "warn", TOWN]
    assert main([*args, make_id("19700101", 31), "--kind", "死亡", "--detail", "死亡比对",
                 "--answer-by", "2099-01-01"]) != 0
    assert "不在" in capsys.readouterr().err
    assert main([*args, make_id("19600310", 11), "--kind", "死亡", "--detail", "民政殡葬数据比对：已火化",
                 "--answer-by", "2099-01-01"]) == 0
    assert "待下发" in capsys.readouterr().out
    assert main(["--data-dir", cnty, "county", "warnings"]) == 0
    assert "待下发 1 条" in capsys.readouterr().out
    out = tmp_path / "预警.xlsx"
    assert main(["--data-dir", cnty, "county", "send-warnings", TOWN, "--out", str(out)]) == 0
    assert "第 1 号" in capsys.readouterr().out
    assert main(["--data-dir", town, "import-package", str(out)]) == 0
    assert [(w.name, w.kind) for w in exchange.list_warnings(ctx.uow())] == [("张三", "death")]


def test_warnings_lost_on_the_way_are_written_again_under_the_same_number(ctx, township, county_with_roster,
                                                                         tmp_path, capsys):
    # the stick with the warnings is lost: they are marked sent, so the county writes the same
    # package again (as for decisions), and the township imports it as number 1
    from dibao_desk.cli import main

    c = county_with_roster
    head = make_id("19600312", 15)
    county.add_warning(c.uow(), TOWN, head, "deposit", "名下存款 12 万元", dt.date(2026, 12, 23), today=TODAY)
    lost = county.export_warnings(c.uow(), TOWN, tmp_path / "lost.xlsx", today=TODAY)
    lost.path.unlink()
    assert main(["--data-dir", str(c.data_dir), "county", "send-warnings", TOWN, "--again",
                 "--out", str(tmp_path / "again.xlsx")]) == 0
    again = exchange.preview_package(ctx.uow(), tmp_path / "again.xlsx", today=TODAY)
    assert again.ok and again.manifest.sequence == 1 and again.accepted == 1
    exchange.import_package(ctx.uow(), tmp_path / "again.xlsx", today=TODAY)
    assert [x.name for x in exchange.list_warnings(ctx.uow())] == ["王五"]
    # written again once more (the second copy lost too): the same warning, still number 1
    assert main(["--data-dir", str(c.data_dir), "county", "send-warnings", TOWN, "--again",
                 "--out", str(tmp_path / "again2.xlsx")]) == 0
    assert exchange.preview_package(ctx.uow(), tmp_path / "again2.xlsx", today=TODAY).manifest.sequence == 1


def test_a_warning_schedules_the_household_on_the_import_day(ctx, township, county_with_roster, tmp_path):
    """Imported as of 2026-11-30, the household whose members turn 60 on 2026-12-01 is not yet 老年."""
    from dibao_desk.models import Member

    hid = township["households"][2]
    with ctx.uow() as uow:
        for m in uow.session.query(Member).filter(Member.household_id == hid):
            m.birth_date = dt.date(1966, 12, 1)
        uow.commit()  # rescheduled on the computer's date (2026-12-01 or later): 老年
    assert "elderly" in reviews.schedule_of(ctx.uow(), hid).applicable
    c = county_with_roster
    county.add_warning(c.uow(), TOWN, make_id("19600312", 15), "deposit", "名下存款 12 万元",
                       dt.date(2026, 12, 23), checked_on=dt.date(2026, 11, 20), today=TODAY)
    down = county.export_warnings(c.uow(), TOWN, tmp_path / "预警.xlsx", today=TODAY)
    eve = dt.date(2026, 11, 30)
    exchange.import_package(ctx.uow(), down.path, today=eve)
    schedule = reviews.schedule_of(ctx.uow(), hid)
    assert schedule.due_date == dt.date(2026, 11, 20) and "elderly" not in schedule.applicable


def test_a_warning_overdue_on_arrival_is_registered_marked_overdue(ctx, township, tmp_path):
    # the county's stick reached the township after the answer-by date
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out

    rows = [("YJ-7", make_id("19600310", 11), "张三", "车辆", "名下登记小型轿车一辆", dt.date(2026, 11, 1),
             dt.date(2026, 11, 15)),
            ("YJ-8", make_id("19600311", 13), "李四", "存款", "存款 8 万元", dt.date(2026, 11, 1),
             dt.date(2026, 12, 15))]
    path = tmp_path / "核对预警.xlsx"
    pkg.write_package(path, kind="warnings", direction="down", township_code=TOWN, township_name="德安镇",
                      county_name="德安县", sequence=1, period="2026-11", sheets=[pkg.SheetData(out.WARNINGS, rows)])
    result = exchange.import_package(ctx.uow(), path, today=TODAY)
    assert [(c.accepted, c.action) for c in result.preview.changes] == [(True, "warning_overdue"), (True, "warning")]
    assert exchange.change_text(result.preview.changes[0]) == (
        "核对预警（车辆）：名下登记小型轿车一辆，答复截止日期 2026-11-15 收到时已过，已登记并标为逾期，"
        "请尽快通知家庭答复（户主：张三）")
    got = exchange.list_warnings(ctx.uow())
    assert [(w.county_ref, w.status, w.answer_by) for w in got] == [
        ("YJ-7", "open", dt.date(2026, 11, 15)), ("YJ-8", "open", dt.date(2026, 12, 15))]
    assert [(e.kind, e.on) for e in reviews.open_events(ctx.uow(), township["households"][0])] == [
        ("cross_check", dt.date(2026, 11, 1))]


def test_sending_warnings_whose_deadline_has_passed_warns_the_operator(ctx, township, county_with_roster, tmp_path,
                                                                      capsys):
    from dibao_desk.cli import main

    c = county_with_roster
    w = county.add_warning(c.uow(), TOWN, make_id("19600312", 15), "deposit", "名下存款 12 万元",
                           dt.date(2026, 11, 30), today=TODAY)
    county.add_warning(c.uow(), TOWN, make_id("19600310", 11), "vehicle", "名下小型汽车一辆",
                       dt.date(2026, 12, 31), today=TODAY)
    # typed in on 11-23, sent on 12-01 (--today): one answer-by date has passed meanwhile
    out = tmp_path / "预警.xlsx"
    assert main(["--data-dir", str(c.data_dir), "county", "send-warnings", TOWN, "--out", str(out),
                 "--today", "2026-12-01"]) == 0
    said = capsys.readouterr().out
    assert f"注意：其中 1 条预警的答复截止日期已过（{w.warning_ref} 王五 2026-11-30），乡镇收到时即为逾期；" in said
    sent = exchange.preview_package(ctx.uow(), out, today=dt.date(2026, 12, 1))
    assert sent.manifest.period == "2026-12" and sent.accepted == 2
    assert [c.action for c in sent.changes] == ["warning_overdue", "warning"]
    # nothing overdue: no word of it
    county.add_warning(c.uow(), TOWN, make_id("19600312", 15), "deposit", "存款", dt.date(2026, 12, 31),
                       today=dt.date(2026, 12, 1))
    result = county.export_warnings(c.uow(), TOWN, tmp_path / "2.xlsx", today=dt.date(2026, 12, 1))
    assert result.warnings == ()
    assert main(["--data-dir", str(c.data_dir), "county", "send-warnings", TOWN, "--out", str(out),
                 "--today", "2026-13-01"]) == 1
    assert "2026-13-01" in capsys.readouterr().err


def test_a_head_on_two_townships_rosters_is_warned_not_refused(ctx, township, county_with_roster, tmp_path):
    # 车桥镇's roster lists 王五 (a head of 德安镇's roster, already at the county) as its own head
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out

    c = county_with_roster
    wang = make_id("19600312", 15)
    households = [("7", "东风村", "王五", wang, "rural", 1, 1, "class1", 52000, "2025-03", ""),
                  ("8", "东风村", "赵六", make_id("19550101", 21), "rural", 1, 1, "class1", 52000, "2025-03", "")]
    persons = [("7", "王五", wang, "男", "1960-03-12", "户主", True, None),
               ("8", "赵六", make_id("19550101", 21), "男", "1955-01-01", "户主", True, None)]
    path = tmp_path / "车桥镇.xlsx"
    pkg.write_package(path, kind="roster", direction="up", township_code="360426101000", township_name="车桥镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=packages_out_roster(out, households, persons))
    result = exchange.import_package(c.uow(), path, today=TODAY)
    assert result.preview.ok and result.preview.rejected == 0
    said = [(ch.row, ch.action, exchange.change_text(ch)) for ch in result.preview.changes
            if ch.action.startswith("roster_elsewhere")]
    pending = county.list_warnings(c.uow())
    assert [(w.township_code, w.name, w.id_number, w.kind, w.answer_by, w.checked_on) for w in pending] == [
        ("360426101000", "王五", wang, "other", dt.date(2026, 12, 23), TODAY)]
    ref = pending[0].warning_ref
    assert said == [(2, "roster_elsewhere",
                     f"注意：户主 王五（{wang}，户编号 7）同时在“德安镇”的花名册上（户编号 3），可能重复享受低保。"
                     f"已登记核对预警 {ref}，待下发“车桥镇”核实")]
    assert pending[0].detail.startswith("户主同时在“德安镇”的花名册上（户编号 3，")
    # both rosters are kept whole
    assert [(t.name, t.households) for t in county.townships(c.uow())] == [("德安镇", 3), ("车桥镇", 2)]
    # the next month's roster says it again but registers no second warning
    pkg.write_package(tmp_path / "12.xlsx", kind="roster", direction="up", township_code="360426101000",
                      township_name="车桥镇", county_name="德安县", sequence=2, period="2026-12",
                      sheets=packages_out_roster(out, households, persons))
    again = exchange.import_package(c.uow(), tmp_path / "12.xlsx", today=TODAY)
    assert [ch.action for ch in again.preview.changes if ch.action.startswith("roster_elsewhere")] == [
        "roster_elsewhere_known"]
    assert len(county.list_warnings(c.uow())) == 1
    # the county sends it down like a typed one
    sent = county.export_warnings(c.uow(), "360426101000", tmp_path / "预警.xlsx", today=TODAY)
    assert sent.rows == {"核对预警": 1}


def packages_out_roster(out, households, persons):
    return out.roster_sheets(households, persons, len(households), len(persons))


def test_heads_on_other_rosters_are_looked_up_once_not_once_a_head(ctx, township, county_with_roster, tmp_path):
    # 车桥镇's roster lists three heads of 德安镇's roster: the warnings already registered are
    # read in one query (not one per head), the new ones are all registered, each audited
    from sqlalchemy import event

    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out

    c = county_with_roster
    heads = [("王五", make_id("19600312", 15)), ("李四", make_id("19600311", 13)), ("张三", make_id("19600310", 11))]
    households = [(str(7 + i), "东风村", name, number, "rural", 1, 1, "class1", 52000, "2025-03", "")
                  for i, (name, number) in enumerate(heads)]
    persons = [(str(7 + i), name, number, "男", f"1960-03-{10 + 2 - i:02d}", "户主", True, None)
               for i, (name, number) in enumerate(heads)]
    path = tmp_path / "车桥镇.xlsx"
    pkg.write_package(path, kind="roster", direction="up", township_code="360426101000", township_name="车桥镇",
                      county_name="德安县", sequence=1, period="2026-11",
                      sheets=packages_out_roster(out, households, persons))
    seen: list[str] = []

    def listen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM county_warning" in statement:
            seen.append(statement)

    event.listen(c.store.engine, "before_cursor_execute", listen)
    try:
        result = exchange.import_package(c.uow(), path, today=TODAY)
    finally:
        event.remove(c.store.engine, "before_cursor_execute", listen)
    assert result.preview.ok
    assert [ch.action for ch in result.preview.changes if ch.action.startswith("roster_elsewhere")] == [
        "roster_elsewhere"] * 3
    assert sorted(w.name for w in county.list_warnings(c.uow())) == ["张三", "李四", "王五"]
    assert len(seen) == 1
    from dibao_desk.models import AuditLog
    with c.uow() as uow:
        added = uow.session.query(AuditLog).filter_by(entity="county_warning", action="add").count()
    assert added == 3


def test_a_pending_warning_is_corrected_or_deleted_a_sent_one_is_not(ctx, township, county_with_roster, tmp_path,
                                                                     capsys):
    from dibao_desk.cli import main
    from dibao_desk.models import AuditLog

    c = county_with_roster
    wang, li = make_id("19600312", 15), make_id("19600311", 13)
    w = county.add_warning(c.uow(), TOWN, wang, "deposit", "名下存款 2 万元", dt.date(2026, 12, 23), today=TODAY)
    # wrong household, text and date: corrected while pending
    fixed = county.update_warning(c.uow(), w.warning_ref, li, "车辆", "名下小型汽车一辆", dt.date(2026, 12, 31),
                                  checked_on=dt.date(2026, 11, 20), today=TODAY)
    assert (fixed.warning_ref, fixed.name, fixed.id_number, fixed.kind, fixed.detail, fixed.answer_by,
            fixed.checked_on) == (w.warning_ref, "李四", li, "vehicle", "名下小型汽车一辆", dt.date(2026, 12, 31),
                                  dt.date(2026, 11, 20))
    assert county.list_warnings(c.uow()) == [fixed]
    # still checked as on entry: a head not on the roster, an answer-by date already past
    with pytest.raises(RuleError) as exc:
        county.update_warning(c.uow(), w.warning_ref, make_id("19700101", 31), "vehicle", "x",
                              dt.date(2026, 11, 1), today=TODAY)
    assert [p.code for p in exc.value.problems] == ["county.warning_not_on_roster", "county.warning_answer_by"]
    # from the command line: only what is given changes
    assert main(["--data-dir", str(c.data_dir), "county", "edit-warning", w.warning_ref,
                 "--detail", "名下小型汽车两辆"]) == 0
    assert f"已修改核对预警 {w.warning_ref}" in capsys.readouterr().out
    [now] = county.list_warnings(c.uow())
    assert (now.name, now.kind, now.detail, now.answer_by) == ("李四", "vehicle", "名下小型汽车两辆",
                                                               dt.date(2026, 12, 31))
    # a second one typed by mistake is deleted (CLI), the first goes down
    extra = county.add_warning(c.uow(), TOWN, wang, "housing", "误录", dt.date(2026, 12, 31), today=TODAY)
    assert main(["--data-dir", str(c.data_dir), "county", "delete-warning", extra.warning_ref]) == 0
    assert [x.warning_ref for x in county.list_warnings(c.uow())] == [w.warning_ref]
    sent = county.export_warnings(c.uow(), TOWN, tmp_path / "预警.xlsx", today=TODAY)
    assert sent.rows == {"核对预警": 1}
    # sent: read-only, said so
    for attempt in (lambda: county.update_warning(c.uow(), w.warning_ref, li, "vehicle", "改", dt.date(2026, 12, 31),
                                                  today=TODAY),
                    lambda: county.delete_warning(c.uow(), w.warning_ref)):
        with pytest.raises(RuleError) as exc:
            attempt()
        assert [p.code for p in exc.value.problems] == ["county.warning_sent"]
    assert main(["--data-dir", str(c.data_dir), "county", "delete-warning", w.warning_ref]) == 1
    assert f"预警 {w.warning_ref} 已下发乡镇，不能再修改或删除" in capsys.readouterr().err
    [kept] = county.list_warnings(c.uow(), status="sent")
    assert (kept.detail, kept.id_number) == ("名下小型汽车两辆", li)
    with c.uow() as uow:
        audit = [(a.entity_id, a.action) for a in uow.session.query(AuditLog).filter_by(entity="county_warning")
                 .order_by(AuditLog.id)]
    assert audit == [(fixed.id, "add"), (fixed.id, "edit"), (fixed.id, "edit"), (extra.id, "add"),
                     (extra.id, "delete")]


def test_a_warning_from_the_terminal_is_entered_and_corrected_on_the_command_s_day(
        ctx, township, county_with_roster, capsys):
    """Acting on 1 January 2027 (the computer says otherwise): checked that day unless told, an
    answer due that day is no date past, and the warning is numbered in 2027."""
    from dibao_desk.cli import main

    cnty = str(county_with_roster.data_dir)
    assert main(["--data-dir", cnty, "county", "warn", TOWN, make_id("19600310", 11), "--kind", "死亡",
                 "--detail", "民政殡葬数据比对：已火化", "--answer-by", "2027-01-01", "--today", "2027-01-01"]) == 0, \
        capsys.readouterr().err
    assert "YJ2027" in capsys.readouterr().out
    w, = county.list_warnings(county_with_roster.uow())
    assert (w.checked_on, w.answer_by) == (dt.date(2027, 1, 1), dt.date(2027, 1, 1))
    assert main(["--data-dir", cnty, "county", "edit-warning", w.warning_ref, "--checked-on", "2027-01-01",
                 "--answer-by", "2027-01-02", "--today", "2027-01-01"]) == 0, capsys.readouterr().err
    assert county.list_warnings(county_with_roster.uow())[0].answer_by == dt.date(2027, 1, 2)
