"""Roster import edge cases found by comparing the rewritten import with the earlier one.

Each test builds a small roster with openpyxl and checks what the operator would see in the
preview and what ends up in the store.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household, Member
from dibao_desk.services import households, roster_import as ri
from tests.conftest import make_id

TODAY = dt.date(2026, 11, 23)
OPTS = ri.ImportOptions(today=TODAY)

ZHANG = make_id("19600315", 11)
LI = make_id("19620520", 22)
SON = make_id("19900101", 31)
WANG = make_id("19450808", 41)


def _roster(path, header, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _codes(row):
    return [p.code for p in row.problems]


def _counts(ctx):
    with ctx.uow() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(Household)),
                s.scalar(select(func.count()).select_from(Member)))


# ---- two persons on one row --------------------------------------------------------------

TWO_ON_A_ROW = ["村", "户主姓名", "户主身份证号", "姓名", "身份证号", "与户主关系"]


def test_two_persons_on_one_row_with_the_same_number_are_an_error_not_a_failed_commit(ctx, villages, tmp_path):
    """户主 columns 张三 / ZHANG and a member's columns 李四 / ZHANG on the same row (the
    clerk copied the head's number into the member's cell). The earlier import marked the
    row 错误 (member.duplicate_id: the same number twice in one household). Now the preview
    shows the row as 正常 and plans a household of two members with one number; 导入 then
    stops with an sqlite IntegrityError (UNIQUE constraint failed: member.id_number) and
    nothing of the whole roster is imported."""
    path = _roster(tmp_path / "r.xlsx", TWO_ON_A_ROW, [
        ["东风村", "张三", ZHANG, "李四", ZHANG, "妻"],
        ["东风村", "王五", WANG, "王五", WANG, "户主"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    by_row = {r.sheet_row: r for r in pv.rows}
    assert by_row[2].status == "error"
    assert "member.duplicate_id" in _codes(by_row[2])
    assert [h.members[0][0] for h in pv.households] == ["王五"]
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.persons_created) == (1, 1)


def test_two_persons_on_one_row_with_their_own_numbers_make_one_household(ctx, villages, tmp_path):
    """The head's columns and a first member's columns on one row: two persons, head first;
    the member rows below join them."""
    path = _roster(tmp_path / "r.xlsx", TWO_ON_A_ROW, [
        ["东风村", "张三", ZHANG, "李四", LI, "妻"],
        [None, None, None, "张小三", SON.lower()[:17] + SON[17].lower(), "子"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert [r.status for r in pv.rows] == ["ok", "ok"]
    (plan,) = pv.households
    assert [(m[0], m[1], m[2]) for m in plan.members] == [
        ("张三", ZHANG, "head"), ("李四", LI, "spouse"), ("张小三", SON, "son")]
    assert plan.rows == (2, 2, 3)
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.persons_created) == (1, 3)


# ---- the store changed between preview and commit ----------------------------------------

def test_a_registered_household_deleted_after_the_preview_stops_the_commit_with_a_reason(
        ctx, villages, make_household, tmp_path):
    """The preview finds 张三's household registered (提示: 已登记, will be updated). Before
    导入 is pressed, the household is deleted (another window, another clerk). The earlier
    import refused with roster.store_changed ("系统中的数据在预览后有变动，请重新预览"). Now
    the check is skipped because no roster number is registered any more, and the update
    step fails with a bare KeyError: the operator sees an internal error instead of being
    told to preview again."""
    detail = make_household(head="张三", head_id=ZHANG)
    path = _roster(tmp_path / "r.xlsx", ["村", "姓名", "身份证号", "与户主关系", "住址"], [
        ["东风村", "张三", ZHANG, "户主", "东风村3组"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.existing == 1
    households.delete(ctx.uow(), detail.id)
    with pytest.raises(RuleError) as exc:
        ri.commit(ctx.uow(), pv, "update")
    assert [p.code for p in exc.value.problems] == ["roster.store_changed"]


# ---- villages and member facts ---------------------------------------------------------------

def test_a_village_written_with_its_full_committee_name_is_the_known_village(ctx, villages, tmp_path):
    """A village committee's full name is 东风村村民委员会 (the village 东风村 plus 村民委员会);
    rosters also write 东风村村委会. The import drops 村民委员会 / 村委会 but keeps a 村 for
    them, so both become 东风村村: the preview announces a new village 东风村村 and the
    households are filed under it instead of the office's 东风村."""
    people = [make_id("19600315", 2 * k + 1) for k in range(2)]
    path = _roster(tmp_path / "r.xlsx", ["村（社区）", "户主姓名", "身份证号码", "与户主关系"], [
        ["东风村村民委员会", "甲", people[0], "户主"],
        ["东风村村委会", "乙", people[1], "户主"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.new_villages == ()
    assert [h.village for h in pv.households] == ["东风村", "东风村"]


def test_a_yes_under_has_lost_work_capacity_is_no_work_capacity(ctx, villages, tmp_path):
    """The column is headed 是否丧失劳动能力 (has the person lost the capacity to work?) and
    says 是 for the head. The import maps it to 劳动能力 and reads 是 as 有劳动能力 (full):
    the store records the opposite of what the roster says, silently (no 提示)."""
    path = _roster(tmp_path / "r.xlsx", ["村", "姓名", "身份证号", "与户主关系", "是否丧失劳动能力"], [
        ["东风村", "张三", ZHANG, "户主", "是"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    (plan,) = pv.households
    assert plan.members[0][3].work_capacity in (None, "none")


def test_a_disability_certificate_number_column_is_not_the_grade(ctx, villages, tmp_path):
    """残疾证号 holds the certificate number (20 digits). The earlier import left the column
    alone; now it is guessed as 残疾等级 and every disabled person's row gets a 提示
    “残疾等级‘36042619600315011442’看不出是几级”."""
    path = _roster(tmp_path / "r.xlsx", ["村", "姓名", "身份证号", "与户主关系", "残疾证号"], [
        ["东风村", "张三", ZHANG, "户主", ZHANG + "42"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert pv.mapping[4] == "ignore"
    assert [r.status for r in pv.rows] == ["ok"]


def test_a_registered_household_keeps_what_the_roster_leaves_blank_and_a_second_import_is_a_no_op(
        ctx, villages, make_household, tmp_path):
    """张三 is registered in 东风村 (work capacity partial, address 东风村1组, account 6217…).
    The roster writes the village 东风村委会, leaves address, account and 劳动能力 blank for
    张三 (his number with stray spaces), adds 李四 (number with a lower-case x) with 残疾等级
    肢体二级: 张三 keeps his stored values, 李四 is added with grade 2; importing again changes nothing."""
    make_household(head="张三", head_id=ZHANG, address="东风村1组", bank_account="6217001234567890")
    path = _roster(tmp_path / "r.xlsx", ["村", "姓名", "身份证号", "与户主关系", "住址", "银行账号", "残疾等级",
                                         "劳动能力"], [
        ["东风村委会", "张三", " " + ZHANG + " ", "户主", None, None, None, None],
        [None, "李四", LI.lower(), "妻", None, None, "肢体二级", "部分丧失"],
    ])
    pv = ri.preview(ctx.uow(), path, options=OPTS)
    assert [r.status for r in pv.rows] == ["warning", "ok"]
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_updated, res.persons_updated, res.households_created) == (1, 1, 0)
    with ctx.uow() as uow:
        (h,) = uow.session.scalars(select(Household)).all()
        assert (h.village_id, h.address, h.bank_account) == (villages["东风村"], "东风村1组", "6217001234567890")
        members = [(m.name, m.id_number, m.relation, m.disability_grade, m.work_capacity)
                   for m in sorted(h.members, key=lambda m: m.position)]
    assert members == [("张三", ZHANG, "head", 0, "partial"), ("李四", LI, "spouse", 2, "partial")]
    before = _counts(ctx)
    again = ri.commit(ctx.uow(), path, options=OPTS)
    assert (again.households_unchanged, again.households_updated, again.audit_id) == (1, 0, None)
    assert _counts(ctx) == before
