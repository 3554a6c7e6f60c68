"""A reprinted notice is the sheet that was on the board: the head, persons, class and amount
kept when the list was posted, whatever was granted or changed since. A posting recorded
before the program kept them is read back from its audit row when that row holds them;
otherwise the reprint says, on the sheet and before printing, that it shows today's data."""

import datetime as dt

import pytest
from sqlalchemy import update

from dibao_desk.models import CaseStep
from dibao_desk.services import households, printing
from dibao_desk.services import procedure as proc
from dibao_desk.services import procedure_notice
from tests.exchange.test_printing_notice import pages_text
from tests.unit.test_procedure import grant_new, walk_change

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
P = "王经办"
TODAY_LINE = "本表按重印当日档案数据生成，与张贴时可能不同"


@pytest.fixture
def make_household(make_household):
    return lambda **kw: make_household(**{"wages_fen": 20000, **kw})  # passes the means test


def change_granted(ctx, make_household):
    """A household granted 二类 312 元; a 变更 opened on 10 December asking 一类 400 元, its
    一榜 posted on 12 December, the township proposing 一类 350 元 on 20 December, its 二榜
    and 三榜 posted on 21 and 30 December, granted at 350 元 from January 2027."""
    hid = grant_new(ctx, make_household)
    case = proc.open_case(ctx.uow(), hid, "change", "复核：户主重病", D(2026, 12, 10), None,
                          {"category": "class1", "monthly_benefit_fen": 40000})
    day = walk_change(ctx, case.id, D(2026, 12, 11), upto=6)
    proc.record_step(ctx.uow(), case.id, 6, {"on": day, "person": "分管镇长", "category": "class1",
                                             "monthly_fen": 35000, "amount_reason": "乡镇核定"}, day)
    for step, start in ((7, D(2026, 12, 21)), (9, D(2026, 12, 30))):
        proc.start_notice(ctx.uow(), case.id, step, start, P, start)
        proc.record_step(ctx.uow(), case.id, step, {"on": start + dt.timedelta(days=7), "person": P},
                         start + dt.timedelta(days=7))
        if step == 7:
            proc.record_county_decision(ctx.uow(), case.id, True, "", D(2026, 12, 29), False, "县民政局",
                                        today=D(2026, 12, 29))
    end = D(2027, 1, 7)
    proc.record_step(ctx.uow(), case.id, 10, {"on": end, "person": P, "start_month": D(2027, 1, 1),
                                              "category": "class1", "monthly_fen": 35000,
                                              "amount_reason": "乡镇核定"}, end)
    return hid, case.id


def cancel_granted(ctx, make_household):
    """A household granted 二类 312 元; a 取消 opened on 10 December, its notices posted on 12,
    21 and 30 December, granted from January 2027."""
    hid = grant_new(ctx, make_household)
    case = proc.open_case(ctx.uow(), hid, "cancel", "复核：收入超标", D(2026, 12, 10))
    end = walk_change(ctx, case.id, D(2026, 12, 11), upto=10)
    proc.record_step(ctx.uow(), case.id, 10, {"on": end, "person": P, "start_month": D(2027, 1, 1)}, end)
    return hid, case.id


def shown(entry):
    return (entry.head_name, entry.persons, entry.category, entry.monthly_fen, entry.decided, entry.as_posted)


def test_a_reprint_after_the_change_is_granted_shows_the_class_and_amount_posted(ctx, make_household, tmp_path):
    """The 一榜 of the 变更 showed the 一类 400 元 asked for; the township then proposed 350 元,
    shown on the 二榜 and 三榜, and granted. A reprint of the 一榜 still shows 400 元 (it read
    350 元, a figure never on that board), the others 350 元."""
    hid, _cid = change_granted(ctx, make_household)
    assert households.get(ctx.uow(), hid).monthly_benefit_fen == 35000
    for stage, posted, fen in ((1, D(2026, 12, 12), 40000), (2, D(2026, 12, 21), 35000),
                               (3, D(2026, 12, 30), 35000)):
        [entry] = proc.cases_on_notice(ctx.uow(), stage, posted=posted)
        assert shown(entry) == ("张三", 1, "class1", fen, True, True), stage
    out = tmp_path / "1.pdf"
    result = printing.print_notice(ctx.uow(), "1", out, posted=D(2026, 12, 12), on=D(2027, 1, 20))
    [text] = pages_text(out)
    assert "一类" in text and "400.00" in text and "350.00" not in text
    assert TODAY_LINE not in text and result.problems == []
    assert printing.not_as_posted(ctx.uow(), "1", None, D(2027, 1, 20), D(2026, 12, 12)) == 0


def test_a_reprint_of_a_cancellation_shows_the_class_it_ended(ctx, make_household, tmp_path):
    """Once the 取消 is granted the household has no class left; the reprinted notice still
    shows the 二类 whose benefit ended (it showed "—")."""
    hid, _cid = cancel_granted(ctx, make_household)
    assert households.get(ctx.uow(), hid).category == ""
    [entry] = proc.cases_on_notice(ctx.uow(), 3, posted=D(2026, 12, 30))
    assert shown(entry) == ("张三", 1, "class2", 0, True, True)
    out = tmp_path / "3.pdf"
    printing.print_notice(ctx.uow(), "3", out, posted=D(2026, 12, 30), on=D(2027, 1, 20))
    [text] = pages_text(out)
    assert "张三1二类—取消" in text


def test_a_first_notice_posted_before_the_proposal_is_reprinted_as_posted(ctx, make_household, villages):
    """The 一榜 went up before the township proposed a class and amount (待核定); reprinted
    after the proposal (二类 312 元) it still shows 待核定."""
    h = make_household()
    cid = proc.receive_application(ctx.uow(), h.id, {"on": D(2026, 11, 2), "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, D(2026, 11, 2)).info.id
    from tests.unit.test_procedure import walk

    walk(ctx, cid, 7)  # 一榜 posted 7 November, the township's proposal on 16 November
    [entry] = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 11, 7))
    assert shown(entry) == ("张三", 1, "", 0, False, True)


def old_release_posting(monkeypatch):
    """Postings recorded as the program did before it kept what a list showed: nothing kept
    with the step, nothing in its audit row's data."""
    monkeypatch.setattr(procedure_notice, "_as_posted", lambda case, stage: {})


def test_a_posting_recorded_before_it_was_kept_is_reprinted_with_todays_data_and_says_so(
        ctx, make_household, tmp_path, monkeypatch):
    """Posted before anything was kept (its audit row holds nothing of the list either): the
    reprint of the 一榜 shows the case as it stands (the 350 元 proposed since) and says so, on the sheet,
    in the warnings after printing and before printing (the count the window shows)."""
    with monkeypatch.context() as m:
        old_release_posting(m)
        hid, _cid = change_granted(ctx, make_household)
    [entry] = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 12, 12))
    assert shown(entry) == ("张三", 1, "class1", 35000, True, False)
    assert printing.not_as_posted(ctx.uow(), "1", None, D(2027, 1, 20), D(2026, 12, 12)) == 1
    out = tmp_path / "1.pdf"
    result = printing.print_notice(ctx.uow(), "1", out, posted=D(2026, 12, 12), on=D(2027, 1, 20))
    [text] = pages_text(out)
    assert TODAY_LINE in text and "350.00" in text
    assert [(p.code, p.params) for p in result.problems] == [("printing.not_as_posted", {"count": 1})]


def test_a_sheet_part_kept_names_how_many_households_show_todays_data(ctx, make_household, villages, tmp_path,
                                                                      monkeypatch):
    """Two households on one 一榜: one posted before the program kept the list, one after. The
    sheet says one household shows today's data; the other is as posted."""
    from tests.exchange.test_printing_notice_pages import ready_for_first_notice

    a = ready_for_first_notice(ctx, villages, "钱旧贴", 1)
    b = ready_for_first_notice(ctx, villages, "孙新贴", 2)
    with monkeypatch.context() as m:
        old_release_posting(m)
        proc.start_notice(ctx.uow(), a, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    proc.start_notice(ctx.uow(), b, 4, D(2026, 11, 20), P, D(2026, 11, 20))
    entries = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 11, 20))
    assert [(e.head_name, e.as_posted) for e in entries] == [("钱旧贴", False), ("孙新贴", True)]
    out = tmp_path / "1.pdf"
    result = printing.print_notice(ctx.uow(), "1", out, posted=D(2026, 11, 20), on=D(2026, 11, 22))
    [text] = pages_text(out)
    assert "本表中1户按重印当日档案数据生成，与张贴时可能不同" in text and TODAY_LINE not in text
    assert [p.params for p in result.problems] == [{"count": 1}]


def test_what_the_step_lost_is_read_back_from_the_postings_audit_row(ctx, make_household):
    """A posting whose step no longer holds what the list showed, its audit row still does:
    the reprint shows the list as posted (400 元), from the audit row, and needs no warning."""
    hid, cid = change_granted(ctx, make_household)
    with ctx.uow() as u:
        u.session.execute(update(CaseStep).where(CaseStep.case_id == cid, CaseStep.step == 4)
                          .values(data_json=""))
        u.commit()
    [entry] = proc.cases_on_notice(ctx.uow(), 1, posted=D(2026, 12, 12))
    assert shown(entry) == ("张三", 1, "class1", 40000, True, True)
    # the latest posting before a day none was up reads its audit row too
    [entry] = proc.cases_on_notice(ctx.uow(), 1, on=D(2026, 12, 20))
    assert shown(entry) == ("张三", 1, "class1", 40000, True, True)
