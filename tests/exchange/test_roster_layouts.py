"""Roster layouts offices keep beyond a head's and a member's column pair: one name column
(户主姓名 or 姓名) with member rows under the head's row, relation words as offices write
them, and what such rosters carry besides names (保障人口, 户籍性质, income, the start month)."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from sqlalchemy import select

from dibao_desk.models import Household, IncomeItem, Member, ReviewEvent
from dibao_desk.services import roster_import as ri
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)

# Heads and members (valid numbers; birth dates arbitrary)
WU = make_id("19580101", 101)
WU_WIFE = make_id("19600202", 102)
WU_DAUGHTER = make_id("19850303", 104)
WU_SON = make_id("19870404", 103)
WU_GRANDSON = make_id("20100505", 105)
WU_SONS_WIFE = make_id("19880606", 106)
WU_DAUGHTERS_MAN = make_id("19840707", 107)
ZHENG = make_id("19500808", 111)
ZHENG_DAUGHTER = make_id("19800909", 112)
ZHENG_SON = make_id("19821010", 113)
ZHENG_GRANDDAUGHTER = make_id("20121111", 114)
ZHENG_ODD = make_id("19901212", 115)
FENG = make_id("19450115", 121)
FENG_WIFE = make_id("19470216", 122)
CHEN = make_id("19620317", 131)
CHEN_SON = make_id("19900418", 133)
ORPHAN = make_id("19950519", 141)
HAN = make_id("19550620", 151)
HAN_WIFE = make_id("19570721", 152)
BAD_SON = make_id("19920822", 161)[:17] + "0"  # wrong check character (the make_id one is not 0 here)
if BAD_SON == make_id("19920822", 161):
    BAD_SON = BAD_SON[:17] + "1"


def head_name_column_roster(path):
    """户主姓名 | 身份证号 | 与户主关系: each member's row under the head's, in the same two
    columns, with 与户主关系 filled and the household cells blank."""
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["东风村低保花名册"])
    ws.append(["序号", "村（社区）", "户主姓名", "身份证号", "与户主关系", "家庭人口", "保障类别", "月保障金（元）"])
    rows = [
        # 3: a member row before any head
        [None, None, "孤儿", ORPHAN, "子", None, None, None],
        # 4-10: 吴一 (本人) and six members, relation words as offices write them
        [1, "东风村", "吴一", WU, "本人", 7, "一类", 770],
        [None, None, "吴妻", WU_WIFE, "妻", None, None, None],
        [None, None, "吴女", WU_DAUGHTER, "女", None, None, None],
        [None, None, "吴子", WU_SON, "户主之子", None, None, None],
        [None, None, "吴孙", WU_GRANDSON, "孙子", None, None, None],
        [None, None, "吴媳", WU_SONS_WIFE, "儿媳", None, None, None],
        [None, None, "吴婿", WU_DAUGHTERS_MAN, "女婿", None, None, None],
        # 11-15: 郑二, members written 郑二之女, 子, 长子之女, and a word nobody uses (提示, imported as 其他)
        [2, "东风村", "郑二", ZHENG, "户主", 5, "二类", 520],
        [None, None, "郑女", ZHENG_DAUGHTER, "郑二之女", None, None, None],
        [None, None, "郑子", ZHENG_SON, "子", None, None, None],
        [None, None, "郑孙女", ZHENG_GRANDDAUGHTER, "长子之女", None, None, None],
        [None, None, "郑干亲", ZHENG_ODD, "干亲", None, None, None],
        # 16-17: 冯三 and 夫
        [3, "新丰村", "冯三", FENG, "户主", 2, "三类", 420],
        [None, None, "冯夫", FENG_WIFE, "夫", None, None, None],
        # 18-19: 陈四, his son's number is wrong: the household is rejected, both rows named
        [4, "新丰村", "陈四", CHEN, "户主", 2, "三类", 420],
        [None, None, "陈子", BAD_SON, "子", None, None, None],
        # 20-21: 韩五's row, then a 妻 row carrying household cells of its own (not the ones
        # above filled down): a household without a head, not a member of 韩五's
        [5, "新丰村", "韩五", HAN, "户主", 1, "三类", 420],
        [6, "新丰村", "韩妻", HAN_WIFE, "妻", 2, "二类", 1040],
        ["合计", None, None, None, None, 18, None, None],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _by_row(pv):
    return {r.sheet_row: r for r in pv.rows}


def _codes(row):
    return [p.code for p in row.problems]


def test_member_rows_under_the_head_name_column_join_their_household(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), head_name_column_roster(tmp_path / "花名册.xlsx"), options=OPTS)
    assert pv.mapping == ("seq", "village", "head_name", "id_number", "relation", "persons", "category", "benefit")
    rows = _by_row(pv)
    assert {n: r.status for n, r in rows.items()} == {
        3: "error", 4: "ok", 5: "ok", 6: "ok", 7: "ok", 8: "ok", 9: "ok", 10: "ok",
        11: "ok", 12: "ok", 13: "ok", 14: "ok", 15: "warning", 16: "warning", 17: "ok",
        18: "error", 19: "error", 20: "ok", 21: "error", 22: "skipped"}
    assert _codes(rows[3]) == ["roster.member_without_head", "roster.village_missing"]
    assert _codes(rows[15]) == ["roster.relation_unknown"]
    assert _codes(rows[16]) == ["roster.village_new"]
    assert "干亲" in ri.reason(rows[15])
    assert _codes(rows[18]) == ["roster.household_rejected"]
    assert _codes(rows[19]) == ["id.checksum"]
    assert _codes(rows[21]) == ["household.no_head", "roster.persons_mismatch"]
    assert "没有户主" in ri.reason(rows[21])
    got = [[(n, r) for n, _i, r, _s in h.members] for h in pv.households]
    assert got == [
        [("吴一", "head"), ("吴妻", "spouse"), ("吴女", "daughter"), ("吴子", "son"), ("吴孙", "grandson"),
         ("吴媳", "daughter_in_law"), ("吴婿", "son_in_law")],
        [("郑二", "head"), ("郑女", "daughter"), ("郑子", "son"), ("郑孙女", "granddaughter"), ("郑干亲", "other")],
        [("冯三", "head"), ("冯夫", "spouse")],
        [("韩五", "head")],
    ]
    assert pv.households_rejected == 3  # the member without a head, 陈四's, 韩妻's


def test_the_head_name_column_layout_is_imported_from_the_command_line(ctx, villages, tmp_path, capsys):
    from dibao_desk.cli import main

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 0
    out = capsys.readouterr().out
    with ctx.uow() as uow:
        s = uow.session
        heads = s.execute(select(Household.head_name, Household.person_count).order_by(Household.id)).all()
        wu = s.scalars(select(Member.name).join(Household).where(Household.head_name == "吴一")
                       .order_by(Member.position)).all()
    assert heads == [("吴一", 7), ("郑二", 5), ("冯三", 2), ("韩五", 1)]
    assert wu == ["吴一", "吴妻", "吴女", "吴子", "吴孙", "吴媳", "吴婿"]
    assert "新建 4 户 15 人" in out and "拒绝 4 行（3 户）" in out


# ---- what the roster carries -------------------------------------------------------------------

LIU = make_id("19700101", 201)
LIU_WIFE = make_id("19720202", 202)
MA = make_id("19710303", 211)
HE = make_id("19690404", 221)
HE_SON = make_id("20000505", 223)
HE_DAUGHTER = make_id("20020606", 224)
LUO = make_id("19680707", 231)
XIE = make_id("19670808", 241)


def carrying_roster(path):
    """姓名 | 身份证号 | 与户主关系 with 保障人口 beside 家庭人口, 户籍性质 written 农业/非农业,
    月人均收入 and 批准时间 as offices type them."""
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "家庭人口", "保障人口", "户籍性质", "保障类别",
               "月保障金", "月人均收入（元）", "批准时间"])
    rows = [
        [1, "东风村", "刘一", LIU, "户主", 2, 2, "农业", "一类", 770, 150, "2019.03"],  # 2
        [None, None, "刘妻", LIU_WIFE, "妻", None, None, None, None, None, None, None],  # 3
        [2, "东风村", "马二", MA, "户主", 1, 1, "非农业", "二类", 520, 200, dt.date(2020, 7, 15)],  # 4
        [3, "东风村", "何三", HE, "本人", 3, 2, "农业", "三类", 840, 90.5, 201912],  # 5
        [None, None, "何子", HE_SON, "子", None, None, None, None, None, None, None],  # 6
        [None, None, "何女", HE_DAUGHTER, "女", None, None, None, None, None, None, None],  # 7
        [4, "东风村", "罗四", LUO, "户主", 1, 1, "农业", "一类", 770, None, None],  # 8: no start month
        [5, "东风村", "谢五", XIE, "户主", 1, 1, "农业", "一类", 770, 0, "看不清"],  # 9
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_covered_persons_hukou_income_and_start_month_are_read(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), carrying_roster(tmp_path / "r.xlsx"), options=OPTS)
    assert pv.mapping == ("seq", "village", "name", "id_number", "relation", "persons", "covered", "hukou",
                          "category", "benefit", "income_per_capita", "start")
    rows = _by_row(pv)
    assert {n: r.status for n, r in rows.items()} == {
        2: "ok", 3: "ok", 4: "ok", 5: "warning", 6: "ok", 7: "ok", 8: "ok", 9: "warning"}
    assert _codes(rows[5]) == ["roster.covered_fewer"]
    assert "保障人口填的是 2 人，少于名单中的 3 人" in ri.reason(rows[5]) and "转为需要复核" in ri.reason(rows[5])
    assert _codes(rows[9]) == ["roster.start_invalid"] and "看不清" in ri.reason(rows[9])
    got = [(h.members[0][0], h.hukou_type, h.covered, h.income_fen, h.benefit_start) for h in pv.households]
    assert got == [
        ("刘一", "rural", 2, 30000, dt.date(2019, 3, 1)),
        ("马二", "urban", 1, 20000, dt.date(2020, 7, 1)),
        ("何三", "rural", 2, 27150, dt.date(2019, 12, 1)),  # 90.50 元 a person, 3 persons
        ("罗四", "rural", 1, None, None),
        ("谢五", "rural", 1, 0, None),
    ]

    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.persons_created) == (5, 8)
    with ctx.uow() as uow:
        s = uow.session
        stored = s.execute(select(Household.head_name, Household.hukou_type, Household.benefit_start,
                                  Household.income_fen, Household.per_capita_fen, Household.status)
                           .order_by(Household.id)).all()
        items = s.execute(select(IncomeItem.amount_fen, IncomeItem.kind).order_by(IncomeItem.id)).all()
    assert stored == [
        ("刘一", "rural", dt.date(2019, 3, 1), 30000, 15000, "receiving"),
        ("马二", "urban", dt.date(2020, 7, 1), 20000, 20000, "receiving"),
        ("何三", "rural", dt.date(2019, 12, 1), 27150, 9050, "receiving"),
        ("罗四", "rural", None, 0, 0, "receiving"),
        ("谢五", "rural", None, 0, 0, "receiving"),
    ]
    assert items == [(30000, "other"), (20000, "other"), (27150, "other")]
    with ctx.uow() as uow:  # 何三: 保障人口 2 of 3 listed, who is not covered unknown: reviewed at once
        events = uow.session.execute(select(Household.head_name, ReviewEvent.kind, ReviewEvent.on, ReviewEvent.detail)
                                     .join(Household, Household.id == ReviewEvent.household_id)).all()
    assert events == [("何三", "other", TODAY, "花名册保障人口 2 人，少于列出的 3 人：请标明不享受保障的成员")]


def _cycle(start: dt.date, months: int, not_before: dt.date) -> dt.date:
    """The first date start + k × months (k ≥ 1) on or after not_before."""
    k = 1
    while True:
        total = start.month - 1 + k * months
        due = dt.date(start.year + total // 12, total % 12 + 1, 1)
        if due >= not_before:
            return due
        k += 1


def test_imported_households_are_due_over_their_cycle_from_their_start(ctx, villages, tmp_path):
    from dibao_desk.services import reviews

    ri.commit(ctx.uow(), carrying_roster(tmp_path / "r.xlsx"), options=OPTS)
    entered = dt.date.today()  # the day the households came into the store (real date)
    reviews.fill_missing(ctx.uow(), today=entered)
    with ctx.uow() as uow:
        ids = dict(uow.session.execute(select(Household.head_name, Household.id)).all())
        due = dict(uow.session.execute(
            select(Household.head_name, reviews.ReviewSchedule.next_review_date)
            .join(reviews.ReviewSchedule, reviews.ReviewSchedule.household_id == Household.id)).all())
    assert due == {
        "刘一": _cycle(dt.date(2019, 3, 1), 12, entered),  # 一类: yearly from March 2019
        "马二": _cycle(dt.date(2020, 7, 1), 6, entered),  # 二类: half-yearly from July 2020
        "何三": TODAY,  # 保障人口 2 of 3 listed: due at once (the import's event), to mark who is covered
        # no start month: first due within one cycle (一类: a year) from the day it came in, on
        # day <household id> of it, so an import's households fall due one a day
        "罗四": entered + dt.timedelta(days=ids["罗四"]),
        "谢五": entered + dt.timedelta(days=ids["谢五"]),
    }
    assert len({due["刘一"], due["马二"]}) == 2 and min(due[n] for n in ("刘一", "马二", "罗四", "谢五")) >= entered


# ---- an update that lists fewer members ----------------------------------------------------------

def test_an_update_that_drops_a_member_shows_it_and_records_the_move(ctx, villages, make_household, tmp_path):
    from tests.conftest import MemberDraft
    from tests.exchange.roster_samples import LI, ZHANG, ZHANG_SON, simple_roster
    from dibao_desk.models import AuditLog, ReviewEvent

    hid = make_household(head="张三", head_id=ZHANG, extra_members=(
        MemberDraft("李四", LI, "spouse"), MemberDraft("张小三", ZHANG_SON, "son"))).id
    path = simple_roster(tmp_path / "r.xlsx", [("张三", ZHANG, [("李四", LI, "妻")])])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    head = _by_row(pv)[2]
    assert head.status == "warning" and "roster.members_gone" in _codes(head)
    assert "张小三（1 人）不在本花名册中" in ri.reason(head) and "2026-11-23 迁出登记" in ri.reason(head)
    assert pv.members_gone == 1 and pv.households[0].gone == (("张小三", ZHANG_SON),)
    with ctx.uow() as uow:  # nothing written by the preview
        assert uow.session.get(Household, hid).person_count == 3

    # skipping registered households leaves them as they are
    res = ri.commit(ctx.uow(), pv, on_existing="skip")
    assert (res.households_skipped, res.members_moved_out) == (1, 0)
    with ctx.uow() as uow:
        assert uow.session.get(Household, hid).person_count == 3

    res = ri.commit(ctx.uow(), pv)
    assert (res.households_updated, res.members_moved_out) == (1, 1)
    with ctx.uow() as uow:
        s = uow.session
        h = s.get(Household, hid)
        assert [m.name for m in h.members] == ["张三", "李四"] and h.person_count == 2
        ev = s.scalars(select(ReviewEvent).where(ReviewEvent.household_id == hid)).one()
        assert (ev.kind, ev.on, ev.source) == ("moved_away", TODAY, "r.xlsx") and "张小三" in ev.detail
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "household", AuditLog.entity_id == hid,
                                                 AuditLog.action == "import_update")).one()
        import json
        after = json.loads(audit.after)
        assert after["moved_out"] == [["张小三", ZHANG_SON]] and after["moved_out_on"] == "2026-11-23"
        assert len(json.loads(audit.before)["members"]) == 3
    # the same file again: nothing more to change
    again = ri.commit(ctx.uow(), path, options=OPTS)
    assert (again.households_unchanged, again.members_moved_out) == (1, 0)


# ---- the error workbook cannot be written after the commit ------------------------------------------

def test_a_failing_error_workbook_says_the_households_were_saved(ctx, villages, tmp_path, capsys):
    from dibao_desk.cli import main

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    (tmp_path / "花名册-未导入.xlsx").mkdir()  # the error workbook's name is taken by a folder
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 1
    err = capsys.readouterr().err
    assert "以上家庭已保存" in err and "花名册-未导入.xlsx" in err
    with ctx.uow() as uow:
        assert len(uow.session.scalars(select(Household.id)).all()) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []  # no half-written file


def test_the_command_line_names_eight_new_villages_and_counts_the_rest(ctx, villages, tmp_path, capsys):
    from dibao_desk.cli import main

    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号"])
    for k in range(11):
        ws.append([f"新{k + 1}村", f"户主{k + 1}", make_id("19600101", 300 + k)])
    wb.save(tmp_path / "r.xlsx")
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(tmp_path / "r.xlsx"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("将新建村（社区）："))
    assert line == "将新建村（社区）：新1村、新2村、新3村、新4村、新5村、新6村、新7村、新8村 等 11 个（另 3 个未列出）"


def test_under_a_head_name_column_a_row_without_a_relation_is_a_head(ctx, villages, tmp_path):
    """A list of persons living alone under 户主姓名, its 与户主关系 column left blank: each row
    is a household of its own (under 姓名, a blank relation below a head is a member)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号", "与户主关系"])
    ws.append(["东风村", "冯三", FENG, None])
    ws.append(["东风村", "罗四", LUO, None])
    ws.append([None, "罗妻", FENG_WIFE, "妻"])
    wb.save(tmp_path / "r.xlsx")
    pv = ri.preview(ctx.uow(), tmp_path / "r.xlsx", options=OPTS)
    assert [[(n, r) for n, _i, r, _s in h.members] for h in pv.households] == [
        [("冯三", "head")], [("罗四", "head"), ("罗妻", "spouse")]]
    ws.cell(1, 2).value = "姓名"
    wb.save(tmp_path / "r2.xlsx")
    pv = ri.preview(ctx.uow(), tmp_path / "r2.xlsx", options=OPTS)
    assert [[(n, r) for n, _i, r, _s in h.members] for h in pv.households] == [
        [("冯三", "head"), ("罗四", "other"), ("罗妻", "spouse")]]


def test_households_without_a_start_month_are_spread_over_their_cycle(ctx, villages, tmp_path):
    """Issue 15: 15,000 imported households fell due on the import day. Without 批准时间 each
    is now first due within one cycle from the import, one a day: 200 三类 (quarterly)
    households take at most 3 a day, none on the same day as another 90 days apart."""
    from collections import Counter

    from dibao_desk.services import reviews
    from tests.exchange.roster_samples import simple_roster

    people = [(f"户主{k}", make_id(f"19{50 + k % 40:02d}0{1 + k % 9}1{k % 9}", 300 + k), []) for k in range(200)]
    path = simple_roster(tmp_path / "r.xlsx", people)
    ri.commit(ctx.uow(), path, options=ri.ImportOptions(today=TODAY, status="receiving"))
    entered = dt.date.today()
    with ctx.uow() as uow:
        uow.session.execute(Household.__table__.update().values(category="class3"))
        uow.commit()
    reviews.reschedule_all(ctx.uow(), today=entered)
    with ctx.uow() as uow:
        dates = uow.session.scalars(select(reviews.ReviewSchedule.next_review_date)).all()
    assert len(dates) == 200
    per_day = Counter(dates)
    assert max(per_day.values()) <= 3 and len(per_day) >= 67
    assert min(dates) >= entered and max(dates) < entered + dt.timedelta(days=92)


def test_amounts_beyond_ten_million_yuan_are_said_not_stored_to_overflow(ctx, villages, tmp_path):
    """A slip like 1e17 in 月保障金 refuses the row; in 月人均收入, or a per-capita income times a
    mistyped 家庭人口, it is a 提示 and the income is left unregistered. The commit used to stop
    on an integer overflow (a traceback, nothing imported)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "家庭人口", "保障类别", "月保障金", "月人均收入（元）"])
    ws.append([1, "东风村", "刘一", LIU, "户主", 1, "一类", 1e17, 150])  # 2: refused
    ws.append([2, "东风村", "马二", MA, "户主", 1, "二类", 520, 1e17])  # 3: income left out
    ws.append([3, "东风村", "何三", HE, "户主", 5, "三类", 840, 9_000_000])  # 4: 5 × 9 million
    ws.append([4, "东风村", "罗四", LUO, "户主", 1, "一类", 770, 10_000_000])  # 5: at the limit, kept
    wb.save(tmp_path / "r.xlsx")
    pv = ri.preview(ctx.uow(), tmp_path / "r.xlsx", options=OPTS)
    rows = _by_row(pv)
    assert {n: r.status for n, r in rows.items()} == {2: "error", 3: "warning", 4: "warning", 5: "ok"}
    assert _codes(rows[2]) == ["amount.too_large"] and "上限 1000 万元" in ri.reason(rows[2])
    assert _codes(rows[3]) == ["roster.income_too_large"] and "未登记收入" in ri.reason(rows[3])
    assert _codes(rows[4]) == ["roster.income_too_large", "roster.persons_mismatch"]  # 5 given, 1 listed
    assert "45000000.00 元" in ri.reason(rows[4])
    assert [(h.members[0][0], h.income_fen) for h in pv.households] == [
        ("马二", None), ("何三", None), ("罗四", 1_000_000_000)]
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.persons_created) == (3, 3)
    with ctx.uow() as uow:
        stored = uow.session.execute(select(Household.head_name, Household.income_fen, Household.monthly_benefit_fen)
                                     .order_by(Household.id)).all()
    assert stored == [("马二", 0, 52000), ("何三", 0, 84000), ("罗四", 1_000_000_000, 77000)]
