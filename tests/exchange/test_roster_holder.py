"""A roster's 开户人 column: the member (by name or ID number) in whose name the household's
account is opened, set on new households and on registered ones updated; a household whose
holder is none of its members is rejected with the reason (nothing of it written)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from dibao_desk.exchange.roster_header import guess_mapping
from dibao_desk.models import Household
from dibao_desk.services import roster_import as ri
from tests.conftest import make_id
from tests.exchange.roster_samples import LI, ZHANG

TODAY = dt.date(2026, 11, 30)
OPTS = ri.ImportOptions(today=TODAY)
ZHAO, ZHAO_WIFE = make_id("19550101", 41), make_id("19570202", 42)


def _roster(path, holders: tuple[str, str], header: str = "开户人"):
    """Two households, a 开户人 cell on each head's row."""
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "银行账号", header])
    ws.append([1, "东风村", "张三", "张三", ZHANG, "户主", 300, "6217990000000000014", holders[0]])
    ws.append([None, None, None, "李四", LI, "妻子", None, None, None])
    ws.append([2, "东风村", "赵六", "赵六", ZHAO, "户主", 300, "6217990000000000022", holders[1]])
    ws.append([None, None, None, "钱芳", ZHAO_WIFE, "妻子", None, None, None])
    wb.save(path)
    return path


def _holders(ctx):
    with ctx.uow() as uow:
        return {h.head_name: (h.bank_account, h.bank_holder_id_number) for h in uow.session.query(Household)}


@pytest.mark.parametrize("label", ["开户人", "开户人身份证号", "持卡人姓名", "账户名称"])
def test_the_header_words_for_the_holder(label):
    assert guess_mapping(["姓名", "身份证号", label, "开户银行", "户主"]) == (
        "name", "id_number", "holder", "bank_name", "head_name")


def test_a_new_household_takes_its_holder_by_name_or_id_and_the_head_as_none(ctx, villages, tmp_path):
    res = ri.commit(ctx.uow(), _roster(tmp_path / "r.xlsx", ("李四", ZHAO)), options=OPTS)
    assert res.households_created == 2
    assert _holders(ctx) == {"张三": ("6217990000000000014", LI), "赵六": ("6217990000000000022", None)}
    again = ri.preview(ctx.uow(), _roster(tmp_path / "r.xlsx", ("李四", ZHAO)), options=OPTS)
    assert not any(h.changed for h in again.households)  # the same holders: nothing to update


def test_a_registered_household_gets_its_holder_and_a_blank_cell_keeps_it(ctx, villages, tmp_path):
    ri.commit(ctx.uow(), _roster(tmp_path / "a.xlsx", ("", "")), options=OPTS)
    assert _holders(ctx) == {"张三": ("6217990000000000014", None), "赵六": ("6217990000000000022", None)}
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "b.xlsx", (LI, "钱芳")), options=OPTS)
    assert [h.changed for h in pv.households] == [True, True]
    ri.commit(ctx.uow(), pv, on_existing="update")
    assert _holders(ctx) == {"张三": ("6217990000000000014", LI), "赵六": ("6217990000000000022", ZHAO_WIFE)}
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "c.xlsx", ("", "赵六")), options=OPTS)
    assert [h.changed for h in pv.households] == [False, True]  # blank: kept; the head named: the head
    ri.commit(ctx.uow(), pv, on_existing="update")
    assert _holders(ctx) == {"张三": ("6217990000000000014", LI), "赵六": ("6217990000000000022", None)}


def test_a_household_whose_holder_is_none_of_its_members_is_rejected_with_the_reason(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "r.xlsx", ("李四", "王五")), options=OPTS)
    bad = [r for r in pv.rows if any(p.code == "roster.holder_unknown" for p in r.problems)]
    assert [r.sheet_row for r in bad] == [4]
    assert "开户人“王五”不是本户的成员" in ri.reason(bad[0])
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.households_rejected) == (1, 1)
    assert _holders(ctx) == {"张三": ("6217990000000000014", LI)}


NEW_YEAR_EVE = make_id("20101231", 51)  # 16 on 31 Dec 2026
NEW_YEAR = make_id("20110101", 53)  # 16 on 1 Jan 2027


def _roster_with_children(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "银行账号", "开户人"])
    ws.append([1, "东风村", "张三", "张三", ZHANG, "户主", 300, "6217990000000000014", "张除夕"])
    ws.append([None, None, None, "张除夕", NEW_YEAR_EVE, "孙子", None, None, None])
    ws.append([2, "东风村", "赵六", "赵六", ZHAO, "户主", 300, "6217990000000000022", NEW_YEAR])
    ws.append([None, None, None, "赵元旦", NEW_YEAR, "孙女", None, None, None])
    wb.save(path)
    return path


@pytest.mark.parametrize("today,minors", [
    (dt.date(2026, 12, 30), [2, 4]),
    (dt.date(2026, 12, 31), [4]),  # 张除夕 is 16 today
    (dt.date(2027, 1, 1), []),
    (dt.date(2026, 11, 30), [2, 4]),
])
def test_a_holder_under_16_is_a_warning_of_the_preview_and_the_household_still_comes_in(
        ctx, villages, tmp_path, today, minors):
    from dibao_desk import messages

    pv = ri.preview(ctx.uow(), _roster_with_children(tmp_path / "r.xlsx"), options=ri.ImportOptions(today=today))
    warned = [(r.sheet_row, p) for r in pv.rows for p in r.problems if p.code == "roster.holder_minor"]
    assert [row for row, _p in warned] == minors
    assert all(p.severity == "warning" for _row, p in warned)
    if minors:
        assert "开户人赵元旦只有 15 岁（未满16岁），银行可能不接受以其账户代发" in messages.text(warned[-1][1])
    res = ri.commit(ctx.uow(), pv)
    assert (res.households_created, res.households_rejected) == (2, 0)
    assert _holders(ctx) == {"张三": ("6217990000000000014", NEW_YEAR_EVE), "赵六": ("6217990000000000022", NEW_YEAR)}


def test_the_audit_text_of_a_household_the_roster_creates_names_its_holder(ctx, villages, tmp_path):
    """As an update's text does: the 开户人's ID number, "" when the head holds the account."""
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog

    ri.commit(ctx.uow(), _roster(tmp_path / "r.xlsx", ("李四", ZHAO)), options=OPTS)
    with ctx.uow() as uow:
        texts = [json.loads(a) for a in uow.session.scalars(
            select(AuditLog.after).where(AuditLog.entity == "household", AuditLog.action == "import")
            .order_by(AuditLog.id))]
    assert [t["bank_holder_id_number"] for t in texts] == [LI, ""]
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "b.xlsx", ("", "钱芳")), options=OPTS)
    ri.commit(ctx.uow(), pv, on_existing="update")
    with ctx.uow() as uow:
        [update] = [json.loads(a) for a in uow.session.scalars(
            select(AuditLog.after).where(AuditLog.entity == "household", AuditLog.action == "import_update"))]
    assert update["bank_holder_id_number"] == ZHAO_WIFE  # the same key an update writes
