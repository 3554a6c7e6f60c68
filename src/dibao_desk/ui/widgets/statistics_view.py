"""The 统计 tab: a month, a quarter or a year and a village; the tables a county asks for and charts
beside them; the report as PDF or workbook and the 台账 in a click. Figures are computed on the
worker thread, so the window never stalls on a county-sized store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk import messages
from dibao_desk.domain.periods import Period, month_period, report_period_of
from dibao_desk.domain.reviews import add_months
from dibao_desk.domain.statistics import TEXT, Table, cell_text as cell
from dibao_desk.services import office, statistics
from dibao_desk.services.context import AppContext
from dibao_desk.ui.widgets.chart_view import ChartView

if TYPE_CHECKING:
    from dibao_desk.ui.ops import Op


def month_text(year: int, month: int) -> str:
    """A month in the window's language: 2026年11月, or Nov 2026 (a word and a space, so a chart's
    label wraps under its bar as the Chinese one does)."""
    return QLocale().toString(QDate(year, month, 1), QCoreApplication.translate("StatisticsView", "yyyy年M月"))


def quarter_text(year: int, quarter: int) -> str:
    return QCoreApplication.translate("StatisticsView", "{0}年第{1}季度").format(year, quarter)


def year_text(year: int) -> str:
    return QCoreApplication.translate("StatisticsView", "{0}年").format(year)


def period_choices(today: dt.date, months: int = 24, quarters: int = 8, years: int = 3) -> list[tuple[str, str]]:
    """(label, period text) for the recent months, then the recent quarters, then this year and
    the years before it (年报)."""
    out = []
    this = today.replace(day=1)
    for i in range(months):
        m = add_months(this, -i)
        out.append((month_text(m.year, m.month), f"{m.year}-{m.month:02d}"))
    q_first = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    for i in range(quarters):
        m = add_months(q_first, -3 * i)
        q = (m.month - 1) // 3 + 1
        out.append((quarter_text(m.year, q), f"{m.year}Q{q}"))
    for i in range(years):
        out.append((year_text(today.year - i), f"{today.year - i:04d}"))
    return out


MONTH = re.compile(r"(\d{4})年(\d{1,2})月")
QUARTER = re.compile(r"(\d{4})年第(\d)季度")
YEAR = re.compile(r"(\d{4})年")


@functools.cache
def _words() -> frozenset[str]:
    """Every word of the core's labels (fixed once messages/ is imported): built once, not for
    each of the few hundred cells a fill of the tab translates."""
    return frozenset(w for group in messages.LABELS.values() for w in group.values())


@functools.cache
def _templates() -> tuple[tuple[re.Pattern, str], ...]:
    """The statistics' sentences with a {placeholder}, as patterns that read a formatted one back."""
    out = []
    for group in ("stats", "stats_table", "stats_chart", "stats_book"):
        for template in messages.LABELS.get(group, {}).values():
            if "{" in template:
                pattern = re.escape(template)
                for name in re.findall(r"\{(\w*)\}", template):
                    pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name or 'x'}>.+?)")
                out.append((re.compile(pattern), template))
    return tuple(out)


def stats_word(text: str) -> str:
    """A word of the statistics (computed by the core in Chinese) in the window's language: a
    label, a month or quarter, two labels run together (城市一类) or a sentence of the
    statistics' own; anything else (a village's name, a figure) stays as it is."""
    if not text or not isinstance(text, str):
        return text
    words = _words()
    if text in words:
        return QCoreApplication.translate("labels", text)
    if m := MONTH.fullmatch(text):
        return month_text(int(m.group(1)), int(m.group(2)))
    if m := QUARTER.fullmatch(text):
        return quarter_text(int(m.group(1)), int(m.group(2)))
    if m := YEAR.fullmatch(text):
        return year_text(int(m.group(1)))
    for i in range(1, len(text)):
        if text[:i] in words and text[i:] in words:
            return QCoreApplication.translate("StatisticsView", "{0}{1}").format(
                QCoreApplication.translate("labels", text[:i]), QCoreApplication.translate("labels", text[i:]))
    for pattern, template in _templates():
        if m := pattern.fullmatch(text):
            values = {k: stats_word(v) for k, v in m.groupdict().items()}
            return QCoreApplication.translate("labels", template).format(**values)
    return text


class StatisticsView(QWidget):
    export_requested = Signal(str)  # "pdf" | "xlsx" | "book"

    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        # the day, read when used: a window left open past midnight moves on with the clock
        self.clock: Callable[[], dt.date] = (lambda: today) if today is not None else dt.date.today
        self.overview: statistics.Overview | None = None
        self._op: Op | None = None
        self._dirty = True

        self.period_combo = QComboBox()
        self._listed_on = self.today
        for label, text in period_choices(self._listed_on):
            self.period_combo.addItem(label, text)
        self.village_combo = QComboBox()
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.pdf_button = QPushButton(self.tr("打印统计报表（PDF）…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.book_button = QPushButton(self.tr("导出台账…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期")))
        bar.addWidget(self.period_combo)
        bar.addWidget(QLabel(self.tr("村（社区）")))
        bar.addWidget(self.village_combo)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        for b in (self.pdf_button, self.xlsx_button, self.book_button):
            bar.addWidget(b)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555")

        self.charts = [ChartView() for _ in range(3)]
        chart_row = QHBoxLayout()
        for c in self.charts:
            chart_row.addWidget(c)
        self.tables: dict[str, QTableWidget] = {}
        self.titles: dict[str, QLabel] = {}
        self.stack = QVBoxLayout()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(chart_row)
        inner.addLayout(self.stack)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.village_combo.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.book_button.clicked.connect(lambda: self.export_requested.emit("book"))
        self.reload_villages()

    @property
    def today(self) -> dt.date:
        return self.clock()

    @today.setter
    def today(self, day: dt.date) -> None:
        self.clock = lambda: day

    # ---- choices ------------------------------------------------------------------------
    def _relist_periods(self) -> None:
        """The day changed since the periods were listed: list them again from today. The
        default (this month) moves on to the new month; a period the operator chose stays."""
        day = self.today
        current = self.period_combo.currentData()
        was_default = self.period_combo.currentIndex() <= 0
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for label, text in period_choices(day):
            self.period_combo.addItem(label, text)
        index = -1 if was_default else self.period_combo.findData(current)
        self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(False)
        self._listed_on = day

    def follow_day(self, _day: dt.date | None = None) -> None:
        """The main window saw the day change: the periods offered start at the new month at
        once (the figures are counted again when the tab is in front)."""
        if self.today != self._listed_on:
            self._relist_periods()

    def reload_villages(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("全乡镇"), None)
        for v in office.list_villages(self.ctx.uow()):
            self.village_combo.addItem(v.name, v.id)
        index = self.village_combo.findData(current)
        self.village_combo.setCurrentIndex(max(index, 0))
        self.village_combo.blockSignals(False)

    def period(self) -> Period:
        return report_period_of(self.period_combo.currentData()) or month_period(self.today)

    def village_id(self) -> int | None:
        return self.village_combo.currentData()

    # ---- figures ------------------------------------------------------------------------
    def mark_dirty(self) -> None:
        """The store changed: refresh now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._dirty or self.today != self._listed_on:
            self.refresh()

    def refresh(self) -> None:
        from dibao_desk.ui.ops import Op

        self._dirty = False
        if self.today != self._listed_on:
            self._relist_periods()
        self.reload_villages()  # a village renamed, merged or added since: list it as it is now
        period, village, today, uow = self.period(), self.village_id(), self.today, self.ctx.uow()
        self.status.setText(self.tr("正在统计…"))
        self._op = Op(self, lambda _progress: statistics.overview(uow, period, village, today),
                      title=self.tr("正在统计"), on_done=self.show_overview, on_error=self._failed,
                      cancellable=False, show_after_ms=1500, writes=False).start()

    def _failed(self, exc: BaseException) -> None:
        from dibao_desk.domain.problems import RuleError
        from dibao_desk.ui.texts import problem_text

        if isinstance(exc, RuleError):
            self.status.setText("\n".join(problem_text(p) for p in exc.problems))
        else:
            self.status.setText(self.tr("统计失败，详情已记入日志。"))

    def show_overview(self, o: statistics.Overview) -> None:
        self.overview = o
        ts = statistics.tables(o)
        for view, chart in zip(self.charts, statistics.charts(o, ts)):
            view.set_chart(dataclasses.replace(chart, title=stats_word(chart.title),
                                               labels=tuple(stats_word(x) for x in chart.labels)))
        for i, t in enumerate(ts):
            self._show_table(i, t)
        total = o.totals
        from dibao_desk.ui.texts import yuan

        self.status.setText(self.tr("{0}：在保 {1} 户 {2} 人，月保障金 {3} 元；本期到期未复核 {4} 户，已逾期 {5} 户").format(
            self.period_combo.currentText(), total.households, total.persons, yuan(total.amount_fen),
            o.reviews.due, o.reviews.overdue)
            + (self.tr("（在保户数、金额按{0}台账计划数，该月尚未到）").format(month_text(o.month.year, o.month.month))
               if o.today is not None and o.month > o.today else ""))

    def _show_table(self, index: int, t: Table) -> None:
        table = self.tables.get(t.key)
        if table is None:
            title = QLabel()
            title.setStyleSheet("font-weight: bold")
            table = QTableWidget()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Fitted to the contents once per fill below: ResizeToContents would measure every
            # column again on each setItem (a second on the county's tables, on the GUI thread).
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.tables[t.key], self.titles[t.key] = table, title
            title.setWordWrap(True)
            self.stack.addWidget(title)
            self.stack.addWidget(table)
        note = self.tr("（{0}）").format(stats_word(t.note)) if t.note else ""
        self.titles[t.key].setText(stats_word(t.title) + note)
        rows = t.all_rows
        table.setUpdatesEnabled(False)
        table.setColumnCount(len(t.headers))
        table.setHorizontalHeaderLabels([stats_word(h) for h in t.headers])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (value, kind) in enumerate(zip(row, t.kinds)):
                item = QTableWidgetItem(stats_word(cell(value, kind)) if kind == TEXT else cell(value, kind))
                if kind != TEXT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if t.total is not None and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.setUpdatesEnabled(True)
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
        if table.horizontalScrollBar().maximum() > 0 or table.horizontalHeader().length() > table.viewport().width():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(min(height, 420))
