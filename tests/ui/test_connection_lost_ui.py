"""The county's PostgreSQL connection lost while a list reads its rows: the clerk reads the same
Chinese sentence the import gives, not "an unexpected error", and the window carries on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import DBAPIError

from dibao_desk.services import reviews
from dibao_desk.ui import app
from dibao_desk.ui.main_window import MainWindow
from dibao_desk.ui.ops import error_text
from tests import pg

pytestmark = [pytest.mark.pg_store, pg.skip_without_pg]

LOST = "与数据库服务器的连接中断，操作没有完成，本次未保存任何内容。请确认数据库服务已启动、网络畅通后重试"
TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def cut_once(ctx, monkeypatch):
    """The reviews' due list read on a connection the server then ends (a stopped server, a cut
    cable): that read fails; the pool connects again for the next one."""
    if not ctx.store.on_server:
        pytest.skip("a lost connection: the store on PostgreSQL only")
    due_list = reviews.due_list
    cuts: list[int] = []  # made ready by appending 0; the pid of the connection ended then

    def cut_then_read(uow, *args, **kw):
        if cuts == [0]:
            with uow:
                pid = uow.session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
                with pg._admin() as con:
                    con.execute("SELECT pg_terminate_backend(%s)", (pid,))
                cuts[0] = pid
                return due_list(uow, *args, **kw)
        return due_list(uow, *args, **kw)

    monkeypatch.setattr(reviews, "due_list", cut_then_read)
    return cuts


def test_a_list_refresh_cut_off_from_the_server_says_so_in_chinese(qtbot, ctx, cut_once, message_boxes):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.view("reviews")
    view._today = TODAY
    message_boxes.clear()
    cut_once.append(0)
    view.refresh()  # the window not on screen: read at once
    assert cut_once[0] > 0
    assert [(kind, text) for kind, _title, text in message_boxes] == [("warning", LOST)]

    # the server still there: the next refresh lists again, nothing else said
    message_boxes.clear()
    view.refresh()
    assert message_boxes == []
    assert view.model.rowCount() == len(reviews.due_list(ctx.uow(), month=TODAY.replace(day=1), today=TODAY,
                                                         fill=False))


def test_a_lost_connection_outside_a_job_is_said_as_for_an_import(qtbot, ctx, cut_once, message_boxes):
    """A table's page fetched on the GUI thread fails the same way: the error report of the
    program (its excepthook) says the connection sentence."""
    cut_once.append(0)
    with pytest.raises(DBAPIError) as exc:
        reviews.due_list(ctx.uow(), month=TODAY.replace(day=1), today=TODAY)
    assert error_text(exc.value) == LOST
    message_boxes.clear()
    app.report_unexpected(type(exc.value), exc.value, exc.value.__traceback__)
    assert [(kind, text) for kind, _title, text in message_boxes] == [("critical", LOST)]
