"""Step 3, 民主评议: every declared item of the household is reviewed; one objection
with a reason fails the item (seed 002: it is not a vote). A failed item sends the
case back to the home visit, or the case is refused."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QRadioButton,
    QTableWidget, QTableWidgetItem, QWidget,
)

from dibao_desk.domain.procedure import ReviewVerdict
from dibao_desk.domain.procedure_steps import DemocraticReviewData
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, step_word, household_line, to_qdate
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label


class DemocraticReviewDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "评议日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "主持人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "登记评议结果")
    OBJECTION_COLUMN = 3

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("民主评议"),
                         household_text=household_line(detail))
        self.resize(820, 620)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("如：东风村村民委员会会议室"))
        self.attendees = QLineEdit()
        self.attendees.setPlaceholderText(self.tr("如：村民代表 11 人、驻村干部 1 人"))
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(self.tr("地点"), self.place)
        self.form.addRow(self.tr("参加人员"), self.attendees)
        self.form.addRow(step_word(self.person_label), self.person)

        opened = detail.current.get(3)
        if opened is not None and opened.done_on is None:  # opened earlier: its sheet is fixed
            held = opened.fields
            if isinstance(held, DemocraticReviewData):
                self.place.setText(held.place)
                self.attendees.setText(held.attendees)
            self.person.setText(opened.person or self.person.text())
            if opened.started_on is not None:
                self.on.setDate(to_qdate(opened.started_on))
        self.items = procedure.review_items(ctx.uow(), case_id)
        hint = QLabel(self.tr("逐项评议：对某一项提出有理由的异议，在“异议理由”中写明，该项即不通过（不是表决）。"))
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.items), 4)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("项目"), self.tr("内容"), self.tr("异议理由")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(self.items):
            for col, text in enumerate((label("review_item_kind", item.kind), item.label, item.detail)):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, self.OBJECTION_COLUMN, QTableWidgetItem(item.objection))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.itemChanged.connect(self._update_summary)
        self.summary = QLabel()

        self.outcome_pass = QRadioButton(self.tr("评议通过"))
        self.outcome_return = QRadioButton(self.tr("退回重新入户调查"))
        self.outcome_refuse = QRadioButton(self.tr("不予通过"))
        self.outcome_pass.setChecked(True)
        group = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        for b in (self.outcome_pass, self.outcome_return, self.outcome_refuse):
            group.addButton(b)
            outcome_row.addWidget(b)
        outcome_row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("不予通过的理由（不填则以各项异议为理由）"))

        self.body.addWidget(hint)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.summary)
        outcome_form = QHBoxLayout()
        outcome_form.addWidget(QLabel(self.tr("评议结论")))
        outcome_form.addLayout(outcome_row, 1)
        self.body.addLayout(outcome_form)
        self.body.addWidget(self.reason)
        self._update_summary()

    def objections(self) -> dict[str, str]:
        out = {}
        for row, item in enumerate(self.items):
            cell = self.table.item(row, self.OBJECTION_COLUMN)
            text = cell.text().strip() if cell else ""
            if text:
                out[item.key] = text
        return out

    def set_objection(self, row: int, reason: str) -> None:
        item = self.table.item(row, self.OBJECTION_COLUMN)
        if item is not None:
            item.setText(reason)

    def _update_summary(self, *_args) -> None:
        failed = len(self.objections())
        if failed:
            self.summary.setText(self.tr("{n} 项有异议，不能评议通过").format(n=failed))
            self.summary.setStyleSheet("color: #b00020;")
            if self.outcome_pass.isChecked():
                self.outcome_return.setChecked(True)
        else:
            self.summary.setText(self.tr("共 {n} 项，均无异议").format(n=len(self.items)))
            self.summary.setStyleSheet("color: #1b5e20;")
        self.outcome_pass.setEnabled(not failed)

    def save(self):
        outcome = ReviewVerdict.PASS if self.outcome_pass.isChecked() \
            else ReviewVerdict.RETURN if self.outcome_return.isChecked() else ReviewVerdict.REFUSE
        data = self.common_data() | {
            "place": self.place.text().strip(), "attendees": self.attendees.text().strip(),
            "objections": self.objections(), "outcome": outcome, "reason": self.reason.text().strip()}
        return procedure.record_step(self.ctx.uow(), self.case, 3, data, self.today)
