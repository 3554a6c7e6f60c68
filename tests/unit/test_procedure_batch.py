"""A village's notice list posted or taken down at once: all or nothing, and what stops it
names the case and its head, so the office knows which household to look at."""

import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import procedure as proc
from tests.helpers import make_id

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
P = "王经办"


def receive_and_review(ctx, make_household, head, seq, reviewed_on):
    h = make_household(head=head, head_id=make_id("19600101", seq), wages_fen=20000)
    on = D(2026, 12, 20)
    cid = proc.receive_application(ctx.uow(), h.id, {"on": on, "person": P, "declaration_signed": True,
                                                     "authorisation_signed": True}, on).info.id
    proc.record_step(ctx.uow(), cid, 2, {"on": on, "person": "李调查", "investigator_signed": True,
                                          "applicant_signed": True, "findings": "家中无劳动力"}, on)
    proc.record_step(ctx.uow(), cid, 3, {"on": reviewed_on, "person": "村主任", "place": "村委会",
                                          "attendees": "村民代表 11 人", "objections": {}, "outcome": "pass"},
                     reviewed_on)
    return cid


def posted(ctx, cid):
    return proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).current[4].started_on if \
        4 in proc.get_case(ctx.uow(), cid, D(2026, 12, 31)).current else None


def test_one_case_reviewed_after_the_posting_day_stops_the_list_and_is_named(ctx, make_household):
    ids = [receive_and_review(ctx, make_household, "赵一", 11, D(2026, 12, 21)),
           receive_and_review(ctx, make_household, "钱二", 13, D(2026, 12, 23)),
           receive_and_review(ctx, make_household, "孙三", 15, D(2026, 12, 21))]
    batch = proc.notice_batch(ctx.uow(), 1, D(2026, 12, 22))
    assert sorted(batch.to_post) == sorted(ids)
    with pytest.raises(RuleError) as info:
        proc.start_notice_batch(ctx.uow(), list(batch.to_post), 1, D(2026, 12, 22), P, D(2026, 12, 24))
    assert messages.texts(info.value.problems) == [
        f"案件 {ids[1]}（户主 钱二）：日期 2026-12-22 早于上一步的日期 2026-12-23，请核对"]
    assert [posted(ctx, cid) for cid in ids] == [None, None, None]  # nothing posted
    proc.start_notice_batch(ctx.uow(), list(batch.to_post), 1, D(2026, 12, 23), P, D(2026, 12, 24))
    assert [posted(ctx, cid) for cid in ids] == [D(2026, 12, 23)] * 3


def test_every_case_that_stops_the_list_is_named_and_a_shared_problem_said_once(ctx, make_household):
    ids = [receive_and_review(ctx, make_household, f"李{i}", 11 + 2 * i, D(2026, 12, 23)) for i in range(23)]
    with pytest.raises(RuleError) as info:  # a day before every review, and no person
        proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 12, 22), " ", D(2026, 12, 24))
    words = messages.texts(info.value.problems)
    assert words[0] == "请填写负责人（经办人）"
    assert words[1] == f"案件 {ids[0]}（户主 李0）：日期 2026-12-22 早于上一步的日期 2026-12-23，请核对"
    assert len(words) == 1 + 20 + 1
    assert words[-1] == "另有 3 件案件也不能办理（未逐一列出）；整批均未办理，请核对后再试"
    assert all(posted(ctx, cid) is None for cid in ids)


def test_taking_down_a_list_with_one_objection_open_names_that_case(ctx, make_household):
    ids = [receive_and_review(ctx, make_household, "周一", 11, D(2026, 12, 21)),
           receive_and_review(ctx, make_household, "吴二", 13, D(2026, 12, 21))]
    proc.start_notice_batch(ctx.uow(), ids, 1, D(2026, 12, 28), P, D(2026, 12, 28))
    proc.log_objection(ctx.uow(), ids[1], 4, D(2027, 1, 2), "phone", "反映其有车辆", D(2027, 1, 2))
    with pytest.raises(RuleError) as info:
        proc.close_notice_batch(ctx.uow(), ids, 1, D(2027, 1, 4), P, D(2027, 1, 4))
    assert messages.texts(info.value.problems) == [
        f"案件 {ids[1]}（户主 吴二）：还有 1 件公示异议未处理完毕，处理后才能进入下一步"]
    assert [proc.get_case(ctx.uow(), cid, D(2027, 1, 4)).next_step for cid in ids] == [4, 4]  # all or nothing


def test_a_posted_list_writes_what_posting_each_case_alone_writes_without_an_object_per_record(
        ctx, make_household):
    """The list's records, the cases' list columns and the audit rows are those of posting
    one case alone; the records go in as rows of one insert, not a CaseStep object each."""
    import json

    from sqlalchemy import event, select
    from sqlalchemy.orm import Session

    from dibao_desk.models import AuditLog, Case, CaseStep

    ids = [receive_and_review(ctx, make_household, f"户主{i}", 700 + i, D(2026, 12, 21)) for i in range(3)]
    on = D(2026, 12, 23)
    proc.start_notice(ctx.uow(), ids[0], 4, on, P, on)
    made = []

    def count(session, _context, _instances):
        made.extend(o for o in session.new if isinstance(o, CaseStep))

    event.listen(Session, "before_flush", count)
    try:
        assert proc.start_notice_batch(ctx.uow(), ids[1:], 1, on, P, on) == 2
    finally:
        event.remove(Session, "before_flush", count)
    assert made == []
    with ctx.uow() as u:
        def written(cid):
            rec = u.session.scalars(select(CaseStep).where(CaseStep.case_id == cid, CaseStep.step == 4)).one()
            case = u.session.get(Case, cid)
            audit = u.session.scalars(select(AuditLog).where(
                AuditLog.entity == "case_step", AuditLog.entity_id == cid, AuditLog.action == "step4.start")).one()
            after = json.loads(audit.after)
            # each case's own: the head, persons, class and amount as posted (the 一榜 before the
            # township's proposal: 待核定), kept with the step and in its audit
            own = (json.loads(rec.data_json), after.pop("data"))
            return ((rec.active, rec.started_on, rec.window_end, rec.done_on, rec.person, rec.result, rec.notes,
                     rec.recorded_by, rec.recorded_at is not None),
                    (case.next_step, case.notice_start, case.notice_end, case.open_objections),
                    (after, audit.operator)), own
        alone, own = written(ids[0])
        assert alone[1][:2] == (4, on)
        def posted(i):
            return {"head_name": f"户主{i}", "persons": 1, "category": "", "monthly_fen": 0, "decided": False}
        assert own == (posted(0),) * 2
        assert [written(cid) for cid in ids[1:]] == [(alone, (posted(i),) * 2) for i in (1, 2)]


def test_a_list_taken_down_writes_what_closing_each_case_alone_writes(ctx, make_household):
    """The records marked done, the cases' list columns (and time of change) and the audit rows
    are those of closing one case alone (``record_step``), for every case of the list; the
    batch writes them as rows, not by flushing objects."""
    import json

    from sqlalchemy import select

    from dibao_desk.models import AuditLog, Case, CaseStep

    ids = [receive_and_review(ctx, make_household, f"户主{i}", 700 + i, D(2026, 12, 21)) for i in range(3)]
    on, down = D(2026, 12, 23), D(2026, 12, 30)
    proc.start_notice_batch(ctx.uow(), ids, 1, on, P, on)
    with ctx.uow() as u:
        posted_at = {cid: u.session.get(Case, cid).updated_at for cid in ids}
    proc.record_step(ctx.uow(), ids[0], 4, {"on": down, "person": " 村文书 ", "notes": " 无异议 "}, down)
    assert proc.close_notice_batch(ctx.uow(), ids[1:], 1, down, " 村文书 ", down, notes=" 无异议 ") == 2
    with ctx.uow() as u:
        def written(cid):
            rec = u.session.scalars(select(CaseStep).where(CaseStep.case_id == cid, CaseStep.step == 4)).one()
            case = u.session.get(Case, cid)
            audit = u.session.scalars(select(AuditLog).where(
                AuditLog.entity == "case_step", AuditLog.entity_id == cid, AuditLog.action == "step4")).one()
            before, after = json.loads(audit.before), json.loads(audit.after)
            own = (rec.data_json, before.pop("data"), after.pop("data"))
            return ((rec.active, rec.started_on, rec.window_end, rec.done_on, rec.person, rec.result, rec.notes,
                     rec.recorded_by),
                    (case.next_step, case.notice_start, case.notice_end, case.open_objections, case.status,
                     case.updated_at > posted_at[cid]),
                    (before, after, audit.operator)), own
        alone, own = written(ids[0])
        assert alone[0] == (True, on, D(2026, 12, 30), down, "村文书", "passed", "无异议", P)
        assert alone[1] == (5, None, None, 0, "open", True)
        assert alone[2][1]["done_on"] == "2026-12-30" and alone[2][0]["done_on"] is None
        assert [written(cid)[0] for cid in ids[1:]] == [alone, alone]
        assert [written(cid)[1][1] for cid in ids] == [{"head_name": f"户主{i}", "persons": 1, "category": "",
                                                        "monthly_fen": 0, "decided": False} for i in range(3)]
    from dibao_desk.services import audit as audit_service

    assert audit_service.check_chain(ctx.uow()).ok  # the batch's rows joined the chain
