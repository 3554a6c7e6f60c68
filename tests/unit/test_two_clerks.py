"""Two clerks at once on one store: what the second one saves on an older reading is refused
with a message naming what changed; nothing is recorded twice, nothing lost."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.payroll import PayrollStatus
from dibao_desk.models import AuditLog, CaseStep
from dibao_desk.services import payroll, payroll_sign, procedure as proc, procedure_record
from tests.concurrency import interleaved, second_clerk
from tests.unit.test_payroll import homes  # noqa: F401 - the fixture
from tests.unit.test_procedure import D, receive, walk

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)


def _refused_cleanly(outcome) -> list[str]:
    """The codes of a refusal (a RuleError the window shows in words); a database error fails."""
    assert isinstance(outcome.error, RuleError), repr(outcome.error)
    return [p.code for p in outcome.error.problems]


def test_the_township_review_recorded_by_two_clerks_at_once_is_recorded_once(ctx, make_household, monkeypatch):
    hid = make_household(wages_fen=20000).id
    case = receive(ctx, hid).info
    walk(ctx, case.id, 6)
    data = {"on": D(2026, 11, 16), "person": "分管镇长", "category": "class2", "monthly_fen": 31200,
            "amount_reason": "村评议核定"}
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, procedure_record, "_state",
                           lambda: proc.record_step(ctx.uow(), case.id, 6, data, D(2026, 11, 16)),
                           lambda: proc.record_step(other.uow(), case.id, 6, data | {"monthly_fen": 30000},
                                                    D(2026, 11, 16)))
    # PostgreSQL: A holds the case, B waits and reads A's record; SQLite: B's commit comes first
    # and A's write, on its older reading, is run again and reads B's record.
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["procedure.step_done"]
    assert "第 6 步（乡镇政府审核）已由“分管镇长”于 2026-11-16 办理" in messages.text(refused.error.problems[0])
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(CaseStep).where(
            CaseStep.case_id == case.id, CaseStep.step == 6)) == 1
    detail = proc.get_case(ctx.uow(), case.id)
    assert detail.next_step == 7
    assert detail.current[6].data["monthly_fen"] == saved.value.current[6].data["monthly_fen"]


def test_wrong_passwords_typed_at_two_pcs_at_once_both_count(ctx, monkeypatch):
    from dibao_desk.domain import accounts as rules
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts

    accounts.create_account(ctx.uow(), "刘主任", "admin-2026", {Role.ADMIN})
    accounts.create_account(ctx.uow(), "小王", "dibao-2026", {Role.CLERK})
    now = dt.datetime(2026, 12, 31, 23, 50)
    for _ in range(rules.MAX_FAILURES - 2):
        with pytest.raises(RuleError):
            accounts.sign_in(ctx.uow(), "小王", "wrong", now)
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, accounts, "_find",
                           lambda: accounts.sign_in(ctx.uow(), "小王", "wrong-a", now),
                           lambda: accounts.sign_in(other.uow(), "小王", "wrong-b", now))
    codes = sorted(p.code for o in (a, b) for p in o.error.problems)
    assert codes == ["account.locked_now", "account.sign_in_failed"]
    info = next(i for i in accounts.list_accounts(ctx.uow()) if i.name == "小王")
    assert info.locked_until == now + rules.LOCK_FOR
    with pytest.raises(RuleError) as refused:  # the right password too, while locked
        accounts.sign_in(ctx.uow(), "小王", "dibao-2026", now + dt.timedelta(minutes=1))
    assert refused.value.problems[0].code == "account.locked"


def test_a_roster_signed_at_two_pcs_at_once_is_signed_once_31_december(ctx, homes, monkeypatch):
    day = D(2026, 12, 31)
    made = payroll.make(ctx.uow(), "2027-01", today=day)
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, payroll_sign, "_get",
                           lambda: payroll.sign(ctx.uow(), made.id, "赵镇长", day, today=day),
                           lambda: payroll.sign(other.uow(), made.id, "李镇长", day, today=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["payroll.not_draft"]
    assert "已审核" in messages.text(refused.error.problems[0])
    shown = payroll.show(ctx.uow(), made.id)
    assert shown.status is PayrollStatus.REVIEWED and shown.reviewed_by == saved.value.reviewed_by
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.entity == "payroll", AuditLog.action == "sign")) == 1


def test_two_clerks_saving_one_household_form_at_once_the_later_is_refused(ctx, make_household, monkeypatch):
    from dibao_desk.domain.household import IncomeDraft
    from dibao_desk.services import households

    made = make_household(wages_fen=20000)
    loaded = households.get(ctx.uow(), made.id).draft  # both forms opened on this
    mine = dataclasses.replace(loaded, incomes=(IncomeDraft("wages", 30000, 0),))
    theirs = dataclasses.replace(loaded, phone="13800000000")
    day = D(2027, 2, 28)
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, households, "to_draft",
                           lambda: households.save(ctx.uow(), mine, made.id, day, expected=loaded),
                           lambda: households.save(other.uow(), theirs, made.id, day, expected=loaded))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["household.changed"]
    assert "已被修改" in messages.text(refused.error.problems[0])
    now = households.get(ctx.uow(), made.id).draft
    assert now == saved.value.draft and now in (mine, theirs)


def test_one_household_reviewed_at_two_pcs_at_once_is_proposed_once_30_november(ctx, make_household, monkeypatch):
    from dibao_desk.models import Proposal, Review
    from dibao_desk.services import proposals, reviews, reviews_record
    from dibao_desk.services.reviews import ReviewInput
    from tests.unit.test_reviews_schedule import receive as receiving

    home = make_household(wages_fen=0).id
    receiving(ctx, home)
    day = D(2026, 11, 30)
    mine = ReviewInput(home, day, "王经办", "change", reason="收入增加", new_benefit_fen=30000)
    theirs = ReviewInput(home, day, "李经办", "cancel", reason="家庭收入超过标准")
    # A pauses once its case is written (PostgreSQL: B then found no case open, as A's was not
    # committed); on SQLite, where B would wait for A's write, once A has read the household.
    paused_at = "_mark_income_stable" if ctx.store.on_server else "check_review"
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, reviews_record, paused_at,
                           lambda: reviews.record_review(ctx.uow(), mine, today=day),
                           lambda: reviews.record_review(other.uow(), theirs, today=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["procedure.case_exists"]
    assert f"已有一件正在办理的案件（案件编号 {saved.value.case_id}）" in messages.text(refused.error.problems[0])
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Review).where(Review.household_id == home)) == 1
        assert u.session.scalar(select(func.count()).select_from(Proposal).where(Proposal.household_id == home)) == 1
    assert proposals.proposal_for_case(ctx.uow(), saved.value.case_id).source == f"review:{saved.value.id}"


def test_a_roster_signed_while_a_change_reaching_back_is_granted_leaves_no_month_unpaid_31_december(
        ctx, homes, monkeypatch):
    from dibao_desk.domain import procedure as steps
    from dibao_desk.domain.payroll import LineKind, PayrollKind
    from dibao_desk.models import ledger as ledger_store
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews import ReviewInput
    from tests.helpers import walk_case

    c = homes[2]  # 300 元 a month
    review = reviews.record_review(ctx.uow(), ReviewInput(c, D(2026, 11, 20), "王经办", "change", reason="收入减少",
                                                          new_benefit_fen=40000), today=D(2026, 11, 20))
    walk_case(ctx, review.case_id, D(2026, 11, 21), until=steps.GRANT)
    day = D(2026, 12, 31)
    roster = payroll.make(ctx.uow(), "2026-12", today=day)  # December at 300 元
    grant = {"on": day, "person": "王经办", "start_month": D(2026, 12, 1), "category": "class3",
             "monthly_fen": 40000, "amount_reason": "按复核核定"}
    # A pauses once it has written the ledger from December (PostgreSQL: it read the paid months
    # before B's roster marked December paid); on SQLite, where B would wait for A's write, once
    # A has read the case.
    module, paused_at = (ledger_store, "write") if ctx.store.on_server else (procedure_record, "_state")
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, module, paused_at,
                           lambda: proc.record_step(ctx.uow(), review.case_id, steps.GRANT, grant, day),
                           lambda: payroll.sign(other.uow(), roster.id, "赵镇长", day, today=day))
    assert a.error is None  # the grant stands either way
    if b.error is None:  # signed first: December was paid at 300 元, the grant's 100 元 is a 补发
        back = payroll.make(ctx.uow(), "2026-12", PayrollKind.BACK_PAY, today=day)
        assert [(x.household_id, x.line_kind, x.total_fen) for x in payroll.lines(ctx.uow(), back.id)] == [
            (c, LineKind.BACK_PAY, 10000)]
    else:  # the grant first: the roster made before it is refused, made again it pays 400 元
        assert _refused_cleanly(b) == ["payroll.stale_ledger"]
        assert "台账又有批准的变化" in messages.text(b.error.problems[0])
        again = payroll.make(ctx.uow(), "2026-12", today=day)
        assert [x.total_fen for x in payroll.lines(ctx.uow(), again.id) if x.household_id == c] == [40000]


def test_a_standard_batch_granted_while_a_change_of_one_of_its_households_is_granted_31_december(
        ctx, make_household, monkeypatch):
    """The 2027 standard (500 元) is proposed on 1 December with 钱二 at 450 元; a 变更 of 钱二
    (400 元 from January) is granted at one PC on 31 December while the batch is granted at
    another. 钱二 keeps 400 元 whichever is first (the batch leaves out a household changed
    since it was computed, and a grant after the batch writes its own amount)."""
    from dataclasses import replace

    from dibao_desk.domain import procedure as steps
    from dibao_desk.models import Household
    from dibao_desk.models import ledger as ledger_store
    from dibao_desk.services import ledger, policy, proposals, reviews
    from dibao_desk.services.reviews import ReviewInput
    from tests.conftest import make_id
    from tests.helpers import walk_case
    from tests.unit.test_ledger import put_on_benefit

    homes = []
    for i, name in enumerate(("赵一", "钱二")):
        hh = make_household(head=name, head_id=make_id("19600315", 41 + 2 * i), wages_fen=0)
        put_on_benefit(ctx, hh.id, today=D(2026, 12, 1))
        homes.append(hh.id)
    zhao, qian = homes
    old = policy.policy_in_force(ctx.uow(), D(2026, 12, 1)).figures
    policy.add_policy_set(ctx.uow(), D(2027, 1, 1), replace(old, rural_standard_fen=50000), "2027 年标准",
                          today=D(2026, 12, 1))
    _totals, p = proposals.propose_standard(ctx.uow(), D(2027, 1, 1), D(2026, 12, 1), "2027 年提标")
    review = reviews.record_review(ctx.uow(), ReviewInput(qian, D(2026, 12, 1), "王经办", "change",
                                                          reason="收入增加", new_benefit_fen=40000),
                                   today=D(2026, 12, 1))
    walk_case(ctx, review.case_id, D(2026, 12, 2), until=steps.GRANT)
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 2), "分管镇长", D(2026, 12, 2))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 3), "县民政局", D(2026, 12, 3))
    proposals.start_batch_notice(ctx.uow(), p.id, D(2026, 12, 4), "王经办", D(2026, 12, 4))
    proposals.record_batch_step(ctx.uow(), p.id, D(2026, 12, 11), "王经办", D(2026, 12, 11))
    day = D(2026, 12, 31)
    grant = {"on": day, "person": "王经办", "start_month": D(2027, 1, 1), "category": "class3",
             "monthly_fen": 40000, "amount_reason": "按复核核定"}
    # A pauses once it has read what the batch's households have now (PostgreSQL); on SQLite,
    # where B would wait for A's writes, once it has read the batch.
    module, paused_at = (ledger_store, "month_values") if ctx.store.on_server else (proposals, "_get")
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, module, paused_at,
                           lambda: proposals.record_batch_step(ctx.uow(), p.id, day, "王经办", day),
                           lambda: proc.record_step(other.uow(), review.case_id, steps.GRANT, grant, day))
    assert a.error is None and b.error is None  # both are granted
    jan = ledger.month_amounts(ctx.uow(), D(2027, 1, 1))
    assert (jan[zhao].amount_fen, jan[qian].amount_fen) == (50000, 40000)
    with ctx.uow() as uow:
        assert uow.session.get(Household, qian).monthly_benefit_fen == 40000
    assert ledger.check(ctx.uow()) == (0, [])


def test_a_notice_list_posted_while_one_of_its_cases_is_withdrawn_at_another_pc_30_november(
        ctx, make_household, monkeypatch):
    from dibao_desk.domain.procedure import CaseStatus
    from dibao_desk.services import procedure_notice
    from tests.conftest import make_id

    ids = []
    for i in range(3):
        h = make_household(wages_fen=20000, head=f"王{i}", head_id=make_id("19580101", 41 + 2 * i))
        ids.append(receive(ctx, h.id).info.id)
        walk(ctx, ids[-1], 4)
    day = D(2026, 11, 30)
    gone = ids[1]
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, procedure_notice, "_state",
                           lambda: proc.start_notice_batch(ctx.uow(), ids, 1, day, "王经办", day),
                           lambda: proc.withdraw(other.uow(), gone, day, "李经办", "户主 11月30日 递交书面撤回申请",
                                                 day))
    assert b.error is None  # the withdrawal stands either way
    assert proc.get_case(ctx.uow(), gone, day).info.status == CaseStatus.WITHDRAWN
    posted = {i for i in ids if 4 in proc.get_case(ctx.uow(), i, day).current}
    if a.error is None:  # posted first (PostgreSQL: the withdrawal waited for the list)
        assert posted == set(ids)
    else:  # withdrawn first: the list, read before, is refused whole and naming the case
        assert _refused_cleanly(a) == ["procedure.case_closed"]
        assert f"案件 {gone}（户主 王1）：该案件已办结或已终止" in messages.text(a.error.problems[0])
        assert posted == set()
    with ctx.uow() as u:  # a withdrawn case never holds a notice posted after it ended
        done = [x.action for x in u.session.scalars(select(AuditLog).where(
            AuditLog.entity == "case_step", AuditLog.entity_id == gone).order_by(AuditLog.id))]
        ended = u.session.scalar(select(func.max(AuditLog.id)).where(
            AuditLog.entity == "case", AuditLog.entity_id == gone, AuditLog.action == "withdraw"))
        last_post = u.session.scalar(select(func.max(AuditLog.id)).where(
            AuditLog.entity == "case_step", AuditLog.entity_id == gone, AuditLog.action == "step4.start"))
    assert ("step4.start" in done) is (a.error is None)
    assert ended is not None and (last_post is None or last_post < ended)
    # the list on the noticeboard: the withdrawn case is not shown as on notice
    running = proc.notice_batch(ctx.uow(), 1, D(2026, 12, 3)).running
    assert sorted(running) == sorted(posted - {gone})


def test_a_month_roster_and_a_quarter_roster_over_it_signed_at_once_only_one_is_signed_30_november(
        ctx, homes, monkeypatch):
    day = D(2026, 11, 30)
    quarter = payroll.make(ctx.uow(), "2026Q4", today=D(2026, 9, 30))
    month = payroll.make(ctx.uow(), "2026-12", today=day)
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, payroll_sign, "overlapping_signed",  # A found no roster signed over it
                           lambda: payroll.sign(ctx.uow(), month.id, "赵镇长", day, today=day),
                           lambda: payroll.sign(other.uow(), quarter.id, "李镇长", day, today=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    # the quarter refused keeps October and November to pay (overlap); the month refused is
    # paid whole by the quarter (overlap_whole)
    assert _refused_cleanly(refused) == ["payroll.overlap" if saved is a else "payroll.overlap_whole"]
    assert messages.text(refused.error.problems[0]) == (
        "2026 年第 4 季度的常规造册不能再发已经造册发放的月份。2026 年 12 月：已发放（2026 年 12 月造册已审核，审核人：赵镇长）。"
        "请只为其余月份造册：2026 年 10 月、2026 年 11 月（造册周期按季度时也可按月造册）" if saved is a else
        "2026 年 12 月：已发放（2026 年第 4 季度造册已审核，审核人：李镇长），不能再发一次，不必另行造册")
    signed = [r.period for r in payroll.rosters(ctx.uow()) if r.status is PayrollStatus.REVIEWED]
    assert signed == [saved.value.period]
    with ctx.uow() as u:  # December marked paid once, by the roster signed
        assert u.session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.entity == "payroll", AuditLog.action == "sign")) == 1


def test_two_refusals_of_work_recorded_at_once_after_a_first_one_propose_one_stop_31_january(
        ctx, make_household, monkeypatch):
    from dibao_desk.models import Proposal, WorkRefusal
    from dibao_desk.services import reviews, reviews_record
    from tests.conftest import MemberDraft, make_id
    from tests.unit.test_reviews_schedule import receive as receiving

    son = MemberDraft("张强", make_id("19900101", 33), "son", work_capacity="full")
    home = make_household(wages_fen=0, extra_members=(son,)).id
    receiving(ctx, home)
    day = D(2027, 1, 31)
    reviews.record_refusal(ctx.uow(), home, D(2026, 12, 3), "镇保洁员岗位", "张强", today=day)
    # A pauses once its stop is proposed (PostgreSQL: B waits for A's audit rows before it counts
    # the refusals); on SQLite, where B would wait for A's write, once A has read the household.
    paused_at = "_reschedule_one" if ctx.store.on_server else "_check_dated"
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, reviews_record, paused_at,
                           lambda: reviews.record_refusal(ctx.uow(), home, D(2027, 1, 30), "工业园包装工", "张强",
                                                          today=day),
                           lambda: reviews.record_refusal(other.uow(), home, D(2027, 1, 31), "物业保安", "张强",
                                                          today=day))
    assert a.error is None and b.error is None  # both refusals are recorded
    decided = [o.value for o in (a, b) if o.value.decision is not None]
    assert len(decided) == 1 and decided[0].decision.consequence == "stop"
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(WorkRefusal).where(
            WorkRefusal.household_id == home)) == 3
        assert u.session.scalar(select(func.count()).select_from(Proposal).where(Proposal.household_id == home)) == 1


def test_stable_work_recorded_at_two_pcs_at_once_starts_one_gradual_exit_31_december(ctx, make_household,
                                                                                      monkeypatch):
    from dibao_desk.services import reviews, reviews_record
    from tests.unit.test_ledger import put_on_benefit
    from tests.unit.test_reviews_record import _exit_rows

    home = make_household(wages_fen=0).id
    put_on_benefit(ctx, home)
    day = D(2026, 12, 31)
    # A pauses once its 渐退 is written (PostgreSQL: B then found none, as A's was not committed);
    # on SQLite, where B would wait for A's write, once A has read the household.
    paused_at = "_reschedule_one" if ctx.store.on_server else "_check_dated"
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, reviews_record, paused_at,
                           lambda: reviews.record_stable_work(ctx.uow(), home, D(2026, 12, 10), "张三", today=day),
                           lambda: reviews.record_stable_work(other.uow(), home, D(2026, 12, 30), "张三",
                                                              today=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["reviews.exit_running"]
    assert f"该户已于 {saved.value.gained_on.isoformat()} 登记过张三取得稳定就业收入" in messages.text(
        refused.error.problems[0])
    assert _exit_rows(ctx, home) == (1, 1)


def test_one_keep_review_saved_at_two_pcs_at_once_is_recorded_once_29_february(ctx, make_household, monkeypatch):
    from dibao_desk.models import Review
    from dibao_desk.services import reviews, reviews_record
    from dibao_desk.services.reviews import ReviewInput
    from tests.unit.test_reviews_schedule import receive as receiving

    home = make_household(wages_fen=0).id
    receiving(ctx, home)
    day = D(2028, 2, 29)
    paused_at = "_mark_income_stable" if ctx.store.on_server else "check_review"
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, reviews_record, paused_at,
                           lambda: reviews.record_review(ctx.uow(), ReviewInput(home, day, "王经办", "keep"), today=day),
                           lambda: reviews.record_review(other.uow(), ReviewInput(home, day, "李经办", "keep"),
                                                         today=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["reviews.review_same_day"]
    assert f"复核人：{saved.value.visitor}，结论：保留" in messages.text(refused.error.problems[0])
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Review).where(Review.household_id == home)) == 1


def _open_cases(ctx, household_id: int) -> int:
    from dibao_desk.domain.procedure import CaseStatus
    from dibao_desk.models import Case

    with ctx.uow() as u:
        return int(u.session.scalar(select(func.count()).select_from(Case).where(
            Case.household_id == household_id, Case.status == CaseStatus.OPEN)))


def test_one_application_received_at_two_pcs_at_once_opens_one_case_31_january(ctx, make_household, monkeypatch):
    from dibao_desk.services import procedure_open

    hid = make_household(wages_fen=20000).id
    day = D(2027, 1, 31)
    data = {"on": day, "person": "王经办", "declaration_signed": True, "authorisation_signed": True}
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, procedure_open, "_open_checks",
                           lambda: proc.receive_application(ctx.uow(), hid, data, day),
                           lambda: proc.receive_application(other.uow(), hid, data | {"person": "李经办"}, day))
    # PostgreSQL: A holds the household, B waits and then finds A's case; SQLite: B's commit
    # comes first and A, run again, finds B's.
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["procedure.case_exists"]
    assert f"已有一件正在办理的案件（案件编号 {saved.value.info.id}）" in messages.text(refused.error.problems[0])
    assert _open_cases(ctx, hid) == 1


def test_one_household_proposed_at_two_pcs_at_once_opens_one_case_28_february(ctx, make_household, monkeypatch):
    from dibao_desk.domain.ledger import ProposalKind
    from dibao_desk.models import Proposal
    from dibao_desk.services import procedure_open, proposals
    from tests.unit.test_reviews_schedule import receive as receiving

    home = make_household(wages_fen=0).id
    receiving(ctx, home)
    day = D(2027, 2, 28)
    with second_clerk(ctx) as other:
        a, b = interleaved(monkeypatch, ctx, procedure_open, "_open_checks",
                           lambda: proposals.open_proposal(ctx.uow(), home, ProposalKind.CROSSCHECK, "核对发现隐瞒存款",
                                                           D(2027, 3, 1), opened_on=day, amount_fen=30000),
                           lambda: proposals.open_proposal(other.uow(), home, ProposalKind.DEATH, "户主于 2 月 27 日死亡",
                                                           D(2027, 3, 1), opened_on=day))
    saved, refused = (a, b) if a.error is None else (b, a)
    assert saved.error is None
    assert _refused_cleanly(refused) == ["procedure.case_exists"]
    assert f"已有一件正在办理的案件（案件编号 {saved.value.case_id}）" in messages.text(refused.error.problems[0])
    assert _open_cases(ctx, home) == 1
    with ctx.uow() as u:
        assert u.session.scalar(select(func.count()).select_from(Proposal).where(Proposal.household_id == home)) == 1


@pytest.mark.parametrize(("theirs", "mine"), [
    ({"outcome": "cancel", "reason": "家庭收入超过标准"}, {"outcome": "keep", "findings": "收入无变化"}),
    ({"outcome": "keep", "findings": "收入无变化"}, {"outcome": "change", "reason": "收入增加", "new_benefit_fen": 30000}),
])
def test_a_review_form_opened_before_another_clerk_recorded_a_review_is_refused_new_year(
        ctx, make_household, theirs, mine):
    """Clerk A opens 记录复核 on 30 December and leaves it open; clerk B records a review of the
    same household on 31 December; A saves on 1 January (another day, so not refused as the same
    visit saved twice): refused, naming B's review; one review, its proposal alone."""
    from dibao_desk.models import Proposal, Review
    from dibao_desk.services import reviews
    from dibao_desk.services.reviews import ReviewInput
    from tests.unit.test_reviews_schedule import receive as receiving

    home = make_household(wages_fen=0).id
    receiving(ctx, home)
    opened = reviews.brief(ctx.uow(), home)  # A's form, 30 December
    with second_clerk(ctx) as other:
        recorded = reviews.record_review(other.uow(), ReviewInput(home, D(2026, 12, 31), "李经办", **theirs),
                                         today=D(2026, 12, 31))
    day = D(2027, 1, 1)
    stale = ReviewInput(home, day, "王经办", seen_review_id=opened.last_review_id, **mine)
    with pytest.raises(RuleError) as refused:
        reviews.record_review(ctx.uow(), stale, today=day)
    assert [p.code for p in refused.value.problems] == ["reviews.recorded_meanwhile"]
    said = messages.text(refused.value.problems[0])
    outcome = messages.label("review_outcome", theirs["outcome"])
    assert "打开本窗口后" in said and f"2026-12-31，复核人：李经办，结论：{outcome}" in said
    with ctx.uow() as u:
        assert u.session.scalars(select(Review.id).where(Review.household_id == home)).all() == [recorded.id]
        assert u.session.scalar(select(func.count()).select_from(Proposal).where(
            Proposal.household_id == home)) == (0 if recorded.case_id is None else 1)
    # the form opened again (on B's review) saves, when the rules allow it after B's review
    again = reviews.brief(ctx.uow(), home)
    assert again.last_review_id == recorded.id
    if recorded.case_id is None:
        saved = reviews.record_review(ctx.uow(), ReviewInput(home, day, "王经办", seen_review_id=again.last_review_id,
                                                             **mine), today=day)
        assert saved.case_id is not None
