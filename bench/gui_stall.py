"""The longest GUI-thread stall while clicking through the window on a county-sized store.

A 5 ms timer runs on the GUI thread; whenever the thread is busy (a slot, a repaint, a
store query made there) the next tick comes late, and the lateness is the stall a person
feels as a frozen window. Prints, beside a baseline measured in the same run (the same
window standing idle for as long):

- the longest stall while clicking each tab in turn, twice, with the worker's jobs run
  to the end (their progress dialogs count only for the GUI-thread time they take);
- the longest stall of a refresh of every view (F5 / ``changed``);
- the longest stall of selecting rows in the household list and typing a search.

Target: <= 100 ms for each.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import county_store  # noqa: E402

TICK_MS = 5


class StallMeter:
    def __init__(self, app):
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.where = ""
        self.label = ""

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000 - TICK_MS
        if gap > self.worst:
            self.worst, self.where = gap, self.label
        self.last = now

    def measure(self, label: str, actions, settle_s: float = 0.4) -> tuple[float, str]:
        """Run each action from the event loop, letting the loop run ``settle_s`` after each."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.worst, self.where = 0.0, ""
        self.timer.start()
        self.last = time.perf_counter()
        for name, action in actions:
            self.label = name
            QTimer.singleShot(0, action)
            end = time.perf_counter() + settle_s
            while time.perf_counter() < end:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                time.sleep(0.001)
            self._wait_for_ops()
        self.timer.stop()
        return self.worst, self.where

    def _wait_for_ops(self) -> None:
        from dibao_desk.ui import ops

        deadline = time.perf_counter() + 120
        while ops.running() and time.perf_counter() < deadline:
            self.app.processEvents()
            time.sleep(0.002)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = county_store()
    from dibao_desk.services.context import open_context
    from dibao_desk.ui.app import make_app
    from dibao_desk.ui.main_window import MainWindow

    app = make_app()
    ctx = open_context(data)
    window = MainWindow(ctx)
    window.resize(1366, 728)
    window.show()
    for _ in range(50):
        app.processEvents()
    meter = StallMeter(app)

    idle, _ = meter.measure("idle", [("idle", lambda: None)] * 8, settle_s=0.4)
    tabs = window.tabs
    clicks = [(f"tab {tabs.tabText(i)}", lambda i=i: tabs.setCurrentIndex(i))
              for _round in range(2) for i in range(tabs.count())]
    worst_tabs, where_tabs = meter.measure("tabs", clicks)
    worst_f5, where_f5 = meter.measure("refresh", [("refresh all views", window.notify_changed)] * 2, settle_s=1.0)

    view = window.view("households")
    steps, typing = [], []
    if view is not None:
        tabs.setCurrentWidget(view)
        steps += [(f"select row {r}", lambda r=r: view.table.selectRow(r)) for r in (0, 1, 500, 2)]
        for text in ("z", "zh", "zha", "zhan", "zhang", ""):
            typing.append((f"search '{text}'", lambda t=text: view.search.setText(t)))
    worst_list, where_list = meter.measure("list", steps, settle_s=0.3)
    # typing apart: each text stays 0.3 s, longer than the search's pause, so every one is searched
    worst_typing, where_typing = meter.measure("typing", typing, settle_s=0.3)

    print(f"store: {data}")
    print(f"baseline, the window idle: longest stall {idle:.0f} ms")
    for name, worst, where in (("clicking through the tabs twice", worst_tabs, where_tabs),
                               ("refreshing every view (F5)", worst_f5, where_f5),
                               ("selecting households", worst_list, where_list),
                               ("typing a search", worst_typing, where_typing)):
        print(f"{name}: longest GUI-thread stall {worst:.0f} ms (at {where})   baseline idle {idle:.0f} ms"
              f"   target <= 100 ms")
    from dibao_desk.ui.ops import wait_for_worker

    window.close()
    wait_for_worker()
    app.processEvents()
    ctx.close()


if __name__ == "__main__":
    main()
