"""The store: one SQLite file in the data folder, opened once at start-up.

SQLite runs in WAL mode with foreign keys on (set for every connection in a
connect listener). The schema is created and upgraded by Alembic when the store
is opened; a store written by a newer program is refused rather than damaged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from dibao_desk.models import audit

log = logging.getLogger(__name__)

DB_NAME = "dibao.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened. ``code`` names the reason (see messages)."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(code)


def _set_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def alembic_config(url: str) -> Config:
    """Alembic's options are ConfigParser values: a "%" (a URL-quoted Chinese folder name such as
    C:\\Users\\张三 gives many) must be doubled or reading the option fails."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_store(data_dir: Path, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store in ``data_dir`` and bring its schema up to date."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    engine = make_engine(path)
    script = ScriptDirectory.from_config(alembic_config(str(engine.url)))
    current = current_revision(engine)
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        engine.dispose()
        raise StoreError("store.newer_schema", revision=current)
    at_head = current == script.get_current_head()
    if migrate and not at_head:
        if current is not None:
            _backup_before_migration(path, current)
        upgrade(engine)
        at_head = True
    sessions = sessionmaker(engine, expire_on_commit=False)
    if at_head:
        # Every commit chains the audit rows it wrote, whoever wrote them and however: this runs
        # on the connection after every session hook and the last flush, just before COMMIT.
        event.listen(engine, "commit", audit.seal)
    return Store(path, engine, sessions)


def _backup_before_migration(path: Path, revision: str) -> None:
    """Keep a copy of the store as it was before a schema upgrade."""
    import sqlite3

    target = path.with_name(f"{path.stem}.before-{revision}.sqlite3")
    if target.exists():
        return
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("store backed up to %s before migration", target)
