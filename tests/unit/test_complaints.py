"""Complaints over a real store: deadlines on the official calendar, answers, review at once."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Complaint, ReviewEvent
from dibao_desk.services import complaints, policy
from tests.conftest import make_id

D = dt.date


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def add(ctx, hid, received_on, today=None, **kw):
    return complaints.add_complaint(ctx.uow(), received_on=received_on, channel=kw.pop("channel", "box"),
                                    household_id=hid, description=kw.pop("description", "家里新买了轿车"),
                                    today=today or received_on, **kw)


def test_deadline_runs_across_the_spring_festival_调休(ctx, make_household):
    hh = make_household()
    c = add(ctx, hh.id, D(2026, 2, 10), complainant="")
    # 15 working days (the example figure): 11–14 Feb (14th a 调休 Saturday), 24–28 Feb (28th a 调休
    # Saturday), 2–6 Mar, 9 Mar. The holiday 15–23 Feb counts for nothing.
    assert c.due_on == D(2026, 3, 9) and not c.due_approximate and c.anonymous
    assert [x.id for x in complaints.overdue(ctx.uow(), D(2026, 3, 9))] == []
    assert [x.id for x in complaints.overdue(ctx.uow(), D(2026, 3, 10))] == [c.id]


def test_the_working_days_are_a_policy_figure_and_the_office_can_correct_the_calendar(ctx, make_household):
    hh = make_household()
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    c = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31))
    assert (c.due_on, c.due_approximate) == (D(2027, 1, 5), True)  # 2027 is not in the shipped calendar
    complaints.set_override(ctx.uow(), D(2027, 1, 4), False, "元旦调休")
    c2 = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31))
    assert c2.due_on == D(2027, 1, 6)
    assert [(o.day, o.workday, o.note) for o in complaints.list_overrides(ctx.uow())] == [(D(2027, 1, 4), False, "元旦调休")]


def test_a_substantiated_answer_makes_the_review_due_at_once(ctx, make_household):
    hh = make_household()
    c = add(ctx, hh.id, D(2026, 11, 20), channel="phone", complainant="王某", contact="139")
    answered = complaints.answer_complaint(ctx.uow(), c.id, finding="partly", investigation="入户核实有车",
                                           answer="已电话答复王某", answered_on=D(2026, 11, 30),
                                           investigator="李调查", today=D(2026, 11, 30))
    assert answered.status == "answered" and answered.finding == "partly"
    with ctx.uow() as uow:
        ev = uow.session.scalars(select(ReviewEvent)).one()
        assert (ev.household_id, ev.kind, ev.on, ev.source) == (hh.id, "complaint", D(2026, 11, 30),
                                                                f"complaint:{c.id}")
    with pytest.raises(RuleError) as info:
        complaints.answer_complaint(ctx.uow(), c.id, finding="unfounded", investigation="x", answer="y",
                                    answered_on=D(2026, 11, 30), today=D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["registers.complaint_answered"]
    counts = complaints.counts(ctx.uow(), D(2026, 11, 1), D(2026, 11, 30))
    assert (counts.received, counts.answered, counts.substantiated, counts.overdue) == (1, 1, 1, 0)


def test_an_unfounded_answer_opens_no_review(ctx, make_household):
    hh = make_household()
    c = add(ctx, hh.id, D(2026, 11, 20))
    complaints.answer_complaint(ctx.uow(), c.id, finding="unfounded", investigation="车为亲戚所有",
                                answer="已答复", answered_on=D(2026, 11, 27), today=D(2026, 11, 30))
    assert count(ctx, ReviewEvent) == 0


def test_a_complaint_without_household_or_description_is_refused_and_nothing_written(ctx, make_household):
    before = count(ctx, AuditLog)
    with pytest.raises(RuleError) as info:
        complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 30), channel="box", household_id=None,
                                 description="  ", today=D(2026, 11, 30))
    assert [messages.text(p) for p in info.value.problems] == ["请选择被举报的家庭", "请填写举报内容"]
    hh = make_household()
    with pytest.raises(RuleError) as info:
        add(ctx, hh.id, D(2026, 12, 1), today=D(2026, 11, 30), channel="fax")
    assert [p.code for p in info.value.problems] == ["registers.date_future", "registers.channel"]
    assert count(ctx, Complaint) == 0
    c = add(ctx, hh.id, D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        complaints.answer_complaint(ctx.uow(), c.id, finding="", investigation="", answer="",
                                    answered_on=D(2026, 11, 29), today=D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == [
        "registers.finding", "registers.investigation_empty", "registers.answer_empty",
        "registers.answer_before_received"]
    assert complaints.get_complaint(ctx.uow(), c.id).status == "open"
    assert count(ctx, AuditLog) == before + 1 + 1  # the household, then the one complaint received


@pytest.mark.parametrize("today", [D(2026, 1, 31), D(2028, 2, 29), D(2026, 11, 30), D(2026, 12, 31)])
def test_month_ends(ctx, make_household, today):
    hh = make_household()
    c = add(ctx, hh.id, today)
    assert c.due_on > today and c.days_left(today) > 0 and not c.overdue_on(c.due_on)


def test_a_day_entered_in_the_calendar_moves_the_deadline_of_the_complaints_it_falls_in(ctx, make_household):
    """A complaint received on 28 December is given 5 January 2027 on a guessed calendar and told
    to enter the real days. Entering 4 January as 元旦调休 (a day off) moves its deadline to the
    6th, as for one received after; a complaint answered by then, or whose deadline is before the
    day, keeps its own."""
    hh = make_household()
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    c = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31))
    early = add(ctx, hh.id, D(2026, 12, 21), today=D(2026, 12, 31))
    assert (c.due_on, early.due_on) == (D(2027, 1, 5), D(2026, 12, 28))
    complaints.set_override(ctx.uow(), D(2027, 1, 4), False, "元旦调休")
    moved = complaints.get_complaint(ctx.uow(), c.id)
    assert moved.due_on == D(2027, 1, 6)
    assert complaints.get_complaint(ctx.uow(), early.id).due_on == D(2026, 12, 28)
    assert [x.id for x in complaints.overdue(ctx.uow(), D(2027, 1, 6))] == [early.id]
    complaints.set_override(ctx.uow(), D(2027, 1, 4), None)  # back to the shipped calendar
    assert complaints.get_complaint(ctx.uow(), c.id).due_on == D(2027, 1, 5)


def delete_as_an_older_version_did(ctx, household_id: int) -> None:
    """Before deleting refused a household with records, a complaint's household could go
    (ON DELETE SET NULL): the complaint kept only the head's name."""
    from dibao_desk.models import Household

    with ctx.uow() as uow:
        uow.session.delete(uow.session.get(Household, household_id))
        uow.commit()


def test_a_complaint_about_a_deleted_household_is_listed_corrected_and_answered(ctx, make_household):
    hh = make_household()
    c = add(ctx, hh.id, D(2026, 11, 30))
    delete_as_an_older_version_did(ctx, hh.id)
    [listed] = complaints.list_complaints(ctx.uow())
    assert listed.household_deleted and listed.household_name == "张三" and listed.village == ""
    # corrected without a household: it keeps naming the deleted one, not refused
    fixed = complaints.edit_complaint(ctx.uow(), c.id, received_on=D(2026, 11, 30), channel="phone", household_id=None,
                                      description="家里新买了轿车一辆", reason="登记时方式选错", today=D(2026, 11, 30))
    assert fixed.household_deleted and fixed.household_name == "张三" and fixed.channel == "phone"
    found = complaints.answer_complaint(ctx.uow(), c.id, finding="substantiated", investigation="入户核实", answer="属实",
                                        answered_on=D(2026, 12, 31), today=D(2026, 12, 31))
    assert found.status == "answered" and count(ctx, ReviewEvent) == 0
    # a complaint about a household still there still needs one
    other = add(ctx, make_household(head="李四", head_id=make_id("19550505", 33)).id, D(2026, 11, 30))
    with pytest.raises(RuleError) as exc:
        complaints.edit_complaint(ctx.uow(), other.id, received_on=D(2026, 11, 30), channel="box", household_id=None,
                                  description="x", reason="更正", today=D(2026, 11, 30))
    assert [p.code for p in exc.value.problems] == ["registers.complaint_household"]
    assert messages.text("household.deleted_ref", head=listed.household_name) == "已删除的家庭（户主 张三）"


def _knows_2027(monkeypatch):
    """The calendar a program update brings: it knows 2027, in which (say) 4 January is a day off."""
    from dibao_desk.domain import workdays

    shipped = workdays.official_workday

    def official(day):
        if day.year == 2027:
            return day.weekday() < 5 and day not in (D(2027, 1, 1), D(2027, 1, 4))
        return shipped(day)

    monkeypatch.setattr(workdays, "official_workday", official)


def test_guessed_deadlines_are_counted_again_once_the_calendar_knows_the_year(ctx, make_household, monkeypatch):
    """Counted on weekdays through 2027 (（估算）), a deadline stayed guessed after an update
    brought a chinese-calendar that knows 2027: the office answered by the wrong day."""
    hh = make_household()
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    guessed = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31))
    answered = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31), description="另一件")
    complaints.answer_complaint(ctx.uow(), answered.id, finding="unfounded", investigation="入户核实无车",
                                answer="已答复", answered_on=D(2026, 12, 31), investigator="李调查",
                                today=D(2026, 12, 31))
    plain = add(ctx, hh.id, D(2026, 11, 30))
    assert (guessed.due_on, guessed.due_approximate) == (D(2027, 1, 5), True)
    # the calendar still does not know 2027: nothing is written
    assert complaints.recount_guessed_deadlines(ctx.uow()) == []
    assert _calendar_audits(ctx) == []

    _knows_2027(monkeypatch)
    moved = complaints.recount_guessed_deadlines(ctx.uow())
    assert [(m.complaint_id, m.before, m.after, m.approximate) for m in moved] == [
        (guessed.id, D(2027, 1, 5), D(2027, 1, 6), False)]
    assert messages.text(moved[0].notice) == (
        f"举报 {guessed.id}（{guessed.household_name}）的答复期限已按新版程序的法定节假日安排重新计算："
        "由 2027-01-05 改为 2027-01-06")
    now = {c.id: c for c in complaints.list_complaints(ctx.uow())}
    assert (now[guessed.id].due_on, now[guessed.id].due_approximate) == (D(2027, 1, 6), False)
    assert (now[answered.id].due_on, now[answered.id].due_approximate) == (D(2027, 1, 5), True)  # answered: left
    assert now[plain.id].due_on == plain.due_on
    assert _calendar_audits(ctx) == [(guessed.id, "2027-01-05", "2027-01-06")]
    assert complaints.recount_guessed_deadlines(ctx.uow()) == []  # once only


def _calendar_audits(ctx):
    import json

    with ctx.uow() as uow:
        return [(a.entity_id, json.loads(a.before)["due_on"], json.loads(a.after)["due_on"])
                for a in uow.session.scalars(select(AuditLog).where(AuditLog.entity == "complaint",
                                                                    AuditLog.action == "calendar"))]


def test_the_terminal_says_which_guessed_deadlines_moved(ctx, make_household, monkeypatch, capsys):
    from dibao_desk.cli import main as cli_main

    hh = make_household()
    policy.add_policy_set(ctx.uow(), D(2026, 12, 1), PolicyFigures(complaint_answer_days=5), "五个工作日", today=dt.date.today())
    c = add(ctx, hh.id, D(2026, 12, 28), today=D(2026, 12, 31))
    base = ["--data-dir", str(ctx.data_dir), "complaints", "list", "--today", "2026-12-31"]
    assert cli_main(base) == 0
    out = capsys.readouterr().out
    assert "期限 2027-01-05（估算）" in out and "重新计算" not in out
    _knows_2027(monkeypatch)
    assert cli_main(base) == 0
    out = capsys.readouterr().out
    assert f"注意：举报 {c.id}" in out and "由 2027-01-05 改为 2027-01-06" in out
    assert "期限 2027-01-06　" in out and "（估算）" not in out
    assert cli_main(base) == 0
    assert "重新计算" not in capsys.readouterr().out
