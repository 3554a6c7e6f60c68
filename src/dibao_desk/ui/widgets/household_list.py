"""The household list: search as you type, filter by village and status, sort by any column."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.services import households, office
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Reader
from dibao_desk.ui.tablemodels.households import HouseholdTableModel
from dibao_desk.ui.texts import choices
from dibao_desk.ui.widgets.column_fit import fit_column

if TYPE_CHECKING:
    from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel


# Typing in the search waits this long for the next key, then reads on the worker: a query
# per keystroke on the GUI thread froze the window for up to ~110 ms on a county-sized store.
SEARCH_PAUSE_MS = 150


class HouseholdList(QWidget):
    open_household = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = lambda: dt.date.today()  # the day, read at each refresh
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：户主或成员姓名、拼音首字母（如 zs）、身份证号"))
        self.search.setClearButtonEnabled(True)
        self.village = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for code, text in choices("status"):
            self.status.addItem(text, code)
        self.count = QLabel()

        self.model = HouseholdTableModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("households_table")  # its column widths are remembered
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(26)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for i, c in enumerate(self.model.columns):
            fit_column(self.table, i, c.width)
        self.table.doubleClicked.connect(self._activated)
        # Enter (or Return) on a row opens the household's page, as a double-click does.
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self._open_current)
        enter2 = QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        enter2.activated.connect(self._open_current)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.village, 1)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.count)
        # The household page below the list: the selected household's eligibility and benefit.
        self.detail = _eligibility_panel(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("households_split")
        self.splitter.addWidget(self.table)
        if self.detail is not None:
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)

        self.reload_villages()
        self._reader = Reader(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._typed)
        # Enter or Down in the search box: to the first household found (a second Enter opens it)
        self.search.returnPressed.connect(self.go_to_list)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.go_to_list)
        self.village.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self._filter()
        # Turned on after the first load: enabling it sorts, which would query again.
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        if self.detail is not None:
            self.detail.show_household(self.selected_household_id())

    def reload_villages(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("全部村（社区）"), None)
        for v in office.list_villages(self.ctx.uow()):
            self.village.addItem(v.name, v.id)
        self.village.setCurrentIndex(max(0, self.village.findData(current)))
        self.village.blockSignals(False)

    def _query(self) -> households.HouseholdQuery:
        return replace(self.model.query, text=self.search.text(), village_id=self.village.currentData(),
                       status=self.status.currentData())

    def _filter(self) -> None:
        self._search_timer.stop()
        self._reader.request(lambda: None, lambda _r: None)  # a search still on its way is stale now
        self.model.set_query(self._query())  # the model's sort() skips a query it already holds
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("共 {0} 户").format(self.model.rowCount()))

    def _typed(self) -> None:
        """On screen, a search runs once typing pauses and reads on the worker; off screen
        (nobody is looking, whoever asked may look next) at once."""
        if self.isVisible():
            self._search_timer.start()
        else:
            self._filter()

    def _search(self) -> None:
        query = self._query()
        model = self.model

        def shown(result) -> None:
            ids, first_page = result
            model.show_result(query, ids, first_page)
            self._show_count()

        self._reader.request(lambda: model.read(query), shown)

    def go_to_list(self) -> None:
        """The cursor from the search box to the list, on the first row found unless a found row
        is selected; a search still waiting for typing to pause (or still read on the worker)
        runs now, so the row is one of the words typed."""
        if self._search_timer.isActive() or self.model.query != self._query():  # waiting, or on the worker
            self._filter()
        if self.model.rowCount() == 0:
            return
        if self.selected_household_id() is None:
            self.table.selectRow(0)
            self.table.scrollTo(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """The store changed: reload villages and rows, keep the selection and where the list is
        scrolled to (a clerk who selected a household, then scrolled down to row 3,000 of
        10,000, is not sent back to it after a save, F5 or the day moving on)."""
        selected = self.selected_household_id()
        bars = (self.table.verticalScrollBar(), self.table.horizontalScrollBar())
        scrolled = [bar.value() for bar in bars]
        # a window left open over New Year: a policy set in force since it was opened counts
        # in the income columns from the first refresh that day (two reads when up to date);
        # the main window refreshes the list when the day changes
        households.refresh_income_columns_quietly(self.ctx.uow(), self.clock())
        self.reload_villages()
        self._filter()
        if selected is not None:
            self.select(selected)  # selecting scrolls to it; the list goes back where it was
        for bar, value in zip(bars, scrolled):
            bar.setValue(value)

    def show_household(self, household_id: int) -> None:
        """Select ``household_id``; if the search or a filter hides it, clear them first."""
        if self.model.row_of(household_id) < 0:
            for w in (self.search, self.village, self.status):
                w.blockSignals(True)
            self.search.clear()
            self.village.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            for w in (self.search, self.village, self.status):
                w.blockSignals(False)
            self._filter()
        self.select(household_id)

    def select(self, household_id: int) -> None:
        row = self.model.row_of(household_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_household_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.household_id(rows[0].row()) if rows else None

    def _open_current(self) -> None:
        hid = self.selected_household_id()
        if hid is not None:
            self.open_household.emit(hid)

    def _activated(self, index) -> None:
        hid = self.model.household_id(index.row())
        if hid is not None:
            self.open_household.emit(hid)


def _eligibility_panel(ctx: AppContext, parent: QWidget) -> EligibilityPanel | None:
    try:
        from dibao_desk.ui.widgets.eligibility_panel import EligibilityPanel
    except ImportError:  # the policy feature is not installed
        return None
    return EligibilityPanel(ctx, parent)
