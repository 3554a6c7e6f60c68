"""复核计划: spread a quarter's due reviews over its working days; export or print the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTableView, QVBoxLayout,
)

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services import reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.ops import error_text
from dibao_desk.ui.tablemodels.reviews import PLAN_COLUMNS, PlanModel
from dibao_desk.ui.texts import label, problem_text


def parse_days(text: str) -> tuple[dt.date, ...] | None:
    """'2027-01-01, 2027-02-16' -> dates; None when a date is not understood."""
    out = []
    for part in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(dt.date.fromisoformat(part))
        except ValueError:
            return None
    return tuple(out)


class ReviewPlanDialog(QDialog):
    def __init__(self, ctx: AppContext, start: dt.date, villages: list[tuple[int, str]],
                 village_id: int | None = None, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.plan: reviews.PlanResult | None = None
        self.setWindowTitle(self.tr("季度复核计划"))
        q = rules.quarter_start(start)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(q.year)
        self.quarter_combo = QComboBox()
        for i in range(4):
            self.quarter_combo.addItem(self.tr("第 {0} 季度").format(i + 1), i + 1)
        self.quarter_combo.setCurrentIndex((q.month - 1) // 3)
        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("全部村（社区）"), None)
        for vid, name in villages:
            self.village_combo.addItem(name, vid)
        if village_id is not None:
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(village_id)))
        self.holidays_edit = QLineEdit()
        self.holidays_edit.setPlaceholderText(self.tr("节假日（可不填），如 2027-01-01, 2027-02-16"))
        self.make_button = QPushButton(self.tr("生成计划"))
        self.make_button.clicked.connect(self.make)
        top = QHBoxLayout()
        for w in (self.year_spin, QLabel(self.tr("年")), self.quarter_combo, self.village_combo):
            top.addWidget(w)
        top.addWidget(self.holidays_edit, 1)
        top.addWidget(self.make_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for i, col in enumerate(PLAN_COLUMNS):
            self.table.setColumnWidth(i, col.width)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_plan)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(860, 600)
        self.make()
        # left open past midnight: the plan counts from the new day (已逾期), and a quarter still
        # on the one it opened on moves with the day; a year or quarter the operator chose stays
        self._proposed: tuple[int, int] | None = (
            (self.year_spin.value(), self.quarter_combo.currentIndex()) if q == rules.quarter_start(self.today) else None)
        self.day_defaults = DayDefaults(self, self.new_day)

    def new_day(self, day: dt.date) -> None:
        untouched = (self.year_spin.value(), self.quarter_combo.currentIndex()) == self._proposed
        self.today = day
        if untouched:
            q = rules.quarter_start(day)
            self.year_spin.setValue(q.year)
            self.quarter_combo.setCurrentIndex((q.month - 1) // 3)
            self._proposed = (q.year, (q.month - 1) // 3)
        self.make()

    def quarter(self) -> dt.date:
        return dt.date(self.year_spin.value(), 3 * (self.quarter_combo.currentData() - 1) + 1, 1)

    def make(self) -> None:
        holidays = parse_days(self.holidays_edit.text())
        if holidays is None:
            QMessageBox.warning(self, self.tr("日期不对"), self.tr("节假日请按 2027-01-01 的样子填写，用逗号分开。"))
            return
        self.plan = reviews.plan_quarter(self.ctx.uow(), self.quarter(), village_id=self.village_combo.currentData(),
                                         holidays=holidays, today=self.today)
        self.model.set_rows(self.plan.rows)
        late = sum(1 for r in self.plan.rows if r.late)
        text = self.tr("{0} 至 {1}：{2} 户，{3} 个工作日，每日约 {4} 户；其中已逾期 {5} 户").format(
            self.plan.start.isoformat(), self.plan.end.isoformat(), len(self.plan.rows),
            self.plan.working_days, self.plan.per_day, late)
        filed = sum(1 for r in self.plan.rows if r.filed)
        if filed:
            # said on screen and on paper (the printed plan carries this summary)
            text += self.tr("；备案 {0} 户（户主后标“（备案）”：本户有成员是经办人员或村干部登记的近亲属），"
                            "应从严复核").format(filed)
        if self.plan.left_out:
            text += "\n" + problem_text(reviews.left_out_problem(self.plan, self.today))
        if self.plan.approximate:
            text += "\n" + problem_text(Problem("reviews.plan_approximate", ""))
        self.summary.setText(text)
        self.export_button.setEnabled(bool(self.plan.rows))
        self.print_button.setEnabled(bool(self.plan.rows))

    def export(self, path: str | None = None) -> None:
        if self.plan is None:
            return
        if not path:
            q = self.quarter()
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出复核计划"),
                                                  f"复核计划{q.year}年第{(q.month - 1) // 3 + 1}季度.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return
        village = self.village_combo.currentText() if self.village_combo.currentData() is not None else ""
        try:
            reviews.export_plan(self.ctx.uow(), path, self.plan, village)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), error_text(exc))  # Chinese, not the system's words

    def print_plan(self) -> None:
        """The plan as the program's other documents print: a PDF (header row on every page, no
        row cut over two pages, 第 x 页 共 y 页) shown in the preview, printed from there."""
        from dibao_desk.ui import documents
        from dibao_desk.ui.dialogs import pdf_preview

        if self.plan is None:
            return
        q = self.plan.start
        village = self.village_combo.currentText() if self.village_combo.currentData() is not None else ""
        path = documents.preview_path(f"复核计划{q.year}年第{(q.month - 1) // 3 + 1}季度.pdf")
        try:
            result = reviews.print_plan(self.ctx.uow(), path, self.plan, village, today=self.today)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("无法打印"), "\n".join(problem_text(p) for p in exc.problems))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法打印"), error_text(exc))
            return
        for p in result.problems:  # a name printed with □ for a character no font has
            QMessageBox.information(self, self.tr("打印"), problem_text(p))
        pdf_preview.show(self, result.path, result.title)


def category_text(code: str) -> str:
    return label("category", code)
