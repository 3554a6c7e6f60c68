"""A roster row whose bank account is longer than the bank file's account column (some rural
credit cooperative passbooks have 21 digits) is refused like registration refuses it: a row
error in the preview and the error workbook, the account never cut, the other households in."""

from __future__ import annotations

from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from dibao_desk.models import Household
from dibao_desk.services import roster_import as ri
from tests.exchange.test_roster_layouts import CHEN, FENG, OPTS

PASSBOOK_21 = "101234567890123456789"
PASSBOOK_20 = "10123456789012345678"


def _roster(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号", "银行账号"])
    ws.append(["东风村", "冯三", FENG, PASSBOOK_21])
    ws.append(["东风村", "陈四", CHEN, PASSBOOK_20])
    wb.save(path)
    return path


def test_a_21_digit_account_is_a_row_error_in_the_preview_and_the_error_workbook(ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), _roster(tmp_path / "花名册.xlsx"), options=OPTS)
    by_row = {r.sheet_row: r for r in pv.rows}
    assert (by_row[2].status, by_row[3].status) == ("error", "ok")
    assert [p.code for p in by_row[2].problems] == ["bank_account.too_long"]
    assert ri.reason(by_row[2]).startswith(f"银行账号“{PASSBOOK_21}”有 21 位，超过银行代发文件账号栏的 20 位")
    assert [h.draft.bank_account for h in pv.households] == [PASSBOOK_20]
    assert pv.households_rejected == 1
    aside = ri.ErrorsAside.start(pv)
    assert aside is not None
    res = ri.commit(ctx.uow(), pv)
    written = aside.place()
    assert (res.households_created, res.households_rejected) == (1, 1)
    with ctx.uow() as uow:
        stored = uow.session.execute(select(Household.head_name, Household.bank_account)).all()
    assert [tuple(r) for r in stored] == [("陈四", PASSBOOK_20)]
    book = CalamineWorkbook.from_path(str(written))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert len(rows) == 2 and int(rows[1][0]) == 2 and rows[1][4] == PASSBOOK_21
    assert "超过银行代发文件账号栏的 20 位" in rows[1][-1]
