"""Household list on a county-sized store (~100,000 persons).

Prints, each beside a baseline measured in the same run:
- time from process start to the first painted household list (offscreen),
  beside a bare PySide6 process painting one QTableView of 30 fixed rows;
- search latency per keystroke (median and 95th percentile over a typed
  sequence), beside the bare SQL LIKE query over the same column;
- peak memory of the window process: its own high-water mark (VmHWM in
  /proc/self/status), beside the bare PySide6 process's. Not ``ru_maxrss``: that
  carries the parent's peak across fork and exec, so it reported the memory of
  the bench that had just built the store.

Targets: first paint <= 1.5 s, keystroke <= 50 ms, memory <= 200 MB.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import county_store  # noqa: E402

# The child's own peak resident memory in kB (Linux: VmHWM; elsewhere psutil when installed).
PEAK_KB = r"""
def peak_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import psutil
    except ImportError:
        return 0
    info = psutil.Process().memory_info()
    return getattr(info, "peak_wset", info.rss) // 1024
"""

CHILD_APP = PEAK_KB + r"""
import os, sys, time, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QEvent, QTimer
from dibao_desk.ui.app import make_app
from dibao_desk.services.context import open_context
from dibao_desk.ui.main_window import MainWindow
app = make_app()
ctx = open_context(sys.argv[1])
window = MainWindow(ctx)
view = window.view("households")
class Spy(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(json.dumps({"painted": time.time()}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
spy = Spy()
view.table.viewport().installEventFilter(spy)
window.resize(1280, 760)
window.show()
app.exec()
rows = view.model.rowCount()
print(json.dumps({"rows": rows, "peak_kb": peak_kb()}), flush=True)
"""

CHILD_BARE = PEAK_KB + r"""
import os, sys, time, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
model = QStandardItemModel(30, 5)
for r in range(30):
    for c in range(5):
        model.setItem(r, c, QStandardItem(f"{r}-{c}"))
view = QTableView(); view.setModel(model)
class Spy(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(json.dumps({"painted": time.time()}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
spy = Spy(); view.viewport().installEventFilter(spy)
view.resize(1280, 760); view.show(); app.exec()
print(json.dumps({"peak_kb": peak_kb()}), flush=True)
"""


def first_paint(code: str, *args: str) -> tuple[float, dict]:
    started = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    info: dict = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            info.update(json.loads(line))
    if "painted" not in info:
        raise SystemExit(f"child did not paint:\n{proc.stderr}")
    return info["painted"] - started, info


def search_latency(data: Path) -> tuple[list[float], list[float], int]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from dibao_desk.services.context import open_context
    from dibao_desk.ui.app import make_app
    from dibao_desk.ui.main_window import MainWindow

    app = make_app()
    ctx = open_context(data)
    window = MainWindow(ctx)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    view = window.view("households")
    con = sqlite3.connect(data / "dibao.sqlite3")
    some_id = con.execute("select id_number from member where id = 4321").fetchone()[0]
    sequences = ["zhang", "wang", "lim", some_id[:10], "张", "李秀", "zs", "wm", ""]
    ui_times, sql_times, labels = [], [], []
    for seq in sequences:
        view.search.clear()
        app.processEvents()
        for i in range(1, len(seq) + 1):
            text = seq[:i]
            app.processEvents()
            t0 = time.perf_counter()
            view.search.setText(text)        # textChanged -> query -> model reset
            view.table.viewport().repaint()  # one paint of the visible rows, fetched from the store
            ui_times.append((time.perf_counter() - t0) * 1000)
            labels.append(text)
            t0 = time.perf_counter()
            con.execute("select id from household where search_text like ? order by id",
                        (f"%{text.lower()}%",)).fetchall()
            sql_times.append((time.perf_counter() - t0) * 1000)
    rows = view.model.rowCount()
    slowest = sorted(zip(ui_times, labels), reverse=True)[:3]
    print("slowest keystrokes: " + ", ".join(f"{t:.0f} ms after '{lab}'" for t, lab in slowest))
    window.close()
    ctx.close()
    QApplication.processEvents()
    return ui_times, sql_times, rows


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def main() -> None:
    data = county_store()
    con = sqlite3.connect(data / "dibao.sqlite3")
    persons = con.execute("select count(*) from member").fetchone()[0]
    households = con.execute("select count(*) from household").fetchone()[0]
    con.close()
    print(f"store: {households} households, {persons} persons")

    bare, bare_info = first_paint(CHILD_BARE)
    app_times = []
    info = {}
    for _ in range(3):
        t, info = first_paint(CHILD_APP, str(data))
        app_times.append(t)
    best = min(app_times)
    print(f"first painted household list: {best:.2f} s (best of 3: {', '.join(f'{t:.2f}' for t in app_times)})"
          f"   baseline bare Qt table: {bare:.2f} s   ratio {best / bare:.2f}   target <= 1.5 s")
    print(f"peak memory of the window process (its own VmHWM): {info.get('peak_kb', 0) / 1024:.0f} MB"
          f"   baseline bare Qt table: {bare_info.get('peak_kb', 0) / 1024:.0f} MB   target <= 200 MB")

    ui, sql, _rows = search_latency(data)
    print(f"search per keystroke over {len(ui)} keystrokes: median {statistics.median(ui):.1f} ms, "
          f"p95 {p95(ui):.1f} ms   baseline bare SQL LIKE: median {statistics.median(sql):.1f} ms, "
          f"p95 {p95(sql):.1f} ms   ratio (median) {statistics.median(ui) / statistics.median(sql):.2f}"
          f"   target <= 50 ms")


if __name__ == "__main__":
    main()
