"""The schema is made by Alembic, and the migrations agree with the models."""

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from dibao_desk.domain.household import MemberDraft
from dibao_desk.models import load_all
from dibao_desk.models.store import DB_NAME, alembic_config, make_engine, open_store, upgrade
from dibao_desk.services import blacklist, certificate, complaints, households, ledger, payroll, procedure, recovery
from dibao_desk.services.context import open_context
from tests.conftest import make_id
from tests.helpers import downgrade_folder


def test_empty_folder_gets_the_full_schema(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), load_all())
    store.close()
    assert diffs == []


def test_each_revision_upgrades_from_the_one_before(tmp_path):
    """Walk the chain one step at a time from an empty file, as an old store would."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = list(reversed(list(script.walk_revisions())))
    engine = make_engine(tmp_path / "steps.sqlite3")
    for rev in revisions:
        upgrade(engine, rev.revision)
    engine.dispose()
    con = sqlite3.connect(tmp_path / "steps.sqlite3")
    assert con.execute("select version_num from alembic_version").fetchone()[0] == script.get_current_head()
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_store_from_a_newer_program_is_refused(tmp_path):
    import pytest

    from dibao_desk.models.store import StoreError

    store = open_store(tmp_path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("update alembic_version set version_num='9999'")
    store.close()
    with pytest.raises(StoreError) as info:
        open_store(tmp_path)
    assert info.value.code == "store.newer_schema"


def test_upgrade_keeps_a_backup_of_the_old_store(tmp_path):
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    first = list(script.walk_revisions())[-1].revision
    assert first != script.get_current_head()
    engine = make_engine(tmp_path / "dibao.sqlite3")
    upgrade(engine, first)
    engine.dispose()
    open_store(tmp_path).close()
    assert (tmp_path / f"dibao.before-{first}.sqlite3").exists()


def test_a_household_registered_under_the_first_schema_comes_through_every_step(tmp_path):
    """An office's store from the first release, with a receiving household in it, upgraded one
    revision at a time: the household and its members arrive whole and the services read them."""
    import datetime as dt

    from dibao_desk.services import households
    from dibao_desk.services.context import open_context

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = make_engine(tmp_path / "dibao.sqlite3")
    upgrade(engine, revisions[0])
    now = "2025-06-01 08:00:00.000000"
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql("insert into office (id, name, admin_code, county_name, complaint_phone, complaint_box, mode, "
            "operator, created_at, updated_at) values (1, '德安镇', '360426100000', '德安县', '0792-1234567', "
            "'镇政府门口', 'township', '王经办', ?, ?)", (now, now))
        sql("insert into village (id, name, kind, population) values (1, '东风村', 'village', 1200)")
        sql("insert into household (id, village_id, hukou_type, address, phone, bank_name, bank_account, "
            "employment_deduction_fen, consent_full_notice, note, status, category, monthly_benefit_fen, "
            "benefit_start, head_name, head_sort_key, head_id_number, person_count, covered_count, income_fen, "
            "per_capita_fen, search_text, created_at, updated_at) values (1, 1, 'rural', '东风村3组', '', "
            "'德安县农村信用社', '6217000012345678', 0, 0, '', 'receiving', 'class2', 31000, '2025-05-01', "
            "'张三', 'zhangsan', '360426196003100114', 2, 2, 20000, 10000, '张三 zs zhangsan', ?, ?)", (now, now))
        for i, (name, number, sex, born, relation) in enumerate((
                ("张三", "360426196003100114", "男", "1960-03-10", "head"),
                ("李梅", "360426196205120128", "女", "1962-05-12", "spouse"))):
            sql("insert into member (household_id, position, name, id_number, sex, birth_date, relation, "
                "disability_grade, serious_illness, illness_note, work_capacity, employment, covered, "
                "not_covered_reason) values (1, ?, ?, ?, ?, ?, ?, 0, 0, '', 'partial', 'none', 1, '')",
                (i, name, number, sex, born, relation))
        sql("insert into income_item (household_id, kind, amount_fen, note) values (1, 'farming', 20000, '')")
    for rev in revisions[1:]:
        upgrade(engine, rev)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("select count(*) from member").scalar() == 2, rev
    engine.dispose()

    ctx = open_context(tmp_path)
    try:
        h = households.get(ctx.uow(), 1)
    finally:
        ctx.close()
    assert (h.status, h.category, h.monthly_benefit_fen, h.benefit_start) == (
        "receiving", "class2", 31000, dt.date(2025, 5, 1))
    assert [(m.name, m.id_number) for m in h.draft.members] == [
        ("张三", "360426196003100114"), ("李梅", "360426196205120128")]
    assert [(i.kind, i.amount_fen) for i in h.draft.incomes] == [("farming", 20000)]


# ---- an office's store at every older revision, holding data, upgraded to the head ------------

TODAY = dt.date(2026, 12, 10)
SPOUSE_ID = make_id("19620512", 22)
HEAD_ID = make_id("19600315", 11)
ALL_REVISIONS = [r.revision for r in reversed(list(
    ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()))]


@dataclasses.dataclass(frozen=True)
class Held:
    """What the office's store holds, by the revision each thing first appeared in."""
    folder: Path
    household_id: int
    case_id: int
    monthly_fen: int
    certificate: str
    roster_id: int
    roster_total_fen: int
    recovery_id: int


@pytest.fixture(scope="module")
def held(tmp_path_factory) -> Held:
    """A township's store at the head: a household with two members granted through the ten
    steps (so it has a case and a ledger decision), its 低保证, a complaint and a false
    declaration, a signed 造册 for December and a 追回 entry."""
    from dibao_desk.services import office
    from tests.conftest import mark_test_data, simple_draft
    from tests.unit.test_procedure import receive, walk

    folder = tmp_path_factory.mktemp("office") / "data"
    context = open_context(folder)
    try:
        office.save_office(context.uow(), office.OfficeInfo(
            name="德安镇", admin_code="360426100000", county_name="德安县", complaint_phone="0792-4321000",
            complaint_box="镇政府一楼大厅", mode="township", operator="王经办"))
        context.operator = "王经办"
        mark_test_data(context)
        village = office.add_village(context.uow(), "东风村", "village", 1800)
        hh = households.save(context.uow(), simple_draft(
            village.id, head="张三", head_id=HEAD_ID, wages_fen=20000,
            extra_members=(MemberDraft("李梅", SPOUSE_ID, "spouse"),), bank_account="6217990000000000014",
            bank_name="中国邮政储蓄银行德安县支行"), today=dt.date(2026, 10, 8))
        case = receive(context, hh.id)
        detail = walk(context, case.info.id, 11)  # granted from December 2026 (see test_procedure)
        assert detail.info.status == "done"
        monthly = households.get(context.uow(), hh.id).monthly_benefit_fen
        assert monthly > 0
        number = certificate.issue(context.uow(), hh.id, "new", dt.date(2026, 12, 5), TODAY).number
        complaints.add_complaint(context.uow(), received_on=TODAY, channel="visit", household_id=hh.id,
                                 description="有经营收入", today=TODAY)
        blacklist.record_false_declaration(context.uow(), SPOUSE_ID, "李梅", dt.date(2026, 12, 1), "隐瞒存款",
                                           today=TODAY)
        roster = payroll.make(context.uow(), "2026-12", today=TODAY, made_by="王经办")
        roster = payroll.sign(context.uow(), roster.id, "赵镇长", TODAY, today=TODAY)
        entry = recovery.add(context.uow(), hh.id, "other", "德民追〔2026〕1号", TODAY, 10000, today=TODAY)
    finally:
        context.close()
    return Held(folder, hh.id, case.info.id, monthly, number, roster.id, roster.total_fen, entry.id)


def _store_at(held: Held, revision: str, folder: Path) -> Path:
    """A copy of the office's store taken back to ``revision``, as that version of the program
    left it: the tables of later revisions are gone, the rows of earlier ones kept."""
    shutil.copytree(held.folder, folder)
    return downgrade_folder(folder, revision)


def _has(revision: str, since: str) -> bool:
    return ALL_REVISIONS.index(revision) >= ALL_REVISIONS.index(since)


@pytest.mark.parametrize("revision", ALL_REVISIONS[:-1])
def test_an_offices_store_at_each_older_revision_upgrades_with_its_data(held, revision, tmp_path):
    folder = _store_at(held, revision, tmp_path / "data")
    con = sqlite3.connect(folder / DB_NAME)
    try:
        assert con.execute("select version_num from alembic_version").fetchone()[0] == revision
        # the data is really there before the upgrade, so what follows checks it was carried
        assert con.execute("select name from member order by position").fetchall() == [("张三",), ("李梅",)]
        if _has(revision, "0003"):
            assert con.execute("select count(*) from procedure_step").fetchone()[0] >= 9
        if _has(revision, "0017"):
            assert con.execute("select count(*) from payroll_line").fetchone()[0] == 1
    finally:
        con.close()

    again = open_context(folder)  # upgrades to the head, keeping a copy of the old store
    try:
        assert (folder / f"dibao.before-{revision}.sqlite3").exists()
        uow = again.uow
        h = households.get(uow(), held.household_id)
        assert [(m.name, m.id_number) for m in h.draft.members] == [("张三", HEAD_ID), ("李梅", SPOUSE_ID)]
        assert (h.status, h.monthly_benefit_fen) == ("receiving", held.monthly_fen)
        # the benefit ledger: recorded by the grant, or built by 0014 from what the store held
        months = {m.month: m.amount_fen for m in ledger.household_ledger(uow(), held.household_id, TODAY).months}
        assert months[dt.date(2026, 12, 1)] == held.monthly_fen
        if _has(revision, "0003"):
            case = procedure.get_case(uow(), held.case_id, TODAY)
            assert case.info.status == "done" and case.info.household_id == held.household_id
            assert all(s.done_on and s.person for s in case.current.values()) and len(case.current) >= 9
        if _has(revision, "0012"):
            assert [c.description for c in complaints.list_complaints(uow())] == ["有经营收入"]
            assert [d.what for d in blacklist.person(uow(), SPOUSE_ID, TODAY).declarations] == ["隐瞒存款"]
        if _has(revision, "0013"):
            assert [c.number for c in certificate.history(uow(), held.household_id)] == [held.certificate]
        if _has(revision, "0017"):
            roster = payroll.show(uow(), held.roster_id)
            assert (roster.period, roster.status.value, roster.total_fen) == (
                "2026-12", "reviewed", held.roster_total_fen)
            assert [line.household_id for line in payroll.lines(uow(), held.roster_id)] == [held.household_id]
        if _has(revision, "0018"):
            assert [e.id for e in recovery.list_entries(uow())] == [held.recovery_id]
    finally:
        again.close()
