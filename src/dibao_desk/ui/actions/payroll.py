"""造册 tab: payment rosters made from the ledger, signed by the leader, printed for signing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dibao_desk.domain.payroll import RosterDue
from dibao_desk.services import payroll
from dibao_desk.ui.widgets.payroll_view import PayrollSettingsPage, PayrollView


def install(window) -> None:
    view = PayrollView(window.ctx, window)
    window.add_view("payroll", QCoreApplication.translate("MainWindow", "造册"), view)

    def refresh() -> None:  # a change elsewhere (the cycle set in 设置): the proposed period follows it
        view.follow_day()
        view.refresh()

    window.refresh_when_shown(view, refresh)
    window.day_changed.connect(view.follow_day)  # the proposed period, in front or not
    view.changed.connect(window.notify_changed)
    view.print_requested.connect(lambda payroll_id: print_roster(window, payroll_id))
    window.extend("settings_page", (QCoreApplication.translate("MainWindow", "造册"), lambda ctx, parent: PayrollSettingsPage(ctx, parent)))
    menu = window.menu("print")
    menu.addAction(QCoreApplication.translate("MainWindow", "打印保障金发放造册（PDF）…")).triggered.connect(lambda: _print_selected(window, view))
    # 今日待办: 1 while this period's roster is not made yet or still a draft; the words say which
    window.extend("today_items", ("payroll_due", QCoreApplication.translate("MainWindow", "本期保障金发放造册待造册或待审核签字"),
                                  payroll_due, lambda w: w.show_view("payroll")))
    # 今日待办: earlier months the ledger pays that no signed roster pays (a cycle changed, a month skipped)
    window.extend("today_items", ("payroll_gaps", QCoreApplication.translate("MainWindow", "往期没有造册发放的月份"),
                                  payroll_gaps, lambda w: w.show_view("payroll")))


def period_words(period: str) -> str:
    """2026-11 -> 2026 年 11 月; 2026Q4 -> 2026 年第 4 季度."""
    if "Q" in period:
        year, quarter = period.split("Q", 1)
        return QCoreApplication.translate("MainWindow", "{0} 年第 {1} 季度").format(year, quarter)
    year, _, month = period.partition("-")
    return QCoreApplication.translate("MainWindow", "{0} 年 {1} 月").format(year, int(month) if month.isdigit() else month)


def payroll_due(ctx, day) -> tuple[int, str]:
    from dibao_desk.services import today

    due = today.payroll_due(ctx.uow(), day)
    words = {
        RosterDue.NOT_MADE: QCoreApplication.translate("MainWindow", "本期（{0}）保障金发放造册尚未造册"),
        RosterDue.DRAFT: QCoreApplication.translate("MainWindow", "本期（{0}）保障金发放造册是草稿，尚未审核签字"),
        RosterDue.SIGNED: QCoreApplication.translate("MainWindow", "本期（{0}）保障金发放造册已审核签字"),
    }[due.state]
    if not due.paid:
        return due.count, words.format(period_words(due.period))
    # the cycle changed in the middle of the quarter: the quarter cannot be made, its other months
    # can; said month by month, each paid one with the roster that pays it
    def signed(periods) -> str:
        return QCoreApplication.translate("MainWindow", "已发放（{0}造册已审核）").format(
            "、".join(period_words(p) for p in periods))

    this = period_words(due.period)
    if len(due.paid) == (3 if "Q" in due.period else 1):
        return 0, QCoreApplication.translate("MainWindow", "本期（{0}）：{1}，不必另行造册").format(
            this, signed(due.paid_by))
    spans = [(p, payroll.parse_period(p)) for p in due.paid_by]
    months: list[tuple[str, str]] = [
        (f"{m.year:04d}-{m.month:02d}", signed([p for p, q in spans if q.first <= m <= q.last])) for m in due.paid]
    months += [(p, QCoreApplication.translate("MainWindow", "尚未造册")) for p in due.to_make]
    months += [(p, QCoreApplication.translate("MainWindow", "造册是草稿，尚未审核签字")) for p in due.drafts]
    months += [(p, QCoreApplication.translate("MainWindow", "下月起可以造册")) for p in due.later]
    parts = [QCoreApplication.translate("MainWindow", "{0}：{1}").format(period_words(p), said)
             for p, said in sorted(months)]
    if not due.rosters and not due.later:  # its other months come before the office's first roster
        parts.append(QCoreApplication.translate("MainWindow", "其余月份不必另行造册"))
    return due.count, QCoreApplication.translate("MainWindow", "本期（{0}）按月造册。{1}").format(
        this, QCoreApplication.translate("MainWindow", "；").join(parts))


def payroll_gaps(ctx, day) -> tuple[int, str]:
    from dibao_desk.services import today

    found = {p.code: p for p in today.payroll_gaps(ctx.uow(), day)}
    words = []
    if "payroll.months_unpaid" in found:
        words.append(QCoreApplication.translate("MainWindow", "往期没有造册发放的月份：{0}，请补造常规造册（{1}）").format(
            found["payroll.months_unpaid"].params["months"], found["payroll.months_unpaid"].params["periods"]))
    if "payroll.months_draft" in found:
        words.append(QCoreApplication.translate("MainWindow", "往期造册是草稿、尚未审核的月份：{0}").format(
            found["payroll.months_draft"].params["months"]))
    count = sum(int(p.params["count"]) for p in found.values())
    return count, "；".join(words) or QCoreApplication.translate("MainWindow", "往期月份都已造册发放")


def _print_selected(window, view: PayrollView) -> None:
    window.show_view("payroll")
    r = view.selected()
    if r is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "打印造册"), QCoreApplication.translate("MainWindow", "请先在“造册”中造册并选中一份。"))
        return
    print_roster(window, r.id)


def print_roster(window, payroll_id: int):
    """Write the roster to a temporary PDF and open it in the program's preview."""
    from dibao_desk.ui.actions import printing
    from dibao_desk.ui.ops import show_error

    info = payroll.show(window.ctx.uow(), payroll_id)
    path = printing.preview_path(QCoreApplication.translate("MainWindow", "保障金发放造册-{0}.pdf").format(info.period))
    try:
        rendered = payroll.print_roster(window.ctx.uow(), payroll_id, path)
    except Exception as exc:  # noqa: BLE001 - a refusal or a file that could not be written, said in Chinese
        show_error(window, QCoreApplication.translate("MainWindow", "未能打印"), exc)
        return None
    if rendered.missing:  # a name printed with □ for a character no font has
        from dibao_desk.domain.problems import Problem
        from dibao_desk.ui.texts import problem_text

        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "打印"), problem_text(Problem(
            "printing.missing_chars", "", {"chars": "、".join(rendered.missing),
                                           "names": "、".join(rendered.texts_with_missing)}, "warning")))
    return printing.preview(window, path, QCoreApplication.translate("MainWindow", "保障金发放造册 {0}").format(info.period))
