"""The signed-in account: shown in the status bar; 文件 → 锁定窗口 and 修改密码; the window locks
itself after the idle minutes the office set (0: never)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dibao_desk.services import accounts
from dibao_desk.ui.texts import label

CHECK_EVERY_MS = 20 * 1000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class LockCover(QObject):
    """A plain panel over everything a window shows while the program is locked; it follows
    the window's size and goes when the program is unlocked."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.panel = QLabel(QCoreApplication.translate("MainWindow", "窗口已锁定"), widget)
        self.panel.setObjectName("lock_cover")
        self.panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel.setAutoFillBackground(True)
        self.panel.setGeometry(widget.rect())
        self.panel.raise_()
        self.panel.show()
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.widget and event.type() == QEvent.Type.Resize:
            self.panel.setGeometry(self.widget.rect())
            self.panel.raise_()
        return False

    def remove(self) -> None:
        self.widget.removeEventFilter(self)
        self.panel.hide()
        self.panel.deleteLater()
        self.deleteLater()


class IdleWatcher(QObject):
    """Remembers when the person last touched keyboard or mouse, anywhere in the program."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_input = time.monotonic()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input


def install(window) -> None:
    ctx = window.ctx
    if ctx.account is None:
        return  # a demo store, or none asks for an account
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    window.extend("settings_page", (QCoreApplication.translate("MainWindow", "账号"), lambda c, parent: AccountsPage(c, parent)))
    who = QLabel()
    window.statusBar().addPermanentWidget(who)
    window.account_label = who
    show_account(window)
    lock = window.menu("file").addAction(QCoreApplication.translate("MainWindow", "锁定窗口(&L)"))
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(lambda: lock_window(window))
    window.lock_action = lock
    password = window.menu("file").addAction(QCoreApplication.translate("MainWindow", "修改密码(&P)…"))
    password.triggered.connect(lambda: change_password(window))
    window.password_action = password
    watcher = IdleWatcher(window)
    app = QApplication.instance()
    assert app is not None  # the window runs in it
    app.installEventFilter(watcher)
    window.idle_watcher = watcher
    window.idle_minutes = accounts.idle_minutes(ctx.uow())
    timer = QTimer(window)
    timer.setInterval(CHECK_EVERY_MS)
    timer.timeout.connect(lambda: lock_if_idle(window))
    timer.start()
    window.idle_timer = timer
    window.destroyed.connect(lambda *_: app.removeEventFilter(watcher))


def show_account(window) -> None:
    """The status bar's 当前账号：name（roles）."""
    account = window.ctx.account
    if account is None or getattr(window, "account_label", None) is None:
        return
    window.account_label.setText(QCoreApplication.translate("MainWindow", "当前账号：{0}（{1}）").format(
        account.name, "、".join(label("role", r.value) for r in accounts.Role if r in account.roles)))


def change_password(window) -> bool:
    """文件 → 修改密码…: the signed-in account's own password. True when it was changed."""
    from PySide6.QtWidgets import QMessageBox

    from dibao_desk.ui.dialogs.change_password import ChangePasswordDialog

    dialog = ChangePasswordDialog(window.ctx, window)
    window.password_dialog = dialog
    if dialog.exec() != ChangePasswordDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "修改密码"),
                            QCoreApplication.translate("MainWindow", "密码已修改，下次登录请用新密码。"))
    return True


def lock_if_idle(window) -> None:
    minutes = window.idle_minutes
    if minutes and not getattr(window, "locked", False) and window.idle_watcher.idle_seconds() >= minutes * 60:
        lock_window(window)


def lock_window(window) -> bool:
    """Hide what the window shows until the account (or an administrator) gives a password.
    Returns True when unlocked; closing the dialog closes the program."""
    from dibao_desk.ui.dialogs.login import LoginDialog

    if getattr(window, "locked", False):
        return False
    window.locked = True
    central = window.centralWidget()
    central.setVisible(False)
    # the program's other windows left open (a household's form, a register) are covered, not
    # hidden: hiding a dialog that waits in exec() would end it and lose what was typed
    covers = [LockCover(w) for w in QApplication.topLevelWidgets()
              if w is not window and w.isVisible() and w.isWindow() and not w.inherits("QMenu")]
    dialog = LoginDialog(window.ctx, window, locked_to=window.ctx.account.name)
    window.login_dialog = dialog
    try:
        unlocked = dialog.exec() == LoginDialog.DialogCode.Accepted
    finally:
        window.locked = False
        for cover in covers:
            cover.remove()
    if unlocked:
        central.setVisible(True)
        window.idle_watcher.last_input = time.monotonic()
        window.notify_changed()
    else:
        window.close()
    return unlocked
