"""The store: one SQLite file in the data folder, opened once at start-up; or, for a county
office where several clerks work at once, a PostgreSQL database (``postgresql://USER@HOST/DB``).

SQLite runs in WAL mode with foreign keys on (set for every connection in a
connect listener), and every transaction starts with its own BEGIN (SQLAlchemy's pysqlite
recipe), so savepoints (``UnitOfWork.nested``) nest inside it as they do on PostgreSQL. The schema is created and upgraded by Alembic when the store
is opened; a store written by a newer program is refused rather than damaged.

PostgreSQL is reached with psycopg 3. The password never travels in the URL: libpq reads it
from PGPASSWORD or the pgpass file, or the caller passes one it asked for (``password=``).
URLs in logs and messages go through ``masked`` first.
"""

from __future__ import annotations

import logging
import os
import re
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dibao_desk.models import audit

if TYPE_CHECKING:  # Alembic loads only when a store is created, upgraded or checked against the scripts
    from alembic.config import Config

log = logging.getLogger(__name__)

DB_NAME = "dibao.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration's revision. A store already there opens without loading Alembic and its
# scripts (0.2-0.4 s at every start); a new migration changes it (tests/unit/test_store.py
# holds it to the head Alembic finds in migrations/versions).
HEAD = "0026"
VERSION_TABLE = "alembic_version"
_head_checked: bool | None = None  # HEAD is the newest script's number (see _head_is_newest)


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


def _no_implicit_begin(dbapi_connection, _record) -> None:
    """SQLAlchemy's pysqlite recipe for savepoints (and transactional DDL): Python's sqlite3
    driver would open a transaction only before the first data-changing statement, so a
    SAVEPOINT issued before it opened the transaction itself and its release committed. The
    driver's own BEGIN is turned off here, and ``_begin`` emits one when SQLAlchemy begins."""
    dbapi_connection.isolation_level = None


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def alembic_config(url: str) -> Config:
    """Alembic's options are ConfigParser values: a "%" (a URL-quoted Chinese folder name such as
    C:\\Users\\张三 gives many) must be doubled or reading the option fails."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The revision this program's migrations end at (``HEAD``, held to the scripts by a test)."""
    return HEAD


def _head_is_newest() -> bool:
    """No migration script is numbered above HEAD (scripts are named ``00xx_name.py`` after
    their revision): a new migration whose HEAD was not moved makes every store go through
    Alembic, slower but upgraded, rather than be taken to be up to date. A listing of one
    folder, made once."""
    global _head_checked
    if _head_checked is None:
        try:
            names = os.listdir(MIGRATIONS / "versions")
        except OSError:
            names = []
        numbers = [n.split("_", 1)[0] for n in names if n.endswith(".py") and n[:4].isdigit()]
        _head_checked = max(numbers, default="") == HEAD
    return _head_checked


def script_head() -> str:
    """The head revision as Alembic finds it in the migration scripts (loads them all)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision read with plain SQL from Alembic's version table, as Alembic
    reads it; None for a store without one (new). Several rows (branches this program never
    makes) come back joined, a revision no script has, so the store is refused."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        found = sorted(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    return "+".join(found) if found else None


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _no_implicit_begin)
    event.listen(engine, "begin", _begin)
    return engine


def is_server_url(db: str | None) -> bool:
    return bool(db) and str(db).split(":", 1)[0].split("+", 1)[0].lower() in ("postgresql", "postgres")


def server_url(db: str) -> URL:
    """``postgresql://USER@HOST[:PORT]/DB`` as SQLAlchemy's URL for psycopg 3; refuses a URL
    that carries a password (it would be seen in the process list and shell history)."""
    try:
        url = make_url(db)
    except ArgumentError:
        raise StoreError("store.bad_url", url=masked(db)) from None
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise StoreError("store.bad_url", url=masked(db))
    if url.password:
        raise StoreError("store.password_in_url", url=masked(db))
    return url.set(drivername="postgresql+psycopg")


def masked(db: str | URL) -> str:
    """A URL fit for a log or a message: the password, if any, replaced by ***."""
    try:
        url = db if isinstance(db, URL) else make_url(str(db))
    except ArgumentError:
        return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", str(db))
    return url.render_as_string(hide_password=True).replace("+psycopg", "")


def make_server_engine(db: str, password: str | None = None) -> Engine:
    url = server_url(db)
    connect_args = {"password": password} if password else {}
    # A clerk's program holds a few connections; READ COMMITTED (PostgreSQL's default) with row
    # locks and the audit chain's lock where a decision depends on what was read.
    return create_engine(url, future=True, pool_size=3, max_overflow=2, pool_pre_ping=True,
                         connect_args=connect_args)


def needs_password(exc: BaseException) -> bool:
    """The server asked for a password that neither PGPASSWORD nor the pgpass file gave."""
    text = str(getattr(exc, "orig", exc) or "")
    return "no password supplied" in text or "password authentication failed" in text


@dataclass
class Store:
    path: Path  # the SQLite file; for a server store, where it would be (the data folder's name)
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name != "sqlite"

    @property
    def where(self) -> str:
        """The file, or the server's URL without password: for messages and logs."""
        return masked(self.engine.url) if self.on_server else str(self.path)

    def close(self) -> None:
        self.engine.dispose()


# The engines of the stores opened in this process: a command that ends the process without the
# interpreter's freeing (``dibao_desk.main.leave_process``) closes those still open first.
_opened: weakref.WeakSet[Engine] = weakref.WeakSet()


def close_open_stores() -> None:
    """Dispose of the engine of every store opened in this process that still exists: their
    pooled connections close (SQLite checkpoints the WAL when the last one does)."""
    for engine in list(_opened):
        engine.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=True))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_store(data_dir: Path, *, migrate: bool = True, db: str | None = None,
               password: str | None = None) -> Store:
    """Open (creating if needed) the store in ``data_dir`` and bring its schema up to date;
    with ``db`` (a postgresql:// URL) the store is that database instead of the folder's file."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    if is_server_url(db):
        engine = make_server_engine(str(db), password)
        try:
            current = current_revision(engine)
        except OperationalError as exc:
            engine.dispose()
            if needs_password(exc):
                raise StoreError("store.password_needed", url=masked(str(db))) from None
            raise unreachable(masked(str(db)), exc) from None
    else:
        engine = make_engine(path)
        current = current_revision(engine)
    at_head = current == HEAD and _head_is_newest()
    if not at_head:  # a new store, one to upgrade, or one this program does not know: ask the scripts
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config("sqlite://"))
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            engine.dispose()
            raise StoreError("store.newer_schema", revision=current)
        at_head = current == script.get_current_head()
    if migrate and not at_head:
        if current is not None and engine.dialect.name == "sqlite":
            _backup_before_migration(path, current)
        upgrade(engine)
        at_head = True
    sessions = sessionmaker(engine, expire_on_commit=False)
    _opened.add(engine)
    if at_head:
        # Every commit chains the audit rows it wrote, whoever wrote them and however: this runs
        # on the connection after every session hook and the last flush, just before COMMIT.
        event.listen(engine, "commit", audit.seal)
    return Store(path, engine, sessions)


_SERVER_FAILURES = (  # what libpq says -> the reason's code and the name it gives
    (re.compile(r'database "([^"]*)" does not exist'), "store.server_no_database", "database"),
    (re.compile(r'role "([^"]*)" does not exist'), "store.server_no_role", "user"),
    (re.compile(r"Connection refused|actively refused", re.I), "store.server_refused", ""),
    (re.compile(r"""(?:could not translate host name "|failed to resolve host ')([^"']*)"""),
     "store.server_unknown_host", "host"),
    (re.compile(r"timeout expired|timed out", re.I), "store.server_timeout", ""),
)


def unreachable(url: str, exc: BaseException) -> StoreError:
    """The error for a server that could not be reached, named by its reason where libpq's
    (English) words say it, else with libpq's first line."""
    text = str(getattr(exc, "orig", exc) or exc)
    for pattern, code, name in _SERVER_FAILURES:
        found = pattern.search(text)
        if found:
            return StoreError(code, url=url, **({name: found.group(1)} if name else {}))
    return StoreError("store.server_unreachable", url=url, error=_first_line(exc))


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return masked_text(text[0] if text else type(exc).__name__)


def masked_text(text: str) -> str:
    """Any password in a URL or a libpq keyword inside ``text`` replaced by ***."""
    text = re.sub(r"(://[^:/@\s]*):[^@/\s]*@", r"\1:***@", text)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", text, flags=re.I)


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
