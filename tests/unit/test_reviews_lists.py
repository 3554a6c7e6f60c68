"""services.reviews_lists over a real store: the due and overdue lists, the counts by month
and outcome and the quarter's plan, with a fixed clock."""

import datetime as dt

import pytest

from dibao_desk.services import reviews
from dibao_desk.services.reviews import ReviewInput
from tests.conftest import make_id
from tests.helpers import walk_case
from tests.unit.test_reviews_schedule import home, receive  # noqa: F401 (fixture)

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
TODAY = D(2026, 11, 23)


def test_due_list_for_a_month_and_overdue_with_the_rule(ctx, home, make_household, villages):
    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0)
    receive(ctx, other.id, category="class1", start=D(2025, 10, 5))
    april = reviews.due_list(ctx.uow(), month=D(2026, 4, 1), today=TODAY)
    assert [(r.household_id, r.due_date, r.rule) for r in april] == [(home, D(2026, 4, 30), "class3_rural")]
    over = reviews.due_list(ctx.uow(), overdue=True, today=TODAY)
    assert {r.household_id for r in over} == {home, other.id}
    assert reviews.due_list(ctx.uow(), overdue=True, today=TODAY, village_id=villages["向阳社区"])[0].head_name == "李四"
    assert reviews.calendar_counts(ctx.uow(), D(2026, 4, 1)) == {D(2026, 4, 30): 1}


def test_counts_by_month_and_outcome(ctx, home, make_household):
    """保留 counts in the month of the review; a 变更 or 取消 counts once it took effect (its case
    granted), in the month of the grant, as 新增 does: one refused at 评议 is not counted. The
    取消 the program proposes at the end of 渐退 (and on refusals of work) is listed apart."""
    from dibao_desk.services import procedure

    reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 10, 5), "王", "keep"), today=TODAY)
    refused = reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 10, 8), "王", "change", reason="r",
                                                           new_benefit_fen=1000), today=D(2026, 10, 8))
    procedure.refuse(ctx.uow(), refused.case_id, 3, "评议不同意", D(2026, 10, 9), "王", D(2026, 10, 9))
    change = reviews.record_review(ctx.uow(), ReviewInput(home, D(2026, 11, 5), "王", "change", reason="r",
                                                          new_benefit_fen=1000), today=TODAY)
    counts = reviews.outcome_counts(ctx.uow(), D(2026, 10, 1), D(2026, 12, 1))
    assert [(c.month, c.keep, c.change, c.cancel) for c in counts] == [
        (D(2026, 10, 1), 1, 0, 0), (D(2026, 11, 1), 0, 0, 0), (D(2026, 12, 1), 0, 0, 0)]  # not yet granted
    walk_case(ctx, change.case_id, D(2026, 11, 24))
    other = make_household(head="李四", head_id=make_id("19700101", 33), wages_fen=0)
    receive(ctx, other.id)
    reviews.record_stable_work(ctx.uow(), other.id, D(2026, 5, 12), "李四", today=D(2026, 5, 20))
    [ended] = reviews.apply_exit_stops(ctx.uow(), D(2026, 11, 1))
    walk_case(ctx, ended.case_id, D(2026, 11, 2))
    counts = reviews.outcome_counts(ctx.uow(), D(2026, 10, 1), D(2026, 12, 1))
    assert [(c.month, c.keep, c.change, c.cancel, c.exit_end, c.work_refused) for c in counts] == [
        (D(2026, 10, 1), 1, 0, 0, 0, 0), (D(2026, 11, 1), 0, 0, 0, 1, 0), (D(2026, 12, 1), 0, 1, 0, 0, 0)]


def test_quarter_plan_over_the_store(ctx, home):
    plan = reviews.plan_quarter(ctx.uow(), D(2026, 5, 1), today=D(2026, 4, 1))
    assert plan.start == D(2026, 4, 1)
    assert [(r.household_id, r.day) for r in plan.rows] == [(home, D(2026, 4, 30))]


def test_quarter_plan_follows_the_official_calendar_and_the_offices_own_days(ctx, home):
    """Planned on 30 September 2026 for the fourth quarter: no visit on the National Day
    holiday (1-7 October), the 调休 Saturday 10 October is a working day, and a day the office
    marked as off in its working calendar (31 December) takes no visit either."""
    receive(ctx, home, start=D(2026, 7, 5))  # class3 rural, 3 months: due Monday 5 October, a holiday
    from dibao_desk.models import WorkdayOverride
    with ctx.uow() as uow:
        uow.session.add(WorkdayOverride(day=D(2026, 12, 31), workday=False, note="本单位"))
        uow.commit()
    plan = reviews.plan_quarter(ctx.uow(), D(2026, 10, 1), today=D(2026, 9, 30))
    assert [(r.household_id, r.due_date, r.day, r.late) for r in plan.rows] == [(home, D(2026, 10, 5), D(2026, 10, 8), True)]
    # October 8-30 with Saturday the 10th: 18 days; November 21; December 23 less the 31st: 22
    assert plan.working_days == 18 + 21 + 22


def test_a_plan_made_when_the_quarter_has_no_working_day_left_says_who_is_left_out(ctx, home):
    """Saturday 30 September 2028, the third quarter's last day: no working day is left, and the
    household overdue since April is not silently dropped from a plan of "0 households"."""
    from dibao_desk.models import WorkdayOverride
    with ctx.uow() as uow:  # pinned, whatever a later official calendar says of 2028
        uow.session.add_all([WorkdayOverride(day=D(2028, 9, 29), workday=True),
                             WorkdayOverride(day=D(2028, 9, 30), workday=False)])
        uow.commit()
    plan = reviews.plan_quarter(ctx.uow(), D(2028, 9, 1), today=D(2028, 9, 30))
    assert (plan.working_days, plan.rows, plan.left_out) == (0, (), 1)
    # with a day left, nobody is left out
    plan = reviews.plan_quarter(ctx.uow(), D(2028, 9, 1), today=D(2028, 9, 29))
    assert (plan.working_days, len(plan.rows), plan.left_out) == (1, 1, 0)


def test_a_plan_over_a_year_the_official_calendar_does_not_know_says_so(ctx, home):
    assert not reviews.plan_quarter(ctx.uow(), D(2026, 10, 1), today=D(2026, 9, 30)).approximate
    assert reviews.plan_quarter(ctx.uow(), D(2040, 1, 1), today=D(2039, 12, 20)).approximate


def test_a_head_turning_60_since_the_last_save_is_on_the_due_list(ctx):
    """A class 1 household (yearly) put on benefit 2026-06-30 with a head of 59 who turns 60 on
    2026-12-15: nothing about it is saved again, yet it is 老年 (half-yearly) from then, so
    December's list and the overdue list of February show it."""
    from dibao_desk.models import Household
    from dibao_desk.services import households, office, reviews_schedule
    from tests.conftest import simple_draft

    village = office.list_villages(ctx.uow())[0].id
    hid = households.save(ctx.uow(), simple_draft(village, wages_fen=0, head_id=make_id("19661215", 11)),
                          today=dt.date(2026, 6, 30)).id
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        h.status, h.category, h.monthly_benefit_fen = "receiving", "class1", 42000
        h.benefit_start = dt.date(2026, 6, 30)
        reviews_schedule.as_of(uow.session, dt.date(2026, 6, 30))
        uow.commit()
    due = reviews.due_list(ctx.uow(), month=dt.date(2026, 12, 1), today=dt.date(2026, 12, 20))
    assert [(r.household_id, r.due_date, r.rule) for r in due] == [(hid, dt.date(2026, 12, 30), "elderly")]
    late = reviews.due_list(ctx.uow(), overdue=True, today=dt.date(2027, 2, 28))
    assert [(r.household_id, r.overdue_days) for r in late] == [(hid, 60)]


def test_counts_over_months_given_the_wrong_way_round_are_refused(ctx):
    from dibao_desk import messages
    from dibao_desk.domain.problems import RuleError

    with pytest.raises(RuleError) as info:
        reviews.outcome_counts(ctx.uow(), D(2026, 11, 1), D(2026, 3, 1))
    [problem] = info.value.problems
    assert messages.text(problem) == "起始月 2026-11 晚于截止月 2026-03，请把两个月份对调"
    assert [c.month for c in reviews.outcome_counts(ctx.uow(), D(2026, 3, 15), D(2026, 3, 1))] == [D(2026, 3, 1)]


def test_a_plan_made_ahead_leaves_the_households_due_earlier_in_the_present_quarter(ctx, home, make_household):
    """On 23 November 2026 the office plans the first quarter of 2027 ahead. A household due on
    10 December (this quarter) and one overdue since April stay in the fourth quarter's plan;
    only the one due in January is in the plan of 2027Q1."""
    receive(ctx, home, start=D(2026, 9, 10))  # class3 rural, 3 months: due 2026-12-10
    january = make_household(head="李四", head_id=make_id("19610101", 13), wages_fen=0).id
    receive(ctx, january, start=D(2026, 10, 12))  # due 2027-01-12
    overdue = make_household(head="王五", head_id=make_id("19620101", 15), wages_fen=0).id
    receive(ctx, overdue)  # since 2026-01-31: due 2026-04-30, overdue
    ahead = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 11, 23))
    assert [(r.household_id, r.due_date) for r in ahead.rows] == [(january, D(2027, 1, 12))]
    assert ahead.left_out == 0
    now = reviews.plan_quarter(ctx.uow(), D(2026, 10, 1), today=D(2026, 11, 23))
    assert sorted((r.household_id, r.due_date) for r in now.rows) == sorted(
        [(home, D(2026, 12, 10)), (overdue, D(2026, 4, 30))])
    # on the quarter's last day no working day is left in it: the next quarter's plan takes them
    assert [r.household_id for r in reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 12, 30)).rows] == [
        january]
    last_day = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 12, 31))
    assert sorted(r.household_id for r in last_day.rows) == sorted([home, january, overdue])
    # a quarter two ahead takes only its own
    assert reviews.plan_quarter(ctx.uow(), D(2027, 4, 1), today=D(2026, 12, 31)).rows == ()


def test_the_printed_plan_keeps_every_row_whole_on_one_page(ctx, tmp_path):
    """60 visits, every other one in a village of 54 characters (wrapped over lines): each row
    on one page (every line of its village on the page of its head: pypdfium2's page text), the
    header row on every page, the weekday and the 复核依据 in words."""
    import re

    import pypdfium2

    from dibao_desk.services.reviews import PlanResult, PlanRow

    long_village = "鹤鸣岭柏树坳" * 9
    rows = tuple(PlanRow(D(2026, 12, 1) + dt.timedelta(days=n // 3), n, long_village if n % 2 else "东风村",
                         f"户主{n:02d}", "class3", D(2026, 11, 10), "class3_rural", n % 5 == 0) for n in range(60))
    plan = PlanResult(D(2026, 10, 1), D(2026, 12, 31), 29, 3, rows)
    result = reviews.print_plan(ctx.uow(), tmp_path / "plan.pdf", plan, today=TODAY)
    assert result.pages >= 3 and result.households == 60
    pdf = pypdfium2.PdfDocument(str(tmp_path / "plan.pdf"))
    try:
        pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    finally:
        pdf.close()
    heads_seen = []
    for n, text in enumerate(pages):
        page = text.replace("\r", "").replace("\n", "").replace(" ", "")
        assert "计划日期" in page and "村（社区）" in page and "复核依据" in page, n
        assert f"第{n + 1}页共{len(pages)}页" in page, n
        heads = [int(h) for h in re.findall(r"户主(\d\d)", page)]
        heads_seen += heads
        # every character of the long name on this page belongs to a row whose head is on it
        assert sum(page.count(ch) for ch in "鹤鸣岭柏树坳") == 54 * sum(1 for h in heads if h % 2), n
    assert heads_seen == list(range(60))
    everything = "".join(pages)
    assert "2026-12-01 周二" in everything and "农村三类（一般）" in everything and "三类" in everything
    assert "class3" not in everything


def test_the_printed_due_list_says_its_month_or_day_its_village_and_each_household(ctx, home, make_household,
                                                                                     villages, tmp_path):
    """The 复核 tab's list on paper: on 30 April (the month's last day) the month's list with the
    household due that day; on 31 December the overdue list of one village, its head only, with
    the days late; codes in words, the count by 复核依据 under the title."""
    import pypdfium2

    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0)
    receive(ctx, other.id, category="class1", start=D(2025, 10, 5))

    def text(path) -> str:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf))).replace(" ", "")
        finally:
            pdf.close()

    april = reviews.print_due_list(ctx.uow(), tmp_path / "april.pdf", today=D(2026, 4, 30))
    assert (april.title, april.households, april.pages) == ("2026 年 4 月应复核低保家庭名单", 1, 1)
    page = text(april.path)
    assert "2026年4月应复核1户（农村三类1）" in page and "张三" in page and "2026-04-30" in page
    assert "农村三类（一般）" in page and "农村" in page and "class3" not in page and "rural" not in page

    late = reviews.print_due_list(ctx.uow(), tmp_path / "late.pdf", overdue=True, village_id=villages["向阳社区"],
                                  today=D(2026, 12, 31))
    assert late.title == "向阳社区 逾期未复核低保家庭名单（截至 2026-12-31）" and late.households == 1
    row, = reviews.due_list(ctx.uow(), overdue=True, village_id=villages["向阳社区"], today=D(2026, 12, 31))
    page = text(late.path)
    assert "截至2026-12-31已逾期未复核1户" in page and "李四" in page and "张三" not in page
    assert f"{row.overdue_days}天" in page and row.overdue_days > 0


def _pdf_text(path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf))).replace(" ", "").replace(
            "\r", "").replace("\n", "")
    finally:
        pdf.close()


@pytest.mark.parametrize("today, words", [
    (D(2026, 8, 31), "就业渐退中：保障金发放至2026年10月，2026年11月起停发"),
    (D(2026, 9, 30), "就业渐退即将停发：保障金发放至2026年10月，2026年11月起停发"),
    (D(2026, 11, 30), "就业渐退期满：应自2026年11月起停发"),
])
def test_the_printed_due_list_says_in_the_rows_note_when_a_household_in_gradual_exit_stops(ctx, home, tmp_path,
                                                                                         today, words):
    """A household in 渐退 after stable work: the 复核 tab counts it under its list; the paper the
    clerk takes on the visit says in the household's 备注 how far the benefit is paid and from
    which month it stops, and under the title how many of the list are in 渐退."""
    reviews.record_stable_work(ctx.uow(), home, D(2026, 5, 12), "张三", "县工业园务工", today=D(2026, 5, 20))
    due = reviews.schedule_of(ctx.uow(), home).due_date
    overdue = due < today
    result = reviews.print_due_list(ctx.uow(), tmp_path / "due.pdf", month=None if overdue else due,
                                    overdue=overdue, today=today)
    assert result.households == 1
    page = _pdf_text(result.path)
    assert "备注" in page and words in page, page
    remind, stop = (1, 0) if "即将" in words else (0, 1) if "期满" in words else (0, 0)
    assert f"其中就业渐退1户（即将停发{remind}户，已到停发月份{stop}户），停发月份见备注" in page
    assert "就业渐退与复核统计" not in page  # a screen of the window means nothing on paper


def test_a_household_not_in_gradual_exit_has_no_note_on_the_printed_due_list(ctx, home, tmp_path):
    result = reviews.print_due_list(ctx.uow(), tmp_path / "due.pdf", month=D(2026, 4, 1), today=D(2026, 4, 30))
    assert "渐退" not in _pdf_text(result.path)


@pytest.mark.parametrize("kind", ["due", "plan"])
def test_a_long_village_name_takes_two_lines_of_its_row_on_the_printed_lists(tmp_path, kind):
    """A village of 54 characters is set smaller in its column, on two lines, not five or six
    lines that make its row the height of five others."""
    import pypdfium2

    from dibao_desk.printing import review_lists as R

    village = "鹤鸣岭柏树坳" * 9
    if kind == "due":
        doc = R.due_document("名单", "", [R.DueLine(village, "张三", "农村", "三类", D(2026, 11, 10), "农村三类（一般）",
                                                    D(2025, 11, 10), 30)])
    else:
        doc = R.plan_document("计划", "", [R.PlanLine(D(2026, 12, 1), village, "张三", "三类", D(2026, 11, 10),
                                                      "农村三类（一般）", False)])
    R.render(tmp_path / "list.pdf", doc)
    pdf = pypdfium2.PdfDocument(str(tmp_path / "list.pdf"))
    try:
        textpage = pdf[0].get_textpage()
        text = textpage.get_text_range()
        lines = {round(textpage.get_charbox(i)[1]) for i, ch in enumerate(text) if ch in "鹤鸣岭柏树坳"}
        head = {round(textpage.get_charbox(i)[1]) for i, ch in enumerate(text) if ch == "张"}
    finally:
        pdf.close()
    assert sum(text.count(ch) for ch in "鹤鸣岭柏树坳") == 54
    assert len(lines) == 2, sorted(lines)
    # the row is no taller than those two lines: the head's name sits level with their middle
    assert min(lines) - 3 <= head.pop() <= max(lines) + 3
