"""`dibao-desk reviews due` from a terminal: the list, the workbook, a bad month."""

import datetime as dt

from openpyxl import load_workbook

from dibao_desk.cli import main
from dibao_desk.models import Household


def test_due_overdue_prints_and_writes_a_workbook(ctx, make_household, tmp_path, capsys):
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2020, 1, 31)
        h.created_at = dt.datetime(2020, 1, 31)
        uow.commit()
    out = tmp_path / "逾期.xlsx"
    code = main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--overdue", "--village", "东风村",
                 "--xlsx", str(out)])
    text = capsys.readouterr().out
    assert code == 0
    assert "张三" in text and "2020-04-30" in text and "农村三类（一般）" in text
    ws = load_workbook(out).active
    assert ws["C3"].value == "张三" and ws["D3"].value == hh.draft.members[0].id_number
    assert ws["D3"].data_type == "s" and ws["G3"].value == "2020-04-30"
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind


def test_bad_month_and_unknown_village_are_refused(ctx, capsys):
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--month", "2026-13"]) == 2
    assert "格式不对" in capsys.readouterr().err
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--village", "没有村"]) == 2
