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
    if exchange.office_mode(window.ctx.uow()) != "county":
        menu.addSeparator()
        warnings = menu.addAction(QCoreApplication.translate("MainWindow", "核对预警(&W)…"))
        warnings.triggered.connect(lambda: show_warnings(window))
        window.exchange_actions["warnings"] = warnings
    else:
        from dibao_desk.ui.widgets.county_view import CountyView

        view = CountyView(window.ctx, window)
        window.add_view("county", QCoreApplication.translate("MainWindow", "县级审批与汇总"), view)
        window.refresh_when_shown(view, view.refresh)
        menu.addSeparator()
        sample = menu.addAction(QCoreApplication.translate("MainWindow", "抽取入户抽查样本(&S)…"))
        sample.triggered.connect(view.draw_sample)
        warnings = menu.addAction(QCoreApplication.translate("MainWindow", "核对预警（下发乡镇）(&W)…"))
        warnings.triggered.connect(lambda: view.open_warnings())
        window.exchange_actions["county_warnings"] = warnings


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
