"""Deleting a household: one registered by mistake goes (its audit row masks the ID numbers);
one that any record names stays, and the clerk is told which records, counted by kind."""

import datetime as dt
import json

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, func, insert, select

from dibao_desk import messages
from dibao_desk.domain.household import SupporterDraft
from dibao_desk.domain.problems import RuleError
from dibao_desk.models import AuditLog, Case, Complaint, Household, Member, load_all
from dibao_desk.models import household_refs as refs
from dibao_desk.services import complaints, households
from dibao_desk.services import procedure as proc
from tests.conftest import make_id
from tests.unit.test_procedure import receive, walk

pytestmark = pytest.mark.pg_store  # the store also runs on PostgreSQL (tests/pg.py)

D = dt.date
HEAD_ID = make_id("19600315", 11)


def count(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def refused(ctx, hid):
    with pytest.raises(RuleError) as exc:
        households.delete(ctx.uow(), hid)
    [problem] = exc.value.problems
    return problem


def test_a_household_registered_by_mistake_is_deleted_and_its_audit_row_masks_the_numbers(ctx, make_household):
    supporter_id = make_id("19850101", 31)
    h = make_household(head_id=HEAD_ID, phone="13907920001", supporters=(
        SupporterDraft("张大", supporter_id, "儿子", "maintain_elder", 3, 300000),))
    with ctx.uow() as uow:
        assert refs.count_refs(uow.session.connection(), h.id) == {}
    households.delete(ctx.uow(), h.id)
    assert count(ctx, Household) == 0 and count(ctx, Member) == 0
    with ctx.uow() as uow:
        row = uow.session.execute(select(AuditLog.entity_id, AuditLog.operator, AuditLog.before).where(
            AuditLog.entity == "household", AuditLog.action == "delete")).one()
    assert row.entity_id == h.id and row.operator == "王经办"
    before = json.loads(row.before)
    assert before["head_name"] == "张三" and before["head_id_number"] == HEAD_ID[:6] + "********" + HEAD_ID[-4:]
    assert before["members"][0]["id_number"] == before["head_id_number"]
    assert before["supporters"][0]["id_number"] == supporter_id[:6] + "********" + supporter_id[-4:]
    assert HEAD_ID not in row.before and supporter_id not in row.before and "13907920001" not in row.before


def test_a_withdrawn_application_is_history_the_household_stays(ctx, make_household):
    """Withdrawn, the application leaves the household 已登记 again: the old check (status only)
    deleted it, and the case and its steps went with it (ON DELETE CASCADE)."""
    h = make_household(head_id=HEAD_ID)
    case = proc.open_case(ctx.uow(), h.id, "new", "申请低保", D(2026, 11, 23))
    proc.withdraw(ctx.uow(), case.id, D(2026, 11, 30), "王经办", "户主书面申请撤回", D(2026, 11, 30))
    assert households.get(ctx.uow(), h.id).status == "registered"
    p = refused(ctx, h.id)
    assert p.code == "household.delete_refs" and p.params["refs"] == (("cases", 1),)
    assert messages.text(p) == "该户（户主 张三）已有 1 条审批记录，不能删除；如需停止保障请办理取消"
    assert count(ctx, Household) == 1 and count(ctx, Case) == 1


def test_a_complaint_keeps_the_household_it_names(ctx, make_household):
    """A complaint about a household only registered: the old check deleted the household and
    left the complaint naming nobody."""
    h = make_household(head_id=HEAD_ID)
    c = complaints.add_complaint(ctx.uow(), received_on=D(2026, 11, 30), channel="box", household_id=h.id,
                                 description="家里新买了轿车", today=D(2026, 11, 30))
    p = refused(ctx, h.id)
    assert p.params["refs"] == (("complaints", 1),)
    assert complaints.get_complaint(ctx.uow(), c.id).household_id == h.id


def test_a_granted_household_lists_each_kind_of_record_procedure_and_money_first(ctx, make_household):
    h = make_household(head_id=HEAD_ID, wages_fen=20000)  # passes the means test
    walk(ctx, receive(ctx, h.id).info.id, 11)  # granted from December 2026
    complaints.add_complaint(ctx.uow(), received_on=D(2026, 12, 31), channel="phone", household_id=h.id,
                             description="隐瞒收入", today=D(2026, 12, 31))
    p = refused(ctx, h.id)
    assert p.params["refs"] == (("cases", 1), ("ledger_decisions", 1), ("ledger_periods", 1), ("complaints", 1))
    assert messages.text(p) == ("该户（户主 张三）已有 1 条审批记录、1 项待遇决定、1 段保障金台账、1 件举报，"
                                "不能删除；如需停止保障请办理取消")
    assert count(ctx, Household) == 1


def test_a_missing_household(ctx):
    assert refused(ctx, 999).code == "household.missing"


def test_a_table_added_later_still_keeps_the_household_as_other_records(ctx, make_household):
    """A table whose foreign key names household.id and that nobody gave a kind: counted."""
    h = make_household(head_id=HEAD_ID)
    md = MetaData()
    for table in load_all().tables.values():
        table.to_metadata(md)
    later = Table("later_register", md, Column("id", Integer, primary_key=True),
                  Column("household_id", ForeignKey("household.id"), index=True))
    with ctx.uow() as uow:
        conn = uow.session.connection()
        later.create(conn)
        conn.execute(insert(later).values(household_id=h.id))
        conn.execute(insert(later).values(household_id=h.id))
        found = refs.count_refs(conn, h.id, refs.referencing_columns(md))
        uow.commit()
    assert found == {"other": 2}
    assert messages.text("household.delete_refs", head="张三", refs=tuple(found.items())) == \
        "该户（户主 张三）已有 2 条其他记录，不能删除；如需停止保障请办理取消"


def test_every_table_that_names_a_household_is_a_part_of_it_or_a_kind_of_record(ctx):
    tables = {c.table.name for c in refs.referencing_columns()}
    assert tables == set(refs.KINDS)  # a new table: give it a word in messages.core (household_ref)
    assert refs.OWN_PARTS <= set(load_all().tables)
    assert set(messages.LABELS["household_ref"]) == set(refs.ORDER)


def test_the_check_before_the_confirmation_refuses_as_the_delete_would_and_names_the_household(
        ctx, make_household):
    h = make_household(head_id=HEAD_ID)
    assert households.check_delete(ctx.uow(), h.id) == households.Deletable(h.id, "张三", "东风村", 1)
    complaints.add_complaint(ctx.uow(), received_on=D(2026, 2, 28), channel="box", household_id=h.id,
                             description="家里新买了轿车", today=D(2026, 2, 28))
    with pytest.raises(RuleError) as exc:
        households.check_delete(ctx.uow(), h.id)
    assert exc.value.problems[0].params["refs"] == (("complaints", 1),)
    assert count(ctx, Household) == 1


def test_on_a_server_a_complaint_another_clerk_is_saving_is_waited_for_not_cascaded(ctx, make_household):
    """Two clerks on a county's server: one saves a complaint about the household while the
    other deletes it. Without the row lock the delete counted nothing (the complaint not yet
    committed), then waited for it and set the new complaint's household to NULL."""
    import threading
    import time

    from sqlalchemy import text

    if not ctx.store.on_server:
        pytest.skip("two clerks at once: a server store")
    h = make_household(head_id=HEAD_ID)
    engine = ctx.store.engine
    other = engine.connect()
    saving = other.begin()
    other.execute(insert(Complaint.__table__).values(
        received_on=D(2026, 12, 31), channel="box", household_id=h.id, household_name="张三",
        description="家里新买了轿车", due_on=D(2027, 1, 21), due_approximate=False, status="open"))
    told: list = []

    def delete() -> None:
        try:
            households.delete(ctx.uow(), h.id)
        except RuleError as exc:
            told.extend(exc.problems)

    worker = threading.Thread(target=delete)
    worker.start()
    with engine.connect() as watch:  # until the delete waits for the other clerk's transaction
        for _ in range(600):
            if watch.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                break
            time.sleep(0.05)
    saving.commit()
    other.close()
    worker.join(60)
    assert [p.params["refs"] for p in told] == [(("complaints", 1),)]
    assert count(ctx, Household) == 1 and count(ctx, Complaint) == 1


def test_a_household_on_the_benefit_with_no_record_is_refused_by_its_status(ctx, make_household):
    """A household brought in as 在保 or 已取消 (a roster import) with no record yet: not one
    registered by mistake. The old words told a cancelled household to apply for 取消."""
    from tests.exchange.exchange_fixtures import set_receiving

    h = make_household(head_id=HEAD_ID)
    set_receiving(ctx, h.id)
    p = refused(ctx, h.id)
    assert p.code == "household.delete_status"
    assert messages.text(p) == "该户（户主 张三）现为“在保”，不能删除：只有误登记、尚未申请的家庭才能删除"
    assert count(ctx, Household) == 1
