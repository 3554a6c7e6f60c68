"""The terminal's tables line up as a terminal shows them: a Chinese character takes two columns.

A long minority name and a short one in the same listing: every column starts (or, right-aligned,
ends) at the same display column on every line, measured as a terminal measures it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from dibao_desk.cli.table import cut, lines
from dibao_desk.services import procedure as proc
from dibao_desk.services import recovery
from tests.cli.terminal import run_captured
from tests.conftest import make_id
from tests.unit.test_ledger import put_on_benefit

LONG = "阿卜杜热合曼·买买提依明"
SHORT = "王芳"
D = dt.date


def columns(text: str) -> int:
    """The display columns `text` takes in a terminal (east_asian_width W and F: two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def starts(line: str, cell: str) -> int:
    """The display column where `cell` begins in `line`."""
    assert cell in line, (cell, line)
    return columns(line[:line.index(cell)])


def ends(line: str, cell: str) -> int:
    return starts(line, cell) + columns(cell)


def two_households(make_household):
    long = make_household(head=LONG, head_id=make_id("19580612", 13), wages_fen=0)
    short = make_household(head=SHORT, head_id=make_id("19700101", 15), wages_fen=0)
    return long, short


def the_line(out: str, *parts: str) -> str:
    [line] = [x for x in out.splitlines() if all(p in x for p in parts)]
    return line


def test_cases_line_up_under_their_headers(ctx, make_household, capsys):
    long, short = two_households(make_household)
    for h, day in ((long, D(2026, 11, 2)), (short, D(2026, 11, 20))):
        proc.receive_application(ctx.uow(), h.id, {"on": day, "person": "王经办", "declaration_signed": True,
                                                   "authorisation_signed": True}, day)
    code, out, _ = run_captured(ctx, capsys, "cases", "--today", "2026-11-30")
    assert code == 0
    header = the_line(out, "编号", "户主")
    rows = [the_line(out, LONG), the_line(out, SHORT)]
    assert f"{LONG}  2026-11-02" in rows[0]  # the name no longer runs into the date
    for line, day in zip(rows, ("2026-11-02", "2026-11-20")):
        assert starts(line, "东风村") == starts(header, "村（社区）")
        assert starts(line, LONG if LONG in line else SHORT) == starts(header, "户主")
        assert starts(line, day) == starts(header, "受理日期")
        assert starts(line, "调查核实") == starts(header, "当前步骤")
        assert ends(line, line.split()[0]) == ends(header, "编号")  # the case number, right-aligned


def test_recovery_list_lines_up_names_words_and_amounts(ctx, make_household, capsys):
    long, short = two_households(make_household)
    for h, amount in ((long, "900"), (short, "12345.6")):
        put_on_benefit(ctx, h.id)
        code, _, err = run_captured(ctx, capsys, "recovery", "add", "--household", str(h.id), "--source",
                                    "false_declaration", "--reference", f"德民追〔2026〕{h.id}号",
                                    "--date", "2026-11-30", "--amount", amount, "--from-month", "2026-09",
                                    "--to-month", "2026-10", "--method", "cash", "--today", "2026-11-30")
        assert code == 0, err
    code, out, _ = run_captured(ctx, capsys, "recovery", "list")
    assert code == 0
    header = the_line(out, "编号", "户主")
    rows = [the_line(out, LONG), the_line(out, SHORT)]
    assert {e.amount_fen for e in recovery.list_entries(ctx.uow())} == {90000, 1234560}
    for line, amount in zip(rows, ("900.00", "12345.60")):
        assert starts(line, LONG if LONG in line else SHORT) == starts(header, "户主")
        assert starts(line, "虚报冒领") == starts(header, "原因")
        assert starts(line, "2026-11-30") == starts(header, "决定日期")
        assert starts(line, "2026-09..2026-10") == starts(header, "所属月份")
        assert ends(line, f"{amount}  ") - 2 == ends(header, "应追回")  # amounts end under their header


def test_reviews_plan_lines_up_names_across_its_days(ctx, make_household, capsys):
    long, short = two_households(make_household)
    for h in (long, short):
        put_on_benefit(ctx, h.id, start=D(2025, 11, 1))
    code, out, _ = run_captured(ctx, capsys, "reviews", "plan", "--quarter", "2027Q1", "--today", "2026-12-31")
    assert code == 0, out
    rows = [the_line(out, LONG), the_line(out, SHORT)]
    assert out.index(LONG) < out.index("2027-02-01（星期一）") < out.index(SHORT)  # under two days
    assert starts(rows[0], "东风村") == starts(rows[1], "东风村") == 4
    assert starts(rows[0], LONG) == starts(rows[1], SHORT)
    assert starts(rows[0], "应复核 2027-02-01") == starts(rows[1], "应复核 2027-02-01")
    assert starts(rows[0], "农村三类") == starts(rows[1], "农村三类")


def test_a_cell_beyond_its_limit_is_cut_within_the_limit_and_the_rest_line_up():
    assert cut(LONG, 30) == LONG
    assert cut("麦麦提敏·阿卜杜克热木·艾合买提·吐尔逊", 20) == "麦麦提敏·阿卜杜克热…"
    assert columns(cut("麦麦提敏·阿卜杜克热木·艾合买提·吐尔逊", 20)) <= 20
    table = lines([(1, "麦麦提敏·阿卜杜克热木·艾合买提·吐尔逊", "2026-11-02"), (12, "王芳", "2026-11-20")],
                  ("编号", "户主", "日期"), right={0}, limits={1: 20})
    assert table == ["编号  户主                  日期",
                     "   1  麦麦提敏·阿卜杜克热…  2026-11-02",
                     "  12  王芳                  2026-11-20"]
