"""Payment rosters (造册) from the ledger over a real store: a change dated mid-quarter, a
cancellation dated back (追回), households at 0 元 listed apart, funds by source that add up,
the lock after sign-off, months marked paid so a later back-dated change becomes the next
roster's adjustment, a failed line carried into a 补发 roster. Fixed clocks at month ends."""

import datetime as dt

import pytest

from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
from dibao_desk.domain.payroll import LineKind, PayrollKind, PayrollStatus, SubsidyBasis, SubsidyRule, allocate
from dibao_desk.domain.policy import PolicyFigures, validate
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household, PayrollLine
from dibao_desk.services import households, ledger, office, payroll
from tests.conftest import make_id, simple_draft
from tests.unit.test_ledger import put_on_benefit

D = dt.date


def decide(ctx, hid, effective, decided, value, kind=DecisionKind.CHANGE):
    with ctx.uow() as uow:
        ledger.write_decision(uow, kind, effective, decided, "李局长", {hid: value}, household_id=hid,
                              today=decided)
        uow.commit()


def set_account(ctx, hid, account, bank="邮储银行德安支行"):
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.bank_account, h.bank_name = account, bank
        uow.commit()


@pytest.fixture
def homes(ctx):
    """Three receiving households since March 2026: 450 元 (1 person), 600 元, 300 元."""
    office.add_village(ctx.uow(), "西山村", "village", 900)
    villages = {v.name: v.id for v in office.list_villages(ctx.uow())}
    out = []
    for i, (fen, village) in enumerate(((45000, "东风村"), (60000, "东风村"), (30000, "西山村"))):
        hh = households.save(ctx.uow(), simple_draft(villages[village], wages_fen=0, head=f"户主{i}",
                                                     head_id=make_id("19600315", 11 + 2 * i)), today=D(2026, 3, 1))
        set_account(ctx, hh.id, f"62210000000000{i:04d}")
        put_on_benefit(ctx, hh.id, fen=fen, today=D(2026, 9, 30))
        out.append(hh.id)
    return out


def regular_lines(ctx, info):
    return [x for x in payroll.lines(ctx.uow(), info.id) if not x.zero]


def test_largest_remainder_adds_up_exactly():
    shares = {"central": 3333, "provincial": 3333, "city": 3334, "county": 0, "township": 0}
    for total in (0, 1, 2, 100, 99999, 1234567, -4501):
        parts = allocate(total, shares)
        assert sum(parts.values()) == total
        assert all(abs(parts[k] - total * shares[k] / 10000) < 1 for k in shares)
    assert allocate(1, shares) == {"central": 0, "provincial": 0, "city": 1, "county": 0, "township": 0}


def test_fund_shares_are_a_policy_figure_that_must_add_up_and_old_sets_read_with_the_default():
    old = PolicyFigures.from_dict({"urban_standard_fen": 70000})
    assert sum(old.fund_shares.values()) == 10000
    bad = PolicyFigures(fund_central_bp=5000)
    assert [p.code for p in validate(bad)] == ["policy.fund_shares"]


def test_quarter_roster_splits_at_a_change_dated_mid_quarter(ctx, homes):
    a, b, c = homes
    decide(ctx, a, D(2026, 11, 1), D(2026, 9, 30), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000, 5000))
    info = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 9, 30), made_by="王经办")
    assert info.status is PayrollStatus.DRAFT and info.households == 3
    mine = [x for x in regular_lines(ctx, info) if x.household_id == a]
    assert [(x.months, x.first_month, x.benefit_fen, x.supplement_fen, x.total_fen) for x in mine] == [
        (1, D(2026, 10, 1), 45000, 0, 45000), (2, D(2026, 11, 1), 45000, 5000, 100000)]
    assert "2026年11月至12月" in mine[1].reason
    assert info.total_fen == 45000 + 100000 + 3 * 60000 + 3 * 30000
    assert info.supplement_fen == 10000 and info.benefit_fen == info.total_fen - 10000
    s = payroll.summary(ctx.uow(), info.id)
    assert [(v.key, v.households, v.total_fen) for v in s.by_village] == [
        ("东风村", 2, 145000 + 180000), ("西山村", 1, 90000)]
    assert sum(v.total_fen for v in s.by_hukou) == info.total_fen


def test_sources_add_up_to_the_roster_total(ctx, homes):
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    s = payroll.summary(ctx.uow(), info.id)
    assert [t.source for t in s.by_source] == ["central", "provincial", "city", "county", "township"]
    assert sum(t.total_fen for t in s.by_source) == info.total_fen == 135000
    assert sum(t.benefit_fen for t in s.by_source) == s.total.benefit_fen
    assert s.by_source[0].total_fen == 81000 and s.by_source[0].households == 3


def test_zero_amount_and_suspended_households_are_listed_apart_with_the_reason(ctx, homes):
    a, b, c = homes
    decide(ctx, a, D(2026, 12, 1), D(2026, 11, 30), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 0))
    decide(ctx, b, D(2026, 12, 1), D(2026, 11, 30), MonthValue(LedgerStatus.SUSPENDED, "class3", 2, 0))
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    all_lines = payroll.lines(ctx.uow(), info.id)
    apart = [x for x in all_lines if x.zero]
    assert [x.household_id for x in apart] == [a, b]
    assert "0 元" in apart[0].reason and "停发" in apart[1].reason
    assert all(x.total_fen == 0 for x in apart) and all_lines[-2:] == apart  # printed after the paid lines
    assert (info.households, info.zero_households, info.total_fen) == (1, 2, 30000)


def test_a_cancellation_dated_back_is_a_recovery_line_listed_apart_when_nothing_is_paid(ctx, homes):
    a, b, c = homes
    # Paid through November (default on 30 Nov); decided 1 Dec: cancelled from October.
    decide(ctx, a, D(2026, 10, 1), D(2026, 12, 1), MonthValue(LedgerStatus.CANCELLED, "", 0, 0),
           DecisionKind.CANCEL)
    # b's amount lowered back to November: 追回 deducted from December's pay.
    decide(ctx, b, D(2026, 11, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    all_lines = payroll.lines(ctx.uow(), info.id)
    rec_b = [x for x in all_lines if x.household_id == b and x.line_kind is LineKind.RECOVERY]
    assert [(x.total_fen, x.zero) for x in rec_b] == [(-10000, False)]
    rec_a = [x for x in all_lines if x.household_id == a]
    assert [(x.line_kind, x.total_fen, x.zero) for x in rec_a] == [(LineKind.RECOVERY, -90000, True)]
    assert "另行追回" in rec_a[0].reason and "2026年10月至11月" in rec_a[0].reason
    assert info.recovery_fen == -10000 and info.total_fen == 50000 - 10000 + 30000
    assert info.households == 2


def test_a_signed_roster_is_locked_and_its_months_become_paid(ctx, homes):
    a, b, c = homes
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    again = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))  # a draft is replaced
    assert len(payroll.rosters(ctx.uow())) == 1 and again.total_fen == info.total_fen
    signed = payroll.sign(ctx.uow(), again.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    assert (signed.status, signed.reviewed_by, signed.reviewed_on) == (PayrollStatus.REVIEWED, "赵镇长", D(2026, 12, 1))
    with pytest.raises(RuleError) as e:
        payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 2))
    assert e.value.problems[0].code == "payroll.locked"
    with pytest.raises(RuleError):
        payroll.sign(ctx.uow(), again.id, "赵镇长", D(2026, 12, 1), today=D(2026, 12, 1))
    assert ledger.paid_through(ctx.uow(), D(2026, 12, 2)) == D(2026, 12, 1)
    # A decision on 5 Dec reaching back to December is an adjustment booked in December,
    # paid by the next roster it falls into (a 补发 roster), never by rewriting December.
    decide(ctx, c, D(2026, 12, 1), D(2026, 12, 5), MonthValue(LedgerStatus.RECEIVING, "class2", 1, 40000))
    back = payroll.make(ctx.uow(), "2026-12", PayrollKind.BACK_PAY, today=D(2026, 12, 31))
    assert [(x.household_id, x.line_kind, x.total_fen) for x in payroll.lines(ctx.uow(), back.id)] == [
        (c, LineKind.BACK_PAY, 10000)]
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))  # not paid yet: January pays it
    assert [(x.household_id, x.total_fen) for x in payroll.lines(ctx.uow(), jan.id)
            if x.line_kind is LineKind.BACK_PAY] == [(c, 10000)]
    payroll.sign(ctx.uow(), back.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))  # paid by the signed 补发 roster
    assert not [x for x in payroll.lines(ctx.uow(), jan.id) if x.line_kind is not LineKind.REGULAR]
    assert [x.total_fen for x in payroll.lines(ctx.uow(), jan.id) if x.household_id == c] == [40000]
    reported = payroll.report(ctx.uow(), signed.id, D(2026, 12, 3), today=D(2026, 12, 3))
    assert reported.status is PayrollStatus.REPORTED


def test_an_adjustment_after_signing_goes_into_the_next_regular_roster(ctx, homes):
    a, b, c = homes
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    decide(ctx, c, D(2026, 12, 1), D(2027, 1, 15), MonthValue(LedgerStatus.RECEIVING, "class2", 1, 40000))
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    extra = [x for x in payroll.lines(ctx.uow(), jan.id) if x.line_kind is LineKind.BACK_PAY]
    assert [(x.household_id, x.total_fen, x.first_month) for x in extra] == [(c, 10000, D(2026, 12, 1))]
    assert jan.back_pay_fen == 10000 and jan.total_fen == 45000 + 60000 + 40000 + 10000


def test_a_failed_line_is_carried_into_a_back_pay_roster_once_the_account_is_corrected(ctx, homes):
    a, b, c = homes
    info = payroll.make(ctx.uow(), "2026-12", today=D(2026, 11, 30))
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    with ctx.uow() as uow:
        line = uow.session.query(PayrollLine).filter_by(payroll_id=info.id, household_id=b).one()
        line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户已销户", D(2026, 12, 10)
        failed_id = line.id
        uow.commit()
    nothing = payroll.make(ctx.uow(), "2027-01", PayrollKind.BACK_PAY, today=D(2027, 1, 31))
    assert payroll.lines(ctx.uow(), nothing.id) == []  # the account is not corrected yet
    set_account(ctx, b, "6221999900001111")
    back = payroll.make(ctx.uow(), "2027-01", PayrollKind.BACK_PAY, today=D(2027, 1, 31))
    (carried,) = payroll.lines(ctx.uow(), back.id)
    assert (carried.carried_from_line_id, carried.account, carried.total_fen) == (failed_id, "6221999900001111", 60000)
    assert "账户已销户" in carried.reason
    payroll.sign(ctx.uow(), back.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    later = payroll.make(ctx.uow(), "2027-02", PayrollKind.BACK_PAY, today=D(2027, 2, 28))
    assert payroll.lines(ctx.uow(), later.id) == []  # carried once


def test_a_failed_transfer_with_a_deduction_is_carried_as_payment_and_deduction_31_january(ctx, homes):
    """January pays b 600 元 less a 追回 of 100 元 (the bank sends 500 元) and the bank fails
    it: the 补发 roster re-pays 600 元 and deducts 100 元 again, each as what it is, so its
    补发 and 追回 totals are what the leader signs for."""
    a, b, c = homes
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    decide(ctx, b, D(2026, 12, 1), D(2027, 1, 10), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2027, 1, 31))
    payroll.sign(ctx.uow(), jan.id, "赵镇长", D(2027, 1, 31), today=D(2027, 1, 31))
    with ctx.uow() as uow:
        for line in uow.session.query(PayrollLine).filter_by(payroll_id=jan.id, household_id=b):
            line.bank_status, line.bank_reason, line.bank_answered_on = "failed", "账户冻结", D(2027, 2, 3)
        uow.commit()
    set_account(ctx, b, "6221999900001111")
    back = payroll.make(ctx.uow(), "2027-02", PayrollKind.BACK_PAY, today=D(2027, 2, 5))
    carried = [(x.line_kind, x.total_fen) for x in payroll.lines(ctx.uow(), back.id)]
    assert carried == [(LineKind.BACK_PAY, 50000), (LineKind.RECOVERY, -10000)]
    assert (back.back_pay_fen, back.recovery_fen, back.total_fen) == (50000, -10000, 40000)
    assert all("行：" in x.reason for x in payroll.lines(ctx.uow(), back.id))


def test_a_quarter_roster_over_a_month_already_signed_is_refused_31_december(ctx, homes):
    """December was paid by its own signed roster; the office then switches to quarters and
    makes 2026Q4: December would be paid twice. Refused when made, and when signed (a draft
    made before December's roster was signed)."""
    early = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 11, 30))  # a draft, made first
    dec = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 31))
    payroll.sign(ctx.uow(), dec.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), early.id, "赵镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert err.value.problems[0].code == "payroll.overlap"
    with pytest.raises(RuleError) as err:
        payroll.make(ctx.uow(), "2026Q4", today=D(2026, 12, 31))
    assert err.value.problems[0].code == "payroll.overlap"
    assert [r.period for r in payroll.rosters(ctx.uow()) if r.status is not PayrollStatus.DRAFT] == ["2026-12"]
    q1 = payroll.make(ctx.uow(), "2027Q1", today=D(2027, 1, 31))  # the next quarter is fine
    assert q1.total_fen == 3 * (45000 + 60000 + 30000)


def test_a_subsidy_roster_pays_chosen_households_per_person(ctx, homes):
    a, b, c = homes
    rule = SubsidyRule("春节慰问金", SubsidyBasis.PERSON, 20000, villages=("东风村",))
    info = payroll.make(ctx.uow(), "2027-01", PayrollKind.SUBSIDY, subsidy=rule, today=D(2027, 1, 31))
    got = {x.household_id: x.total_fen for x in payroll.lines(ctx.uow(), info.id)}
    persons = {x.household_id: x.persons for x in payroll.lines(ctx.uow(), info.id)}
    assert set(got) == {a, b} and got[a] == 20000 * persons[a]
    assert info.name == "春节慰问金" and info.subsidy_total_fen == info.total_fen
    with pytest.raises(RuleError):
        payroll.make(ctx.uow(), "2027-01", PayrollKind.SUBSIDY, subsidy=SubsidyRule("", SubsidyBasis.PERSON, 1))


def test_periods_follow_the_office_setting_and_bad_periods_are_refused(ctx):
    assert payroll.default_period(ctx.uow(), D(2026, 2, 28)) == "2026-02"
    payroll.set_period_unit(ctx.uow(), "quarter")
    assert payroll.default_period(ctx.uow(), D(2028, 2, 29)) == "2028Q1"
    assert payroll.default_period(ctx.uow(), D(2026, 12, 31)) == "2026Q4"
    with pytest.raises(RuleError) as e:
        payroll.make(ctx.uow(), "2026-13")
    assert e.value.problems[0].code == "payroll.period"


def test_the_printed_roster_carries_totals_that_add_up_and_the_leaders_name(ctx, homes, tmp_path):
    import re
    import shutil
    import subprocess

    a, b, c = homes
    decide(ctx, a, D(2026, 12, 1), D(2026, 11, 30), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 0))
    info = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 9, 30), made_by="王经办")
    payroll.sign(ctx.uow(), info.id, "赵镇长", D(2026, 9, 30), today=D(2026, 9, 30))
    out = tmp_path / "造册.pdf"
    rendered = payroll.print_roster(ctx.uow(), info.id, out)
    assert rendered.pages >= 1 and not rendered.missing
    # the totals are the point of this test: without poppler-utils it fails, as the other PDF tests do
    assert shutil.which("pdftotext"), "pdftotext is needed (Debian: apt-get install poppler-utils)"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2026年第4季度" in text and "主管领导：赵镇长" in text and "制表人：王经办" in text
    subtotals = {m.group(1): int(m.group(2).replace(".", "")) for m in re.finditer(
        r"(\S+村)小计\s+\d+户\d+人\s+(\d+\.\d\d)", text)}
    assert subtotals == {"东风村": 2 * 45000 + 3 * 60000, "西山村": 3 * 30000}
    grand = re.search(r"合计\s+(\d+)户(\d+)人\s+(\d+\.\d\d)", text)
    assert int(grand.group(3).replace(".", "")) == sum(subtotals.values()) == info.total_fen
    assert "核定保障金为 0 元" in text  # December of household a, listed apart
    sources = re.search(r"资金来源.*?\n(.*?)\n\s*合计\s+100%", text, re.S).group(1)
    amounts = [int(m.replace(".", "")) for m in re.findall(r"(\d+\.\d\d)\s*$", sources, re.M)]
    assert len(amounts) == 5 and sum(amounts) == info.total_fen
    assert "6221000000000000" in text  # full account: the roster is internal (for the bank and the leader)


def test_the_statistics_report_has_the_money_by_source_adding_up(ctx, homes):
    from dibao_desk.domain.periods import period_of
    from dibao_desk.services import statistics

    a, b, c = homes
    decide(ctx, b, D(2026, 10, 1), D(2026, 12, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 2, 50000))
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=D(2026, 12, 31))
    t = {x.key: x for x in statistics.tables(o)}["sources"]
    assert [r[0] for r in t.rows] == ["中央", "省级", "市级", "县级", "乡镇"]
    # October and November were paid at 600 元 and stay so; December is paid at 500 元; the
    # 追回 of October and November is booked in December.
    paid = 2 * (45000 + 60000 + 30000) + (45000 + 50000 + 30000) - 20000
    assert t.total[-1] == sum(r[-1] for r in t.rows) == paid
    assert t.rows[0][-1] == paid * 6 // 10


def test_only_a_reviewer_signs_and_a_clerk_makes(ctx, homes):
    from dibao_desk.domain.accounts import Role

    clerk = ctx.uow()
    clerk.roles = frozenset({Role.CLERK})
    info = payroll.make(clerk, "2026-12", today=D(2026, 11, 30))
    with pytest.raises(RuleError) as e:
        payroll.sign(clerk, info.id, "赵镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert e.value.problems[0].code == "account.forbidden.reviewer"
    reviewer = ctx.uow()
    reviewer.roles = frozenset({Role.REVIEWER})
    assert payroll.sign(reviewer, info.id, "赵镇长", D(2026, 11, 30), today=D(2026, 11, 30)).status is PayrollStatus.REVIEWED


@pytest.mark.parametrize("signed_on, period, later", [
    (D(2027, 1, 31), "2027-01", D(2027, 2, 1)),
    (D(2028, 2, 29), "2028-02", D(2028, 3, 1)),
    (D(2026, 12, 31), "2026Q4", D(2027, 1, 1)),
])
def test_signing_at_a_month_end_marks_the_months_paid_and_a_change_back_into_them_is_an_adjustment(
        ctx, homes, signed_on, period, later):
    a, b, c = homes
    info = payroll.make(ctx.uow(), period, today=signed_on)
    payroll.sign(ctx.uow(), info.id, "赵镇长", signed_on, today=signed_on)
    last = info.last_month
    assert ledger.paid_through(ctx.uow(), signed_on) == last
    # decided on the first day after: reaching back into the signed months
    decide(ctx, c, info.first_month, later, MonthValue(LedgerStatus.RECEIVING, "class2", 1, 40000))
    nxt = payroll.make(ctx.uow(), f"{later.year:04d}-{later.month:02d}", today=later)
    extra = [x for x in payroll.lines(ctx.uow(), nxt.id) if x.line_kind is LineKind.BACK_PAY]
    assert [(x.household_id, x.total_fen) for x in extra] == [(c, 10000 * len(ledger_months(info)))]


def ledger_months(info):
    from dibao_desk.domain.ledger import months

    return months(info.first_month, info.last_month)


def test_a_roster_made_for_a_period_typed_another_way_is_the_same_roster(ctx, homes):
    """Made for 2026年第4季度, the roster is 2026Q4: found, replaced and listed under that form."""
    info = payroll.make(ctx.uow(), "2026年第4季度", today=D(2026, 9, 30))
    assert info.period == "2026Q4"
    again = payroll.make(ctx.uow(), "2026-q4", today=D(2026, 9, 30))  # the draft is replaced, not doubled
    assert again.period == "2026Q4"
    assert [r.period for r in payroll.rosters(ctx.uow())] == ["2026Q4"]
    assert payroll.find(ctx.uow(), "2026-Q4").id == again.id


def test_a_draft_the_ledger_changed_under_is_not_signed_until_made_again_31_december(ctx, homes):
    """January's draft is made on 20 December; on 28 December a's amount from January and b's
    cancellation from January are granted. Signing the old draft on 31 December would pay the
    old amounts for January and mark January paid: the difference would never be paid or
    recovered, and the roster would disagree with the ledger."""
    a, b, c = homes
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2026, 12, 20))
    assert jan.total_fen == 45000 + 60000 + 30000
    decide(ctx, a, D(2027, 1, 1), D(2026, 12, 28), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000))
    decide(ctx, b, D(2027, 1, 1), D(2026, 12, 28), MonthValue(LedgerStatus.CANCELLED, "", 0, 0),
           DecisionKind.CANCEL)
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), jan.id, "李镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert err.value.problems[0].code == "payroll.stale_ledger"
    assert err.value.problems[0].params["households"] == 2
    assert payroll.show(ctx.uow(), jan.id).status is PayrollStatus.DRAFT
    assert ledger.paid_through(ctx.uow(), D(2026, 12, 31)) < D(2027, 1, 1)  # January not marked paid
    again = payroll.make(ctx.uow(), "2027-01", today=D(2026, 12, 31))
    signed = payroll.sign(ctx.uow(), again.id, "李镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert signed.total_fen == 50000 + 30000 == ledger.month_totals(ctx.uow(), D(2027, 1, 1)).total.amount_fen


def test_a_change_of_account_or_name_after_the_draft_does_not_block_signing(ctx, homes):
    a, b, c = homes
    jan = payroll.make(ctx.uow(), "2027-01", today=D(2026, 12, 20))
    set_account(ctx, a, "6221000000000009999")
    signed = payroll.sign(ctx.uow(), jan.id, "李镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert signed.status is PayrollStatus.REVIEWED


def test_a_subsidy_draft_made_before_a_cancellation_is_not_signed_until_made_again(ctx, homes):
    """The 春节慰问金 goes to the households the ledger pays in January. Made on 20 December, then
    b cancelled from January on 28 December: signing the old draft would pay b a subsidy."""
    a, b, c = homes
    rule = SubsidyRule("春节慰问金", SubsidyBasis.HOUSEHOLD, 20000)
    draft = payroll.make(ctx.uow(), "2027-01", PayrollKind.SUBSIDY, subsidy=rule, today=D(2026, 12, 20))
    assert draft.households == 3
    decide(ctx, b, D(2027, 1, 1), D(2026, 12, 28), MonthValue(LedgerStatus.CANCELLED, "", 0, 0),
           DecisionKind.CANCEL)
    with pytest.raises(RuleError) as err:
        payroll.sign(ctx.uow(), draft.id, "李镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert (err.value.problems[0].code, err.value.problems[0].params["households"]) == ("payroll.stale_ledger", 1)
    again = payroll.make(ctx.uow(), "2027-01", PayrollKind.SUBSIDY, subsidy=rule, today=D(2026, 12, 31))
    signed = payroll.sign(ctx.uow(), again.id, "李镇长", D(2026, 12, 31), today=D(2026, 12, 31))
    assert (signed.households, signed.total_fen) == (2, 40000)


def _head_dies(ctx, hid, day):
    from sqlalchemy import select

    from dibao_desk.models import Member
    from dibao_desk.services import events

    with ctx.uow() as uow:
        head = uow.session.scalars(select(Member).where(Member.household_id == hid)).one().id
    events.add_event(ctx.uow(), hid, "death", day, member_id=head, today=day)


def test_a_one_person_household_whose_head_died_is_flagged_when_made_and_cannot_be_signed(ctx, homes):
    # 户主0 lives alone and died on 15 October: paid through October, nothing from November.
    # The ledger pays on until the death is recorded there, so the November roster still lists
    # 450 元 for a dead man: said when it is made, and the leader cannot sign it.
    _head_dies(ctx, homes[0], D(2026, 10, 15))
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30))
    assert [(x.household_id, x.total_fen) for x in regular_lines(ctx, info)][0] == (homes[0], 45000)
    assert [p.code for p in info.warnings] == ["payroll.after_death_warning", "payroll.after_death_line"]
    assert info.warnings[0].params["households"] == 1 and info.warnings[0].params["names"] == "户主0"
    assert info.warnings[1].params["months"] == "2026年11月" and "2026年10月15日死亡" in info.warnings[1].params["died"]
    with pytest.raises(RuleError) as refused:
        payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert refused.value.problems[0].code == "payroll.after_death"
    assert payroll.find(ctx.uow(), "2026-11").status == PayrollStatus.DRAFT


def test_a_head_who_died_within_the_month_paid_is_paid_that_month(ctx, homes):
    # payment stops the month after death: a death on 10 November leaves November's money due
    _head_dies(ctx, homes[0], D(2026, 11, 10))
    info = payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30))
    assert info.warnings == ()
    signed = payroll.sign(ctx.uow(), info.id, "李镇长", D(2026, 11, 30), today=D(2026, 11, 30))
    assert signed.status == PayrollStatus.REVIEWED and signed.total_fen == 135000
