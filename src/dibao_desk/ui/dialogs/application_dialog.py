"""Step 1, 申请受理: the application received at the township window."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from dibao_desk.services import households, procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label


class ApplicationDialog(StepDialog):
    """Opens a new application for a household and records it received (one service call)."""

    date_label = QT_TRANSLATE_NOOP("StepDialog", "受理日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "受理人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "受理申请")

    def __init__(self, ctx: AppContext, household_id: int, today: dt.date, parent: QWidget | None = None):
        h = households.get(ctx.uow(), household_id, today)
        head = h.draft.members[0].name if h.draft.members else ""
        for m in h.draft.members:
            if m.relation == "head":
                head = m.name
        super().__init__(ctx, None, today, parent, title=self.tr("申请低保 — 申请受理"),
                         household_text=self.tr("{village}　户主 {head}　{persons} 人（{hukou}户籍）").format(
                             village=h.village, head=head, persons=len(h.draft.members),
                             hukou=label("hukou_type", h.draft.hukou_type)))
        self.household_id = household_id
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：因病致贫、无劳动能力、家庭收入低"))
        self.declaration = QCheckBox(self.tr("申请人已在家庭收入、财产申报书上签字"))
        self.authorisation = QCheckBox(self.tr("申请人已签署家庭经济状况核对授权书"))
        self.add_common_fields()
        self.form.insertRow(2, self.tr("申请理由"), self.reason)
        self.form.addRow("", self.declaration)
        self.form.addRow("", self.authorisation)

    def save(self):
        data = self.common_data() | {
            "reason": self.reason.text().strip(),
            "declaration_signed": self.declaration.isChecked(),
            "authorisation_signed": self.authorisation.isChecked(),
        }
        return procedure.receive_application(self.ctx.uow(), self.household_id, data, self.today)
