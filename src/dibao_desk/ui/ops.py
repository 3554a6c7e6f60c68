"""Long work off the GUI thread.

Core functions that take long accept a Qt-free progress sink (``Progress``):
they call ``update(done, total, message)`` and check ``cancelled``. Here one
background worker thread runs every job that touches the store, one at a time;
the GUI polls the sink on a timer to drive a progress dialog with Cancel, and
the result (or the exception) comes back to the GUI thread through a signal.
"""

from __future__ import annotations

import logging
import threading
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dibao_desk.services.errors import as_rule_error
from dibao_desk.services.progress import Progress

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dibao-worker")


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception


class Op:
    """Run ``fn(progress)`` on the worker; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""

    def __init__(self, parent: QWidget, fn: Callable[[Progress], Any], *, title: str,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                 cancellable: bool = True, show_after_ms: int = 400):
        self.progress = Progress()
        self._relay = _Relay()
        self._relay.finished.connect(self._finish)
        self._on_done = on_done
        self._on_error = on_error
        self._dialog = QProgressDialog(title, parent.tr("取消") if cancellable else "", 0, 0, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setMinimumDuration(show_after_ms)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self.progress.cancel)
        self._timer = QTimer(parent)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self._fn = fn
        self.future: Future | None = None

    def start(self) -> "Op":
        relay = self._relay
        progress = self.progress
        fn = self._fn

        def work():
            try:
                result = fn(progress)
            except BaseException as exc:  # reported on the GUI thread
                log.error("background job failed:\n%s", traceback.format_exc())
                relay.finished.emit(None, as_rule_error(exc) or exc)  # a full disk: one clear sentence
                return
            relay.finished.emit(result, None)

        self._timer.start()
        self.future = _executor.submit(work)
        return self

    def _poll(self) -> None:
        done, total, message = self.progress.snapshot()
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        if message:
            self._dialog.setLabelText(message)

    def _finish(self, result, exc) -> None:
        self._timer.stop()
        self._dialog.reset()
        self._dialog.close()
        if exc is None:
            self._on_done(result)
        elif self._on_error is not None:
            self._on_error(exc)
        else:
            raise exc


def run_on_worker(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on the store worker and wait (for short calls that must not interleave with a job)."""
    if threading.current_thread().name.startswith("dibao-worker"):
        return fn()
    return _executor.submit(fn).result()
