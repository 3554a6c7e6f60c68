"""数据交换 menu: export a package to a USB stick, import one from it; county mode's view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dibao_desk.services import exchange


def install(window) -> None:
    menu = window.menu("exchange")
    export = menu.addAction(QCoreApplication.translate("MainWindow", "导出数据包(&E)…"))
    export.triggered.connect(lambda: export_package(window))
    imp = menu.addAction(QCoreApplication.translate("MainWindow", "导入数据包(&D)…"))
    imp.triggered.connect(lambda: import_package(window))
    window.exchange_actions = {"export": export, "import": imp}
    # 今日待办: packages lying in the import folders and not imported yet; the click opens the
    # first one to import (lowest number) in the import dialog
    inbox: dict[str, list] = {"found": []}
    county = exchange.office_mode(window.ctx.uow()) == "county"
    words = (QCoreApplication.translate("MainWindow", "U 盘或导入文件夹中尚未导入的乡镇数据包") if county
             else QCoreApplication.translate("MainWindow", "U 盘或导入文件夹中尚未导入的县级数据包（审批结果、政策标准、核对预警）"))
    window.extend("today_items", ("packages_waiting", words, lambda ctx, day: _count_waiting(ctx, inbox, words),
                                  lambda w: _open_waiting(w, inbox)))
    if exchange.office_mode(window.ctx.uow()) != "county":
        menu.addSeparator()
        warnings = menu.addAction(QCoreApplication.translate("MainWindow", "核对预警(&W)…"))
        warnings.triggered.connect(lambda: show_warnings(window))
        window.exchange_actions["warnings"] = warnings
    else:
        from dibao_desk.ui.widgets.county_view import CountyView

        view = CountyView(window.ctx, window)
        window.add_view("county", QCoreApplication.translate("MainWindow", "县级审批与汇总"), view)
        view.tabs.setCurrentIndex(0)  # its first tab, 待审批案件
        window.show_view("county")  # the county's window opens on its own view, not on 家庭名册
        window.refresh_when_shown(view, view.refresh)
        menu.addSeparator()
        sample = menu.addAction(QCoreApplication.translate("MainWindow", "抽取入户抽查样本(&S)…"))
        sample.triggered.connect(view.draw_sample)
        warnings = menu.addAction(QCoreApplication.translate("MainWindow", "核对预警（下发乡镇）(&W)…"))
        warnings.triggered.connect(lambda: view.open_warnings())
        window.exchange_actions["county_warnings"] = warnings
        calendar = menu.addAction(QCoreApplication.translate("MainWindow", "工作日历（随政策标准下发）(&C)…"))
        calendar.triggered.connect(lambda: open_county_calendar(window))
        window.exchange_actions["county_calendar"] = calendar
        from dibao_desk.domain.accounts import Role
        from dibao_desk.ui.roles import allow

        for action in (sample, warnings):
            allow(window.ctx, action, Role.CLERK)


def open_county_calendar(window):
    """The county's 工作日历: the State Council's holidays and 调休 working days it enters once,
    carried to every township by its next policy package."""
    from dibao_desk.ui.dialogs.workday_calendar import WorkdayCalendarDialog

    dialog = WorkdayCalendarDialog(window.ctx, parent=window, county=True)
    window.county_calendar = dialog  # reachable for tests
    dialog.open()
    return dialog


def export_package(window, today=None):
    from dibao_desk.ui.dialogs.export_package import ExportPackageDialog

    dialog = ExportPackageDialog(window.ctx, window, today=today)
    window.export_dialog = dialog  # reachable for tests and for the progress dialog's parent
    if dialog.exec():
        window.notify_changed()
    return dialog.result_info


def import_package(window, path=None, today=None):
    from dibao_desk.ui.dialogs.import_package import ImportPackageDialog

    dialog = ImportPackageDialog(window.ctx, window, path=path, today=today)
    window.import_dialog = dialog
    if dialog.exec():
        window.notify_changed()
    return dialog.result_info


def show_warnings(window, today=None):
    from dibao_desk.ui.dialogs.crosscheck_warnings import CrossCheckWarningsDialog

    dialog = CrossCheckWarningsDialog(window.ctx, window, today=today)
    window.warnings_dialog = dialog
    dialog.exec()
    window.notify_changed()


def import_folders() -> list[str]:
    """Where packages arrive: the folder the import dialog last used, and on Windows the root
    of each removable drive (a USB stick)."""
    import sys

    from PySide6.QtCore import QSettings

    from dibao_desk.ui.dialogs.export_package import SETTINGS_KEY

    folders: list[str] = []
    last = str(QSettings().value(SETTINGS_KEY, "", str))
    if last:
        folders.append(last)
    if sys.platform.startswith("win"):
        from PySide6.QtCore import QStorageInfo

        from dibao_desk.ui.dialogs.export_package import is_removable

        for storage in QStorageInfo.mountedVolumes():
            if storage.isValid() and storage.isReady() and is_removable(storage):
                folders.append(storage.rootPath())
    return folders


def _count_waiting(ctx, inbox: dict, words: str) -> int | tuple[int, str]:
    """The packages waiting; with a marked line under ``words`` when the sender's export of one
    was cut short (an older file lies beside it): the clerk checks with the sender first."""
    import logging

    from dibao_desk.services import package_inbox

    try:
        found = package_inbox.waiting(ctx.uow(), import_folders())
    except Exception:  # noqa: BLE001 - the start page never fails over a folder or a file
        logging.getLogger(__name__).exception("looking for packages failed")
        found = []
    inbox["found"] = found
    cut = [f for f in found if f.older_aside]
    if not cut:
        return len(found)
    return len(found), words + "\n" + QCoreApplication.translate(
        "MainWindow", "⚠ 其中“{0}”旁边有对方导出中断留下的旧文件（{1}），这个数据包可能没有在对方电脑上登记为已导出："
        "导入前请向对方核对导出时是否看到了“导出完成”").format(
        "”“".join(f.path.name for f in cut), "、".join(n for f in cut for n in f.older_aside))


def _open_waiting(window, inbox: dict):
    found = inbox.get("found") or []
    return import_package(window, path=found[0].path if found else None)

