"""Opening a store that an older version of the program wrote: a wait dialog while it is
copied and upgraded (on the store's worker, the window still answering), then a notice with
the copy of the data as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from dibao_desk.domain.problems import Problem
from dibao_desk.services.context import AppContext, upgrade_notice
from dibao_desk.ui.ops import Op
from dibao_desk.ui.texts import problem_text


def open_while_upgrading(opener: Callable[[Callable[[], None]], AppContext],
                         parent: QWidget | None = None) -> AppContext:
    """Run ``opener`` (which opens, and so upgrades, the store) on the worker while a modal
    "正在升级数据…" dialog shows; wait for it in a local event loop. No Cancel: the upgrade is
    one transaction, and stopping half-way would only leave the store as it was. ``opener`` is
    given what to call when it waits for another program's upgrade of the same store: the
    dialog then says so. Returns the context, or raises what ``opener`` raised (a StoreError the
    caller explains)."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(ctx: AppContext) -> None:
        outcome["ctx"] = ctx
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def work(progress: Any) -> AppContext:  # another program upgrading it first: the dialog says so
        return opener(lambda: progress.update(0, 0, "progress.upgrade_waiting"))

    op = Op(parent, work, title=QCoreApplication.translate("upgrade", "正在升级数据…"),
            on_done=done, on_error=failed, cancellable=False, show_after_ms=0)
    if op.dialog is not None:
        op.dialog.setLabelText(QCoreApplication.translate(
            "upgrade", "正在升级数据…\n\n本程序是新版本，正在把数据升级到新版的格式，"
                       "升级前已保存原数据副本。\n数据较多时需要几分钟，请勿关闭程序或电脑。"))
    op.start()
    if not op.finished:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["ctx"]


def show_upgrade_notice(ctx: AppContext, parent: QWidget | None = None) -> None:
    """"数据已升级（原数据副本：…）" after the opening that upgraded the store; nothing otherwise."""
    notice: Problem | None = upgrade_notice(ctx)
    if notice is not None:
        QMessageBox.information(parent, QCoreApplication.translate("upgrade", "数据已升级"), problem_text(notice))
