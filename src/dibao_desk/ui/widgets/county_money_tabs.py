"""County mode: two tabs of the county view, the payments townships sent (per township and
period, flagged where the roster disagrees with the township's ledger, with the 补发 and 专项补贴
rosters their packages named) and the townships' 追回 registers with their balances. Each
refresh is one service call."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dibao_desk.domain.payroll import PayrollKind
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
            right("back_pay", self.tr("补发（元）"), lambda r: yuan(r.back_pay_fen) if r.back_pay_fen else ""),
            right("subsidy", self.tr("专项补贴（元）"), lambda r: yuan(r.subsidy_fen) if r.subsidy_fen else ""),
            left("reviewed_by", self.tr("审核人"), lambda r: r.reviewed_by),
            left("flag", self.tr("核对"), flag),
        ], self)
        self.view = small_table(self.model)
        # the 补发 and 专项补贴 rosters the packages named, one row a roster
        self.others_model = RowsTableModel([
            left("period", self.tr("期间"), lambda o: o.period),
            left("name", self.tr("乡镇（街道）"), lambda o: o.township_name),
            left("kind", self.tr("造册类型"), lambda o: label("payroll_kind", o.kind)),
            left("roster", self.tr("名称"), lambda o: o.name),
            left("roster_period", self.tr("造册期间"), lambda o: o.roster_period),
            left("reviewed_by", self.tr("审核人"), lambda o: o.reviewed_by),
            left("reviewed_on", self.tr("审核日期"), lambda o: o.reviewed_on.isoformat() if o.reviewed_on else ""),
            right("households", self.tr("户次"), lambda o: o.households),
            right("persons", self.tr("保障人口"), lambda o: o.persons),
            right("amount", self.tr("金额（元）"), lambda o: yuan(o.amount_fen)),
        ], self)
        self.others_view = small_table(self.others_model)
        self.others_title = QLabel(self.tr("补发、专项补贴造册（乡镇另行造册发放，不计入上面的常规造册及其与账册的核对）"))
        self.others_title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("各乡镇上报的发放造册（同一期间以最近一次为准）")))
        layout.addWidget(self.view, 3)
        layout.addWidget(self.others_title)
        layout.addWidget(self.others_view, 2)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        view = county_money.payments_overview(self.ctx.uow())
        rows = list(view.rows)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.others_model.set_rows(list(view.others))
        self.others_view.resizeColumnsToContents()
        self.others_title.setVisible(bool(view.others))
        self.others_view.setVisible(bool(view.others))
        words = {PayrollKind.BACK_PAY: self.tr("补发 {0} 份 {1} 元"), PayrollKind.SUBSIDY: self.tr("专项补贴 {0} 份 {1} 元")}
        parts = []
        for p, t in view.totals.items():
            text = self.tr("{0}：{1} 个乡镇，{2} 户，{3} 人，{4} 元").format(p, t[0], t[1], t[2], yuan(t[3]))
            kinds = view.other_totals.get(p, {})
            if kinds:
                text += self.tr("；").join([""] + [words[k].format(o.rosters, yuan(o.amount_fen))
                                                  for k, o in kinds.items()])
                text += self.tr("；发放合计 {0} 元").format(yuan(view.paid_fen(p)))
            parts.append(text)
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
