"""诚信档案 and 黑名单 over a real store: warning then listing, the bar at the window, bad input."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.household import MemberDraft
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Case, FalseDeclaration
from dibao_desk.services import blacklist, policy
from dibao_desk.services import procedure as proc
from tests.helpers import make_id

D = dt.date
SPOUSE = make_id("19650402", 22)


def receive(ctx, hid, on):
    return proc.receive_application(ctx.uow(), hid, {
        "on": on, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}, on)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_first_false_declaration_warns_second_lists_with_the_policy_year(ctx):
    first = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2022, 6, 1), "隐瞒存款 5 万元",
                                               today=D(2026, 11, 30))
    assert first.outcome == "warning" and first.bar_ends is None
    assert blacklist.listed(ctx.uow(), D(2023, 3, 2)) == []
    second = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2023, 3, 1), "隐瞒车辆",
                                                today=D(2026, 11, 30))
    assert second.outcome == "listed" and second.bar_ends == D(2024, 3, 1)
    listed = blacklist.listed(ctx.uow(), D(2024, 2, 29))
    assert [(p.id_number, p.declarations, p.bar_ends) for p in listed] == [(SPOUSE, 2, D(2024, 3, 1))]
    assert blacklist.listed(ctx.uow(), D(2024, 3, 1)) == []
    assert len(blacklist.listed(ctx.uow(), D(2024, 3, 1), include_ended=True)) == 1
    record = blacklist.person(ctx.uow(), SPOUSE, D(2023, 6, 1))
    assert record.barred_until == D(2024, 3, 1) and [d.what for d in record.declarations] == ["隐瞒存款 5 万元", "隐瞒车辆"]
    with ctx.uow() as uow:
        actions = uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "integrity_declaration")).all()
    assert actions == ["record", "record"]


def test_the_bar_is_a_policy_figure(ctx):
    policy.add_policy_set(ctx.uow(), D(2025, 1, 1), PolicyFigures(blacklist_months=24), "两年", today=dt.date.today())
    blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2025, 1, 5), "一", today=D(2026, 11, 30))
    d = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 11, 30), "二", today=D(2026, 11, 30))
    assert d.bar_ends == D(2028, 11, 30)


@pytest.mark.parametrize("found, refused_on, accepted_on, until", [
    (D(2023, 3, 1), D(2024, 2, 29), D(2024, 3, 1), "2024-03-01"),  # the year runs across 29 Feb
    (D(2024, 2, 29), D(2025, 2, 27), D(2025, 2, 28), "2025-02-28"),  # found on the leap day
    (D(2025, 12, 31), D(2026, 12, 30), D(2026, 12, 31), "2026-12-31"),
])
def test_receiving_an_application_checks_every_member(ctx, make_household, found, refused_on, accepted_on, until):
    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),), wages_fen=0)
    for on in (found - dt.timedelta(days=30), found):
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", on, "隐瞒收入", today=found)
    audit_before = count(ctx, AuditLog)
    with pytest.raises(RuleError) as info:
        receive(ctx, hh.id, refused_on)
    [problem] = info.value.problems
    assert problem.code == "registers.barred" and problem.params["until"] == until
    assert messages.text(problem) == f"李四（{SPOUSE}）在诚信黑名单上，{until} 起方可重新申请低保"
    assert count(ctx, Case) == 0 and count(ctx, AuditLog) == audit_before
    assert [p.code for p in proc.can_open(ctx.uow(), hh.id, "new", refused_on)] == ["registers.barred"]
    assert proc.can_open(ctx.uow(), hh.id, "new", accepted_on) == []
    detail = receive(ctx, hh.id, accepted_on)
    assert detail.info.kind == "new" and count(ctx, Case) == 1


def test_bad_input_is_refused_and_nothing_written(ctx):
    before = count(ctx, AuditLog)
    bad_id = SPOUSE[:-1] + ("0" if SPOUSE[-1] != "0" else "1")
    with pytest.raises(RuleError) as info:
        blacklist.record_false_declaration(ctx.uow(), bad_id, "", D(2026, 12, 1), "  ", today=D(2026, 11, 30))
    codes = [p.code for p in info.value.problems]
    assert codes == ["id.checksum", "registers.name_empty", "registers.date_future", "registers.what_empty"]
    assert "校验位不对" in messages.text(info.value.problems[0])
    with pytest.raises(RuleError) as info:
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 11, 1), "x", household_id=999,
                                           today=D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["household.missing"]
    assert count(ctx, FalseDeclaration) == 0 and count(ctx, AuditLog) == before


def test_the_same_finding_entered_twice_does_not_list_the_person(ctx):
    """A clerk who records the same day's finding again (a double click, the command run twice)
    must not put the person on the blacklist: two findings on one day are one declaration."""
    first = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 12, 31), "隐瞒存款",
                                               today=D(2026, 12, 31))
    before = count(ctx, AuditLog)
    with pytest.raises(RuleError) as info:
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 12, 31), "隐瞒车辆",
                                           today=D(2026, 12, 31))
    [problem] = info.value.problems
    assert problem.code == "registers.declaration_same_day" and problem.params["id"] == first.id
    assert "2026-12-31" in messages.text(problem) and "更正" in messages.text(problem)
    assert count(ctx, FalseDeclaration) == 1 and count(ctx, AuditLog) == before
    assert blacklist.listed(ctx.uow(), D(2026, 12, 31)) == []
    # a later finding is a second declaration; correcting it onto the first one's day is refused too
    second = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2027, 1, 4), "隐瞒车辆",
                                                today=D(2027, 1, 4))
    assert second.outcome == "listed"
    with pytest.raises(RuleError) as info:
        blacklist.correct_declaration(ctx.uow(), second.id, found_on=D(2026, 12, 31), what="隐瞒车辆",
                                      reason="日期录错", today=D(2027, 1, 4))
    assert [p.code for p in info.value.problems] == ["registers.declaration_same_day"]
    assert blacklist.get_declaration(ctx.uow(), second.id).found_on == D(2027, 1, 4)


def test_a_name_that_is_not_the_members_is_refused(ctx, make_household):
    """The ID number is a member of a household here: a record under another name would print one
    person on the 诚信档案 and bar another. The 备案 the same."""
    from dibao_desk.models import FilingRelative
    from dibao_desk.services import relatives

    hh = make_household(extra_members=(MemberDraft("李四", SPOUSE, "spouse"),))
    with pytest.raises(RuleError) as info:
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李思", D(2026, 11, 2), "隐瞒存款", today=D(2026, 11, 30))
    [problem] = info.value.problems
    assert problem.code == "registers.name_differs"
    assert messages.text(problem) == (f"身份证号 {SPOUSE} 在本所登记的是户 {hh.id} 的 李四，与填写的姓名“李思”不一致，请核对")
    with pytest.raises(RuleError) as info:
        relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                               role="handling_staff", id_number=SPOUSE, name="某某", relation="sibling",
                               today=D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["registers.name_differs"]
    assert count(ctx, FalseDeclaration) == 0 and count(ctx, FilingRelative) == 0
    # the recorded name, or a person who is nobody's member here, is accepted
    blacklist.record_false_declaration(ctx.uow(), SPOUSE, " 李四 ", D(2026, 11, 2), "隐瞒存款", today=D(2026, 11, 30))
    blacklist.record_false_declaration(ctx.uow(), make_id("19800101", 52), "王五", D(2026, 11, 2), "隐瞒存款",
                                       today=D(2026, 11, 30))
    r = relatives.add_relative(ctx.uow(), staff_id_number=make_id("19700101", 31), staff_name="赵村长",
                               role="handling_staff", id_number=SPOUSE, name="李四", relation="sibling",
                               today=D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        relatives.edit_relative(ctx.uow(), r.id, name="李思", relation="sibling", registered_on=D(2026, 11, 30),
                                note="", reason="改名", today=D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == ["registers.name_differs"]


@pytest.mark.parametrize("typed, code", [
    (SPOUSE[:-1], "id.length"),  # one character short
    (SPOUSE[:-1] + ("0" if SPOUSE[-1] != "0" else "1"), "id.checksum"),
    ("", "id.empty"),
])
def test_looking_up_a_mistyped_id_number_says_so_not_that_the_record_is_clean(ctx, typed, code):
    """A barred person looked up with one character wrong was reported as having no false
    declaration: a clean record for someone on the blacklist."""
    for on in (D(2026, 6, 1), D(2026, 11, 2)):
        blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", on, "隐瞒收入", today=D(2026, 11, 30))
    with pytest.raises(RuleError) as info:
        blacklist.person(ctx.uow(), typed, D(2026, 11, 30))
    assert [p.code for p in info.value.problems] == [code]
    assert blacklist.person(ctx.uow(), SPOUSE.lower(), D(2026, 11, 30)).barred_until == D(2027, 11, 2)


def test_a_finding_entered_late_counts_by_the_day_found(ctx):
    """Paper records entered out of order: the declaration found on 1 June 2026, entered after
    the one found on 1 December 2026, is the first (警示); the December one becomes the second
    and bars the person from 1 December 2026 to 1 December 2027 — not from June to June, which
    would let the person apply again six months early."""
    dec = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 12, 1), "隐瞒车辆",
                                             today=D(2026, 12, 3))
    assert dec.outcome == "warning"
    june = blacklist.record_false_declaration(ctx.uow(), SPOUSE, "李四", D(2026, 6, 1), "隐瞒存款 5 万元",
                                              today=D(2026, 12, 3))
    assert (june.outcome, june.bar_ends) == ("warning", None)
    record = blacklist.person(ctx.uow(), SPOUSE, D(2027, 6, 2))
    assert [(d.found_on, d.outcome, d.bar_ends) for d in record.declarations] == [
        (D(2026, 6, 1), "warning", None), (D(2026, 12, 1), "listed", D(2027, 12, 1))]
    assert record.barred_until == D(2027, 12, 1)
    with ctx.uow() as uow:
        actions = uow.session.scalars(select(AuditLog.action).where(AuditLog.entity == "integrity_declaration")
                                      .order_by(AuditLog.id)).all()
    assert actions == ["record", "record", "reassess"]
