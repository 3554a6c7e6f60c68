"""今日待办: the first tab, what needs doing today with a count and one click to each."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from dibao_desk.services import today as today_service
from dibao_desk.services.context import AppContext
from dibao_desk.ui.ops import Reader

# An item other features add: (key, words, count(ctx, today), open(window)). ``count`` gives the
# number, or (number, words) when the words depend on what it found (they replace the item's).
TodayHook = tuple[str, str, Callable[[AppContext, dt.date], "int | tuple[int, str]"], Callable[[object], None]]


class StartPage(QWidget):
    open_requested = Signal(str)  # the key of the item clicked
    shown = Signal()  # the counts are on screen

    def __init__(self, ctx: AppContext, words: dict[str, str], hooks: Callable[[], list[TodayHook]],
                 parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.clock: Callable[[], dt.date] = dt.date.today  # the day when none is fixed, read when used
        self._words = words
        self._hooks = hooks
        self._reader = Reader(self)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        # the list scrolls rather than setting the window's minimum height (a list that grows
        # with each feature must not push the window past a 1366×768 screen)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.counts: dict[str, int] = {}
        self.words: dict[str, str] = {}  # the words shown beside each count
        self.buttons: dict[str, QPushButton] = {}
        self.refresh()

    def today(self) -> dt.date:
        return self._today or self.clock()

    def refresh(self) -> None:
        ctx, day, hooks = self.ctx, self.today(), list(self._hooks())

        def read():
            items: list[tuple[str, int, str | None]] = [
                (i.key, i.count, None) for i in today_service.today_items(ctx.uow(), day)]
            for key, _words, count, _open in hooks:
                got = count(ctx, day)
                items.append((key, got[0], got[1]) if isinstance(got, tuple) else (key, got, None))
            return items

        self._extra_words = {key: words for key, words, _c, _o in hooks}
        self._reader.request(read, self._show)

    def _show(self, items: list[tuple[str, int, str | None]]) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.deleteLater()
        self.counts = {key: n for key, n, _w in items}
        self.words = {}
        self.buttons = {}
        day = self.today()
        self.heading.setText(self.tr("今日待办　{0} 年 {1} 月 {2} 日").format(day.year, day.month, day.day))
        for row, (key, n, found_words) in enumerate(items):
            words = found_words or self._words.get(key) or self._extra_words.get(key, key)
            self.words[key] = words
            count = QLabel(str(n))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setMinimumWidth(60)
            if n:
                count.setStyleSheet("font-weight: bold; color: #b00020;" if key == "reviews_overdue"
                                    else "font-weight: bold;")
            button = QPushButton(self.tr("去办理"))
            button.setObjectName(f"open_{key}")
            button.setEnabled(bool(n))
            button.clicked.connect(lambda _=False, k=key: self.open_requested.emit(k))
            self.buttons[key] = button
            label = QLabel(words)
            if "\n" in words:  # a second line says what to check first: wrapped, the page keeps its width
                label.setWordWrap(True)
                label.setToolTip(words)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(count, row, 1)
            self.grid.addWidget(button, row, 2)
        self.shown.emit()
