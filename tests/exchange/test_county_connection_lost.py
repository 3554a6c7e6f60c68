"""The county's PostgreSQL connection lost in the middle of an import (the server stopped, the
network cut): nothing of the package is written, the clerk reads one Chinese sentence instead of
the driver's traceback, and the same program imports the package once the server is back."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from dibao_desk.cli import main
from dibao_desk.services import exchange, exchange_in
from dibao_desk.services.errors import as_rule_error
from tests import pg
from tests.exchange.exchange_fixtures import TODAY, county, store_state, township  # noqa: F401

pytestmark = [pytest.mark.pg, pg.skip_without_pg]


@pytest.fixture
def cut_mid_import(county, monkeypatch):
    """The roster's rows are applied on a connection the server then ends (as a stopped server
    or a cut cable does): every statement after that fails."""
    if not county.store.on_server:
        pytest.skip("a lost connection: the county store on PostgreSQL only")
    applied = exchange_in._APPLY["roster"]
    cuts = []

    def cut_then_apply(uow, *args, **kw):
        if not cuts:
            pid = uow.session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with pg._admin() as con:
                con.execute("SELECT pg_terminate_backend(%s)", (pid,))
            cuts.append(pid)
        return applied(uow, *args, **kw)

    monkeypatch.setitem(exchange_in._APPLY, "roster", cut_then_apply)
    return cuts


def test_an_import_cut_off_from_the_server_writes_nothing_and_says_so_in_chinese(ctx, township, county,
                                                                                cut_mid_import, tmp_path, capsys):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    before = store_state(county)
    assert main(["--data-dir", str(county.data_dir), "import-package", str(roster.path)]) == 1
    err = capsys.readouterr().err
    assert "与数据库服务器的连接中断，操作没有完成，本次未保存任何内容" in err
    assert "Traceback" not in err and "terminating" not in err and "connection" not in err.lower()
    assert len(cut_mid_import) == 1
    assert store_state(county) == before
    assert not list(tmp_path.glob("*回执*"))

    # the same program, the server back: the package lands whole
    result = exchange.import_package(county.uow(), roster.path, today=TODAY)
    assert result.received_id is not None and result.receipt_path.exists()
    with county.uow() as uow:
        rows = uow.session.connection().exec_driver_sql("SELECT count(*) FROM county_roster_household").scalar()
    assert rows == 3


def test_the_window_is_told_in_chinese_when_the_server_goes_away(ctx, township, county, cut_mid_import, tmp_path):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "花名册.xlsx", today=TODAY)
    with pytest.raises(DBAPIError) as exc:
        exchange.import_package(county.uow(), roster.path, today=TODAY)
    from dibao_desk.ui.ops import error_text

    assert as_rule_error(exc.value).problems[0].code == "store.connection_lost"
    assert error_text(as_rule_error(exc.value)) == (
        "与数据库服务器的连接中断，操作没有完成，本次未保存任何内容。请确认数据库服务已启动、网络畅通后重试")
