"""变更建议: every open proposal to change the money and what it waits for; a month's
ledger totals (the same figures as `dibao-desk ledger --month`) beside them."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.domain.ledger import ProposalStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.services import ledger, office, proposals
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Reader
from dibao_desk.ui.tablemodels.proposals import ProposalsTableModel
from dibao_desk.ui.texts import label
from dibao_desk.ui.widgets.column_fit import fit_column
from dibao_desk.ui.widgets.month_edit import MonthEdit


class ProposalsView(QWidget):
    next_requested = Signal(object)  # the selected ProposalRow
    refuse_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = dt.date.today
        self.dialog: QDialog | None = None
        self._totals_reader = Reader(self)
        self._totals_stale = True

        self.summary = QLabel()
        self.show_closed = QCheckBox(self.tr("也显示已批准、未批准的"))
        self.show_closed.toggled.connect(self.refresh)
        self.model = ProposalsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("proposals_table")  # its column widths are remembered
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        for i, c in enumerate(self.model.columns):
            fit_column(self.table, i, c.width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._next())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._allow())
        self.next_button = QPushButton(self.tr("办理下一步…"))
        self.next_button.clicked.connect(self._next)
        self.refuse_button = QPushButton(self.tr("不予批准…"))
        self.refuse_button.clicked.connect(self._refuse)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_closed)
        top.addWidget(self.next_button)
        top.addWidget(self.refuse_button)

        # the ledger's month totals
        self.month_edit = MonthEdit()
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.dateChanged.connect(self.refresh_totals)
        self.village_combo = QComboBox()
        self.village_combo.currentIndexChanged.connect(self.refresh_totals)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        box = QGroupBox(self.tr("保障金台账：月合计"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.month_edit)
        row.addWidget(QLabel(self.tr("村（社区）")))
        row.addWidget(self.village_combo)
        row.addStretch(1)
        bl = QVBoxLayout(box)
        bl.addLayout(row)
        bl.addWidget(self.totals_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        today = self.clock()
        self._default_month = QDate(today.year, today.month, 1)
        self.month_edit.setDate(self._default_month)
        self.refresh()

    def today(self) -> dt.date:
        return self.clock()

    def refresh(self) -> None:
        """Read the proposals again; the one selected stays selected (F5, a change saved elsewhere)."""
        kept = self.selected()
        rows = proposals.list_proposals(self.ctx.uow(), status=None if self.show_closed.isChecked() else ProposalStatus.OPEN,
                                        today=self.today())
        self.model.set_rows(rows)
        if kept is not None:
            self.select_proposal(kept.id)
        open_rows = [r for r in rows if r.status == ProposalStatus.OPEN]
        self.summary.setText(self.tr("办理中的建议 {0} 份（每份须经政策规定的步骤批准后才改变保障金）").format(
            len(open_rows)))
        self._fill_villages()
        self.refresh_totals()

    def _fill_villages(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("全乡镇"), None)
        for v in office.list_villages(self.ctx.uow()):
            self.village_combo.addItem(v.name, v.id)
        index = self.village_combo.findData(current)
        self.village_combo.setCurrentIndex(max(index, 0))
        self.village_combo.blockSignals(False)

    def refresh_totals(self) -> None:
        """The month's totals, read on the worker (a county-wide sum over the ledger): the
        window stays responsive while they are counted."""
        if not self.isVisible():
            self._totals_stale = True
            return
        self._totals_stale = False
        q = self.month_edit.date()
        ctx, month, village = self.ctx, dt.date(q.year(), q.month(), 1), self.village_combo.currentData()
        self._totals_reader.request(lambda: ledger.month_totals(ctx.uow(), month, village),
                                    lambda t: self.totals_label.setText(self.totals_text(t)))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.follow_day()

    def follow_day(self, _day: dt.date | None = None) -> None:
        """A window left open into a new month: the month of the totals moves on with the
        clock, unless the operator chose another (on showing the tab, and when the main window
        sees the day change under it)."""
        today = self.clock()
        this_month = QDate(today.year, today.month, 1)
        if this_month != self._default_month:  # a window left open into a new month
            if self.month_edit.date() == self._default_month:  # not a month the operator chose
                self.month_edit.setDate(this_month)  # counts the totals again
            self._default_month = this_month
        if self._totals_stale:
            self.refresh_totals()

    def totals_text(self, t: ledger.MonthTotals) -> str:
        lines = [self.tr("{0}年{1}月：{2} 户，{3} 人，{4} 元（其中分类施保/加发 {5} 元）").format(
            t.month.year, t.month.month, f"{t.total.households:,}", f"{t.total.persons:,}",
            fen_to_yuan(t.total.amount_fen), fen_to_yuan(t.total.supplement_fen))]
        if t.zero:
            lines.append(self.tr("其中 {0} 户本月 0 元（造册另列不发放）").format(f"{t.zero:,}"))
        for title, group, key in ((self.tr("按类别"), t.by_category, "category"),
                                  (self.tr("按城乡"), t.by_hukou, "hukou_type"),
                                  (self.tr("按状态"), t.by_status, "ledger_status")):
            parts = [self.tr("{0} {1} 户 {2} 人 {3} 元").format(label(key, k) or self.tr("未定"), f"{v.households:,}",
                                                             f"{v.persons:,}", fen_to_yuan(v.amount_fen))
                     for k, v in group.items()]
            lines.append(f"{title}：" + ("；".join(parts) if parts else self.tr("无")))
        if t.adjustments:
            lines.append(self.tr("本月补发 {0} 元，追回 {1} 元（{2} 笔）").format(
                fen_to_yuan(t.back_pay_fen), fen_to_yuan(-t.recovery_fen), t.adjustments))
        return "\n".join(lines)

    def selected(self) -> proposals.ProposalRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_proposal(self, proposal_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == proposal_id:
                self.table.selectRow(i)
                return

    def _allow(self) -> None:
        """The next step of the selected proposal: 乡镇审核 for a 审核人, the others for a 经办人."""
        from dibao_desk.ui.roles import allow, step_role

        row = self.selected()
        step = row.waiting.step if row is not None else None
        allow(self.ctx, self.next_button, step_role(step))
        allow(self.ctx, self.refuse_button, step_role(step))

    def _next(self) -> None:
        row = self.selected()
        if row is not None and row.status == ProposalStatus.OPEN:
            self.next_requested.emit(row)

    def _refuse(self) -> None:
        row = self.selected()
        if row is not None and row.status == ProposalStatus.OPEN:
            self.refuse_requested.emit(row)
