"""Step 8, 县民政局审批: the county's paper decision typed in, with the spot-check flag."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, from_qdate, household_line


class CountyDecisionDialog(StepDialog):
    date_label = "批复日期"
    person_label = "审批机关"
    ok_text = "登记审批结果"

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("县民政局审批"),
                         household_text=household_line(detail, self.tr))
        self.person.setText(self.tr("县民政局"))
        self.approved = QRadioButton(self.tr("批准"))
        self.refused = QRadioButton(self.tr("不予批准"))
        self.approved.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.approved)
        group.addButton(self.refused)
        row = QHBoxLayout()
        row.addWidget(self.approved)
        row.addWidget(self.refused)
        row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("不予批准时必填；批准时可填批复文号等"))
        self.sampled = QCheckBox(self.tr("该户在县局入户抽查样本中"))
        self.form.addRow(self.tr("审批结果"), row)
        self.form.addRow(self.tr("理由 / 批复"), self.reason)
        self.form.addRow(self.tr(self.date_label), self.on)
        self.form.addRow(self.tr(self.person_label), self.person)
        self.form.addRow("", self.sampled)

    def save(self):
        return procedure.record_county_decision(
            self.ctx.uow(), self.case_id, self.approved.isChecked(), self.reason.text().strip(),
            from_qdate(self.on.date()), self.sampled.isChecked(), self.person.text().strip(), today=self.today)
