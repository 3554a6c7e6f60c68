"""记录复核: the visit (date, who, findings) and the outcome 保留 / 变更 / 取消 with a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout,
)

from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.reviews import ReviewOutcome
from dibao_desk.services import reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs.assistance_dialog import cliff_label
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import TypedText

CATEGORIES = ("class1", "class2", "class3")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class RecordReviewDialog(QDialog):
    """Record one review of one household. ``result_info`` holds the recorded review."""

    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None,
                 edit_household=None):
        super().__init__(parent)
        self.edit_household = edit_household  # opens the registration form for this household
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.brief = reviews.brief(ctx.uow(), household_id)
        # what the form was opened on: a review of the household recorded after it refuses the save
        # (kept when the brief is read again after editing the household)
        self.seen_review_id = self.brief.last_review_id
        self.result_info: reviews.ReviewInfo | None = None
        self.setWindowTitle(self.tr("记录复核 — {0}").format(self.brief.head_name))

        b = self.brief
        about = QLabel(self._about_text())
        about.setWordWrap(True)
        about.setObjectName("about")

        self.date_edit = QDateEdit(_qdate(self.today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(_qdate(self.today))
        self.date_edit.setObjectName("review_date")
        self.visitor_edit = QLineEdit(ctx.operator)
        self.visitor_edit.setObjectName("visitor")
        self.visitor_edit.setPlaceholderText(self.tr("入户复核的工作人员，多人用顿号分开"))
        self.findings_edit = QPlainTextEdit()
        self.findings_edit.setObjectName("findings")
        self.findings_edit.setPlaceholderText(self.tr("家庭人口、收入、财产有无变化；成员、收入、财产的改动请在家庭登记表中修改"))
        self.findings_edit.setFixedHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("复核日期"), self.date_edit)
        form.addRow(self.tr("入户复核人"), self.visitor_edit)
        form.addRow(self.tr("复核情况"), self.findings_edit)
        self.stable_check = QCheckBox(self.tr("家庭收入短期内变化不大，改为每半年复核"))
        self.stable_check.setObjectName("income_stable")
        self.stable_check.setChecked(b.income_stable)
        form.addRow("", self.stable_check)
        if edit_household is not None:
            self.edit_button = QPushButton(self.tr("修改家庭成员、收入、财产…"))
            self.edit_button.clicked.connect(self._edit)
            form.addRow("", self.edit_button)

        outcome_box = QGroupBox(self.tr("复核结论"))
        self.outcomes = QButtonGroup(self)
        row = QHBoxLayout(outcome_box)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for i, code in enumerate(ReviewOutcome):
            button = QRadioButton(label("review_outcome", code))
            button.setObjectName(f"outcome_{code}")
            self.outcomes.addButton(button, i)
            self.outcome_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.outcome_buttons[ReviewOutcome.KEEP].setChecked(True)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("new_category")
        if b.category not in CATEGORIES:  # no class yet (a roster without 类别): kept unless one is chosen
            self.category_combo.addItem(self.tr("未定类别"), "")
        for category in CATEGORIES:
            self.category_combo.addItem(label("category", category), category)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(b.category)))
        self.amount_edit = QLineEdit(fen_to_yuan(b.monthly_benefit_fen))
        self.amount_edit.setObjectName("new_amount")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("变更或取消的理由，如：家庭成员务工收入增加"))
        change_form = QFormLayout()
        change_form.addRow(self.tr("变更后类别"), self.category_combo)
        change_form.addRow(self.tr("变更后月保障金（元）"), self.amount_edit)
        change_form.addRow(self.tr("理由"), self.reason_edit)
        self.rules_note = QLabel(self._rules_text())
        self.rules_note.setObjectName("rules_note")
        self.rules_note.setWordWrap(True)
        self.rules_note.setStyleSheet("color: #555")
        self.cliff_note = cliff_label(self, ctx, household_id, self.today)

        self.error_label = QLabel()
        self.error_label.setObjectName("errors")
        self.error_label.setStyleSheet("color: #b00")
        self.error_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setObjectName("save")
        # Enter in the findings starts a new line: Ctrl+S saves from anywhere in the form
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(outcome_box)
        layout.addLayout(change_form)
        layout.addWidget(self.rules_note)
        layout.addWidget(self.cliff_note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.outcomes.idToggled.connect(lambda *_: self._outcome_changed())
        # the note says what the rules in force on the review date typed do, not today's
        self.date_edit.dateChanged.connect(lambda *_: self.rules_note.setText(self._rules_text()))
        self._outcome_changed()
        self.resize(520, 0)
        # left open past midnight: the review date may be the new day and, untouched, moves to it
        self.day_defaults = DayDefaults(self, self._new_day)
        self.day_defaults.add(self.date_edit)
        self._typed = TypedText()  # Esc on a written visit asks first

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._typed.note(self)
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, 取消 or the close button: the findings and reason typed are thrown away only
        when the person says so."""
        if self._typed.confirm_discard(self):
            super().reject()

    def _new_day(self, day: dt.date) -> None:
        self.today = day
        self.date_edit.setMaximumDate(_qdate(day))

    def _edit(self) -> None:
        self.edit_household(self.brief.household_id)
        self.brief = reviews.brief(self.ctx.uow(), self.brief.household_id)
        about = self.findChild(QLabel, "about")
        if about is not None:
            about.setText(self._about_text())

    def _about_text(self) -> str:
        b = self.brief
        parts = [self.tr("{0}　{1}　{2}人　{3}　月保障金 {4} 元").format(
            b.village, b.head_name, b.person_count, label("category", b.category) or self.tr("未定类别"),
            fen_to_yuan(b.monthly_benefit_fen))]
        if b.schedule is not None:
            parts.append(self.tr("应复核日期 {0}（{1}）").format(
                b.schedule.due_date.isoformat(), label("review_rule", b.schedule.rule)))
        return "\n".join(parts)

    def _review_date(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _rules_text(self) -> str:
        rs = reviews.rules_in_force(self.ctx.uow(), self._review_date()).rules
        lines = []
        when = (self.tr("自复核后第 {0} 个月起").format(rs.effect_offset_months) if rs.effect_offset_months
                else self.tr("自复核当月起"))
        lines.append(self.tr("变更、取消：提出建议，经评议、公示、审批后{0}执行").format(when))
        return "　".join(lines)

    def outcome(self) -> str:
        for code, button in self.outcome_buttons.items():
            if button.isChecked():
                return code
        return ReviewOutcome.KEEP

    def _outcome_changed(self) -> None:
        outcome = self.outcome()
        self.category_combo.setEnabled(outcome == ReviewOutcome.CHANGE)
        self.amount_edit.setEnabled(outcome == ReviewOutcome.CHANGE)
        self.reason_edit.setEnabled(outcome in (ReviewOutcome.CHANGE, ReviewOutcome.CANCEL))
        self.cliff_note.setVisible(outcome == ReviewOutcome.CANCEL and bool(self.cliff_note.text()))
        self.adjustSize()  # room for the wrapped warning

    def save(self) -> None:
        outcome = self.outcome()
        new_fen = None
        new_category = ""
        if outcome == ReviewOutcome.CHANGE:
            try:
                new_fen = yuan_to_fen(self.amount_edit.text())
            except ValueError:
                self._show([Problem("amount.invalid", "new_amount", {"value": self.amount_edit.text()})])
                return
            new_category = self.category_combo.currentData() or ""
        inp = reviews.ReviewInput(
            household_id=self.brief.household_id, review_date=self._review_date(),
            visitor=self.visitor_edit.text(), outcome=outcome, findings=self.findings_edit.toPlainText(),
            reason=self.reason_edit.text(), new_category=new_category, new_benefit_fen=new_fen,
            income_stable=self.stable_check.isChecked(), seen_review_id=self.seen_review_id)
        try:
            self.result_info = reviews.record_review(self.ctx.uow(), inp, today=self.today)
        except RuleError as exc:
            self._show(exc.problems)
            return
        self.accept()

    def _show(self, problems: list[Problem]) -> None:
        self.error_label.setText("\n".join(problem_text(p) for p in problems))

    def result_text(self) -> str:
        r = self.result_info
        if r is None:
            return ""
        if r.case_id is not None:
            return self.tr("复核已记录。{0}须经公示，已转入审批程序（案件编号 {1}）。").format(
                label("review_outcome", r.outcome), r.case_id)
        if r.effective_month is not None:
            return self.tr("复核已记录：{0}，自 {1} 年 {2} 月起执行。").format(
                label("review_outcome", r.outcome), r.effective_month.year, r.effective_month.month)
        return self.tr("复核已记录：保留。")

