"""The main window: wiring only. Features install their menus and views from ui/actions/."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QMainWindow, QMenu, QMessageBox, QSplitter, QTableView, QTabWidget, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.features import feature_modules
from dibao_desk.services import office
from dibao_desk.services.context import AppContext
from dibao_desk.ui.texts import problem_text

log = logging.getLogger(__name__)

LAYOUT_KEY = "window/"  # QSettings keys of the window's size, splitter positions and column widths
# How often the window looks whether the day changed (a program left open for days): at most
# this late after midnight the tabs show the new day's lists and default dates.
DAY_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    changed = Signal()  # the store changed: open views refresh
    day_changed = Signal(object)  # the new day (dt.date): open views and dialogs follow it

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = dt.date.today
        self._day = self.clock()
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self.leaving_demo = False
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._menus: dict[str, QMenu] = {}
        self._views: dict[str, QWidget] = {}
        self._refreshers: dict[QWidget, Callable[[], object]] = {}
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        for key, title in (("file", self.tr("文件(&F)")), ("households", self.tr("家庭(&H)")),
                           ("cases", self.tr("审批(&A)")), ("reviews", self.tr("复核(&R)")),
                           ("print", self.tr("打印(&P)")), ("exchange", self.tr("数据交换(&E)")),
                           ("settings", self.tr("设置(&S)")), ("help", self.tr("帮助(&H)"))):
            self._menus[key] = self.menuBar().addMenu(title)
        self.extensions: dict[str, list] = {}
        self.toolbar = self.addToolBar(self.tr("常用"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for mod in feature_modules("dibao_desk.ui.actions"):  # each has install(window)
            mod.install(self)
        refresh = self._menus["file"].addAction(self.tr("刷新(&R)"))
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.notify_changed)
        self.add_to_toolbar(refresh)
        self._menus["file"].addSeparator()
        for menu in list(self._menus.values()):
            if menu.isEmpty():
                menu.menuAction().setVisible(False)
        if self.ctx.demo:
            leave = self._menus["file"].addAction(self.tr("离开演示数据，开始登记本单位(&L)"))
            leave.triggered.connect(self.leave_demo)
        quit_action = self._menus["file"].addAction(self.tr("退出(&X)"))
        quit_action.triggered.connect(self.close)
        self._menus["file"].menuAction().setVisible(True)
        self.refresh_title()
        self.resize(1200, 680)  # with its title bar, fits 1366×768 less a taskbar; the last size is restored below
        self.restore_layout()

    # ---- size and splitters, as the person left them ---------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(LAYOUT_KEY + "geometry")
        if geometry:
            self.restoreGeometry(geometry)
        for splitter in self.findChildren(QSplitter):
            state = settings.value(LAYOUT_KEY + "splitter/" + splitter.objectName()) if splitter.objectName() else None
            if state:
                splitter.restoreState(state)
        for table, key in self._named_tables():
            state = settings.value(key)
            if state:
                table.horizontalHeader().restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(LAYOUT_KEY + "geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(LAYOUT_KEY + "splitter/" + splitter.objectName(), splitter.saveState())
        for table, key in self._named_tables():
            settings.setValue(key, table.horizontalHeader().saveState())

    def _named_tables(self) -> list[tuple[QTableView, str]]:
        """The lists whose column widths (and sort) are kept between starts, each under a key
        naming its column count: a list that gained a column after an upgrade starts afresh."""
        tables = []
        for table in self.findChildren(QTableView):
            model = table.model()
            if table.objectName() and model is not None:
                tables.append((table, f"{LAYOUT_KEY}columns/{table.objectName()}/{model.columnCount()}"))
        return tables

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.save_layout()
        super().closeEvent(event)

    def refresh_title(self) -> None:
        info = office.get_office(self.ctx.uow())
        name = info.full_name if info else ""
        title = self.tr("低保经办 — {0}").format(name) if name else self.tr("低保经办")
        if self.ctx.demo:
            title = self.tr("【演示数据】") + title + self.tr("（虚构的家庭，不是本单位的数据）")
        self.setWindowTitle(title)

    def leave_demo(self) -> None:
        """Close the demo township and go back to the first-start choice."""
        self.leaving_demo = True
        self.close()
        QApplication.quit()

    # ---- what features use -------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_view(self, key: str, title: str, widget: QWidget) -> None:
        self._views[key] = widget
        self.tabs.addTab(widget, title)

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def opening_view(self) -> str:
        """The tab the program opens on: the county's own view in county mode (its work is there,
        not in the township's 家庭名册), else 今日待办."""
        return "county" if "county" in self._views else "today"

    def show_view(self, key: str) -> None:
        widget = self._views.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def add_to_toolbar(self, action: QAction) -> None:
        """The toolbar holds the few actions used every day (five at most)."""
        if len(self.toolbar.actions()) < 5:
            self.toolbar.addAction(action)

    def extend(self, point: str, item) -> None:
        """Let one feature offer something to another (e.g. a settings page)."""
        self.extensions.setdefault(point, []).append(item)

    def notify_changed(self) -> None:
        self.changed.emit()

    # ---- the day moving on under an open window ----------------------------
    def set_clock(self, clock: Callable[[], dt.date]) -> None:
        """The day the window watches (tests give a fixed one); taken as today without a change."""
        self.clock = clock
        self._day = clock()

    def check_day(self) -> None:
        """The timer's look at the date: when it moved on (midnight, New Year, a clock put
        right), views and open dialogs follow the new day (``day_changed``), then every tab
        reads again what depends on it (``changed``: the tab in front now, the others when shown)."""
        day = self.clock()
        if day == self._day:
            return
        log.info("day changed from %s to %s", self._day, day)
        self._day = day
        self.day_changed.emit(day)
        self.notify_changed()

    def refresh_when_shown(self, widget: QWidget, refresh) -> None:
        """On ``changed``, call ``refresh`` now when ``widget`` is the tab in front (or the window
        is not on screen), else when its tab is next shown: a change made in one tab does not
        make every hidden tab query the store on the GUI thread."""
        self._refreshers[widget] = refresh
        self.changed.connect(lambda: self._changed_for(widget))

    def _changed_for(self, widget: QWidget) -> None:
        if not self.isVisible() or self.tabs.currentWidget() is widget:
            self._stale.discard(widget)
            self._refreshers[widget]()
        else:
            self._stale.add(widget)

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget in self._stale:
            self._stale.discard(widget)
            self._refreshers[widget]()

    def show_problems(self, exc: RuleError, title: str | None = None) -> None:
        show_problems(self, exc, title)


def show_problems(parent: QWidget, exc: RuleError, title: str | None = None) -> None:
    lines = [problem_text(p) for p in exc.problems]
    QMessageBox.warning(parent, title or QCoreApplication.translate("MainWindow", "无法保存"), "\n".join(lines))
