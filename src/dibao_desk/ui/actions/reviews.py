"""复核 menu and the 复核 tab: due lists, the calendar, recording reviews, plans, review rules."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import reviews
from dibao_desk.ui.actions.household_page import offer_on, selected_household
from dibao_desk.ui.dialogs.record_review import RecordReviewDialog
from dibao_desk.ui.dialogs.review_plan import ReviewPlanDialog
from dibao_desk.ui.dialogs.review_refusal import RefusalDialog
from dibao_desk.ui.dialogs.review_stable_work import StableWorkDialog
from dibao_desk.ui.dialogs.review_status import ReviewStatusDialog
from dibao_desk.ui.ops import Op, is_cancelled
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.widgets.review_rules_page import ReviewRulesPage
from dibao_desk.ui.widgets.reviews_view import ReviewsView

VIEW = "reviews"


def install(window) -> None:
    view = ReviewsView(window.ctx, window)
    window.add_view(VIEW, QCoreApplication.translate("MainWindow", "复核"), view)
    view.record_requested.connect(lambda hid: record_review(window, hid))
    offer_on(window, view.table, lambda row: getattr(view.model.row_at(row), "household_id", None))
    view.export_requested.connect(lambda: export_list(window))
    view.plan_requested.connect(lambda: plan_quarter(window))
    view.print_requested.connect(lambda: print_list(window))
    window.refresh_when_shown(view, view.refresh)
    window.day_changed.connect(view.follow_day)  # before the refresh the change brings

    menu = window.menu("reviews")
    for text, mode in ((QCoreApplication.translate("MainWindow", "本月应复核(&M)"), "this_month"), (QCoreApplication.translate("MainWindow", "下月应复核(&N)"), "next_month"),
                       (QCoreApplication.translate("MainWindow", "已逾期(&O)"), "overdue")):
        action = menu.addAction(text)
        action.triggered.connect(lambda _c=False, m=mode: _show(window, m))
    menu.addSeparator()
    record = menu.addAction(QCoreApplication.translate("MainWindow", "记录所选家庭的复核(&R)…"))
    record.triggered.connect(lambda: _record_from_view(window))
    allow(window.ctx, record, Role.CLERK)  # the services refuse the others: say so in the menu
    window.add_to_toolbar(record)
    menu.addAction(QCoreApplication.translate("MainWindow", "导出本页名单(&E)…")).triggered.connect(lambda: export_list(window))
    menu.addAction(QCoreApplication.translate("MainWindow", "打印本页名单(&T)…")).triggered.connect(lambda: print_list(window))
    menu.addAction(QCoreApplication.translate("MainWindow", "季度复核计划(&P)…")).triggered.connect(lambda: plan_quarter(window))
    menu.addAction(QCoreApplication.translate("MainWindow", "就业渐退与复核统计(&S)…")).triggered.connect(lambda: show_status(window))
    menu.addSeparator()
    work = menu.addAction(QCoreApplication.translate("MainWindow", "所选家庭登记稳定就业（渐退）(&W)…"))
    work.triggered.connect(lambda: _from_view(window, stable_work))
    refused = menu.addAction(QCoreApplication.translate("MainWindow", "所选家庭登记拒绝就业(&J)…"))
    refused.triggered.connect(lambda: _from_view(window, refusal))
    for action in (work, refused):
        allow(window.ctx, action, Role.CLERK)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("MainWindow", "重新计算下次复核日期(&C)")).triggered.connect(lambda: reschedule_all(window))

    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "记录复核…"), record_review, (Role.CLERK,)))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "登记稳定就业（渐退）…"), stable_work, (Role.CLERK,)))
    window.extend("household_actions", (QCoreApplication.translate("MainWindow", "登记拒绝就业…"), refusal, (Role.CLERK,)))
    window.extend("settings_page", (QCoreApplication.translate("MainWindow", "复核周期"), lambda ctx, parent: ReviewRulesPage(ctx, parent)))


def _view(window) -> ReviewsView:
    return window.view(VIEW)


def _show(window, mode: str) -> None:
    _view(window).set_mode(mode)
    window.show_view(VIEW)


def _record_from_view(window) -> None:
    _from_view(window, record_review)


def _from_view(window, fn) -> None:
    hid = selected_household(window)
    if hid is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "复核"), QCoreApplication.translate("MainWindow", "请先在复核名单或家庭名册中选定一户。"))
        return
    fn(window, hid)


def _open_for_household(window, make, household_id: int):
    view = _view(window)
    try:
        dialog = make(window.ctx, household_id, view.today() if view else None, window)
    except RuleError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "不能办理"), "\n".join(problem_text(p) for p in exc.problems))
        return None
    if view is not None:
        view.dialog = dialog

    def done(result: int) -> None:
        if view is not None:
            view.dialog = None
        if result == QDialog.DialogCode.Accepted:
            window.notify_changed()
            text = dialog.result_text() if hasattr(dialog, "result_text") else QCoreApplication.translate("MainWindow", "已保存")
            window.statusBar().showMessage(text, 8000)

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def stable_work(window, household_id: int):
    return _open_for_household(window, StableWorkDialog, household_id)


def refusal(window, household_id: int):
    return _open_for_household(window, RefusalDialog, household_id)


def show_status(window) -> ReviewStatusDialog:
    view = _view(window)
    dialog = ReviewStatusDialog(window.ctx, view.today() if view else None, window)
    dialog.finished.connect(lambda _r: window.notify_changed())
    dialog.open()
    return dialog


def record_review(window, household_id: int) -> RecordReviewDialog | None:
    """Changes to members, income and property found on the visit go through the household
    registration form (when the households feature is installed), opened from the dialog."""
    edit = None
    household_actions: ModuleType | None
    try:
        from dibao_desk.ui.actions import households as household_actions
    except ImportError:
        household_actions = None
    if household_actions is not None and hasattr(household_actions, "edit_household"):
        def edit(hid: int) -> None:
            household_actions.edit_household(window, hid)

    def make(ctx, hid, today, parent):
        return RecordReviewDialog(ctx, hid, today, parent, edit_household=edit)

    return _open_for_household(window, make, household_id)


def export_list(window, path: str | None = None) -> Op | None:
    view = _view(window)
    month = view.month()
    overdue = view.mode() == "overdue"
    if not path:
        name = "逾期未复核名单.xlsx" if overdue else f"复核名单{month.year}年{month.month}月.xlsx"
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "导出复核名单"), name,
                                              QCoreApplication.translate("MainWindow", "Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
    ctx, village_id, today = window.ctx, view.village_id(), view.today()

    def done(n: int) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已导出 {0} 户到 {1}").format(n, path), 8000)

    return Op(window, lambda _progress: reviews.export_due_list(ctx.uow(), path, month=month, overdue=overdue,
                                                                village_id=village_id, today=today),
              title=QCoreApplication.translate("MainWindow", "正在导出复核名单…"), error_title=QCoreApplication.translate("MainWindow", "无法导出"), on_done=done,
              cancellable=False).start()


def print_list(window) -> Op:
    """The list on the tab as the program's other documents print: a PDF (header row on every
    page, no row cut over two pages, 第 x 页 共 y 页) made on the worker (an overdue list of a
    county runs to thousands of rows), shown in the preview and printed from there."""
    from dibao_desk.ui.actions import printing

    view = _view(window)
    month = view.month()
    overdue = view.mode() == "overdue"
    ctx, village_id, today = window.ctx, view.village_id(), view.today()
    name = QCoreApplication.translate("MainWindow", "逾期未复核名单.pdf") if overdue else \
        QCoreApplication.translate("MainWindow", "复核名单{0}年{1}月.pdf").format(month.year, month.month)
    path = printing.preview_path(name)

    def done(result) -> None:
        for p in result.problems:  # a name printed with □ for a character no font has
            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "打印"), problem_text(p))
        printing.preview(window, result.path, result.title)

    return Op(window, lambda _progress: reviews.print_due_list(ctx.uow(), path, month=month, overdue=overdue,
                                                               village_id=village_id, today=today),
              title=QCoreApplication.translate("MainWindow", "正在生成复核名单…"),
              error_title=QCoreApplication.translate("MainWindow", "无法打印"), on_done=done,
              cancellable=False).start()


def plan_quarter(window) -> ReviewPlanDialog:
    view = _view(window)
    dialog = ReviewPlanDialog(window.ctx, view.month(), reviews.village_choices(window.ctx.uow()),
                              view.village_id(), view.today(), window)
    view.dialog = dialog
    dialog.open()
    return dialog


def reschedule_all(window) -> None:
    ctx = window.ctx

    def done(n: int) -> None:
        window.notify_changed()
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已重新计算 {0} 户的下次复核日期").format(n), 8000)

    def failed(exc: BaseException) -> None:
        if not is_cancelled(exc):
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "无法计算"), QCoreApplication.translate("MainWindow", "计算时出错，没有改动任何数据。详情已记入日志。"))

    window._reschedule_op = Op(window, lambda progress: reviews.reschedule_all(ctx.uow(), progress=progress),
                               title=QCoreApplication.translate("MainWindow", "正在计算下次复核日期…"), on_done=done, on_error=failed).start()
