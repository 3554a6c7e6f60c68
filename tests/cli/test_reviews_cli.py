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


def test_plan_on_the_quarters_last_day_off_says_who_is_left_out(ctx, make_household, capsys):
    """Saturday 30 September 2028: no working day is left in the quarter; the terminal says how
    many households due or overdue are left out."""
    from dibao_desk.models import WorkdayOverride

    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2028, 1, 31)
        h.created_at = dt.datetime(2028, 1, 31)
        uow.session.add(WorkdayOverride(day=dt.date(2028, 9, 30), workday=False))
        uow.commit()
    code = main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--today", "2028-09-30"])
    text = capsys.readouterr().out
    assert code == 0
    assert "0 个工作日" in text
    assert "2028-09-30 至 2028-09-30 已没有剩余的工作日：1 户到期或已逾期的复核未排入计划" in text
    assert "法定节假日安排尚未录入" not in text  # the one day left is the office's own word


def test_plan_of_a_quarter_already_over_says_so(ctx, make_household, capsys):
    """1 December 2026, the plan of 2026Q3: the quarter is over. The terminal said 2026-12-01 至
    2026-09-30 (a span running backwards); it now says the quarter has ended."""
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2026, 1, 31)
        h.created_at = dt.datetime(2026, 1, 31)
        uow.commit()
    code = main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "2026-07", "--today", "2026-12-01"])
    text = capsys.readouterr().out
    assert code == 0
    assert "2026-12-01 至 2026-09-30" not in text
    assert "2026年第3季度已于 2026-09-30 结束：1 户到期或已逾期的复核未排入计划，请做本季度的计划" in text


def test_plan_of_the_last_quarter_of_year_9999_is_refused_in_chinese(ctx, capsys):
    """The quarter's end is in year 10000, which made a traceback (ValueError)."""
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "9999-12"]) == 2
    assert "季度“9999-12”格式不对" in capsys.readouterr().err


def test_plan_takes_a_quarter_as_an_operator_types_it(ctx, make_household, capsys):
    """`reviews plan --quarter 2027Q1` was refused: only a month of the quarter (2027-03) was read.
    Each form an office writes a quarter in gives the same plan; anything else is refused in
    Chinese, naming the forms read."""
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2026, 1, 31)
        h.created_at = dt.datetime(2026, 1, 31)
        uow.commit()
    outs = []
    for typed in ("2027-03", "2027Q1", "2027q1", "2027-Q1", "2027年第1季度", "2027年一季度", "2027-1"):
        code = main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", typed, "--today", "2026-12-01"])
        outs.append(capsys.readouterr().out)
        assert code == 0, typed
    assert outs[0].startswith("2027-01-04 至 2027-03-31：") or outs[0].startswith("2027-01-0")
    assert all(o == outs[0] for o in outs)
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "2027Q5"]) == 2
    err = capsys.readouterr().err
    assert "季度“2027Q5”格式不对" in err and "2027年第1季度" in err
    # a month list takes months, not quarters
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--month", "2027Q1"]) == 2
    assert "月份“2027Q1”格式不对" in capsys.readouterr().err
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--month", "2027年3月"]) == 0


def test_a_workbook_that_cannot_be_written_is_said_in_chinese(ctx, make_household, tmp_path, capsys):
    """The stick pulled out (its folder gone), or a folder where the file should be: the
    terminal says so in Chinese, not with the system's English words."""
    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2020, 1, 31)
        uow.commit()
    gone = tmp_path / "U盘" / "逾期.xlsx"
    folder = tmp_path / "名单.xlsx"
    folder.mkdir()
    for path, words in ((gone, "找不到"), (folder, "是一个文件夹")):
        for command in (["due", "--overdue"], ["plan", "--quarter", "2026Q4", "--today", "2026-12-01"]):
            code = main(["--data-dir", str(ctx.data_dir), "reviews", *command, "--xlsx", str(path)])
            err = capsys.readouterr().err
            assert code == 1 and words in err and str(path) in err, err
            assert "No such file" not in err and "Is a directory" not in err


def test_counts_with_the_months_reversed_are_refused_in_chinese(ctx, capsys):
    """`reviews counts --from 2026-11 --to 2026-03` printed an empty table, read as no reviews."""
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "counts", "--from", "2026-11", "--to", "2026-03"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "错误：起始月 2026-11 晚于截止月 2026-03，请把两个月份对调\n"
    assert captured.out == ""
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "counts", "--from", "2026-03", "--to", "2026-03"]) == 0
    assert "2026-03" in capsys.readouterr().out


def test_due_and_plan_write_their_pdf_on_the_day_given(ctx, make_household, tmp_path, capsys):
    """`reviews due --pdf` and `reviews plan --pdf` print from a terminal what the 复核 tab's 打印
    and the plan's window print, as of ``--today`` (31 December: the overdue list and the
    first quarter's plan of the new year); a folder that is not there is said in Chinese."""
    import pypdfium2

    hh = make_household(wages_fen=0)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hh.id)
        h.status, h.category, h.benefit_start = "receiving", "class3", dt.date(2026, 1, 31)
        h.created_at = dt.datetime(2026, 1, 31)
        uow.commit()

    def text(path) -> str:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf))).replace(" ", "")
        finally:
            pdf.close()

    due = tmp_path / "逾期.pdf"
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--overdue", "--pdf", str(due),
                 "--today", "2026-12-31"]) == 0
    assert f"已写入 {due}（逾期未复核低保家庭名单（截至 2026-12-31），1 页）" in capsys.readouterr().out
    page = text(due)
    assert "截至2026-12-31已逾期未复核1户" in page and "张三" in page and "2026-04-30" in page
    plan = tmp_path / "计划.pdf"
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "2027Q1", "--pdf", str(plan),
                 "--today", "2026-12-31"]) == 0
    assert "2027 年第 1 季度低保复核计划" in capsys.readouterr().out
    page = text(plan)
    assert "2027年第1季度低保复核计划" in page and "张三" in page and "已逾期" in page
    assert main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--pdf", str(tmp_path / "无" / "a.pdf"),
                 "--today", "2026-12-31"]) == 1
    assert "Traceback" not in capsys.readouterr().err and not (tmp_path / "无").exists()
    assert not list(tmp_path.glob("*.part"))
