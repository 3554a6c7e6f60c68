"""设置 menu: the settings window (office, policy figures, other features' pages) and
recomputing every receiving household's benefit for a month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import benefit, households, proposals
from dibao_desk.services.households import HouseholdRow
from dibao_desk.services.progress import Progress
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.dialogs.settings import SettingsDialog
from dibao_desk.ui.ops import Op, is_cancelled
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text


def install(window) -> None:
    menu = window.menu("settings")
    settings = menu.addAction(QCoreApplication.translate("MainWindow", "设置(&S)…"))
    settings.triggered.connect(lambda: open_settings(window))
    recompute = menu.addAction(QCoreApplication.translate("MainWindow", "重新计算在保家庭保障金(&R)…"))
    recompute.triggered.connect(lambda: recompute_benefits(window))
    allow(window.ctx, recompute, Role.CLERK, Role.ADMIN)  # benefit.recompute_all refuses a 审核人
    window.extend("settings_page", (QCoreApplication.translate("MainWindow", "村（社区）"), _villages_page))


def _villages_page(ctx, parent):
    from dibao_desk.ui.widgets.villages_page import VillagesPage

    return VillagesPage(ctx, parent)


def open_settings(window) -> SettingsDialog:
    dialog = SettingsDialog(window.ctx, list(window.extensions.get("settings_page", [])), window)
    window.settings_dialog = dialog

    def closed(_result: int) -> None:
        window.refresh_title()
        window.notify_changed()

    dialog.finished.connect(closed)
    dialog.policy_page.added.connect(lambda info: offer_recompute(window, dialog, info))
    dialog.open()
    return dialog


def offer_recompute(window, parent, info) -> None:
    """A set already in force this month (the window's clock) changes this month's benefits:
    offer to recompute."""
    month = today_of(window).replace(day=1)
    if info.effective_from > month:
        return
    answer = QMessageBox.question(parent, QCoreApplication.translate("MainWindow", "重新计算保障金"), QCoreApplication.translate("MainWindow", 
        "新标准自 {0} 起执行，本月（{1}年{2}月）的保障金应按它计算。现在重新计算所有在保家庭的保障金吗？").format(
        info.effective_from.isoformat(), month.year, month.month))
    if answer == QMessageBox.StandardButton.Yes:
        run_recompute(window, month)


def parse_month(text: str) -> dt.date | None:
    import re

    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


NAMED = 20  # ineligible households named in the message; the rest are counted


def totals_text(window, t: benefit.RecomputeTotals, ineligible: tuple[HouseholdRow, ...] = ()) -> str:
    lines = [QCoreApplication.translate("MainWindow", "{0}年{1}月，按 {2} 起执行的政策标准计算。").format(
        t.month.year, t.month.month, t.policy_effective_from.isoformat())]
    if t.policy_is_example:
        lines.append(QCoreApplication.translate("MainWindow", "注意：这是随程序提供的示例标准，请在“设置”中换成本县公布的标准。"))
    lines.append(QCoreApplication.translate("MainWindow", "在保 {0} 户 {1} 人，月保障金合计 {2} 元，人均 {3} 元；有变化的 {4} 户。").format(
        f"{t.households:,}", f"{t.persons:,}", fen_to_yuan(t.total_fen), fen_to_yuan(t.average_fen), f"{t.changed:,}"))
    for group, totals in (("category", t.by_category), ("hukou_type", t.by_hukou)):
        for code, x in totals.items():
            lines.append(QCoreApplication.translate("MainWindow", "  {0}：{1} 户 {2} 人，{3} 元").format(
                label(group, code) or QCoreApplication.translate("MainWindow", "未定"), f"{x.households:,}", f"{x.persons:,}", fen_to_yuan(x.amount_fen)))
    if t.ineligible:
        lines.append(QCoreApplication.translate("MainWindow", "{0} 户按现有登记已不符合低保条件（合计中计为 0；不列入调整标准的建议，仍按原金额发放），请安排复核或办理取消。").format(
            f"{len(t.ineligible):,}"))
        for row in ineligible[:NAMED]:  # which ones: the office reviews or cancels each
            lines.append(QCoreApplication.translate("MainWindow", "  户 {0}　{1}　{2}　月保障金 {3} 元").format(
                row.id, row.village, row.head_name, fen_to_yuan(row.monthly_benefit_fen)))
        if len(t.ineligible) > min(len(ineligible), NAMED):
            lines.append(QCoreApplication.translate("MainWindow", "  ……等 {0} 户").format(f"{len(t.ineligible):,}"))
    return "\n".join(lines)


def recompute_benefits(window) -> None:
    today = today_of(window)
    text, ok = QInputDialog.getText(window, QCoreApplication.translate("MainWindow", "重新计算保障金"),
                                    QCoreApplication.translate("MainWindow", "按哪个月执行的政策标准计算（年-月）："),
                                    text=f"{today.year}-{today.month:02d}")
    if not ok:
        return
    month = parse_month(text)
    if month is None:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "月份不对"), QCoreApplication.translate("MainWindow", "请按“2026-11”的样子填写年和月。"))
        return
    run_recompute(window, month)


def run_recompute(window, month: dt.date) -> None:
    ctx = window.ctx

    def done(result) -> None:
        totals, proposal, ineligible = result
        window.notify_changed()
        text = totals_text(window, totals, ineligible)
        if proposal is None:
            text += "\n" + QCoreApplication.translate("MainWindow", "没有哪一户的金额或类别变化，无需建议。")
        else:
            text += "\n" + QCoreApplication.translate("MainWindow", 
                "已提出批量建议 {0}：{1} 户的金额或类别将自 {2}年{3}月起变化；须经{4}，"
                "批准后才写入保障金台账。请在“申请审批”→“变更建议”中办理。").format(
                proposal.id, f"{proposal.households:,}", proposal.effective_month.year,
                proposal.effective_month.month, QCoreApplication.translate("MainWindow", "、").join(label("step", s) for s in proposal.flow))
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "保障金已重新计算"), text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RuleError):
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "无法计算"), "\n".join(problem_text(p) for p in exc.problems))
        elif not is_cancelled(exc):
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "无法计算"),
                                 QCoreApplication.translate("MainWindow", "计算时出错，没有改动任何数据。详情已记入日志。"))

    today = today_of(window)

    def work(progress: Progress) -> tuple[benefit.RecomputeTotals, proposals.ProposalInfo | None,
                                          tuple[HouseholdRow, ...]]:  # on the worker: the batch, the households to name
        totals, proposal = proposals.propose_standard(ctx.uow(), month, today, "", progress)
        return totals, proposal, tuple(households.fetch_rows(ctx.uow(), list(totals.ineligible[:NAMED])))

    window._recompute_op = Op(window, work,
                              title=QCoreApplication.translate("MainWindow", "正在重新计算保障金…"), on_done=done, on_error=failed).start()
