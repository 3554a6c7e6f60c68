"""开户人 from a terminal: `payroll show` names the holder with the head, `payroll sign` says
whose holder has left, `import-accounts` says which member becomes the holder."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from dibao_desk.services import events
from tests.cli.terminal import run_captured as run
from tests.unit.test_bank_holder import DAUGHTER_ID, HEAD_ID, card, held  # noqa: F401 (fixture)

D = dt.date


def test_payroll_show_names_the_holder_and_the_head_and_signing_names_a_holder_who_died(ctx, held, capsys):  # noqa: F811
    a, _b = held
    code, _out, _ = run(ctx, capsys, "payroll", "make", "--period", "2026-12", "--today", "2026-11-30")
    assert code == 0
    code, out, _ = run(ctx, capsys, "payroll", "show", "--period", "2026-12")
    assert code == 0 and "李秀英（户主 王大山）" in out and DAUGHTER_ID in out
    daughter = events.find_member(ctx.uow(), a, "李秀英")
    events.add_event(ctx.uow(), a, "death", D(2026, 11, 30), member_id=daughter, today=D(2026, 11, 30))
    code, _, err = run(ctx, capsys, "payroll", "sign", "--period", "2026-12", "--leader", "赵镇长", "--on",
                       "2026-11-30", "--today", "2026-11-30")
    assert code == 1 and "户主 王大山" in err and "开户人（李秀英）已不在本户" in err


def test_import_accounts_says_which_member_becomes_the_holder(ctx, held, capsys, tmp_path):  # noqa: F811
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "开户人身份证号", "账号", "开户行"])
    ws.append(["王大山", HEAD_ID, DAUGHTER_ID, card(11), "邮储"])
    wb.save(tmp_path / "开户.xlsx")
    code, out, _ = run(ctx, capsys, "import-accounts", str(tmp_path / "开户.xlsx"), "--dry-run")
    assert code == 0 and "（开户人 李秀英，户主 王大山）" in out
