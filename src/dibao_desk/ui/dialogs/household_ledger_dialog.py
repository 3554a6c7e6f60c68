"""One household's benefit ledger, month by month, with the decision behind each month
and the 补发/追回 entries (the same as `dibao-desk ledger --household ID`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.services import ledger
from dibao_desk.services.context import AppContext
from dibao_desk.ui.texts import label


class HouseholdLedgerDialog(QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.led = ledger.household_ledger(ctx.uow(), household_id, today)
        led = self.led
        self.setWindowTitle(self.tr("保障金台账：{0}").format(led.head_name))
        if led.unrostered:  # history, but not paid yet: its roster pays the ledger's amount, the 补发 the rest
            about = QLabel(self.tr("{0}　{1}　{2} 年 {3} 月及以前的月份不再改写，更正记为补发或追回；"
                                   "其中 {4} 尚未造册发放，仍按台账金额造册。").format(
                led.village, led.head_name, led.paid_through.year, led.paid_through.month,
                "、".join(self.tr("{0} 年 {1} 月").format(m.year, m.month) for m in led.unrostered)))
        else:
            about = QLabel(self.tr("{0}　{1}　{2} 年 {3} 月及以前为已发放月份，不再改写；更正记为补发或追回。").format(
                led.village, led.head_name, led.paid_through.year, led.paid_through.month))
        about.setWordWrap(True)
        headers = [self.tr("月份"), self.tr("状态"), self.tr("类别"), self.tr("保障人数"), self.tr("月保障金（元）"),
                   self.tr("其中分类施保/加发"), self.tr("依据"), self.tr("批准日期"), self.tr("批准人")]
        self.table = QTableWidget(len(led.months), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, m in enumerate(reversed(led.months)):  # newest first
            d = m.decision
            values = [f"{m.month:%Y-%m}" + (self.tr("（尚未造册发放）") if m.month in led.unrostered
                                            else "" if m.paid else self.tr("（未发放）")),
                      label("ledger_status", m.status), label("category", m.category) or "—", str(m.covered),
                      fen_to_yuan(m.amount_fen), fen_to_yuan(m.supplement_fen),
                      label("decision_kind", d.kind) + (self.tr("（案件 {0}）").format(d.case_id) if d.case_id else ""),
                      d.decided_on.isoformat(), d.approved_by]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        for c, w in enumerate((165, 50, 50, 60, 100, 120, 150, 90, 90)):  # 2026-11（尚未造册发放）
            self.table.setColumnWidth(c, w)
        self.adjustments = QLabel("\n".join(
            self.tr("{0}年{1}月 {2} {3} 元（{4} 至 {5}）").format(
                a.month.year, a.month.month, label("adjustment_kind", a.kind), fen_to_yuan(abs(a.amount_fen)),
                f"{a.first_month:%Y-%m}", f"{a.last_month:%Y-%m}") for a in led.adjustments)
            or self.tr("没有补发或追回。"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adjustments)
        layout.addWidget(buttons)
        self.resize(900, 520)
