"""Step 8, 县民政局审批: the county's paper decision typed in, with the spot-check flag, and
for a household that fails the means test the collective decision that approved it as a
special case (seed 001: 重病、支出大于收入, "经过审批机关集体讨论作出批准决定")."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QWidget,
)

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, date_edit, from_qdate, household_line, step_word
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label


class CountyDecisionDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "批复日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "审批机关")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "登记审批结果")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("县民政局审批"),
                         household_text=household_line(detail))
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
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(step_word(self.person_label), self.person)
        self.form.addRow("", self.sampled)

        eligible = procedure.suggest_grant(ctx.uow(), case_id, today).eligible if detail.info.kind != CaseKind.CANCEL \
            else None
        self.special_box = QGroupBox(self.tr("特殊情况：经审批机关集体讨论批准"))
        self.special_box.setCheckable(True)
        self.special_box.setChecked(False)
        self.special_kind = QComboBox()
        for code in rules.SPECIAL_CASE_KINDS:
            self.special_kind.addItem(label("special_case", code), code)
        self.special_on = date_edit(today)
        self.day_defaults.add(self.special_on)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("参加集体讨论的人员，用顿号分开"))
        self.minutes = QPlainTextEdit()
        self.minutes.setFixedHeight(56)
        self.minutes.setPlaceholderText(self.tr("讨论纪要或批准理由，如：户主患尿毒症，每月透析费用超过家庭收入"))
        special_form = QFormLayout(self.special_box)
        if eligible is False:
            warning = QLabel(self.tr("按保障金测算，该户不符合低保条件：只有重病或支出大于收入的特殊情况，"
                                     "经集体讨论方可批准。"))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020; font-weight: bold;")
            special_form.addRow(warning)
        special_form.addRow(self.tr("特殊情况"), self.special_kind)
        special_form.addRow(self.tr("讨论日期"), self.special_on)
        special_form.addRow(self.tr("参加人员"), self.participants)
        special_form.addRow(self.tr("纪要 / 理由"), self.minutes)
        self.body.addWidget(self.special_box)
        self.refused.toggled.connect(lambda on: self.special_box.setEnabled(not on))

    def special(self) -> rules.CollectiveDecision | None:
        if not self.special_box.isChecked() or not self.approved.isChecked():
            return None
        return rules.CollectiveDecision(self.special_kind.currentData() or "", from_qdate(self.special_on.date()),
                                        self.participants.text().strip(), self.minutes.toPlainText().strip())

    def save(self):
        return procedure.record_county_decision(
            self.ctx.uow(), self.case, self.approved.isChecked(), self.reason.text().strip(),
            from_qdate(self.on.date()), self.sampled.isChecked(), self.person.text().strip(), today=self.today,
            special=self.special())
