"""Importing a messy roster: exactly what is imported, what is rejected and why."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.cli import main as cli_main
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household, Member, Village
from dibao_desk.services import households, roster_import as ri
from dibao_desk.services.progress import Cancelled, Progress
from tests.conftest import make_id
from tests.exchange.roster_samples import (
    LI, SUN, WANG, ZHANG, ZHANG_SON, ZHAO_BAD, ZHOU, messy_roster, simple_roster,
)

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)


def _state(ctx):
    """Everything the import may touch, to compare before and after."""
    with ctx.uow() as uow:
        s = uow.session
        hh = s.execute(select(Household.id, Household.head_name, Household.village_id, Household.status,
                              Household.category, Household.monthly_benefit_fen, Household.person_count,
                              Household.search_text).order_by(Household.id)).all()
        mm = s.execute(select(Member.household_id, Member.name, Member.id_number, Member.relation)
                       .order_by(Member.id)).all()
        vv = s.execute(select(Village.id, Village.name).order_by(Village.id)).all()
        audit = s.scalar(select(func.count()).select_from(AuditLog))
    return hh, mm, vv, audit


def _codes(row):
    return [p.code for p in row.problems]


def test_messy_roster_preview_lists_every_row_with_its_reason(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), messy_roster(tmp_path / "花名册.xlsx"), options=OPTS)
    assert pv.header_rows == (3, 4)
    assert pv.mapping == ("seq", "village", "head_name", "head_id", "name", "id_number", "relation",
                          "persons", "category", "benefit", "bank_name", "bank_account")
    assert pv.mapping_source == "guessed"
    by_row = {r.sheet_row: r for r in pv.rows}
    assert min(by_row) == 5  # title, 填报单位 and header rows are not listed
    assert {n: r.status for n, r in by_row.items()} == {
        5: "ok", 6: "ok", 7: "ok", 8: "ok", 9: "error", 10: "error", 11: "error", 12: "skipped",
        13: "warning", 14: "error", 15: "error", 16: "skipped", 17: "skipped", 18: "skipped",
        19: "skipped"}
    assert _codes(by_row[9]) == ["id.checksum"]
    assert _codes(by_row[10]) == ["roster.household_rejected"]
    assert _codes(by_row[11]) == ["id.scientific"]
    assert "无法恢复" in ri.reason(by_row[11]) and "3.60426E+17" in ri.reason(by_row[11])
    assert _codes(by_row[13]) == ["roster.village_new"]
    assert _codes(by_row[14]) == ["roster.household_rejected"]
    assert _codes(by_row[15]) == ["roster.duplicate_in_file"]
    assert "第 6 行" in ri.reason(by_row[15])
    assert [by_row[n].kind for n in (12, 16, 17, 18, 19)] == ["total", "blank", "total", "signature", "signature"]
    assert pv.new_villages == ("城南社区",)
    assert (pv.fullwidth_fixed, pv.spaces_fixed) == (1, 3)
    assert pv.households_rejected == 3
    assert pv.status == "receiving"  # a benefit column is mapped
    heads = [(h.draft.members[0].name, len(h.draft.members)) for h in pv.households]
    assert heads == [("张三", 3), ("王五", 1), ("孙九", 1)]
    assert _state(ctx)[0] == []  # nothing written by a preview


def test_messy_roster_commit_writes_exactly_the_accepted_households(ctx, villages, tmp_path):
    before_audit = _state(ctx)[3]
    res = ri.commit(ctx.uow(), messy_roster(tmp_path / "花名册.xlsx"), options=OPTS)
    assert (res.households_created, res.persons_created) == (3, 5)
    assert (res.rows_rejected, res.households_rejected) == (5, 3)
    assert res.villages_created == ("城南社区",)
    hh, mm, vv, audit = _state(ctx)
    assert [(h.head_name, h.status, h.category, h.monthly_benefit_fen, h.person_count) for h in hh] == [
        ("张三", "receiving", "class1", 77000, 3), ("王五", "receiving", "class2", 52000, 1),
        ("孙九", "receiving", "class3", 42000, 1)]
    assert [(m.name, m.id_number, m.relation) for m in mm] == [
        ("张三", ZHANG, "head"), ("李四", LI, "spouse"), ("张小三", ZHANG_SON, "son"),
        ("王五", WANG, "head"), ("孙九", SUN, "head")]
    assert ZHAO_BAD not in {m.id_number for m in mm} and ZHOU not in {m.id_number for m in mm}
    names = dict(vv)
    assert names[hh[2].village_id] == "城南社区" and names[hh[0].village_id] == "东风村"
    # the list columns are those the household service keeps
    detail = households.get(ctx.uow(), hh[0].id)
    assert detail.draft.bank_account == "6217001234567890123"
    ns = type("NS", (), {})()
    households.refresh_list_columns(ns, detail.draft)
    with ctx.uow() as uow:
        stored = uow.session.get(Household, hh[0].id)
        for column in ("head_name", "head_sort_key", "head_id_number", "person_count", "covered_count",
                       "income_fen", "per_capita_fen", "search_text"):
            assert getattr(stored, column) == getattr(ns, column), column
        assert (stored.employment_deduction_fen, stored.consent_full_notice, stored.benefit_start) == (0, False, None)
        son = uow.session.scalars(select(Member).where(Member.id_number == ZHANG_SON)).one()
        assert (son.sex, son.birth_date, son.covered, son.work_capacity, son.disability_grade) == (
            "男", dt.date(1990, 1, 1), True, "full", 0)
    assert "zs" in hh[0].search_text
    assert households.query_ids(ctx.uow(), households.HouseholdQuery(text="zxs")) == [hh[0].id]
    # the audit: one summary with the file's checksum, one row per household and new village
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(AuditLog).where(AuditLog.id > before_audit)
                                   .order_by(AuditLog.id)).all()
        summary = [json.loads(a.after) for a in rows if a.entity == "roster_import"]
        assert len(summary) == 1 and summary[0]["households_created"] == 3
        assert summary[0]["file"] == "花名册.xlsx" and len(summary[0]["sha256"]) == 64
        assert sorted(a.entity_id for a in rows if a.entity == "household") == [h.id for h in hh]
        first = next(json.loads(a.after) for a in rows if a.entity == "household" and a.entity_id == hh[0].id)
        assert first == {
            "bank_account": "6217001234567890123", "bank_holder_id_number": "", "bank_name": "德安农商银行",
            "benefit_start": None, "category": "class1", "file": "花名册.xlsx", "hukou_type": "rural", "income_fen": 0,
            "members": [["张三", ZHANG, "head"], ["李四", LI, "spouse"], ["张小三", ZHANG_SON, "son"]],
            "monthly_benefit_fen": 77000, "rows": [5, 6, 7], "status": "receiving", "village": "东风村"}
        assert [a.entity for a in rows].count("village") == 1
        assert all(a.operator == "王经办" for a in rows)


def test_second_import_of_the_same_file_changes_nothing(ctx, villages, tmp_path):
    path = messy_roster(tmp_path / "花名册.xlsx")
    ri.commit(ctx.uow(), path, options=OPTS)
    before = _state(ctx)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.existing == 3 and not any(h.changed for h in pv.households)
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.households_updated, res.households_unchanged) == (0, 0, 3)
    assert res.audit_id is None
    assert _state(ctx) == before


def test_registered_households_are_updated_or_skipped_as_chosen(ctx, villages, make_household, tmp_path):
    make_household(head="张叁", head_id=ZHANG)  # same ID, name spelt otherwise; 500 yuan wages
    path = simple_roster(tmp_path / "r.xlsx", [("张三", ZHANG, [("李四", LI, "妻子")])])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    head_row = next(r for r in pv.rows if r.sheet_row == 2)
    assert head_row.status == "warning" and _codes(head_row) == ["roster.registered"]
    assert "张叁" in ri.reason(head_row)

    before = _state(ctx)
    res = ri.commit(ctx.uow(), pv, on_existing="skip")
    assert (res.households_skipped, res.persons_skipped, res.households_created) == (1, 2, 0)
    assert _state(ctx)[:3] == before[:3]

    res = ri.commit(ctx.uow(), ri.preview(ctx.uow(), path, options=OPTS), on_existing="update")
    assert (res.households_updated, res.persons_updated) == (1, 2)
    hh, mm, _vv, _audit = _state(ctx)
    assert [(h.head_name, h.status, h.monthly_benefit_fen, h.person_count) for h in hh] == [
        ("张三", "receiving", 30000, 2)]
    assert [(m.name, m.relation) for m in mm] == [("张三", "head"), ("李四", "spouse")]
    with ctx.uow() as uow:
        h = uow.session.scalars(select(Household)).one()
        assert (h.income_fen, h.per_capita_fen) == (50000, 25000)  # incomes kept, two persons now
        last = uow.session.scalars(select(AuditLog).where(AuditLog.action == "import_update")).one()
        assert "张叁" in last.before and "张三" in last.after


def test_cancel_during_commit_leaves_the_store_as_it_was(ctx, villages, tmp_path):
    people = [(f"户主{i}", make_id("19500101", 2 * i + 1), [(f"成员{i}", make_id("19800101", 2 * i), "子")])
              for i in range(300)]
    path = simple_roster(tmp_path / "big.xlsx", people)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert len(pv.households) == 300
    before = _state(ctx)

    class CancelLate(Progress):
        def update(self, done, total=None, message=None, **params):
            super().update(done, total, message, **params)
            if message == "progress.roster.save":  # every new household and member has been inserted
                self.cancel()

    with pytest.raises(Cancelled):
        ri.commit(ctx.uow(), pv, progress=CancelLate())
    assert _state(ctx) == before
    res = ri.commit(ctx.uow(), pv)
    assert res.households_created == 300 and res.persons_created == 600


def test_error_workbook_has_the_original_columns_and_a_reason(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), messy_roster(tmp_path / "花名册.xlsx"), options=OPTS)
    progress = Progress()
    out = ri.write_errors(pv, progress=progress)
    assert out == tmp_path / "花名册-未导入.xlsx"
    assert messages.text(progress.snapshot()[2]) == "正在写入未导入的行…"  # the window says what it is doing
    ws = load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][0] == "原行号" and rows[0][-1] == "未导入原因"
    assert rows[0][1:-1] == list(pv.labels)
    assert [r[0] for r in rows[1:]] == [9, 10, 11, 14, 15]
    by = {r[0]: r for r in rows[1:]}
    assert by[9][3] == "赵六" and by[9][4] == ZHAO_BAD and "校验位" in by[9][-1]
    assert by[11][4] == "3.60426E+17" and "无法恢复" in by[11][-1]
    assert ws.cell(row=2, column=5).number_format == "@"  # IDs kept as text
    assert not list(tmp_path.glob(".~*"))  # the temporary file was renamed into place
    # the error workbook, once fixed, imports with the same mapping
    wb = load_workbook(out)
    ws = wb.active
    fixed = make_id("19700707", 51)
    for r in (2, 3):
        if ws.cell(row=r, column=5).value:
            ws.cell(row=r, column=5).value = fixed
        if ws.cell(row=r, column=7).value == ZHAO_BAD:
            ws.cell(row=r, column=7).value = fixed
    wb.save(out)
    again = ri.preview(ctx.uow(), out, options=OPTS)
    assert again.mapping[1:-1] == pv.mapping
    ok = [r.sheet_row for r in again.rows if r.status != "error"]
    assert ok == [2, 3, 5, 6]  # 李四 appears only once in this file; 钱八's ID still needs retyping


def test_a_mapping_used_once_is_remembered_for_that_header_shape(ctx, villages, tmp_path):
    path = simple_roster(tmp_path / "a.xlsx", [("张三", ZHANG, [])])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    mapping = list(pv.mapping)
    mapping[mapping.index("benefit")] = "ignore"
    pv = ri.preview(ctx.uow(), path, mapping=mapping, options=OPTS)
    assert pv.mapping_source == "given" and pv.status == "registered"
    ri.commit(ctx.uow(), pv)
    other = simple_roster(tmp_path / "b.xlsx", [("王五", WANG, [])])
    pv2 = ri.preview(ctx.uow(), other, options=OPTS)
    assert pv2.mapping_source == "remembered" and pv2.mapping == tuple(mapping)


def test_rows_under_a_head_join_it_when_only_a_relation_column_tells(ctx, villages, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["所在村", "姓名", "公民身份号码", "与户主关系", "保障类别", "户籍类型"])
    ws.append(["东风村", "张三", ZHANG, "户主", "C类", "城镇"])
    ws.append([None, "李四", "  " + LI.lower() + " ", "配偶", None, None])
    ws.append(["东风村", "王五", WANG, "本人", "乙类", None])
    ws.append([None, "王六", make_id("19700101", 15), None, None, None])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.mapping == ("village", "name", "id_number", "relation", "category", "hukou")
    assert [[m.name for m in h.draft.members] for h in pv.households] == [["张三", "李四"], ["王五", "王六"]]
    assert pv.households[0].draft.hukou_type == "urban" and pv.households[0].category == "class3"
    by_row = {r.sheet_row: r for r in pv.rows}
    assert _codes(by_row[4]) == ["roster.category_unknown"]
    assert _codes(by_row[5]) == ["roster.relation_missing"]
    assert pv.spaces_fixed == 1


def test_a_sheet_without_a_header_is_refused_with_a_reason(ctx, tmp_path):
    wb = Workbook()
    wb.active.append(["一些", "无关", "内容"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    with pytest.raises(RuleError) as info:
        ri.preview(ctx.uow(), path)
    assert info.value.problems[0].code == "roster.no_header"


def test_command_line_import_prints_the_summary_and_writes_the_error_workbook(ctx, tmp_path, capsys):
    path = messy_roster(tmp_path / "花名册.xlsx")
    data = str(ctx.data_dir)
    ctx.close()
    assert cli_main(["--data-dir", data, "import-roster", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "可新建 3 户 5 人" in out and "拒绝 5 行（3 户）" in out
    # What a dry run writes is said as it is: the store untouched, the rows to fix in their workbook.
    assert "检查完成，没有导入任何数据" in out and "未写入" not in out
    assert f"有错误的行及原因已写入：{tmp_path / '花名册-未导入.xlsx'}（只写了这个文件" in out
    assert (tmp_path / "花名册-未导入.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name not in ("花名册.xlsx", "花名册-未导入.xlsx", "data")]
    assert cli_main(["--data-dir", data, "import-roster", str(path)]) == 0
    out = capsys.readouterr().out
    assert "新建 3 户 5 人" in out and "已新建村（社区）：城南社区" in out
    assert cli_main(["--data-dir", data, "import-roster", str(path), "--existing", "skip"]) == 0
    assert "跳过 3 户 5 人" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert cli_main(["--data-dir", data, "import-roster", str(bad)]) != 0
    assert "不是 Excel 工作簿" in capsys.readouterr().err


def test_a_roster_household_that_would_give_a_registered_one_two_heads_is_rejected(
        ctx, villages, make_household, tmp_path):
    """李四 is registered as a member of 张三's household; the roster makes her head of her own."""
    from tests.conftest import MemberDraft

    make_household(head="张三", head_id=ZHANG, extra_members=(MemberDraft("李四", LI, "spouse"),))
    path = simple_roster(tmp_path / "r.xlsx", [("李四", LI, [("王五", WANG, "子")])])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    head = next(r for r in pv.rows if r.sheet_row == 2)
    assert head.status == "error"
    assert _codes(head)[-2:] == ["roster.update_conflict", "household.two_heads"]
    assert pv.households == ()


def test_impossible_birth_dates_and_old_15_digit_numbers(ctx, villages, tmp_path):
    body = "360426" + "19600231" + "011"  # 31 February
    impossible = body + "0"
    old15 = "360426600315011"  # 15 digits: 1960-03-15, converted with a warning
    wb = Workbook()
    ws = wb.active
    ws.append(["户主姓名", "身份证号", "村（社区）"])
    ws.append(["张三", impossible, "东风村"])
    ws.append(["王五", old15, "东风村"])
    ws.append(["赵六", 360426600315013.0, "东风村"])  # a 15-digit number survives as a number
    path = tmp_path / "r.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    by_row = {r.sheet_row: r for r in pv.rows}
    assert _codes(by_row[2]) == ["id.birthdate"] and "19600231" in ri.reason(by_row[2])
    assert by_row[3].status == "warning" and _codes(by_row[3]) == ["id.converted15"]
    assert by_row[4].status == "warning"
    assert [h.draft.members[0].id_number for h in pv.households] == [
        "360426196003150114", "360426196003150130"]


def test_rosters_that_repeat_the_head_on_every_member_row(ctx, villages, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["村组", "户主", "成员姓名", "身份证号", "与户主关系"])
    ws.append(["东风村", "张三", "张三", ZHANG, "户主"])
    ws.append(["东风村", "张三", "李四", LI, "妻"])
    ws.append(["东风村", "张三", "张小三", ZHANG_SON, "长子"])
    ws.append(["东风村", "王五", "王五", WANG, "本人"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.mapping == ("village", "head_name", "name", "id_number", "relation")
    assert [[(m.name, m.relation) for m in h.draft.members] for h in pv.households] == [
        [("张三", "head"), ("李四", "spouse"), ("张小三", "son")], [("王五", "head")]]
    assert all(r.status == "ok" for r in pv.rows)


def test_a_file_changed_after_its_preview_is_not_imported(ctx, villages, tmp_path):
    path = simple_roster(tmp_path / "r.xlsx", [("张三", ZHANG, [])])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    simple_roster(path, [("王五", WANG, [])])
    with pytest.raises(RuleError) as info:
        ri.commit(ctx.uow(), pv)
    assert info.value.problems[0].code == "roster.file_changed"
    path.unlink()
    with pytest.raises(RuleError):
        ri.commit(ctx.uow(), pv)
    assert _state(ctx)[0] == []


def test_a_household_edited_after_an_unchanged_preview_gets_the_rosters_values_on_commit(
        ctx, villages, tmp_path):
    """The second import's preview finds nothing to change; if the household is edited before
    that preview is committed, the commit still applies what the roster says."""
    from dataclasses import replace as dc_replace

    path = simple_roster(tmp_path / "r.xlsx", [("张三", ZHANG, [("李四", LI, "妻子")])])
    ri.commit(ctx.uow(), path, options=OPTS)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.existing == 1 and not pv.households[0].changed
    hid = pv.households[0].existing_id
    detail = households.get(ctx.uow(), hid)
    members = tuple(dc_replace(m, name="李肆") if m.id_number == LI else m for m in detail.draft.members)
    households.save(ctx.uow(), dc_replace(detail.draft, members=members), household_id=hid)
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_updated, res.households_unchanged, res.persons_updated) == (1, 0, 1)
    _hh, mm, _vv, _audit = _state(ctx)
    assert [(m.name, m.relation) for m in mm] == [("张三", "head"), ("李四", "spouse")]


def test_a_column_of_full_width_numbers_is_folded_and_counted(ctx, villages, tmp_path):
    """Every ID typed in full-width digits (a whole column of them, no other character):
    the numbers are folded to ASCII, counted as corrected, and imported."""
    wide = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
    path = simple_roster(tmp_path / "全角.xlsx", [
        ("张三", ZHANG.translate(wide), [("李四", LI.translate(wide), "妻")]),
        ("王五", WANG.translate(wide), [])], benefit=False)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.fullwidth_fixed == 3 and pv.count("error") == 0
    assert [[m.id_number for m in h.draft.members] for h in pv.households] == [[ZHANG, LI], [WANG]]
    res = ri.commit(ctx.uow(), pv)
    assert res.persons_created == 3
    assert {m.id_number for m in _state(ctx)[1]} == {ZHANG, LI, WANG}


def _two_heads(path, label: str, first, second):
    """张三 and 王五, each a household of one, with one more column."""
    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号码", "与户主关系", label])
    ws.append(["东风村", "张三", ZHANG, "户主", first])
    ws.append(["东风村", "王五", WANG, "户主", second])
    wb.save(path)
    return path


def test_a_household_size_that_is_no_count_is_a_warning_not_a_failure(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), _two_heads(tmp_path / "人口.xlsx", "家庭人口", "1e400", "三人"), options=OPTS)
    assert [[p.code for p in r.problems] for r in pv.rows] == [["roster.persons_invalid"]] * 2
    assert [r.status for r in pv.rows] == ["warning", "warning"] and len(pv.households) == 2


def test_a_village_written_another_way_is_the_same_village(ctx, villages, tmp_path):
    """东风村委会 and 东风 are the office's 东风村, 向阳社区居委会 is 向阳社区; a new village
    written two ways is created once, under its name without committee words; a name that
    could mean two villages means none."""
    from dibao_desk.services import office

    office.add_village(ctx.uow(), "新丰村", "village", 900)
    office.add_village(ctx.uow(), "新丰社区", "community", 900)
    people = [make_id("19600315", 2 * k + 1) for k in range(6)]
    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号码", "与户主关系"])
    for village, name, number in zip(("东风村委会", "东风", "向阳社区居委会", "南山村民委员会", "南山村", "新丰"),
                                     ("甲", "乙", "丙", "丁", "戊", "己"), people):
        ws.append([village, name, number, "户主"])
    path = tmp_path / "村名.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert [h.village for h in pv.households] == ["东风村", "东风村", "向阳社区", "南山村", "南山村", "新丰"]
    assert pv.village_aliases == (("东风村委会", "东风村"), ("东风", "东风村"), ("向阳社区居委会", "向阳社区"),
                                  ("南山村民委员会", "南山村"))
    assert pv.new_villages == ("南山村", "新丰")  # 新丰 could be 新丰村 or 新丰社区
    assert "按“东风村”导入" in ri.reason(pv.rows[0])
    res = ri.commit(ctx.uow(), pv)
    assert res.villages_created == ("南山村", "新丰")
    names = {v: k for k, v in dict(_state(ctx)[2]).items()}
    assert sorted(names) == ["东风村", "南山村", "向阳社区", "新丰", "新丰村", "新丰社区"]
    assert _state(ctx)[0][3].village_id == names["南山村"] == _state(ctx)[0][4].village_id
    again = ri.commit(ctx.uow(), path, options=OPTS)
    assert (again.households_unchanged, again.households_created, again.villages_created) == (6, 0, ())


def test_a_header_of_three_rows_with_labels_merged_down(ctx, villages, tmp_path):
    """序号 and 村（社区） merged down three header rows, group labels over 户主 / 家庭成员,
    then 姓名 / 身份证号码 in the third row: every column is found."""
    wb = Workbook()
    ws = wb.active
    ws.append(["东风村低保花名册"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "村（社区）", "家庭成员情况", None, None, None, "保障情况", None])
    ws.append([None, None, "户主", None, "家庭成员", None, "保障类别", "月保障金"])
    ws.append([None, None, "姓名", "身份证号码", "姓名", "身份证号码", None, None])
    for cells in ("A2:A4", "B2:B4", "C2:F2", "G2:H2", "C3:D3", "E3:F3", "G3:G4", "H3:H4"):
        ws.merge_cells(cells)
    ws.append([1, "东风村", "张三", ZHANG, "张三", ZHANG, "一类", 770])
    ws.append([None, None, None, None, "李四", LI, None, None])
    path = tmp_path / "三行表头.xlsx"
    wb.save(path)
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.header_rows == (3, 4)
    assert pv.mapping == ("seq", "village", "head_name", "head_id", "name", "id_number", "category", "benefit")
    assert [(h.village, [m.name for m in h.draft.members], h.category) for h in pv.households] == [
        ("东风村", ["张三", "李四"], "class1")]


def test_disability_grades_are_read_and_a_blank_cell_keeps_the_stored_grade(ctx, villages, tmp_path):
    def roster(name, grades):
        wb = Workbook()
        ws = wb.active
        ws.append(["村（社区）", "户主姓名", "姓名", "身份证号码", "与户主关系", "残疾等级"])
        ws.append(["东风村", "张三", "张三", ZHANG, "户主", grades[0]])
        ws.append([None, None, "李四", LI, "妻", grades[1]])
        ws.append([None, None, "张小三", ZHANG_SON, "子", grades[2]])
        ws.append(["东风村", "王五", "王五", WANG, "户主", grades[3]])
        wb.save(tmp_path / name)
        return tmp_path / name

    def stored():
        with ctx.uow() as uow:
            return dict(uow.session.execute(select(Member.id_number, Member.disability_grade)).all())

    pv = ri.preview(ctx.uow(), roster("一.xlsx", ["肢体二级", "无", None, "重度"]), options=OPTS)
    assert pv.mapping[-1] == "disability"
    assert [[p.code for p in r.problems] for r in pv.rows] == [[], [], [], ["roster.disability_unknown"]]
    assert "重度" in ri.reason(pv.rows[3])
    ri.commit(ctx.uow(), pv)
    assert stored() == {ZHANG: 2, LI: 0, ZHANG_SON: 0, WANG: 0}
    # the office records 王五's grade by hand; the next roster says nothing of it and changes 张小三's
    with ctx.uow() as uow:
        uow.session.scalars(select(Member).where(Member.id_number == WANG)).one().disability_grade = 1
        uow.commit()
    res = ri.commit(ctx.uow(), roster("二.xlsx", ["二级", "无", "4级", None]), options=OPTS)
    assert (res.households_updated, res.persons_updated, res.households_unchanged) == (1, 1, 1)
    assert stored() == {ZHANG: 2, LI: 0, ZHANG_SON: 4, WANG: 1}


def test_serious_illness_and_work_capacity_are_read(ctx, villages, tmp_path):
    def roster(name, rows):
        wb = Workbook()
        ws = wb.active
        ws.append(["村（社区）", "户主姓名", "姓名", "身份证号码", "与户主关系", "是否重病", "劳动能力"])
        for (person, number, relation), (ill, work) in zip(
                [("张三", ZHANG, "户主"), ("李四", LI, "妻"), ("张小三", ZHANG_SON, "子")], rows):
            head = person if relation == "户主" else None
            ws.append(["东风村" if head else None, head, person, number, relation, ill, work])
        wb.save(tmp_path / name)
        return tmp_path / name

    def stored():
        with ctx.uow() as uow:
            return {n: (bool(i), note, w) for n, i, note, w in uow.session.execute(
                select(Member.id_number, Member.serious_illness, Member.illness_note, Member.work_capacity))}

    pv = ri.preview(ctx.uow(), roster("一.xlsx", [("尿毒症", "部分丧失劳动能力"), ("无", "有"), (None, "一般")]),
                    options=OPTS)
    assert pv.mapping[-2:] == ("illness", "work_capacity")
    assert [[p.code for p in r.problems] for r in pv.rows] == [[], [], ["roster.work_capacity_unknown"]]
    ri.commit(ctx.uow(), pv)
    assert stored() == {ZHANG: (True, "尿毒症", "partial"), LI: (False, "", "full"), ZHANG_SON: (False, "", "full")}
    # 是 keeps the illness the office recorded; a blank keeps everything; 丧失 changes the capacity
    res = ri.commit(ctx.uow(), roster("二.xlsx", [("是", None), (None, "完全丧失"), (None, None)]), options=OPTS)
    assert (res.households_updated, res.persons_updated) == (1, 1)
    assert stored() == {ZHANG: (True, "尿毒症", "partial"), LI: (False, "", "none"), ZHANG_SON: (False, "", "full")}
    again = ri.commit(ctx.uow(), roster("二.xlsx", [("是", None), (None, "完全丧失"), (None, None)]), options=OPTS)
    assert (again.households_updated, again.households_unchanged) == (0, 1)


def test_a_benefit_too_large_to_be_money_is_an_invalid_amount(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), _two_heads(tmp_path / "金额.xlsx", "月保障金", "1e400", "NaN"), options=OPTS)
    assert [[p.code for p in r.problems] for r in pv.rows] == [["amount.invalid"], ["amount.invalid"]]


def test_a_bare_village_name_above_its_full_name_is_one_new_village(ctx, villages, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号码", "与户主关系"])
    for village, name, number in (("南山", "张三", ZHANG), ("南山村", "王五", WANG), ("南山", "孙九", SUN)):
        ws.append([village, name, number, "户主"])
    wb.save(tmp_path / "南山.xlsx")
    pv = ri.preview(ctx.uow(), tmp_path / "南山.xlsx", options=OPTS)
    assert [h.village for h in pv.households] == ["南山村", "南山村", "南山村"]
    assert pv.new_villages == ("南山村",) and pv.village_aliases == (("南山", "南山村"),)


def test_the_dry_run_help_says_it_writes_the_rows_to_fix(capsys):
    """An office runs --dry-run to get the rows to fix before importing: the help says that file
    is written (and nothing else), instead of 不写入数据 beside a workbook appearing."""
    with pytest.raises(SystemExit):
        cli_main(["import-roster", "--help"])
    text = "".join(capsys.readouterr().out.split())
    assert "不导入任何数据" in text and "-未导入.xlsx" in text and "不写入数据" not in text


def test_a_clean_check_says_an_earlier_error_workbook_is_old(ctx, tmp_path, capsys):
    path = simple_roster(tmp_path / "花名册.xlsx", [("张三", ZHANG, [])])
    stale = tmp_path / "花名册-未导入.xlsx"
    stale.write_bytes(b"left by an earlier check")
    data = str(ctx.data_dir)
    ctx.close()
    assert cli_main(["--data-dir", data, "import-roster", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"本次没有错误的行；旁边的 {stale} 是以前写出的" in out
    assert stale.read_bytes() == b"left by an earlier check"


def test_names_typed_with_another_dot_are_stored_with_the_identity_cards_dot(ctx, villages, tmp_path):
    # 买买提•艾力 (bullet), 阿依古丽・托合提 (katakana dot), 艾力.买买提 (full stop): each stored with ·,
    # the head's name and the member's alike, as the household form stores a name
    path = simple_roster(tmp_path / "r.xlsx", [("买买提•艾力", ZHANG, [("阿依古丽・托合提", LI, "妻子"),
                                                                     ("艾力.买买提", ZHANG_SON, "儿子")])])
    ri.commit(ctx.uow(), path, options=OPTS)
    with ctx.uow() as uow:
        s = uow.session
        assert s.execute(select(Member.name).order_by(Member.position)).scalars().all() == [
            "买买提·艾力", "阿依古丽·托合提", "艾力·买买提"]
        assert s.execute(select(Household.head_name)).scalars().all() == ["买买提·艾力"]
    assert len(households.query_ids(ctx.uow(), households.HouseholdQuery(text="艾力·买买提"))) == 1
