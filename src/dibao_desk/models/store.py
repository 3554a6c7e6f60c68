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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dibao_desk.models import audit

if TYPE_CHECKING:  # Alembic loads only when a store is created, upgraded or checked against the scripts
    import sqlite3

    from alembic.config import Config
    from filelock import BaseFileLock

log = logging.getLogger(__name__)

DB_NAME = "dibao.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration's revision. A store already there opens without loading Alembic and its
# scripts (0.2-0.4 s at every start); a new migration changes it (tests/unit/test_store.py
# holds it to the head Alembic finds in migrations/versions).
HEAD = "0029"
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


# The refusals a password prompt answers: none was given, or the one given was not the role's.
PASSWORD_CODES = ("store.password_needed", "store.password_wrong")


def password_refusal(exc: BaseException, url: str) -> StoreError | None:
    """The server's refusal for want of the right password: ``store.password_needed`` when none
    was given (PGPASSWORD, the pgpass file, the prompt), ``store.password_wrong`` when the one
    given was refused; None for any other failure."""
    if not needs_password(exc):
        return None
    text = str(getattr(exc, "orig", exc) or "")
    return StoreError("store.password_wrong" if "password authentication failed" in text else "store.password_needed",
                      url=url)


@dataclass(frozen=True)
class Upgraded:
    """The schema upgrade an opening made: from which revision, and where the verified copy of
    the store as it was lies (None for a server store: the server's own backups keep it)."""
    from_revision: str
    to_revision: str
    copy: Path | None


@dataclass
class Store:
    path: Path  # the SQLite file; for a server store, where it would be (the data folder's name)
    engine: Engine
    sessions: sessionmaker[Session]
    upgraded: Upgraded | None = None  # this opening upgraded the schema (None: it was current or new)

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


# The key of the PostgreSQL advisory lock one program holds while it upgrades a server store
# (the folder's upgrade lock, upgrade_turn, cannot reach the other clerks' PCs). Not the audit
# chain's: clerks' audit writes do not wait for an upgrade. With it, the key of earlier programs,
# shared (models.audit.EARLIER_PROGRAMS_LOCK): a PC still on one neither upgrades at the same
# time nor writes the chain while the store is upgraded.
SERVER_UPGRADE_LOCK = 0x6469_6275  # "dibu"


def claim_upgrade(conn) -> None:
    """Wait for the right to upgrade a server store (PostgreSQL; a no-op on SQLite)."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({audit.EARLIER_PROGRAMS_LOCK}), "
                             f"pg_advisory_xact_lock({SERVER_UPGRADE_LOCK})")


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Bring the store to ``revision`` in one transaction; the revision it had when the upgrade
    began. On PostgreSQL that transaction first takes the server's upgrade lock: when two clerks
    start a new program at the same moment, the second waits for the first's upgrade and then
    finds the store upgraded (and does nothing) instead of failing on tables already made."""
    from alembic import command
    from alembic.migration import MigrationContext

    cfg = alembic_config(engine.url.render_as_string(hide_password=True))
    with engine.begin() as conn:
        claim_upgrade(conn)
        found = MigrationContext.configure(conn).get_current_revision()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return found


def open_store(data_dir: Path, *, migrate: bool = True, db: str | None = None,
               password: str | None = None, on_wait: Callable[[], None] | None = None) -> Store:
    """Open (creating if needed) the store in ``data_dir`` and bring its schema up to date;
    with ``db`` (a postgresql:// URL) the store is that database instead of the folder's file.

    A SQLite store's revision is read read-only first: a store from a newer program is refused
    before anything could write to it (not even the switch to WAL). An older one is copied
    (``copy_before_upgrade``) before it is upgraded in one transaction; a failed upgrade rolls
    back, leaving the store as it was, and is reported with the copy's path.

    One program upgrades a folder's store at a time (``upgrade_turn``): a second one that opens
    it meanwhile (the window and a read-only command) waits for the first's upgrade, telling
    ``on_wait`` once that it does, and opens the upgraded store without copying or upgrading it
    again; StoreError("store.upgrade_busy") when the first is still at it after
    ``UPGRADE_WAIT_SECONDS``."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    if is_server_url(db):
        engine = make_server_engine(str(db), password)
        try:
            current = current_revision(engine)
        except OperationalError as exc:
            engine.dispose()
            refusal = password_refusal(exc, masked(str(db)))
            if refusal is not None:
                raise refusal from None
            raise unreachable(masked(str(db)), exc) from None
        at_head = _known_at_head(current, engine.dispose)
    else:
        peeked = peek_revision(path)
        at_head = _known_at_head(peeked)  # a newer store is refused here, never opened for writing
        turn = None
        if migrate and not at_head:
            turn = upgrade_turn(data_dir, on_wait)
            # Our turn: a program that held it may have upgraded the store meanwhile.
            try:
                peeked = peek_revision(path)
                at_head = _known_at_head(peeked)
            except BaseException:
                turn.release()
                raise
        try:
            return _open_file_store(path, peeked, at_head, migrate)
        finally:
            if turn is not None:
                turn.release()
    return _upgrade_and_finish(path, engine, current, at_head, migrate)


def _open_file_store(path: Path, peeked: str | None, at_head: bool, migrate: bool) -> Store:
    engine = make_engine(path)
    try:
        current = current_revision(engine)
    except BaseException:
        engine.dispose()
        raise
    if current != peeked:  # a journal rolled back, or another program wrote meanwhile
        at_head = _known_at_head(current, engine.dispose)
    return _upgrade_and_finish(path, engine, current, at_head, migrate)


def _upgrade_and_finish(path: Path, engine: Engine, current: str | None, at_head: bool, migrate: bool) -> Store:
    upgraded = None
    if migrate and not at_head:
        copy = None
        if current is not None and engine.dialect.name == "sqlite":
            try:
                copy = copy_before_upgrade(path, current)
            except BaseException:
                engine.dispose()
                raise
        try:
            found = upgrade(engine)
        except Exception as exc:
            engine.dispose()
            if current is None:  # a new store could not be made: nothing to keep
                raise
            log.exception("upgrading the store from %s failed; it is left as it was", current)
            if copy is None:  # a server's database: its own backups keep it
                raise StoreError("store.upgrade_failed_on_server", revision=current) from exc
            raise StoreError("store.upgrade_failed", revision=current, copy=str(copy)) from exc
        if found == head_revision():  # another clerk's program upgraded the server store meanwhile
            log.info("store upgraded by another program meanwhile (it was at %s)", current)
        elif current is not None:
            upgraded = Upgraded(current, head_revision(), copy)
            log.info("store upgraded from %s to %s (copy: %s)", current, HEAD, copy)
        at_head = True
    sessions = sessionmaker(engine, expire_on_commit=False)
    _opened.add(engine)
    if at_head:
        # Every commit chains the audit rows it wrote, whoever wrote them and however: this runs
        # on the connection after every session hook and the last flush, just before COMMIT.
        event.listen(engine, "commit", audit.seal)
    return Store(path, engine, sessions, upgraded)


# How long a program opening a store that another program is upgrading waits for it (a large
# store's upgrade takes a minute or two on an office PC) before it refuses to open.
UPGRADE_WAIT_SECONDS = 600.0
UPGRADE_LOCK_NAME = "dibao.upgrade.lock"


def upgrade_turn(data_dir: Path, on_wait: Callable[[], None] | None = None) -> "BaseFileLock":
    """The data folder's upgrade lock, held (an operating-system lock on ``dibao.upgrade.lock``:
    it goes with a program that ends however it ends) while a program creates or upgrades the
    store. Apart from the folder's own lock (services.storelock), which the window holds for as
    long as it runs while read-only commands open the store beside it. When another program
    holds it, ``on_wait`` is called once and this one waits up to ``UPGRADE_WAIT_SECONDS``;
    StoreError("store.upgrade_busy") after that."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(Path(data_dir) / UPGRADE_LOCK_NAME))
    try:
        lock.acquire(timeout=0)
        return lock
    except Timeout:
        pass
    log.info("another program is upgrading the store in %s: waiting for it", data_dir)
    if on_wait is not None:
        on_wait()
    try:
        lock.acquire(timeout=UPGRADE_WAIT_SECONDS)
    except Timeout:
        raise StoreError("store.upgrade_busy", minutes=max(1, round(UPGRADE_WAIT_SECONDS / 60))) from None
    log.info("the other program's upgrade of %s ended", data_dir)
    return lock


def _known_at_head(current: str | None, on_refusal: Callable[[], None] | None = None) -> bool:
    """Whether a store at ``current`` is at this program's head; StoreError("store.newer_schema")
    for a revision no script of this program has (``on_refusal`` runs first)."""
    if current == HEAD and _head_is_newest():
        return True
    # a new store, one to upgrade, or one this program does not know: ask the scripts
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        if on_refusal is not None:
            on_refusal()
        raise StoreError("store.newer_schema", revision=current)
    return current == script.get_current_head()


def peek_revision(path: Path) -> str | None:
    """The schema revision of the SQLite file at ``path`` read without writing to it or beside
    it: None for no file, an empty one, or one without Alembic's table (a new store) or that is
    not a database (left to the normal opening to report). A file in WAL mode with no ``-wal``
    beside it holds everything in itself and is read as immutable (a read-only WAL connection
    would leave empty ``-wal``/``-shm`` files); any other is read with ``mode=ro``."""
    import sqlite3

    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return None
    if len(header) < 100:
        return None
    wal = header[18] == 2 and header[19] == 2
    immutable = wal and not path.with_name(path.name + "-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        if con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (VERSION_TABLE,)).fetchone()[0] == 0:
            return None
        found = sorted(r[0] for r in con.execute(f"SELECT version_num FROM {VERSION_TABLE}"))
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return "+".join(found) if found else None


def upgrade_file(path: Path) -> str | None:
    """Bring the SQLite file at ``path`` (a copy no program uses yet: a restore's, before it
    replaces the store) to this program's head in one transaction, and leave it one
    self-contained file (journal mode DELETE) ready to be renamed into place. Returns the
    revision it had; StoreError("store.newer_schema") for one this program does not know."""
    import sqlite3

    engine = make_engine(path)
    try:
        current = current_revision(engine)
        if not _known_at_head(current):
            upgrade(engine)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    return current


def pending_upgrade(data_dir: Path, db: str | None = None) -> str | None:
    """The revision of the folder's SQLite store when opening it will upgrade it (for the window
    to say so while it works), else None (current, new, or from a newer program); read-only,
    and without loading Alembic for a store at the head. A server store is not looked at here
    (it needs its connection)."""
    if is_server_url(db):
        return None
    current = peek_revision(Path(data_dir) / DB_NAME)
    if current is None:
        return None
    try:
        if _known_at_head(current):
            return None
    except StoreError:  # a newer program's store: the opening refuses it, there is nothing to wait for
        return None
    return current


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


def upgrade_copy_path(path: Path, revision: str) -> Path:
    """Where the copy of the store at ``path`` kept before upgrading it from ``revision`` goes."""
    return path.with_name(f"{path.stem}.before-{revision}.sqlite3")


def copy_file(source: Path, target: Path, check: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """A consistent copy of the SQLite store at ``source`` into the new file ``target`` with SQLite's
    backup API (the store may be open and written meanwhile), made one self-contained file
    (journal mode DELETE, nothing beside it); ``check`` is given the copy's connection before it
    closes."""
    import sqlite3

    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if check is not None:
                check(dst)
        finally:
            dst.close()
    finally:
        src.close()


def copy_before_upgrade(path: Path, revision: str) -> Path:
    """Keep a copy of the store as it was before a schema upgrade, named for its revision: made
    with SQLite's backup API into a temporary file beside the store, switched to one
    self-contained file, opened again and checked with ``integrity_check``, then renamed into
    place. An earlier copy of that name (an earlier upgrade from the same revision) stays until
    this one is complete and verified. StoreError("store.upgrade_copy_failed") when the copy
    cannot be made; the store is not touched."""
    import sqlite3

    from dibao_desk.atomic import replacing

    target = upgrade_copy_path(path, revision)
    try:
        with replacing(target, ".part") as tmp:
            copy_file(path, tmp)
            check = sqlite3.connect(tmp.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                rows = [r[0] for r in check.execute("PRAGMA integrity_check")]
                copied = check.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            finally:
                check.close()
            if rows != ["ok"] or copied is None or copied[0] != revision:
                raise sqlite3.DatabaseError(f"the copy does not check: {rows[:3]}, revision {copied}")
    except (OSError, sqlite3.Error) as exc:
        log.exception("could not keep a copy of the store before upgrading it")
        raise StoreError("store.upgrade_copy_failed", path=str(target), error=_first_line(exc)) from exc
    log.info("store copied to %s before migration from %s", target, revision)
    return target
