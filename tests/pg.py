"""PostgreSQL for the tests: set DIBAO_TEST_PG_URL (postgresql://USER@HOST:PORT/postgres, a role
that may create databases) or pass ``--db-engine postgresql`` with it, and the county store of the
tests marked ``pg`` is a fresh PostgreSQL database instead of a SQLite file.

A template database is migrated once per run; each test gets a copy of it (CREATE DATABASE ...
TEMPLATE, a file copy on the server), dropped afterwards. Without the variable nothing changes.
"""

from __future__ import annotations

import os
import uuid

import pytest

ENV = "DIBAO_TEST_PG_URL"
_TEMPLATE = f"dibao_tpl_{os.getpid()}"
_made_template = False


def admin_url() -> str | None:
    return os.environ.get(ENV) or None


def enabled(request, marker: str = "pg") -> bool:
    """This test runs its store on PostgreSQL: it is marked ``marker`` (``pg``: the county's
    store; ``pg_store``: the township's too), a server is named, and ``--db-engine sqlite`` was
    not asked for."""
    if admin_url() is None or request.config.getoption("--db-engine") == "sqlite":
        return False
    return request.node.get_closest_marker(marker) is not None


def _admin():
    import psycopg

    url = admin_url().replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True)


def _db_url(name: str) -> str:
    from sqlalchemy import make_url

    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


def _ensure_template() -> None:
    global _made_template
    if _made_template:
        return
    from sqlalchemy import create_engine

    from dibao_desk.models.store import server_url, upgrade

    with _admin() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{_TEMPLATE}"')
        con.execute(f'CREATE DATABASE "{_TEMPLATE}"')
    engine = create_engine(server_url(_db_url(_TEMPLATE)))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    _made_template = True


def fresh_database(request, migrated: bool = True) -> str:
    """A new database for this test (the migrated template's copy, or empty); its URL."""
    name = f"dibao_t_{uuid.uuid4().hex[:12]}"
    if migrated:
        _ensure_template()
    with _admin() as con:
        con.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{_TEMPLATE}"' if migrated else ""))

    def drop():
        with _admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    return _db_url(name)


def drop_template() -> None:
    if not _made_template:
        return
    with _admin() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')


skip_without_pg = pytest.mark.skipif(admin_url() is None, reason=f"{ENV} not set: no PostgreSQL to test against")


def chinese_database(request) -> str:
    """A fresh migrated database whose collation sorts text by pinyin (ICU 'zh'), as a PostgreSQL
    made on a Chinese Windows does (北山村 before 东风村, 李 before 张); its URL. Skipped on a
    server without ICU (or older than 15)."""
    from sqlalchemy import create_engine

    from dibao_desk.models.store import server_url, upgrade

    name = f"dibao_zh_{uuid.uuid4().hex[:12]}"
    with _admin() as con:
        try:
            con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                        f"LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'")
        except Exception as exc:  # noqa: BLE001 - a server without ICU
            pytest.skip(f"no ICU collation on this server: {exc}")

    def drop():
        with _admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    engine = create_engine(server_url(_db_url(name)))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return _db_url(name)
