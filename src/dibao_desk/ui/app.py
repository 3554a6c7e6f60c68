"""Start the window: Qt application, the language, the shipped font, the store, first-start setup."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dibao_desk import APP_NAME
from dibao_desk.domain.problems import Problem
from dibao_desk.resources import FALLBACK_FONT_FILES, FONT_FAMILY, FONT_FILE, icon_file
from dibao_desk.services import office
from dibao_desk.services.context import AppContext, StoreError, open_context, portable_data_dir
from dibao_desk.ui import binding_guard, i18n, screen_fit
from dibao_desk.ui.texts import problem_text

log = logging.getLogger(__name__)


def register_font(app: QApplication) -> str | None:
    """Register the shipped CJK font so Chinese shows on any machine; make it the default,
    with the rare-character fonts (CJK Extension A, B and beyond) behind it for names."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        log.warning("could not load %s", FONT_FILE)
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    families = [family]
    for path in FALLBACK_FONT_FILES:
        fallback_id = QFontDatabase.addApplicationFont(str(path))
        if fallback_id < 0:
            log.warning("could not load %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(fallback_id)
    font = QFont(family)
    font.setFamilies(families)
    font.setPointSize(10)
    app.setFont(font)
    return family


_reporting = False  # a message about an unexpected error is on screen


def report_unexpected(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` of the window: an error no slot expected (a server store's connection
    dropped, a bug) goes to the log with its traceback, and the person reads in Chinese that
    the step did not finish. Python alone prints it to a console the installed program does not
    have, and the window just did nothing."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    global _reporting
    log.error("unexpected error", exc_info=(kind, value, tb))
    app = QApplication.instance()
    if _reporting or not isinstance(app, QApplication):
        return  # one message at a time (an error while painting repeats); the log has them all
    from dibao_desk.services.errors import is_connection_lost, is_disk_full
    from dibao_desk.ui.ops import error_text

    # a county server gone under a list reading its rows (a table's page fetched on the GUI
    # thread): the same sentence as for an import, not "an unexpected error"
    if isinstance(value, OSError) or is_disk_full(value) or is_connection_lost(value):
        text = error_text(value)
    else:
        text = QApplication.translate(
            "app", "这一步没有完成：发生了意外错误，详细情况已记入日志（数据文件夹中的 dibao-desk.log）。"
                   "请按 F5 刷新后查看结果再试；仍然出错，请把日志文件交给技术人员。")
    _reporting = True
    try:
        QMessageBox.critical(app.activeWindow(), QApplication.translate("app", "出错了"), text)
    finally:
        _reporting = False


def install_error_report() -> None:
    sys.excepthook = report_unexpected


def make_app(argv: list[str] | None = None, *, strict: bool = False) -> QApplication:
    """The application with its settings store, language and font. ``strict`` (the self-check)
    raises when a translation is missing instead of falling back."""
    binding_guard.install()  # before the binding has had a chance to lose a reference
    if not strict:  # the build's self-check prints an error for the build's log, no box waits there
        install_error_report()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)  # the window needs widgets, not a bare QCoreApplication
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    portable = portable_data_dir()
    if portable is not None:  # settings travel with the program and its data
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable))
    i18n.install(app, strict=strict)
    screen_fit.install(app)  # at 125 % a 1366×768 screen is smaller than the window's sizes
    app.setApplicationDisplayName(QApplication.translate("app", "低保经办"))
    icon = icon_file()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    register_font(app)
    return app


def open_or_explain(data_dir, db: str | None = None) -> AppContext | None:
    """Open the store; a server store whose password neither PGPASSWORD nor the pgpass file
    gives asks for it once (never stored, never logged)."""
    try:
        try:
            ctx = _open_upgrading(data_dir, db)
        except StoreError as exc:
            if exc.code not in ("store.password_needed", "store.password_wrong"):  # the stored one refused: ask
                raise
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            password, ok = QInputDialog.getText(
                None, QApplication.translate("app", "数据库密码"),
                QApplication.translate("app", "数据库 {url} 的密码：").format(url=exc.params.get("url", "")),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            ctx = open_context(data_dir, db, password=password)
    except StoreError as exc:
        QMessageBox.critical(None, QApplication.translate("app", "无法打开数据"),
                             problem_text(Problem(exc.code, "", dict(exc.params))))
        return None
    from dibao_desk.ui.dialogs.upgrade_wait import show_upgrade_notice

    show_upgrade_notice(ctx)
    return ctx


def _open_upgrading(data_dir, db: str | None) -> AppContext:
    """``open_context``; a store that an older version wrote is opened (copied and upgraded)
    while the "正在升级数据…" dialog shows."""
    from dibao_desk.services.context import upgrade_pending

    if upgrade_pending(data_dir, db) is None:
        return open_context(data_dir, db)
    from dibao_desk.ui.dialogs.upgrade_wait import open_while_upgrading

    return open_while_upgrading(lambda on_wait: open_context(data_dir, db, on_wait=on_wait))


def run(data_dir=None, screenshot: str | None = None, db: str | None = None) -> int:
    if screenshot:
        return self_check(data_dir, Path(screenshot))
    from dibao_desk.services.context import resolve_data_dir, uses_server
    from dibao_desk.services.storelock import StoreBusy, StoreLock

    app = make_app()
    if uses_server(db, data_dir):
        return _run(app, data_dir, db)  # several clerks share the server: no folder lock
    lock = StoreLock(resolve_data_dir(data_dir), "dibao-desk")
    try:
        lock.acquire()
    except StoreBusy as exc:
        from dibao_desk.messages.backup import busy_text

        QMessageBox.critical(None, QApplication.translate("app", "数据正在使用"),
                             QApplication.translate("messages", busy_text(exc)))
        return 1
    try:
        return _run(app, data_dir)
    finally:
        lock.release()


def ask_account(ctx: AppContext) -> bool:
    """Sign in to a real office's store; a store from before accounts gets its administrator
    first. A demo store asks nothing. False when the person chose to leave."""
    from dibao_desk.services import accounts

    if ctx.account is not None or accounts.is_demo(ctx.uow()):
        return True
    info = office.get_office(ctx.uow())
    if accounts.has_accounts(ctx.uow()):
        from dibao_desk.ui.dialogs.login import LoginDialog

        dialog = LoginDialog(ctx, office_name=info.full_name if info else "")
        return dialog.exec() == LoginDialog.DialogCode.Accepted
    from dibao_desk.ui.dialogs.create_admin import CreateAdminDialog

    create = CreateAdminDialog(ctx, suggested=info.operator if info else "")
    return create.exec() == CreateAdminDialog.DialogCode.Accepted


def _run(app, data_dir, db: str | None = None) -> int:
    ctx = open_or_explain(data_dir, db)
    if ctx is None:
        return 1
    from dibao_desk.ui.main_window import MainWindow
    from dibao_desk.ui.ops import wait_for_worker

    while True:
        shown = ctx
        if office.get_office(ctx.uow()) is None:
            from dibao_desk.ui.dialogs.first_start import FirstStartDialog

            dialog = FirstStartDialog(ctx)
            if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
                ctx.close()
                return 0
            shown = dialog.demo_ctx or ctx  # the demo opens in its own folder
        if not ask_account(shown):  # a real office's store signs in; the demo asks nothing
            if shown is not ctx:
                shown.close()
            ctx.close()
            return 0
        window = MainWindow(shown)
        window.show_view(window.opening_view())  # 今日待办 first each morning (a county: its own view)
        window.show()
        code = app.exec()
        wait_for_worker()  # a read or write still on the worker ends before the store closes
        from dibao_desk.ui.actions.backup import back_up_on_exit

        back_up_on_exit(shown)
        if shown is not ctx:
            shown.close()
        if not window.leaving_demo:
            ctx.close()
            return code
        # 离开演示数据: back to the first-start choice on the office's own (empty) data folder


class _FirstPaint(QObject):
    """Calls back once, after the watched widget has painted for the first time."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            QTimer.singleShot(0, callback)
        return False


def self_check(data_dir, png: Path) -> int:
    """``dibao-desk gui --screenshot FILE``: start as an office would (translations, font, store,
    main window; on an office's store that asks for an account, the sign-in dialog instead), save the
    window once the household list has painted, print when that
    happened (seconds since the epoch, for bench/bundle.py) and quit. Exit 1 when a file the
    window needs is missing, so a frozen build that lost one fails where it is built."""
    try:
        app = make_app(strict=True)
    except i18n.TranslationMissing as exc:
        print(f"translation missing: {exc}", file=sys.stderr)
        return 1
    if app.font().family() != FONT_FAMILY:
        print(f"font missing: {FONT_FILE}", file=sys.stderr)
        return 1
    if icon_file() is None:
        print("icon missing: resources/icons/dibao-desk.png", file=sys.stderr)
        return 1
    try:
        ctx = open_context(data_dir)
    except StoreError as exc:
        print(f"store: {exc.code} {exc.params}", file=sys.stderr)
        return 1
    from dibao_desk.services import accounts

    if office.get_office(ctx.uow()) is None:
        from dibao_desk.ui.dialogs.first_start import FirstStartDialog

        window: QWidget = FirstStartDialog(ctx)
        watched = window
    elif accounts.needs_sign_in(ctx.uow()):  # an office's data: the picture is the sign-in, not the households
        from dibao_desk.ui.dialogs.login import LoginDialog

        info = office.get_office(ctx.uow())
        window = LoginDialog(ctx, office_name=info.full_name if info else "")
        watched = window
    else:
        from dibao_desk.ui.main_window import MainWindow

        window = MainWindow(ctx)
        from dibao_desk.ui.widgets.household_list import HouseholdList

        view = window.view("households")
        watched = view.table.viewport() if isinstance(view, HouseholdList) else window
    result = {"code": 1}

    def painted() -> None:
        print(f"painted {time.time():.3f}", flush=True)
        result["code"] = 0 if window.grab().save(str(png)) else 1
        window.close()
        app.quit()

    _FirstPaint(watched, painted)
    window.show()
    guard = QTimer()  # never hang a build; stopped after, so it cannot end a later event loop
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(60_000)
    app.exec()
    guard.stop()
    ctx.close()
    return result["code"]
