"""Refuse a case at the step it is at, with a reason; the case ends."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, household_line
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label


class RefuseDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "经办人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "不予通过")

    def __init__(self, ctx: AppContext, case_id: int, step: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent,
                         title=self.tr("不予通过 — {step}").format(step=label("step", step)),
                         household_text=household_line(detail))
        self.step = step
        self.add_common_fields(self.tr("理由"))
        self.notes.setPlaceholderText(self.tr("不予通过的理由（将告知申请人）"))

    def save(self):
        data = self.common_data()
        return procedure.refuse(self.ctx.uow(), self.case, self.step, data["notes"], data["on"],
                                data["person"], self.today)
