"""Step 10, 待遇批准: start month, class and monthly amount; the household becomes 在保.
For a cancellation, the month the benefit stops."""

from __future__ import annotations

import datetime as dt


from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import StepDialog, amount_reason_rows, explanation_box, from_qdate, \
    household_line, money_text, parse_yuan, show_computed, step_word, to_qdate
from dibao_desk.ui.dialogs.township_review_dialog import category_combo, fill_categories
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.widgets.month_edit import MonthEdit


class GrantDialog(StepDialog):
    date_label = QT_TRANSLATE_NOOP("StepDialog", "批准日期")
    person_label = QT_TRANSLATE_NOOP("StepDialog", "经办人")
    ok_text = QT_TRANSLATE_NOOP("StepDialog", "批准待遇")

    def __init__(self, ctx: AppContext, case_id: int, today: dt.date, parent: QWidget | None = None):
        detail = procedure.get_case(ctx.uow(), case_id, today)
        self.kind = detail.info.kind
        titles: dict[str, str] = {CaseKind.NEW: self.tr("待遇批准"), CaseKind.CHANGE: self.tr("变更待遇"),
                 CaseKind.CANCEL: self.tr("停发待遇")}
        title = titles[self.kind]
        super().__init__(ctx, case_id, today, parent, title=title, household_text=household_line(detail))
        suggestion = procedure.suggest_grant(ctx.uow(), case_id, today)
        self.month = MonthEdit(to_qdate(suggestion.start_month))
        self.month.setDisplayFormat(self.tr("yyyy年M月"))
        self.month.setCalendarPopup(True)
        self.filled_month = suggestion.start_month  # the month the form put in (not picked by hand)
        self.on.dateChanged.connect(self.date_changed)
        self.form.addRow(step_word(self.date_label), self.on)
        self.form.addRow(step_word(self.person_label), self.person)
        self.category = None
        self.amount = None
        if self.kind == CaseKind.CANCEL:
            self.form.addRow(self.tr("停发月份（自该月起）"), self.month)
        else:
            self.form.addRow(self.tr("起始月份"), self.month)
            # the classes and amounts of the start month, not of the day the form is typed
            self.category = category_combo(ctx, suggestion.start_month, suggestion.category, False)
            self.amount = QLineEdit(money_text(suggestion.monthly_fen))
            self.form.addRow(self.tr("保障类别"), self.category)
            self.form.addRow(self.tr("月保障金（元）"), self.amount)
            self.amount_reason = amount_reason_rows(self, ctx, detail.info.household_id, suggestion.start_month)
            self.household_id = detail.info.household_id
            self.filled_fen = suggestion.monthly_fen  # the amount the form put in (not typed by hand)
            self.filled_category = self.category.currentData() or ""  # the class the form put in
            self.month.dateChanged.connect(self.month_changed)
            self.sources = {"assessment": self.tr("按保障金测算"), "proposed": self.tr("按乡镇审核拟定"),
                            "household": self.tr("按该户现有待遇"), "none": self.tr("无测算，请填写")}
            self.hint = hint = QLabel(self.sources[suggestion.source])
            hint.setStyleSheet("color: #555;")
            self.form.addRow(self.tr("默认值"), hint)
            if suggestion.eligible is False:
                warning = QLabel(self.tr("按保障金测算，该户目前不符合低保条件，请核实后再办理。"))
                warning.setWordWrap(True)
                warning.setStyleSheet("color: #b00020; font-weight: bold;")
                self.form.addRow("", warning)
            self.explanation = explanation_box(suggestion.explanation)
            self.form.addRow(self.tr("保障金测算"), self.explanation)
            self.form.setRowVisible(self.explanation, bool(suggestion.explanation))
        self.form.addRow(self.tr("备注"), self.notes)

    def date_changed(self, q: QDate) -> None:
        """Another 批准日期 (a paper approval typed in on a later day): the suggested start
        month follows it, as the service counts the latest start month from that date, unless
        the operator picked the month by hand. Opened on 4 January for an approval of
        30 November, the form kept January, which the service refuses (later than December)."""
        if from_qdate(self.month.date()).replace(day=1) != self.filled_month:
            return
        month = procedure.suggest_grant(self.ctx.uow(), self.case, from_qdate(q)).start_month
        if month != self.filled_month:
            self.filled_month = month
            self.month.setDate(to_qdate(month))  # the amount follows (month_changed)

    def month_changed(self, q: QDate) -> None:
        """Another start month: the amount computed by that month's standard, and the
        suggested class and amount for it unless the operator chose them by hand."""
        assert self.amount is not None and self.category is not None
        month = dt.date(q.year(), q.month(), 1)
        fill_categories(self.category, self.ctx, month, self.category.currentData() or "", False)
        show_computed(self, self.ctx, self.household_id, month)
        suggestion = procedure.suggest_grant(self.ctx.uow(), self.case, self.today, month)
        self.explanation.setPlainText(suggestion.explanation)  # that month's assessment
        self.form.setRowVisible(self.explanation, bool(suggestion.explanation))
        if (self.category.currentData() or "") == self.filled_category:  # not chosen by hand
            index = self.category.findData(suggestion.category)
            if index >= 0:
                self.category.setCurrentIndex(index)
                self.filled_category = suggestion.category
        if self.amount.text().strip() != money_text(self.filled_fen):
            return  # typed by hand: kept, as the suggestion keeps an amount the township set
        self.filled_fen = suggestion.monthly_fen
        self.amount.setText(money_text(suggestion.monthly_fen))
        self.hint.setText(self.sources[suggestion.source])

    def save(self):
        q = self.month.date()
        data = self.common_data() | {"start_month": dt.date(q.year(), q.month(), 1)}
        if self.category is not None and self.amount is not None:
            data |= {"category": self.category.currentData() or "", "monthly_fen": parse_yuan(self.amount.text()),
                     "amount_reason": self.amount_reason.text()}
        return procedure.record_step(self.ctx.uow(), self.case, 10, data, self.today)


__all__ = ["GrantDialog", "from_qdate"]
