"""Statistics against a hand-counted store: four households whose ledger months are written
as the procedure's grants write them (a raise dated back, a cancellation, a new grant)."""

import dataclasses
import datetime as dt

import pytest

from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.domain.ledger import LedgerStatus, MonthValue
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.periods import report_period_of as statistics_period
from dibao_desk.models import ledger as book
from dibao_desk.models import Household
from dibao_desk.services import assistance, statistics
from tests.conftest import make_id

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
TODAY = D(2026, 11, 30)


def grant(ctx, hid, month, status, category, covered, fen, supplement=0, paid_through=D(2026, 10, 1),
          booked=D(2026, 11, 1)):
    """Write one household's months from ``month`` as a granted decision does."""
    with ctx.uow() as uow:
        conn = uow.session.connection()
        did = book.add_decision(conn, kind="grant", household_id=hid, effective_month=month, decided_on=booked,
                                approved_by="县民政局", note="", recorded_by="王经办")
        book.write(conn, did, month, {hid: MonthValue(LedgerStatus(status), category, covered, fen, supplement)},
                   paid_through, booked)
        uow.commit()


@pytest.fixture
def town(ctx, make_household, villages):
    h1 = make_household(head="张三", head_id=make_id("19600101", 11), wages_fen=0).id
    h2 = make_household(head="李四", head_id=make_id("19700101", 13), village="向阳社区", hukou="urban").id
    h3 = make_household(head="王五", head_id=make_id("19500101", 15), wages_fen=0).id
    h4 = make_household(head="赵六", head_id=make_id("19800101", 17), wages_fen=0).id
    with ctx.uow() as uow:
        for hid in (h1, h2, h3, h4):
            uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, h1, D(2026, 1, 1), "receiving", "class1", 2, 30000, paid_through=D(2025, 12, 1))
    grant(ctx, h2, D(2026, 10, 1), "receiving", "class2", 3, 50000, 5000, paid_through=D(2025, 12, 1))
    grant(ctx, h3, D(2026, 3, 1), "receiving", "class3", 1, 20000, paid_through=D(2025, 12, 1))
    # November: H2 raised to 520 from October (October already paid: 20 yuan back pay booked in
    # November), H3 cancelled from November, H4 granted from November.
    grant(ctx, h2, D(2026, 10, 1), "receiving", "class2", 3, 52000, 5000)
    grant(ctx, h3, D(2026, 11, 1), "cancelled", "", 0, 0)
    grant(ctx, h4, D(2026, 11, 1), "receiving", "class1", 1, 15000)
    return {"h1": h1, "h2": h2, "h3": h3, "h4": h4, "villages": villages}


def test_basic_table_counts_households_persons_and_money_by_hukou_and_class(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    t = statistics.basic_table(o)
    body = {r[0]: r[1:] for r in t.rows}
    assert body["农村一类"] == (2, 3, 45000, 0, 45000)
    assert body["城市二类"] == (1, 3, 47000, 5000, 52000)
    assert body["农村三类"] == (0, 0, 0, 0, 0)
    assert t.total == ("合计", 3, 6, 92000, 5000, 97000)
    assert (o.totals.households, o.totals.persons, o.totals.amount_fen) == (3, 6, 97000)


def test_the_months_movement_new_stopped_raised_lowered(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    (nov,) = o.changes
    assert (nov.new.households, nov.new.persons, nov.new.amount_fen) == (1, 1, 15000)
    assert (nov.stopped.households, nov.stopped.persons, nov.stopped.amount_fen) == (1, 1, 20000)
    assert (nov.raised.households, nov.raised.amount_fen) == (1, 2000)
    assert nov.lowered.households == 0
    row = statistics.changes_table(o).rows[0]
    assert row == ("2026年11月", 1, 1, 15000, 1, 1, 20000, 1, 2000, 0, 0, 0)


def test_a_quarter_has_a_row_per_month_and_totals_that_add_up(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    t = statistics.changes_table(o)
    assert [r[0] for r in t.rows] == ["2026年10月", "2026年11月", "2026年12月（计划）"]  # run on 30 November
    assert t.rows[0][1:4] == (1, 3, 50000)  # H2 new in October
    assert t.total[1:] == tuple(sum(r[i] for r in t.rows) for i in range(1, len(t.headers)))


def test_funds_book_back_pay_in_the_month_decided(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    funds = {r[0]: r[1:8] for r in statistics.funds_table(o).rows}  # the ledger's columns (no roster signed)
    assert funds["2026年11月"] == (3, 6, 92000, 5000, 2000, 0, 99000)
    assert funds["2026年10月"] == (3, 6, 95000, 5000, 0, 0, 100000)
    assert funds["2026年2月"] == (1, 2, 30000, 0, 0, 0, 30000)
    assert len(funds) == 12 and "2025年12月" in funds and "2026年12月" not in funds


def test_village_shares_and_the_township_share(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    t = statistics.villages_table(o)
    body = {r[0]: r[1:] for r in t.rows}
    assert body["东风村"] == (1800, 2, 3, 45000, "", 17)      # 3 of 1,800: 1.7‰ (no roster signed)
    assert body["向阳社区"] == (3200, 1, 3, 52000, "", 9)     # 3 of 3,200: 0.9375‰ -> 0.9
    assert t.total == ("合计", 5000, 3, 6, 97000, "", 12)     # 6 of 5,000: 1.2‰
    assert "2026-11尚无已审核的常规造册" in t.note


def test_one_village_only(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), town["villages"]["向阳社区"], today=TODAY)
    assert (o.totals.households, o.totals.persons, o.totals.amount_fen) == (1, 3, 52000)
    assert [v.name for v in o.villages] == ["向阳社区"]
    assert o.changes[0].raised.amount_fen == 2000 and o.changes[0].new.households == 0


def test_assistance_and_reviews_are_counted_for_the_period(ctx, town):
    assistance.add(ctx.uow(), town["h1"], AssistanceDraft("medical", 30000, D(2026, 11, 3), "县医保局"), today=TODAY)
    assistance.add(ctx.uow(), town["h1"], AssistanceDraft("medical", 5000, D(2026, 10, 3), "县医保局"), today=TODAY)
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert statistics.assistance_table(o).rows == (("医疗救助", 1, 1, 30000),)
    reviews = dict(statistics.reviews_table(o).rows)
    assert set(reviews) >= {"本期内到期、尚未复核（户）", "至今已逾期未复核（户）"}


def test_the_assistance_total_counts_a_household_given_two_kinds_once(ctx, town):
    """The 合计 row of 联动救助（1+X）情况 added up each kind's households: a household given
    medical and education assistance was two households in the report the county receives."""
    for kind, fen, on in (("medical", 30000, D(2026, 11, 1)), ("education", 50000, D(2026, 11, 30)),
                          ("medical", 10000, D(2026, 11, 15))):
        assistance.add(ctx.uow(), town["h1"], AssistanceDraft(kind, fen, on, "县民政局"), today=TODAY)
    assistance.add(ctx.uow(), town["h2"], AssistanceDraft("medical", 20000, D(2026, 11, 30), "县医保局"), today=TODAY)
    assistance.add(ctx.uow(), town["h2"], AssistanceDraft("heating", 20000, D(2026, 10, 31), "县住建局"),
                   today=TODAY)  # the month before
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    table = statistics.assistance_table(o)
    assert table.rows == (("医疗救助", 2, 3, 60000), ("教育救助（两免一补）", 1, 1, 50000))
    assert table.total == ("合计", 2, 4, 110000)
    q4 = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    assert statistics.assistance_table(q4).total == ("合计", 2, 5, 130000)


def test_charts_show_the_numbers_of_their_tables(ctx, town):
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    ts = statistics.tables(o)
    charts = {c.key: c for c in statistics.charts(o, ts)}
    funds = next(t for t in ts if t.key == "funds")
    assert charts["trend_money"].values == tuple(r[7] for r in funds.rows)
    assert charts["trend_persons"].values == tuple(r[2] for r in funds.rows)
    villages = next(t for t in ts if t.key == "villages")
    assert dict(zip(charts["village_persons"].labels, charts["village_persons"].values)) == {
        r[0]: r[3] for r in villages.rows}


@pytest.mark.parametrize("today", [D(2026, 1, 31), D(2028, 2, 29), D(2026, 11, 30), D(2026, 12, 31),
                                   dt.date.today()])
def test_the_overview_works_on_month_and_year_ends(ctx, town, today):
    period = period_of(f"{today.year}-{today.month:02d}")
    o = statistics.overview(ctx.uow(), period, today=today)
    assert len(o.trend) == 12 and o.trend[-1][0] == period.first
    assert [r[0] for r in statistics.funds_table(o).rows][-1] == f"{today.year}年{today.month}月"


def test_the_ledger_book_has_a_row_per_paid_household_with_its_change(ctx, town):
    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1))
    heads = {r[2]: r for r in t.rows}
    assert set(heads) == {"张三", "李四", "赵六"}
    col = {h: i for i, h in enumerate(t.headers)}
    assert heads["赵六"][col["本月变动"]] == "新增"
    assert heads["李四"][col["本月变动"]] == "增加"
    assert heads["张三"][col["本月变动"]] == ""
    assert heads["李四"][col["月保障金（元）"]] == 52000
    assert t.total[col["月保障金（元）"]] == 97000


def test_the_integrity_registers_are_counted_for_the_period_and_the_village(ctx, town):
    """Every register is counted in the statistics: false declarations (a warning, then the
    blacklist), persons still barred at the period's end, 备案 relatives living in a receiving
    household, and household events; one village counts only what names its households."""
    from dibao_desk.services import blacklist, events, relatives

    with ctx.uow() as uow:
        h1 = uow.session.get(Household, town["h1"])
        head_id, head_name, village_id = h1.members[0].id_number, h1.members[0].name, h1.village_id
    other_village = next(v for v in town["villages"].values() if v != village_id)
    # a warning in October, the second finding in November lists him on the blacklist
    blacklist.record_false_declaration(ctx.uow(), head_id, head_name, D(2026, 10, 9), "隐瞒工资",
                                       household_id=town["h1"], today=TODAY)
    blacklist.record_false_declaration(ctx.uow(), head_id, head_name, D(2026, 11, 3), "隐瞒车辆",
                                       household_id=town["h1"], today=TODAY)
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19750505", 31), staff_name="周干部",
                           role="village_cadre", village_id=village_id, post="村主任", id_number=head_id, name=head_name,
                           relation="child",
                           registered_on=D(2026, 2, 1), today=TODAY)
    events.add_event(ctx.uow(), town["h4"], "moved_away", D(2026, 11, 20), today=TODAY)

    november = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    rows = {r[0]: r[1] for r in statistics.integrity_table(november).rows}
    assert list(rows.values()) == [0, 1, 1, 1, 1]  # warning (Oct), listed, barred, 备案 relative, event
    quarter = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    assert quarter.integrity == (1, 1, 1, 1, 1)
    elsewhere = statistics.overview(ctx.uow(), period_of("2026Q4"), other_village, today=TODAY)
    assert elsewhere.integrity[:4] == (0, 0, 0, 0)
    assert "integrity" in [t.key for t in statistics.tables(quarter)]


def test_the_ledger_book_counts_members_without_work_and_those_registered_as_unemployed(ctx, town):
    """The 台账 gives, per household, members of working age able to work and without a job, and
    how many of them hold a 失业登记 (kept per member, saved and read back with the household)."""
    from dibao_desk.services import households

    hid = town["h2"]  # 李四, urban, born 1970: of working age on the day
    draft = households.get(ctx.uow(), hid).draft
    head = dataclasses.replace(draft.members[0], employment="none", work_capacity="full")
    households.save(ctx.uow(), dataclasses.replace(draft, members=(head, *draft.members[1:])), household_id=hid)
    col = lambda t: {h: i for i, h in enumerate(t.headers)}  # noqa: E731
    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1))
    row = next(r for r in t.rows if r[2] == "李四")
    assert (row[col(t)["劳动年龄内无业"]], row[col(t)["其中已办失业登记"]]) == (1, 0)

    head = dataclasses.replace(head, unemployment_registered=True)
    households.save(ctx.uow(), dataclasses.replace(draft, members=(head, *draft.members[1:])), household_id=hid)
    assert households.get(ctx.uow(), hid).draft.members[0].unemployment_registered is True
    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1))
    row = next(r for r in t.rows if r[2] == "李四")
    assert (row[col(t)["劳动年龄内无业"]], row[col(t)["其中已办失业登记"]]) == (1, 1)
    assert t.total[col(t)["其中已办失业登记"]] == 1


def test_the_quarter_run_before_its_last_month_marks_that_month_as_planned(ctx, town):
    """2026Q4 on 30 November: December is not reached, so its figures are the ledger's plan."""
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    assert "2026年12月（计划）" in statistics.basic_table(o).note
    assert [r[0] for r in statistics.changes_table(o).rows] == ["2026年10月", "2026年11月", "2026年12月（计划）"]
    assert [r[0] for r in statistics.funds_table(o).rows][-2:] == ["2026年11月", "2026年12月（计划）"]
    assert statistics.flows_table(o).rows[-1][0] == "2026年12月（计划）"
    assert "2026年12月（计划）" in statistics.fields_table(o).note
    done = statistics.overview(ctx.uow(), period_of("2026Q4"), today=D(2026, 12, 1))
    assert "计划" not in statistics.basic_table(done).note
    assert "计划" not in "".join(r[0] for r in statistics.changes_table(done).rows)


def test_a_complaint_not_yet_due_is_not_counted_as_overdue_in_the_current_month(ctx, town):
    """Received on 1 December, to be answered by 22 December (15 working days): the December
    report run on 1 December has nothing overdue; run on 23 December or after the month, it has."""
    from dibao_desk.services import complaints

    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 12, 1), channel="box", household_id=town["h1"],
                                 description="家里新买了轿车", today=D(2026, 12, 1))
    assert c.due_on == D(2026, 12, 22)
    for today, late in ((D(2026, 12, 1), 0), (D(2026, 12, 22), 0), (D(2026, 12, 23), 1), (D(2027, 1, 10), 1)):
        o = statistics.overview(ctx.uow(), period_of("2026-12"), today=today)
        assert o.complaints == (1, 0, 0, late, 0), today
        assert complaints.counts(ctx.uow(), D(2026, 12, 1), D(2026, 12, 31), today=today).overdue == late, today



def test_a_complaint_answered_late_after_the_period_stays_overdue_in_that_periods_report(ctx, town):
    """Received on 2 November, due 23 November, answered only on 10 December: the November
    report run in December still counts it overdue at the month's end (as the roster package's
    举报 sheet shows it 待答复 then), not nothing because an answer came later; December's
    report does not count it (received in November), and it was never answered in time."""
    from dibao_desk.services import complaints, registers_export

    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 2), channel="phone", household_id=town["h1"],
                                 description="子女有稳定收入", today=D(2026, 11, 2))
    assert c.due_on == D(2026, 11, 23)
    complaints.answer_complaint(ctx.uow(), c.id, finding="unfounded", investigation="入户核实", answer="经核实不属实",
                                answered_on=D(2026, 12, 10), today=D(2026, 12, 10))
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=D(2026, 12, 31))
    assert o.complaints == (1, 0, 0, 1, 0)
    assert complaints.counts(ctx.uow(), D(2026, 11, 1), D(2026, 11, 30), today=D(2026, 12, 31)).overdue == 1
    quarter = statistics.overview(ctx.uow(), period_of("2026Q4"), today=D(2026, 12, 31))
    assert quarter.complaints == (1, 0, 0, 0, 1)  # on 31 December it is answered, late
    with ctx.uow() as uow:
        sheet = registers_export.roster_sheets(uow, (D(2026, 11, 1), D(2026, 11, 30)))[2]
    assert [r[7] for r in sheet.rows] == ["待答复"]


def test_a_complaint_answered_after_its_deadline_is_counted_as_answered_late_31_december(ctx, town):
    """Received on 30 September, before the National Day holiday, due 27 October, answered on
    28 October: the year's report has it received, substantiated, and answered late, so what it
    counts adds up to what was received (not 1 received, 0 in time, 0 overdue). The third
    quarter's report counts nothing late: its deadline came after 30 September."""
    from dibao_desk.services import complaints

    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 9, 30), channel="phone", household_id=town["h1"],
                                 description="家中有轿车", today=D(2026, 9, 30))
    assert c.due_on == D(2026, 10, 27)
    complaints.answer_complaint(ctx.uow(), c.id, finding="substantiated", investigation="入户核实有轿车一辆",
                                answer="已告知举报人", answered_on=D(2026, 10, 28), today=D(2026, 10, 28))
    year = statistics.overview(ctx.uow(), statistics_period("2026"), today=D(2026, 12, 31))
    assert year.complaints == (1, 1, 0, 0, 1)
    rows = dict(statistics.complaints_table(year).rows)
    assert rows["逾期答复（件）"] == 1 and rows["按期答复（件）"] == 0 and rows["逾期未答复（件）"] == 0
    third = statistics.overview(ctx.uow(), statistics_period("2026Q3"), today=D(2026, 12, 31))
    assert third.complaints == (1, 1, 0, 0, 0)
    # on 27 October, the day it was due, it was neither overdue nor answered late
    october = statistics.overview(ctx.uow(), statistics_period("2026"), today=D(2026, 10, 27))
    assert october.complaints[2:] == (0, 0, 0)


def test_a_filed_relative_counts_in_the_periods_its_household_was_paid_not_by_its_status_today(ctx, town):
    """王五's household (H3), paid to October and cancelled from November, has a 备案 relative:
    October's report, printed on 30 November, counts one at the month's end (the household was
    在保 then), November's none, whatever the household's status is when it is printed."""
    from dibao_desk.services import relatives

    with ctx.uow() as uow:
        h3 = uow.session.get(Household, town["h3"])
        head_id, head_name, village_id = h3.members[0].id_number, h3.members[0].name, h3.village_id
        h3.status = "cancelled"
        uow.commit()
    relatives.add_relative(ctx.uow(), staff_id_number=make_id("19750505", 31), staff_name="周干部",
                           role="village_cadre", village_id=village_id, post="村主任", id_number=head_id,
                           name=head_name, relation="parent", registered_on=D(2026, 2, 1), today=TODAY)
    october = statistics.overview(ctx.uow(), period_of("2026-10"), today=TODAY)
    november = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert (october.integrity[3], november.integrity[3]) == (1, 0)
    in_village = statistics.overview(ctx.uow(), period_of("2026-10"), village_id, today=TODAY)
    assert in_village.integrity[3] == 1


def test_one_villages_review_outcomes_are_its_own(ctx, town):
    """The 审批新增与复核结论 table of one village counts that village's reviews, as its
    动态管理 table does, not the township's."""
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews_results import ReviewInput

    for hid in (town["h1"], town["h2"], town["h4"]):
        reviews.record_review(ctx.uow(), ReviewInput(hid, D(2026, 11, 20), "王经办", "keep", findings="无变化"),
                              today=D(2026, 11, 20))
    whole = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert statistics.flows_table(whole).rows[-1][2] == 3
    one = statistics.overview(ctx.uow(), period_of("2026-11"), town["villages"]["向阳社区"], today=TODAY)
    assert statistics.flows_table(one).rows[-1][2] == 1 == one.reviews.done["keep"]


def test_the_reviews_due_figure_says_it_counts_those_not_reviewed_yet(ctx, town):
    """A household reviewed moves to its next date: the period's figure is what is still to do."""
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews_results import ReviewInput

    first = dict(statistics.reviews_table(statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)).rows)
    due = first["本期内到期、尚未复核（户）"]
    assert due >= 1
    from dibao_desk.models import ReviewSchedule

    with ctx.uow() as uow:
        hid = next(r.household_id for r in uow.session.query(ReviewSchedule)
                   if D(2026, 10, 1) <= r.next_review_date <= D(2026, 12, 31))
    reviews.record_review(ctx.uow(), ReviewInput(hid, D(2026, 11, 20), "王经办", "keep", findings="无变化"),
                          today=D(2026, 11, 20))
    after = dict(statistics.reviews_table(statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)).rows)
    assert after["本期内到期、尚未复核（户）"] == due - 1 and after["本期复核结论为保留（户）"] == 1


def test_a_household_reviewed_twice_in_the_period_is_one_household_of_that_conclusion(ctx, town):
    """张三's household reviewed on 3 October and again on 20 November (a complaint found true
    makes its review due at once), both times kept: the quarter's 本期复核结论为保留（户） is 1
    household, not 2, beside the other counts of households."""
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews_results import ReviewInput

    for day in (D(2026, 10, 3), D(2026, 11, 20)):
        reviews.record_review(ctx.uow(), ReviewInput(town["h1"], day, "王经办", "keep", findings="无变化"), today=day)
    quarter = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    assert dict(statistics.reviews_table(quarter).rows)["本期复核结论为保留（户）"] == 1
    assert [r[2] for r in statistics.flows_table(quarter).rows[-3:-1]] == [1, 1]  # a review in each month


def test_a_household_at_0_yuan_is_not_counted_paid_but_shown_apart(ctx, town, make_household):
    """孙七 is still 在保 on the books, but re-assessed from November at 0 元 (income over the
    standard; the cancellation not decided yet). The roster lists him apart (不发放) and the
    county package does not count him; the 基本情况表 counted him 在保 all the same. He is now
    counted where the roster counts him, and named apart in the table's note, so the figures
    reconcile with the household list."""
    from dibao_desk.services import payroll

    h5 = make_household(head="孙七", head_id=make_id("19650101", 19), wages_fen=0).id
    with ctx.uow() as uow:
        uow.session.get(Household, h5).status = "receiving"
        uow.commit()
    grant(ctx, h5, D(2026, 1, 1), "receiving", "class3", 2, 25000, paid_through=D(2025, 12, 1))
    grant(ctx, h5, D(2026, 11, 1), "receiving", "class3", 2, 0)

    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    t = statistics.basic_table(o)
    assert t.total == ("合计", 3, 6, 92000, 5000, 97000)
    assert o.zero == (1, 2)
    assert "另有 1 户 2 人台账本月保障金为 0 元" in t.note
    (nov,) = o.changes  # from 250 元 to nothing: no longer paid
    assert (nov.stopped.households, nov.stopped.persons, nov.stopped.amount_fen) == (2, 3, 45000)
    assert nov.lowered.households == 0
    villages = {v.name: v.counts.households for v in o.villages}
    assert sum(villages.values()) == 3
    oct_ = statistics.overview(ctx.uow(), period_of("2026-10"), today=TODAY)
    assert oct_.totals.households == 4 and oct_.zero == (0, 0)

    roster = payroll.make(ctx.uow(), "2026-11", today=TODAY)
    assert (roster.households, roster.zero_households) == (o.totals.households, 1)


def test_the_end_of_gradual_exit_is_no_review_and_counts_apart_once_granted(ctx, make_household):
    """The 取消 the program proposes when 渐退 ends is not a review's conclusion (本期复核结论为取消
    stays 0) and, once granted, is counted under 渐退期满停发 in the month it took effect, not 取消."""
    from dibao_desk.services import reviews
    from tests.helpers import walk_case
    from tests.unit.test_reviews_schedule import receive

    hid = make_household(wages_fen=0).id
    receive(ctx, hid)
    reviews.record_stable_work(ctx.uow(), hid, D(2026, 4, 12), "张三", today=D(2026, 4, 20))
    [ended] = reviews.apply_exit_stops(ctx.uow(), D(2026, 10, 1))
    walk_case(ctx, ended.case_id, D(2026, 10, 2))
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    assert dict(statistics.reviews_table(o).rows)["本期复核结论为取消（户）"] == 0
    table = statistics.flows_table(o)
    october = dict(zip(table.headers, next(r for r in table.rows if r[0].startswith("2026年10月"))))
    assert (october["取消"], october["渐退期满停发"], october["拒绝就业停发（减发）"]) == (0, 1, 0)


def test_a_death_and_an_office_cancellation_count_as_changed_and_cancelled_once_granted(ctx, make_household):
    """The 审批新增与复核结论 table's 变更 and 取消 are the decisions that took effect, not only
    those a review proposed: a member's death recorded on 31 December (a 变更 for the two who
    remain) and a 取消 opened at the office the same day, both granted in January, count in
    January, as the movement table's 停保 and the ledger do."""
    from dibao_desk.services import events, procedure
    from tests.helpers import walk_case
    from tests.unit.test_member_events import member, receiving, three

    dies = three(make_household).id
    receiving(ctx, dies, D(2026, 12, 1), D(2026, 12, 31))
    wife, *_ = member(ctx, dies, "李梅")
    stops = make_household(head="李四", head_id=make_id("19700101", 33), wages_fen=0).id
    receiving(ctx, stops, D(2026, 12, 1), D(2026, 12, 31))
    change = events.add_event(ctx.uow(), dies, "death", D(2026, 12, 31), member_id=wife, today=D(2026, 12, 31)).change
    cancel = procedure.open_case(ctx.uow(), stops, "cancel", "家庭收入超过标准", D(2026, 12, 31))
    walk_case(ctx, change.case_id, D(2027, 1, 4))
    walk_case(ctx, cancel.id, D(2027, 1, 4))

    o = statistics.overview(ctx.uow(), period_of("2027-01"), today=D(2027, 1, 31))
    table = statistics.flows_table(o)
    january = dict(zip(table.headers, table.rows[-1]))
    assert (january["变更"], january["取消"], january["保留"]) == (1, 1, 0)
    assert o.changes[0].stopped.households == 1  # the movement table agrees
    assert dict(statistics.reviews_table(o).rows)["本期复核结论为取消（户）"] == 0  # no review was made


def test_the_ledger_books_total_row_adds_no_per_capita_income_or_standard(ctx, town):
    """The 台账's 合计 adds persons and money; a sum of the households' per-capita incomes or of
    the standard each is measured against means nothing (three households at 450 元 read as a
    standard of 1,350 元): those cells are left blank, in the workbook too."""
    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1))
    total = dict(zip(t.headers, t.total))
    assert (total["月人均收入（元）"], total["保障标准（元）"]) == ("", "")
    assert (total["保障人口"], total["月保障金（元）"]) == (6, 97000)


def test_the_movement_table_accounts_for_persons_of_households_paid_both_months(ctx, town):
    """One of 张三's two covered persons dies and the household keeps 300 元 from November
    (a 变更 the money does not show): the movement table names the person lost, so that
    October's persons + 新增 − 停保 + 变更增减 = November's, as households and money add up."""
    grant(ctx, town["h1"], D(2026, 11, 1), "receiving", "class1", 1, 30000)
    o = statistics.overview(ctx.uow(), period_of("2026Q4"), today=TODAY)
    october, november = o.changes[0], o.changes[1]
    assert november.persons_moved == -1
    table = statistics.changes_table(o)
    row = dict(zip(table.headers, table.rows[1]))
    assert row["变更增减人数"] == -1
    persons = {m: c.persons for m, c in o.trend}
    assert persons[D(2026, 11, 1)] == (persons[D(2026, 10, 1)] + row["新增人数"] - row["停保人数"]
                                       + row["变更增减人数"])
    assert "变更增减人数" in table.note
    assert "新增不一定是审批新增" in table.note  # a household at 0 元 last month, paid now, is 新增 here


@pytest.mark.parametrize("month", [D(2026, 11, 1), D(2027, 1, 1), D(2028, 2, 1)])
def test_the_ledger_books_elderly_are_those_the_review_rules_call_elderly(ctx, town, make_household, month):
    """老年人 in the 台账 is the age the office's review rules set (60 in the example rules, as
    the law counts the elderly), the age that also ends working age there, not the age the
    policy pays an elderly supplement from (70 in the example policy): a man of 64 without
    work is elderly, not of working age without work."""
    from dibao_desk.services import reviews

    assert reviews.rules_in_force(ctx.uow(), month).rules.elderly_age == 60
    hid = make_household(head="钱七", head_id=make_id("19620315", 19), wages_fen=0).id
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 11, 1), "receiving", "class2", 1, 45000)
    t = statistics.ledger_book(ctx.uow(), month)
    row = dict(zip(t.headers, next(r for r in t.rows if r[2] == "钱七")))
    assert (row["老年人"], row["劳动年龄内无业"]) == (1, 0)


@pytest.mark.parametrize("born, before, on", [
    (D(1966, 12, 1), D(2026, 11, 1), D(2026, 12, 1)),
    (D(1966, 12, 15), D(2026, 11, 1), D(2026, 12, 1)),
    (D(1966, 12, 31), D(2026, 11, 1), D(2026, 12, 1)),
    (D(1968, 2, 29), D(2028, 1, 1), D(2028, 2, 1)),
])
def test_the_ledger_book_counts_a_person_elderly_from_the_month_of_the_60th_birthday(
        ctx, town, make_household, born, before, on):
    """老年人 in the 台账 is the age on the month's last day: whoever turns 60 in the month (on
    its 1st, mid-month, its last day, or on 29 February) is elderly that month, not yet the
    month before, and no longer of working age without work."""
    hid = make_household(head="孙八", head_id=make_id(born.strftime("%Y%m%d"), 21), wages_fen=0).id
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 11, 1), "receiving", "class2", 1, 45000)
    counts = {}
    for month in (before, on):
        t = statistics.ledger_book(ctx.uow(), month)
        row = dict(zip(t.headers, next(r for r in t.rows if r[2] == "孙八")))
        counts[month] = (row["老年人"], row["劳动年龄内无业"])
    assert counts == {before: (0, 1), on: (1, 0)}


def test_a_village_whose_population_is_not_kept_has_no_share_and_does_not_inflate_the_townships(ctx, town):
    """A village whose population the office has not entered (0) has no 保障人口占比 (blank, not
    0.0‰, which would read as nobody covered), and its persons are not divided by the other
    villages' population: the township's share is over the villages whose population is kept."""
    from dibao_desk.services import office

    new = office.add_village(ctx.uow(), "新村", "village", 0)
    hid = town["h4"]
    with ctx.uow() as uow:
        uow.session.get(Household, hid).village_id = new.id
        uow.commit()
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    t = statistics.villages_table(o)
    body = {r[0]: r[1:] for r in t.rows}
    assert body["新村"] == (0, 1, 1, 15000, "", "")
    assert body["东风村"] == (1800, 1, 2, 30000, "", 11)     # 2 of 1,800
    assert t.total == ("合计", 5000, 3, 6, 97000, "", 10)      # 5 of 5,000 (东风村 and 向阳社区): 1.0‰, not 1.2‰
    assert "新村" in t.note or "未填" in t.note


def test_the_ledger_book_counts_the_members_of_its_month_not_those_who_left_before(ctx, make_household):
    """The 台账 of a month counts the members in the household that month: a wife who died in
    October and a father who died on 1 September are not November's women or elderly (nor its
    家庭人口), a daughter who married out on 15 November still is (November is paid for her);
    the September 台账 counts all four, whatever the household holds today."""
    from tests.conftest import MemberDraft

    wife = MemberDraft("李梅", make_id("19620101", 22), "spouse", person_status="dead", status_on=D(2026, 10, 5))
    daughter = MemberDraft("张丽", make_id("19900101", 24), "daughter", person_status="married_out",
                           status_on=D(2026, 11, 15))
    father = MemberDraft("张老", make_id("19400101", 27), "father", person_status="dead", status_on=D(2026, 9, 1))
    hid = make_household(head="张三", head_id=make_id("19600101", 11), wages_fen=0,
                         extra_members=(wife, daughter, father)).id
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 1, 1), "receiving", "class1", 2, 30000, paid_through=D(2025, 12, 1))
    wanted = ("家庭人口", "女性", "老年人", "劳动年龄内无业")
    got = {}
    for month in (D(2026, 9, 1), D(2026, 11, 1)):
        t = statistics.ledger_book(ctx.uow(), month)
        row = dict(zip(t.headers, t.rows[0]))
        got[month] = tuple(row[k] for k in wanted)
        assert tuple(dict(zip(t.headers, t.total))[k] for k in wanted) == got[month]
    assert got == {D(2026, 9, 1): (4, 2, 3, 1), D(2026, 11, 1): (2, 1, 1, 1)}


def test_a_child_born_since_is_not_a_member_of_the_months_before_its_birth(ctx, villages):
    """A son born on 10 December and added to the household: November's 台账 and structure
    table count the head alone (as the ledger covers one person then), December's both."""
    from dibao_desk.services import households
    from tests.conftest import MemberDraft, simple_draft

    son = MemberDraft("张小宝", make_id("20261210", 33), "son")
    hid = households.save(ctx.uow(), simple_draft(villages["东风村"], head="张三", head_id=make_id("19700101", 11),
                                                  wages_fen=0, extra_members=(son,)), today=D(2026, 12, 20)).id
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 1, 1), "receiving", "class1", 1, 30000, paid_through=D(2025, 12, 1))
    grant(ctx, hid, D(2026, 12, 1), "receiving", "class1", 2, 60000, booked=D(2026, 12, 1),
          paid_through=D(2026, 11, 1))
    got = {}
    for month in (D(2026, 11, 1), D(2026, 12, 1)):
        row = dict(zip(*(lambda t: (t.headers, t.rows[0]))(statistics.ledger_book(ctx.uow(), month))))
        o = statistics.overview(ctx.uow(), period_of(f"{month:%Y-%m}"), today=D(2026, 12, 31))
        status = sum(r[3] for r in statistics.fields_table(o).rows if r[0] == "人员状态")
        got[month] = (row["家庭人口"], row["保障人口"], status, o.totals.persons)
    assert got == {D(2026, 11, 1): (1, 1, 1, 1), D(2026, 12, 1): (2, 2, 2, 2)}


def test_the_overview_reads_one_snapshot_while_another_clerk_records_aid(ctx, town, monkeypatch):
    """Another clerk records 30,000 fen of medical aid while the overview is being read (after its
    first statement): the overview counts the store as it was when it began — its aid table is
    empty, as its households and persons are of that moment — and the next overview counts it."""
    from dibao_desk.models import statistics as sql

    first = sql.by_village_and_class

    def then_aid_recorded(conn, month):
        rows = first(conn, month)
        assistance.add(ctx.uow(), town["h1"], AssistanceDraft("medical", 30000, D(2026, 11, 3), "县医保局"),
                       today=TODAY)
        return rows

    monkeypatch.setattr(sql, "by_village_and_class", then_aid_recorded)
    o = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert statistics.assistance_table(o).rows == ()
    assert o.assistance == () and o.assistance_households == 0
    monkeypatch.setattr(sql, "by_village_and_class", first)
    again = statistics.overview(ctx.uow(), period_of("2026-11"), today=TODAY)
    assert statistics.assistance_table(again).rows == (("医疗救助", 1, 1, 30000),)


def _recorded_on(ctx, hid, action, local):
    """Date the household's latest audit row of ``action`` as made at ``local`` (the office's
    time): the log keeps the computer's clock, which the tests cannot set."""
    from sqlalchemy import update

    from dibao_desk.models.audit import AuditLog

    at = local.astimezone(dt.timezone.utc).replace(tzinfo=None)
    with ctx.uow() as uow:
        row = max(r.id for r in uow.session.query(AuditLog).filter_by(entity="household", entity_id=hid, action=action))
        uow.session.execute(update(AuditLog).where(AuditLog.id == row).values(at=at))
        uow.commit()


def test_a_past_months_ledger_book_shows_the_household_as_it_was_that_month(ctx, villages):
    """A household of 东风村 (rural, 500 元 wages) moves to 向阳社区 as urban with 800 元 on
    1 January 2027 (recorded that morning): December's 台账 lists it under 东风村 with its old
    户籍, income and standard, and 东风村's December 台账 has it; January's shows it moved."""
    from dibao_desk.services import households
    from tests.conftest import simple_draft

    hid = households.save(ctx.uow(), simple_draft(villages["东风村"], head="张三", head_id=make_id("19700101", 11),
                                                  wages_fen=50000), today=D(2026, 1, 5)).id
    _recorded_on(ctx, hid, "create", dt.datetime(2026, 1, 5, 9, 0))
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 1, 1), "receiving", "class1", 1, 30000, paid_through=D(2025, 12, 1))
    loaded = households.get(ctx.uow(), hid)
    households.save(ctx.uow(), simple_draft(villages["向阳社区"], head="张三", head_id=make_id("19700101", 11),
                                            hukou="urban", wages_fen=80000),
                    hid, today=D(2027, 1, 1), expected=loaded.draft)
    _recorded_on(ctx, hid, "update", dt.datetime(2027, 1, 1, 8, 30))
    standards = {}
    for month in (D(2026, 12, 1), D(2027, 1, 1)):
        from dibao_desk.services import policy

        figures = policy.policy_for_month(ctx.uow(), month).figures
        standards[month] = (figures.standard_for("rural"), figures.standard_for("urban"))
    got = {}
    for month in (D(2026, 12, 1), D(2027, 1, 1)):
        t = statistics.ledger_book(ctx.uow(), month, today=D(2027, 1, 20))
        (row,) = t.rows
        row = dict(zip(t.headers, row))
        got[month] = (row["村（社区）"], row["户籍"], row["月人均收入（元）"], row["保障标准（元）"])
    assert got == {D(2026, 12, 1): ("东风村", "农村", 50000, standards[D(2026, 12, 1)][0]),
                   D(2027, 1, 1): ("向阳社区", "城市", 80000, standards[D(2027, 1, 1)][1])}
    by_village = {name: len(statistics.ledger_book(ctx.uow(), D(2026, 12, 1), vid, today=D(2027, 1, 20)).rows)
                  for name, vid in villages.items()}
    assert by_village == {"东风村": 1, "向阳社区": 0}
    assert len(statistics.ledger_book(ctx.uow(), D(2027, 1, 1), villages["向阳社区"], today=D(2027, 1, 20)).rows) == 1
    note = statistics.ledger_book(ctx.uow(), D(2026, 12, 1), today=D(2027, 1, 20)).note
    assert "该月末的登记" in note and "残疾、在学、就业、劳动能力为当前登记" in note
    assert "当前登记" not in statistics.ledger_book(ctx.uow(), D(2027, 1, 1), today=D(2027, 1, 20)).note


def test_the_ledger_book_workbook_keeps_numbers_and_accounts_as_text(ctx, town, tmp_path):
    """户编号, 户主身份证号 and 银行账号 are text cells formatted as text in the 台账 written by
    `stats --book`: Excel keeps 0012 and an 18-digit number as they are (not 12, not 1.2E+17)."""
    import openpyxl

    from dibao_desk.exchange import report_xlsx

    with ctx.uow() as uow:
        uow.session.get(Household, town["h1"]).bank_account = "0012345678901234567"
        uow.commit()
    path = tmp_path / "台账.xlsx"
    statistics.write_report(ctx.uow(), period_of("2026-11"), book=path, today=TODAY)
    ws = openpyxl.load_workbook(path).active
    header = next(r for r in ws.iter_rows(min_row=1, max_row=4) if r[0].value == "户编号")
    col = {c.value: c.column - 1 for c in header}
    rows = list(ws.iter_rows(min_row=header[0].row + 1))
    first = next(r for r in rows if r[col["户主姓名"]].value == "张三")
    for name in ("户编号", "户主身份证号", "银行账号"):
        cell = first[col[name]]
        assert (cell.data_type, cell.number_format) == ("s", "@"), name
    assert first[col["户编号"]].value == str(town["h1"])
    assert first[col["银行账号"]].value == "0012345678901234567"
    # so is every text column of the other tables (the report's workbook)
    table = statistics.Table.make("t", "表", (("户编号", statistics.TEXT), ("人数", statistics.INT)), [("0012", 3)])
    report_xlsx.write(tmp_path / "表.xlsx", "标题", [table])
    cell = openpyxl.load_workbook(tmp_path / "表.xlsx").active["A3"]
    assert (cell.value, cell.number_format) == ("0012", "@")


def test_the_ledger_book_reads_one_snapshot_while_another_clerk_grants(ctx, town, monkeypatch):
    """Another clerk grants 王五 again for November while the 台账 is being read (after its
    ledger months are read): the 台账 is the store as it was when it began — its three rows and
    their totals — and the next one has four."""
    from dibao_desk.models import ledger as ledger_sql

    first = ledger_sql.month_values
    calls = []

    def then_granted(conn, month):
        got = first(conn, month)
        if not calls:
            calls.append(month)
            grant(ctx, town["h3"], D(2026, 11, 1), "receiving", "class3", 1, 20000)
        return got

    monkeypatch.setattr(ledger_sql, "month_values", then_granted)
    t = statistics.ledger_book(ctx.uow(), D(2026, 11, 1), today=TODAY)
    col = {h: i for i, h in enumerate(t.headers)}
    assert {r[2] for r in t.rows} == {"张三", "李四", "赵六"}
    assert t.total[col["月保障金（元）"]] == 97000
    monkeypatch.setattr(ledger_sql, "month_values", first)
    again = statistics.ledger_book(ctx.uow(), D(2026, 11, 1), today=TODAY)
    assert again.total[col["月保障金（元）"]] == 117000


def test_a_past_months_tables_count_a_household_where_it_was_that_month(ctx, villages):
    """张三 of 东风村 (rural, granted from December 2026) moves to 向阳社区 as urban on 1 January
    2027; 李四 stays in 东风村. December's figures count 张三 where December's 台账 lists it:
    农村, in 东风村 (its village table, trend and 新增), not in 向阳社区; January's where it is now."""
    from dibao_desk.services import households
    from tests.conftest import simple_draft

    def household(head, born, seq):
        hid = households.save(ctx.uow(), simple_draft(villages["东风村"], head=head, head_id=make_id(born, seq)),
                              today=D(2026, 1, 5)).id
        _recorded_on(ctx, hid, "create", dt.datetime(2026, 1, 5, 9, 0))
        with ctx.uow() as uow:
            uow.session.get(Household, hid).status = "receiving"
            uow.commit()
        return hid

    moving, staying = household("张三", "19700101", 11), household("李四", "19710101", 13)
    grant(ctx, staying, D(2026, 1, 1), "receiving", "class3", 1, 20000, paid_through=D(2025, 12, 1))
    grant(ctx, moving, D(2026, 12, 1), "receiving", "class1", 2, 30000, paid_through=D(2026, 11, 1))
    loaded = households.get(ctx.uow(), moving)
    households.save(ctx.uow(), simple_draft(villages["向阳社区"], head="张三", head_id=make_id("19700101", 11),
                                            hukou="urban"), moving, today=D(2027, 1, 1), expected=loaded.draft)
    _recorded_on(ctx, moving, "update", dt.datetime(2027, 1, 1, 8, 30))
    today = D(2027, 1, 20)

    def figures(period, village=None):
        o = statistics.overview(ctx.uow(), period_of(period), villages[village] if village else None, today=today)
        basic = {r[0]: r[1:3] for r in statistics.basic_table(o).rows if r[1]}
        by_village = {v.name: v.counts.households for v in o.villages}
        trend = {m.month: c.households for m, c in o.trend if m.year == 2026 and m.month >= 11}
        return basic, by_village, trend, o.changes[-1].new.households

    assert figures("2026-12") == ({"农村一类": (1, 2), "农村三类": (1, 1)}, {"东风村": 2, "向阳社区": 0},
                                  {11: 1, 12: 2}, 1)
    assert figures("2026-12", "东风村") == ({"农村一类": (1, 2), "农村三类": (1, 1)}, {"东风村": 2},
                                           {11: 1, 12: 2}, 1)
    assert figures("2026-12", "向阳社区") == ({}, {"向阳社区": 0}, {11: 0, 12: 0}, 0)
    # they agree with December's 台账 of each village
    for name in ("东风村", "向阳社区"):
        book_rows = statistics.ledger_book(ctx.uow(), D(2026, 12, 1), villages[name], today=today).rows
        assert len(book_rows) == figures("2026-12", name)[1][name]
    # January (not over yet): 张三 is in 向阳社区 as urban; 向阳社区's trend still has it in 东风村 for December
    assert figures("2027-01", "向阳社区")[:3] == ({"城市一类": (1, 2)}, {"向阳社区": 1}, {11: 0, 12: 0})
    assert figures("2027-01", "东风村")[2] == {11: 1, 12: 2}


def test_a_past_months_village_registers_count_a_household_where_it_was_that_month(ctx, villages):
    """张三 (paid from November) and 王五 (在保 at 0 元) of 东风村 move to 向阳社区 on 1 January
    2027. What December recorded about them — a 补发 booked, a review, a complaint, a false
    declaration, 王五's 0 元, their county fields — is 东风村's December, as its 台账 lists them,
    not 向阳社区's; January's 0 元 is 向阳社区's, where 王五 is now."""
    from dibao_desk.services import blacklist, complaints, households, reviews
    from dibao_desk.services.reviews_results import ReviewInput
    from tests.conftest import simple_draft

    def household(head, born, seq):
        hid = households.save(ctx.uow(), simple_draft(villages["东风村"], head=head, head_id=make_id(born, seq)),
                              today=D(2026, 1, 5)).id
        _recorded_on(ctx, hid, "create", dt.datetime(2026, 1, 5, 9, 0))
        with ctx.uow() as uow:
            uow.session.get(Household, hid).status = "receiving"
            uow.commit()
        return hid

    zhang, wang = household("张三", "19700101", 11), household("王五", "19500101", 15)
    # November granted in December: its 300 元 is a 补发 booked in December
    grant(ctx, zhang, D(2026, 11, 1), "receiving", "class1", 2, 30000, paid_through=D(2026, 11, 1),
          booked=D(2026, 12, 1))
    grant(ctx, wang, D(2026, 12, 1), "receiving", "class3", 1, 0, paid_through=D(2026, 11, 1))
    reviews.record_review(ctx.uow(), ReviewInput(zhang, D(2026, 12, 15), "王经办", "keep", findings="无变化"),
                          today=D(2026, 12, 15))
    complaints.add_complaint(ctx.uow(), received_on=D(2026, 12, 10), channel="box", household_id=zhang,
                             description="家里新买了轿车", today=D(2026, 12, 10))
    blacklist.record_false_declaration(ctx.uow(), make_id("19700101", 11), "张三", D(2026, 12, 5), "隐瞒工资",
                                       household_id=zhang, today=D(2026, 12, 5))
    for hid, head, seq in ((zhang, "张三", 11), (wang, "王五", 15)):
        born = "19700101" if hid == zhang else "19500101"
        loaded = households.get(ctx.uow(), hid)
        households.save(ctx.uow(), simple_draft(villages["向阳社区"], head=head, head_id=make_id(born, seq)), hid,
                        today=D(2027, 1, 1), expected=loaded.draft)
        _recorded_on(ctx, hid, "update", dt.datetime(2027, 1, 1, 8, 30))
    today = D(2027, 1, 20)

    def figures(period, village):
        o = statistics.overview(ctx.uow(), period_of(period), villages[village], today=today)
        sanwu = sum(n for f, _code, n, _p in o.fields if f == "sanwu")
        return (o.zero, sanwu, sum(o.adjustments.values()), sum(o.reviews.done.values()), o.complaints[0],
                o.integrity[0])

    assert figures("2026-12", "东风村") == ((1, 1), 1, 30000, 1, 1, 1)
    assert figures("2026-12", "向阳社区") == ((0, 0), 0, 0, 0, 0, 0)
    # the quarter counts each in the month it was recorded
    assert figures("2026Q4", "东风村")[2:] == (30000, 1, 1, 1)
    assert figures("2026Q4", "向阳社区")[2:] == (0, 0, 0, 0)
    # January (not over): where they are now
    assert figures("2027-01", "向阳社区")[:2] == ((1, 1), 1)
    assert figures("2027-01", "东风村")[:2] == ((0, 0), 0)


def test_a_member_who_joined_after_a_month_is_not_one_of_its_members(ctx, villages):
    """李芳 (born 1995) marries into 张三's household on 10 February 2027 and is added by the
    form. January's 台账 and county fields count 张三 and his son, not her; February's count her."""
    from dibao_desk.domain.household import MemberDraft
    from dibao_desk.services import households
    from tests.conftest import simple_draft

    son = MemberDraft("张小", make_id("20000101", 13), "son", work_capacity="partial")
    hid = households.save(ctx.uow(), simple_draft(villages["东风村"], head="张三", head_id=make_id("19700101", 11),
                                                  extra_members=(son,)), today=D(2026, 1, 5)).id
    _recorded_on(ctx, hid, "create", dt.datetime(2026, 1, 5, 9, 0))
    with ctx.uow() as uow:
        uow.session.get(Household, hid).status = "receiving"
        uow.commit()
    grant(ctx, hid, D(2026, 1, 1), "receiving", "class3", 2, 30000, paid_through=D(2025, 12, 1))
    loaded = households.get(ctx.uow(), hid)
    wife = MemberDraft("李芳", make_id("19950101", 22), "spouse", work_capacity="partial")
    households.save(ctx.uow(), dataclasses.replace(loaded.draft, members=loaded.draft.members + (wife,)), hid,
                    today=D(2027, 2, 10), expected=loaded.draft)
    _recorded_on(ctx, hid, "update", dt.datetime(2027, 2, 10, 9, 0))
    today = D(2027, 2, 28)

    def counted(month):
        book_ = statistics.ledger_book(ctx.uow(), month, today=today)
        col = {h: i for i, h in enumerate(book_.headers)}
        (row,) = book_.rows
        o = statistics.overview(ctx.uow(), period_of(f"{month:%Y-%m}"), today=today)
        by_status = sum(p for f, _code, _n, p in o.fields if f == "person_status")  # the members covered
        return row[col["家庭人口"]], row[col["女性"]], by_status

    assert counted(D(2027, 1, 1)) == (2, 0, 2)
    assert counted(D(2027, 2, 1)) == (3, 1, 3)
    # the month before a household's record: as it was made (December 2026, the month's end)
    assert counted(D(2026, 12, 1))[0] == 2


def test_a_years_figures_are_its_end_and_its_twelve_months(ctx, town):
    """The 2026 年报 (made on 5 January 2027): households at the year's end (December's 台账),
    the movement month by month over the year with its total, and the money of its twelve
    months summed; titled 年报."""
    o = statistics.overview(ctx.uow(), statistics_period("2026"), today=D(2027, 1, 5))
    december = statistics.overview(ctx.uow(), period_of("2026-12"), today=D(2027, 1, 5))
    assert o.month == D(2026, 12, 1) and o.totals == december.totals
    changes = statistics.changes_table(o)
    assert [r[0] for r in changes.rows] == [f"2026年{m}月" for m in range(1, 13)]
    assert changes.total[1:4] == (4, 7, 30000 + 50000 + 20000 + 15000)  # 新增 over the year: every grant
    assert changes.total[4:7] == (1, 1, 20000)  # 王五 cancelled from November
    funds = statistics.funds_table(o)
    assert [r[0] for r in funds.rows] == [f"2026年{m}月" for m in range(1, 13)]
    col = {h: i for i, h in enumerate(funds.headers)}
    assert funds.total[0] == "合计" and funds.total[col["户数"]] == ""
    monthly = [r[col["台账应发合计（元）"]] for r in funds.rows]
    assert funds.total[col["台账应发合计（元）"]] == sum(monthly)
    assert sum(monthly) == 30000 * 12 + 20000 * 8 + 52000 * 3 + 15000 * 2  # 张三, 王五 (Mar-Oct), 李四, 赵六
    assert "2026年" in statistics.title(o, "城关镇") and statistics.title(o, "城关镇").endswith("年报")
