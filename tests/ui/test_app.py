"""The started program (ui.app): an error no slot expected reaches the person and the log."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import OperationalError

from dibao_desk.services import households


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_a_menu_action_is_said_in_chinese_and_logged(
        qtbot, qapp, ctx, make_household, monkeypatch, message_boxes, caplog):
    """A county clerk's store on the server dropped its connection while 删除所选家庭 ran: the
    slot caught only rule errors, Python printed the traceback to a console the installed
    program does not have, and the window did nothing at all. The program now says that the
    step did not finish, in Chinese, and the log keeps the traceback."""
    import sys

    from dibao_desk.ui import app as app_module
    from dibao_desk.ui.main_window import MainWindow

    make_household()

    def dropped(*_args, **_kwargs):
        raise OperationalError("DELETE FROM household", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(households, "delete", dropped)
    before = sys.excepthook
    app_module.install_error_report()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.show_view("households")
        view = window.view("households")
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        view.table.selectRow(0)
        action = next(a for a in window.menu("households").actions() if a.text().startswith("删除所选家庭"))
        with caplog.at_level(logging.ERROR, logger="dibao_desk"):
            action.trigger()
            qtbot.wait(50)
    finally:
        sys.excepthook = before
    shown = [(kind, text) for kind, _title, text in message_boxes if kind == "critical"]
    assert len(shown) == 1, message_boxes
    assert "意外错误" in shown[0][1] and "日志" in shown[0][1]
    assert "server closed" not in shown[0][1] and "Error" not in shown[0][1]
    assert any(r.exc_info and "server closed the connection" in str(r.exc_info[1]) for r in caplog.records)
    assert len(households.query_ids(ctx.uow(), households.HouseholdQuery())) == 1
