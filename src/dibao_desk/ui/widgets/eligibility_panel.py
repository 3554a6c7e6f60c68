"""A household's three conditions and its benefit explained, for the household page.

``show_household(household_id)`` reads the assessment for the chosen month (this month
by default) and shows each condition with the figures it used, then the benefit step
by step; the text can be printed for the household's file.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import benefit
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Reader, error_text
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.widgets.month_edit import MonthEdit

MET, FAILED, TO_CHECK = "✔", "✘", "☐"


class EligibilityPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._reader = Reader(self)
        self.ctx = ctx
        self.household_id: int | None = None
        self.assessment: benefit.Assessment | None = None
        # the day, read when a household is shown: a window left open into a new month moves on
        self.clock: Callable[[], dt.date] = dt.date.today
        today = self.clock()
        self._default_month = dt.date(today.year, today.month, 1)
        self.month = MonthEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat(self.tr("yyyy年M月"))
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_)
        self.print_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("计算月份")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.view = QTextBrowser()
        self.view.setObjectName("eligibility_text")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def selected_month(self) -> dt.date:
        d = self.month.date()
        return dt.date(d.year(), d.month(), 1)

    def show_household(self, household_id: int | None, month: dt.date | None = None) -> None:
        self.household_id = household_id
        today = self.clock()
        this_month = dt.date(today.year, today.month, 1)
        if month is None and this_month != self._default_month:
            if self.selected_month() == self._default_month:  # not a month the operator chose
                month = this_month
            self._default_month = this_month
        if month is not None:
            self.month.blockSignals(True)
            self.month.setDate(QDate(month.year, month.month, 1))
            self.month.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.assessment = None
        self.print_button.setEnabled(False)
        if self.household_id is None:
            self.view.setHtml("<p>" + html.escape(self.tr("请选择一户。")) + "</p>")
            return
        ctx, household_id, month = self.ctx, self.household_id, self.selected_month()
        self._reader.request(lambda: benefit.assess(ctx.uow(), household_id, month), self._show,
                             self._refused)

    def _show(self, assessment: benefit.Assessment) -> None:
        self.assessment = assessment
        self.view.setHtml(self.to_html(assessment))
        self.print_button.setEnabled(True)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, RuleError):
            self.view.setHtml("".join(f"<p>{html.escape(problem_text(p))}</p>" for p in exc.problems))
        else:
            self.view.setHtml(f"<p>{html.escape(error_text(exc))}</p>")

    def lines(self) -> list[str]:
        """The panel's text as plain lines (conditions, then the benefit)."""
        a = self.assessment
        if a is None:
            return []
        out = []
        for c in a.conditions:
            out.append(f"{MET if c.met else FAILED} {self._condition(c)}")
            out += [f"    {self._mark(p)} {problem_text(p)}" for p in c.checks]
        out += [problem_text(s) for s in a.explanation]
        return out

    @staticmethod
    def _mark(p) -> str:
        """✔ met, ✖ failed, ☐ an item the operator checks by hand (e.g. 失业登记)."""
        return {"info": MET, "warning": TO_CHECK}.get(p.severity, FAILED)

    def _condition(self, c) -> str:
        from dibao_desk.domain.problems import Problem

        return problem_text(Problem(f"eligibility.{c.code}.{'met' if c.met else 'failed'}", "", c.params, "info"))

    def to_html(self, a: benefit.Assessment) -> str:
        verdict = (self.tr("符合低保条件") if a.eligible else self.tr("不符合低保条件"))
        colour = "#1b6e20" if a.eligible else "#a01818"
        headline = self.tr("{0}，每月保障金 {1} 元").format(verdict, fen_to_yuan(a.amount_fen))
        parts = [f"<h3 style='color:{colour}'>{html.escape(headline)}</h3>"]
        if a.status == HouseholdStatus.RECEIVING and a.current_fen != a.amount_fen:
            differs = self.tr("现登记发放 {0} 元/月，与按标准计算的结果不同。").format(fen_to_yuan(a.current_fen))
            parts.append(f"<p style='color:#a15c00'>{html.escape(differs)}</p>")
        if a.recorded_category and a.suggested_category != a.recorded_category:
            suggested = self.tr("已登记为{0}；按家庭情况建议为{1}。").format(
                label("category", a.recorded_category), label("category", a.suggested_category))
            parts.append(f"<p>{html.escape(suggested)}</p>")
        conditions = self.tr("认定条件")
        parts.append(f"<h4>{conditions}</h4><table cellspacing='0' cellpadding='3'>")
        for c in a.conditions:
            mark = f"<span style='color:{'#1b6e20' if c.met else '#a01818'}'>{MET if c.met else FAILED}</span>"
            parts.append(f"<tr><td>{mark}</td><td>{html.escape(self._condition(c))}</td></tr>")
            for p in c.checks:
                colour = {"info": "#1b6e20", "warning": "#a15c00"}.get(p.severity, "#a01818")
                sub = f"<span style='color:{colour}'>{self._mark(p)}</span>"
                parts.append(f"<tr><td></td><td>{sub} {html.escape(problem_text(p))}</td></tr>")
        calculation = self.tr("保障金计算")
        parts.append(f"</table><h4>{calculation}</h4><ol>")
        parts += [f"<li>{html.escape(problem_text(s))}</li>" for s in a.explanation]
        parts.append("</ol>")
        return "".join(parts)

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.view.document().print_(printer)
