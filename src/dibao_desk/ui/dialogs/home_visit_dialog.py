"""Step 2, 调查核实: the home visit; the investigator and the applicant both sign."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, step_word, household_line
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP


class HomeVisitDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "调查日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "调查人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "登记调查结果")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("调查核实（入户调查）"),
                         household_text=household_line(detail))
        self.person.setPlaceholderText(self.tr("两名调查人，如：李明、赵华"))
        self.findings = QPlainTextEdit()
        self.findings.setPlaceholderText(self.tr("家庭成员、收入、财产、居住、劳动能力等调查情况"))
        self.findings.setFixedHeight(90)
        self.investigator_signed = QCheckBox(self.tr("调查人已在调查表上签字"))
        self.applicant_signed = QCheckBox(self.tr("申请人已签字确认调查结果"))
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(step_word(self.person_label), self.person)
        self.form.addRow(self.tr("调查情况"), self.findings)
        self.form.addRow("", self.investigator_signed)
        self.form.addRow("", self.applicant_signed)
        self.form.addRow(self.tr("备注"), self.notes)

    def save(self):
        data = self.common_data() | {
            "findings": self.findings.toPlainText().strip(),
            "investigator_signed": self.investigator_signed.isChecked(),
            "applicant_signed": self.applicant_signed.isChecked(),
        }
        return procedure.record_step(self.ctx.uow(), self.case, 2, data, self.today)
