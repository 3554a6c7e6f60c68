"""A county's store on PostgreSQL: the URL and its password, migrations, copy-store, check."""

from __future__ import annotations

import pytest

from dibao_desk.cli import main
from dibao_desk.models import dialect
from dibao_desk.models.store import StoreError, masked, masked_text, server_url
from dibao_desk.services.context import DB_FILE, ENV_DB, resolve_db, uses_server
from tests import pg

pytestmark = pytest.mark.pg


def test_a_password_in_the_url_is_refused_and_never_shown():
    with pytest.raises(StoreError) as exc:
        server_url("postgresql://clerk:s3cret@db.county:5432/dibao")
    assert exc.value.code == "store.password_in_url"
    assert "s3cret" not in exc.value.params["url"] and "***" in exc.value.params["url"]
    assert masked("postgresql://clerk:s3cret@db/dibao") == "postgresql://clerk:***@db/dibao"
    assert "s3cret" not in masked_text('connection to "db" failed: password=s3cret postgresql://u:s3cret@h/d')
    assert str(server_url("postgresql://clerk@db.county/dibao").drivername) == "postgresql+psycopg"
    with pytest.raises(StoreError) as bad:
        server_url("mysql://clerk@db/dibao")
    assert bad.value.code == "store.bad_url"


def test_the_server_is_named_by_option_then_variable_then_the_folder_file(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_DB, raising=False)
    assert resolve_db(None, tmp_path) is None and not uses_server(None, tmp_path)
    (tmp_path / DB_FILE).write_text("# 县民政局数据库\npostgresql://clerk@db/dibao\n", encoding="utf-8")
    assert resolve_db(None, tmp_path) == "postgresql://clerk@db/dibao" and uses_server(None, tmp_path)
    monkeypatch.setenv(ENV_DB, "postgresql://clerk@other/dibao")
    assert resolve_db(None, tmp_path) == "postgresql://clerk@other/dibao"
    assert resolve_db("postgresql://clerk@third/dibao", tmp_path) == "postgresql://clerk@third/dibao"


def test_plain_sql_goes_to_each_driver_in_its_paramstyle():
    class Conn:
        def __init__(self, style):
            self.dialect = type("D", (), {"paramstyle": style, "name": "x"})()

    sql = "SELECT a FROM t WHERE b LIKE '50%' AND c = ?"
    assert dialect.driver_sql(Conn("qmark"), sql) == sql
    assert dialect.driver_sql(Conn("pyformat"), sql) == "SELECT a FROM t WHERE b LIKE '50%%' AND c = %s"


def test_a_cli_refuses_a_password_on_the_command_line(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--db", "postgresql://clerk:s3cret@127.0.0.1:1/x", "check"]) != 0
    err = capsys.readouterr().err
    assert "密码不要写在命令行上" in err and "s3cret" not in err


@pg.skip_without_pg
def test_copy_store_moves_a_township_into_postgresql_and_verifies_it(ctx, make_household, tmp_path, request, capsys):
    make_household(head="张三")
    ctx.close()
    target = pg.fresh_database(request, migrated=False)
    source = str(ctx.store.path)
    assert main(["copy-store", "--from", source, "--to", target]) == 0
    out = capsys.readouterr().out
    assert "每张表的行数和校验值（SHA-256）均与原文件一致" in out and "操作记录链完整" in out

    # the copy opens on the server, checks out, and takes new rows after the copied ids
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "--db", target, "check"]) == 0
    out = capsys.readouterr().out
    assert "数据库：" in out and "户：1" in out and "操作记录完整" in out and "结论：正常" in out
    from dibao_desk.services import office
    from dibao_desk.services.context import open_context

    c = open_context(tmp_path / "elsewhere", target)
    try:
        v = office.add_village(c.uow(), "新村", "village", 100)
        assert v.id == 3  # after the two villages copied
    finally:
        c.close()

    # a target with data is refused, and left alone
    assert main(["copy-store", "--from", source, "--to", target]) == 1
    err = capsys.readouterr().err
    assert "已有数据" in err and "目标数据库未写入任何数据" in err


@pg.skip_without_pg
def test_every_migration_runs_down_and_up_on_postgresql_and_matches_the_models(request):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from dibao_desk.models import load_all
    from dibao_desk.models.store import alembic_config, head_revision, server_url, upgrade

    engine = create_engine(server_url(pg.fresh_database(request, migrated=False)))
    try:
        upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), load_all())
        assert [d for d in diff if d[0] not in ("add_index", "remove_index")] == []
        cfg = alembic_config("sqlite://")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        upgrade(engine)
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    finally:
        engine.dispose()


@pg.skip_without_pg
def test_backup_and_restore_point_to_the_servers_own_tools(tmp_path, request, capsys):
    target = pg.fresh_database(request)
    assert main(["--data-dir", str(tmp_path), "--db", target, "backup"]) != 0
    assert "pg_dump" in capsys.readouterr().err
    from dibao_desk.services import backup
    from dibao_desk.services.context import open_context

    c = open_context(tmp_path, target)
    try:
        assert not backup.status(c.uow()).due  # no daily reminder for a server's database
    finally:
        c.close()


def test_a_service_call_aborted_for_a_conflict_runs_again_a_bounded_number_of_times(monkeypatch):
    from sqlalchemy.exc import OperationalError

    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import uow as uow_module

    monkeypatch.setattr(uow_module.time, "sleep", lambda s: None)

    class Orig(Exception):
        sqlstate = "40001"  # serialization failure

    class FakeUow:
        _depth = 0

    calls = []

    @uow_module.retrying
    def decide(uow, fail_times):
        calls.append(1)
        if len(calls) <= fail_times:
            raise OperationalError("UPDATE …", {}, Orig("could not serialize access"))
        return "done"

    assert decide(FakeUow(), 2) == "done" and len(calls) == 3
    calls.clear()
    with pytest.raises(RuleError) as exc:
        decide(FakeUow(), 99)
    assert exc.value.problems[0].code == "store.busy_retry" and len(calls) == uow_module.MAX_TRIES

    class Other(Exception):
        sqlstate = "23505"  # a unique key: not a conflict to retry

    @uow_module.retrying
    def duplicate(uow):
        calls.append(1)
        raise OperationalError("INSERT …", {}, Other("duplicate key"))

    calls.clear()
    with pytest.raises(OperationalError):
        duplicate(FakeUow())
    assert len(calls) == 1


def test_a_server_that_cannot_be_reached_is_explained_in_chinese(tmp_path, capsys):
    # nothing listens on port 1: the clerk is told so in words, not in the driver's English
    assert main(["--data-dir", str(tmp_path), "--db", "postgresql://clerk@127.0.0.1:1/dibao", "check"]) != 0
    err = capsys.readouterr().err
    assert "无法连接数据库" in err and "服务器拒绝连接" in err
    assert "connection" not in err.lower() and "refused" not in err.lower()
    assert main(["--data-dir", str(tmp_path), "--db", "postgresql://clerk@nohost.invalid/dibao", "check"]) != 0
    err = capsys.readouterr().err
    assert "找不到服务器“nohost.invalid”" in err and "resolve" not in err


@pytest.mark.pg
def test_a_database_missing_on_the_server_is_named_in_chinese(tmp_path, request, capsys):
    if not pg.enabled(request):
        pytest.skip("needs a PostgreSQL server (DIBAO_TEST_PG_URL)")
    url = pg.admin_url().replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + "/no_such_db"
    assert main(["--data-dir", str(tmp_path), "--db", url, "check"]) != 0
    err = capsys.readouterr().err
    assert "服务器上没有名为“no_such_db”的数据库" in err and "does not exist" not in err


@pytest.fixture
def password_role(request, tmp_path, monkeypatch):
    """A role the server asks a password of (.ci/pg-cluster's pg_hba line for dibao_pw), on a
    fresh database; neither PGPASSWORD nor a pgpass file gives it. Its URL."""
    if not pg.enabled(request):
        pytest.skip("needs a PostgreSQL server (DIBAO_TEST_PG_URL)")
    import psycopg
    from sqlalchemy import make_url

    with pg._admin() as con:
        con.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dibao_pw') "
                    "THEN CREATE ROLE dibao_pw LOGIN; END IF; END $$")
        con.execute("ALTER ROLE dibao_pw PASSWORD 'right-secret-7'")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    url = make_url(pg.fresh_database(request)).set(username="dibao_pw").render_as_string(hide_password=False)
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        if "no password supplied" not in str(exc):
            raise
    else:
        pytest.skip("this server asks dibao_pw for no password (see .ci/pg-cluster)")
    return url


def test_a_wrong_database_password_is_called_wrong_not_missing(password_role, tmp_path, monkeypatch, capsys):
    from dibao_desk import messages
    from dibao_desk.cli import common
    from dibao_desk.services.context import open_context

    with pytest.raises(StoreError) as missing:
        open_context(tmp_path / "a", password_role)
    assert missing.value.code == "store.password_needed"
    with pytest.raises(StoreError) as wrong:
        open_context(tmp_path / "a", password_role, password="wrong-secret")
    assert wrong.value.code == "store.password_wrong"
    assert "wrong-secret" not in str(wrong.value.params)

    # the terminal asks for it, and says the typed one was refused (not that one is needed)
    monkeypatch.setattr(common, "_is_terminal", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: "wrong-secret")
    assert main(["--data-dir", str(tmp_path / "b"), "--db", password_role, "check"]) == 1
    err = capsys.readouterr().err
    assert messages.text("store.password_wrong", url=masked(password_role)) in err
    assert "拒绝了这个密码（用户名或密码不对），没有连接上" in err and "需要密码" not in err
    assert "wrong-secret" not in err and "authentication" not in err


def test_the_window_asks_for_the_database_password_and_says_a_wrong_one_is_wrong(password_role, tmp_path,
                                                                                  monkeypatch, qapp):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from dibao_desk.ui import app

    asked, shown = [], []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (asked.append(a[2]), ("wrong-secret", True))[1]))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    assert app.open_or_explain(tmp_path / "c", password_role) is None
    assert len(asked) == 1 and "的密码" in asked[0]
    assert len(shown) == 1 and shown[0][0] == "无法打开数据"
    assert "拒绝了这个密码（用户名或密码不对），没有连接上。请核对密码（区分大小写）后重试" in shown[0][1]
