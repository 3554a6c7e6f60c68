"""Open a change (变更: class, amount, members) or cancellation (取消) of a household
receiving benefit, with the reason and the values before and after. It is a proposal: it
goes through the steps the policy in force names for its kind, and only its grant
changes the money (from the month after it is received)."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import households, procedure, proposals
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.assistance_dialog import cliff_label
from dibao_desk.ui.dialogs.step_common import StepDialog, step_word, money_text, parse_yuan
from dibao_desk.ui.dialogs.township_review_dialog import category_combo
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label, yuan


class ChangeCaseDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "受理日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "经办人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "受理")

    def __init__(self, ctx: AppContext, household_id: int, today: dt.date, parent: QWidget | None = None):
        h = households.get(ctx.uow(), household_id, today)
        head = next((m.name for m in h.draft.members if m.relation == "head"), "")
        super().__init__(ctx, None, today, parent, title=self.tr("变更或取消低保"),
                         household_text=self.tr("{village}　户主 {head}　现为{category}，月保障金 {amount} 元，"
                                                "保障 {n} 人").format(
                             village=h.village, head=head, category=label("category", h.category) or "—",
                             amount=yuan(h.monthly_benefit_fen), n=h.income.covered_persons))
        self.household_id = household_id
        self.change = QRadioButton(self.tr("变更（类别、金额、人员）"))
        self.cancel = QRadioButton(self.tr("取消低保"))
        self.change.setChecked(True)
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for b in (self.change, self.cancel):
            group.addButton(b)
            row.addWidget(b)
        row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：复核发现家庭收入增加；户主去世；迁出本乡镇"))
        self.category = category_combo(ctx, today, h.category, False)
        self.amount = QLineEdit(money_text(h.monthly_benefit_fen))
        self.form.addRow(self.tr("办理事项"), row)
        self.form.addRow(self.tr("事由"), self.reason)
        self.form.addRow(self.tr("变更后类别"), self.category)
        self.form.addRow(self.tr("变更后月保障金（元）"), self.amount)
        self.form.addRow(step_word(self.date_label), self.on)
        self.flow_note = QLabel()
        self.flow_note.setObjectName("flow_note")
        self.flow_note.setWordWrap(True)
        self.form.addRow("", self.flow_note)
        self.cliff_note = cliff_label(self, ctx, household_id, today)
        self.form.addRow("", self.cliff_note)
        self.change.toggled.connect(self._kind_changed)
        self._kind_changed(True)

    def _kind_changed(self, is_change: bool) -> None:
        self.category.setEnabled(is_change)
        self.amount.setEnabled(is_change)
        self.cliff_note.setVisible(not is_change and bool(self.cliff_note.text()))
        steps = proposals.flow_steps(self.ctx.uow(), "change" if is_change else "cancel", self.today)
        self.flow_note.setText(self.tr("受理后须经{steps}，批准后自下月起生效；此前保障金不变。").format(
            steps="、".join(label("step", s) for s in steps)))
        self.adjustSize()  # room for the wrapped warning

    def save(self):
        kind = CaseKind.CHANGE if self.change.isChecked() else CaseKind.CANCEL
        after = None
        if kind == CaseKind.CHANGE:
            after = {"category": self.category.currentData(), "monthly_benefit_fen": parse_yuan(self.amount.text())}
        on = self.common_data()["on"]
        info = procedure.open_case(self.ctx.uow(), self.household_id, kind, self.reason.text().strip(), on,
                                   None, after, today=self.today)
        return procedure.get_case(self.ctx.uow(), info.id, self.today)
