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
    if first == script.get_current_head():
        return  # only one revision: nothing to upgrade from
    engine = make_engine(tmp_path / "dibao.sqlite3")
    upgrade(engine, first)
    engine.dispose()
    open_store(tmp_path).close()
    assert (tmp_path / f"dibao.before-{first}.sqlite3").exists()
