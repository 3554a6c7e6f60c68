"""The schema is made by Alembic, and the migrations agree with the models."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from dibao_desk.models import Base
from dibao_desk.models.store import alembic_config, make_engine, open_store, upgrade


def test_empty_folder_gets_the_full_schema(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
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
