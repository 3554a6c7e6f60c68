"""A deduction recorded by hand names the roster line by the number printed on the roster (序号)
of the period given, as `payroll show`, the printed roster and the 造册 tab show it, never by a
database id. Fixed clock: 30 November (November's and December's rosters signed that day)."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain.payroll import LineKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.recovery import InstalmentKind
from dibao_desk.services import payroll, recovery
from tests.cli.terminal import run
from tests.unit.test_payroll import homes  # noqa: F401

D = dt.date
TODAY = D(2026, 11, 30)


@pytest.fixture
def signed(ctx, homes):
    """November's and December's regular rosters signed: December's line ids no longer equal
    their printed positions. Household c owes 250 元, to be paid back in cash."""
    a, b, c = homes
    for period in ("2026-11", "2026-12"):
        made = payroll.make(ctx.uow(), period, today=TODAY)
        payroll.sign(ctx.uow(), made.id, "赵镇长", TODAY, today=TODAY)
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", TODAY, 25000, method="cash", today=TODAY)
    dec = payroll.find(ctx.uow(), "2026-12")
    by_household = {x.household_id: x for x in payroll.lines(ctx.uow(), dec.id) if x.line_kind is LineKind.REGULAR}
    assert by_household[c].id != by_household[c].position
    return entry, by_household, homes


def refused(call) -> tuple[str, str]:
    with pytest.raises(RuleError) as info:
        call()
    [problem] = info.value.problems
    return problem.code, messages.text(problem)


def deduct(ctx, entry, position, period="2026-12", **kw):
    return recovery.receive(ctx.uow(), entry.id, 5000, TODAY, kind=InstalmentKind.DEDUCTION, position=position,
                            period=period, today=TODAY, **kw)


def test_the_line_is_the_position_printed_on_the_periods_roster(ctx, signed):
    entry, lines, (a, b, c) = signed
    after = deduct(ctx, entry, lines[c].position)
    assert [(i.period, i.payroll_line_id, i.line_position) for i in after.instalments] == [
        ("2026-12", lines[c].id, lines[c].position)]
    assert after.balance_fen == 20000


def test_a_position_of_another_household_another_roster_or_booked_is_refused_in_chinese(ctx, signed):
    entry, lines, (a, b, c) = signed
    code, text = refused(lambda: deduct(ctx, entry, lines[a].position))
    assert code == "recovery.line_household"
    assert text == (f"2026-12 常规造册第 {lines[a].position} 行是户主0（户编号 {a}）的，不是这一户（户主2）的，"
                    "请核对扣减所在的造册序号")
    code, text = refused(lambda: deduct(ctx, entry, 99))
    assert (code, text) == ("recovery.line_position", "2026-12 常规造册没有第 99 行（共 3 行），请核对扣减所在的造册序号")
    code, text = refused(lambda: deduct(ctx, entry, lines[c].position, period="2027-01"))
    assert (code, text) == ("recovery.roster_missing", "2027-01 还没有常规造册，请核对扣减所在的造册期间")
    code, text = refused(lambda: deduct(ctx, entry, lines[c].position, period=""))
    assert (code, text) == ("recovery.line_needs_period", "请填写扣减所在造册的期间（如 2026-12），造册序号在该期造册中查找")
    deduct(ctx, entry, lines[c].position)
    code, text = refused(lambda: deduct(ctx, entry, lines[c].position))
    assert (code, text) == ("recovery.line_taken",
                            f"2026-12 常规造册第 {lines[c].position} 行的扣减已经登记过，不能重复登记")
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 20000


def test_the_command_takes_the_printed_position_and_shows_it_back(ctx, signed, capsys):
    entry, lines, (a, b, c) = signed
    today = ["--today", "2026-11-30"]
    assert run(ctx, "payroll", "show", "--period", "2026-12") == 0
    shown = capsys.readouterr().out
    [row] = [r for r in shown.splitlines() if "户主2" in r and "保障金" in r]
    assert row.split()[0] == str(lines[c].position)  # the number the operator reads
    assert run(ctx, "recovery", "receive", str(entry.id), "--amount", "50", "--deducted",
               "--line", str(lines[a].position), "--period", "2026-12", *today) == 1
    assert "不是这一户（户主2）的" in capsys.readouterr().err
    assert run(ctx, "recovery", "receive", str(entry.id), "--amount", "50", "--deducted",
               "--line", str(lines[c].position), "--period", "2026-12", *today) == 0
    assert run(ctx, "recovery", "show", str(entry.id)) == 0
    assert f"造册 2026-12 第 {lines[c].position} 行" in capsys.readouterr().out
    [i] = recovery.get_entry(ctx.uow(), entry.id).instalments
    assert i.payroll_line_id == lines[c].id


def test_a_deduction_on_a_draft_rosters_line_is_refused_it_would_lose_its_line_when_remade(ctx, homes):
    """Booked on a draft's line, the deduction lost its line (set to nothing) as soon as the draft
    was made again, and the draft had not paid anything yet."""
    a, b, c = homes
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", TODAY, 25000, method="cash", today=TODAY)
    draft = payroll.make(ctx.uow(), "2026-12", today=TODAY)
    [line] = [x for x in payroll.lines(ctx.uow(), draft.id) if x.household_id == c]
    code, text = refused(lambda: deduct(ctx, entry, line.position))
    assert (code, text) == ("recovery.line_draft",
                            f"2026-12 常规造册还是草稿，第 {line.position} 行还没有发放；造册审核后才能登记从中扣减")
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 25000
    assert recovery.deduction_lines(ctx.uow(), c) == []  # the window offers no draft's line
    payroll.sign(ctx.uow(), draft.id, "赵镇长", TODAY, today=TODAY)
    assert [x.position for x in recovery.deduction_lines(ctx.uow(), c)] == [line.position]
    assert deduct(ctx, entry, line.position).balance_fen == 20000


def test_a_line_listed_apart_paid_nothing_and_is_refused(ctx, homes):
    """A line listed apart (不发放, 0 元, or a 追回 too large to deduct) paid nothing: no deduction
    was made on it, whatever number the operator reads beside it."""
    from dibao_desk.domain.ledger import LedgerStatus, MonthValue
    from tests.unit.test_payroll import decide

    a, b, c = homes
    decide(ctx, c, D(2026, 12, 1), D(2026, 11, 30), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 0))
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", TODAY, 25000, method="cash", today=TODAY)
    made = payroll.make(ctx.uow(), "2026-12", today=TODAY)
    payroll.sign(ctx.uow(), made.id, "赵镇长", TODAY, today=TODAY)
    [apart] = [x for x in payroll.lines(ctx.uow(), made.id) if x.household_id == c]
    assert apart.zero
    code, text = refused(lambda: deduct(ctx, entry, apart.position))
    assert (code, text) == ("recovery.line_apart",
                            f"2026-12 常规造册第 {apart.position} 行另列不发放，没有从中扣减；请核对扣减所在的造册序号")
    assert recovery.deduction_lines(ctx.uow(), c) == []


def test_the_printed_roster_numbers_lines_listed_apart_as_payroll_show_does(ctx, homes, tmp_path):
    """The printed roster numbered its 另列 table from 1 again, so 序号 1 named two lines on one
    sheet, and neither was the number `payroll show` and the 造册 tab give the line listed apart."""
    import re
    import shutil
    import subprocess

    from dibao_desk.domain.ledger import LedgerStatus, MonthValue
    from tests.unit.test_payroll import decide

    a, b, c = homes
    decide(ctx, c, D(2026, 12, 1), D(2026, 11, 30), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 0))
    made = payroll.make(ctx.uow(), "2026-12", today=TODAY)
    [apart] = [x for x in payroll.lines(ctx.uow(), made.id) if x.zero]
    assert apart.position == 3
    out = tmp_path / "造册.pdf"
    payroll.print_roster(ctx.uow(), made.id, out)
    assert shutil.which("pdftotext"), "pdftotext is needed (Debian: apt-get install poppler-utils)"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    numbers = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s+\S+村\s", text, re.M)]
    assert numbers == [1, 2, 3]


def test_a_line_the_bank_returned_failed_is_neither_offered_nor_taken_for_a_deduction(ctx, signed, tmp_path):
    """The bank answered December's transfer to c failed: that line paid nothing, so nothing was
    withheld from it (as for a line listed apart). A deduction booked on it would lower the balance
    by money never recovered."""
    from dibao_desk.models import PayrollLine

    entry, lines, (a, b, c) = signed
    with ctx.uow() as uow:
        line = uow.session.get(PayrollLine, lines[c].id)
        line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户已销户", D(2026, 12, 2)
        uow.commit()
    assert lines[c].position not in [x.position for x in recovery.deduction_lines(ctx.uow(), c)
                                     if x.period == "2026-12"]
    code, text = refused(lambda: deduct(ctx, entry, lines[c].position))
    assert code == "recovery.line_failed"
    assert f"2026-12 常规造册第 {lines[c].position} 行" in text and "银行" in text
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 25000
