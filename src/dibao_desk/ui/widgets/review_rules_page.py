"""复核周期 settings page: the dated review figures (intervals, gradual exit, refusal rule)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Op, show_error
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import label, problem_text


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    s.setValue(value)
    if suffix:
        s.setSuffix(suffix)
    return s


class ReviewRulesPage(QWidget):
    """Edit the review rule set in force and save it as a new dated set (everyone is rescheduled)."""

    saved = Signal()  # the new set is stored and every household rescheduled

    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        current = reviews.rules_in_force(ctx.uow(), self.today)
        r = current.rules
        self.history = QLabel(self._history_text())
        self.history.setWordWrap(True)

        self.effective = QDateEdit(QDate(self.today.year, self.today.month, 1))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setObjectName("effective_from")

        intervals = QGroupBox(self.tr("复核周期（月）：同时符合几项时取最短的"))
        grid = QGridLayout(intervals)
        self.interval_spins: dict[str, QSpinBox] = {}
        for i, code in enumerate(rules.RULE_CODES):
            spin = _spin(1, 36, int(r.intervals.get(code, 12)), self.tr(" 个月"))
            spin.setObjectName(f"interval_{code}")
            self.interval_spins[code] = spin
            grid.addWidget(QLabel(label("review_rule_short", code)), i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)

        self.elderly = _spin(40, 100, r.elderly_age, self.tr(" 岁"))
        grades_row = QHBoxLayout()
        self.grade_checks: dict[int, QCheckBox] = {}
        for grade in rules.DISABILITY_GRADES:
            check = QCheckBox(label("disability_grade", grade))
            check.setObjectName(f"severe_grade_{grade}")
            check.setChecked(grade in r.severe_disability_grades)
            self.grade_checks[grade] = check
            grades_row.addWidget(check)
        grades_row.addStretch(1)
        self.exit_months = _spin(3, 12, r.gradual_exit_months, self.tr(" 个月"))
        self.exit_months.setObjectName("gradual_exit_months")
        self.reminder_months = _spin(0, 12, r.exit_reminder_months, self.tr(" 个月"))
        self.refusals = _spin(1, 10, r.refusal_threshold, self.tr(" 次"))
        self.consequence = QComboBox()
        for code in rules.REFUSAL_CONSEQUENCES:
            self.consequence.addItem(label("refusal_consequence", code), code)
        self.consequence.setCurrentIndex(rules.REFUSAL_CONSEQUENCES.index(r.refusal_consequence))
        self.reduce_yuan = QLineEdit(fen_to_yuan(r.refusal_reduce_fen))
        self.reduce_percent = _spin(0, 100, r.refusal_reduce_percent, " %")
        self.change_notice = QCheckBox(self.tr("变更须经公示（转入审批程序）"))
        self.change_notice.setChecked(r.change_needs_notice)
        self.cancel_notice = QCheckBox(self.tr("取消须经公示（转入审批程序）"))
        self.cancel_notice.setChecked(r.cancel_needs_notice)
        self.offset = _spin(0, 3, r.effect_offset_months, self.tr(" 个月后"))
        form = QFormLayout()
        form.addRow(self.tr("老年人年龄线"), self.elderly)
        form.addRow(self.tr("重度残疾（每半年复核）"), grades_row)
        form.addRow(self.tr("就业渐退期"), self.exit_months)
        form.addRow(self.tr("停发前提醒"), self.reminder_months)
        form.addRow(self.tr("完全劳动能力者拒绝就业达到"), self.refusals)
        form.addRow(self.tr("拒绝就业的处理"), self.consequence)
        reduce_row = QHBoxLayout()
        reduce_row.addWidget(QLabel(self.tr("减发金额（元/月）")))
        reduce_row.addWidget(self.reduce_yuan)
        reduce_row.addWidget(QLabel(self.tr("或比例")))
        reduce_row.addWidget(self.reduce_percent)
        form.addRow("", reduce_row)
        form.addRow(self.tr("变更、取消及拒绝就业处理生效"), self.offset)
        # Every 变更 and 取消 now goes through the steps the policy figures name
        # (政策标准: 变更/取消须经步骤); the old switches are kept in the data only.
        self.change_notice.setVisible(False)
        self.cancel_notice.setVisible(False)

        self.save_button = QPushButton(self.tr("保存为新的复核周期标准"))
        self.save_button.setObjectName("save_rules")
        self.save_button.clicked.connect(self.save)
        allow(ctx, self.save_button, Role.ADMIN)  # reviews.save_rule_set refuses the others
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("自何日起执行"), self.effective)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        inner = QWidget()  # scrolls: the page must fit a 1366x768 screen inside the settings dialog
        layout = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.history)
        layout.addLayout(top)
        layout.addWidget(intervals)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self._kept = self._figures_or_none()  # what closing the settings may drop without asking
        self._saving: rules.ReviewRules | None = None

    def _figures_or_none(self) -> rules.ReviewRules | None:
        try:
            return self.figures()
        except RuleError:
            return None

    def unsaved(self) -> bool:
        """Figures changed here and not saved (a bad 减发金额 counts as changed)."""
        now = self._figures_or_none()
        return now is None or now != self._kept

    def _history_text(self) -> str:
        sets = reviews.list_rule_sets(self.ctx.uow())
        if sets[0].is_example:
            return self.tr("现用的是随程序提供的示例周期（据民政部门公开资料）。请按本县规定核对后保存。")
        return self.tr("已有复核周期标准：{0}。{1} 之前仍按随程序提供的示例周期。").format(
            "、".join(self.tr("{0} 起执行").format(s.rules.effective_from.isoformat()) for s in sets),
            sets[0].rules.effective_from.isoformat())

    def figures(self) -> rules.ReviewRules:
        d = self.effective.date()
        try:
            reduce_fen = yuan_to_fen(self.reduce_yuan.text() or "0")
        except ValueError:
            raise RuleError(Problem("amount.invalid", "refusal_reduce_fen", {"value": self.reduce_yuan.text()}))
        return replace(
            rules.EXAMPLE_RULES, effective_from=dt.date(d.year(), d.month(), d.day()),
            intervals={c: s.value() for c, s in self.interval_spins.items()},
            elderly_age=self.elderly.value(), gradual_exit_months=self.exit_months.value(),
            severe_disability_grades=tuple(g for g, c in self.grade_checks.items() if c.isChecked()),
            exit_reminder_months=self.reminder_months.value(), refusal_threshold=self.refusals.value(),
            refusal_consequence=self.consequence.currentData(), refusal_reduce_fen=reduce_fen,
            refusal_reduce_percent=self.reduce_percent.value(),
            change_needs_notice=self.change_notice.isChecked(), cancel_needs_notice=self.cancel_notice.isChecked(),
            effect_offset_months=self.offset.value(), note="")

    def save(self) -> bool:
        """Check the figures here; save them and reschedule every receiving household (about
        a second at county size) on the worker. False when the figures are refused at once."""
        try:
            figures = self.figures()
            problems = reviews.check_rule_set(figures)
        except RuleError as exc:
            problems = exc.problems
        if problems:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in problems))
            return False
        ctx, today = self.ctx, self.today
        self.save_button.setEnabled(False)
        self._saving = figures
        self.status.setText(self.tr("正在保存并重新计算下次复核日期…"))
        Op(self, lambda progress: reviews.save_rule_set(ctx.uow(), figures, today=today, progress=progress),
           title=self.tr("正在保存复核周期…"), on_done=self._saved, on_error=self._save_failed,
           cancellable=False).start()
        return True

    def _saved(self, _info) -> None:
        self._kept = self._saving
        self.save_button.setEnabled(self.ctx.may(Role.ADMIN))
        self.history.setText(self._history_text())
        self.status.setText(self.tr("已保存，所有在保家庭的下次复核日期已重新计算。"))
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.ctx.may(Role.ADMIN))
        self.status.setText(self.tr("没有保存。"))
        show_error(self, self.tr("无法保存"), exc)
