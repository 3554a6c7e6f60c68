"""The 复核 tab: who is due this month, next month, or overdue, per village; a month calendar
with the count due each day; buttons to record a review, export the list and plan a quarter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QComboBox, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.reviews import ExitState
from dibao_desk.services import reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Op, Reader, show_error
from dibao_desk.ui.tablemodels.reviews import DUE_COLUMNS, DueModel
from dibao_desk.ui.texts import label
from dibao_desk.ui.widgets.column_fit import fit_column
from dibao_desk.ui.widgets.month_edit import MonthEdit

MODES = ("this_month", "next_month", "overdue", "month")


class CountCalendar(QCalendarWidget):
    """A month calendar that paints how many reviews fall due on each day: the day number on
    the top line of its cell and the count on its own line below, so that a county's
    three-digit counts do not run into the day ("11" and "249", not "11249")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[dt.date, int] = {}
        # the parts of the cells last painted with a count: (day number, count), for checks
        self.painted: dict[dt.date, tuple[QRect, QRect]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        # room for two lines in each of the 6 week rows and the weekday header, below the month bar
        line = QFontMetrics(self.font()).height()
        self.setMinimumHeight(7 * (2 * line + 6) + 2 * line)

    def set_counts(self, counts: dict[dt.date, int]) -> None:
        self.counts = dict(counts)
        self.painted.clear()
        self.updateCells()

    def count_text(self, day: dt.date) -> str:
        """What a day's cell shows under its number: the count due that day ("" for none)."""
        n = self.counts.get(day)
        return str(n) if n else ""

    @staticmethod
    def cell_parts(rect: QRect) -> tuple[QRect, QRect]:
        """A cell split in two lines: the day number's (top) and the count's (bottom)."""
        top = rect.height() - rect.height() // 2
        return (QRect(rect.x(), rect.y(), rect.width(), top),
                QRect(rect.x(), rect.y() + top, rect.width(), rect.height() - top))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        text = self.count_text(day)
        if not text or date.month() != self.monthShown():
            super().paintCell(painter, rect, date)
            return
        number, count = self.cell_parts(rect)
        selected = date == self.selectedDate()
        if selected:  # the selection's colour over the whole cell, not only the number's line
            painter.fillRect(rect, self.palette().highlight())
        super().paintCell(painter, number, date)
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().highlightedText().color() if selected else QColor(170, 40, 20))
        painter.drawText(count.adjusted(1, 0, -1, -1), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        self.painted[day] = (number, count)


class ReviewsView(QWidget):
    record_requested = Signal(int)  # household id
    export_requested = Signal()
    plan_requested = Signal()
    print_requested = Signal()
    shown = Signal()  # the list read on the worker is on screen

    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.clock: Callable[[], dt.date] = dt.date.today  # the day when none is fixed, read when used
        self.dialog: QDialog | None = None
        self._filling = False
        self._reader = Reader(self)

        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("mode")
        for code, text in (("this_month", self.tr("本月应复核")), ("next_month", self.tr("下月应复核")),
                           ("overdue", self.tr("已逾期")), ("month", self.tr("指定月份"))):
            self.mode_combo.addItem(text, code)
        t = self.today()
        self.month_edit = MonthEdit(QDate(t.year, t.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setObjectName("month")
        self.village_combo = QComboBox()
        self.village_combo.setObjectName("village")
        self.village_combo.setMinimumWidth(120)
        self.record_button = QPushButton(self.tr("记录复核…"))
        self.record_button.setObjectName("record")
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.plan_button = QPushButton(self.tr("季度计划…"))
        self.print_button = QPushButton(self.tr("打印…"))
        bar = QHBoxLayout()
        for w in (self.mode_combo, self.month_edit, QLabel(self.tr("村（社区）")), self.village_combo):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (self.record_button, self.export_button, self.print_button, self.plan_button):
            bar.addWidget(button)

        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(DUE_COLUMNS):
            fit_column(self.table, i, col.width)
        self.table.doubleClicked.connect(lambda _i: self._record_selected())

        self.calendar = CountCalendar()
        self.calendar.setObjectName("calendar")
        self.calendar.setMinimumWidth(330)
        self.calendar_label = QLabel()
        self.calendar_label.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("每日应复核户数")))
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(self.calendar_label)
        side_layout.addStretch(1)

        split = QSplitter()
        split.setObjectName("reviews_split")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)  # every rule's count and 就业渐退 can be wider than the screen

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)

        self._load_villages()
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.month_edit.dateChanged.connect(lambda _d: self._month_edited())
        self.village_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.calendar.currentPageChanged.connect(lambda y, m: self._calendar_paged(y, m))
        self.record_button.clicked.connect(self._record_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.plan_button.clicked.connect(self.plan_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.refresh()

    def today(self) -> dt.date:
        return self._today or self.clock()

    def follow_day(self, day: dt.date) -> None:
        """The day changed under the open window: the month shown beside 本月/下月应复核 moves
        to the new month; a month the operator chose (指定月份) stays. The lists are read again
        on the window's refresh that follows."""
        if self.mode() != "month":
            self.month_edit.blockSignals(True)
            self.month_edit.setDate(QDate(day.year, day.month, 1))
            self.month_edit.blockSignals(False)

    def _load_villages(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("全部"), None)
        for vid, name in reviews.village_choices(self.ctx.uow()):
            self.village_combo.addItem(name, vid)
        if current is not None:
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(current)))
        self.village_combo.blockSignals(False)

    # ---- what is shown ----------------------------------------------------------------
    def mode(self) -> str:
        return self.mode_combo.currentData()

    def village_id(self) -> int | None:
        return self.village_combo.currentData()

    def month(self) -> dt.date:
        t = self.today().replace(day=1)
        mode = self.mode()
        if mode == "next_month":
            return rules.add_months(t, 1)
        if mode == "month":
            d = self.month_edit.date()
            return dt.date(d.year(), d.month(), 1)
        return t

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(MODES.index(mode))

    def _month_edited(self) -> None:
        if self.mode() != "month":
            self.mode_combo.setCurrentIndex(MODES.index("month"))  # refreshes
        else:
            self.refresh()

    def _calendar_paged(self, year: int, month: int) -> None:
        if dt.date(year, month, 1) != self.month():
            self.month_edit.setDate(QDate(year, month, 1))

    def refresh(self) -> None:
        """Show the list. Households not scheduled yet (after a bulk import) get their dates
        on the worker, behind a modal progress dialog, and the list is shown again then."""
        self._load_villages()  # a village renamed, merged or added since: list it as it is now
        if not self._filling and reviews.missing_schedules(self.ctx.uow()):
            self._filling = True
            ctx, today = self.ctx, self.today()
            Op(self, lambda _progress: reviews.fill_missing(ctx.uow(), today), title=self.tr("正在安排复核日期…"),
               on_done=self._filled, on_error=self._fill_failed, cancellable=False).start()
        self._show()

    def _filled(self, _result) -> None:
        self._filling = False
        self._show()

    def _fill_failed(self, exc: BaseException) -> None:
        self._filled(None)
        show_error(self, self.tr("无法安排复核日期"), exc)

    def _show(self) -> None:
        overdue = self.mode() == "overdue"
        month = self.month()
        if self.mode() != "month":
            self.month_edit.blockSignals(True)
            self.month_edit.setDate(QDate(month.year, month.month, 1))
            self.month_edit.blockSignals(False)
        ctx, village_id, today = self.ctx, self.village_id(), self.today()

        def read():  # on the worker: the list, the calendar, the gradual exits
            return (reviews.due_list(ctx.uow(), month=month, overdue=overdue, village_id=village_id, today=today,
                                     fill=False),
                    reviews.calendar_counts(ctx.uow(), month, village_id), reviews.exits(ctx.uow(), today))

        self._reader.request(read, lambda found: self._apply(month, overdue, *found))

    def _apply(self, month: dt.date, overdue: bool, rows, counts, exits) -> None:
        # the household selected stays selected; one just reviewed (gone from the list) leaves
        # the cursor on the household that took its row, the next one to visit
        kept = self.selected_household()
        kept_row = self.table.selectionModel().selectedRows()[0].row() if kept is not None else -1
        self.model.set_rows(rows)
        found = next((i for i, r in enumerate(rows) if r.household_id == kept), -1)
        row = found if found >= 0 else min(kept_row, len(rows) - 1)
        if kept is not None and row >= 0:
            self.table.selectRow(row)
        self.calendar.blockSignals(True)
        self.calendar.setCurrentPage(month.year, month.month)
        self.calendar.blockSignals(False)
        self.calendar.set_counts(counts)
        self.calendar_label.setText(self.tr("{0} 年 {1} 月共 {2} 户应复核").format(
            month.year, month.month, sum(counts.values())))
        if overdue:
            text = self.tr("截至 {0} 已逾期未复核 {1} 户").format(self.today().isoformat(), len(rows))
        else:
            text = self.tr("{0} 年 {1} 月应复核 {2} 户").format(month.year, month.month, len(rows))
        by_rule: dict[str, int] = {}
        for r in rows:
            key = r.rule if not r.rule.startswith(rules.EVENT_RULE_PREFIX) else "event"
            by_rule[key] = by_rule.get(key, 0) + 1
        if by_rule:
            event = self.tr("事件")
            parts = [f"{label('review_rule_short', k) if k != 'event' else event} {n}"
                     for k, n in sorted(by_rule.items(), key=lambda kv: -kv[1])]
            text += self.tr("（{0}）").format("，".join(parts))
        remind = sum(1 for e in exits if e.state == ExitState.REMIND)
        stop = sum(1 for e in exits if e.state == ExitState.STOPPED)
        if remind or stop:
            text += self.tr("　就业渐退：即将停发 {0} 户，已到停发月份 {1} 户（复核 → 就业渐退与复核统计）").format(
                remind, stop)
        self.summary.setText(text)
        self.export_button.setEnabled(bool(rows))
        self.print_button.setEnabled(bool(rows))
        self.shown.emit()

    def selected_household(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.household_id if row else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _record_selected(self) -> None:
        hid = self.selected_household()
        if hid is not None:
            self.record_requested.emit(hid)
