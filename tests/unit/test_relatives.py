"""近亲属备案 over a real store: registration, duplicates, the 备案 mark, 回避 in the procedure."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.household import MemberDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, CaseStep, FilingRelative, FilingStaff
from dibao_desk.services import households, relatives
from dibao_desk.services import procedure as proc
from tests.helpers import make_id

D = dt.date
CADRE = make_id("19700101", 31)
NEPHEW = make_id("19950505", 41)
TODAY = D(2026, 11, 30)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def add(ctx, villages, **kw):
    args = dict(staff_id_number=CADRE, staff_name="赵村长", role="village_cadre", village_id=villages["东风村"],
                post="村主任", id_number=NEPHEW, name="赵小明", relation="child", registered_on=D(2026, 3, 1),
                today=TODAY)
    return relatives.add_relative(ctx.uow(), **(args | kw))


def test_a_registered_relative_marks_the_household_and_its_list_row(ctx, villages, make_household):
    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),))
    other = make_household(head="钱五", head_id=make_id("19580101", 51))
    info = add(ctx, villages)
    assert (info.household_id, info.head_name, info.village) == (hh.id, "张三", "东风村")
    assert relatives.filed_household_ids(ctx.uow()) == {hh.id}
    assert relatives.filed_household_ids(ctx.uow(), [other.id]) == set()
    rows = households.fetch_rows(ctx.uow(), [hh.id, other.id])
    assert [(r.id, r.filed) for r in rows] == [(hh.id, True), (other.id, False)]
    [mark] = relatives.filings_of(ctx.uow(), hh.id)
    assert (mark.member_name, mark.staff_name, mark.role) == ("赵小明", "赵村长", "village_cadre")
    assert [r.name for r in relatives.list_relatives(ctx.uow(), year=2026)] == ["赵小明"]
    assert relatives.list_relatives(ctx.uow(), year=2025) == []


def test_duplicate_relative_and_bad_input_are_refused_and_nothing_written(ctx, villages):
    add(ctx, villages)
    before = (count(ctx, FilingRelative), count(ctx, FilingStaff), count(ctx, AuditLog))
    with pytest.raises(RuleError) as info:
        add(ctx, villages, registered_on=D(2026, 4, 1))
    assert [p.code for p in info.value.problems] == ["registers.duplicate_relative"]
    assert messages.text(info.value.problems[0]) == (
        f"赵村长 已于 2026-03-01 登记过近亲属 赵小明（{NEPHEW}），不能重复登记")
    bad = NEPHEW[:-1] + ("1" if NEPHEW[-1] != "1" else "2")
    with pytest.raises(RuleError) as info:
        add(ctx, villages, id_number=bad, staff_id_number=make_id("19710101", 33), village_id=None, name=" ")
    assert [p.code for p in info.value.problems] == ["id.checksum", "registers.name_empty", "registers.cadre_village"]
    with pytest.raises(RuleError) as info:
        add(ctx, villages, id_number=make_id("19960101", 43), staff_name="赵书记")
    assert [p.code for p in info.value.problems] == ["registers.staff_differs"]
    assert (count(ctx, FilingRelative), count(ctx, FilingStaff), count(ctx, AuditLog)) == before


def test_the_relatives_own_cadre_cannot_record_a_step_of_the_case(ctx, villages, make_household):
    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    add(ctx, villages)
    on = D(2026, 11, 2)
    with pytest.raises(RuleError) as info:
        proc.receive_application(ctx.uow(), hh.id, {"on": on, "person": "赵村长", "declaration_signed": True,
                                                    "authorisation_signed": True}, on)
    assert [p.code for p in info.value.problems] == ["registers.conflict_of_interest"]
    assert "按回避规定" in messages.text(info.value.problems[0])
    detail = proc.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                         "authorisation_signed": True}, on)
    proc.record_step(ctx.uow(), detail.info.id, 2, {"on": D(2026, 11, 4), "person": "李调查",
                                                    "investigator_signed": True, "applicant_signed": True,
                                                    "findings": "无"}, D(2026, 11, 4))
    steps = count(ctx, CaseStep)
    with pytest.raises(RuleError) as info:
        proc.record_step(ctx.uow(), detail.info.id, 3, {
            "on": D(2026, 11, 6), "person": "赵村长", "place": "村委会", "attendees": "代表 9 人",
            "objections": {}, "outcome": "pass"}, D(2026, 11, 6))
    assert "registers.conflict_of_interest" in [p.code for p in info.value.problems]
    assert count(ctx, CaseStep) == steps
    proc.record_step(ctx.uow(), detail.info.id, 3, {
        "on": D(2026, 11, 6), "person": "孙支书", "place": "村委会", "attendees": "代表 9 人",
        "objections": {}, "outcome": "pass"}, D(2026, 11, 6))


def test_the_yearly_filing_table_prints_every_registration_of_the_year(ctx, villages, make_household, tmp_path):
    from pypdf import PdfReader

    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),))
    add(ctx, villages)
    add(ctx, villages, id_number=make_id("19980808", 45), name="赵小红", relation="grandchild",
        registered_on=D(2025, 12, 31))
    out = tmp_path / "备案表.pdf"
    r = relatives.print_filing_table(ctx.uow(), 2026, out, today=TODAY)
    assert r.pages == 1 and r.households == 1 and not list(tmp_path.glob(".~*"))
    text = PdfReader(out).pages[0].extract_text()
    assert "2026年度经办人员和村（社区）干部近亲属享受低保备案表" in text
    assert "赵小明" in text and NEPHEW in text and f"{hh.id} 张三" in text and "赵小红" not in text
    assert "东风村" in text and "村主任" in text


def test_the_case_list_marks_a_filed_households_case(ctx, villages, make_household):
    from dibao_desk.services import procedure

    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),))
    other = make_household(head="钱二", head_id=make_id("19580101", 51))
    for h in (hh, other):
        procedure.open_case(ctx.uow(), h.id, "new", "", D(2026, 11, 2))
    assert {r.household_id: r.filed for r in procedure.list_cases(ctx.uow())} == {hh.id: False, other.id: False}
    add(ctx, villages)
    assert {r.household_id: r.filed for r in procedure.list_cases(ctx.uow())} == {hh.id: True, other.id: False}


def test_the_relatives_own_cadre_cannot_make_the_households_review(ctx, villages, make_household):
    """回避 reaches the periodic review too: the cadre who registered a member as a close relative
    may not be the one who visits and records the household's 复核 (保留 needs no case, so the
    steps' check never saw it)."""
    from dibao_desk.models import Review
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews import ReviewInput
    from tests.unit.test_reviews_schedule import receive

    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    receive(ctx, hh.id)
    add(ctx, villages)
    with pytest.raises(RuleError) as info:
        reviews.record_review(ctx.uow(), ReviewInput(hh.id, D(2026, 11, 20), " 赵村长 ", "keep", findings="无变化"),
                              today=TODAY)
    assert [p.code for p in info.value.problems] == ["registers.conflict_of_interest_review"]
    assert messages.text(info.value.problems[0]) == (
        "赵村长 已将本户成员 赵小明 登记为近亲属（备案），按回避规定不能复核本户，请由其他人员入户复核")
    assert count(ctx, Review) == 0
    reviews.record_review(ctx.uow(), ReviewInput(hh.id, D(2026, 11, 20), "孙支书", "keep", findings="无变化"),
                          today=TODAY)
    assert count(ctx, Review) == 1


def test_the_reviews_due_list_marks_a_filed_household(ctx, villages, make_household, capsys):
    """备案 households are reviewed strictly: the list of reviews due says which they are, in the
    terminal and in the window's table, as the notices and the case page do."""
    from dibao_desk.cli import main as cli_main
    from dibao_desk.services import reviews
    from dibao_desk.ui.tablemodels.reviews import DUE_COLUMNS
    from tests.unit.test_reviews_schedule import receive

    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    for hh in (filed, other):
        receive(ctx, hh.id)
    add(ctx, villages)
    rows = {r.household_id: r for r in reviews.due_list(ctx.uow(), overdue=True, today=D(2027, 1, 4))}
    assert rows[filed.id].filed and not rows[other.id].filed
    head = next(c for c in DUE_COLUMNS if c.key == "head_name")
    assert head.value(rows[filed.id]).endswith("（备案）") and "备案" not in head.value(rows[other.id])
    assert cli_main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert f"{rows[filed.id].head_name}（备案）" in out and "钱五（备案）" not in out
    assert out.splitlines()[-1] == "其中备案 1 户：户主后标“（备案）”的，本户有成员是经办人员或村干部登记的近亲属，应从严复核"


def test_the_reviews_due_workbook_marks_a_filed_household(ctx, villages, make_household, tmp_path, capsys):
    """The list taken to the villages as a workbook (reviews due --xlsx, the window's export)
    marks 备案 households as the terminal and the window do, and says what the mark means."""
    from openpyxl import load_workbook

    from dibao_desk.cli import main as cli_main
    from tests.unit.test_reviews_schedule import receive

    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    for hh in (filed, other):
        receive(ctx, hh.id)
    add(ctx, villages)
    out = tmp_path / "逾期.xlsx"
    assert cli_main(["--data-dir", str(ctx.data_dir), "reviews", "due", "--overdue", "--xlsx", str(out)]) == 0
    capsys.readouterr()
    ws = load_workbook(out).active
    assert ws["B2"].value == "村（社区）" and ws["C2"].value == "户主"
    heads = {int(row[9]): row[2] for row in ws.iter_rows(min_row=3, values_only=True) if row[9]}
    assert heads == {filed.id: f"{filed.draft.members[0].name}（备案）", other.id: "钱五"}
    notes = [row[0] for row in ws.iter_rows(min_row=3, values_only=True) if row[0] and not row[9]]
    assert notes[-1].startswith("其中备案 1 户")


def _filed_and_other(ctx, villages, make_household):
    from tests.unit.test_reviews_schedule import receive

    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    for hh in (filed, other):
        receive(ctx, hh.id)
    add(ctx, villages)
    return filed, other


def test_the_quarter_plan_marks_a_filed_household_in_the_terminal_and_its_workbook(
        ctx, villages, make_household, tmp_path, capsys):
    """The 复核计划 a clerk takes to the villages (reviews plan, --xlsx) marks 备案 households as
    the due list does: 户主（备案）, and a line saying what the mark means. Made on 31 December for
    the next quarter."""
    from openpyxl import load_workbook

    from dibao_desk.cli import main as cli_main
    from dibao_desk.services import reviews

    filed, other = _filed_and_other(ctx, villages, make_household)
    plan = reviews.plan_quarter(ctx.uow(), D(2027, 1, 1), today=D(2026, 12, 31))
    assert {r.household_id: r.filed for r in plan.rows} == {filed.id: True, other.id: False}
    out = tmp_path / "计划.xlsx"
    assert cli_main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "2027Q1",
                     "--today", "2026-12-31", "--xlsx", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    planned = [x.split() for x in lines if x.startswith("    ")]
    assert sorted(cells[1] for cells in planned) == ["张三（备案）", "钱五"]
    note = "其中备案 1 户：户主后标“（备案）”的，本户有成员是经办人员或村干部登记的近亲属，应从严复核"
    assert lines[-2:] == [note, f"已写入 {out}"]
    ws = load_workbook(out).active
    assert ws["E2"].value == "户主" and ws["J2"].value == "户编号"
    heads = {int(row[9]): row[4] for row in ws.iter_rows(min_row=3, values_only=True) if row[9]}
    assert heads == {filed.id: "张三（备案）", other.id: "钱五"}
    notes = [row[0] for row in ws.iter_rows(min_row=3, values_only=True) if row[0] and not row[9]]
    assert notes[-2:] == ["合计 2 户", note]


def test_a_plan_without_filed_households_has_no_mark_and_no_note(ctx, villages, make_household, tmp_path, capsys):
    from openpyxl import load_workbook

    from dibao_desk.cli import main as cli_main
    from tests.unit.test_reviews_schedule import receive

    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    receive(ctx, other.id)
    out = tmp_path / "计划.xlsx"
    assert cli_main(["--data-dir", str(ctx.data_dir), "reviews", "plan", "--quarter", "2027Q1",
                     "--today", "2026-12-31", "--xlsx", str(out)]) == 0
    assert "备案" not in capsys.readouterr().out
    ws = load_workbook(out).active
    assert not [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str) and "备案" in v]


def test_a_list_taken_down_by_the_relatives_cadre_names_that_case_and_writes_nothing(ctx, villages, make_household):
    """回避 in a batch: the registrations of all the list's households are read at once, and
    only the case of the household with the cadre's relative stops the list."""
    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    other = make_household(head="钱五", head_id=make_id("19580101", 51), wages_fen=0)
    add(ctx, villages)
    ids = []
    for hh in (other, filed):
        on = D(2026, 11, 2)
        cid = proc.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                          "authorisation_signed": True}, on).info.id
        proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                             "applicant_signed": True, "findings": "无"}, on)
        proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "孙支书", "place": "村委会",
                                             "attendees": "代表 9 人", "objections": {}, "outcome": "pass"}, on)
        ids.append(cid)
    proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 11, 3), "王经办", D(2026, 11, 3))
    assert proc.notice_batch(ctx.uow(), 1, TODAY).to_close == tuple(ids)
    before = (count(ctx, CaseStep), count(ctx, AuditLog))
    with pytest.raises(RuleError) as info:
        proc.close_notice_batch(ctx.uow(), ids, 1, TODAY, "赵村长", TODAY)
    assert [(p.code, p.params["case_id"], p.params["member"]) for p in info.value.problems] == [
        ("registers.conflict_of_interest", ids[1], "赵小明")]
    assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
    assert proc.close_notice_batch(ctx.uow(), ids, 1, TODAY, "孙支书", TODAY) == 2
    assert proc.notice_batch(ctx.uow(), 1, TODAY).to_close == ()


def test_the_relatives_own_cadre_is_found_among_the_people_a_step_names(ctx, villages, make_household):
    """A home visit is made by two (调查人员): 负责人 typed as 李调查、赵村长 or 李调查 赵村长, or the
    name typed with a space (赵 村长), is still the cadre who registered a member: refused, and
    the message names the cadre, not the whole field."""
    from dibao_desk.models import Review
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews import ReviewInput
    from tests.unit.test_reviews_schedule import receive

    hh = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    add(ctx, villages)
    on = D(2026, 11, 2)
    detail = proc.receive_application(ctx.uow(), hh.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                         "authorisation_signed": True}, on)
    steps = count(ctx, CaseStep)
    for person in ("李调查、赵村长", "李调查 赵村长", "李调查，赵 村长", "赵村长/李调查"):
        with pytest.raises(RuleError) as info:
            proc.record_step(ctx.uow(), detail.info.id, 2, {"on": D(2026, 11, 4), "person": person,
                                                            "investigator_signed": True, "applicant_signed": True,
                                                            "findings": "无"}, D(2026, 11, 4))
        conflict = [p for p in info.value.problems if p.code == "registers.conflict_of_interest"]
        assert [messages.text(p) for p in conflict] == [
            "赵村长 已将本户成员 赵小明 登记为近亲属（备案），按回避规定不能经办、审批此案，请由其他人员办理"], person
    assert count(ctx, CaseStep) == steps
    proc.record_step(ctx.uow(), detail.info.id, 2, {"on": D(2026, 11, 4), "person": "李调查、孙支书",
                                                    "investigator_signed": True, "applicant_signed": True,
                                                    "findings": "无"}, D(2026, 11, 4))
    assert count(ctx, CaseStep) == steps + 1

    other = make_household(head="钱五", head_id=make_id("19580101", 51),
                           extra_members=(MemberDraft("赵小红", make_id("19980808", 45), "daughter"),), wages_fen=0)
    receive(ctx, other.id)
    add(ctx, villages, id_number=make_id("19980808", 45), name="赵小红")
    with pytest.raises(RuleError) as info:
        reviews.record_review(ctx.uow(), ReviewInput(other.id, D(2026, 11, 20), "孙支书、赵村长", "keep",
                                                     findings="无变化"), today=TODAY)
    assert [p.code for p in info.value.problems] == ["registers.conflict_of_interest_review"]
    assert count(ctx, Review) == 0


def test_the_names_a_person_field_holds():
    from dibao_desk.domain.registers import named_in

    assert named_in("李调查、赵村长", "赵村长") and named_in("赵 村长", "赵村长") and named_in("王五和李四", "李四")
    assert named_in("李和平", "李和平") and named_in("买买提.艾力", "买买提·艾力")
    assert not named_in("赵村长二", "赵村长") and not named_in("", "赵村长") and not named_in("李和平", "李平")


def test_a_registration_dated_before_the_relative_was_born_is_refused(ctx, villages):
    """备案日期 typed 1026-03-01 for 2026-03-01 was kept, and the yearly 备案表 of 2026 left the
    relative out without a word; a day before either person's birth is refused, added or corrected."""
    with pytest.raises(RuleError) as info:
        add(ctx, villages, registered_on=D(1026, 3, 1))
    assert [messages.text(p) for p in info.value.problems] == [
        f"备案日期 1026-03-01 早于身份证号 {NEPHEW} 的出生日期 1995-05-05，请核对年份"]
    assert count(ctx, FilingRelative) == 0
    with pytest.raises(RuleError) as info:
        add(ctx, villages, registered_on=D(1969, 12, 31), id_number=make_id("19500101", 41))
    assert [p.params["id_number"] for p in info.value.problems] == [CADRE]  # the cadre, born 1970
    info_ok = add(ctx, villages)
    with pytest.raises(RuleError) as info:
        relatives.edit_relative(ctx.uow(), info_ok.id, name="赵小明", relation="child", registered_on=D(1026, 3, 1),
                                note="", reason="录错", today=TODAY)
    assert [p.code for p in info.value.problems] == ["registers.filed_before_birth"]
    assert [r.registered_on for r in relatives.list_relatives(ctx.uow(), year=2026)] == [D(2026, 3, 1)]


def test_a_list_taken_down_by_two_people_one_of_them_the_cadre_is_refused(ctx, villages, make_household):
    """回避 in a batch follows the single-case rule: 负责人 "孙支书、赵村长" names the cadre."""
    filed = make_household(extra_members=(MemberDraft("赵小明", NEPHEW, "son"),), wages_fen=0)
    add(ctx, villages)
    on = D(2026, 11, 2)
    cid = proc.receive_application(ctx.uow(), filed.id, {"on": on, "person": "王经办", "declaration_signed": True,
                                                          "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                         "applicant_signed": True, "findings": "无"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": on, "person": "孙支书", "place": "村委会",
                                         "attendees": "代表 9 人", "objections": {}, "outcome": "pass"}, on)
    proc.start_notice_batch(ctx.uow(), [cid], 1, D(2026, 11, 3), "王经办", D(2026, 11, 3))
    before = (count(ctx, CaseStep), count(ctx, AuditLog))
    with pytest.raises(RuleError) as info:
        proc.close_notice_batch(ctx.uow(), [cid], 1, TODAY, "孙支书、赵 村长", TODAY)
    assert [(p.code, p.params["person"], p.params["member"]) for p in info.value.problems] == [
        ("registers.conflict_of_interest", "赵村长", "赵小明")]
    assert (count(ctx, CaseStep), count(ctx, AuditLog)) == before
