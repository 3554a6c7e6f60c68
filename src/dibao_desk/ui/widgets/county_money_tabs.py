"""County mode: two tabs of the county view, the payments townships sent (per township and
period, flagged where the roster disagrees with the township's ledger) and the townships'
追回 registers with their balances. Each refresh is one service call."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dibao_desk.services import county_money
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label, yuan
from dibao_desk.ui.widgets.column_fit import small_table

FLAG = QColor("#fde2e1")


class _FlaggedModel(RowsTableModel):
    """Rows of flagged payments on a red background."""

    def row_background(self, item: Any) -> QColor | None:
        return FLAG if item.flagged else None


class CountyPaymentsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx

        def flag(r):
            if r.flagged:
                return "⚠ " + self.tr("；").join(label("county_payment_mismatch", m) for m in r.mismatches)
            return self.tr("相符") if r.ledger_total_fen is not None else self.tr("无账册合计")

        def money(fen):
            return "—" if fen is None else yuan(fen)

        self.model = _FlaggedModel([
            left("period", self.tr("期间"), lambda r: r.period),
            left("code", self.tr("区划代码"), lambda r: r.township_code),
            left("name", self.tr("乡镇（街道）"), lambda r: r.township_name),
            right("households", self.tr("户数"), lambda r: r.households),
            right("persons", self.tr("保障人口"), lambda r: r.persons),
            right("amount", self.tr("造册金额（元）"), lambda r: yuan(r.lines_fen)),
            right("ledger_households", self.tr("账册户数"), lambda r: "—" if r.ledger_households is None
                else r.ledger_households),
            right("ledger", self.tr("账册应发（元）"), lambda r: money(r.ledger_total_fen)),
            left("reviewed_by", self.tr("审核人"), lambda r: r.reviewed_by),
            left("flag", self.tr("核对"), flag),
        ], self)
        self.view = small_table(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("各乡镇上报的发放造册（同一期间以最近一次为准）")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        rows = county_money.payments(self.ctx.uow())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        parts = [self.tr("{0}：{1} 个乡镇，{2} 户，{3} 人，{4} 元").format(p, t[0], t[1], t[2], yuan(t[3]))
                 for p, t in county_money.payment_totals(rows).items()]
        flagged = sum(1 for r in rows if r.flagged)
        if flagged:
            parts.append(self.tr("{0} 份造册与乡镇账册不符，请核对").format(flagged))
        self.summary.setText(self.tr("；").join(parts))


class CountyRecoveryTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsTableModel([
            left("township", self.tr("乡镇"), lambda r: r.township_name),
            left("ref", self.tr("登记编号"), lambda r: r.entry_ref),
            left("household", self.tr("户编号"), lambda r: r.household_ref),
            left("head", self.tr("户主"), lambda r: r.head_name),
            left("source", self.tr("原因"), lambda r: label("recovery_source", r.source)),
            left("reference", self.tr("文号"), lambda r: r.reference),
            left("decided", self.tr("决定日期"), lambda r: r.decided_on.isoformat() if r.decided_on else ""),
            right("amount", self.tr("应追回（元）"), lambda r: yuan(r.amount_fen)),
            right("recovered", self.tr("已收回（元）"), lambda r: yuan(r.recovered_fen)),
            right("awaiting", self.tr("其中待银行回执（元）"), lambda r: yuan(r.awaiting_fen) if r.awaiting_fen else ""),
            right("balance", self.tr("尚欠（元）"), lambda r: yuan(r.balance_fen)),
            left("status", self.tr("状态"), lambda r: label("recovery_status", r.status)),
        ], self)
        self.view = small_table(self.model)
        self.open_only = QCheckBox(self.tr("只显示待追回的"))
        self.open_only.toggled.connect(self.refresh)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("各乡镇随花名册上报的追回登记")))
        bar.addStretch(1)
        bar.addWidget(self.open_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        rows = county_money.recovery_entries(self.ctx.uow(), open_only=self.open_only.isChecked())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        text = self.tr("共 {0} 条，尚欠合计 {1} 元").format(len(rows), yuan(sum(r.balance_fen for r in rows)))
        awaiting = sum(r.awaiting_fen for r in rows)
        if awaiting:
            text += self.tr("；已收回中有 {0} 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）").format(
                yuan(awaiting))
        self.summary.setText(text)
