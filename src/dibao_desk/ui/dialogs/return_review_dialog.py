"""退回乡镇审核: the township sends a case past its review back to the review, with a date and
a reason; the review and the records after it stay as earlier records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, household_line, step_word
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label, yuan


class ReturnReviewDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "退回日期")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "退回乡镇审核")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("退回乡镇审核"),
                         household_text=household_line(detail))
        review = detail.current.get(6)
        if review is not None and review.done_on is not None:
            proposed = self.tr("拟定{c}，{m} 元/月").format(c=label("category", detail.proposed_category),
                                                         m=yuan(detail.proposed_fen)) \
                if detail.proposed_category and detail.proposed_fen else self.tr("未拟定类别和金额")
            self.form.addRow(self.tr("原乡镇审核"), QLabel(self.tr("{on}　{person}　{proposed}").format(
                on=f"{review.done_on:%Y-%m-%d}", person=review.person, proposed=proposed)))
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(self.tr("退回理由"), self.notes)
        self.notes.setObjectName("reason")
        self.notes.setPlaceholderText(self.tr("如：拟定类别有误，应为一类；拟定金额计算有误"))
        hint = QLabel(self.tr("退回后，原乡镇审核和其后的记录（如已张贴的二榜公示）保留为此前的记录，不再有效；"
                              "案件回到“乡镇政府审核”，重新审核后须重新张贴二榜公示。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.body.addWidget(hint)

    def save(self) -> procedure.ReviewReturn:
        data = self.common_data()
        return procedure.return_to_review(self.ctx.uow(), self.case, data["on"], data["notes"], self.today)
