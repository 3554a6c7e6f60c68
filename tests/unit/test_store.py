"""Opening the store (models/store.py): a store already at the newest revision is opened with
its revision read by plain SQL, without loading Alembic and its scripts; ``HEAD`` is the head
the scripts end at; any other store still goes through Alembic (upgraded, or refused)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext

import dibao_desk
from dibao_desk.models.store import DB_NAME, HEAD, current_revision, make_engine, open_store, script_head
from tests.helpers import downgrade_folder

SRC = str(Path(dibao_desk.__file__).resolve().parents[1])


def test_head_is_the_revision_the_migration_scripts_end_at():
    """A new migration must move HEAD, or stores would be taken to be up to date without it."""
    assert HEAD == script_head()


def test_the_revision_read_with_plain_sql_is_the_one_alembic_reads(tmp_path):
    engine = make_engine(tmp_path / DB_NAME)
    try:
        assert current_revision(engine) is None  # a new file: no version table yet
    finally:
        engine.dispose()
    open_store(tmp_path).close()
    for revision in (HEAD, "0021", "0012"):
        downgrade_folder(tmp_path, revision)
        engine = make_engine(tmp_path / DB_NAME)
        try:
            with engine.connect() as conn:
                alembics = MigrationContext.configure(conn).get_current_revision()
            assert current_revision(engine) == alembics == revision
        finally:
            engine.dispose()


def _opened_in_a_fresh_process(folder: Path) -> list[str]:
    """Open the folder's store in a new interpreter; its revision then, and whether Alembic loaded."""
    code = ("import sys; from dibao_desk.models.store import open_store, current_revision; "
            "s = open_store(sys.argv[1]); print(current_revision(s.engine), 'alembic' in sys.modules); s.close()")
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                          env=env, check=True, timeout=120).stdout.split()


def test_a_store_at_the_head_opens_without_alembic_and_an_old_one_is_upgraded(tmp_path):
    open_store(tmp_path).close()
    assert _opened_in_a_fresh_process(tmp_path) == [HEAD, "False"]
    downgrade_folder(tmp_path, "0021")
    assert _opened_in_a_fresh_process(tmp_path) == [HEAD, "True"]
    assert (tmp_path / "dibao.before-0021.sqlite3").exists()
    assert _opened_in_a_fresh_process(tmp_path) == [HEAD, "False"]


def test_a_migration_added_without_moving_head_still_upgrades_the_stores(tmp_path, monkeypatch):
    """HEAD left at the revision before by mistake: the newest script's number tells, and the
    store goes through Alembic instead of being taken to be up to date."""
    from dibao_desk.models import store

    open_store(tmp_path).close()
    downgrade_folder(tmp_path, "0021")
    monkeypatch.setattr(store, "HEAD", "0021")
    monkeypatch.setattr(store, "_head_checked", None)
    opened = open_store(tmp_path)
    try:
        assert current_revision(opened.engine) == script_head()
    finally:
        opened.close()
