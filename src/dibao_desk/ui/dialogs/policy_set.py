"""Add a set of policy figures: every figure, the date it takes effect, a note.

The form starts from the set in force (so only what changed needs typing); saving
adds a new set and leaves every older one as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QMessageBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.policy import FLOW_FIELDS, METHODS, ROUNDINGS, PolicyFigures
from dibao_desk.services import policy
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.i18n import QT_TRANSLATE_NOOP
from dibao_desk.ui.ops import Op, show_error
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding

# (group title, fields); money fields end in _fen and are typed in yuan.
GROUPS = (
    (QT_TRANSLATE_NOOP("PolicySetDialog", "保障标准"), ("urban_standard_fen", "rural_standard_fen")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "施保办法"), ("method", "class1_fen", "class2_fen", "class3_fen", "rounding", "minimum_benefit_fen")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "分类加发（施保办法为“补差加分类加发”时）"), (
        "elderly_supplement_fen", "elderly_age", "disabled_supplement_fen", "disabled_grade_max",
        "ill_supplement_fen", "minor_supplement_fen", "minor_age", "single_parent_supplement_fen",
        "supplements_stack")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "家庭财产限额"), ("deposit_limit_per_person_fen", "vehicles_allowed", "vehicle_exempt_below_fen", "houses_max",
                "housing_area_per_person_m2_x100")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "收入扣减"), ("employment_deduction_per_member_fen", "employment_deduction_permille")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "劳动年龄（城市申请人失业登记）"), ("working_age_min", "working_age_end_male", "working_age_end_female")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "程序"), ("notice_days", "county_check_permille", "full_notice_supporter_names", "blacklist_months",
            "complaint_answer_days")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "资金来源（五级合计 100%）"), ("fund_central_bp", "fund_provincial_bp", "fund_city_bp", "fund_county_bp",
                         "fund_township_bp")),
    (QT_TRANSLATE_NOOP("PolicySetDialog", "变更、取消须经的步骤"), FLOW_FIELDS),
)
INT_RANGES = {
    "elderly_age": (0, 120), "disabled_grade_max": (0, 4), "minor_age": (0, 30),
    "vehicles_allowed": (0, 20), "houses_max": (0, 20), "employment_deduction_permille": (0, 1000),
    "notice_days": (1, 90), "county_check_permille": (0, 1000),
    "working_age_min": (14, 30), "working_age_end_male": (40, 80), "working_age_end_female": (40, 80),
    "blacklist_months": (1, 120), "complaint_answer_days": (1, 120),
}


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s: when a new set is proposed to take effect."""
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


class PolicySetDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, base: PolicyFigures | None = None, parent=None,
                 effective_from: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: policy.PolicySetInfo | None = None
        self.op: Op | None = None  # the save running on the worker
        self.setWindowTitle(self.tr("新增一套政策标准"))
        base = base or PolicyFigures()
        self.widgets: dict[str, QWidget] = {}

        start = effective_from or next_month(today_of(parent))
        self.effective_from = QDateEdit(QDate(start.year, start.month, start.day))
        self.effective_from.setObjectName("effective_from")
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        self.effective_from.setMaximumWidth(160)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("例如：县民政局2026年第5号文件，农村标准提高到每人每月480元"))
        # A month's benefit uses the set in force on the month's first day: a set dated later in
        # a month pays from the next month on (the other figures, e.g. notice days, from the day).
        self.month_note = QLabel()
        self.month_note.setObjectName("month_note")
        self.month_note.setWordWrap(True)
        self.month_note.setStyleSheet("color: #a15c00;")
        self.effective_from.dateChanged.connect(lambda _d: self._show_month_note())
        # left open past the month's end: the proposed first of next month follows the day
        self.day_defaults = DayDefaults(self)
        if effective_from is None:
            self.day_defaults.add(self.effective_from, at=next_month)
        self._show_month_note()
        head = QFormLayout()
        head.addRow(self.tr("生效日期"), self.effective_from)
        head.addRow("", self.month_note)
        head.addRow(self.tr("依据、说明"), self.note)

        body = QWidget()
        grid = QGridLayout(body)
        for i, (title, fields) in enumerate(GROUPS):
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            for name in fields:
                widget = self._widget(name, getattr(base, name))
                widget.setObjectName(name)
                self.widgets[name] = widget
                if isinstance(widget, QCheckBox):
                    form.addRow("", widget)
                else:
                    form.addRow(label("policy_field", name), widget)
            if fields == FLOW_FIELDS:
                legend = QLabel("  ".join(f"{s} {label('step', s)}" for s in range(1, 11)))
                legend.setObjectName("flow_legend")
                legend.setWordWrap(True)
                legend.setStyleSheet("color: #555;")
                form.addRow(legend)
            grid.addWidget(box, i // 2, i % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存为新的一套标准"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("从生效日期起，保障金按这套标准计算；以前的各套标准保留不变，"
                              "以前月份的保障金仍按当时的标准计算。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        # wide enough for both columns of figures (no sideways scrolling), within 1366 px
        margins = layout.contentsMargins()
        needed = (body.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                  + 2 * scroll.frameWidth() + margins.left() + margins.right())
        self.resize(min(max(900, needed), 1326), 680)

    def _show_month_note(self) -> None:
        d = self.effective_from.date()
        if d.day() == 1:
            self.month_note.setText("")
            self.month_note.hide()
            return
        nxt = dt.date(d.year() + (d.month() == 12), d.month() % 12 + 1, 1)
        self.month_note.setText(self.tr(
            "生效日期不是某月 1 日：每月保障金按当月 1 日执行的标准计算，这套标准从 {0} 年 {1} 月起用于保障金，"
            "{2} 年 {3} 月仍按原标准。").format(nxt.year, nxt.month, d.year(), d.month()))
        self.month_note.show()

    def _widget(self, name: str, value) -> QWidget:
        if name == "method":
            w = QComboBox()
            for code in METHODS:
                w.addItem(label("policy_method", code), code)
            w.setCurrentIndex(max(0, w.findData(value)))
            return w
        if name == "rounding":
            w = QComboBox()
            for code in ROUNDINGS:
                w.addItem(label("rounding", code), code)
            w.setCurrentIndex(max(0, w.findData(value)))
            return w
        if name in FLOW_FIELDS:  # step numbers, e.g. 3,4,6,7,8,9,10; their names in the tooltip
            steps = QLineEdit(str(value))
            steps.setMaximumWidth(200)
            steps.setToolTip("\n".join(f"{s} {label('step', s)}" for s in range(1, 11)))
            return steps
        if isinstance(value, bool):
            check = QCheckBox(label("policy_field", name))
            check.setChecked(value)
            return check
        if name.endswith(("_fen", "_m2_x100", "_bp")):  # yuan; or a percent / area with two decimals
            edit = QLineEdit(fen_to_yuan(value) if name.endswith("_fen") else f"{value / 100:g}")
            edit.setMaximumWidth(140)
            return edit
        spin = QSpinBox()
        low, high = INT_RANGES.get(name, (0, 1_000_000))
        spin.setRange(low, high)
        spin.setValue(int(value))
        return spin

    def figures(self) -> tuple[PolicyFigures | None, list[str]]:
        """The figures typed, or the sentences saying which could not be read."""
        values: dict = {}
        errors: list[str] = []
        for name, w in self.widgets.items():
            if isinstance(w, QComboBox):
                values[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                values[name] = w.isChecked()
            elif isinstance(w, QSpinBox):
                values[name] = w.value()
            elif name in FLOW_FIELDS and isinstance(w, QLineEdit):  # checked when saved (domain.policy.validate)
                values[name] = w.text().strip().replace("，", ",").replace(" ", "")
            elif isinstance(w, QLineEdit):
                text = w.text().strip() or "0"
                try:  # yuan -> fen, square metres -> 1/100 m², percent -> basis points: all "times 100"
                    values[name] = yuan_to_fen(text)
                except ValueError:
                    errors.append(self.tr("“{0}”填的“{1}”不是数字").format(label("policy_field", name), w.text()))
        if errors:
            return None, errors
        return PolicyFigures(**values), []

    def save(self) -> None:
        figures, errors = self.figures()
        if figures is None:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(errors))
            return
        d = self.effective_from.date()
        start = dt.date(d.year(), d.month(), d.day())
        problems = policy.check_policy_set(start, figures)
        if problems:
            QMessageBox.warning(self, self.tr("无法保存"), "\n".join(problem_text(p) for p in problems))
            return
        # A raise of the rural standard reschedules every rural household's review (about a
        # second on a county-sized store): on the worker, the window shows it is busy.
        # the day the households are rescheduled and their incomes counted on: the window's clock
        ctx, note, today = self.ctx, self.note.text(), today_of(self)
        self.buttons.setEnabled(False)
        self.op = Op(self, lambda progress: policy.add_policy_set(ctx.uow(), start, figures, note, today=today,
                                                                  progress=progress),
                     title=self.tr("正在保存政策标准并重新计算复核日期…"), on_done=self._saved,
                     on_error=self._save_failed, cancellable=False).start()

    def _saved(self, info: policy.PolicySetInfo) -> None:
        self.buttons.setEnabled(True)
        self.saved = info
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, self.tr("无法保存"), exc)
