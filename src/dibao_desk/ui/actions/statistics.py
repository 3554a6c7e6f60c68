"""统计 tab and the report files: the monthly / quarterly report (PDF, workbook) and the 台账."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dibao_desk.services import statistics
from dibao_desk.ui.widgets.statistics_view import StatisticsView

_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "book": "Excel (*.xlsx)"}


def install(window) -> None:
    view = StatisticsView(window.ctx, window)
    window.add_view("statistics", QCoreApplication.translate("MainWindow", "统计"), view)
    window.day_changed.connect(view.follow_day)  # before the refresh the change brings
    window.changed.connect(view.mark_dirty)
    view.export_requested.connect(lambda kind: export(window, view, kind))
    menu = window.menu("print")
    menu.addAction(QCoreApplication.translate("MainWindow", "统计报表（PDF）…")).triggered.connect(lambda: export(window, view, "pdf"))
    menu.addAction(QCoreApplication.translate("MainWindow", "低保对象台账（Excel）…")).triggered.connect(lambda: export(window, view, "book"))


def default_name(window, view: StatisticsView, kind: str) -> str:
    """低保统计报表-东风村-2026年11月.pdf: the village's when one is chosen, so that its report
    is not offered the township's name (nor saved over it); no character Windows refuses."""
    period = view.period_combo.currentText()
    if view.village_id() is not None:
        village = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in view.village_combo.currentText().strip())
        period = f"{village}-{period}"
    what = {"pdf": QCoreApplication.translate("MainWindow", "低保统计报表"), "xlsx": QCoreApplication.translate("MainWindow", "低保统计报表"), "book": QCoreApplication.translate("MainWindow", "低保对象台账")}[kind]
    return f"{what}-{period}.{'pdf' if kind == 'pdf' else 'xlsx'}"


def export(window, view: StatisticsView, kind: str, path: str | None = None):
    """Ask where (unless ``path`` is given), then write on the worker with a progress dialog."""
    from dibao_desk.ui.ops import Op

    if path is None:
        start = str(Path.home() / default_name(window, view, kind))
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "保存到"), start, _FILTERS[kind])
        if not path:
            return None
    target = Path(path)
    period, village, uow, today = view.period(), view.village_id(), window.ctx.uow(), view.today
    args = {"pdf": {"pdf": target}, "xlsx": {"xlsx": target}, "book": {"book": target}}[kind]

    def done(_result) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已写入：{0}").format(str(target)), 8000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "未能写入"),
                            QCoreApplication.translate("MainWindow", "文件未能写入（{0}）。请检查 U 盘或文件夹是否可写，文件是否在其他程序中打开。").format(
                                target.name))

    window._statistics_op = Op(window, lambda progress: statistics.write_report(
        uow, period, village, today=today, progress=progress, **args),
        title=QCoreApplication.translate("MainWindow", "正在生成报表"), on_done=done, on_error=failed, cancellable=kind == "pdf",
        writes=False).start()  # reads the store, writes a file
    return window._statistics_op
