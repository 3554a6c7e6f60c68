"""Linked assistance (1+X): recording, checks, totals by kind, and the "cliff" a cancellation
would cause (seed 002: dibao status unlocks the other assistance)."""

import dataclasses
import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain import assistance as rules
from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Household, LinkedAssistance
from dibao_desk.services import assistance, households
from tests.conftest import MemberDraft, make_id

D = dt.date
TODAY = D(2026, 11, 30)


def draft(kind="medical_insurance", fen=38000, on=D(2026, 3, 1), giver="县医保局", member=""):
    return AssistanceDraft(kind, fen, on, giver, member)


def set_status(ctx, household_id, status):
    """Test set-up: the household's dibao status (receiving since January, or ended)."""
    with ctx.uow() as uow:
        row = uow.session.get(Household, household_id)
        row.status, row.category, row.monthly_benefit_fen, row.benefit_start = status, "class2", 31000, D(2026, 1, 1)
        uow.commit()


@pytest.fixture
def home(make_household):
    kid = MemberDraft("张小", make_id("20150101", 22), "daughter", work_capacity="none")
    return make_household(wages_fen=0, extra_members=[kid])


def test_an_item_is_recorded_for_a_member_with_an_audit_row(ctx, home):
    kid_id = home.draft.members[1].id_number
    info = assistance.add(ctx.uow(), home.id, draft("education", 50000, D(2026, 9, 1), "县教育局", kid_id), TODAY)
    assert (info.kind, info.amount_fen, info.member_name, info.giver) == ("education", 50000, "张小", "县教育局")
    with ctx.uow() as uow:
        audit = uow.session.query(AuditLog).filter_by(entity="linked_assistance").one()
        assert audit.entity_id == info.id and audit.action == "create"


def test_an_item_keeps_its_member_after_the_household_is_saved_again(ctx, home):
    kid_id = home.draft.members[1].id_number
    assistance.add(ctx.uow(), home.id, draft(member=kid_id), TODAY)
    households.save(ctx.uow(), home.draft, home.id, today=TODAY)  # members are re-written
    assert [i.member_name for i in assistance.list_for(ctx.uow(), home.id)] == ["张小"]


@pytest.mark.parametrize("bad, code", [
    (draft(kind="lottery"), "assistance.kind"),
    (draft(fen=-1), "assistance.negative"),
    (draft(fen=rules.MAX_AMOUNT_FEN + 1), "assistance.too_large"),
    (draft(on=D(2026, 12, 1)), "assistance.future"),
    (draft(giver="  "), "assistance.giver"),
    (draft(member=make_id("19990101", 77)), "assistance.member"),
])
def test_bad_input_is_refused_and_nothing_is_written(ctx, home, bad, code):
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), home.id, bad, TODAY)
    assert [p.code for p in info.value.problems] == [code]
    with ctx.uow() as uow:
        assert uow.session.query(LinkedAssistance).count() == 0
        assert uow.session.query(AuditLog).filter_by(entity="linked_assistance").count() == 0


def test_an_unknown_household_is_refused(ctx):
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), 999, draft(), TODAY)
    assert info.value.problems[0].code == "household.missing"


def test_removing_an_item_is_audited(ctx, home):
    info = assistance.add(ctx.uow(), home.id, dataclasses.replace(draft(), note="2026年度参保费，县医保局代缴"), TODAY)
    assistance.remove(ctx.uow(), info.id)
    assert assistance.list_for(ctx.uow(), home.id) == []
    with pytest.raises(RuleError):
        assistance.remove(ctx.uow(), info.id)
    with ctx.uow() as uow:
        rows = uow.session.query(AuditLog).filter_by(entity="linked_assistance").order_by(AuditLog.id).all()
        assert [a.action for a in rows] == ["create", "delete"]
        assert "2026年度参保费，县医保局代缴" in rows[1].before  # what was removed, note and all


@pytest.mark.parametrize("on, expected", [
    # given 2025-11-30 (medical insurance) and 2026-02-28 (heating), 2026-11-30 (temporary)
    (D(2026, 11, 30), ["heating", "temporary"]),   # a year back is 2025-11-30: that day no longer counts
    (D(2026, 11, 29), ["medical_insurance", "heating"]),
    (D(2027, 2, 28), ["temporary"]),               # the heating of 28 Feb 2026 is a year old
    (D(2027, 2, 27), ["heating", "temporary"]),
])
def test_a_cancellation_loses_what_was_given_in_the_last_year(on, expected):
    given = [("medical_insurance", D(2025, 11, 30), 38000), ("heating", D(2026, 2, 28), 20000),
             ("temporary", D(2026, 11, 30), 100000)]
    assert [h.kind for h in rules.lost_on_cancel(given, on)] == expected


def test_the_cliff_adds_up_each_kind_over_the_year(ctx, home):
    set_status(ctx, home.id, "receiving")
    for on, fen in ((D(2026, 1, 15), 30000), (D(2026, 6, 15), 50000)):
        assistance.add(ctx.uow(), home.id, draft("medical", fen, on, "县医保局"), TODAY)
    assistance.add(ctx.uow(), home.id, draft("medical_insurance", 38000, D(2025, 3, 1)), TODAY)  # too old
    lost = assistance.lost_on_cancel(ctx.uow(), home.id, TODAY)
    assert [(h.kind, h.year_fen, h.times, h.last_given) for h in lost] == [("medical", 80000, 2, D(2026, 6, 15))]


def test_totals_by_kind_for_a_period_and_a_village(ctx, home, make_household):
    other = make_household(head="李四", head_id=make_id("19700101", 33), village="向阳社区", wages_fen=0)
    assistance.add(ctx.uow(), home.id, draft("medical", 30000, D(2026, 11, 2)), TODAY)
    assistance.add(ctx.uow(), home.id, draft("medical", 20000, D(2026, 11, 30)), TODAY)
    assistance.add(ctx.uow(), other.id, draft("medical", 10000, D(2026, 11, 15)), TODAY)
    assistance.add(ctx.uow(), other.id, draft("temporary", 5000, D(2026, 10, 31)), TODAY)  # before the month
    nov = assistance.totals(ctx.uow(), D(2026, 11, 1), D(2026, 11, 30))
    assert [(t.kind, t.households, t.items, t.amount_fen) for t in nov] == [("medical", 2, 3, 60000)]
    only = assistance.totals(ctx.uow(), D(2026, 10, 1), D(2026, 12, 31), home.draft.village_id)
    assert [(t.kind, t.households, t.items, t.amount_fen) for t in only] == [("medical", 1, 2, 50000)]


def test_an_item_of_a_member_who_left_is_not_shown_as_the_households(ctx, home):
    """The daughter is taken off the household (married away, split off): what she was given
    stays hers, never the whole household's."""
    kid_id = home.draft.members[1].id_number
    assistance.add(ctx.uow(), home.id, draft("education", 50000, D(2026, 9, 1), "县教育局", kid_id), TODAY)
    assistance.add(ctx.uow(), home.id, draft("medical", 20000, D(2026, 9, 2), "县医保局"), TODAY)
    households.save(ctx.uow(), dataclasses.replace(home.draft, members=home.draft.members[:1]), home.id, today=TODAY)
    items = assistance.list_for(ctx.uow(), home.id)
    assert [(i.kind, i.member_id_number, i.member_name) for i in items] == [
        ("medical", "", ""), ("education", kid_id, f"{kid_id}（已不在本户）")]


def test_an_item_of_a_member_now_in_another_household_keeps_the_name(ctx, home, make_household):
    kid = home.draft.members[1]
    assistance.add(ctx.uow(), home.id, draft("education", 50000, D(2026, 9, 1), "县教育局", kid.id_number), TODAY)
    households.save(ctx.uow(), dataclasses.replace(home.draft, members=home.draft.members[:1]), home.id, today=TODAY)
    make_household(head="李四", head_id=make_id("19700101", 33), extra_members=[kid])
    assert [i.member_name for i in assistance.list_for(ctx.uow(), home.id)] == ["张小（已不在本户）"]


@pytest.mark.parametrize("giver, note, field", [
    ("县" * 101, "", "giver"),
    ("县医保局", "说" * 201, "note"),
])
def test_a_giver_or_note_longer_than_the_register_keeps_is_refused(ctx, home, giver, note, field):
    """The columns hold 100 and 200 characters: a county's PostgreSQL would refuse the row with
    an error nobody can read, a SQLite store would keep what the county's cannot."""
    bad = AssistanceDraft("medical", 20000, D(2026, 9, 1), giver, "", note)
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), home.id, bad, TODAY)
    assert [(p.field, messages.text(p)) for p in info.value.problems] == [
        (field, {"giver": "给予单位太长（101 个字，最多 100 个字）",
                 "note": "说明太长（201 个字，最多 200 个字）"}[field])]
    assert assistance.list_for(ctx.uow(), home.id) == []
    ok = assistance.add(ctx.uow(), home.id, AssistanceDraft("medical", 20000, D(2026, 9, 1), "县" * 100, "",
                                                            "说" * 200), TODAY)
    assert (len(ok.giver), len(ok.note)) == (100, 200)


def test_the_same_item_recorded_twice_is_refused(ctx, home):
    """A second click on 登记 or a command run again: the register would count the money twice."""
    first = assistance.add(ctx.uow(), home.id, draft("temporary", 100050, D(2026, 2, 28), "镇民政办"), TODAY)
    with pytest.raises(RuleError) as info:
        assistance.add(ctx.uow(), home.id, draft("temporary", 100050, D(2026, 2, 28), " 镇民政办 "), TODAY)
    assert messages.text(info.value.problems[0]) == (
        f"2026-02-28 已登记过同一笔“临时救助”1000.50 元（第 {first.id} 条），请勿重复登记")
    # another day, amount, kind or member is another item
    kid_id = home.draft.members[1].id_number
    for other in (draft("temporary", 100050, D(2026, 2, 27), "镇民政办"),
                  draft("temporary", 100000, D(2026, 2, 28), "镇民政办"),
                  draft("medical", 100050, D(2026, 2, 28), "镇民政办"),
                  draft("temporary", 100050, D(2026, 2, 28), "镇民政办", kid_id)):
        assistance.add(ctx.uow(), home.id, other, TODAY)
    assert len(assistance.list_for(ctx.uow(), home.id)) == 5
    assert [(t.items, t.amount_fen) for t in assistance.totals(ctx.uow(), D(2026, 2, 1), D(2026, 2, 28))
            if t.kind == "temporary"] == [(4, 400150)]


@pytest.mark.parametrize("status, warned", [
    ("receiving", True), ("suspended", True),
    ("cancelled", False), ("refused", False), ("registered", False), ("applying", False),
])
def test_only_a_household_on_dibao_is_warned_what_a_cancellation_takes(ctx, home, status, warned):
    """A cancelled household has already lost what dibao unlocked: telling the office it "would
    lose" it on a cancellation is wrong, and so for a household never granted."""
    assistance.add(ctx.uow(), home.id, draft("heating", 20000, D(2026, 11, 1), "县住建局"), TODAY)
    set_status(ctx, home.id, status)
    lost = assistance.lost_on_cancel(ctx.uow(), home.id, TODAY)
    assert [(h.kind, h.year_fen) for h in lost] == ([("heating", 20000)] if warned else [])


@pytest.mark.parametrize("status", ["dead", "married_out", "split_out", "imprisoned"])
def test_an_item_of_a_member_still_listed_but_gone_is_marked_as_the_county_package_marks_it(ctx, home, status):
    """The daughter stays on the household's page with a status of one who left (死亡, 嫁娶,
    分户迁出, 服刑): her items name her as no longer in the household, as the roster package does."""
    kid_id = home.draft.members[1].id_number
    assistance.add(ctx.uow(), home.id, draft("education", 50000, D(2026, 9, 1), "县教育局", kid_id), TODAY)
    left = dataclasses.replace(home.draft.members[1], person_status=status, status_on=D(2026, 10, 1))
    households.save(ctx.uow(), dataclasses.replace(home.draft, members=[home.draft.members[0], left]), home.id,
                    today=TODAY)
    assert [i.member_name for i in assistance.list_for(ctx.uow(), home.id)] == ["张小（已不在本户）"]
    # the head, still living there, is named as before
    head_id = home.draft.members[0].id_number
    info = assistance.add(ctx.uow(), home.id, draft("medical", 20000, D(2026, 11, 2), "县医保局", head_id), TODAY)
    assert info.member_name == "张三"
