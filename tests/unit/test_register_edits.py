"""Registrations corrected or removed: 诚信档案, 近亲属备案 and complaints, each with its reason,
audited, and what depends on them worked out again (the bar, the 备案 mark, the deadline)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import MemberDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Complaint, FalseDeclaration, FilingRelative, FilingStaff
from dibao_desk.services import blacklist, complaints, relatives
from dibao_desk.services.uow import UnitOfWork
from tests.conftest import make_id

D = dt.date
TODAY = D(2026, 11, 30)
PERSON = make_id("19650402", 22)
CADRE = make_id("19700101", 31)
NEPHEW = make_id("19950505", 41)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def audit(ctx, entity: str) -> list[tuple[str, dict, dict]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(select(AuditLog.action, AuditLog.before, AuditLog.after)
                                   .where(AuditLog.entity == entity).order_by(AuditLog.id)).all()
    return [(a, json.loads(b) if b else {}, json.loads(c) if c else {}) for a, b, c in rows]


def codes(exc) -> list[str]:
    return [p.code for p in exc.value.problems]


def reviewer(ctx) -> UnitOfWork:
    return UnitOfWork(ctx.store.sessions, "审核员", frozenset({Role.REVIEWER}))


def test_removing_the_warning_makes_the_next_declaration_the_warning(ctx):
    first = blacklist.record_false_declaration(ctx.uow(), PERSON, "李四", D(2026, 2, 1), "隐瞒存款", today=TODAY)
    second = blacklist.record_false_declaration(ctx.uow(), PERSON, "李四", D(2026, 6, 1), "隐瞒车辆", today=TODAY)
    assert blacklist.person(ctx.uow(), PERSON, TODAY).barred_until == D(2027, 6, 1)
    with pytest.raises(RuleError) as exc:
        blacklist.remove_declaration(ctx.uow(), first.id, "  ")
    assert codes(exc) == ["registers.reason_empty"] and count(ctx, FalseDeclaration) == 2
    with pytest.raises(RuleError) as exc:
        blacklist.remove_declaration(reviewer(ctx), first.id, "误登记")
    assert codes(exc) == ["account.forbidden.clerk"] and count(ctx, FalseDeclaration) == 2
    blacklist.remove_declaration(ctx.uow(), first.id, "经复查，存款为借款，不属隐瞒")
    record = blacklist.person(ctx.uow(), PERSON, TODAY)
    assert [(d.id, d.outcome, d.bar_ends) for d in record.declarations] == [(second.id, "warning", None)]
    assert record.barred_until is None and blacklist.listed(ctx.uow(), TODAY) == []
    actions = audit(ctx, "integrity_declaration")
    assert [a for a, _b, _c in actions] == ["record", "record", "remove", "reassess"]
    assert actions[2][1]["what"] == "隐瞒存款" and actions[2][2] == {"reason": "经复查，存款为借款，不属隐瞒"}


def test_correcting_the_day_found_moves_the_bar(ctx):
    blacklist.record_false_declaration(ctx.uow(), PERSON, "李四", D(2023, 6, 1), "隐瞒存款", today=TODAY)
    second = blacklist.record_false_declaration(ctx.uow(), PERSON, "李四", D(2024, 2, 1), "隐瞒车辆", today=TODAY)
    assert second.bar_ends == D(2025, 2, 1)
    fixed = blacklist.correct_declaration(ctx.uow(), second.id, found_on=D(2024, 2, 29), what="隐瞒车辆一辆",
                                          reason="查实日期录错", today=TODAY)
    assert (fixed.found_on, fixed.what, fixed.bar_ends) == (D(2024, 2, 29), "隐瞒车辆一辆", D(2025, 2, 28))
    with pytest.raises(RuleError) as exc:
        blacklist.correct_declaration(ctx.uow(), second.id, found_on=D(2027, 1, 1), what="x", reason="r",
                                      today=TODAY)
    assert codes(exc) == ["registers.date_future"]
    assert [a for a, _b, _c in audit(ctx, "integrity_declaration")] == ["record", "record", "correct", "reassess"]


def test_a_relative_corrected_then_removed_no_longer_marks_the_household(ctx, villages, make_household):
    r = relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                               village_id=villages["东风村"], post="村主任", id_number=NEPHEW, name="赵小明",
                               relation="child", registered_on=D(2026, 3, 1), today=TODAY)
    hh = make_household(extra_members=(MemberDraft("赵晓明", NEPHEW, "son"),))  # applies later, rightly named
    assert relatives.filed_household_ids(ctx.uow()) == {hh.id}
    fixed = relatives.edit_relative(ctx.uow(), r.id, name="赵晓明", relation="grandchild",
                                    registered_on=D(2026, 3, 2), note="", reason="姓名写错", today=TODAY)
    assert (fixed.name, fixed.relation, fixed.registered_on) == ("赵晓明", "grandchild", D(2026, 3, 2))
    with pytest.raises(RuleError) as exc:
        relatives.edit_relative(ctx.uow(), r.id, name="", relation="child", registered_on=D(2026, 3, 2), note="",
                                reason="", today=TODAY)
    assert set(codes(exc)) == {"registers.name_empty", "registers.reason_empty"}
    relatives.remove_relative(ctx.uow(), r.id, "村干部已离任")
    assert relatives.filed_household_ids(ctx.uow()) == set()
    assert (count(ctx, FilingRelative), count(ctx, FilingStaff)) == (0, 0)
    assert [a for a, _b, _c in audit(ctx, "filing_relative")] == ["create", "correct", "remove"]
    assert [a for a, _b, _c in audit(ctx, "filing_staff")] == ["create", "remove"]


def test_a_complaint_corrected_gets_its_deadline_again_and_can_be_removed(ctx, make_household):
    a = make_household()
    b = make_household(head="李四", head_id=make_id("19550505", 33))
    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 2), channel="box", household_id=a.id,
                                 description="家中有车", today=TODAY)
    fixed = complaints.edit_complaint(ctx.uow(), c.id, received_on=D(2026, 11, 9), channel="phone",
                                      household_id=b.id, description="家中有小轿车", complainant="匿名",
                                      reason="登记时户选错", today=TODAY)
    assert (fixed.household_id, fixed.channel, fixed.received_on) == (b.id, "phone", D(2026, 11, 9))
    assert fixed.due_on > c.due_on and fixed.due_on == complaints.deadline(ctx.uow(), D(2026, 11, 9)).day
    with pytest.raises(RuleError) as exc:
        complaints.edit_complaint(ctx.uow(), c.id, received_on=D(2026, 11, 9), channel="phone", household_id=None,
                                  description="", reason="x", today=TODAY)
    assert set(codes(exc)) == {"registers.complaint_household", "registers.complaint_description"}
    with pytest.raises(RuleError):
        complaints.remove_complaint(reviewer(ctx), c.id, "重复登记")
    complaints.remove_complaint(ctx.uow(), c.id, "与 11 月 2 日来电重复登记")
    assert count(ctx, Complaint) == 0
    assert [a for a, _b, _c in audit(ctx, "complaint")] == ["receive", "correct", "remove"]


def test_a_staff_member_is_corrected_with_the_reason(ctx, villages, make_household, capsys):
    from dibao_desk.cli import main

    r = relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name="赵村长", role="village_cadre",
                               village_id=villages["东风村"], post="村主任", id_number=NEPHEW, name="赵小明",
                               relation="child", registered_on=D(2026, 3, 1), today=TODAY)
    with pytest.raises(RuleError) as exc:
        relatives.edit_staff(ctx.uow(), r.staff_id, name="赵村长", role="village_cadre", village_id=None,
                             post="村支书", reason="职务变动")
    assert codes(exc) == ["registers.cadre_village"]
    relatives.edit_staff(ctx.uow(), r.staff_id, name="赵建国", role="village_cadre",
                         village_id=villages["向阳社区"], post="社区主任", reason="调任向阳社区")
    now = relatives.list_relatives(ctx.uow())[0]
    assert (now.staff_name, now.village, now.post) == ("赵建国", "向阳社区", "社区主任")
    assert [a for a, _b, _c in audit(ctx, "filing_staff")] == ["create", "correct"]
    assert main(["--data-dir", str(ctx.data_dir), "relatives", "staff", str(r.staff_id), "--post", "社区书记",
                 "--reason", "职务变动"]) == 0
    assert relatives.list_relatives(ctx.uow())[0].post == "社区书记"
    assert relatives.list_relatives(ctx.uow())[0].village == "向阳社区"


def test_over_long_names_are_refused_with_the_limit_not_stored(ctx, make_household):
    """A name or a phone number longer than its column (50, 60 characters) was stored on a
    township's file and broke the lists' columns; on PostgreSQL it failed with the database's
    error. Each is refused in Chinese with the limit, and nothing is written."""
    hh = make_household()
    long_name = "张" * 51
    with pytest.raises(RuleError) as exc:
        complaints.add_complaint(ctx.uow(), received_on=TODAY, channel="phone", household_id=hh.id,
                                 description="隐瞒收入", complainant=long_name, contact="1" * 61, today=TODAY)
    assert codes(exc) == ["registers.too_long", "registers.too_long"]
    from dibao_desk import messages
    assert messages.text(exc.value.problems[0]) == "举报人姓名太长（51 个字，最多 50 个字）"
    with pytest.raises(RuleError) as exc:
        blacklist.record_false_declaration(ctx.uow(), PERSON, long_name, TODAY, "隐瞒存款", today=TODAY)
    assert codes(exc) == ["registers.too_long"]
    with pytest.raises(RuleError) as exc:
        relatives.add_relative(ctx.uow(), staff_id_number=CADRE, staff_name=long_name, role="handling_staff",
                               post="主" * 51, id_number=NEPHEW, name=long_name, relation="child", today=TODAY)
    assert codes(exc) == ["registers.too_long"] * 3
    assert (count(ctx, Complaint), count(ctx, FalseDeclaration), count(ctx, FilingRelative)) == (0, 0, 0)
    # at the limit it is accepted
    c = complaints.add_complaint(ctx.uow(), received_on=TODAY, channel="phone", household_id=hh.id,
                                 description="隐瞒收入", complainant="张" * 50, contact="1" * 60, today=TODAY)
    with pytest.raises(RuleError) as exc:
        complaints.edit_complaint(ctx.uow(), c.id, received_on=TODAY, channel="phone", household_id=hh.id,
                                  description="隐瞒收入", complainant=long_name, contact="", reason="补填",
                                  today=TODAY)
    assert codes(exc) == ["registers.too_long"]
