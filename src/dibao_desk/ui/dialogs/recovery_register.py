"""追回登记: amounts to recover with their balance; add an entry, record money that came back
(cash with a receipt, or deducted from a roster line), write off what cannot be recovered."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain.money import yuan_to_fen
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.recovery import BY_HAND, InstalmentKind, RecoveryMethod, RecoverySource, RecoveryStatus
from dibao_desk.services import recovery
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs.register_common import enter_clicks
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label, problem_text, yuan
from dibao_desk.ui.unsaved import AsksBeforeDiscarding
from dibao_desk.ui.widgets.column_fit import small_table


def _months(e: recovery.EntryInfo) -> str:
    if e.first_month is None:
        return ""
    last = e.last_month or e.first_month
    return f"{e.first_month:%Y-%m}" if last == e.first_month else f"{e.first_month:%Y-%m}～{last:%Y-%m}"


class RecoveryDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None,
                 household_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        # left open past midnight: the date fields still on today move on, a date typed stays
        self.day_defaults = DayDefaults(self, self.new_day)
        self.setWindowTitle(self.tr("追回登记"))
        self.model = RowsTableModel([
            right("id", self.tr("编号"), lambda e: e.id),
            right("household", self.tr("户编号"), lambda e: e.household_id),
            left("head", self.tr("户主"), lambda e: e.head_name),
            left("village", self.tr("村（社区）"), lambda e: e.village),
            left("source", self.tr("原因"), lambda e: label("recovery_source", e.source)),
            left("reference", self.tr("文号"), lambda e: e.reference),
            left("decided", self.tr("决定日期"), lambda e: e.decided_on.isoformat()),
            left("months", self.tr("所属月份"), _months),
            right("amount", self.tr("应追回（元）"), lambda e: yuan(e.amount_fen)),
            right("recovered", self.tr("已收回（元）"), lambda e: yuan(e.received_fen)),
            right("awaiting", self.tr("待银行回执（元）"), lambda e: yuan(e.awaiting_fen) if e.awaiting_fen else ""),
            right("balance", self.tr("尚欠（元）"), lambda e: yuan(e.balance_fen)),
            left("method", self.tr("追回方式"), lambda e: label("recovery_method", e.method)),
            left("status", self.tr("状态"), lambda e: label("recovery_status", e.shown_status)),
        ], self)
        self.table = small_table(self.model)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("待追回"), RecoveryStatus.OPEN.value)
        self.status_combo.addItem(self.tr("全部"), None)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.totals_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示")))
        top.addWidget(self.status_combo)
        top.addStretch(1)
        top.addWidget(self.totals_label)

        # ---- add
        self.household_spin = QSpinBox()
        self.household_spin.setRange(0, 10_000_000)
        self.household_spin.setSpecialValueText(self.tr("（请填写）"))
        if household_id:
            self.household_spin.setValue(household_id)
        self.source_combo = QComboBox()
        for s in RecoverySource:
            self.source_combo.addItem(label("recovery_source", s), s.value)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("如：德民追〔2026〕5号"))
        self.decided_edit = date_edit(self.today, self)
        self.day_defaults.add(self.decided_edit)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("元"))
        self.first_month_edit = QLineEdit()
        self.first_month_edit.setPlaceholderText(self.tr("年-月，如 2026-01"))
        self.last_month_edit = QLineEdit()
        self.last_month_edit.setPlaceholderText(self.tr("年-月，如 2026-01"))
        months = QHBoxLayout()
        months.addWidget(self.first_month_edit)
        months.addWidget(QLabel(self.tr("至")))
        months.addWidget(self.last_month_edit)
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("自动（仍在发放的扣减，否则现金退回）"), None)
        for m in RecoveryMethod:
            self.method_combo.addItem(label("recovery_method", m), m.value)
        self.per_month_edit = QLineEdit()
        self.per_month_edit.setPlaceholderText(self.tr("不填为一次扣完"))
        self.note_edit = QLineEdit()
        self.followup_combo = QComboBox()
        self.followup_combo.addItem(self.tr("（无）"), None)
        for fid, hid, reason, on in recovery.pending_followups(ctx.uow()):
            self.followup_combo.addItem(self.tr("{0} 户 {1}：{2}").format(on.isoformat(), hid, reason), (fid, hid))
        self.followup_combo.currentIndexChanged.connect(self._followup_chosen)
        form = QFormLayout()
        if self.followup_combo.count() > 1:
            form.addRow(self.tr("待登记的追回事项"), self.followup_combo)
        form.addRow(self.tr("户编号"), self.household_spin)
        form.addRow(self.tr("原因"), self.source_combo)
        form.addRow(self.tr("追回决定文号"), self.reference_edit)
        form.addRow(self.tr("决定日期"), self.decided_edit)
        form.addRow(self.tr("应追回金额（元）"), self.amount_edit)
        form.addRow(self.tr("所属月份"), months)
        form.addRow(self.tr("追回方式"), self.method_combo)
        form.addRow(self.tr("每月扣减（元）"), self.per_month_edit)
        form.addRow(self.tr("备注"), self.note_edit)
        self.add_button = QPushButton(self.tr("登记追回"))
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("登记应追回的保障金"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(self.add_button)

        # ---- receive / write off the selected entry
        self.selected_label = QLabel(self.tr("请先在上表中选择一条追回登记"))
        self.selected_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        for k in BY_HAND:
            self.kind_combo.addItem(label("recovery_instalment", k), k.value)
        self.received_amount_edit = QLineEdit()
        self.received_amount_edit.setPlaceholderText(self.tr("元"))
        self.received_on_edit = date_edit(self.today, self)
        self.day_defaults.add(self.received_on_edit)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setPlaceholderText(self.tr("现金退回填写收据号"))
        # the roster line a deduction was made on: picked from the household's lines of signed
        # rosters, shown as the roster prints them (period, kind, 序号), never a database id
        self.line_combo = QComboBox()
        self.line_combo.setMinimumContentsLength(24)
        self.line_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        rform = QFormLayout()
        rform.addRow(self.tr("方式"), self.kind_combo)
        rform.addRow(self.tr("金额（元）"), self.received_amount_edit)
        rform.addRow(self.tr("日期"), self.received_on_edit)
        rform.addRow(self.tr("收据号"), self.receipt_edit)
        rform.addRow(self.tr("扣减所在造册行"), self.line_combo)
        self.receive_button = QPushButton(self.tr("登记收回"))
        self.receive_button.clicked.connect(self.receive)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：本人死亡，无遗产可供追回"))
        self.write_off_button = QPushButton(self.tr("核销余额"))
        self.write_off_button.clicked.connect(self.write_off)
        receive_box = QGroupBox(self.tr("收回与核销（所选登记）"))
        receive_layout = QVBoxLayout(receive_box)
        receive_layout.addWidget(self.selected_label)
        receive_layout.addLayout(rform)
        receive_layout.addWidget(self.receive_button)
        wform = QFormLayout()
        wform.addRow(self.tr("核销理由"), self.reason_edit)
        receive_layout.addLayout(wform)
        receive_layout.addWidget(self.write_off_button)
        self.plan_combo = QComboBox()
        for m in RecoveryMethod:
            self.plan_combo.addItem(label("recovery_method", m), m.value)
        self.plan_per_month_edit = QLineEdit()
        self.plan_per_month_edit.setPlaceholderText(self.tr("每月扣减（元），不填一次扣完"))
        self.plan_button = QPushButton(self.tr("修改追回方式"))
        self.plan_button.clicked.connect(self.change_plan)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_combo)
        plan_row.addWidget(self.plan_per_month_edit, 1)
        plan_row.addWidget(self.plan_button)
        receive_layout.addLayout(plan_row)
        receive_layout.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        boxes = QHBoxLayout()
        boxes.addWidget(add_box, 1)
        boxes.addWidget(receive_box, 1)
        close = QDialogButtonBox()
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._selected_changed)
        enter_clicks(self, {
            self.add_button: (self.reference_edit, self.amount_edit, self.first_month_edit, self.last_month_edit,
                              self.per_month_edit, self.note_edit),
            self.receive_button: (self.received_amount_edit, self.receipt_edit),
            self.plan_button: (self.plan_per_month_edit,)})
        self.resize(1100, 680)
        self.refresh()

    def _followup_chosen(self, _index: int) -> None:
        chosen = self.followup_combo.currentData()
        if chosen:
            self.household_spin.setValue(chosen[1])
            self.source_combo.setCurrentIndex(self.source_combo.findData(RecoverySource.FALSE_DECLARATION.value))

    # ---- list

    def new_day(self, day: dt.date) -> None:
        self.today = day
        self.refresh()

    def refresh(self) -> None:
        keep = self.current()
        self.model.set_rows(recovery.list_entries(self.ctx.uow(), status=self.status_combo.currentData()))
        self.table.resizeColumnsToContents()
        t = recovery.totals(self.ctx.uow())
        text = self.tr("待追回 {0} 条，尚欠合计 {1} 元").format(t.open_entries, yuan(t.balance_fen))
        if t.awaiting_fen:
            text += self.tr("；已扣减 {0} 元待银行回执").format(yuan(t.awaiting_fen))
        self.totals_label.setText(text)
        if keep is not None:
            self.select(keep.id)
        self._selected_changed()

    def current(self) -> recovery.EntryInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, entry_id: int) -> None:
        for i, e in enumerate(self.model.rows):
            if e.id == entry_id:
                self.table.selectRow(i)
                return

    def _selected_changed(self, *_args) -> None:
        e = self.current()
        if e is None:
            self.selected_label.setText(self.tr("请先在上表中选择一条追回登记"))
        else:
            self.selected_label.setText(self.tr("追回 {0}：{1}，应追回 {2} 元，尚欠 {3} 元").format(
                e.id, e.head_name, yuan(e.amount_fen), yuan(e.balance_fen)))
        can = e is not None and e.status is RecoveryStatus.OPEN
        self._fill_lines(e if can else None)
        self.receive_button.setEnabled(can)
        self.write_off_button.setEnabled(can)
        self.plan_button.setEnabled(can)
        if e is not None:
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(e.method.value))

    def _fill_lines(self, e: recovery.EntryInfo | None) -> None:
        self.line_combo.clear()
        self.line_combo.addItem(self.tr("（不指定造册行）"), None)
        for x in recovery.deduction_lines(self.ctx.uow(), e.household_id) if e is not None else []:
            roster = label("payroll_kind", x.roster_kind) + (f"（{x.roster_name}）" if x.roster_name else "")
            self.line_combo.addItem(self.tr("{0} {1}造册 第 {2} 行：{3} {4} 元").format(
                x.period, roster, x.position, label("payroll_line_kind", x.line_kind), yuan(x.total_fen)), x)
            self.line_combo.setItemData(self.line_combo.count() - 1, x.reason, Qt.ItemDataRole.ToolTipRole)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        deduction = self.kind_combo.currentData() == InstalmentKind.DEDUCTION.value
        self.line_combo.setEnabled(deduction and self.line_combo.count() > 1)
        self.receipt_edit.setEnabled(not deduction)

    # ---- actions

    def _show(self, problems: list[Problem]) -> None:
        self.message.setStyleSheet("color: #b00")
        self.message.setText("\n".join(problem_text(p) for p in problems))

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _fen(self, edit: QLineEdit, field: str) -> int | None:
        text = edit.text().strip()
        if not text:
            return 0
        try:
            return yuan_to_fen(text)
        except ValueError:
            self._show([Problem("recovery.amount", field)])
            return None

    def _month(self, edit: QLineEdit) -> dt.date | None | Literal[False]:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:7] + "-01")
        except ValueError:
            self.message.setStyleSheet("color: #b00")
            self.message.setText(self.tr("月份“{0}”格式不对，应为 YYYY-MM").format(text))
            return False

    def add(self) -> None:
        amount = self._fen(self.amount_edit, "amount")
        per_month = self._fen(self.per_month_edit, "per_month")
        first, last = self._month(self.first_month_edit), self._month(self.last_month_edit)
        if amount is None or per_month is None or first is False or last is False:
            return
        if not self.household_spin.value():
            self._show([Problem("household.missing", "household_id", {"id": ""})])
            return
        try:
            e = recovery.add(self.ctx.uow(), self.household_spin.value(), self.source_combo.currentData(),
                             self.reference_edit.text(), from_qdate(self.decided_edit.date()), amount,
                             first_month=first, last_month=last or first, note=self.note_edit.text(),
                             method=self.method_combo.currentData(), per_month_fen=per_month,
                             followup_id=chosen[0] if (chosen := self.followup_combo.currentData()) else None,
                             today=self.today)
        except RuleError as exc:
            self._show(exc.problems)
            return
        self._done(self.tr("已登记追回 {0}：{1} 应追回 {2} 元，{3}。").format(
            e.id, e.head_name, yuan(e.amount_fen), label("recovery_method", e.method)))
        for edit in (self.reference_edit, self.amount_edit, self.first_month_edit, self.last_month_edit,
                     self.per_month_edit, self.note_edit):
            edit.clear()
        if e.followup_id is not None:
            self.followup_combo.removeItem(self.followup_combo.currentIndex())
            self.followup_combo.setCurrentIndex(0)
        self.refresh()
        self.select(e.id)

    def receive(self) -> None:
        e = self.current()
        amount = self._fen(self.received_amount_edit, "amount")
        if e is None or amount is None:
            return
        deduction = self.kind_combo.currentData() == InstalmentKind.DEDUCTION.value
        line: recovery.LineChoice | None = self.line_combo.currentData() if deduction else None
        try:
            after = recovery.receive(self.ctx.uow(), e.id, amount, from_qdate(self.received_on_edit.date()),
                                     kind=self.kind_combo.currentData(),
                                     receipt_no="" if deduction else self.receipt_edit.text(),
                                     position=line.position if line else None, period=line.period if line else "",
                                     roster_kind=line.roster_kind if line else "regular",
                                     roster_name=line.roster_name if line else "", today=self.today)
        except RuleError as exc:
            self._show(exc.problems)
            return
        self._done(self.tr("已登记收回 {0} 元，追回 {1} 尚欠 {2} 元（{3}）。").format(
            yuan(amount), after.id, yuan(after.balance_fen), label("recovery_status", after.status)))
        self.received_amount_edit.clear()
        self.receipt_edit.clear()
        self.refresh()

    def write_off(self) -> None:
        e = self.current()
        if e is None:
            return
        try:
            after = recovery.write_off(self.ctx.uow(), e.id, self.reason_edit.text(), today=self.today)
        except RuleError as exc:
            self._show(exc.problems)
            return
        self._done(self.tr("已核销追回 {0}：{1}").format(after.id, after.write_off_reason))
        self.reason_edit.clear()
        self.refresh()

    def change_plan(self) -> None:
        e = self.current()
        per_month = self._fen(self.plan_per_month_edit, "per_month")
        if e is None or per_month is None:
            return
        try:
            after = recovery.change_plan(self.ctx.uow(), e.id, self.plan_combo.currentData(), per_month)
        except RuleError as exc:
            self._show(exc.problems)
            return
        self._done(self.tr("追回 {0} 改为{1}。").format(after.id, label("recovery_method", after.method)))
        self.plan_per_month_edit.clear()
        self.refresh()
