"""The household withdraws its case in writing (申请人撤回): the case ends, not refused."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, household_line
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP


class WithdrawDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "撤回日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "经办人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "登记撤回")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("申请人撤回"),
                         household_text=household_line(detail))
        self.add_common_fields(self.tr("书面撤回申请"))
        self.notes.setObjectName("request")
        self.notes.setPlaceholderText(self.tr("申请人递交的书面撤回申请：递交日期、签字人等"))
        hint = QLabel(self.tr("撤回不是不予批准：案件以“已撤回”结束，不出具不予批准通知书；"
                              "新增申请的家庭恢复申请前的状态，之后可以重新申请。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.body.addWidget(hint)

    def save(self) -> procedure.Withdrawal:
        data = self.common_data()
        return procedure.withdraw(self.ctx.uow(), self.case, data["on"], data["person"], data["notes"], self.today)
