"""Start the window: Qt application, the shipped font, the store, first-start setup."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from dibao_desk import messages
from dibao_desk.resources import FALLBACK_FONT_FILES, FONT_FILE
from dibao_desk.services import office
from dibao_desk.services.context import AppContext, StoreError, open_context

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


def load_qt_translations(app: QApplication) -> bool:
    """Qt's own words (the print dialog's, standard buttons) in Chinese."""
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        app._qt_translator = translator  # kept alive with the application
        return True
    return False


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("dibao-desk")
    load_qt_translations(app)
    app.setApplicationDisplayName(QApplication.translate("app", "低保经办"))
    register_font(app)
    return app


def open_or_explain(data_dir) -> AppContext | None:
    try:
        return open_context(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, QApplication.translate("app", "无法打开数据"),
                             QApplication.translate("messages", messages.text(exc.code, **exc.params)))
        return None


def run(data_dir=None) -> int:
    from dibao_desk.services.context import resolve_data_dir
    from dibao_desk.services.storelock import StoreBusy, StoreLock

    app = make_app()
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

        dialog = LoginDialog(ctx, office_name=f"{info.county_name}{info.name}" if info else "")
        return dialog.exec() == LoginDialog.DialogCode.Accepted
    from dibao_desk.ui.dialogs.create_admin import CreateAdminDialog

    dialog = CreateAdminDialog(ctx, suggested=info.operator if info else "")
    return dialog.exec() == CreateAdminDialog.DialogCode.Accepted


def _run(app, data_dir) -> int:
    ctx = open_or_explain(data_dir)
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
        window.show_view("today")  # 今日待办 first each morning
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
