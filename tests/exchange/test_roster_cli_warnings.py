"""``dibao-desk import-roster FILE`` shows the rows the window marks 提示 as well as those with
errors: counted, the first twenty listed by sheet row with their reasons, the rest counted."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from dibao_desk.models import Household
from dibao_desk.services import roster_check
from tests.conftest import make_id

FEB_END = dt.date(2026, 2, 28)
HEAD = make_id("19600315", 11)
MINOR = make_id("20100301", 37)  # 15 on 28 Feb 2026: a day short of 16
SIXTEEN = make_id("20100228", 45)  # 16 on 28 Feb 2026


class _FebEnd(dt.date):
    @classmethod
    def today(cls) -> dt.date:  # type: ignore[override]
        return FEB_END


@pytest.fixture
def feb_end(monkeypatch):
    """The roster is checked on 28 Feb 2026, as the command does on the machine's date."""
    monkeypatch.setattr(roster_check, "dt", types.SimpleNamespace(date=_FebEnd))


def _roster(path, extra_heads=0):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "银行账号", "开户人"])
    # 2, 3: a holder of 15
    ws.append([1, "东风村", "张三", "张三", HEAD, "户主", 300, "6217990000000000014", "张童"])
    ws.append([None, None, None, "张童", MINOR, "孙子", None, None, None])
    # 4, 5: a holder of 16 is no warning
    ws.append([2, "东风村", "李四", "李四", make_id("19620520", 22), "户主", 300, "6217990000000000022", "李青"])
    ws.append([None, None, None, "李青", SIXTEEN, "孙女", None, None, None])
    # 6, 7: a relation word the import does not know
    ws.append([3, "东风村", "王五", "王五", make_id("19450808", 41), "户主", 300, None, None])
    ws.append([None, None, None, "王干亲", make_id("19700707", 51), "干亲", None, None, None])
    # 8: a wrong check digit: an error; 9: its member, not imported with it, a relation not known
    bad = make_id("19550505", 81)
    ws.append([4, "东风村", "周十", "周十", bad[:17] + ("0" if bad[17] != "0" else "1"), "户主", 300, None, None])
    ws.append([None, None, None, "周干亲", make_id("19800808", 61), "干亲", None, None, None])
    # 10...: heads in villages new to the store
    for k in range(extra_heads):
        ws.append([5 + k, f"新{k + 1}村", f"孙{k + 1}", f"孙{k + 1}", make_id("19380101", 100 + k), "户主", 300,
                   None, None])
    wb.save(path)
    return path


def _lines_between(out: str, first: str, last: str) -> list[str]:
    lines = out.splitlines()
    start = next(k for k, x in enumerate(lines) if x.startswith(first))
    end = next(k for k, x in enumerate(lines) if x.startswith(last))
    return lines[start:end]


def test_the_terminal_lists_the_warning_rows_as_the_window_marks_them(ctx, villages, tmp_path, capsys, feb_end):
    from dibao_desk.cli import main

    path = _roster(tmp_path / "花名册.xlsx", extra_heads=1)
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path)]) == 0
    out = capsys.readouterr().out
    assert _lines_between(out, "共 ", "导入完成") == [
        "共 9 行：正常 4，提示 3，错误 2，跳过 0。",
        "错误 2 行（不导入）：",
        "  第 8 行：身份证号“360426195505050810”校验位不对（最后一位应为 3），请核对是否录错",
        "  第 9 行：与户主关系“干亲”不认识，按“其他”登记；同户第 8 行有错误，整户未导入",
        "提示 3 行（照常导入，请核实）：",
        "  第 2 行：开户人张童只有 15 岁（未满16岁），银行可能不接受以其账户代发，请核对",
        "  第 7 行：与户主关系“干亲”不认识，按“其他”登记",
        "  第 10 行：村（社区）“新1村”尚未建立，导入时将新建",
    ]
    # the rows with 提示 are imported; the holder of 16 has nothing to say
    with ctx.uow() as uow:
        holders = set(uow.session.scalars(select(Household.bank_holder_id_number)))
    assert {MINOR, SIXTEEN} <= holders
    # The error workbook (the window's is made by the same code) holds the rows not imported with
    # every reason, a 提示 of such a row too; the rows imported with a 提示 are not in it.
    sheet = load_workbook(tmp_path / "花名册-未导入.xlsx", read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [(r[0], r[-1]) for r in rows[1:]] == [
        (8, "身份证号“360426195505050810”校验位不对（最后一位应为 3），请核对是否录错"),
        (9, "与户主关系“干亲”不认识，按“其他”登记；同户第 8 行有错误，整户未导入"),
    ]


def test_a_dry_run_lists_twenty_warning_rows_and_counts_the_rest(ctx, villages, tmp_path, capsys, feb_end):
    from dibao_desk.cli import main

    path = _roster(tmp_path / "花名册.xlsx", extra_heads=20)  # 22 rows with 提示 in all
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    lines = _lines_between(out, "提示 ", "检查完成")
    assert lines[0] == "提示 22 行（照常导入，请核实）："
    assert lines[1:4] == [
        "  第 2 行：开户人张童只有 15 岁（未满16岁），银行可能不接受以其账户代发，请核对",
        "  第 7 行：与户主关系“干亲”不认识，按“其他”登记",
        "  第 10 行：村（社区）“新1村”尚未建立，导入时将新建",
    ]
    assert lines[20] == "  第 27 行：村（社区）“新18村”尚未建立，导入时将新建"
    assert lines[21:] == ["  ……另有 2 行提示未列出（在窗口的导入预览中选“仅提示”可逐行查看）"]
    assert "共 28 行：正常 4，提示 22，错误 2，跳过 0。" in out.splitlines()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Household.id)).all() == []


def test_a_roster_without_warnings_prints_no_warning_list(ctx, villages, tmp_path, capsys, feb_end):
    from dibao_desk.cli import main

    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号"])
    ws.append(["东风村", "张三", HEAD])
    wb.save(tmp_path / "r.xlsx")
    assert main(["--data-dir", str(ctx.data_dir), "import-roster", str(tmp_path / "r.xlsx"), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "共 1 行：正常 1，提示 0，错误 0，跳过 0。" in out
    assert not [x for x in out if x.startswith(("提示 ", "错误 ", "  第 "))]
