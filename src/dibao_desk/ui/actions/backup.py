"""文件 menu: back up now, choose the second backup folder, restore a backup; a daily backup
while the window is open, and a warning while nothing was backed up outside the data folder
for a week."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from dibao_desk.domain import backups as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import backup, restore
from dibao_desk.ui.ops import Op, error_text
from dibao_desk.ui.texts import problem_text

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30 * 60 * 1000


def install(window) -> None:
    menu = window.menu("file")
    now = menu.addAction(QCoreApplication.translate("MainWindow", "立即备份(&B)"))
    now.triggered.connect(lambda: back_up(window))
    folder = menu.addAction(QCoreApplication.translate("MainWindow", "备份文件夹(&F)…"))
    folder.triggered.connect(lambda: choose_folder(window))
    undo = menu.addAction(QCoreApplication.translate("MainWindow", "恢复备份(&R)…"))
    undo.triggered.connect(lambda: restore_from(window))
    menu.addSeparator()
    window.backup_actions = {"now": now, "folder": folder, "restore": undo}
    from dibao_desk.ui.roles import allow

    allow(window.ctx, folder, Role.ADMIN)  # the services refuse the others: say so in the menu
    allow(window.ctx, undo, Role.ADMIN)
    window.backup_warning = QLabel()
    window.backup_warning.setStyleSheet("color: #b00020;")
    window.backup_warning.setWordWrap(True)
    window.statusBar().addWidget(window.backup_warning, 1)
    timer = QTimer(window)
    timer.setInterval(CHECK_EVERY_MS)
    timer.timeout.connect(lambda: back_up_if_due(window))
    timer.start()
    window.backup_timer = timer
    refresh_warning(window)
    # 今日待办: 1 while a backup is due, or nothing was copied outside the data folder for a week
    window.extend("today_items", ("backup_due", QCoreApplication.translate("MainWindow", "需要备份（今天未备份，或一周内未备份到其他磁盘、U 盘）"),
                                  lambda ctx, day: backup_due(ctx, day), lambda w: back_up(w)))


def now_on(day: dt.date) -> dt.datetime:
    """This time of day on ``day`` (the start page's date, which a window left open past
    midnight or a test's clock sets), in UTC as backups are recorded."""
    local = dt.datetime.combine(day, dt.datetime.now().time())
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def backup_due(ctx, day: dt.date | None = None) -> int:
    """1 while a backup is due on ``day`` (today when None), or nothing was copied outside the
    data folder for a week before it."""
    st = backup.status(ctx.uow(), now_on(day) if day is not None else None)
    return 1 if st.due or st.external_stale else 0


def refresh_warning(window, now: dt.datetime | None = None) -> None:
    st = backup.status(window.ctx.uow(), now)
    if not st.external_stale:
        window.backup_warning.setText("")
        window.backup_warning.hide()
        return
    # a folder chosen already (a stick not plugged in since): choosing one again is not the remedy
    chosen = {"folder": st.folder} if st.folder else {}
    # none chosen yet: only an administrator chooses it (the menu entry is greyed out for the others)
    ask = "" if chosen or window.ctx.may(Role.ADMIN) else "_ask_admin"
    if st.last_external is None:
        text = problem_text(_problem("backup.external_folder_never" if chosen else "backup.external_never" + ask,
                                     **chosen))
    else:
        days = ((now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) - st.last_external).days
        text = problem_text(_problem("backup.external_folder_stale" if chosen else "backup.external_stale" + ask,
                                     days=days, **chosen))
    window.backup_warning.setText(text)
    window.backup_warning.show()


def _problem(code, **params):
    from dibao_desk.domain.problems import Problem

    return Problem(code, "", params)


def back_up(window, *, quiet: bool = False, reason: str = "manual") -> Op:
    ctx = window.ctx

    def done(run: backup.BackupRun) -> None:
        refresh_warning(window)
        if run.problems:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "备份"), "\n".join(problem_text(p) for p in run.problems))
        elif not quiet:
            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "备份"), QCoreApplication.translate("MainWindow", "已备份到：\n{0}").format(
                "\n".join(str(f.path) for f in run.files)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RuleError):
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "备份失败"), "\n".join(problem_text(p) for p in exc.problems))
        else:
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "备份失败"), error_text(exc))

    window.backup_op = Op(window, lambda progress: backup.make_backups(ctx.uow(), ctx.store.path, reason=reason),
                          title=QCoreApplication.translate("MainWindow", "正在备份…"), on_done=done, on_error=failed, cancellable=False).start()
    return window.backup_op


def back_up_if_due(window) -> None:
    if backup.status(window.ctx.uow()).due:
        back_up(window, quiet=True, reason="daily")


def back_up_on_exit(ctx) -> None:
    """The backup made when the window closes (after the event loop ended)."""
    try:
        backup.make_backups(ctx.uow(), ctx.store.path, reason="exit")
    except Exception:  # the window is gone: the log says why
        log.exception("backup on exit failed")


def _on_server(window) -> bool:
    """A store on a PostgreSQL server is backed up and restored by the server's own tools
    (pg_dump, pg_restore): said at once, before a folder or a file is asked for."""
    if not window.ctx.on_server:
        return False
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "备份"), problem_text(_problem("backup.on_server")))
    return True


def choose_folder(window) -> None:
    if _on_server(window):
        return
    current = backup.backup_folder(window.ctx.uow())
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", "选择第二个备份文件夹（U 盘、移动硬盘或另一块磁盘）"),
                                              str(current or ""))
    if not folder:
        return
    try:
        backup.set_backup_folder(window.ctx.uow(), folder, window.ctx.data_dir)
    except RuleError as exc:  # only an administrator chooses it
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "备份文件夹"), "\n".join(problem_text(p) for p in exc.problems))
        return
    back_up(window)


def restore_from(window, path: str | None = None):
    from dibao_desk.ui.dialogs.restore_backup import RestoreBackupDialog

    if _on_server(window):
        return None
    if path is None:
        start = str(backup.backup_folder(window.ctx.uow()) or backup.local_folder(window.ctx.store.path))
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("MainWindow", "选择备份文件"), start,
                                              QCoreApplication.translate("MainWindow", "数据备份 (*.sqlite3)"))
        if not path:
            return None
    ctx = window.ctx
    chosen = path
    # checked on the worker (a big backup takes minutes to read): the dialog says so meanwhile
    dialog = RestoreBackupDialog(chosen, lambda progress: restore.inspect_for(ctx, chosen, progress), window)
    window.restore_dialog = dialog
    if not dialog.exec():
        return None

    def done(result: restore.RestoreResult) -> None:
        missing = _account_after_restore(ctx)
        from dibao_desk.ui.actions.accounts import show_account

        show_account(window)
        window.refresh_title()
        window.notify_changed()
        refresh_warning(window)
        text = QCoreApplication.translate("MainWindow", "已恢复。恢复前的数据已另存为：\n{0}").format(str(result.kept))
        if missing:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "恢复备份"), text + "\n\n" + QCoreApplication.translate(
                "MainWindow", "恢复的数据中没有启用的账号“{0}”：账号和密码都回到了备份时的样子。本次仍可操作；关闭程序前，"
                "请在“设置 → 账号”中重新建立您的账号，或为备份中的管理员设置新密码，否则下次无法登录。").format(missing))
            return
        if result.accounts_kept:  # (services.restore_accounts)
            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "恢复备份"), text + "\n" + QCoreApplication.translate(
                "MainWindow", "账号、密码和找回码保持恢复前的样子，没有回到备份时。"))
            return
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "恢复备份"), text + "\n" + QCoreApplication.translate(
            "MainWindow", "账号和密码也回到了备份时的样子。"))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RuleError):
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "无法恢复"), "\n".join(problem_text(p) for p in exc.problems))
        else:
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "无法恢复"), error_text(exc))
        window.notify_changed()

    shown = dialog.info.sha256 if isinstance(dialog.info, restore.BackupInfo) else None  # changed since: refused
    window.restore_op = Op(window, lambda progress: restore.restore(ctx, chosen, progress=progress,
                                                                    expected_sha256=shown), title=QCoreApplication.translate("MainWindow", "正在恢复…"),
                           on_done=done, on_error=failed, cancellable=False).start()
    return window.restore_op


def _account_after_restore(ctx) -> str:
    """The signed-in account as the restored store has it: its roles there from now on. Its name
    when the backup has no such active account (the session goes on, so that it can make one)."""
    from dibao_desk.services import accounts

    if ctx.account is None:
        return ""
    found = next((a for a in accounts.list_accounts(ctx.uow()) if a.name == ctx.account.name and a.active), None)
    if found is None:
        return str(ctx.account.name)
    if found.roles != ctx.account.roles:
        ctx.sign_in(accounts.SignedIn(found.name, found.roles))
    return ""


__all__ = ["install", "back_up", "back_up_on_exit", "restore_from", "rules"]
