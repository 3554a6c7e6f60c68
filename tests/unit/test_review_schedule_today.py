"""Services given a day reschedule the households they write on that day, not the computer's:
a head who turns 60 on 2026-12-01 is not yet 老年 for a change recorded as of 2026-11-30."""

from __future__ import annotations

import datetime as dt

from dibao_desk.models import Household
from dibao_desk.services import events, households, reviews
from tests.conftest import make_id, simple_draft

D = dt.date
EVE = D(2026, 11, 30)  # the day before the head's 60th birthday


def _receiving_sixty_tomorrow(ctx) -> int:
    from dibao_desk.services import office

    village = office.list_villages(ctx.uow())[0].id
    made = households.save(ctx.uow(), simple_draft(village, wages_fen=0, head_id=make_id("19661201", 11)),
                           today=EVE)
    with ctx.uow() as uow:
        h = uow.session.get(Household, made.id)
        h.status, h.category, h.benefit_start, h.monthly_benefit_fen = "receiving", "class3", D(2026, 1, 1), 30000
        uow.commit()  # scheduled on the computer's date (2026-12-01 or later): the head is 60
    assert "elderly" in reviews.schedule_of(ctx.uow(), made.id).applicable
    return made.id


def test_saving_a_household_schedules_it_on_the_day_given(ctx):
    hid = _receiving_sixty_tomorrow(ctx)
    with ctx.uow() as uow:
        draft = households.to_draft(uow.session.get(Household, hid))
    households.save(ctx.uow(), draft, hid, today=EVE)
    assert "elderly" not in reviews.schedule_of(ctx.uow(), hid).applicable


def test_an_event_schedules_the_household_on_the_day_given(ctx):
    hid = _receiving_sixty_tomorrow(ctx)
    events.add_event(ctx.uow(), hid, "bankruptcy", D(2026, 11, 20), "经营失败", today=EVE)
    schedule = reviews.schedule_of(ctx.uow(), hid)
    assert schedule.due_date == D(2026, 11, 20) and "elderly" not in schedule.applicable


def test_a_grant_schedules_the_household_on_the_day_given(ctx):
    from dibao_desk.services import office
    from dibao_desk.services import procedure as proc
    from tests.helpers import walk_case

    village = office.list_villages(ctx.uow())[0].id
    h = households.save(ctx.uow(), simple_draft(village, wages_fen=20000, head_id=make_id("19661201", 11)),
                        today=EVE)
    on = D(2026, 11, 2)
    case_id = proc.receive_application(ctx.uow(), h.id, {
        "on": on, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), case_id, 2, {"on": D(2026, 11, 3), "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True}, D(2026, 11, 3))
    _detail, day = walk_case(ctx, case_id, D(2026, 11, 4), until=6)
    township = proc.suggest_grant(ctx.uow(), case_id, day)
    proc.record_step(ctx.uow(), case_id, 6, {"on": day, "person": "分管镇长", "category": township.category,
                                             "monthly_fen": township.monthly_fen}, day)
    _detail, day = walk_case(ctx, case_id, day + dt.timedelta(days=1), until=10)
    assert day <= EVE
    grant = proc.suggest_grant(ctx.uow(), case_id, day)
    proc.record_step(ctx.uow(), case_id, 10, {"on": day, "person": "王经办", "start_month": grant.start_month,
                                              "category": grant.category, "monthly_fen": grant.monthly_fen}, day)
    schedule = reviews.schedule_of(ctx.uow(), h.id)  # the household is 在保 from the grant
    assert schedule is not None and "elderly" not in schedule.applicable


def test_answering_a_cross_check_warning_schedules_the_household_on_the_day_given(ctx):
    from dibao_desk.models import CrossCheckWarning
    from dibao_desk.services import burden

    hid = _receiving_sixty_tomorrow(ctx)
    with ctx.uow() as uow:
        w = CrossCheckWarning(household_id=hid, id_number="x", name="张三", kind="vehicle", detail="名下小型轿车 1 辆",
                              checked_on=D(2026, 11, 1), answer_by=D(2026, 11, 29), county_ref="W1")
        uow.session.add(w)
        uow.commit()
        wid = w.id
    burden.answer(ctx.uow(), wid, "answered", EVE, "车辆已过户，有凭证", today=EVE)
    schedule = reviews.schedule_of(ctx.uow(), hid)
    assert schedule.due_date == EVE and "elderly" not in schedule.applicable
