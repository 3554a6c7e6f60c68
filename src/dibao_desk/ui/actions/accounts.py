"""The signed-in account: shown in the status bar; 文件 → 锁定窗口 and 修改密码; the window locks
itself after the idle minutes the office set (0: never)."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget

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


class _AccountRelay(QObject):
    """Carries a service call's finding (the account's roles changed, or it was disabled) from
    whichever thread made the call to the window's thread."""

    seen = Signal(str, object)  # name, roles now (None: disabled)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def check(self, *_: object) -> None:
        check_account(self.window)

    def on_state(self, state: Qt.ApplicationState) -> None:
        """The person comes back to the program (from another program, or another PC's change)."""
        if state == Qt.ApplicationState.ApplicationActive:
            check_account(self.window)


def install(window) -> None:
    ctx = window.ctx
    if ctx.account is None:
        return  # a demo store, or none asks for an account
    relay = _AccountRelay(window)
    relay.seen.connect(relay.check, Qt.ConnectionType.QueuedConnection)
    window.account_relay = relay

    def listener(name: str, roles: frozenset[accounts.Role] | None) -> None:
        if shiboken6.isValid(relay):
            relay.seen.emit(name, roles)

    ctx.account_listeners.append(listener)
    window.destroyed.connect(lambda *_: ctx.account_listeners.remove(listener)
                             if listener in ctx.account_listeners else None)
    for menu in window.menuBar().findChildren(QMenu):  # what the menus grey out is up to date when opened
        menu.aboutToShow.connect(relay.check)
    app_instance = QApplication.instance()
    if isinstance(app_instance, QApplication):
        app_instance.applicationStateChanged.connect(relay.on_state)
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
        account.name, _role_names(account.roles)))


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


def check_account(window) -> bool:
    """Bring the window in line with what its account holds now in the store: an administrator
    may have changed its roles, or disabled it, since the sign-in (in 设置 → 账号 or with the
    ``account`` command, here or on another PC). New roles: the status bar and what the window
    greys out follow, and the person is told. Disabled: the window signs out (False)."""
    if not shiboken6.isValid(window):
        return True
    ctx = window.ctx
    if (ctx.account is None or getattr(window, "locked", False) or getattr(window, "checking_account", False)
            or ctx.gate.closed):  # a restore is swapping the file: never wait for it on this thread
        return True
    window.checking_account = True
    try:
        before = ctx.account
        now = accounts.current(ctx.uow())
        if now is None:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "账号已停用"),
                                QCoreApplication.translate(
                                    "MainWindow", "管理员已停用账号“{0}”，窗口已退出登录。请用其他账号登录，或关闭程序。"
                                ).format(before.name))
            lock_window(window, signed_out=True)
            return False
        if now.roles == before.roles:
            return True
        ctx.sign_in(now)
        apply_roles(window)
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "账号权限已更改"),
                                QCoreApplication.translate(
                                    "MainWindow", "管理员已更改账号“{0}”的角色，现在是：{1}。窗口已按新的角色更新。"
                                ).format(now.name, _role_names(now.roles)))
        return True
    finally:
        window.checking_account = False


def apply_roles(window) -> None:
    """The window shows what the account signed in now may do: status bar, greyed-out buttons
    and menu entries, and the views (which ask ``ctx.may`` when they refresh)."""
    from dibao_desk.ui import roles

    show_account(window)
    roles.reapply(window.ctx)
    window.notify_changed()


def _role_names(held: frozenset[accounts.Role]) -> str:
    return "、".join(label("role", r.value) for r in accounts.Role if r in held)


def lock_if_idle(window) -> None:
    if not check_account(window):
        return  # signed out already
    minutes = window.idle_minutes
    if minutes and not getattr(window, "locked", False) and window.idle_watcher.idle_seconds() >= minutes * 60:
        lock_window(window)


def lock_window(window, *, signed_out: bool = False) -> bool:
    """Hide what the window shows until the account (or an administrator) gives a password;
    ``signed_out`` (the account was disabled): until any enabled account signs in, and the window
    goes on as that account's. Returns True when unlocked; closing the dialog closes the program."""
    from dibao_desk.ui.dialogs.login import LoginDialog

    if getattr(window, "locked", False):
        return False
    window.locked = True
    central = window.centralWidget()
    central.setVisible(False)
    # the program's other windows left open (a household's form, a register) are covered, not
    # hidden: hiding a dialog that waits in exec() would end it and lose what was typed
    covered = [w for w in QApplication.topLevelWidgets()
               if w is not window and w.isVisible() and w.isWindow() and not w.inherits("QMenu")]
    covers = [LockCover(w) for w in covered]
    dialog = LoginDialog(window.ctx, window, locked_to=None if signed_out else window.ctx.account.name,
                         open_windows=tuple(w.windowTitle() or window.windowTitle() for w in covered))
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
        if signed_out:
            apply_roles(window)
        else:
            window.notify_changed()
    else:
        window.close()
    return unlocked
