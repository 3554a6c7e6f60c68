"""Step 5, 经办机构审查: the township's handling office checks the file."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, household_line
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP


class OfficeCheckDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "审查日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "审查人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "审查通过")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("经办机构审查"),
                         household_text=household_line(detail))
        self.add_common_fields(self.tr("审查意见"))
        self.notes.setPlaceholderText(self.tr("材料齐全、程序合规等审查意见；不予通过请在案件页点“不予通过”"))

    def save(self):
        return procedure.record_step(self.ctx.uow(), self.case, 5, self.common_data(), self.today)
