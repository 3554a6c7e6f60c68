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
