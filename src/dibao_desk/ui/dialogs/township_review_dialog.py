"""Step 6, 乡镇政府审核: the township government reviews, signs and proposes class and amount."""

from __future__ import annotations

import datetime as dt


from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import (
    StepDialog, amount_reason_rows, explanation_box, from_qdate, household_line, money_text, parse_yuan,
    show_computed,
)
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.texts import label


def category_combo(ctx: AppContext, day: dt.date, current: str, allow_empty: bool) -> QComboBox:
    """The benefit classes of the policy in force on ``day``, each with its monthly amount
    per person (分类施保) that month."""
    combo = QComboBox()
    fill_categories(combo, ctx, day, current, allow_empty)
    return combo


def fill_categories(combo: QComboBox, ctx: AppContext, day: dt.date, current: str, allow_empty: bool) -> None:
    """(Re)fill ``combo`` with the classes and amounts in force on ``day``, ``current`` chosen."""
    blocked = combo.blockSignals(True)
    combo.clear()
    if allow_empty:
        combo.addItem("", "")
    for code, fen in procedure.class_amounts(ctx.uow(), day).items():
        text = label("category", code)
        if fen:
            text = QCoreApplication.translate("StepDialog", "{0}（{1} 元/人·月）").format(text, money_text(fen))
        combo.addItem(text, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)


class TownshipReviewDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "审核日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "审核人（签字领导）")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "审核同意")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        super().__init__(ctx, case_id, today, parent, title=self.tr("乡镇政府审核"),
                         household_text=household_line(detail))
        self.kind = detail.info.kind
        self.add_common_fields(self.tr("审核意见"))
        self.category = None
        self.amount = None
        if self.kind != CaseKind.CANCEL:
            suggestion = procedure.suggest_grant(ctx.uow(), case_id, today)
            # the classes and amounts of the month the computed amount is for, not of the day typed
            self.category = category_combo(ctx, suggestion.start_month, suggestion.category, True)
            self.amount = QLineEdit(money_text(suggestion.monthly_fen))
            self.amount.setPlaceholderText(self.tr("元/月"))
            self.form.addRow(self.tr("拟定保障类别"), self.category)
            self.form.addRow(self.tr("拟定月保障金（元）"), self.amount)
            self.amount_reason = amount_reason_rows(self, ctx, detail.info.household_id, suggestion.start_month)
            if suggestion.eligible is False:
                warning = QLabel(self.tr("按保障金测算，该户目前不符合低保条件，请核实后再办理。"))
                warning.setWordWrap(True)
                warning.setStyleSheet("color: #b00020; font-weight: bold;")
                self.form.addRow("", warning)
            self.explanation = explanation_box(suggestion.explanation)
            self.form.addRow(self.tr("保障金测算"), self.explanation)
            self.form.setRowVisible(self.explanation, bool(suggestion.explanation))
            self.household_id = detail.info.household_id
            self.filled_fen = suggestion.monthly_fen  # the amount the form put in (not typed by hand)
            self.filled_category = self.category.currentData() or ""  # the class the form put in
            self.on.dateChanged.connect(self.date_changed)

    def date_changed(self, q: QDate) -> None:
        """Another 审核日期 (a review held on paper, typed in on a later day): the service
        checks the amount against the one computed for the review's month, so the computed
        amount, and the suggested class and amount unless typed by hand, follow the date. A
        review of 30 December typed in on 4 January, after a standard raised from January,
        kept January's amount, which the service then refused as differing without a reason;
        the classes listed (分类施保 amounts) follow the date too, or kept January's."""
        assert self.amount is not None and self.category is not None
        suggestion = procedure.suggest_grant(self.ctx.uow(), self.case, from_qdate(q))
        fill_categories(self.category, self.ctx, suggestion.start_month, self.category.currentData() or "", True)
        show_computed(self, self.ctx, self.household_id, suggestion.start_month)
        self.explanation.setPlainText(suggestion.explanation)
        self.form.setRowVisible(self.explanation, bool(suggestion.explanation))
        if (self.category.currentData() or "") == self.filled_category:  # not chosen by hand
            index = self.category.findData(suggestion.category)
            if index >= 0:
                self.category.setCurrentIndex(index)
                self.filled_category = suggestion.category
        if self.amount.text().strip() == money_text(self.filled_fen):  # not typed by hand
            self.filled_fen = suggestion.monthly_fen
            self.amount.setText(money_text(suggestion.monthly_fen))

    def save(self):
        data = self.common_data()
        # a new case always sends what the form holds: the service refuses a blank class or amount
        # (the county approves what the township proposes); a change may leave them to the household's
        if self.category is not None and self.amount is not None and (
                self.category.currentData() or self.kind == CaseKind.NEW):
            data |= {"category": self.category.currentData(), "monthly_fen": parse_yuan(self.amount.text()),
                     "amount_reason": self.amount_reason.text()}
        return procedure.record_step(self.ctx.uow(), self.case, 6, data, self.today)
