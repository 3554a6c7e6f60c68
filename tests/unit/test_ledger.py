"""The benefit ledger over a real store: golden month-by-month ledgers for each path
(a grant, a review's change, a back-dated cancellation, a death, the end of 渐退), with
fixed clocks on 31 Jan, 29 Feb 2028, 30 Nov and 31 Dec (a standard raise and other proposals:
test_proposals.py)."""

import datetime as dt

import pytest
from sqlalchemy import select

from dibao_desk.domain import ledger as rules
from dibao_desk.domain.ledger import LedgerStatus, MonthValue, Period, ProposalKind
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import Household
from dibao_desk.services import ledger, procedure, proposals, reviews
from dibao_desk.services.reviews import ReviewInput
from tests.conftest import make_id
from tests.helpers import walk_case

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date


def put_on_benefit(ctx, hid, *, start=D(2026, 3, 1), category="class3", fen=45000, today=D(2026, 11, 30)):
    """A household the store already held as receiving (as a roster import leaves it);
    its ledger is built from that history."""
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen, h.benefit_start = "receiving", category, fen, start
        uow.commit()
    ledger.build(ctx.uow(), today)


def golden(ctx, hid, today, through=None):
    led = ledger.household_ledger(ctx.uow(), hid, today, through)
    months = [f"{m.month:%Y-%m} {m.status.value} {m.category} {m.amount_fen} {m.decision.kind.value}"
              + (" paid" if m.paid else "") for m in led.months]
    adjustments = [f"{a.month:%Y-%m} {a.kind.value} {a.amount_fen} {a.first_month:%Y-%m}..{a.last_month:%Y-%m}"
                   for a in led.adjustments]
    return months, adjustments


@pytest.fixture
def home(ctx, make_household):
    hh = make_household(wages_fen=0)
    put_on_benefit(ctx, hh.id)
    return hh.id


# ---- domain ------------------------------------------------------------------------------

def test_months_cross_year_and_leap_february():
    assert rules.add_months(D(2027, 12, 1), 1) == D(2028, 1, 1)
    assert rules.add_months(D(2028, 1, 1), -1) == D(2027, 12, 1)
    assert rules.months(D(2028, 1, 31), D(2028, 3, 1)) == [D(2028, 1, 1), D(2028, 2, 1), D(2028, 3, 1)]
    assert rules.default_paid_through(D(2028, 2, 29)) == D(2028, 1, 1)
    assert rules.default_paid_through(D(2026, 12, 31)) == D(2026, 11, 1)
    assert rules.default_paid_through(D(2027, 1, 1)) == D(2026, 12, 1)


def test_rewrite_books_each_paid_month_difference_once():
    old = [Period(D(2026, 1, 1), None, MonthValue(LedgerStatus.RECEIVING, "class3", 1, 45000))]
    cancel = MonthValue(LedgerStatus.CANCELLED, "", 0, 0)
    rw = rules.rewrite(old, D(2026, 9, 1), cancel, D(2026, 10, 1))
    assert rw.start == D(2026, 11, 1) and rw.adjustment_fen == -90000
    assert rw.adjusted_months == (D(2026, 9, 1), D(2026, 10, 1))
    raise_ = MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000)
    assert rules.rewrite(old, D(2026, 12, 1), raise_, D(2026, 10, 1)).adjustment_fen == 0
    assert rules.adjustment_kind(-1) is rules.AdjustmentKind.RECOVERY


def test_amount_checks_refuse_above_the_ceiling_and_want_a_reason_for_a_difference():
    ceiling = rules.ceiling_fen(45000, 1, 5000)
    assert [p.code for p in rules.check_amount(999900, 45000, ceiling, "")] == [
        "ledger.above_ceiling", "ledger.amount_reason"]
    assert [p.code for p in rules.check_amount(40000, 45000, ceiling, "")] == ["ledger.amount_reason"]
    assert rules.check_amount(40000, 45000, ceiling, "扣除赡养费") == []
    assert rules.check_amount(45000, 45000, ceiling, "") == []


# ---- the store ---------------------------------------------------------------------------

def test_ledger_built_from_history_agrees_with_the_household(ctx, home):
    months, adjustments = golden(ctx, home, D(2026, 11, 30))
    assert months[0] == "2026-03 receiving class3 45000 history paid"
    assert months[-1] == "2026-11 receiving class3 45000 history"
    assert len(months) == 9 and adjustments == []
    assert ledger.check(ctx.uow()) == (0, [])
    assert ledger.build(ctx.uow(), D(2026, 11, 30)) == 0  # built once


@pytest.mark.parametrize("method_is_class", [False, True])
def test_ledger_built_set_based_is_the_ledger_built_household_by_household(ctx, make_household, monkeypatch,
                                                                            method_is_class):
    """Receiving households with no history (a roster's) get their ledger from one INSERT ...
    SELECT; it is period for period what the general build makes of them, beside households
    with a history (a review's change, suspended, cancelled) that the general build makes."""
    from dibao_desk.models import Review
    from dibao_desk.models import ledger as ledger_store

    setups = [("receiving", D(2025, 7, 19), "class2", 52000), ("receiving", None, "class1", 77000),
              ("suspended", D(2026, 2, 1), "class3", 42000), ("cancelled", D(2025, 1, 1), "", 0),
              ("receiving", D(2026, 3, 1), "class3", 45000), ("registered", None, "", 0)]
    ids = []
    for k, (status, start, category, fen) in enumerate(setups):
        hid = make_household(head=f"张{k}", head_id=make_id("19600315", 30 + k), wages_fen=0).id
        ids.append(hid)
        with ctx.uow() as uow:
            h = uow.session.get(Household, hid)
            h.status, h.category, h.monthly_benefit_fen, h.benefit_start = status, category, fen, start
            if k == 4:  # a review's change applied directly, before the ledger existed
                uow.session.add(Review(household_id=hid, review_date=D(2026, 5, 20), visitor="王经办",
                                       outcome="change", effective_month=D(2026, 6, 1), before_category="class3",
                                       after_category="class3", before_fen=50000, after_fen=45000))
            uow.commit()

    def periods(plain_in_sql: bool) -> list[tuple]:
        with ctx.uow() as uow:
            conn = uow.session.connection()
            real = ledger_store._insert_plain
            monkeypatch.setattr(ledger_store, "_insert_plain",
                                lambda *a: plain.append(real(*a) if plain_in_sql else 0) or plain[-1])
            n = ledger_store.build_from_history(conn, D(2026, 11, 30), method_is_class=method_is_class)
            monkeypatch.undo()
            P, Dn = ledger_store.P, ledger_store.D  # each period with its decision's kind (ids differ)
            rows = sorted(tuple(r) for r in conn.execute(
                select(*[P.c[c] for c in ledger_store.PERIOD_COLUMNS[:-1]], Dn.c.kind).join(
                    Dn, Dn.c.id == P.c.decision_id)))
            uow.rollback()
        assert n == len(rows)
        return rows

    plain: list[int] = []
    by_python, by_sql = periods(False), periods(True)
    assert plain == [0, 2]  # the first two in SQL, the others as before
    assert by_sql == by_python
    assert {r[0] for r in by_sql} == set(ids[:5])  # a registered household has no ledger
    first = [r for r in by_sql if r[0] == ids[0]]
    assert [(r[1], r[2], r[3], r[4], r[6], r[7], r[8]) for r in first] == [
        (D(2025, 7, 1), None, "receiving", "class2", 52000, 52000 if method_is_class else 0, "history")]


def test_review_change_is_a_proposal_granted_on_29_february_2028(ctx, home):
    info = reviews.record_review(ctx.uow(), ReviewInput(
        home, D(2028, 1, 31), "王经办", "change", reason="儿子务工收入增加", new_benefit_fen=30000),
        today=D(2028, 1, 31))
    assert info.effective_month == D(2028, 2, 1)
    [row] = proposals.list_proposals(ctx.uow(), today=D(2028, 1, 31))
    assert (row.kind, row.waiting.step) == (ProposalKind.REVIEW_CHANGE, 3)  # 民主评议 first
    # the change is not in the ledger before the grant
    assert ledger.month_totals(ctx.uow(), D(2028, 2, 1)).total.amount_fen == 45000
    detail, day = walk_case(ctx, info.case_id, D(2028, 1, 31), start_month=D(2028, 2, 1), until=10)
    assert detail.next_step == 10 and day <= D(2028, 2, 29)
    procedure.record_step(ctx.uow(), info.case_id, 10, {
        "on": D(2028, 2, 29), "person": "王经办", "start_month": D(2028, 2, 1), "category": "class3",
        "monthly_fen": 30000, "amount_reason": "儿子务工收入每月 450 元，登记待补"}, D(2028, 2, 29))
    months, adjustments = golden(ctx, home, D(2028, 2, 29))
    assert months[-2:] == ["2028-01 receiving class3 45000 history paid", "2028-02 receiving class3 30000 change"]
    assert adjustments == []
    last = ledger.household_ledger(ctx.uow(), home, D(2028, 2, 29)).months[-1]
    assert (last.decision.decided_on, last.decision.approved_by, last.decision.case_id) == (
        D(2028, 2, 29), "县民政局", info.case_id)
    assert proposals.proposal_for_case(ctx.uow(), info.case_id).status == "granted"
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_cancellation_dated_back_is_recovered_in_the_month_decided_30_november(ctx, home):
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.CROSSCHECK, "核对发现隐瞒存款",
                                D(2026, 9, 1), opened_on=D(2026, 10, 20), cancel=True)
    walk_case(ctx, p.case_id, D(2026, 10, 20), start_month=D(2026, 9, 1), until=10)
    procedure.record_step(ctx.uow(), p.case_id, 10, {"on": D(2026, 11, 30), "person": "王经办",
                                                      "start_month": D(2026, 9, 1)}, D(2026, 11, 30))
    months, adjustments = golden(ctx, home, D(2026, 11, 30))
    # September and October were paid and stay as they were; November on is cancelled
    assert months[-3:] == ["2026-09 receiving class3 45000 history paid",
                           "2026-10 receiving class3 45000 history paid",
                           "2026-11 cancelled  0 cancel"]
    assert adjustments == ["2026-11 recovery -90000 2026-09..2026-10"]
    totals = ledger.month_totals(ctx.uow(), D(2026, 11, 1))
    assert (totals.total.households, totals.recovery_fen) == (0, -90000)
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_death_needs_no_review_but_is_noticed_and_approved_31_december(ctx, home):
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.DEATH, "户主于 12 月 3 日死亡",
                                D(2027, 1, 1), opened_on=D(2026, 12, 5))
    assert p.flow == (6, 8, 9, 10)
    detail, day = walk_case(ctx, p.case_id, D(2026, 12, 5), until=10)
    procedure.record_step(ctx.uow(), p.case_id, 10, {"on": D(2026, 12, 31), "person": "王经办",
                                                      "start_month": D(2027, 1, 1)}, D(2026, 12, 31))
    months, adjustments = golden(ctx, home, D(2026, 12, 31))
    assert months[-2:] == ["2026-12 receiving class3 45000 history", "2027-01 cancelled  0 cancel"]
    assert adjustments == []
    assert ledger.month_totals(ctx.uow(), D(2026, 12, 1)).total.households == 1
    assert ledger.month_totals(ctx.uow(), D(2027, 1, 1)).total.households == 0


def test_gradual_exit_months_then_its_end_as_a_proposal(ctx, home):
    reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 10), "张三", "县工业园", today=D(2026, 12, 10))
    stop = reviews.exits(ctx.uow(), D(2026, 12, 10))[0].stop_month
    months, _ = golden(ctx, home, D(2026, 12, 10))
    assert months[-1] == "2026-12 gradual_exit class3 45000 gradual_exit"
    stopped = reviews.apply_exit_stops(ctx.uow(), stop)
    walk_case(ctx, stopped[0].case_id, stop, start_month=stop)
    led = ledger.household_ledger(ctx.uow(), home, stop)
    by_month = {m.month: m for m in led.months}
    assert by_month[rules.add_months(stop, -1)].status is LedgerStatus.GRADUAL_EXIT
    assert by_month[stop].status is LedgerStatus.CANCELLED


def test_a_refused_end_of_gradual_exit_keeps_the_household_on_ordinary_benefit(ctx, home):
    """Stable work from June 2026: 渐退 runs to November and its end is proposed on 1 December.
    The village's 评议 refuses the 取消 (the work turned out not to last): the township keeps the
    household, so its 渐退 ends with the refusal. The months from December are ordinary 在保 at
    the amount it has (the roster says so, not 渐退期保障金), the months already paid stay as
    they were, and the exit reads 继续保障, not 已停发."""
    from dibao_desk.models import AuditLog
    from dibao_desk.services import payroll

    reviews.record_stable_work(ctx.uow(), home, D(2026, 6, 10), "张三", "县工业园", today=D(2026, 6, 10))
    [stopped] = reviews.apply_exit_stops(ctx.uow(), D(2026, 12, 1))
    procedure.refuse(ctx.uow(), stopped.case_id, 3, "评议认为务工收入不稳定，继续保障", D(2026, 12, 2), "王经办",
                     D(2026, 12, 2))
    months, adjustments = golden(ctx, home, D(2026, 12, 2), through=D(2027, 2, 1))
    assert months[-4:] == ["2026-11 gradual_exit class3 45000 gradual_exit paid",
                           "2026-12 receiving class3 45000 exit_kept",
                           "2027-01 receiving class3 45000 exit_kept",
                           "2027-02 receiving class3 45000 exit_kept"]
    assert adjustments == []
    led = ledger.household_ledger(ctx.uow(), home, D(2026, 12, 2))
    assert led.months[-1].decision.approved_by == "王经办"
    [info] = reviews.exits(ctx.uow(), D(2026, 12, 2), running_only=False)
    assert info.state == "kept"
    roster = payroll.make(ctx.uow(), "2026-12", today=D(2026, 12, 2))
    [line] = payroll.lines(ctx.uow(), roster.id)
    assert line.total_fen == 45000 and line.reason == "2026年12月保障金（渐退期满未予取消，继续保障 2026-12-02）"
    with ctx.uow() as uow:
        h = uow.session.get(Household, home)
        assert (h.status, h.monthly_benefit_fen) == ("receiving", 45000)
        assert uow.session.scalars(select(AuditLog).where(AuditLog.action == "exit_kept")).first() is not None


def test_amount_above_the_ceiling_is_refused_and_a_different_one_needs_a_reason(ctx, home):
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.REVIEW_CHANGE, "重新核定", D(2026, 12, 1),
                                opened_on=D(2026, 11, 30), amount_fen=40000)
    detail, day = walk_case(ctx, p.case_id, D(2026, 11, 30), until=10)
    grant = {"on": day, "person": "王经办", "start_month": D(2026, 12, 1), "category": "class3"}
    with pytest.raises(RuleError) as info:  # 9,999 元 for one person at a 450 元 standard
        procedure.record_step(ctx.uow(), p.case_id, 10, grant | {"monthly_fen": 999900, "amount_reason": "x"}, day)
    assert [x.code for x in info.value.problems] == ["ledger.above_ceiling"]
    assert "450.00" in str(__import__("dibao_desk.messages", fromlist=["text"]).text(info.value.problems[0]))
    with pytest.raises(RuleError) as info:
        procedure.record_step(ctx.uow(), p.case_id, 10, grant | {"monthly_fen": 40000}, day)
    assert [x.code for x in info.value.problems] == ["ledger.amount_reason"]
    detail = procedure.record_step(ctx.uow(), p.case_id, 10, grant | {"monthly_fen": 40000,
                                                                      "amount_reason": "扣除赡养费"}, day)
    assert detail.current[10].data["computed_fen"] == 45000
    assert detail.current[10].data["amount_reason"] == "扣除赡养费"


def test_month_totals_by_village_and_class(ctx, home, make_household, villages):
    from tests.conftest import make_id

    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0,
                           hukou="urban")
    put_on_benefit(ctx, other.id, category="class2", fen=60000)
    t = ledger.month_totals(ctx.uow(), D(2026, 11, 1))
    assert (t.total.households, t.total.persons, t.total.amount_fen) == (2, 2, 105000)
    assert {k: v.amount_fen for k, v in t.by_category.items()} == {"class2": 60000, "class3": 45000}
    assert {k: v.households for k, v in t.by_hukou.items()} == {"rural": 1, "urban": 1}
    v = ledger.month_totals(ctx.uow(), D(2026, 11, 1), villages["向阳社区"])
    assert (v.village, v.total.amount_fen) == ("向阳社区", 60000)
    assert ledger.month_totals(ctx.uow(), D(2026, 2, 1)).total.households == 0


def test_check_finds_a_household_changed_behind_the_ledger(ctx, home):
    with ctx.uow() as uow:
        uow.session.get(Household, home).monthly_benefit_fen = 99900
        uow.commit()
    count, bad = ledger.check(ctx.uow())
    assert count == 1 and bad[0].household_id == home and bad[0].ledger[2] == 45000


def test_with_the_real_date(ctx, home):
    today = dt.date.today()
    led = ledger.household_ledger(ctx.uow(), home, today)
    assert led.paid_through == rules.default_paid_through(today)
    assert led.months[-1].month >= rules.month_of(today)


def test_a_different_amount_is_marked_on_the_approval_form_and_in_the_county_package(ctx, make_household):
    from dibao_desk.printing import forms
    from dibao_desk.services import exchange, printing

    h = make_household(wages_fen=0)
    case = procedure.receive_application(ctx.uow(), h.id, {
        "on": D(2026, 11, 2), "person": "王经办", "declaration_signed": True, "authorisation_signed": True},
        D(2026, 11, 2))
    procedure.record_step(ctx.uow(), case.info.id, 2, {"on": D(2026, 11, 3), "person": "李", "investigator_signed": True,
                                                       "applicant_signed": True}, D(2026, 11, 3))
    walk_case(ctx, case.info.id, D(2026, 11, 4), until=6)
    procedure.record_step(ctx.uow(), case.info.id, 6, {
        "on": D(2026, 11, 27), "person": "分管镇长", "category": "class3", "monthly_fen": 40000,
        "amount_reason": "赡养人每月实际给付 50 元"}, D(2026, 11, 27))
    doc = forms.approval(printing.form_data(ctx.uow(), h.id, D(2026, 11, 27)))
    marks = [getattr(part, "text", "") for part in doc.sections if "※" in str(getattr(part, "text", ""))]
    assert marks == ["※ 乡镇审核金额 400.00 元与按标准计算的 450.00 元不同，理由：赡养人每月实际给付 50 元"]
    procedure.start_notice(ctx.uow(), case.info.id, 7, D(2026, 11, 27), "王经办", D(2026, 11, 27))
    procedure.record_step(ctx.uow(), case.info.id, 7, {"on": D(2026, 12, 4), "person": "王经办"}, D(2026, 12, 4))
    from dibao_desk.exchange import packages_out

    with ctx.uow() as uow:
        [sheet] = [x for x in exchange._case_sheets(uow) if x.spec is packages_out.CASES]
    evidence = sheet.rows[0][[c.key for c in packages_out.CASES.columns].index("evidence")]
    assert "与计算结果 450.00 元不同，理由：赡养人每月实际给付 50 元" in evidence


def test_the_payment_roster_pays_the_ledgers_months_not_the_current_amount(ctx, home):
    from dibao_desk.services import payroll

    # a change granted on 30 November, dated from December: November is still paid at 450
    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.REVIEW_CHANGE, "收入增加", D(2026, 12, 1),
                                opened_on=D(2026, 11, 2), amount_fen=30000)
    walk_case(ctx, p.case_id, D(2026, 11, 2), until=10)
    procedure.record_step(ctx.uow(), p.case_id, 10, {"on": D(2026, 11, 30), "person": "王经办",
                                                      "start_month": D(2026, 12, 1), "category": "class3",
                                                      "monthly_fen": 30000, "amount_reason": "务工收入"},
                          D(2026, 11, 30))
    [nov] = payroll.lines(ctx.uow(), payroll.make(ctx.uow(), "2026-11", today=D(2026, 11, 30)).id)
    assert (nov.benefit_fen + nov.supplement_fen, nov.months) == (45000, 1)
    q = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 11, 30))
    quarter = payroll.lines(ctx.uow(), q.id)
    assert [(x.benefit_fen + x.supplement_fen, x.months) for x in quarter] == [(45000, 2), (30000, 1)]
    assert sum(x.total_fen for x in quarter) == q.total_fen == 120000


def test_recompute_reads_the_ledgers_month(ctx, home):
    from dibao_desk.services import benefit

    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.DEATH, "户主死亡", D(2026, 12, 1),
                                opened_on=D(2026, 11, 20))
    walk_case(ctx, p.case_id, D(2026, 11, 20), start_month=D(2026, 12, 1))
    with ctx.uow() as uow:
        assert uow.session.get(Household, home).status == "cancelled"
    # cancelled from December: November is still paid, December is not
    nov, rows = benefit.compute_all(ctx.uow(), D(2026, 11, 1))
    assert nov.households == 1 and rows[0].current_fen == 45000
    assert benefit.compute_all(ctx.uow(), D(2026, 12, 1))[0].households == 0


def test_a_decision_written_until_a_month_keeps_the_months_after_it_31_december(ctx, home):
    """A value written from October through February only (decided 31 December, November
    paid): October and November are 补发 in December, December to February are written, and
    March on keeps the run that was there, with its own decision."""
    from dibao_desk.domain.ledger import DecisionKind

    with ctx.uow() as uow:
        ledger.write_decision(uow, DecisionKind.POLICY, D(2026, 10, 1), D(2026, 12, 31), "县民政局",
                              {home: MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000)},
                              until={home: D(2027, 2, 1)}, today=D(2026, 12, 31))
        uow.commit()
    months, adjustments = golden(ctx, home, D(2026, 12, 31), D(2027, 4, 1))
    assert months[-7:] == ["2026-10 receiving class3 45000 history paid", "2026-11 receiving class3 45000 history paid",
                           "2026-12 receiving class3 50000 policy", "2027-01 receiving class3 50000 policy",
                           "2027-02 receiving class3 50000 policy", "2027-03 receiving class3 45000 history",
                           "2027-04 receiving class3 45000 history"]
    assert adjustments == ["2026-12 back_pay 10000 2026-10..2026-11"]


def _decide(ctx, hid, kind, month, value, on):
    with ctx.uow() as uow:
        did = ledger.write_decision(uow, kind, month, on, "县民政局", {hid: value}, household_id=hid, today=on)
        uow.commit()
    return did


def test_a_second_decision_reaching_back_counts_what_the_first_booked_30_november(ctx, home):
    """September and October were paid at 450 元 (paid through October on 30 November). A
    raise to 500 元 from September books 补发 100 元; a correction to 550 元 from September
    books 100 元 more, not 200; a cut to 400 元 from October takes back 150 元 (550 owed for
    October, not 450); a cancellation from August recovers what the household was owed for
    August to October after all of them: 450 + 550 + 400 = 1,400 元, and the register holds it."""
    from dibao_desk.domain.ledger import DecisionKind
    from dibao_desk.models import RecoveryEntry

    on = D(2026, 11, 30)
    _decide(ctx, home, DecisionKind.CHANGE, D(2026, 9, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 50000), on)
    _decide(ctx, home, DecisionKind.CHANGE, D(2026, 9, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 55000), on)
    _decide(ctx, home, DecisionKind.CHANGE, D(2026, 10, 1), MonthValue(LedgerStatus.RECEIVING, "class3", 1, 40000), on)
    did = _decide(ctx, home, DecisionKind.CANCEL, D(2026, 8, 1), MonthValue(LedgerStatus.CANCELLED, "", 0, 0), on)
    months, adjustments = golden(ctx, home, on)
    assert months[-4:] == ["2026-08 receiving class3 45000 history paid", "2026-09 receiving class3 45000 history paid",
                           "2026-10 receiving class3 45000 history paid", "2026-11 cancelled  0 cancel"]
    assert adjustments == ["2026-11 back_pay 10000 2026-09..2026-10", "2026-11 back_pay 10000 2026-09..2026-10",
                           "2026-11 recovery -15000 2026-10..2026-10", "2026-11 recovery -140000 2026-08..2026-10"]
    # all told the household keeps nothing for August to October: 3 × 450 paid + 200 − 150 − 1,400
    assert 3 * 45000 + sum(int(a.split()[2]) for a in adjustments) == 0
    with ctx.uow() as uow:
        entry = uow.session.scalars(select(RecoveryEntry).where(RecoveryEntry.ledger_decision_id == did)).one()
        assert (entry.amount_fen, entry.first_month, entry.last_month) == (140000, D(2026, 8, 1), D(2026, 10, 1))


def test_an_entry_spread_over_its_months_keeps_its_sum():
    """What earlier entries booked, month by month: each decision sets one value for its
    months; an entry that does not divide keeps the remainder on its last month."""
    periods = [Period(D(2026, 1, 1), None, MonthValue(LedgerStatus.RECEIVING, "class3", 1, 45000))]
    booked = rules.booked_extra(periods, [(D(2026, 9, 1), D(2026, 10, 1), 10000),
                                          (D(2026, 10, 1), D(2026, 10, 1), -15000),
                                          (D(2026, 9, 1), D(2026, 10, 1), 1)])
    # 500 and 500 元, then October 350 元, then one value for both with 1 分 over: 425.00 and 425.01
    assert booked == {D(2026, 9, 1): -2500, D(2026, 10, 1): -2499}
    rw = rules.rewrite(periods, D(2026, 9, 1), MonthValue(LedgerStatus.CANCELLED, "", 0, 0), D(2026, 10, 1),
                       booked=booked)
    assert (rw.adjustment_fen, rw.adjusted_months) == (-85001, (D(2026, 9, 1), D(2026, 10, 1)))


def test_a_grant_entered_after_its_day_leaves_the_months_paid_since_3_december(ctx, home):
    """The 待遇批准 of a change from October, dated 20 October on paper and entered on 3 December:
    October and November were paid at 450 元 meanwhile (paid through November). They stay as
    paid, and the 100 元 paid over is recovered — not rewritten to 400 元 as if unpaid, with
    the difference lost."""
    from dibao_desk.models import RecoveryEntry

    p = proposals.open_proposal(ctx.uow(), home, ProposalKind.OFFICE_CHANGE, "收入增加", D(2026, 10, 1),
                                amount_fen=40000, opened_on=D(2026, 9, 1))
    walk_case(ctx, p.case_id, D(2026, 9, 1), start_month=D(2026, 10, 1), until=10)
    procedure.record_step(ctx.uow(), p.case_id, 10, {
        "on": D(2026, 10, 20), "person": "王经办", "start_month": D(2026, 10, 1), "category": "class3",
        "monthly_fen": 40000, "amount_reason": "收入增加"}, D(2026, 12, 3))
    months, adjustments = golden(ctx, home, D(2026, 12, 3))
    assert months[-3:] == ["2026-10 receiving class3 45000 history paid",
                           "2026-11 receiving class3 45000 history paid", "2026-12 receiving class3 40000 change"]
    assert adjustments == ["2026-10 recovery -10000 2026-10..2026-11"]
    with ctx.uow() as uow:
        assert uow.session.scalars(select(RecoveryEntry.amount_fen)).all() == [10000]
    assert ledger.check(ctx.uow()) == (0, [])


def test_stable_work_recorded_twice_leaves_one_gradual_exit_in_the_ledger_31_december(ctx, home):
    """The second 稳定就业 of one household is refused: the ledger holds one 渐退 decision and
    its months as the first set them; one 取消 is proposed when 渐退 ends."""
    from tests.unit.test_reviews_record import _exit_rows

    reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 10), "张三", "县工业园", today=D(2026, 12, 31))
    before = golden(ctx, home, D(2026, 12, 31))
    with pytest.raises(RuleError) as err:
        reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 31), "张三", "县工业园", today=D(2026, 12, 31))
    assert [p.code for p in err.value.problems] == ["reviews.exit_running"]
    assert golden(ctx, home, D(2026, 12, 31)) == before
    assert before[0][-1] == "2026-12 gradual_exit class3 45000 gradual_exit"
    assert _exit_rows(ctx, home) == (1, 1)
    assert len(reviews.apply_exit_stops(ctx.uow(), D(2027, 6, 1))) == 1
