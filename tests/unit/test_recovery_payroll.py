"""The 追回 register and the payment rosters: what a regular roster deducts comes off the
register when the roster is signed; cash received lowers what later rosters deduct; an entry
written off is no longer deducted. Fixed clocks on 1 and 31 Dec, 31 Jan."""

import datetime as dt

from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
from dibao_desk.domain.payroll import LineKind
from dibao_desk.domain.recovery import RecoveryMethod, RecoverySource, RecoveryStatus
from dibao_desk.services import payroll, recovery
from tests.exchange.exchange_fixtures import county as county_ctx  # noqa: F401
from tests.unit.test_payroll import decide, homes  # noqa: F401

D = dt.date


def recovery_lines(ctx, info, hid):
    return [(x.total_fen, x.zero, x.recovery_id) for x in payroll.lines(ctx.uow(), info.id)
            if x.household_id == hid and x.line_kind is LineKind.RECOVERY]


def test_ledger_recoveries_deducted_by_a_signed_roster_settle_the_register(ctx, homes):
    a, b, c = homes
    decide(ctx, a, D(2026, 10, 1), D(2026, 12, 1), MonthValue(LedgerStatus.CANCELLED, "", 0, 0),
           DecisionKind.CANCEL)
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    entries = {e.household_id: e for e in recovery.list_entries(ctx.uow())}
    assert (entries[a].source, entries[a].amount_fen, entries[a].method) == (
        RecoverySource.CANCELLATION, 90000, RecoveryMethod.CASH)
    assert (entries[b].source, entries[b].amount_fen, entries[b].method) == (
        RecoverySource.CHANGE, 10000, RecoveryMethod.DEDUCT)
    assert recovery.deductions_for(ctx.uow(), "2026-12") == {}  # the roster carries the ledger's 追回 itself

    # a pays 400 元 back in cash before the roster is made: the roster lists 500 元 apart
    recovery.receive(ctx.uow(), entries[a].id, 40000, D(2026, 12, 10), receipt_no="No.3", today=D(2026, 12, 31))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    assert recovery_lines(ctx, dec, a) == [(-50000, True, None)]
    assert recovery_lines(ctx, dec, b) == [(-10000, False, None)]
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    after_b = recovery.get_entry(ctx.uow(), entries[b].id)
    [line_b] = [x for x in payroll.lines(ctx.uow(), dec.id) if x.household_id == b and x.line_kind is LineKind.RECOVERY]
    assert (after_b.status, after_b.balance_fen) == (RecoveryStatus.SETTLED, 0)
    assert [(i.kind.value, i.amount_fen, i.period, i.payroll_line_id) for i in after_b.instalments] == [
        ("deduction", 10000, "2026-12", line_b.id)]
    assert recovery.get_entry(ctx.uow(), entries[a].id).balance_fen == 50000  # not deducted: nothing paid

    # a's balance is written off: January no longer lists it
    recovery.write_off(ctx.uow(), entries[a].id, "户主死亡，无遗产", today=D(2027, 1, 31))
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    assert recovery_lines(ctx, jan, a) == [] and recovery_lines(ctx, jan, b) == []


def test_an_entry_by_hand_is_deducted_by_plan_and_settled_when_signed(ctx, homes):
    a, b, c = homes  # c: 300 元 a month
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 25000, per_month_fen=10000,
                         today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    assert recovery_lines(ctx, dec, c) == [(-10000, False, entry.id)]
    assert dec.total_fen == 45000 + 60000 + 30000 - 10000
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 15000
    q1 = payroll.make(ctx.uow(), "2027Q1", today=D(2027, 1, 31))  # 3 months at 100 元, capped at the balance
    assert recovery_lines(ctx, q1, c) == [(-15000, False, entry.id)]
    payroll.sign(ctx.uow(), q1.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    done = recovery.get_entry(ctx.uow(), entry.id)
    assert (done.status, done.balance_fen, [i.amount_fen for i in done.instalments]) == (
        RecoveryStatus.SETTLED, 0, [10000, 15000])


def test_cash_received_after_the_roster_was_made_refuses_signing_until_remade_31_december(ctx, homes):
    """The draft deducts 250 元; the household then pays 100 元 in cash. Signing the draft as made
    would take 250 元 from a balance of 150 元: it is refused until the roster is made again."""
    import pytest

    from dibao_desk.domain.problems import RuleError

    a, b, c = homes  # c: 300 元 a month
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 25000, today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    assert recovery_lines(ctx, dec, c) == [(-25000, False, entry.id)]
    recovery.receive(ctx.uow(), entry.id, 10000, D(2026, 12, 20), receipt_no="No.7", today=D(2026, 12, 31))
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert err.value.problems[0].code == "payroll.stale_recovery"
    assert payroll.show(ctx.uow(), dec.id).status.value == "draft"
    again = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    assert recovery_lines(ctx, again, c) == [(-15000, False, entry.id)]
    payroll.sign(ctx.uow(), again.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    done = recovery.get_entry(ctx.uow(), entry.id)
    assert (done.status, done.balance_fen) == (RecoveryStatus.SETTLED, 0)


def test_a_ledger_recovery_follows_the_plan_the_office_chose_31_january(ctx, homes):
    """b's amount is lowered from October (decided in January): 追回 300 元, deducted by default.
    The office agrees 100 元 a month: January's and February's rosters deduct 100 元 each, not
    300 元 at once. Then b pays the rest in cash instead: March deducts nothing."""
    a, b, c = homes  # b: 600 元 a month
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    decide(ctx, b, D(2026, 10, 1), D(2027, 1, 10), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    (entry,) = [e for e in recovery.list_entries(ctx.uow()) if e.household_id == b]
    assert (entry.amount_fen, entry.method) == (30000, RecoveryMethod.DEDUCT)
    recovery.change_plan(ctx.uow(), entry.id, RecoveryMethod.DEDUCT, 10000)
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    assert [x[0] for x in recovery_lines(ctx, jan, b)] == [-10000]
    payroll.sign(ctx.uow(), jan.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 20000
    feb = payroll.make(ctx.uow(), "2027-02", today=D(2027, 2, 28))  # the next 100 元
    assert [x[0] for x in recovery_lines(ctx, feb, b)] == [-10000]
    payroll.sign(ctx.uow(), feb.id, "赵镇长", D(2027, 2, 28), today=D(2027, 2, 28))
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 10000
    recovery.change_plan(ctx.uow(), entry.id, RecoveryMethod.CASH)
    mar = payroll.make(ctx.uow(), "2027-03", today=D(2027, 3, 31))
    assert recovery_lines(ctx, mar, b) == []


def test_a_deduction_by_hand_naming_another_periods_roster_line_is_refused_31_january(ctx, homes):
    """`recovery receive --deducted --line N --period 2027-01` with N the household's line on the
    December roster was accepted: the register then named a deduction December's roster never
    made. N is the line's number on the roster of the period given, and there is no January
    roster yet."""
    import pytest

    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.domain.recovery import InstalmentKind

    a, b, c = homes
    entry = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 25000, method="cash",
                         today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 1))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    [december_line] = [x for x in payroll.lines(ctx.uow(), dec.id)
                       if x.household_id == c and x.line_kind is not LineKind.RECOVERY]
    with pytest.raises(RuleError) as info:
        recovery.receive(ctx.uow(), entry.id, 5000, D(2027, 1, 31), kind=InstalmentKind.DEDUCTION,
                         position=december_line.position, period="2027-01", today=D(2027, 1, 31))
    [problem] = info.value.problems
    assert problem.code == "recovery.roster_missing"
    assert messages.text(problem) == "2027-01 还没有常规造册，请核对扣减所在的造册期间"
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 25000
    recovery.receive(ctx.uow(), entry.id, 5000, D(2026, 12, 31), kind=InstalmentKind.DEDUCTION,
                     position=december_line.position, period="2026-12", today=D(2026, 12, 31))
    assert recovery.get_entry(ctx.uow(), entry.id).balance_fen == 20000


# ---- deductions the bank never made ---------------------------------------------------------

def _december_with_failed_deductions(ctx, homes, tmp_path):
    """December (signed 31 December) deducts b's ledger 追回 of 100 元 (lowered from November)
    and c's 追回 by hand of 250 元; the bank's return (5 January) fails both transfers."""
    from dibao_desk.exchange import bank_layouts
    from dibao_desk.services import bank
    from tests.unit.test_bank import bank_answers, card
    from tests.unit.test_payroll import set_account

    a, b, c = homes
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    (by_ledger,) = recovery.list_entries(ctx.uow())
    by_hand = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), 25000, today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    assert recovery_lines(ctx, dec, b) == [(-10000, False, None)]
    assert recovery_lines(ctx, dec, c) == [(-25000, False, by_hand.id)]
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert recovery.get_entry(ctx.uow(), by_hand.id).status is RecoveryStatus.SETTLED
    fixed = bank_layouts.load().get("fixed_gbk")
    sent = bank.bank_file(ctx.uow(), dec.id, fixed, tmp_path / "代发.txt", today=D(2026, 12, 31))
    order = [t.household_id for t in bank.transfers(ctx.uow(), dec.id)]
    answers = [("失败", "账户冻结") if hid in (b, c) else ("成功", "") for hid in order]
    ret = bank_answers(sent.path, tmp_path / "回盘.txt", answers)
    assert bank.record_bank_return(ctx.uow(), dec.id, ret, fixed, today=D(2027, 1, 5)).written
    return dec, by_ledger.id, by_hand.id


def test_a_deduction_on_a_failed_transfer_returns_to_the_balance_and_the_next_quarter_takes_it_31_march(
        ctx, homes, tmp_path):
    """The bank never withheld December's deductions: the register owes them again (a 冲回
    instalment naming the line, audited), and the next roster, a quarter, deducts them again;
    signed on 31 March, they count."""
    from dibao_desk.domain.recovery import InstalmentKind
    from dibao_desk.models import AuditLog

    a, b, c = homes
    dec, ledger_entry, hand_entry = _december_with_failed_deductions(ctx, homes, tmp_path)
    for eid, fen in ((ledger_entry, 10000), (hand_entry, 25000)):
        e = recovery.get_entry(ctx.uow(), eid)
        assert (e.status, e.balance_fen) == (RecoveryStatus.OPEN, fen)
        assert [(i.kind, i.amount_fen, i.period, i.on) for i in e.instalments] == [
            (InstalmentKind.DEDUCTION, fen, "2026-12", D(2026, 12, 31)),
            (InstalmentKind.REVERSED, -fen, "2026-12", D(2027, 1, 5))]
        assert e.instalments[0].payroll_line_id == e.instalments[1].payroll_line_id
    assert recovery.totals(ctx.uow()).balance_fen == 35000
    assert recovery.check(ctx.uow()) == []
    with ctx.uow() as uow:
        assert uow.session.query(AuditLog).filter_by(entity="recovery_entry", action="receive_reversed").count() == 2
    q1 = payroll.make(ctx.uow(), "2027Q1", today=D(2027, 3, 31))
    assert recovery_lines(ctx, q1, b) == [(-10000, False, ledger_entry)]
    assert recovery_lines(ctx, q1, c) == [(-25000, False, hand_entry)]
    payroll.sign(ctx.uow(), q1.id, "赵镇长", D(2027, 3, 31), today=D(2027, 3, 31))
    for eid in (ledger_entry, hand_entry):
        assert recovery.get_entry(ctx.uow(), eid).status is RecoveryStatus.SETTLED


def test_a_failed_deduction_re_paid_on_a_corrected_account_counts_once_31_january(ctx, homes, tmp_path):
    """c's account is corrected and the 补发 roster re-pays December's 300 元 less the 250 元
    deduction: signed, the deduction counts again (naming the carried line), and January's
    roster deducts nothing more. b, never re-paid, has its 100 元 deducted by January's."""
    from dibao_desk.domain.payroll import PayrollKind
    from tests.unit.test_bank import card
    from tests.unit.test_payroll import set_account

    a, b, c = homes
    dec, ledger_entry, hand_entry = _december_with_failed_deductions(ctx, homes, tmp_path)
    set_account(ctx, c, card(9), "中国邮政储蓄银行德安县支行")
    back = payroll.make(ctx.uow(), "2027-01", PayrollKind.BACK_PAY, today=D(2027, 1, 10))
    carried = [(x.household_id, x.line_kind, x.total_fen) for x in payroll.lines(ctx.uow(), back.id)]
    assert carried == [(c, LineKind.BACK_PAY, 30000), (c, LineKind.RECOVERY, -25000)]
    payroll.sign(ctx.uow(), back.id, "赵镇长", D(2027, 1, 12), today=D(2027, 1, 12))
    e = recovery.get_entry(ctx.uow(), hand_entry)
    [carried_recovery] = [x for x in payroll.lines(ctx.uow(), back.id) if x.line_kind is LineKind.RECOVERY]
    assert (e.status, e.balance_fen) == (RecoveryStatus.SETTLED, 0)
    assert [(i.amount_fen, i.payroll_line_id) for i in e.instalments][-1] == (25000, carried_recovery.id)
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    assert recovery_lines(ctx, jan, c) == []
    assert recovery_lines(ctx, jan, b) == [(-10000, False, ledger_entry)]
    payroll.sign(ctx.uow(), jan.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    assert recovery.get_entry(ctx.uow(), ledger_entry).status is RecoveryStatus.SETTLED


def test_a_failed_deduction_taken_again_is_not_deducted_a_third_time_when_re_paid_28_february(
        ctx, homes, tmp_path):
    """c's deduction is taken again by January's roster (signed 31 January); c's account is
    corrected only in February: the 补发 roster re-pays December's 300 元 in full, without the
    deduction January already made."""
    from dibao_desk.domain.payroll import PayrollKind
    from tests.unit.test_bank import card
    from tests.unit.test_payroll import set_account

    a, b, c = homes
    dec, ledger_entry, hand_entry = _december_with_failed_deductions(ctx, homes, tmp_path)
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    payroll.sign(ctx.uow(), jan.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    assert recovery.get_entry(ctx.uow(), hand_entry).balance_fen == 0
    set_account(ctx, c, card(9), "中国邮政储蓄银行德安县支行")
    back = payroll.make(ctx.uow(), "2027-02", PayrollKind.BACK_PAY, today=D(2027, 2, 28))
    assert [(x.household_id, x.line_kind, x.total_fen) for x in payroll.lines(ctx.uow(), back.id)] == [
        (c, LineKind.BACK_PAY, 30000)]
    payroll.sign(ctx.uow(), back.id, "赵镇长", D(2027, 2, 28), today=D(2027, 2, 28))
    e = recovery.get_entry(ctx.uow(), hand_entry)
    assert (e.status, e.recovered_fen, len(e.instalments)) == (RecoveryStatus.SETTLED, 25000, 3)


# ---- deductions awaiting the bank's answer ---------------------------------------------------

def _december_deductions_sent(ctx, homes, tmp_path, cash_entry_fen=25000):
    """December (signed 31 December) deducts b's ledger 追回 of 100 元 and c's 追回 by hand
    (250 元 of c's 300); the bank file is written, its return not in yet."""
    from dibao_desk.exchange import bank_layouts
    from dibao_desk.services import bank
    from tests.unit.test_bank import card
    from tests.unit.test_payroll import set_account

    a, b, c = homes
    for i, hid in enumerate(homes):
        set_account(ctx, hid, card(i + 1), "中国邮政储蓄银行德安县支行")
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    (by_ledger,) = recovery.list_entries(ctx.uow())
    by_hand = recovery.add(ctx.uow(), c, "bank_error", "德银〔2026〕9号", D(2026, 12, 1), cash_entry_fen,
                           today=D(2026, 12, 1))
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    fixed = bank_layouts.load().get("fixed_gbk")
    sent = bank.bank_file(ctx.uow(), dec.id, fixed, tmp_path / "代发.txt", today=D(2026, 12, 31))
    return dec, by_ledger.id, by_hand.id, sent, fixed


def test_a_deduction_awaits_the_banks_answer_before_it_counts_as_recovered_5_january(ctx, homes, tmp_path, capsys):
    """Signed on 31 December, the roster's deductions counted as recovered (已追回) before the
    bank had paid a thing; a failed transfer then took them back. Until a return says paid they
    are 已扣减，待银行回执: not recovered, not owed either (the next roster must not deduct again)."""
    from dibao_desk.cli import main
    from dibao_desk.services import bank
    from tests.unit.test_bank import bank_answers

    a, b, c = homes
    dec, ledger_entry, hand_entry = _december_deductions_sent(ctx, homes, tmp_path)[:3]
    e = recovery.get_entry(ctx.uow(), hand_entry)
    assert (e.status, e.balance_fen, e.received_fen, e.awaiting_fen) == (RecoveryStatus.SETTLED, 0, 0, 25000)
    assert e.shown_status == "awaiting_bank" and [i.awaiting_bank for i in e.instalments] == [True]
    listed = {x.id: x for x in recovery.list_entries(ctx.uow(), status="settled")}
    assert (listed[hand_entry].awaiting_fen, listed[ledger_entry].awaiting_fen) == (25000, 10000)
    assert recovery.totals(ctx.uow()).awaiting_fen == 35000
    assert recovery.deductions_for(ctx.uow(), "2027-01") == {}  # not owed: January does not deduct again
    assert main(["--data-dir", str(ctx.data_dir), "recovery", "list", "--status", "all"]) == 0
    out = capsys.readouterr().out
    assert "已扣减，待银行回执" in out and "已追回" not in out
    assert "另有已扣减 350.00 元待银行回执" in out
    assert main(["--data-dir", str(ctx.data_dir), "recovery", "show", str(hand_entry)]) == 0
    out = capsys.readouterr().out
    assert "已收回 0.00 元，已扣减待银行回执 250.00 元，尚欠 0.00 元" in out and "第 5 行  待银行回执" in out

    # the bank's return: every transfer paid (5 January)
    from dibao_desk.exchange import bank_layouts
    fixed = bank_layouts.load().get("fixed_gbk")
    order = [t.household_id for t in bank.transfers(ctx.uow(), dec.id)]
    ret = bank_answers(tmp_path / "代发.txt", tmp_path / "回盘.txt", [("成功", "")] * len(order))
    assert bank.record_bank_return(ctx.uow(), dec.id, ret, fixed, today=D(2027, 1, 5)).written
    e = recovery.get_entry(ctx.uow(), hand_entry)
    assert (e.received_fen, e.awaiting_fen, e.shown_status) == (25000, 0, "settled")
    assert recovery.totals(ctx.uow()).awaiting_fen == 0
    assert main(["--data-dir", str(ctx.data_dir), "recovery", "list", "--status", "all"]) == 0
    out = capsys.readouterr().out
    assert "待银行回执" not in out.split("\n", 1)[1] and "已追回" in out


def test_a_roster_the_bank_answers_on_paper_is_confirmed_paid_by_the_office_6_january(ctx, homes, tmp_path, capsys):
    """A bank that sends no result file: `payroll bank-confirm` records the transfers not
    answered as paid, and the deductions they carry as recovered; a second time finds none."""
    from dibao_desk.cli import main
    from dibao_desk.models import AuditLog

    dec, ledger_entry, hand_entry = _december_deductions_sent(ctx, homes, tmp_path)[:3]
    assert main(["--data-dir", str(ctx.data_dir), "payroll", "bank-confirm", "--period", "2026-12",
                 "--on", "2027-01-06", "--today", "2027-01-06"]) == 0
    out = capsys.readouterr().out
    assert "已确认 2026-12 常规造册尚未回盘的 3 笔转账" in out and "其中 2 笔追回扣减共 350.00 元计为已扣回" in out
    for eid, fen in ((ledger_entry, 10000), (hand_entry, 25000)):
        e = recovery.get_entry(ctx.uow(), eid)
        assert (e.received_fen, e.awaiting_fen, e.shown_status) == (fen, 0, "settled")
    with ctx.uow() as uow:
        assert uow.session.query(AuditLog).filter_by(entity="payroll", action="bank_confirmed").count() == 1
    assert main(["--data-dir", str(ctx.data_dir), "payroll", "bank-confirm", "--period", "2026-12",
                 "--today", "2027-01-06"]) != 0
    assert "没有尚未回盘的转账" in capsys.readouterr().err
    assert main(["--data-dir", str(ctx.data_dir), "payroll", "bank-confirm", "--period", "2026-12",
                 "--on", "2026-12-30", "--today", "2027-01-06"]) != 0
    assert "早于造册审核日期 2026-12-31" in capsys.readouterr().err


def test_a_deduction_that_takes_the_whole_payment_awaits_nothing_31_december(ctx, homes, tmp_path):
    """c is paid 300 元 and owes 400: December deducts 300, the household's lines net to 0 and
    no transfer is sent. The deduction is made when the roster is signed."""
    dec, ledger_entry, hand_entry, sent, _ = _december_deductions_sent(ctx, homes, tmp_path, cash_entry_fen=40000)
    e = recovery.get_entry(ctx.uow(), hand_entry)
    assert (e.recovered_fen, e.received_fen, e.awaiting_fen, e.balance_fen) == (30000, 30000, 0, 10000)
    assert recovery.get_entry(ctx.uow(), ledger_entry).awaiting_fen == 10000  # b's transfer was sent


def test_the_roster_package_counts_deductions_awaiting_the_bank_apart_31_december(ctx, homes, county_ctx, tmp_path):
    """The 追回 sheet of December's roster package counted the deductions the bank had not
    answered as 已收回 with nothing saying so; its optional last column now names them, and the
    county's import says how much of 已收回 still awaits the bank."""
    from dibao_desk.exchange import packages_in, packages_out
    from dibao_desk.exchange.package_read import read_package
    from dibao_desk.services import exchange

    _dec, ledger_entry, hand_entry = _december_deductions_sent(ctx, homes, tmp_path)[:3]
    out = exchange.export_package(ctx.uow(), "roster", "2026-12", tmp_path / "roster.xlsx", today=D(2026, 12, 31))
    parsed = packages_in.recovery(read_package(out.path, specs=packages_out.specs_for))
    assert all(r.ok for r in parsed)
    rows = {r.record.entry_ref: r.record for r in parsed}
    got = {ref: (r.amount_fen, r.recovered_fen, r.balance_fen, r.awaiting_fen) for ref, r in rows.items()}
    assert got[str(hand_entry)] == (25000, 25000, 0, 25000)
    assert got[str(ledger_entry)][1:] == (10000, got[str(ledger_entry)][0] - 10000, 10000)
    preview = exchange.import_package(county_ctx.uow(), out.path, today=D(2026, 12, 31)).preview
    assert preview.ok
    [said] = [exchange.change_text(c) for c in preview.changes if c.action == "recovery_register"]
    assert "已收回中有 350.00 元为造册扣减、待银行回执" in said
